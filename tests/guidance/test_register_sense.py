"""A register word used ordinarily (register-sense, issue 13): a number the author explains is
something else ("the number 6318 on your receipt is just the till number"), a code name that is
also someone's boat; and the same words still flagged where they are the item, next to the same
cue words ("number", "named", "just", "not"). Every company, register item and sentence here is
made up for these tests (a boat-hire firm); none is in the sense head's corpus.

Each ordinary sentence is also flagged with the sense check off, so that a test of it fails if
the check stops working, not only if the register's other rules change."""

import numpy as np
import pytest

from openline.guidance.detectors import register_sense
from openline.guidance.detectors.internal import RegisterIndex, detect
from openline.language import sense
from openline.language.voice import HeadsFileMismatch

REGISTER = RegisterIndex.build(
    [
        ("Grebe", "code_name", "code name of the unannounced electric day-boat",
         ["Project Grebe"]),
        ("INC-6318", "other", "internal incident: fuel pump failures on the hire fleet, not "
         "public", ["6318", "INC 6318"]),
        ("Harebell", "code_name", "code name for the planned takeover of a marina operator",
         ["the Harebell deal"]),
    ],
    ["Harlowe Boats", "Harlowe Hire"],
)  # fmt: skip


def flagged(text: str) -> list[str]:
    return [text[hit.start : hit.end] for hit in detect(text, REGISTER)]


@pytest.fixture
def sense_off(settings):
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_REGISTER_SENSE": False}


ORDINARY = [
    "The number 6318 on your receipt is just the till number at the kiosk.",
    "The number 6318 in my last post was my old flat number, not a ticket, sorry for the "
    "confusion!",
    "The number 6318 on your parking slip is just the machine's number at the marina gate.",
    "Number 6318 on that bank statement is only the card terminal's id, so your payment is fine.",
]
ITEM = [
    "The number 6318 is our internal reference, don't post it publicly.",
    "Quick one: number 6318 is the pump failure on our boats, the engineers are on it.",
    "The 6318 fuel pump problem is still with engineering, sorry.",
    "Our team named the new boat Grebe, but please keep it quiet until the launch.",
    "We renamed your booking because of Grebe, it's not public yet.",
    "Grebe is the boat we're launching in spring, it's electric, keep it to yourself.",
    "We can't say more about Grebe until the launch, sorry!",
    # Explained, as the ordinary numbers are, but as the item.
    "6318 is just our internal number for the pump failures, please don't post it.",
    "The number 6318 is just our internal ticket for the fuel pumps, not a customer reference.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_a_register_word_used_ordinarily_is_not_flagged(text):
    assert flagged(text) == []


# Session 36 (register-clean-v31): a number explained as something ordinary right after it
# ("… is just the till number") is cleared by the rules too (`internal.WORD_EXPLAINED`), so
# only the sentence the rules cannot read needs the sense head.
EXPLAINED = [ORDINARY[0], ORDINARY[2], ORDINARY[3]]


@pytest.mark.parametrize("text", [t for t in ORDINARY if t not in EXPLAINED])
def test_the_same_sentences_are_flagged_with_the_sense_check_off(sense_off, text):
    assert flagged(text) != []


@pytest.mark.parametrize("text", EXPLAINED)
def test_a_number_explained_as_something_ordinary_needs_no_sense_check(sense_off, text):
    assert flagged(text) == []


@pytest.mark.parametrize("text", ITEM)
def test_the_word_used_as_the_item_is_still_flagged_next_to_the_same_cues(text):
    assert flagged(text) != []


@pytest.mark.parametrize(
    "text",
    [
        # A code is never an ordinary word, however the sentence explains it.
        "INC-6318 on your receipt is just the till number at the kiosk.",
        # The register's own phrase around the word ("the Harebell deal") is kept unasked.
        "Once the Harebell deal closes you can moor at their quays too.",
        # A word capitalised as the register writes it, in a plain leak.
        "Honestly, it's just Grebe delaying things, and the new boats aren't announced yet.",
    ],
)
def test_near_misses_stay_flagged(text):
    assert flagged(text) != []


@pytest.mark.parametrize(
    ("text", "start", "end", "judged"),
    [
        ("call about 6318 please", 11, 15, True),
        ("the Grebe boat", 4, 9, True),
        ("Project Grebe is late", 0, 13, True),
        ("see INC-6318 today", 8, 12, False),  # the number of a code
        ("posted in #grebe today", 11, 16, False),  # a channel
        ("the Harebell deal", 0, 17, False),  # a phrase of several words
        ("ticket 63", 7, 9, False),  # too short to be an id
    ],
)
def test_only_a_word_or_a_bare_number_standing_alone_is_judged(text, start, end, judged):
    assert register_sense.candidate(text, start, end) is judged


def test_nothing_is_judged_with_an_embedder_the_head_was_not_trained_on(settings):
    settings.OPENLINE = {
        **settings.OPENLINE,
        "EMBEDDER": "openline.language.embedders.HashingTestEmbedder",
    }
    assert flagged(ORDINARY[1]) != []  # ORDINARY[0] is explained: the rules clear it (session 36)


def test_the_head_reads_the_features_it_was_trained_on():
    row = sense.features(ORDINARY[0], 11, 15, "internal incident")
    assert row.shape == (len(sense.FEATURES),)
    assert 0.0 <= sense.ordinary_probability(ORDINARY[0], 11, 15, "internal incident") <= 1.0


def test_a_weights_file_other_than_the_pinned_one_is_refused(monkeypatch, tmp_path):
    changed = tmp_path / "register_sense.npz"
    data = dict(np.load(sense.HEAD_PATH, allow_pickle=False))
    data["bias"] = np.float32(5.0)
    np.savez(changed, **data)
    monkeypatch.setattr(sense, "HEAD_PATH", changed)
    sense.head.cache_clear()
    try:
        with pytest.raises(HeadsFileMismatch):
            sense.head()
    finally:
        monkeypatch.undo()
        sense.head.cache_clear()


# Known limits: an ordinary place or pet named like the item, said plainly, with no word that
# explains it; the head is not sure enough and the match stays (a false alarm, not a leak).
@pytest.mark.xfail(strict=True, reason="a place named like the item, at a sentence's start")
def test_a_cafe_named_like_the_item_at_the_start_of_a_sentence():
    assert flagged("Grebe is the café at the marina entrance; they open at eight.") == []


@pytest.mark.xfail(strict=True, reason="a pet named like the item, without an explanation")
def test_a_duck_named_like_the_item():
    assert (
        flagged(
            "The kids named the duck on the pond Grebe, and it's now the unofficial mascot of "
            "the lake!"
        )
        == []
    )


@pytest.mark.xfail(strict=True, reason="a cottage named like the item, at a sentence's start")
def test_a_cottage_named_like_the_item():
    assert (
        flagged(
            "Harebell is the cottage we rent to walkers next door, it isn't part of the boat hire."
        )
        == []
    )


# Moved in session 30 (register-sense-v25): the head retrained on the blind register lines is
# less sure of a name given to a boat than the session-17 head was, and the match stays.
@pytest.mark.xfail(strict=True, reason="a boat named like the item: below the threshold since v25")
def test_a_dinghy_named_like_the_item():
    assert (
        flagged(
            "Our friends at the sailing club named their dinghy Grebe, it's a sweet little boat."
        )
        == []
    )
