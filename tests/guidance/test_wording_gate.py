"""A check embeds only the sentences the wording head could still report (issue 13, cold cost):
a sentence whose cue terms settle both labels, or whose kinds a pattern already marks, is read
without the model, and every other sentence is still judged by the head, on publishing and
live."""

import pytest

import openline.language as language
from openline.guidance.checks import check_text
from openline.guidance.detectors import wording
from openline.language import wording as head

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("wording_head_on")]

# Hostile in words no phrase pattern knows: only the wording head finds it.
PUT_DOWN = "Honestly, most people manage to read the label first."
# Its cue terms hold both labels below their thresholds whatever its embedding.
SETTLED = "Your refund has been processed and should reach your account within five working days."
# Left open by its cue terms and word pieces; its quick vector settles it (wording.narrowed).
PLAIN = "Just restart the router and try the setup again, please."


@pytest.fixture
def embedded(monkeypatch):
    """Every text the embedder is asked for."""
    texts: list[str] = []
    original = language.embed
    monkeypatch.setattr(language, "embed", lambda batch: texts.extend(batch) or original(batch))
    return texts


def test_a_settled_sentence_is_not_embedded_and_the_undecided_one_is_still_judged(embedded):
    text = f"{SETTLED} {PUT_DOWN}"

    result = check_text(text)

    assert [(f.kind, text[f.start : f.end]) for f in result.findings] == [
        ("hostile_tone", PUT_DOWN)
    ]
    assert embedded == [PUT_DOWN]


def test_a_draft_of_settled_sentences_embeds_nothing_and_finds_nothing(embedded):
    result = check_text(f"{SETTLED}\n\n{SETTLED.replace('five', 'three')}")

    assert result.findings == []
    assert embedded == []


def test_settled_sentences_do_not_use_up_a_live_checks_allowance(embedded):
    """Three settled sentences before the barb: the keystroke's allowance of new sentences
    (two) goes to the barb, which is found at once instead of being left pending."""
    settled = [SETTLED.replace("five", number) for number in ("three", "four", "five")]
    text = " ".join([*settled, PUT_DOWN])

    result = check_text(text, live=True)

    assert result.pending == ()
    assert [(f.kind, text[f.start : f.end]) for f in result.findings] == [
        ("hostile_tone", PUT_DOWN)
    ]
    assert embedded == [PUT_DOWN]


def test_the_head_scores_what_it_would_have_scored_before_the_gate(embedded):
    """The undecided sentence's score is the head's own: the gate only leaves sentences out."""
    check_text(f"{SETTLED} {PUT_DOWN}")
    gated = head.score([PUT_DOWN])

    head.clear_cache()
    assert head.score([PUT_DOWN]) == gated
    assert gated[0].hostile_tone >= wording.THRESHOLDS["hostile_tone"]


def test_a_publishing_check_embeds_only_what_the_quick_vectors_leave_open(embedded):
    text = f"{PLAIN} {PUT_DOWN}"

    result = check_text(text)

    assert [(f.kind, text[f.start : f.end]) for f in result.findings] == [
        ("hostile_tone", PUT_DOWN)
    ]
    assert embedded == [PUT_DOWN]


def test_a_live_check_does_not_read_quickly_and_embeds_within_its_allowance(embedded):
    text = f"{PLAIN} {PUT_DOWN}"

    result = check_text(text, live=True)

    assert result.pending == ()
    assert [(f.kind, text[f.start : f.end]) for f in result.findings] == [
        ("hostile_tone", PUT_DOWN)
    ]
    assert embedded == [PLAIN, PUT_DOWN]
