"""The wording head retrained by wording-v10 (issue 13): clean sentences of the shapes it used to
read as hostile or legal (agreeing with the customer or faulting the company's own service, an
incident told as news, banter and irony about the company itself, a firm refusal with the policy
quoted, the customer's slip explained without blame, a refund the policy gives) are not flagged,
and hostile or legal sentences of the same shapes (sarcasm in a few words, condescension,
dismissal; a payment beyond a limit, paying someone off before the press, a known hazard said
casually) are. The sentences were written for this test, for invented companies and products;
none is copied from the corpus or from an evaluation set."""

import pytest

from openline.guidance.detectors import wording as detector

from .wording_checks import head_score, kinds

pytestmark = pytest.mark.usefixtures("wording_head_on")


CLEAN = {
    "agreeing or faulting our own service": [
        "You're right, the booking page showed the room as free and it had gone.",
        "Our courier left the parcel in the rain without ringing, which is not acceptable.",
        "The plumber was meant to arrive by eight and never phoned to say he'd be late; sorry.",
        "Sorry, my previous answer mixed up the two tariffs.",
        "Nobody should wait on hold for fifty minutes, and I've flagged it to the call centre.",
    ],
    "an incident told as news": [
        "A storm damaged the roof of our sorting hub, so collections there are paused until Monday.",  # noqa: E501
        "The ferry carrying your trailer had an engine fault at sea and docked six hours late.",
        "Our kitchen had a small fire on Tuesday night; everyone is safe and we reopen on Friday.",
        "The cinema's projector broke mid-film, which is why the screening ended early.",
        "The bakery van skidded on ice this morning, so today's bread orders arrive after lunch.",
    ],
    "banter and irony about ourselves": [
        "Ha, our chatbot does get a bit poetic after midnight 😄",
        "Our own accounts team can't find that button either, so you're in good company.",
        "Love the photo, your parrot looks very proud of the new perch 🦜",
        "Fair, our delivery estimates are more of a vibe than a promise, but yours lands tomorrow.",
        "We once sent our CEO's birthday cake to the wrong office, so we know the feeling.",
    ],
    "a firm refusal with the policy quoted": [
        "I'm sorry, but gift cards can't be exchanged for cash under our terms.",
        "The course fee isn't refundable after the first session, as the enrolment page says.",
        "We can't hold a table past fifteen minutes, which is our policy for every booking.",
        "I understand, but the insurance excess of £250 applies to every claim.",
        "That's not something we can override; the age limit on the rides is set for safety.",
    ],
    "the customer's slip explained without blame": [
        "The postcode on the order had two digits swapped, so the parcel went to the depot.",
        "The alarm was set for PM rather than AM, an easy thing to miss on that screen.",
        "The card used for the renewal had been cancelled, so the payment bounced.",
        "The dishwasher tablet was in the rinse-aid slot, which is why it didn't dissolve.",
        "The ticket was for the weekday service, so it wasn't valid on the Sunday train.",
    ],
    "a refund or a credit the policy gives": [
        "Because the class was cancelled, the session has been refunded to your card.",
        "I've applied the usual £5 credit for the late delivery, as our promise says.",
        "The cancellation was within the cooling-off period, so the whole fee comes back to you.",
        "The unused months on your plan have been refunded pro rata, as the terms allow.",
        "The missed pick-up means the booking charge is returned automatically.",
    ],
}

HOSTILE = [
    # Known limits, measured with the retrained head (bench/README.md, wording-v10); strict, so a
    # fix shows. Mock grandeur about a small thing, in words the corpus does not use for it:
    pytest.param(
        "Goodness, a parcel one day late, however will the world go on.",
        marks=pytest.mark.xfail(strict=True, reason="reads 0.81 (the v9 head: 0.05)"),
    ),
    "Yes, I understood it the first three times you wrote it.",
    pytest.param(
        "Pet, the instructions are the paper with the pictures on it.",
        marks=pytest.mark.xfail(strict=True, reason="a pet name and a plain fact: reads 0.01"),
    ),
    # found since session 25's retrained head (hostile 0.997)
    "It's a toaster, you put bread in it, there's no trick to it.",
    pytest.param(
        "Surely someone your age can follow three steps.",
        marks=pytest.mark.xfail(
            strict=True, reason="session 25's retrained head reads 0.961, under its 0.9879"
        ),
    ),
    "Perhaps try, just once, doing what the leaflet says.",
    "People like you are why we have a returns desk.",
    pytest.param(
        "Carry on tagging us in every post and watch your ticket drift to the bottom of the pile 🙂",  # noqa: E501
        marks=pytest.mark.xfail(strict=True, reason="a veiled threat in new words: reads 0.02"),
    ),
]

LEGAL = [
    "Technically you'd get £200 back, but I'll sign off the whole £1,500, no one checks.",
    "Slip her the full amount plus a bit so she doesn't ring the consumer show.",
    "Between us, the heaters we installed last year can overheat and someone could get burnt.",
    "Our technician didn't fix the bracket properly, which is why the shelf fell on your son.",
    pytest.param(
        "Get the couple to sign something and pay them before this reaches a judge.",
        marks=pytest.mark.xfail(strict=True, reason="reads 0.74 (the v9 head: 0.60), under 0.96"),
    ),
]


CLEAN_ROWS = [
    pytest.param(sentence, id=f"{family}-{i}")
    for family, sentences in CLEAN.items()
    for i, sentence in enumerate(sentences)
]


@pytest.mark.parametrize("sentence", CLEAN_ROWS)
def test_a_clean_sentence_of_a_tricky_shape_is_not_flagged(db, sentence):
    assert kinds(f"Hi Robin, thanks for your message. {sentence} Best wishes.") == set()


@pytest.mark.parametrize("sentence", CLEAN_ROWS)
def test_a_clean_sentence_of_a_tricky_shape_scores_under_both_thresholds(db, sentence):
    assert head_score(sentence, "hostile_tone") < detector.THRESHOLDS["hostile_tone"]
    assert head_score(sentence, "legal_risk") < detector.THRESHOLDS["legal_risk"]


@pytest.mark.parametrize("sentence", HOSTILE)
def test_sarcasm_condescension_and_dismissal_of_the_same_shapes_are_flagged(db, sentence):
    assert "hostile_tone" in kinds(f"Hello. {sentence}")


@pytest.mark.parametrize("sentence", LEGAL)
def test_promises_beyond_a_limit_payoffs_and_hazards_are_flagged(db, sentence):
    assert "legal_risk" in kinds(f"Hello. {sentence}")
