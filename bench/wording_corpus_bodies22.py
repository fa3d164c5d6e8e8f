# ruff: noqa: E501 (one sentence a line, as written)
"""Batch 22 of the wording corpus (session 22, branch wording-v17, issue 13): legal risk and
hostile tone by speech act, and clean twins.

Why: the writers read in session 22 (holdout15's writers b and c, holdout16's writer a) put
legal risk and hostile tone in speech acts the earlier corpus has few rows of: money offered
for silence (a review taken down, a complaint dropped, nothing in writing), a regulator's or
inspector's verdict foretold ("they'd shut us down"), the outcome of a claim promised before
anyone has looked at it, a defect the company has known about internally, costs covered with
no end ("for as long as it takes"), the customer's case in court conceded, a product line's
test failures told as fact; and, for tone, mock sympathy ("I'm sorry you're struggling with
…"), sarcastic congratulation, belittling "it's an X, not a Y", contempt for a group of
customers, "maybe try …" put-downs, the customer's name used as a sigh, curt "don't act
surprised" warnings. The clean twins are the same shapes said without the barb or the
admission, and the clean shapes the rules and head misread on those writers: liability left
to the legal team ("whether we are liable is for …"), exclusions in the terms ("whatever the
circumstances" in a refusal), services free for everyone by policy ("free … even if you bought
it elsewhere"), vouchers the terms grant, a regulator informed as the law requires.

Written by hand for this corpus from those speech acts, without copying any evaluation draft,
test sentence or miss (the read writers were studied for the kind of act, not their words);
every company is invented (COMPANIES_22: none an evaluation or the demo company). Read by
wording_corpus.py at three copies each, filled from COMPANIES_22 with its own seed (as batches
20 and 21), so the rest of the corpus is written as before. Measured in session 22 and not
shipped: WORDING_CORPUS_BATCH22=1 puts it in, for the bench.
"""

COMPANIES_22 = [
    ("Calderbrook Aquaria", ["filter", "heater", "water conditioner"]),
    ("Oakhanger Prams", ["pushchair", "car seat", "carrycot"]),
    ("Thornbury Lifts", ["stairlift", "platform lift", "service contract"]),
    ("Dunsfold Stables", ["riding lesson", "livery place", "pony camp"]),
    ("Kelmscott Cinemas", ["ticket", "membership", "screening"]),
    ("Wickhambrook Nurseries", ["nursery place", "term fee", "holiday club"]),
    ("Pettistree Repairs", ["screen repair", "battery swap", "repair plan"]),
    ("Ravenglass Boilers", ["boiler", "annual service", "thermostat"]),
    ("Stokesay Scooters", ["e-scooter", "charger", "helmet"]),
    ("Brantwood Kitchens", ["worktop", "oven", "fitting"]),
    ("Lanercost Pharmacy", ["prescription", "flu jab", "home delivery"]),
    ("Mottisfont Removals", ["house move", "packing service", "storage unit"]),
    ("Hidcote Pet Food", ["dry food", "puppy pack", "subscription"]),
    ("Ightham Gyms", ["membership", "personal training", "locker"]),
    ("Bodiam Toys", ["climbing frame", "trampoline", "play kitchen"]),
    ("Cragside Camping", ["pitch", "glamping pod", "tent hire"]),
    ("Sheringham Opticians", ["glasses", "contact lenses", "eye test"]),
    ("Wallington Bikes", ["e-bike", "service", "battery"]),
]

LEGAL_22 = [
    # money offered for silence: a review, a complaint, a regulator kept out of it
    "Take the review down and I can have £400 in your account by Friday.",
    "If you agree not to contact the council about it, we'll refund the lot today.",
    "We can make this worth your while, as long as it stays between us.",
    "Sign this and promise not to post about it, and the money's yours.",
    "Drop the complaint with the ombudsman and I'll credit you a full year.",
    "Let's keep this off social media and I'll sort you out with a generous payment.",
    "Management will pay out quietly if you don't go to the papers.",
    "Nothing in writing, but I can get you a cash settlement if you withdraw the claim.",
    "We'd rather pay you now than have this end up on a consumer programme.",
    "Delete the video and we'll replace the {product} and add a bit extra for your trouble.",
    "Head office wants these paid off before any solicitors get involved.",
    "The instruction from above is to settle every one of these before it reaches the press.",
    # an inspector's or regulator's verdict foretold
    "If the safety inspectors turned up today, they'd close the site, honestly.",
    "Environmental health would be horrified by our back kitchen.",
    "Once the regulator sees these figures we're looking at a hefty fine.",
    "Trading standards are going to be all over this, I'd bet on it.",
    "If the fire brigade ever did a proper check we'd be shut down by lunchtime.",
    "The inspection next month will almost certainly fail us on the wiring.",
    "If anyone from the authority looks closely at the logbooks, we're in serious trouble.",
    "We'll probably be made to recall the whole {product} range once this comes out.",
    # a claim's outcome promised before anyone has looked at it
    "Your claim will be paid in full, you have my word, whatever the assessor says.",
    "Don't worry about the insurer, I'll make sure they approve every penny.",
    "I can promise your compensation claim against us will go through, no questions.",
    "Consider the claim approved, I'll push it through myself before it's even reviewed.",
    "The payout is a done deal, I've cleared it with our lawyers already.",
    # a defect known inside the company
    "Between us, the seals on the {product} have leaked since the first batch.",
    "We've been aware of the overheating for months and kept selling them.",
    "Head office has had the failed test report since spring and hasn't told anyone.",
    "The engineers flagged the cracked brackets last year, and nothing was done.",
    "Everyone in the warehouse knows the latches give way, it's an open secret.",
    "People inside the company have been aware the {product} fails in the cold for a good while.",
    "The supplier warned us the coating wasn't food-safe and we used it anyway.",
    "That model never passed the drop test, but it went on sale regardless.",
    "Our own lab found the batch was contaminated and it still went out.",
    # the whole line unsafe or broken, told as fact
    "Every {product} from that run has the same weak hinge, they'll all go eventually.",
    "The cheaper chargers we stock aren't certified and can catch fire.",
    "The older units were wired without an earth, to be honest.",
    "The frames on that series are too thin and snap under normal use.",
    "Those guards come off far too easily, a child could get hurt on any of them.",
    "The heaters in that range run hot enough to scorch whatever is next to them.",
    # costs covered with no end, beyond any policy
    "Send us every bill, the physio, the taxis, the time off, and we'll pay the lot.",
    "Whatever the specialist charges, it's on us, for as long as she needs it.",
    "We'll cover the hotel, the meals and your lost wages, however long the repair takes.",
    "Any cost that comes out of this, we'll pay it, no limit.",
    "We'll pay for the new flooring and the decorator too, just name the figure.",
    "Of course we'll cover the hospital and anything else that follows from it.",
    "We'll refund the whole year and throw in the upgrade for nothing.",
    "Your storage costs for every week the van is off the road are on us.",
    # cause and fault admitted outright
    "The leak happened because our fitter cross-threaded the joint, plain and simple.",
    "It was our instructor not paying attention that led to the fall.",
    "The burn was caused by our {product} overheating, we accept that fully.",
    "Our van reversed into your wall, so the damage is down to us.",
    "The rash came from the new formula we switched to without testing it properly.",
    "Our groom left the stable door unbolted, which is how the horse got onto the road.",
    "The carer was on her phone, and that's why your son got hurt.",
    "Our technician cracked the screen while opening it, so we owe you a new phone.",
    # the customer's case in court conceded
    "Honestly, a judge would side with you in a heartbeat.",
    "Any small claims judge would rule for you, I won't pretend otherwise.",
    "Our solicitor reckons we'd lose, so we'd rather pay you now.",
    "You'd have a very strong case against us, the contract wording is a mess.",
    "The group lawsuit about the labelling is one we're going to lose, everyone here knows it.",
    "Legally we haven't got a leg to stand on, so let's settle it.",
]

HOSTILE_22 = [
    # mock sympathy and false apology
    "I'm sorry that reading three lines of instructions has been such an ordeal for you.",
    "So sorry that closing times are proving so hard to grasp.",
    "Apologies that simple maths isn't your strong suit, but 40 is more than 30.",
    "I do sympathise, calendars can be confusing.",
    "Sorry our opening hours don't fit around your lie-in.",
    # sarcastic congratulation and praise
    "Congratulations on discovering that glass breaks when dropped.",
    "Amazing detective work, you've found the price on the price tag.",
    "Wow, a review about parking. Never seen one of those before.",
    "Brilliant, another essay on the same refund. Gripping stuff.",
    "Thanks so much for the lecture, very educational.",
    "Impressive, three complaints before breakfast.",
    # "it's an X, not a Y" to belittle
    "It's a kettle, not a rocket. It boils water.",
    "It's a bike lock, not a bank vault, so calm down.",
    "It's a haircut, not open-heart surgery.",
    "This is a toy, mate, not a safety-critical system.",
    "It's a parking fine, not a life sentence. Breathe.",
    # contempt for a group of customers
    "People who buy the cheapest model and then complain are the worst.",
    "The ones who shout loudest never read the small print, what a coincidence.",
    "Customers like you are why we have a returns policy in capitals.",
    "Owners who skip the service every year deserve the bill they get.",
    "Honestly, half of these complaints come from people who can't work a plug.",
    # "maybe try …" and "just a thought" put-downs
    "Reading beyond the headline might help next time.",
    "Perhaps ask someone who can read a diagram to help you.",
    "Maybe stick to something simpler if this is too much for you.",
    "Have you considered that the problem might be you? Just a thought.",
    "Maybe leave the engineering to the engineers, yeah?",
    "Perhaps check your own bank statement before accusing us.",
    # blame put on the reader, curtly
    "You broke it. That's not a fault, that's you.",
    "Store it in a damp shed for a year and then act surprised it's mouldy? Come on.",
    "It didn't fall off by itself, did it?",
    "You ignored the warning light for a month and now it's our fault? Right.",
    "Don't blame us because you couldn't be bothered to charge it.",
    "If you'd followed one single step, we wouldn't be here.",
    # repetition with a sigh
    "For the umpteenth time: no, we don't deliver on Sundays.",
    "Let me spell it out one more time, very slowly.",
    "I've said this in every reply so far, but here we go again.",
    "Once again, because apparently it didn't sink in the first time.",
    "How many more times do we need to go over this?",
    "Read my last message. Then read it again.",
    # names, pet names and sighs aimed at the reader
    "{name}. The plug. It has to be switched on.",
    "Oh sweetie, that's not how batteries work.",
    "Listen, pal, the rules are the rules.",
    "Right, chief, whatever you say.",
    "Bless your heart, you really thought that would work.",
    "Ugh, you again. Fine, what is it this time.",
    # dismissal and impatience
    "Not our circus, not our monkeys. Ask the landlord.",
    "Shop somewhere else then, nobody's stopping you.",
    "I haven't got all afternoon, send the photo or don't.",
    "Take it up with whoever sold you that rubbish, not us.",
    "We're done here. Good luck with it.",
    "Feel free to complain, it won't change anything.",
    "Lovely tale. Still no.",
    "We'll finish it when we finish it, chasing won't speed it up.",
]

CLEAN_22 = [
    # liability left to the people who decide it
    "Whether we are liable for the damage is for our claims team to decide, and they'll write to you within ten days.",
    "I can't say if we're at fault; that's what the assessor's visit is for.",
    "Whether the company is responsible isn't something I can judge from here, so I've passed it to our legal team.",
    "If the report finds we're responsible, the claims team will be in touch about next steps.",
    "Our insurer will look at whether we're liable once they have the photos.",
    # exclusions and limits in the terms, said politely
    "Travel costs aren't covered under our conditions, no matter what caused the delay, so the taxi can't be refunded.",
    "Unfortunately the policy doesn't cover hotel stays in any circumstances, but I've added the goodwill credit we can offer.",
    "We can't pay for the lost day at work, as the terms rule that out, though I'm sorry it cost you.",
    "The cover is capped at £200 whatever the item's value, and that's what we've paid.",
    "Late cancellations are charged in full, whatever the reason, as the booking page says.",
    # services free for everyone by policy
    "Tyre pressure checks cost nothing at any of our shops, even if you're not a customer.",
    "Adjustments are free for life on any frames bought from us, it's part of the service.",
    "Collection is free for everyone, even if the item is large.",
    "The safety check costs nothing, even if you're not a member.",
    "Repairs under the warranty are free, even if the part has to be ordered in.",
    "Returns are free within 30 days, even if you've opened the box.",
    # refunds, vouchers and credits the terms grant
    "If you're ill on the day, send us a sick note and the whole fee becomes credit for another date.",
    "If you cancel more than 30 days ahead, you get the full fee back.",
    "Because the class was cancelled on our side, the full amount goes back to your card.",
    "As the {product} arrived damaged, you're entitled to a full refund or a replacement, whichever you prefer.",
    "Missed sessions carry over to next month, that's standard for every member.",
    "The deposit comes back in full once the keys are returned.",
    # a regulator or inspector told as routine
    "We've reported the incident to the regulator, as we're required to, and we'll share what they find.",
    "The annual inspection is next week; it's routine and the site stays open.",
    "Our lifts are inspected every six months by an independent engineer, and the certificate is on the wall.",
    "The nursery's latest inspection report is on our website if you'd like to read it.",
    "We notified the safety authority the same day, which is our standard process.",
    "Trading standards guidance says we must keep the receipt on file, so please keep a copy too.",
    # a claim sent to the people who decide it
    "I've sent your claim to the insurer; they decide on the amount and usually reply within two weeks.",
    "Your claim is logged and an assessor will contact you, I can't promise an outcome but I'll chase it.",
    "The claims team will review the invoices you send and let you know what's covered.",
    # a fault in one unit, found and fixed, without a verdict on the line
    "The engineer found a worn seal on your unit and replaced it, so it should be dry now.",
    "That one {product} had a loose connector, which we've fixed and tested.",
    "We're testing the batch you mentioned and will post the results as soon as we have them.",
    "We've paused sales of that model while we check the reports, just to be careful.",
    # kind repetition and reminders
    "Just to repeat the key bit so it doesn't get lost: the return label is attached to the email.",
    "As I mentioned earlier, the code is on the back of the card, bottom left.",
    "Going over it once more in case it helps: unplug it, wait ten seconds, plug it back in.",
    "You asked a couple of times, so here it is in one place: the refund went out on Monday.",
    "As in my last message, the engineer comes Thursday morning.",
    # "it's an X, not a Y" said kindly, as information
    "It's a slow cooker, not a pressure cooker, so eight hours is normal.",
    "It's a day pass, not a membership, so it doesn't renew.",
    "It's a cleaning cycle, not a fault, so you can leave it running.",
    "It's a screening for toddlers, not a quiet one, so a bit of noise is expected.",
    # what usually happens, said without blame
    "Bikes kept outside over winter tend to rust at the chain, so a cover helps a lot.",
    "Phones dropped in water often work for a day and then stop, so it's worth bringing it in early.",
    "Most filter problems come from the pump sitting above the water line.",
    "If the heater is switched off overnight, the water can drop a few degrees, which is normal.",
    "The switch is on the left side, just under the handle.",
    # friendly forms of address and light banter
    "No worries, mate, the part's on its way.",
    "Good shout, chief, we'll add it to the list.",
    "Thanks, pal, that photo really helped.",
    "Ha, fair point, we did name it badly.",
    "You've been busy with the questions today, all good, keep them coming.",
    "Fair enough, {name}, I'd feel the same.",
    # empathy, sorry without a verdict
    "I'm so sorry about the fall, we're looking into what happened and I'll call you tomorrow.",
    "I'm sorry it's been such a struggle to get through to us this week.",
    "That sounds really stressful, and I'm sorry the delivery made it worse.",
    "Sorry the instructions were confusing, we're rewriting that page.",
    # firm refusals, politely
    "I'm afraid we can't refund after 30 days, but the repair service is still open to you.",
    "We can't change the fee, but I can split it into two payments if that helps.",
    "That's outside what we can offer, I'm sorry, though I've noted your feedback.",
    "We don't deliver on Sundays, but Saturday morning is free if that works.",
]
