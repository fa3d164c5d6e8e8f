"""The shipped heads on the packaged model, run for real."""

import hashlib

import numpy as np
import pytest

from openline.language import training, voice


def test_the_shipped_weights_are_the_pinned_ones():
    digest = hashlib.sha256(voice.HEADS_PATH.read_bytes()).hexdigest()

    assert digest == voice.HEADS_SHA256


def test_weights_other_than_the_pinned_ones_are_refused(monkeypatch):
    voice.heads.cache_clear()
    monkeypatch.setattr(voice, "HEADS_SHA256", "0" * 64)
    try:
        with pytest.raises(voice.HeadsFileMismatch):
            voice.heads()
    finally:
        voice.heads.cache_clear()


def test_the_training_corpus_is_large_and_covers_every_label():
    rows = training.load_corpus()

    assert len(rows) >= 600
    assert {r["intent"] for r in rows} == set(voice.INTENTS)
    assert {r["sentiment"] for r in rows} == set(voice.SENTIMENTS)


@pytest.mark.parametrize(
    ("text", "intent", "sentiment"),
    [
        ("Third time this month my order never arrived. Useless company, I want my money "
         "back now.", "complaint", "negative"),
        ("Thank you so much, the engineer was brilliant and fixed everything in minutes!",
         "praise", "positive"),
        ("How do I change the e-mail address on my account?", "question", "neutral"),
        ("Please add a dark mode to the app, it would be great at night.", "idea", None),
    ],
)  # fmt: skip
def test_clear_messages_get_their_labels(text, intent, sentiment):
    (result,) = voice.analyse([text])

    assert result.intent == intent
    assert sentiment is None or result.sentiment.label == sentiment


# A bad event told and left there, with no thanks after it, is no praise: the voice-v4 heads,
# taught by praise that first tells of a bad time, read these as praise (bench/README.md, "The
# untouched holdout4"). Hand-written probes, in no training or evaluation set.
PLAIN_COMPLAINTS = [
    "This is the worst service I have ever had. Nobody answers my emails.",
    "Your delivery was late again and the food was cold. Not happy.",
    "I'm really disappointed with the quality, it broke after two days.",
    "Terrible experience, I want my money back.",
    "Absolutely awful customer service, never again.",
    "The update made everything slower. Very disappointing.",
]
PLAIN_PRAISE = [
    "Thank you so much, the support team was amazing!",
    "Love the new design, great job everyone.",
    "Great product, works perfectly. Highly recommend!",
]


def test_plain_complaints_read_negative_and_plain_praise_positive():
    read = voice.analyse(PLAIN_COMPLAINTS + PLAIN_PRAISE)

    complaints, praise = read[: len(PLAIN_COMPLAINTS)], read[len(PLAIN_COMPLAINTS) :]
    assert [r.sentiment.label for r in complaints] == ["negative"] * len(PLAIN_COMPLAINTS)
    assert [r.intent for r in complaints] == ["complaint"] * len(PLAIN_COMPLAINTS)
    assert [(r.intent, r.sentiment.label) for r in praise] == [("praise", "positive")] * 3


def test_the_score_follows_the_label():
    bad, good = voice.sentiment(["This is a disgrace, worst service ever.", "Love it, thanks!"])

    assert bad.label == "negative" and bad.score < -0.3
    assert good.label == "positive" and good.score > 0.3


def test_a_signature_does_not_change_the_intent():
    plain = "The app crashes when I open my invoices."
    signed = f"Hello,\n\n{plain}\n\nBest wishes\nJo\n\nThis e-mail is confidential. Thank you!"

    assert voice.classify_intent([plain, signed]) == ["problem", "problem"]


def test_complaint_and_praise_carry_their_sentiment_by_the_guide():
    h = voice.heads()
    intent_p = np.zeros((2, len(h.intent.classes)))
    intent_p[0, h.intent.classes.index("complaint")] = 0.8
    intent_p[0, h.intent.classes.index("problem")] = 0.2
    intent_p[1, h.intent.classes.index("praise")] = 1.0
    neutral = np.zeros((2, 3))
    neutral[:, h.sentiment.classes.index("neutral")] = 1.0

    combined = voice.combined_sentiment(h, intent_p, neutral)

    assert combined[0, h.sentiment.classes.index("negative")] == pytest.approx(0.8)
    assert combined[0, h.sentiment.classes.index("neutral")] == pytest.approx(0.2)
    assert combined[1, h.sentiment.classes.index("positive")] == pytest.approx(1.0)
    assert combined.sum(axis=1) == pytest.approx([1.0, 1.0])
