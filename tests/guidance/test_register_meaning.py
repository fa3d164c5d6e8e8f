"""A register entry's fact told without its name (register-v13, issue 13): a sentence that says
what an entry's note says — a price rise, a purchase, a recall, an internal review — is the
item though it names no term; the same subject said as public, denied, past or as a plain fact
of the service is not. Every company, register entry and sentence here is made up for these
tests (a bicycle shop); none is in the head's training data.

The head reads the embeddings the wording head computed for the same sentences, so these tests
switch the wording head on; with it off, nothing is read (tested)."""

import numpy as np
import pytest

from openline.guidance.detectors import detect_all, register_meaning
from openline.guidance.detectors.internal import RegisterIndex
from openline.guidance.detectors.internal import detect as detect_register
from openline.language import embed
from openline.language import wording as head

REGISTER = RegisterIndex.build(
    [
        ("Sprocket uplift", "other", "unannounced price increase of the yearly service plans",
         ["Sprocket"]),
        ("Project Delphinium", "code_name", "code name of the planned acquisition of a rival "
         "chain of bike repair shops", ["Delphinium"]),
        ("REV-5520", "other", "internal review of disc brakes failing on the city e-bike, not "
         "public", ["review 5520"]),
        ("Otterbrook closure", "other", "unannounced closure of the Otterbrook workshop",
         ["Otterbrook closing"]),
    ],
    ["Pellmoor Cycles", "Pellmoor Care"],
)  # fmt: skip


@pytest.fixture
def head_on(wording_head_on, settings):
    """The check switched on (it is off by default), and the wording head (its embeddings are
    what this check reads)."""
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_REGISTER_MEANING": True}


def told(text: str) -> list[str]:
    """What the register finds in text beyond its own rules: the sentences told by meaning."""
    own = {(h.start, h.end) for h in detect_register(text, REGISTER)}
    return [
        text[h.start : h.end]
        for h in detect_all(text, register=REGISTER)
        if h.kind == "internal_reference" and (h.start, h.end) not in own
    ]


# Each told without the note's words the register's own rules look for: they find none of these.
TOLD = [
    "Heads up, the yearly plans are going up a fair bit in January.",
    "Honestly, the brakes on that model are being reviewed internally, keep your receipt.",
]
NOT_TOLD = [
    "The yearly service plan costs £89 and the price is on our website.",
    "We don't put the price of a service plan up once you've bought it.",
    "Disc brakes need new pads every couple of thousand miles; we fit them while you wait.",
    "Our workshop is open every day from 9 to 6, bank holidays included.",
    "You can book a service for your e-bike in the app.",
    "We have no plans to buy any other shops.",
    # register-v13's known limit, read as the rise until session 20.
    "Service plan prices went up last year and are on our website.",
]
# The note's subject said as a plain fact of the service: the meaning head alone reads each as
# the note's (its probability reaches THRESHOLD); the disclosure head does not (session 20).
SAID_PLAINLY = [
    "We review the disc brakes on every city e-bike at its yearly service.",
    "The yearly service plan price for 2026 is £89, the same as this year.",
]
# Known limit (session 20): disclosures the disclosure head reads below its threshold.
TOLD_LIMITS = [
    "Hang on to your receipt, there's an internal review of the brakes on that model.",
    "Keep your receipt, the brakes on that model are under review internally.",
]


def test_the_register_alone_finds_none_of_them():
    assert [s for s in TOLD if detect_register(s, REGISTER)] == []


@pytest.mark.parametrize("text", TOLD)
def test_a_notes_fact_told_without_its_name_is_flagged(head_on, text):
    assert told(text) == [text]


@pytest.mark.parametrize("text", NOT_TOLD)
def test_the_same_subject_said_plainly_is_not(head_on, text):
    assert told(text) == []


@pytest.mark.parametrize("text", SAID_PLAINLY)
def test_the_subject_said_plainly_needs_a_disclosure_too(head_on, text):
    notes = register_meaning.register_notes(REGISTER)
    vectors = np.asarray(embed([text] + [n.meaning for n in notes]), dtype=np.float32)
    p, _ = register_meaning.best(text, notes, vectors[0], vectors[1:])
    assert p >= register_meaning.THRESHOLD  # the meaning head alone would flag it
    assert register_meaning.disclosed(vectors[0]) < register_meaning.DISCLOSURE_THRESHOLD
    assert told(text) == []


def test_the_disclosure_head_is_pinned():
    import hashlib

    digest = hashlib.sha256(register_meaning.DISCLOSURE_PATH.read_bytes()).hexdigest()
    assert digest == register_meaning.DISCLOSURE_SHA256


@pytest.mark.xfail(strict=True, reason="session 20: a disclosure read below the threshold")
@pytest.mark.parametrize("text", TOLD_LIMITS)
def test_known_limits_told(head_on, text):
    assert told(text) == [text]


@pytest.mark.parametrize("text", TOLD)
def test_nothing_is_read_with_the_wording_head_off(head_on, settings, text):
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_WORDING_MODEL": False}
    head.clear_cache()
    assert told(text) == []


@pytest.mark.parametrize("text", TOLD)
def test_off_by_default(wording_head_on, text):
    assert told(text) == []


@pytest.mark.parametrize("text", TOLD)
def test_off_switch(head_on, settings, text):
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_REGISTER_MEANING": False}
    assert told(text) == []


def test_the_finding_names_the_entry_whose_fact_it_tells(head_on):
    text = TOLD[0]
    (hit,) = [h for h in detect_all(text, register=REGISTER) if h.kind == "internal_reference"]
    assert hit.message.params["term"] == "Sprocket uplift"
    assert "price increase" in str(hit.message)
    (hit,) = [h for h in detect_all(TOLD[1], register=REGISTER) if h.kind == "internal_reference"]
    assert hit.message.params["term"] == "REV-5520"


def test_a_sentence_the_register_already_flags_is_not_read_again(head_on):
    text = "Sprocket means the yearly plans are going up a fair bit in January."
    hits = [h for h in detect_all(text, register=REGISTER) if h.kind == "internal_reference"]
    assert len(hits) == 1


def test_sentences_are_not_embedded_again(head_on, monkeypatch):
    """The check reads the wording head's embeddings: besides the notes (once per register),
    each sentence is embedded once, by the head or, where the head's gate settled it unread,
    by this detector."""
    import openline.language as language

    calls: list[list[str]] = []
    real = language.embed

    def counting(texts):
        calls.append(list(texts))
        return real(texts)

    register_meaning._note_vectors.cache_clear()
    monkeypatch.setattr(language, "embed", counting)
    text = "Hi Sam, thanks for waiting. " + TOLD[0]
    detect_all(text, register=REGISTER)
    notes = [n.meaning for n in register_meaning.register_notes(REGISTER)]
    sentences = [t for call in calls if call != notes for t in call]
    assert notes in calls and len(sentences) == len(set(sentences)) == 2
    calls.clear()
    detect_all(text + " See you soon at the shop.", register=REGISTER)
    assert calls == [["See you soon at the shop."]]


def test_the_head_file_is_pinned(tmp_path, monkeypatch):
    from openline.language.voice import HeadsFileMismatch

    changed = tmp_path / "register_meaning.npz"
    data = dict(np.load(register_meaning.HEAD_PATH))
    data["bias"] = np.float32(data["bias"] + 1)
    np.savez(changed, **data)
    monkeypatch.setattr(register_meaning, "HEAD_PATH", changed)
    register_meaning.head.cache_clear()
    try:
        with pytest.raises(HeadsFileMismatch):
            register_meaning.head()
    finally:
        register_meaning.head.cache_clear()


def test_embeddings_are_kept_with_the_scores(head_on):
    sentences = ["The e-bike is ready for collection.", "Thanks for your patience!"]
    assert head.embeddings(sentences) == [None, None]
    head.score(sentences)
    kept = head.embeddings(sentences)
    assert all(v is not None for v in kept)
    assert np.allclose(np.asarray(kept), embed(sentences), atol=1e-5)


# A near reading of a one-word term never joins two words when one is a word of grammar: "will
# or" is not "Willow" with a typo. The term with a typo in it is still found.
TYPO_REGISTER = RegisterIndex.build(
    [
        (
            "Project Willow",
            "code_name",
            "code name of the unannounced premium tier of the service plan",
            ["Willow", "Willow tier"],
        )
    ],
    ["Pellmoor Cycles"],
)


@pytest.mark.parametrize(
    "text",
    ["Please keep it with your will or tell your executor where it is.",
     "Check the filing cabinet, the will, or just ring us.", "We will of course cover it."],
)  # fmt: skip
def test_a_typo_reading_never_joins_small_words(text):
    assert [text[h.start : h.end] for h in detect_register(text, TYPO_REGISTER)] == []


@pytest.mark.parametrize("text", ["Project Willlow is coming in May.", "Project Wilow is coming."])
def test_a_typo_in_the_term_is_still_found(text):
    assert detect_register(text, TYPO_REGISTER) != []
