"""Legal risk and hostile tone said in words no phrase pattern knows: the trained wording head
scores each sentence of a draft and the finding is that sentence. What the writer quotes, a
sincere apology and a refusal to comment on legal matters are not findings."""

import pytest

from openline.guidance.checks import check_text
from openline.guidance.detectors import language, wording
from openline.language import wording as head

# Words no phrase pattern knows ("what caused the leak" is a phrase family since tone-v8).
ADMISSION = "Our engineer botched the install, which is what made the pipe leak."
PUT_DOWN = "Wow, imagine reading the size chart before ordering 🙄"


def flagged(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in check_text(text).findings]


@pytest.fixture(autouse=True)
def fresh_scores(settings):
    # On by default; the tests state it so that an operator's environment does not decide.
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_WORDING_MODEL": True}
    head.clear_cache()


# Session 25's head read it legal at 0.990, under its 0.9933; session 28's head and legal
# threshold (0.96) find it.
def test_an_admission_in_new_words_is_flagged_at_its_sentence(db):
    text = f"Hi Morgan, thanks for the photos. {ADMISSION} I've asked the team to call you."

    assert flagged(text) == [("legal_risk", ADMISSION)]
    finding = check_text(text).findings[0]
    assert "admitting fault" in finding.message
    assert "claims" in finding.suggestion


def test_a_sarcastic_put_down_is_flagged_at_its_sentence(db):
    text = f"Hello! {PUT_DOWN} A return label is attached."

    assert flagged(text) == [("hostile_tone", PUT_DOWN)]


@pytest.mark.parametrize(
    "text",
    [
        "I'm so sorry the sofa arrived damaged. That's not the experience we want for anyone, "
        "and I've booked a replacement for Thursday.",
        "I can't comment on legal matters here, but our complaints team can help: "
        "complaints@example.com.",
        'You wrote "your company is a joke and you owe me for the flood". I understand why '
        "you're angry, and I've passed the photos to the claims team.",
        "> This is the worst service I've ever had and it's all your fault.\n\n"
        "I'm sorry we let you down. Your refund was issued this morning.",
    ],
    ids=["sincere apology", "no comment on legal matters", "quoted complaint", "quoted e-mail"],
)
def test_apologies_refusals_and_quoted_anger_are_not_flagged(db, text):
    assert flagged(text) == []


def test_a_sentence_a_pattern_already_marks_is_reported_once_with_the_patterns_words(db):
    # The pattern leaves three words of the sentence, which the head reads as legal risk too
    # (session 27, wording-v22): one finding over the sentence, saying what the pattern says.
    text = "We accept full liability for the damage."
    [pattern] = [h for h in language.detect(text, model=False) if h.kind == "legal_risk"]
    findings = check_text(text).findings

    assert text[pattern.start : pattern.end] == "We accept full liability"
    assert [(f.kind, text[f.start : f.end]) for f in findings] == [("legal_risk", text)]
    assert findings[0].message == pattern.message


def test_a_sentence_a_pattern_marks_nearly_whole_is_reported_by_the_pattern(db):
    text = "We accept full liability for it."
    findings = check_text(text).findings

    assert [(f.kind, text[f.start : f.end]) for f in findings] == [
        ("legal_risk", "We accept full liability")
    ]


def test_operators_can_turn_the_model_off(db, settings):
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_WORDING_MODEL": False}

    assert flagged(ADMISSION) == []


def test_another_embedder_than_the_trained_one_is_not_read_by_the_head(db, settings):
    settings.OPENLINE = {
        **settings.OPENLINE,
        "EMBEDDER": "openline.language.embedders.HashingTestEmbedder",
    }

    assert not wording.enabled()
    assert flagged(ADMISSION) == []


def test_sentences_are_the_writers_own_words():
    text = 'Hi Sam,\n> quoted line here\nThe first one here. "Only a quote." Is it the second? Ok.'

    # "Ok." is too short to read alone, so it is read with the sentence before it.
    assert [text[s:e] for s, e in wording.sentences(text)] == [
        "The first one here.", "Is it the second? Ok."
    ]  # fmt: skip


def test_a_line_of_numbers_is_not_read_as_wording():
    text = "Call us.\nTel.: +49 (0)30 1234 5678\nWe are here from 8 to 8 every day."

    # Six "words" by count, but only "Tel" has letters: nothing the head could read as tone.
    assert [text[s:e] for s, e in wording.sentences(text)] == [
        "We are here from 8 to 8 every day."
    ]  # fmt: skip


def test_a_short_line_on_its_own_line_is_not_scored_and_addresses_are_not_read():
    text = "Hi Sam,\nYes.\n@sam@example.social @kim.example.net: the refund is on its way."

    assert [wording.scored_text(text[s:e]) for s, e in wording.sentences(text)] == [
        "the refund is on its way."
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Restart the router and try again.",
        "Try this first.",
        "Try this, step 0.",
        "Unplug it for ten seconds, then plug it back in.",
        "Hold the power button for five seconds.",
        "Clear the app cache and log in again.",
        "Reply here if it happens again.",
        "Wait for the green light, then press Start.",
    ],
)
def test_routine_instructions_are_not_flagged(db, text):
    assert flagged(text) == []


def test_the_head_is_on_unless_an_operator_turns_it_off(monkeypatch):
    import importlib

    from config.settings import base

    monkeypatch.delenv("OPENLINE_GUIDANCE_WORDING_MODEL", raising=False)
    assert importlib.reload(base).OPENLINE["GUIDANCE_WORDING_MODEL"] is True
    monkeypatch.setenv("OPENLINE_GUIDANCE_WORDING_MODEL", "off")
    assert importlib.reload(base).OPENLINE["GUIDANCE_WORDING_MODEL"] is False
    monkeypatch.setenv("OPENLINE_GUIDANCE_WORDING_MODEL", "on")
    assert importlib.reload(base).OPENLINE["GUIDANCE_WORDING_MODEL"] is True
