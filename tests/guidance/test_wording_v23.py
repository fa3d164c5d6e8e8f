"""English tone and legal phrases read by grammar (session 23, wording-v18, issue 13): a count of
tellings needs the writer or the reader as teller (a third person praised for explaining twice
is no impatience); a word of the reader's taken back after "don't worry about" is not mocked or
blamed; a month's short name is a whole word ("customs decide" names no December); switched on,
the wording head's hostile threshold is lower in a sentence holding a cue of tone. Each clean
sentence has a twin that must still be found. The sentences were written for these tests, for
invented companies and people."""

import pytest

from openline.guidance.detectors import wording

from .findings import found

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    [
        "Our neighbour took the course last spring. Patient teacher, explained every knot twice.",
        "Used the night nurse line for my dad. Kind man, answered all his questions twice.",
    ],
)
def test_a_third_person_praised_for_telling_twice_is_no_impatience(text):
    assert found(text, "hostile_tone") == []


@pytest.mark.parametrize(
    "text",
    [
        "As I've already explained twice, the gate code changes every Monday.",
        "This has been answered about a hundred times on this board.",
    ],
)
def test_the_writers_own_count_of_tellings_is_still_found(text):
    assert found(text, "hostile_tone") != []


@pytest.mark.parametrize(
    "text",
    [
        'Hi Priya, please don\'t worry about the cramp being "your fault", it happens to everyone.',
        "No need to worry about it being your fault, the strap was worn.",
    ],
)
def test_a_worry_taken_back_is_not_blame(text):
    assert found(text, "hostile_tone") == []


def test_blame_said_outright_is_still_found():
    text = "Honestly the cramp is your fault, you skipped the warm-up."

    assert found(text, "hostile_tone") != []


def test_a_word_starting_with_a_months_short_name_is_no_date():
    text = "It isn't something I can promise will be accepted, the border officers decide."

    assert found(text, "legal_risk") == []


def test_a_date_promised_is_still_found():
    text = "I promise the replacement arrives by Dec 4."

    assert found(text, "legal_risk") != []


# --- The second stage: a lower hostile threshold where a sentence holds a cue of tone --------


@pytest.fixture
def tone_cues_on(settings, wording_head_on):
    # The cues' stage alone: session 35's learnt threshold per sentence (tone_threshold) may
    # lower a sentence's threshold further, and is tested in test_tone_threshold_v30.py.
    settings.OPENLINE = {
        **settings.OPENLINE,
        "GUIDANCE_TONE_CUES": True,
        "GUIDANCE_TONE_THRESHOLD": False,
    }


@pytest.mark.usefixtures("tone_cues_on")
@pytest.mark.parametrize(
    "text",
    [
        # hostile with the emoji that comments on it (~0.95 by session 25's head, ~1.00 by 28's)
        "If you want it gift-wrapped, the shop next door is right there 🙃",
        # the reader sent elsewhere, "not our problem": one cue, session 28's head ~0.98, between
        # the cued 0.95 and the hostile threshold (session 25's head read 0.921)
        "The hedge was planted by your landlord, so take it up with him.",
    ],
)
def test_a_sentence_with_a_cue_of_tone_is_found_at_the_lower_threshold(text):
    assert found(text, "hostile_tone") != []


@pytest.mark.usefixtures("tone_cues_on")
@pytest.mark.parametrize(
    "text",
    [
        # the same offer without the emoji: ~0.11
        "If you want it gift-wrapped, the shop next door is right there.",
        # a cue (a particle to the reader) the head reads as friendly: ~0.00
        "Just so you know, we will never ask for your PIN.",
    ],
)
def test_a_cue_alone_is_no_finding(text):
    assert found(text, "hostile_tone") == []


@pytest.mark.usefixtures("tone_cues_on")
@pytest.mark.parametrize(
    "sentence",
    [
        "Take it up with the landlord, not us.",
        "Maybe try the other bakery next time.",
        "If you want it gift-wrapped, the shop next door is right there 🙃",
    ],
)
def test_a_sentence_with_a_cue_of_tone_is_asked_at_the_lower_threshold(sentence):
    kinds = wording.reachable_kinds(sentence, dict(wording.THRESHOLDS))

    assert kinds["hostile_tone"] == wording.TONE_CUED_THRESHOLD


@pytest.mark.usefixtures("tone_cues_on")
@pytest.mark.parametrize(
    "sentence",
    [
        "Your parcel left our depot this morning.",
        "If you want it gift-wrapped, the shop next door is right there.",
        "Did you get the tracking email yesterday?",
    ],
)
def test_a_sentence_without_a_cue_keeps_the_hostile_threshold(sentence):
    kinds = wording.reachable_kinds(sentence, dict(wording.THRESHOLDS))

    assert (
        kinds.get("hostile_tone", wording.THRESHOLDS["hostile_tone"])
        == (wording.THRESHOLDS["hostile_tone"])
    )


@pytest.mark.usefixtures("wording_head_on")
def test_the_cues_lower_no_threshold_unless_switched_on(settings):
    # on by default since session 24; switched off here
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_TONE_CUES": False}
    # one cue, read ~0.98 by session 28's head: between the cued 0.95 and the hostile threshold
    sentence = "The hedge was planted by your landlord, so take it up with him."

    assert found(sentence, "hostile_tone") == []
    assert (
        wording.reachable_kinds(sentence, dict(wording.THRESHOLDS)).get(
            "hostile_tone", wording.THRESHOLDS["hostile_tone"]
        )
        == wording.THRESHOLDS["hostile_tone"]
    )
