"""Issue 13, session 18 (wording-v13): legal risk and hostile tone families that each find
clauses in two or more writers' drafts that no rule found before, and nothing in the clean
drafts of nineteen read writers (bench/README.md, "Session 18, wording-v13").

Legal risk: a defect or hazard stated as a fact of the company's own kit or premises ("the
kettles from the spring batch have a wiring defect", "the decking is a known slip hazard").
Hostile tone: a simple act told to be done "this time" or "for once"; the reader's choice
thrown back ("nobody's forcing you"); asking again called useless; the reader's reading of a
plain word questioned; the writer's patience at its end ("not sure how many more ways I can
explain"); too hard for the reader, so not for them. The sentences are written for these tests,
not taken from an evaluation set; the phrase rules are tested alone (`model=False`)."""

import pytest

from openline.guidance.detectors import language

WORDING = {"legal_risk", "hostile_tone"}


def kinds(text: str) -> set[str]:
    return {h.kind for h in language.detect(text, model=False)} & WORDING


LEGAL_RISK = [
    "The kettles from the spring batch have a wiring defect, so please don't plug them in.",
    "That model has a brake defect we've known about since March.",
    "Our loft ladders have a known hinge fault and one collapsed last week.",
    "Honestly the decking by the pool is a known slip hazard when it rains.",
    "The ramp at the side entrance is a trip hazard and we've been told to fix it.",
]

HOSTILE_TONE = [
    "Maybe try reading the confirmation this time.",
    "Try writing the code down this time.",
    "Check the size guide for once.",
    "Read the email for once before you call us.",
    "Nobody's forcing you to fly with us.",
    "No one is forcing you to buy the premium plan.",
    "The answer won't change however many times you ask.",
    'What did you think "non-refundable" meant?',
    "Not sure how many more ways I can say it.",
    "I'm not sure which part is confusing.",
    "If the booking form is too complicated for you, there's always the phone.",
    "If you can't manage a tent in the rain, maybe camping isn't for you.",
    "Honestly, if two buttons are too much, a smart lock may not be for you.",
]

CLEAN = [
    # A fault as the guarantee's condition, a fault fixed, forms named after defects.
    "If there's a fault, it's covered by the two-year guarantee.",
    "Our systems had a brief fault this morning; it's fixed now.",
    "The returns desk has a defect form you can fill in.",
    "Every bike we sell has a defect warranty of two years.",
    "Please put up the hazard sign when you mop the floor.",
    "Is the floor a slip hazard when it's wet? Our cleaner wasn't sure.",
    # Our own try, a check of a time, a once-off.
    "We'll try delivering it to the locker this time.",
    "Just checking this time suits you.",
    "I'll check the form for once-off payments.",
    # Pressure taken off, a count that is not about patience, a question about a title.
    "Not sure how many more days the sale runs, let me check.",
    'What did you think of "The Long Road"?',
    "Which part is unclear? Tell me and I'll rewrite it.",
    # Advice without a condition.
    "The lighter model may not be for you if you need a big tank.",
    "If the app is too slow for you, the website does the same.",
]


@pytest.mark.parametrize("text", LEGAL_RISK)
def test_a_defect_or_hazard_of_our_own_stated_as_fact_is_legal_risk(text: str) -> None:
    assert "legal_risk" in kinds(text)


@pytest.mark.parametrize("text", HOSTILE_TONE)
def test_a_simple_act_for_once_a_choice_thrown_back_or_too_hard_for_you_is_hostile(
    text: str,
) -> None:
    assert "hostile_tone" in kinds(text)


@pytest.mark.parametrize("text", CLEAN)
def test_the_clean_look_alike_of_a_session_18_family_is_not_flagged(text: str) -> None:
    assert kinds(text) == set()
