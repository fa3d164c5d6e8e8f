"""English hostile tone in shapes by grammar, session 37 (en-hostile-v32, issue 13): the writer's
patience spent on any comparative of plainness ("not sure how much bigger we can make it"), a
mock honorific for the reader, our time set above the reader's, a lesson on how to spend one's
time, "you're a real piece of work", the reader's omission had they done it as told or as a
gerund subject with its verdict ("Reading the label would have helped."), the obvious said to
exist ("Manuals exist."), people mocked in the third person with a verdict, sarcastic help at
any cost ("Sure, let me just cancel the whole tour for you."). And three misreadings taken
away: "no such thing as a silly question", a count in a rule about someone else, "nice try 😄"
teasing a joke request. The head now reads a sentence whose hostile phrase leaves three words or
more of it, and the contrast cue names the thing in up to three words ("It's a cargo bike, not
a tank."). Each has a twin that keeps the other reading.
The companies and people are made up for these tests."""

import pytest

from openline.guidance.detectors import english, tone_cues, wording
from openline.guidance.detectors.base import Hit, Phrase

from .findings import flags, kinds

pytestmark = pytest.mark.django_db


def _rules(text: str) -> list[str]:
    return [m.key for m in english.wording(text) if m.kind == "hostile_tone"]


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("It's printed on the lid in red. Not sure how much bolder we can make it.", "bolder"),
        (
            'I\'m not sure how to make "press the green button" any clearer, but here goes.',
            "any clearer",
        ),
        ("Noted. Anything else, your highness?", "your highness"),
        ("We've got better things to do than argue about a 40p stamp.", "better things"),
        (
            "If your crew spent less time heckling the referee and more time passing, you might"
            " have won.",
            "less time heckling",
        ),
        ("You're quite a piece of work, aren't you.", "piece of work"),
        ("If you'd wound the clock like I told you, it would still be ticking.", "like I told"),
        ("Checking the size chart would have helped.", "size chart"),
        ("Perhaps reading the booking page would have saved us both an afternoon.", "booking"),
        ("The timetable is on the door. Watches exist.", "Watches exist"),
        (
            "Guests who leave wet towels on the piano and then moan about the smell are the worst.",
            "wet towels",
        ),
        ("Sure, let me just reprint the entire catalogue for your one typo.", "entire catalogue"),
        ("Sure, we'll drop everything for your parking ticket.", "drop everything"),
    ],
)
def test_hostile_shapes_by_grammar_are_found(text: str, part: str) -> None:
    assert flags(text, part, "hostile_tone")


@pytest.mark.parametrize(
    "text",
    [
        "I'm not sure how much longer we can hold the table, so please call by six.",
        "Nothing would have helped with that storm, we're just glad everyone is safe.",
        "We spend less time waiting for parts and more time on repairs since the new supplier.",
        "It exists. We added it to the app last week.",
        "Sure, we'll send everything in one parcel.",
        "If you'd like us to deliver like we said, just reply with a time.",
        "The engraving on your lid is a lovely piece of work.",
    ],
)
def test_their_plain_twins_are_not_read_as_shapes(text: str) -> None:
    assert _rules(text) == []


# --- misreadings taken away -------------------------------------------------------------------


def test_no_such_thing_as_a_silly_question_is_no_insult() -> None:
    text = "No such thing as a silly question! Tap the gear icon, then Sound."
    assert "hostile_tone" not in kinds(text)


def test_a_silly_question_said_to_the_reader_is_still_one() -> None:
    assert flags("That's a silly question, it's on the box.", "silly question", "hostile_tone")


def test_a_count_in_a_rule_about_someone_else_is_not_the_readers() -> None:
    text = (
        "A reminder for this group: if someone asks where the car park is for the third time, "
        "answer it for the third time."
    )
    assert "repeat" not in _rules(text)


def test_a_count_of_the_readers_messages_is_still_impatience() -> None:
    assert "repeat" in _rules("If you ask for the third time, the answer is the same.")


def test_nice_try_with_a_grin_teases() -> None:
    assert "sarcasm" not in _rules("Ha, no, a fiver won't buy you the front row. Nice try 😄")


@pytest.mark.parametrize("text", ["Nice try though 😉", "You broke it yourself. Nice try."])
def test_nice_try_flat_or_winking_is_still_sarcasm(text: str) -> None:
    assert "sarcasm" in _rules(text)


# --- the head reads past a hostile phrase; the contrast cue --------------------------------------


def _hostile(text: str, part: str) -> Hit:
    start = text.index(part)
    return Hit("hostile_tone", start, start + len(part), Phrase("m"), Phrase("s"))


def test_a_hostile_phrase_that_leaves_most_of_its_sentence_lets_the_head_read_it() -> None:
    text = "With all due respect, your theory is wrong and arguing with me won't change it."
    hit = _hostile(text, "With all due respect")
    assert not wording.said(text, 0, len(text), "hostile_tone", [hit])


def test_a_hostile_phrase_that_is_its_whole_sentence_says_it() -> None:
    text = "Calm down, mate."
    assert wording.said(text, 0, len(text), "hostile_tone", [_hostile(text, "Calm down")])


@pytest.mark.parametrize(
    "text",
    ["It's a garden hose, not a fire engine.", "we're a flower stall, not a therapy group."],
)
def test_the_contrast_cue_names_a_thing_in_more_than_one_word(text: str) -> None:
    assert "contrast" in tone_cues.cues(text)


def test_a_state_contrasted_is_no_contrast_cue() -> None:
    assert "contrast" not in tone_cues.cues("If you pause, the lessons are frozen, not lost.")
