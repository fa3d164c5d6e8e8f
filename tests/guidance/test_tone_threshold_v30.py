"""Issue 13, session 35 (tone-head-v30): a hostile-tone threshold per sentence, learnt from how
the sentence is said (guidance.detectors.tone_threshold). A remark that blames the reader's
people for the company's rules is reported at a lower score of the head than the fixed 0.9879 /
0.95; friendly sentences of the same shape keep the fixed threshold and stay clean; with
OPENLINE["GUIDANCE_TONE_THRESHOLD"] off the check is the one before (where the first tests
fail). The sentences were written for these tests, for invented trades."""

import pytest

from openline.guidance.detectors import tone_threshold, wording

from .findings import found

pytestmark = pytest.mark.django_db

CUED, FIXED = wording.TONE_CUED_THRESHOLD, wording.THRESHOLDS["hostile_tone"]

HOSTILE = [
    "People like your landlord are exactly why we ask for a deposit.",
    "People like your neighbour are exactly why we ask for a deposit.",
]
CLEAN = [
    "Thanks for the photos of the flat, they really help!",
    "Did you get the tracking email yesterday?",
    "Guests like your friend are always welcome back!",
    "You returned it, so the refund is on its way.",
    "Sorry, the parcel is delayed; we'll update you tomorrow!",
    "How many times can I change the delivery date?",
]


@pytest.fixture
def learnt(settings, wording_head_on):
    settings.OPENLINE = {
        **settings.OPENLINE,
        "GUIDANCE_TONE_CUES": True,
        "GUIDANCE_TONE_THRESHOLD": True,
    }


@pytest.fixture
def fixed_only(settings, wording_head_on):
    settings.OPENLINE = {
        **settings.OPENLINE,
        "GUIDANCE_TONE_CUES": True,
        "GUIDANCE_TONE_THRESHOLD": False,
    }


@pytest.mark.usefixtures("learnt")
@pytest.mark.parametrize("text", HOSTILE)
def test_blaming_the_readers_people_for_a_rule_is_hostile(text):
    assert found(text, "hostile_tone") == [text]


@pytest.mark.usefixtures("fixed_only")
@pytest.mark.parametrize("text", HOSTILE)
def test_with_the_learnt_threshold_off_the_check_is_the_one_before(text):
    assert found(text, "hostile_tone") == []


@pytest.mark.usefixtures("learnt")
@pytest.mark.parametrize("text", CLEAN)
def test_friendly_sentences_of_the_same_shape_stay_clean(text):
    assert found(text, "hostile_tone") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Try us again when you've calmed down?",
        "Folks who can't read a timetable are why we have a help desk, I suppose.",
        "To whoever keeps calling the bakery a rip-off: bake your own then.",
    ],
)
def test_a_retort_at_the_reader_is_reported_at_a_lower_score(sentence):
    assert tone_threshold.threshold(sentence, CUED) < CUED - 0.1


@pytest.mark.parametrize(
    "sentence",
    [
        "Sorry, the parcel is delayed; we'll update you tomorrow!",
        "You returned it, so the refund is on its way.",
        "Thanks so much for the photos, they really help!",
    ],
)
def test_a_plain_or_friendly_sentence_keeps_the_fixed_threshold(sentence):
    assert tone_threshold.threshold(sentence, FIXED) == pytest.approx(FIXED, abs=0.002)


@pytest.mark.parametrize("fixed", [FIXED, CUED])
@pytest.mark.parametrize("sentence", [*HOSTILE, *CLEAN, "Wow. Just wow 🙄 Read the FAQ?!"])
def test_the_threshold_is_never_above_the_fixed_one_nor_below_the_floor(sentence, fixed):
    assert tone_threshold.FLOOR <= tone_threshold.threshold(sentence, fixed) <= fixed
