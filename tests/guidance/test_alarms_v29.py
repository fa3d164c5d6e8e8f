"""Issue 13, session 29 (alarms-v1): health said of nobody in particular is no one's personal
data. A sentence that asks about a condition ("if you have a pacemaker, check with your doctor
first", "If anyone was hurt, please see a doctor") or tells it of an unnamed someone ("we had a
guest with a severe nut allergy") names no one; a name, a title, "your son" or a figure in the
sentence keeps the finding.

Every sentence is made up for these tests."""

import pytest

from openline.guidance.detectors.personal import HEALTH_MESSAGE, detect


def health(text: str) -> list[str]:
    hits = detect(text, public_emails=frozenset(), public_phones=frozenset())
    return [text[h.start : h.end] for h in hits if h.message is HEALTH_MESSAGE]


@pytest.mark.parametrize(
    "text",
    [
        "Our beginners' class is gentle: if you have a pacemaker, please check with your doctor "
        "first, but walking is usually encouraged.",
        "I've logged the broken ladder and refunded the hire. If anyone was hurt, please see a "
        "doctor; I've also passed your message to our claims team so they can contact you.",
        "We had a guest with a severe nut allergy and the kitchen handled it perfectly.",
    ],
)
def test_a_condition_of_nobody_in_particular_is_not_flagged(text):
    assert health(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Mr Tobias Ferrand told us he has epilepsy and forgot his medication.",
        "If you see Anna, she has diabetes and needs her insulin.",
        "Your son has asthma, so we moved him to the front.",
        "A guest with a severe nut allergy is in room 12 tonight, please tell the kitchen.",
    ],
)
def test_someones_condition_is_still_flagged(text):
    assert health(text) != []
