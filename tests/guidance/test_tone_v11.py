"""Issue 13, session 16: legal risk and hostile tone by speech act (english.py), written from
the structures of the development half's misses and the older read sets' rule misses.

Legal risk: a payment already made for a loss no policy covers, a payment made past a rule we
name ("even though…"), a payment said to be over the norm, an outcome promised "100%" or for our
own insurer, a hazard said casually when it is our slip ("…and it's flammable"), doubt that our
product is safe, our own kit called weak, insecure or faulty outright, "never up to standard",
knowing it for a while, a painkiller recommended by support, a warning to ignore "safely".
Hostile tone: the reader's thing named bare with the reader's name ("It's a kettle, Brenda."),
a flaw of character put on the reader, "for a reason." left for the reader to work out,
counting the places the reader posted, the writer's retort ("I'm not blind"), told to stop
raising it, the complaint called moaning, "it's not complicated" closing an instruction, a
question answered for the reader with a verdict, advice as a jab before the complaint, the
fault put on the reader, blame after frankness, "get a grip", "not sure what you want us to
do", more grand things for "an X, not a Y". Every family has paraphrases from several trades
and the clean look-alikes it must leave alone. The sentences are written for these tests, not
taken from an evaluation set; the phrase rules are tested alone (`model=False`)."""

import pytest

from openline.guidance.detectors import language

WORDING = {"legal_risk", "hostile_tone"}


def kinds(text: str) -> set[str]:
    return {h.kind for h in language.detect(text, model=False)} & WORDING


LEGAL_RISK = [
    # A payment already made for a loss no policy covers.
    "I've arranged a £180 payment to cover your lost earnings for the two missed shifts.",
    "We've authorised a transfer towards the hotel you had to book when the van didn't show.",
    "I've sent a €90 reimbursement for the taxi you took to the airport.",
    "I have put through £250 for your physio after the fall on our stairs.",
    "We've already approved a payment for your childcare on the days the fitter cancelled.",
    # A payment made past a rule we name.
    "We'll pay the whole repair even though the warranty ran out in May.",
    "I've processed the refund even though it's outside the 14 days.",
    "We will cover the replacement regardless of the damage being your own.",
    "I've approved the claim even without a receipt this once.",
    "We're going to reimburse the tickets despite the terms saying otherwise.",
    # A payment said to be over the norm.
    "I've added £150 in credit, I know it's over the usual limit but you've earned it.",
    "I'm sending £90 back to your card, I realise that's more than we'd normally refund.",
    "Here's a £200 voucher, I know it's above the standard amount.",
    "We'll pay you €300 for this, I appreciate it's beyond our policy.",
    "I'll refund the extra too, I know this is outside our normal goodwill.",
    # An outcome promised "100%", for our own insurer, or "is going to".
    "Your claim for the cracked screen will 100% be paid out.",
    "The appeal is definitely going to be accepted, trust me.",
    "Our insurer will certainly cover the whole kitchen.",
    "Your refund is 100% going to go through by Friday, I promise.",
    "Our insurance will definitely pay for the flooded hallway.",
    # A hazard said casually when it is our slip.
    "Between us, the last batch of candles used the wrong wax and it's highly flammable.",
    "We shipped the old glue by mistake and it's toxic if the kids chew it.",
    "Turns out the paint we used on that run is poisonous to cats.",
    "We made the cushions with the wrong foam, it's actually combustible.",
    "To be honest the batch of toys we sold in March is toxic, the dye leached.",
    # Doubt that our product is safe.
    "We're not sure the heaters are safe to leave on overnight.",
    "I'm not convinced our old car seats are safe any more.",
    "Honestly we're not certain the bottles are food-safe.",
    "We're not confident the cots from that range are safe for newborns.",
    "I'm not sure these chargers are really safe, to be honest.",
    # Our own kit called weak, insecure or faulty outright.
    "The brackets on our shelves aren't strong enough for a full load of books.",
    "Our bike racks aren't secure, any thief could lift them off.",
    "Our smart locks clearly have a firmware fault that unlocks them.",
    "Our dog harnesses are definitely faulty, the clips give way.",
    "Our ladders weren't tested enough before we sold them, honestly.",
    # "Never up to standard".
    "The wiring in those lamps was never up to standard, it sparks.",
    "The railings on the terrace were never up to code, someone could fall.",
    "That batch of helmets has never been up to spec on safety.",
    "The brakes on the hire bikes were not up to scratch and one failed.",
    "The gas fittings in flat 4 are not up to standard, it's a fire risk.",
    # Knowing it for a while.
    "The harness buckles snap under load and we've known for months.",
    "Management had known about the faulty smoke alarms since spring.",
    "We'd known the ladder was cracked before the job.",
    "The brakes were failing and they've known since the last service.",
    "The boiler flue leaks, we've known since the inspection.",
    # A painkiller recommended by support.
    "Just take two paracetamol and see how the tooth feels tomorrow.",
    "Honestly, pop an antihistamine and the rash will settle.",
    "You could give her some Calpol before the appointment, that's what I'd do.",
    "I'd take a couple of painkillers and rest the ankle.",
    "Best to take some aspirin for the swelling after the fitting.",
    # A warning to ignore "safely".
    "You can safely ignore the carbon monoxide alarm, it's oversensitive.",
    "You can just ignore the warning light on the dash for now.",
    "You can simply ignore the beeping from the sensor.",
    "You can safely disregard the recall letter for your model.",
    "You can totally ignore the error codes on the boiler.",
    # Settling with hyphenated words between, regulators ruling against us, money back promised.
    "Let's settle the dog-bite ones quietly and move on.",
    "Pay out on the flood-damage claims quietly before the audit.",
    "The watchdog will probably rule against us on the pricing.",
    "The council is going to make us close the car park.",
    "You'll definitely get the full £1,200 back on your claim.",
    # Someone else's medical bills asked for; harm owned in new words; a line known to fail.
    "Send us the vet bills and we'll see what we can do.",
    "Just forward me your dental invoices from the fall.",
    "Email over the physio receipts, all of them.",
    "Please send the hospital bills straight to me.",
    "Send us all your prescription receipts for the month.",
    "Our new detergent almost certainly caused your son's eczema.",
    "The cleaning spray we used gave you those blisters.",
    "Those kettle bases are known to overheat after a year.",
    "That hose model is known to crack in frost.",
    "The older seals were known to leak under pressure.",
]

HOSTILE_TONE = [
    # The reader's thing named bare, then the reader.
    "It's a toaster, Gavin. Bread goes in the slots.",
    "It's a doormat, Sandra.",
    "It's just a bin lid, Trevor.",
    "It's cardboard, pal.",
    "Honestly, it's a garden hose, Dave.",
    # A flaw of character put on the reader.
    "Maybe you're just a bit clumsy with the lids?",
    "You're being really picky about a 2mm gap.",
    "Perhaps you're simply impatient, the paint needs a day to dry.",
    "You're clearly careless with your passwords.",
    "You're a bit dramatic about one cold chip.",
    # "For a reason", left for the reader.
    "The lid has a lock for a reason.",
    "There's a size guide for a reason, Paula.",
    "The button says 'confirm' for a reason!",
    "We send a reminder email for a reason.",
    "The manual exists for a reason, Dan.",
    # Counting the places the reader posted; "we saw it the first time".
    "You've posted this in four threads today.",
    "You've asked the same question across three channels now.",
    "We read it the first time, thanks.",
    "I saw it the first time you sent it.",
    "You've raised it on five different boards this week.",
    # The writer's retort.
    "I'm not stupid, I can see the photo.",
    "We're not mind readers.",
    "I'm not deaf, there's no need to shout.",
    "We are not made of money.",
    "I'm not an idiot, I checked the order.",
    # Told to stop raising it.
    "Stop opening duplicate tickets about the same fridge.",
    "Please stop posting new threads about your parcel.",
    "I'd appreciate it if you would stop calling the depot.",
    "Just stop sending more emails about the invoice.",
    "Stop submitting complaints to every department.",
    # The complaint called moaning.
    "Email the returns team rather than whining in the comments.",
    "Book the repair instead of ranting on here, it's quicker for you.",
    "Enough moaning, the refund went out yesterday.",
    "Your whinging won't make the van come faster.",
    "If you want a refund, stop bleating and fill in the form.",
    # "It's not complicated" closing an instruction.
    "Twist the cap to the left until it clicks, it's not complicated.",
    "Plug the charger into the port on the back, it is not hard.",
    "Not complicated.",
    "Scan the code at the gate. Not hard.",
    "Select the date and press book, it's not that difficult.",
    # A question answered for the reader with a verdict.
    "Did anyone check the size chart? No? Shocking.",
    "Did you read the confirmation? Thought not.",
    "Has anyone looked at the FAQ? Nope? What a surprise.",
    "Did you try the reset button? Didn't think so.",
    "Once more, for the folks at the back: returns close on day 30.",
    # Advice as a jab before the complaint.
    "Maybe read the listing before complaining about the colour.",
    "Perhaps check your spam folder before blaming the courier.",
    "Maybe measure the alcove next time.",
    "Perhaps look at the booking before having a go at our staff.",
    "Maybe try reading the label before leaving that review.",
    # The fault put on the reader.
    "You skipped the priming step, so that's on you.",
    "If you ignore the oil light for a month, that's really on you.",
    "Maybe the problem is on your end, everyone else can log in.",
    "Perhaps the issue is your router, not our servers.",
    "It's entirely on you that the key was left in the door.",
    # Blame after frankness.
    "Frankly, you ordered the wrong size for your dog.",
    "Honestly you chose the wrong plan for how much you fly.",
    "Tbh you picked the wrong tent for a winter trip.",
    "Let's be honest, you booked the wrong room type.",
    "Truth is, you went for the wrong mattress.",
    # Get a grip, get a life.
    "Get a grip, it's one late parcel.",
    "Honestly, get a life.",
    "Go touch grass.",
    "Some of our regulars need a hobby.",
    "Mate, get a grip.",
    # "Not sure what you want us to do".
    "Not sure what you want me to do about the weather.",
    "I'm not sure what else you want us to do.",
    "Not sure how that's our fault.",
    "I'm not sure how it's my problem that the bus was late.",
    "Not sure what you want us to do about it.",
    # More grand things.
    "It's a garden shed, not the Louvre.",
    "It's a birthday cake, not a masterpiece.",
    "It's a jigsaw lamp, not a Rubik's cube.",
    "It's a leaky tap, not the apocalypse.",
    "It's a wonky tile, not a crime scene.",
    # Can't do a simple thing, so stick to a simpler one.
    "If you can't set a timer, maybe stick to the manual oven.",
    "If you can't read a map, perhaps stick with guided tours.",
    "If you won't read the care label, don't be surprised when it shrinks.",
    "If you can't hang a shelf, the wall anchors are the least of your problems.",
    "If you can't follow three steps, that's not a software problem.",
    # The obvious put to the reader as news.
    "You do realise batteries run out, right?",
    "You do know a tent needs pegs, right?",
    "You do understand that ice melts, right?",
    "You do realize the sale ended last week, right?",
    "You do know that phones need charging, right?",
    # Other customers held up to the reader.
    "Every other customer manages to scan the QR code.",
    "Everyone else seems to manage the self-checkout just fine.",
    "The other ten thousand users have no trouble logging in.",
    "Everybody else copes with the new layout.",
    "The app works fine for everyone else.",
    # A veiled threat to end the service over the reader's manner.
    "If you keep shouting I'll end the call.",
    "I'm going to stop responding if the swearing carries on.",
    "Keep typing in caps and we'll close this chat.",
    "If that's your tone, I'm ending this conversation.",
    "One more rude message and I'll block you.",
    # "Another one who…", "…nobody asked for".
    "Another one who didn't read the size guide.",
    "Ah, another one who thinks delivery is instant.",
    "Thanks for the wine essay nobody asked for.",
    "Cheers for the critique no one asked for.",
    "Great, your opinion that nobody asked for.",
    # If you cared that much; if you think you can do better.
    "If you cared about the bike so much, you'd have locked it.",
    "If you really cared that much you would have read the care label.",
    "If you think you can do better, go and fix it yourself.",
    "If you think you could do a better job, the door's that way.",
    "If you cared so much, then you'd have booked earlier.",
    # The reader's own feeling in scare quotes.
    'Sorry you feel "betrayed" by a late sandwich.',
    'I gather you\'re "furious" about the font.',
    'So you were "shocked" by the price on the label?',
    'You\'re so "disappointed" every single week.',
    'You felt "ignored" after one hour, apparently.',
    # Agreement as disbelief.
    "Sure you did.",
    "Right. Sure it was.",
    "Okay, sure they were.",
    "Sure he does.",
    "Mm, sure it is.",
    # Counting the reader's calls and emails.
    "You've called us six times today about the same bin.",
    "You've messaged the team five times this week.",
    "You rang twice before lunch, we heard you.",
    "You've phoned about this ten times.",
    "You've chased us three times in an hour.",
]

CLEAN = [
    # Payments that are the policy at work.
    "I've arranged a refund for the missing lamp, it'll show in 3-5 days.",
    "We've sent a courier to collect the sofa on Tuesday.",
    "I've issued a refund for the difference in price, as per our price promise.",
    "I've arranged a taxi for your hotel transfer at 9am.",
    "We'll refund the full £640 plus the £12 delivery fee as the item was faulty.",
    # Rules named without paying past them.
    "Your payment failed even though the card details were right; please try again.",
    "The refund was declined because it's outside the 14 days, sorry.",
    "We can't refund it, even though I'd really like to.",
    # The norm named without a payment.
    "I know it's over the normal delivery time, sorry for the wait.",
    "I realise this is more than the usual wait for a reply.",
    "I know it's beyond the usual opening hours, but the helpline can help.",
    # Outcomes not promised.
    "I can't promise the claim will be approved, but I've sent it with the photos.",
    "Our insurer will be in touch within ten days to assess the claim.",
    "Is the refund going to be approved? The team decides by Friday.",
    # Hazards as ordinary warnings.
    "Aerosols are flammable, so please store them away from heat.",
    "The new glue isn't toxic, it's certified for classrooms.",
    "Is the paint toxic to cats? Let me check the data sheet for you.",
    # Safety confirmed, not doubted.
    "We're sure the heaters are safe: they passed the test last week.",
    "I'm not sure the parcel has left the depot yet.",
    "Public wifi isn't secure, so please don't log in to your bank there.",
    # Kit described kindly.
    "Our records show the kettle is faulty, so we'll replace it.",
    "The shelves are strong enough for 20 kg each.",
    "The old app was never up to standard, sorry, the new one is better.",
    # Knowing without a danger.
    "We've known Mrs Patel for years, she's one of our first customers.",
    "We've known about the delay since Monday and told everyone.",
    "They've known each other since school.",
    # Medicine sent to a clinician.
    "Please check with your pharmacist before you take ibuprofen with it.",
    "Did you take any paracetamol before the reaction started?",
    "If you take antihistamines, tell the nurse at check-in.",
    # Ignoring what is safe to ignore.
    "You can safely ignore the first email, the second one has the right date.",
    "You can ignore the survey link if you're busy.",
    "Please don't ignore the smoke alarm; call the fire service if it sounds.",
    # The reader's name with a pleasantry or a fault.
    "It's a pleasure, Tom.",
    "It's a known bug, Sam. We're fixing it this week.",
    "It's a fair question, Ana.",
    # Character words said kindly or denied.
    "You're not being picky at all, that gap is too big.",
    "I don't think you're being fussy, it's a fair ask.",
    "Sorry if I sounded impatient on the phone earlier.",
    # Reasons explained.
    "The lid has a lock for a reason: it keeps little hands out.",
    "We ask for ID for a reason, and I'm happy to explain it.",
    "The lid locks for a reason — it keeps the steam in.",
    # First times and places, kindly.
    "Sorry you've had to write to us in three places, that's on our side.",
    "It's the first time we've seen this fault.",
    "We fixed it first time, thanks to your photos.",
    # Not blind to it.
    "We're not blind to the problem, a fix is coming.",
    "I'm not an expert on dyes, so I've asked the lab.",
    "We're not psychic to your needs unless you tell us, so do reach out!",
    # Stopping as safety advice.
    "Stop posting your card number in public, please; I've hidden it for you.",
    "Could you stop opening the app while it updates?",
    "Please stop using the charger until the new one arrives.",
    # Moaning said of ourselves.
    "Sorry for moaning, but the new site is slow for us too.",
    "I'm not moaning, just letting you know the train was late.",
    "We had a good moan in the team about the heat.",
    # Not complicated, kindly.
    "Don't worry, it's not complicated.",
    "It's not complicated, just follow these steps: open Settings and tap Wi-Fi.",
    "Is it complicated? Not at all, two clicks.",
    # Questions answered kindly.
    "Is the light on? No? Then hold the button for ten seconds.",
    "Did the parcel arrive? Not yet? Let me chase it.",
    "The people at the back of the queue got a voucher too.",
    # Tips without a jab.
    "Maybe check the tracking page before the driver arrives.",
    "Perhaps measure the doorway before ordering, so the sofa fits.",
    "Maybe read the care guide before your first wash.",
    # The fault on us, or a round on someone.
    "Sorry, that's on us and we'll fix it today.",
    "Next coffee's on you two!",
    "It's on your account page under Orders.",
    # Wrong orders put right.
    "It looks like you ordered the wrong size; I'll swap it for free.",
    "Honestly, we sent you the wrong colour, sorry about that.",
    "To be honest, the wrong label was our mistake.",
    # Grips and hobbies of things.
    "Get a grip on the handle before you lift it.",
    "Our staff have a hobby club on Fridays.",
    "The new tyres get a grip in the wet.",
    # Clarifying what the reader wants.
    "I'm not sure what you want us to do with the old unit — keep it or send it back?",
    "Not sure how that happened, I'll look into it.",
    "I'm not sure what you'd like me to change in the booking; could you tell me?",
    # Small things kindly, and irony about ourselves.
    "It's a small shop, not a warehouse, so stock is limited.",
    "It's a scratched mug, sorry — a new one is on its way.",
    "It's a photo book, not a diary, so the pages are glossy.",
    "It's a small scratch, not the end of the world, and we'll polish it out.",
    # Entitled to something, not entitled.
    "You're entitled to a full refund under the 30-day promise.",
    "As a member you're entitled to free returns.",
    "You are entitled to ask for a second engineer.",
    # Settling, regulators and money back said neutrally.
    "We settled the invoice quietly last week, nothing for you to do.",
    "The regulator will review the complaint and rule on it.",
    "You'll get the £40 deposit back when you return the keys.",
    "Your refund's approved, you'll get £30 back on your card in a few days.",
    # A thing the reader can't do, helped.
    "If you can't find the code, maybe check the back of the box.",
    "If you can't make Tuesday, we can stick to Friday.",
    "If you can't log in, don't worry, I'll reset it.",
    # Options offered, not the obvious.
    "You do know you can pause the plan, right? 😊",
    "You do know you can return it in store, right?",
    "Do you know if the meter is outside?",
    # Others mentioned kindly or asked about.
    "Everyone else has no trouble? Sorry, we'll look into it.",
    "We manage the other customers' bookings the same way.",
    "Every customer gets a free first service.",
    # Bills and receipts for the purchase itself; harm not ours; lines known for good things.
    "Please send us the receipt for the chair.",
    "Send us the invoice from the shop and we'll match the price.",
    "Your hospital bills are between you and your insurer, I'm afraid.",
    "Those kettles are known to last for years.",
    "The pharmacist said the cream can cause blisters if you use too much.",
    # Ending a finished chat, not a threat.
    "I'll end the chat here and email you the details.",
    "If you have no more questions, I'll close the chat. Have a lovely day!",
    "We'll close your ticket once the engineer has been.",
    # Another one, asked for.
    "Another one who loved the new menu, thank you!",
    "Nobody asked for a deposit, so you're all set.",
    "You asked for a lecture room for Monday; it's booked.",
    # Cared and better, kindly.
    "We cared about this one so much we rebuilt it.",
    "If you think we could do better, tell us how.",
    "I know you cared about that jacket, I'm so sorry.",
    # The reader's feeling without quotes; quotes of the product's name.
    "Sorry you feel let down by the late delivery.",
    'You\'re "Gold" tier now, so shipping is free.',
    "I understand you're disappointed, and you're right to be.",
    # Sure, kindly.
    "Sure, I can do that.",
    "Sure it is! Here's the link.",
    "I'm sure it was a shock, I'm sorry.",
    # Calls counted kindly.
    "You've called us three times and that's on us, sorry.",
    "You've emailed four times and I'm sorry nobody replied.",
    "We called you twice yesterday but missed you.",
]


@pytest.mark.parametrize("text", LEGAL_RISK)
def test_a_payment_hazard_or_advice_of_a_new_family_is_legal_risk(text: str) -> None:
    assert "legal_risk" in kinds(text)


@pytest.mark.parametrize("text", HOSTILE_TONE)
def test_a_put_down_retort_or_dismissal_of_a_new_family_is_hostile(text: str) -> None:
    assert "hostile_tone" in kinds(text)


@pytest.mark.parametrize("text", CLEAN)
def test_the_clean_look_alike_of_a_new_family_is_not_flagged(text: str) -> None:
    assert kinds(text) == set()


def test_a_payment_past_a_rule_marks_the_payment_and_the_rule() -> None:
    text = "Thanks for waiting. I've approved the repair even though the warranty ended in May."
    [hit] = language.detect(text, model=False)
    assert text[hit.start : hit.end] == "I've approved the repair even though"
    assert "policy" in hit.message.msgid


def test_the_reader_named_after_a_bare_thing_is_marked_with_the_name() -> None:
    text = "Thanks for the photo. It's a toaster, Gavin. Bread goes in the slots."
    [hit] = [h for h in language.detect(text, model=False) if h.kind == "hostile_tone"]
    assert text[hit.start : hit.end] == "It's a toaster, Gavin."
