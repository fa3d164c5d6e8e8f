"""The tone cues of the English wording head's second stage (session 24, wording-v19, issue 13):
a wink or tears of laughter are no cue of tone (over every read writer they are common in clean
drafts and only 3-4 times as common in hostile sentences); an eye roll, an upside-down face or a
shrug still are; "some people" alone mocks no one ("people who …" still does). The sentences
were written for these tests, for invented companies."""

import pytest

from openline.guidance.detectors.tone_cues import cues


@pytest.mark.parametrize(
    "sentence",
    [
        "No, we're not dropping the cinnamon buns from the menu. Not yet anyway 😉",
        "Our driver got lost twice on the way to the depot 😂",
    ],
)
def test_a_wink_or_tears_of_laughter_are_no_cue_of_tone(sentence):
    assert "emoji" not in cues(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "The opening hours are on the door, as they have been for ten years 🙄",
        "If you want it gift-wrapped, the shop next door is right there 🙃",
        "Rules are rules 🤷",
    ],
)
def test_an_emoji_that_comments_is_still_a_cue(sentence):
    assert "emoji" in cues(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Some people prefer the paper form; it's at the front desk.",
        "Some people can't find the setting on older tablets, so here is where it is.",
    ],
)
def test_some_people_alone_is_no_one_mocked(sentence):
    assert "them" not in cues(sentence)


def test_people_who_are_still_someone_mocked():
    assert "them" in cues("Amazing how people who never read the sign still park there.")
