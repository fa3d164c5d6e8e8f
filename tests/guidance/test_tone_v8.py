"""Issue 13: English legal risk and hostile tone by family of shapes (english.py), each family
with phrasings from several trades and the clean look-alikes it must leave alone. The sentences
are written for these tests, not taken from an evaluation set. The phrase rules are tested
alone (`model=False`): the wording head is trained and tested on its own (test_wording.py)."""

import pytest

from openline.guidance.detectors import Company, english, language

WORDING = {"legal_risk", "hostile_tone"}
BRAMBLE = Company.build("Bramblecourt Homes", ["Hearthkit (boiler plan)"])


def kinds(text: str, company: Company | None = None) -> set[str]:
    return {h.kind for h in language.detect(text, company, model=False)} & WORDING


# --- Legal risk -----------------------------------------------------------------------------

LEGAL_RISK = [
    # Costs beyond any policy: medical, legal, travel, lost income, open-ended.
    "We'll cover your physiotherapy and the days you had to take off work.",
    "I'll reimburse the taxi and the hotel you booked when the flight was cancelled.",
    "We will of course pay for the orthodontist and any follow-up treatment.",
    "Don't worry, we'll take care of your solicitor's fees for the dispute.",
    "We can pay back the wages you lost while the van was off the road.",
    "Bramblecourt will cover the childcare costs for every day the kitchen is unusable.",
    # Send us the bill, we'll pay it.
    "Just send us the invoice from your plumber and we'll pay it.",
    "Forward me the receipts for the rental car and I'll get them reimbursed.",
    "Email us an estimate for the new carpet, and we'll cover it.",
    # Refunds and gifts beyond any policy.
    "I'll refund the last eight months of your membership, not just this one.",
    "We'll refund all six weeks even though you've used most of the course.",
    "You can have free coffee for life at any of our cafés.",
    "I've set up a whole year free on your account as an apology.",
    "We'll give you a full refund plus a £200 voucher for your next booking.",
    "I've added £250 credit for the inconvenience.",
    # Guaranteed outcomes.
    "Your insurance claim will definitely be approved, I promise.",
    "The appeal will certainly succeed, I've spoken to the panel.",
    "Trust me, you'll win the chargeback easily.",
    "If you escalate it you'll definitely get compensation for the whole trip.",
    "I can guarantee the airline will accept our letter.",
    "I'll personally make sure the claim pays out in full.",
    # Harm owned.
    "Our technician caused the flood in your hallway, that's on us.",
    "The cleaning product we used is what caused your daughter's rash.",
    "That's why your dog ended up at the emergency vet, and it's on us.",
    "We accept that our driver's braking caused your injury.",
    "It was negligent of our staff to leave the cables across the floor.",
    "We breached data protection law when we emailed your file to the wrong person.",
    # Known dangers.
    "The heaters have a known safety defect, so be careful.",
    "Honestly, we knew about the loose railing and let people use the terrace anyway.",
    "The smoke detectors in that block haven't been tested since last spring.",
    "Those chargers are probably a fire risk, between you and me.",
    "The lift in the east wing isn't safe, whatever the notice says.",
    # Regulators and courts.
    "The regulator will almost certainly fine us for the billing mistake.",
    "I reckon the council is going to shut the pool down after the inspection.",
    "They'll probably pull our operating licence over this.",
    "Between us, legal think we'd lose if it went to court.",
    "The watchdog is definitely going to come down hard on us.",
    # Settling and hiding.
    "Offer them £300 if they agree to delete the post.",
    "Management just pays people off before anyone goes to the press.",
    "Please don't put anything in writing to the customer about the fault.",
    "Let's keep this in the team until the audit is over.",
    "We're hoping nobody notices the wrong labels.",
    "Tell them no admission, and offer the voucher first.",
    # More shapes of the same families.
    "I'll refund the whole fortnight, not just the nights you missed.",
    "Whatever the locksmith charges, we'll pay.",
    "The mould in your bathroom was definitely from our leaking pipe.",
    "We messed up the installation, and your son got burned by the loose wire.",
    "Loads of other customers got sick after eating the same batch.",
    "The carbon monoxide sensors on that model aren't reliable.",
    "The seatbelts in the minibus weren't fit for purpose and we knew it.",
    "Head office sat on the fire inspection report for months.",
    "We've already settled a few of the injury cases out of the public eye.",
    "Management want us to hand out vouchers so nobody complains to the ombudsman.",
    "If anyone wants to sue us over the outage, honestly you'd win.",
    "The inspectors will close the kitchen once they see the report.",
    "Your bank will definitely refund you, I promise.",
    "Push for compensation and you'll get it.",
]

LEGAL_CLEAN = [
    # Refunds and goodwill the policy grants, stated neutrally.
    "You'll get the refund to your card within 5 working days.",
    "We'll refund the full price of the order once the parcel is back with us.",
    "I've added £10 credit to your account for the trouble.",
    "Your claim will be reviewed by the team within ten working days.",
    "Send us a photo of the damaged box and we'll send a replacement.",
    # Owning a slip, not harm.
    "That's our fault — we sent the wrong size, and a new one is on its way.",
    "Two of the team were off sick, that's on us. Let me look at your booking now.",
    "Sorry for the wait; the late reply is on us.",
    "The fault is a manufacturing fault covered under warranty, so we'll repair it for free.",
    # Questions, negations, reported speech, quotes.
    "Could you tell us what caused the leak, so we can book the right engineer?",
    "You asked whether we'd cover the hotel; I've passed that question to the claims team.",
    "I can't promise the claim will be approved, but I've sent everything across.",
    "This is a normal complaints process, not a lawsuit.",
    'About the "class action" thread: we can\'t comment on legal matters.',
    # Ordinary uses of the words.
    "This is a known issue with the app and a fix is on the way.",
    "Please don't share your PIN with anyone, not even us.",
    "Unfortunately the venue will close the bar at 11.",
    "You'll be fine — the booking is confirmed and the seats are yours.",
    "It isn't safe to share your password in a forum post.",
    "You'll get €400 under EU261 within 14 days.",
    "We settled your claim yesterday and the money is on its way.",
    "Our courier was late, that's on us — sorry!",
    "Your claim will be approved if the photos show damage in transit.",
    "Whatever you decide, we'll respect it.",
]


@pytest.mark.parametrize("text", LEGAL_RISK)
def test_each_legal_family_is_flagged_in_other_words(text: str) -> None:
    assert "legal_risk" in kinds(text, BRAMBLE)


@pytest.mark.parametrize("text", LEGAL_CLEAN)
def test_legal_look_alikes_stay_clean(text: str) -> None:
    assert "legal_risk" not in kinds(text, BRAMBLE)


# --- Hostile tone ---------------------------------------------------------------------------

HOSTILE_TONE = [
    # Mock praise after the reader's doing.
    "You booked the wrong city. Twice. Impressive.",
    "You left the gate open and the dog got out. Groundbreaking.",
    "So you ignored three reminders and then missed the deadline. Bold strategy.",
    "Cool story. The fee still applies.",
    "Congrats on finding the power button after a week.",
    "Oh no, a gym with other people in it? How awful for you 🙃",
    "Thanks for the essay, we'll get to it eventually.",
    # An ordinary thing belittled against a grand one.
    "It's a toaster, not a spaceship.",
    "It's a €30 tent, not a five-star hotel.",
    "It's a parking app, Karl, not a time machine.",
    "We're a bike shop, not a babysitting service.",
    "It's a password reset, not brain surgery.",
    # Explaining slowly, and simple put-downs.
    "I'll explain it slowly so you can follow.",
    "Let me try again with smaller words.",
    "Let me spell it out for you.",
    "Reading helps.",
    "The clue is in the name.",
    'I\'m not sure what part of "closed on Sundays" was unclear.',
    "It's really not complicated.",
    # Counting the reader's messages.
    "This is your fifth email about this today.",
    "We've answered this a hundred times in the forum.",
    "I've explained the fee three times now.",
    "We've been over this. The answer is still no.",
    "Asking again won't change the answer.",
    # Dismissal.
    "Please stop asking.",
    "Kindly stop emailing us about this.",
    "Fine. Whatever. Do what you want.",
    "Don't bother coming back to us next time.",
    "Not sure what you expected from a free trial, honestly.",
    "I'm not sure how else to put it.",
    # Counterfactual blame and comparison with others.
    "Maybe if you'd charged the scooter, you wouldn't have been stranded.",
    "If you had checked the size chart, we wouldn't be having this conversation.",
    "Book early like everyone else does.",
    "Maybe read the instructions before blaming us? Just a thought.",
    "Perhaps try turning the router on before tweeting at us 🙃",
    "That one's on you, I'm afraid.",
    # Pet names and mockery of groups.
    "OK sweetie, the button is the green one.",
    "The form has three fields, genius.",
    "Some people clearly have far too much time on their hands.",
    "Some of you really think we control the weather.",
    # More shapes of the same families.
    "Sure, let's rebuild the entire website because you forgot your password 👍",
    "You're seriously asking us to refund a coffee you drank?",
    "Funny how it's always the same people who skip the safety briefing.",
    'Your "emergency" can wait until Monday.',
    "If you can't read a bus timetable, maybe don't plan a tour of the Highlands.",
    "Please read the FAQ before posting.",
    "I won't be repeating myself.",
    "It's printed on the box in big letters.",
    "Stop being such an asshole to the reception staff.",
    "Okaaay, so the dog ate the charger. Got it.",
]

HOSTILE_CLEAN = [
    # Sincere praise and delight.
    "Your garden looks amazing! Impressive work.",
    "A fox cub in your shed?! Lovely. We'll send someone who can help.",
    "Congratulations on your new home! Here is your welcome pack.",
    "Thanks for your feedback — it really helps us improve.",
    # X, not Y as reassurance or a joke at our own expense.
    "It's a billing hold, not a charge, and it drops off in three days.",
    "That's a normal noise, not a fault.",
    "It's our mistake, not yours, and we're fixing it.",
    "It's a delivery van, not a TARDIS — we did try to fit the wardrobe in, sorry!",
    # Firm but polite; empathy; moderation notes.
    "I know you've written four times now and you're frustrated, that's fair.",
    "Please stop posting screenshots with your address in them; blur them first.",
    "I'm not going to argue with you — you're right, and I'll fix it now.",
    "The code was entered after the deadline, so it didn't apply.",
    "The queue moved so slowly this morning because a scanner failed.",
    "Maybe try clearing the cache — that usually fixes it.",
    "If you'd like, I can book the engineer for Friday.",
    "Some people have reported the same problem; we're on it.",
    "Your call is important to us; an agent will answer shortly.",
    "Sure, let's get that sorted for you!",
    "If you can't find the email, don't worry — I'll resend it.",
    "Please read the instructions before first use.",
    "Funny how things work out: the parcel and the replacement arrived together!",
    "Amazing how fast the team fixed it!",
    "You're really asking the right questions, so here's the full answer.",
]


@pytest.mark.parametrize("text", HOSTILE_TONE)
def test_each_hostile_family_is_flagged_in_other_words(text: str) -> None:
    assert "hostile_tone" in kinds(text)


@pytest.mark.parametrize("text", HOSTILE_CLEAN)
def test_hostile_look_alikes_stay_clean(text: str) -> None:
    assert "hostile_tone" not in kinds(text)


def test_quoted_customer_words_are_not_the_writers() -> None:
    text = "You wrote \"it's a kettle, not a spaceship\" — fair, and we're sorry it failed."
    assert "hostile_tone" not in kinds(text)


def test_an_earlier_email_quoted_with_a_marker_is_not_the_writers() -> None:
    text = "Thanks, we're looking into it.\n> We'll cover your physio and the days off work."
    assert "legal_risk" not in kinds(text)


def test_the_company_named_as_payer_is_read_from_configuration() -> None:
    text = "Bramblecourt will cover the hotel until the flat has dried out."
    assert "legal_risk" in kinds(text, BRAMBLE)
    assert "legal_risk" not in kinds(text.replace("Bramblecourt", "Your insurer"), BRAMBLE)


def test_a_family_finding_marks_the_words_not_the_whole_reply() -> None:
    text = "Hello Ana,\n\nThanks for the photos. I'll refund the last six months too.\n\nBest, Jo"
    marked = [text[m.start : m.end] for m in english.wording(text)]
    assert marked == ["I'll refund the last six months too"]


def test_a_plain_reply_has_no_family_finding() -> None:
    assert english.wording("Hello, the parcel arrives on Tuesday morning.") == []
