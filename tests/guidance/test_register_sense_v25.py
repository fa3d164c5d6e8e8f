"""The sense head retrained in session 30 (register-sense-v25) on the blind register lines and
every read writer up to holdout21, for a company none of its training text is about (a kite
shop, invented here): a register number the writer explains is something else is not flagged,
and the same number and the code name said as the item still are.

Each ordinary sentence is flagged with the sense check off, so the test fails if the head stops
clearing it, not only if the register's other rules change. These sentences were written after
the head was trained, and are flagged the same way by the head it replaced (the retrained head
changes 2 of 3,710 held-out English drafts): they hold the behaviour, they do not show a gain."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Osprey", "code_name", "code name of the unannounced stunt-kite range, launching next "
         "spring", ["Project Osprey"]),
        ("INC-4471", "other", "internal incident: lines snapping on the stunt kites, not public",
         ["4471"]),
    ],
    ["Thornbury Kites", "Skydancer"],
)  # fmt: skip

ORDINARY = ["The number 4471 on your receipt is just the till number at the kiosk."]
ITEM = [
    "4471 is our internal reference for the snapping lines, please don't post it.",
    "Quick one: 4471 is the line problem on the stunt kites, our team is on it.",
    "Osprey is our new stunt-kite range for spring, please keep it to yourself until the launch.",
    "We can't say more about Project Osprey yet, sorry!",
]


def flagged(text: str) -> list[str]:
    return [text[hit.start : hit.end] for hit in detect(text, REGISTER)]


@pytest.mark.parametrize("text", ORDINARY)
def test_a_new_companys_number_explained_as_something_else_is_not_flagged(text):
    assert flagged(text) == []


# Session 36 (register-clean-v31): "… is just the till number" is a number explained as
# something ordinary right after it, which the rules clear without the sense head too.
@pytest.mark.parametrize("text", ORDINARY)
def test_the_same_sentence_is_cleared_by_the_rules_with_the_sense_check_off(settings, text):
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_REGISTER_SENSE": False}
    assert flagged(text) == []


@pytest.mark.parametrize("text", ITEM)
def test_the_new_companys_code_name_and_incident_are_still_flagged(text):
    assert flagged(text) != []
