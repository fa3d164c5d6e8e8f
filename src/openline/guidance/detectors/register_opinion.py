"""A second opinion on the register's findings in English text (register-v21, issue 13): a
learned discriminator reads each sentence the register's rules flag and clears the sentence's
findings when it is sure the sentence does not disclose any item of the register — the word in
its ordinary sense ("the runway at the airfield"), a topic next to the note's said plainly
("the shadowban thing is a myth"), a name given to something else.

It reads what register_meaning reads of a (sentence, note) pair — the cosine of the sentence's
MiniLM embedding with the note's, its margin over the other notes, the note's words and
concepts said, the kind of fact, how the sentence says it (future, from inside, denied, public,
a question) — with the cosine to the item's term and the disclosure head's probability, and
takes the highest probability over the register's notes. The logistic head
(language/data/register_opinion.npz, hash-pinned) was trained by
bench/register_discriminator.py --write on sentences the rules flag: lines written blind for
invented registers (bench/register_blind26_en.jsonl) and the DEV writers' drafts; its
threshold was chosen leave one DEV writer out (no labelled item lost; bench/README.md,
"Session 26, register-v21").

Sentence vectors are the wording head's where it computed them (`wording.embeddings`), else
computed here (one call for the flagged sentences); note vectors once per register. Not asked:
German text (the features' cues and the embedding are English), hosts and URLs, findings in a
sentence too short for the wording head to read. On with
OPENLINE["GUIDANCE_REGISTER_OPINION"] (off by default for its cold cost: env
OPENLINE_GUIDANCE_REGISTER_OPINION=on); nothing is judged when the configured embedder is not
the one the head was trained on.
"""

import threading
from functools import cache, lru_cache
from pathlib import Path

import numpy as np
from django.conf import settings

from openline.language import sense

from .base import Hit
from .german import looks_german
from .internal import KIND, RegisterIndex
from .register_meaning import (
    FEATURES as MEANING_FEATURES,
)
from .register_meaning import (
    MeaningHead,
    Note,
    disclosure_head,
    inside_near,
    register_notes,
)
from .register_meaning import (
    features as meaning_features,
)
from .wording import scored_text, sentences

FEATURES = (*MEANING_FEATURES, "term_similarity", "disclosure")
HEAD_PATH = Path(__file__).resolve().parents[2] / "language" / "data" / "register_opinion.npz"
# Written by bench/register_discriminator.py --write; a retrained file comes with its new hash.
HEAD_SHA256 = "68628e9a22aaf43731c511a04bfc2bd6177d6cf44adcfe3dcbe3e55496978377"
# Below this the sentence's findings are cleared: the highest threshold at which no labelled
# item of a DEV writer is lost, leave one writer out (bench/register_discriminator.py).
THRESHOLD = 0.07
HOSTS = frozenset(("internal_host", "internal_url"))
_lock = threading.Lock()


def enabled() -> bool:
    return bool(settings.OPENLINE.get("GUIDANCE_REGISTER_OPINION", False)) and sense.available()


@cache
def head() -> MeaningHead:
    with _lock:
        return MeaningHead(
            *sense.logistic_head(
                HEAD_PATH, HEAD_SHA256, FEATURES, "bench/register_discriminator.py --write"
            )
        )


@lru_cache(maxsize=64)
def _note_vectors(meanings: tuple[str, ...], terms: tuple[str, ...]) -> np.ndarray:
    """The notes' and the terms' embeddings, once per register: (2, notes, 384)."""
    from openline.language import embed

    vectors = np.asarray(embed([*meanings, *terms]), dtype=np.float32)
    return vectors.reshape(2, len(meanings), -1)


def rows(sentence: str, vector: np.ndarray, notes: tuple[Note, ...], near: bool) -> np.ndarray:
    """The head's features of `sentence` (its embedding `vector`) against each note."""
    both = _note_vectors(tuple(n.meaning for n in notes), tuple(n.entry.term for n in notes))
    meanings, terms = both[0], both[1]
    base = meaning_features(sentence, notes, meanings @ vector, near)
    disclosure = float(disclosure_head().probabilities(vector[None])[0])
    extra = np.column_stack([terms @ vector, np.full(len(notes), disclosure)])
    out: np.ndarray = np.hstack([base, extra]).astype(np.float32)
    return out


def probability(
    sentence: str, vector: np.ndarray, notes: tuple[Note, ...], near: bool = False
) -> float:
    """The head's highest probability, over the register's notes, that the sentence discloses
    the note's item."""
    return float(head().probabilities(rows(sentence, vector, notes, near)).max())


def second_opinion(text: str, register: RegisterIndex, found: list[Hit]) -> list[Hit]:
    """`found` without the register findings of sentences the head is sure disclose nothing."""
    flagged = [h for h in found if h.kind == KIND]
    if not flagged or not enabled() or looks_german(text):
        return found
    notes = register_notes(register)
    if not notes:
        return found
    hosts = [(e.term.casefold(), e.category) for e in register.entries if e.category in HOSTS]
    spans = sentences(text)
    asked = [
        at for at, (s, e) in enumerate(spans) if any(s < h.end and h.start < e for h in flagged)
    ]
    if not asked:
        return found
    from openline.language.wording import embeddings

    read = [scored_text(text[spans[at][0] : spans[at][1]]) for at in asked]
    vectors = embeddings(read, missing=True)
    cleared = []
    for at, sentence, vector in zip(asked, read, vectors, strict=True):
        if vector is None or any(term in sentence.casefold() for term, _ in hosts):
            continue
        near = inside_near(text, spans, at)
        if probability(sentence, np.asarray(vector, dtype=np.float32), notes, near) < THRESHOLD:
            cleared.append(spans[at])
    if not cleared:
        return found
    return [
        h for h in found if h.kind != KIND or not any(s < h.end and h.start < e for s, e in cleared)
    ]
