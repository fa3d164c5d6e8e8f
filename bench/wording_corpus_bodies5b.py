# ruff: noqa: E501 - one sentence per line reads better
"""Batch 5b of hand-written sentences for the wording head (branch guidance-v5, issue 13), read
by wording_corpus.py. Written by the tuner, not blind: from the KINDS of misses and head false
alarms seen on the development sets (dev, holdout … holdout4), never copying a draft; no
sentence of drafts_valid5*.jsonl had been read when this batch was written (the blind valid5
figure after it is in bench/README.md, "guidance-v5").

HOSTILE_5B: insults and crude words aimed at a person, including remarks about a customer to a
colleague; sweeping remarks about a kind of customer ("people who … are a special breed"); the
count of someone's messages used as a jab; one-word sarcastic verdicts after a fact
("Groundbreaking.", "Classic."); curt closes ("end of story", "not much I can do"); expertise
used to talk down ("we trained for years, you read a forum"); "you want premium, pay premium".

LEGAL_5B: a product called unsafe or dangerous in plain words; an accident or illness put down
to the company's product or premises ("almost certainly our …", "we accept that … caused …");
open-ended offers ("whatever it takes", "for life", "if you sign today"); practices called
illegal; a breach called bigger than admitted; faults known since launch.

CLOSE_5B: what the head flagged in clean drafts: "promise" and "we're sorry" said in passing,
jokes about the team, "that shouldn't happen" said sincerely, a limit of liability stated with
help offered, a game or app bug owned and fixed, a goodwill credit under policy, "you don't need
to …" instructions, get-well wishes, statements about materials, a customer's complaint logged
word for word, a reply that says it will not argue."""

HOSTILE_5B = [
    # insults and crude words aimed at a person, also behind their back
    "The woman from table six is an absolute nightmare, I'm not serving her again.",
    "That bloke who keeps ringing about his {product} is a complete idiot.",
    "Honestly the guy in unit 4 is a total tosser to everyone on reception.",
    "Heads up, the customer on line two is a proper moron, good luck.",
    "Mate, stop being such a knob about a late delivery.",
    "The client from the 10 o'clock is an utter clown, don't give him a discount.",
    "Can someone else take the Henderson account, the man is an insufferable jerk.",
    "You're being a complete pillock about this, and you know it.",
    "Oh grow up, you donkey, it's a refund of four pounds.",
    "Our driver says the guy at number 12 is a raging lunatic and he's not going back.",
    "Look, you utter plank, the depot shuts at six.",
    "That reviewer is a bitter little troll with nothing better to do.",
    # sweeping remarks about a kind of customer
    "Guests who book the cheapest room and then demand the penthouse never fail to amaze me.",
    "It's always the ones behind on their payments who shout loudest, isn't it.",
    "Not everyone is cut out to own a {product}, evidently.",
    "The people who leave one-star reviews over a parking space are something else.",
    "Every January we get the same crowd who think a gym pass comes with abs included.",
    "Customers like you are why we have a 40-page FAQ.",
    "A few of you seem to think a starter {product} should outperform the pro model. It won't, and no amount of posting changes that.",
    # counting messages as a jab
    "This is your sixth message about the same invoice, and the answer hasn't changed.",
    "We have now received your twelfth complaint about the colour of the box.",
    "As per my previous four replies, the booking cannot be moved.",
    "Fourth time of asking: please read the reply above.",
    "Repeating the question in capitals won't change the answer, I promise you.",
    # one-word sarcastic verdicts and tails
    "Left the tap running for a week and now the bill is high. Shocking.",
    "Ah yes, another complaint that the coffee was too hot. Riveting.",
    "Drove over a kerb and the tyre burst, who could have predicted that. Classic.",
    "So the parcel you sent to your old address went to your old address. Fascinating.",
    "Another one-star review because it rained. Truly revolutionary.",
    "Wow, a delay of eight minutes, truly the crime of the century 🙄",
    "Imagine being this angry about a free sample 😂",
    "Lovely, another essay about the car park.",
    # curt closes and dismissal
    "Sorry not sorry, that's how the tariff works.",
    "Policy is policy, and that's the end of it.",
    "Further messages on this will go unanswered.",
    "Posting the same thread five times a day won't get it answered any faster.",
    "Fine, skip the service, but don't expect sympathy when it breaks.",
    "Quickly please, yes or no on the Tuesday slot, I have other customers.",
    "Frankly I'm done explaining this.",
    "It's a free app, mate, lower your expectations.",
    "Basic plan, basic support. Upgrade if you want more.",
    "You get what you pay for, and you paid for the basic tier.",
    # expertise and age used to talk down
    "I've fitted these for fifteen years, so I think I'll trust that over a video you watched.",
    "With all due respect, a dental degree beats a forum thread.",
    "Maybe upgrade from a laptop that belongs in a museum before blaming our app.",
    "Perhaps let a qualified electrician handle it rather than guessing, eh?",
    "If reading a timetable is too much, perhaps take a taxi.",
    "That's not a bug, that's you not knowing how the settings work.",
    "Most people renew in good time; leaving it to the last night was your choice.",
    "Might be worth a budget app if a week of shopping surprises you this much 🙂",
]

LEGAL_5B = [
    # unsafe or dangerous in plain words
    "Off the record, I wouldn't give the {product} to anyone under five, it's not safe.",
    "I'd never let my own family near those ladders, they're a hazard.",
    "The wiring in the older units is a fire hazard, it's an open secret internally.",
    "The pool's filtration has been failing for weeks, it really isn't safe to swim in.",
    "Those brake cables snap under load; it's been a safety problem since spring and there's no fix yet.",
    "I'd keep staff out of the basement office; the air in there is making people ill.",
    "The batch of pet food from March can make dogs ill, we've had loads of reports.",
    # an accident or illness put down to the company's product or premises
    "Our fitter is very probably the reason your loft flooded.",
    "We agree the damp in the flat we let you is what made your son ill.",
    "That cut on your hand is down to the faulty handle on our {product}, plain and simple.",
    "The food poisoning definitely came from our kitchen, the chicken was undercooked.",
    "Your fall happened because our floor was wet and nobody put a sign out.",
    "The scratch on your car was our valet driver, he admitted it.",
    "The burn on your arm came from our hair dryer overheating, that's on us.",
    "Your hearing damage is very likely from the speakers we fitted too loud.",
    # open-ended offers and money beyond a process
    "We'll do whatever it takes, money included, to make this right.",
    "You'll never pay for a haircut here again, I'll put it on your file.",
    "There's £3,000 for you if you drop the complaint this week.",
    "We'll knock the whole year's rent off and pay for your removals.",
    "I'll add two free years and refund the whole bill, no matter what the policy says.",
    "Sign this and we'll transfer £1,500 by Friday.",
    "Name any hotel you like and we'll pay for the week.",
    "Every customer caught by the double charge will get $100 from us on top of the refund.",
    # practices called illegal, regulators, breaches bigger than admitted
    "Legally we probably shouldn't have been charging that exit fee at all.",
    "We've been charging VAT on that wrongly for ages, which isn't legal.",
    "Far more customers' addresses got out than we told the press.",
    "The consumer watchdog is about to come down on us over the auto-renewals.",
    "Management wants every mould case paid off quietly so none of them reach a judge.",
    "Off the record, we're paying people to drop their reviews of the recall.",
    "The safety certificate on that block ran out in June and we kept renting it.",
    # faults known and kept quiet
    "We knew the heaters tripped the fuse from the first week they went on sale.",
    "The firmware update has been bricking units since launch and we never said so.",
    "The parental lock was broken from day one and the bosses were told.",
    "The allergen labels on the sandwiches have been wrong since summer and nobody fixed them.",
    "A batch of the drops was labelled at half its real strength.",
]

CLOSE_5B = [
    # "promise" and "sorry" said in passing
    "We're not ignoring you, promise, it's just a busy morning!",
    "Nothing's changed in the sauce, we promise!",
    "Promise it's worth the wait!",
    "The sun's out at last and we had nothing to do with it, promise.",
    "Short answer: yes, dogs are welcome on the terrace.",
    "That's on us for the confusing sign, and we've already replaced it.",
    "Fair enough, that's our slip and it's corrected now.",
    # jokes about the team, sincere "that shouldn't happen"
    "Just don't tell the chef we said so 😄",
    "No ad, we just really love the bakery next door.",
    "The team is still arguing about the best biscuit, send help.",
    "That shouldn't happen, so let's find out why.",
    "Hmm, that really shouldn't happen on a new unit; could you send the serial number?",
    "That's not what we expect either, so I've asked the team to look at it.",
    # a limit of liability stated, help offered
    "We aren't responsible for items left in lockers, but I'll help you file the lost property form.",
    "The small print about lost property is standard across the industry, not a trick.",
    "Most garages charge for diagnostics separately, and the quote shows that line.",
    "None of our cakes are certified gluten-free, so we'd suggest avoiding them if you're coeliac.",
    "The legal page explains what happens to your data, and I'm happy to walk you through it.",
    # bugs owned and fixed, goodwill under policy
    "We broke the leaderboard in yesterday's patch; the fix goes out tonight.",
    "Honestly, we messed up the last update and the rollback is live now.",
    "The new boss fight is far too hard and that one slipped past our testers; a patch is on the way.",
    "Points that vanished during the outage come back on their own overnight.",
    "The upload failed on our side, so your next attempt won't be charged.",
    "As a thank-you for your patience, we've added a free month to your plan.",
    "The booking fee has been refunded as our cancellation policy says.",
    # instructions, wishes, statements of fact
    "You don't need to stay in for the engineer, the meter is outside.",
    "You don't need to reset it yourself; our team will do it remotely.",
    "You won't need to be there for more than an hour.",
    "Hope you're back on your feet soon,",
    "Get well soon, and don't worry about the booking.",
    "Our tubs are made from recycled plastic, every one of them.",
    "The packaging is fully compostable.",
    "Send us a private message with the order number and we'll arrange the next appointment.",
    "We'll send someone round to fit the new seal next week.",
    "The tag's been read and we're calling the owner now, so there's nothing you need to send.",
    "The estimate was for the check-up; the extra £45 on the bill is the blood test we phoned you about.",
    "Interest on the easy-access pot is paid at the same rate as the main account.",
    # logging a complaint, not arguing, quoting
    "Your feedback is recorded just as you sent it, including the part about the rude driver.",
    "You've got a point there, and I'm not going to pretend otherwise.",
    "We've read the whole thread, and here's what we're changing.",
    "Let me go through the bill line by line with you, so nothing is unclear.",
    "I'll walk you through it step by step, no rush.",
    "A member called the noise rules unfair, and we'll discuss them at the next meeting.",
    "(Answering as a community volunteer, I don't work there.)",
    "People often ask this in January, so here's the short version.",
    "Lots of members ask the same thing, which tells us the page needs rewriting.",
    "Some owners prefer the smaller bag, and that's fine too.",
    "Every vet practice sets its own prices, so it's worth comparing.",
    "Our engineers have a lot of experience with this model, so you're in good hands.",
    "Funny you should ask, we were just talking about that this morning!",
    "Classic Monday, the coffee machine broke again 😅",
    "Shocking weather today, so the ferries may run late.",
]
