"""Insider disclosures (session 17, embed-head, issue 13: an unannounced plan or an inside fact told
in public, with no code name for the register to catch), which a third label of the wording head
was to find and does not (that head was not shipped); and legal and tone shapes a new writer's
text showed (unqualified safety or medical assurances, goodwill money promised in public, staff
admitting unsafe operations; sarcasm and condescension without insults), each beside clean
near-misses (a published change with its date, declining to share plans, a hypothetical;
qualified advice, the process; firm but polite replies, plain directions, short firm sentences).
The sentences were written for this test, for invented companies and products; none is copied
from the corpus or from an evaluation set. The head retrained with the label was not shipped, so
what the shipped head does not find is a strict xfail."""

import pytest

from openline.guidance.detectors import wording as detector

from .wording_checks import head_score, kinds

pytestmark = pytest.mark.usefixtures("wording_head_on")


def _missed(sentence: str):
    """A sentence the shipped head misses (session 17 did not ship a head): a known limit."""
    reason = "the shipped head misses this shape (session 17's retrained head was not shipped)"
    return pytest.param(sentence, marks=pytest.mark.xfail(strict=True, reason=reason))


INSIDER = [
    "Just so you know, the basic plan is going up by a fiver in February, nobody's been told yet.",
    "Quietly, our Swansea showroom shuts for good in the summer, so I'd visit before then.",
    "The support desk is being moved overseas next spring, between ourselves.",
    "We're about to sign with a new bakery supplier and the old one is being let go.",
    "The survey results came back poor and they're not being released, off the record.",
    "Enjoy the free parking while it lasts, if you get what I mean.",
]

INSIDER_CLEAN = [
    "The basic plan goes up by £5 from 1 February, as we announced in our December email.",
    "Our Swansea showroom closed in June; the announcement is on our news page.",
    "I can't share anything about future plans until they've been announced publicly.",
    "If the timetable ever changes, we'll post it on the website four weeks ahead.",
    "Our support desk is open from 8 am to 6 pm, seven days a week.",
]

LEGAL = [
    _missed("The extra puff of the inhaler won't do you any harm, go ahead."),
    "Honestly the hair dye is fine without the skin test, nobody reacts to it.",  # session 28
    "I'll put £120 on your account for all the bother this week.",
    _missed("A couple of our lorries have bald tyres and still go out every day."),
    "The inspectors are bound to fine us for this, so you'll likely get money back.",
]

LEGAL_CLEAN = [
    "Please check with your pharmacist before taking a second dose.",
    "The instructions ask for a skin test 48 hours before each use, so please do one first.",
    "I've passed your case to the complaints team, who will decide on any compensation.",
    "Every lorry is inspected every six weeks and the records are kept at the depot.",
]

HOSTILE = [
    "Maybe have another look at the email, slowly this time.",
    _missed("Well done on being the first person ever to lose a parcel tracker."),
    _missed("If setting a PIN is beyond you, the app might not be your thing."),
    _missed("Do write back once you've had a chance to cool off."),
    _missed("Must be lovely having all day to post about a late muffin."),
]

HOSTILE_CLEAN = [
    "Scroll down past the photos and tap Book now.",
    "Tap Account, then Privacy, then Download my data.",
    "It isn't, but I can see why the page made it look that way.",
    "This is the second time the courier has missed you, and I'm sorry.",
    "You're in the same queue as everyone else, and it's moving quickly today.",
    "Take your time, and write back whenever suits you.",
]


@pytest.mark.xfail(
    strict=True,
    reason="the shipped head has no insider label: session 17's retrained head with it read "
    "clean test sentences as hostile and was not shipped (docs/decisions.md, embed-head)",
)
@pytest.mark.parametrize("sentence", INSIDER)
def test_an_unannounced_plan_told_in_public_is_an_internal_reference(db, sentence):
    assert "internal_reference" in kinds(f"Hi Sam, thanks for asking. {sentence}")


@pytest.mark.parametrize("sentence", LEGAL)
def test_assurances_goodwill_money_and_unsafe_operations_are_legal_risk(db, sentence):
    assert "legal_risk" in kinds(f"Hi Sam, thanks for asking. {sentence}")


@pytest.mark.parametrize("sentence", HOSTILE)
def test_sarcasm_and_condescension_without_insults_are_hostile(db, sentence):
    assert "hostile_tone" in kinds(f"Hi Sam. {sentence}")


@pytest.mark.parametrize("sentence", [*INSIDER_CLEAN, *LEGAL_CLEAN, *HOSTILE_CLEAN])
def test_near_misses_are_not_flagged(db, sentence):
    assert kinds(f"Hi Robin, thanks for your message. {sentence} Best wishes.") == set()


@pytest.mark.parametrize("sentence", [*INSIDER_CLEAN, *LEGAL_CLEAN, *HOSTILE_CLEAN])
def test_near_misses_score_under_every_threshold(db, sentence):
    for label, threshold in detector.THRESHOLDS.items():
        assert head_score(sentence, label) < threshold
