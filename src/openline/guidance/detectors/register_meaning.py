"""A register entry's fact told without its name (register-v13, issue 13): "season passes are
going up a fair bit" says what the note "unannounced season-pass price increase" says, and
"we're pulling the whole batch" what "unannounced recall of a batch of PTO shaft guards" says,
though neither names the term.

Each sentence the wording head reads is compared with each register note by meaning (the
cosine of the sentence's MiniLM embedding, which the wording head has already computed, and the
note's, computed once per register) and by the note's words; `features` gives a small logistic
head (weights in language/data/register_meaning.npz, trained leave-one-writer-out by
bench/register_meaning.py) what it reads: how close the sentence is to the note and how much
closer than to the other notes, how many of the note's words and concepts it says, whether it
says the same kind of fact (a price rise, a purchase, a recall, an internal review, a closure, a
launch, an incident) as the note, and whether it speaks of the future, from inside, of what is
public, in the negative, hypothetically or as a question. A sentence whose probability reaches
THRESHOLD is a finding of the note's entry when a second head, on the sentence's embedding
alone (language/data/register_disclosure.npz), also reads it as a disclosure
(DISCLOSURE_THRESHOLD; session 20): the note's subject said as a plain fact of the service is
not one.

On with OPENLINE["GUIDANCE_REGISTER_MEANING"] (off by default: env
OPENLINE_GUIDANCE_REGISTER_MEANING=on); nothing is judged when the wording head is off (it is
what computes the embeddings read here) or on German text.
"""

import math
import re
import threading
from collections import OrderedDict
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

import numpy as np

from .base import Hit
from .german import looks_german
from .internal import (
    ANNOUNCED,
    GENERIC_WORDS,
    HYPOTHETICAL,
    KIND,
    NOTE_STOPWORDS,
    Entry,
    RegisterIndex,
    _hinting,
    finding,
    note_concepts,
    note_meaning,
    note_names,
    publicly_said,
    speaks_from_inside,
)
from .register_words import concepts
from .wording import enabled as model_enabled
from .wording import scored_text, sentences

FEATURES = (
    "similarity", "margin", "words_share", "words", "concepts_share", "name", "same_kind",
    "future", "past", "inside", "inside_near", "public", "negated", "hypothetical", "question",
    "length",
    # The closeness and the kind of fact, as the sentence says them: told as a plan or from
    # inside, or denied, past or public.
    "similarity_future", "similarity_past", "similarity_inside", "similarity_inside_near",
    "similarity_public", "similarity_negated", "similarity_hypothetical",
    "kind_future", "kind_past", "kind_public", "kind_negated",
)  # fmt: skip

WORD = re.compile(r"[a-z]{4,}")
PREFIX = 4  # words compared by their beginnings: "passes" and "season-pass"

# Kinds of fact a note describes, and how a sentence says the same kind in other words: the
# note's cue (searched in the note) and the sentence's (searched in the sentence).
KINDS = {
    "rise": (
        r"\b(?:increase\w*|rise\w*|hike\w*|uplift|raise\w*|dearer)\b",
        r"\b(?:go(?:es|ing)? up|went up|gone up|going to rise|up by|increase\w*|rise\w*|hike\w*"
        r"|raise\w*|dearer|more expensive|put(?:ting)? (?:the )?(?:price|fee|cost)s? up"
        r"|cost (?:you )?more|pay more|jump\w*)\b",
    ),
    "purchase": (
        r"\b(?:acqui\w*|takeover|take-over|buy\w*|merger|deal|partner\w*|negotiat\w*)\b",
        r"\b(?:acqui\w*|buy\w*|bought|taking over|take over|takeover|merg\w*|deal|partner\w*"
        r"|negotiat\w*|signing|signed)\b",
    ),
    "recall": (
        r"\b(?:recall\w*|withdraw\w*|swap\w*|replace\w*|defect\w*)\b",
        r"\b(?:recall\w*|pull\w*|withdraw\w*|swap\w*|replac\w*|send (?:them|it) back"
        r"|bring (?:them|it) back|taking (?:them|it) back|defect\w*|faulty)\b",
    ),
    "review": (
        r"\b(?:review\w*|audit\w*|investigat\w*|inquiry|enquiry)\b",
        r"\b(?:review\w*|audit\w*|investigat\w*|looking into|going through|inquiry|enquiry"
        r"|checking every)\b",
    ),
    "closure": (
        r"\b(?:clos\w*|shut\w*|exit|leaving|removal|dropp\w*|sold)\b",
        r"\b(?:clos\w*|shut\w*|leaving|drop\w*|los(?:e|ing)|won'?t be (?:open|there|around)"
        r"|last day|sell\w*|sold)\b",
    ),
    "launch": (
        r"\b(?:launch\w*|new|trial\w*|tier|switch\w*|rollout|upgrade\w*|successor|pilot)\b",
        r"\b(?:launch\w*|coming|new|trial\w*|roll\w* out|switch\w*|upgrade\w*|pilot\w*"
        r"|introduc\w*|replac\w*)\b",
    ),
    "incident": (
        r"\b(?:incident|outage|fault\w*|error\w*|wrong\w*|mix-up|breach|leak\w*|failure)\b",
        r"\b(?:outage|fault\w*|error\w*|wrong\w*|mix(?:ed)?[- ]up|breach|leak\w*|fail\w*"
        r"|went down|was down|broke\w*)\b",
    ),
}
_KINDS = {
    name: (re.compile(f"(?i){note}"), re.compile(f"(?i){said}"))
    for name, (note, said) in KINDS.items()
}
FUTURE = re.compile(
    r"(?i)\b(?:going to|gonna|will|'ll|about to|soon|next (?:week|month|year|season|spring"
    r"|summer|autumn|winter|quarter)|from (?:the )?(?:start|end|beginning) of|coming|plan\w*"
    r"|(?:we|they)(?:'re| are) \w+ing)\b|\b(?:we|they)\u2019re \w+ing\b"
)
INSIDE = re.compile(
    r"(?i)\b(?:internal\w*|trust me|between (?:us|you and me|ourselves)|off the record"
    r"|don'?t tell|quietly|heads[- ]up|I(?:'ve| have) heard|word is|not (?:yet )?(?:public"
    r"|announced)|hasn'?t been announced|can'?t say (?:more|much)|keep (?:it|this) quiet"
    r"|on the quiet|hush)\b"
)
PAST = re.compile(
    r"(?i)\b(?:in (?:19|20)\d\d|last (?:week|month|year|season|spring|summer|autumn|winter)"
    r"|went|was|were|had|did|ago|already|yesterday|earlier)\b"
)
PUBLIC = re.compile(
    r"(?i)\b(?:announced|on our (?:website|site|blog|news page)|press release|published"
    r"|newsletter|as (?:we )?(?:emailed|wrote|posted|said)|public(?:ly)?|official(?:ly)?)\b"
)
NEGATED = re.compile(
    r"(?i)\b(?:no plans?|not (?:going|planning|aware|true)|n'?t (?:going|planning|aware|true)"
    r"|never|no (?:truth|change|changes|sign)|rumou?rs?|nothing (?:planned|to (?:announce|share))"
    r"|there'?s no|there is no|isn'?t|aren'?t|won'?t|don'?t)\b"
)

# A finding needs both heads (session 20, register-v15): the note's fact told (the meaning
# head, on the features above) and a disclosure said (DISCLOSURE_PATH: a logistic head on the
# sentence's embedding alone, whatever the register — "a little birdie says", "before anyone
# notices", "we're buying …" against the plain facts of a service). Each alone flags about one
# clean draft per item it adds, held out; both, chosen on the other writers in every fold,
# about one per two (bench/register_meaning.py --disclosure).
THRESHOLD = 0.95
DISCLOSURE_THRESHOLD = 0.85
HOSTS = frozenset(("internal_host", "internal_url"))
_lock = threading.Lock()


@dataclass(frozen=True, slots=True)
class Note:
    """What a sentence is compared with, of one register entry."""

    entry: Entry
    meaning: str  # note_meaning: what the embedding reads
    prefixes: frozenset[str]  # the note's words, five-letter beginnings
    concepts: frozenset[str]
    named: frozenset[str]  # names from the note, PREFIX-letter beginnings
    kinds: frozenset[str]


def inside(text: str) -> bool:
    """Whether a text speaks from inside or hints at something withheld."""
    return bool(INSIDE.search(text)) or _hinting(text) or speaks_from_inside(text)


# The notes of the last few registers read (a register is rebuilt when it changes), by id with
# the register itself, so that a new register at a reused id is not mistaken for the old one.
_notes: "OrderedDict[int, tuple[RegisterIndex, tuple[Note, ...]]]" = OrderedDict()
REGISTERS_KEPT = 8


def register_notes(register: RegisterIndex) -> tuple[Note, ...]:
    """notes_of(register), read once per register."""
    with _lock:
        kept = _notes.get(id(register))
    if kept is not None and kept[0] is register:
        return kept[1]
    found = notes_of(register)
    with _lock:
        _notes[id(register)] = (register, found)
        while len(_notes) > REGISTERS_KEPT:
            _notes.popitem(last=False)
    return found


def notes_of(register: RegisterIndex) -> tuple[Note, ...]:
    """One Note per term with a note, in the register's order (what RegisterIndex caches)."""
    by_term: dict[str, Entry] = {}
    for entry in register.entries:
        if entry.note and entry.term not in by_term and entry.category not in HOSTS:
            by_term[entry.term] = entry
    found = []
    for entry in by_term.values():
        meaning = note_meaning(entry.note)
        words = {w[:PREFIX] for w in WORD.findall(meaning.casefold()) if w not in NOTE_STOPWORDS}
        found.append(
            Note(
                entry,
                meaning,
                frozenset(words - {w[:PREFIX] for w in register.public}),
                note_concepts(entry.note) - register.public,
                frozenset(n[:PREFIX] for n in note_names(entry.note)),
                frozenset(k for k, (cue, _) in _KINDS.items() if cue.search(meaning)),
            )
        )
    return tuple(found)


@dataclass(frozen=True, slots=True)
class Said:
    """What a sentence says, for `features`, whatever the register: read once per sentence."""

    words: frozenset[str]  # its words, PREFIX-letter beginnings
    concepts: frozenset[str]
    kinds: frozenset[str]  # the kinds of fact it tells (KINDS)
    inside: bool  # it speaks from inside or hints at something withheld
    # future, past, inside, public, negated, hypothetical, question, log of its length
    flags: tuple[float, ...]


@lru_cache(maxsize=4096)
def said(sentence: str) -> Said:
    lowered = sentence.casefold()
    from_inside = inside(sentence)
    return Said(
        frozenset(w[:PREFIX] for w in WORD.findall(lowered) if w not in GENERIC_WORDS),
        frozenset(concepts(sentence, GENERIC_WORDS)),
        frozenset(k for k, (_, cue) in _KINDS.items() if cue.search(sentence)),
        from_inside,
        (
            float(bool(FUTURE.search(sentence))),
            float(bool(PAST.search(sentence))),
            float(from_inside),
            float(bool(PUBLIC.search(sentence) or ANNOUNCED.search(sentence))),
            float(bool(NEGATED.search(sentence))),
            float(bool(HYPOTHETICAL.search(sentence))),
            float("?" in sentence),
            math.log1p(len(lowered.split())),
        ),
    )


def features(
    sentence: str, notes: tuple[Note, ...], similarities: np.ndarray, inside_near: bool = False
) -> np.ndarray:
    """The head's features of `sentence` against each note (one row per note), given the
    cosine of the sentence's embedding with each note's; `inside_near`: a sentence beside it
    speaks from inside or hints (a hint there is about this sentence: "can't say why 😉")."""
    told = said(sentence)
    future, past, from_inside, public, negated, hypothetical, question, length = told.flags
    near = float(inside_near)
    sims = np.asarray(similarities, dtype=np.float32)
    if len(sims) > 1:
        top = np.partition(sims, -2)[-2:]  # the second highest, the highest
        others = np.where(sims >= top[1], top[0], top[1])
    else:
        others = np.zeros_like(sims)
    rows = np.empty((len(notes), len(FEATURES)), dtype=np.float32)
    for i, note in enumerate(notes):
        shared = len(note.prefixes & told.words)
        kind = float(bool(note.kinds & told.kinds))
        sim = float(sims[i])
        rows[i] = (
            sim, sim - float(others[i]), shared / max(1, len(note.prefixes)), min(shared, 3),
            len(note.concepts & told.concepts) / max(1, len(note.concepts)),
            float(bool(note.named & told.words)), kind,
            future, past, from_inside, near, public, negated, hypothetical, question, length,
            sim * future, sim * past, sim * from_inside, sim * near, sim * public,
            sim * negated, sim * hypothetical,
            kind * future, kind * past, kind * public, kind * negated,
        )  # fmt: skip
    return rows


HEAD_PATH = Path(__file__).resolve().parents[2] / "language" / "data" / "register_meaning.npz"
# Written by bench/register_meaning.py --write; a retrained file comes with its new hash.
HEAD_SHA256 = "c7ee613388d9097c1e2b820961fe9384cfbc3e5e7147797ac05d3dca271e75ad"


@dataclass(frozen=True)
class MeaningHead:
    weights: np.ndarray
    bias: float
    mean: np.ndarray
    scale: np.ndarray

    def probabilities(self, rows: np.ndarray) -> np.ndarray:
        logits = ((rows - self.mean) / self.scale) @ self.weights + self.bias
        out: np.ndarray = 1.0 / (1.0 + np.exp(-logits))
        return out


@cache
def head() -> MeaningHead:
    from openline.language.sense import logistic_head

    with _lock:
        return MeaningHead(
            *logistic_head(HEAD_PATH, HEAD_SHA256, FEATURES, "bench/register_meaning.py --write")
        )


DISCLOSURE_PATH = HEAD_PATH.with_name("register_disclosure.npz")
DISCLOSURE_SHA256 = "c1c8beb0f92e07fee367676e2c107b0aa5f890159d090eff4f94561db37afb49"
EMBEDDING_FEATURES = tuple(f"embedding_{i}" for i in range(384))


@cache
def disclosure_head() -> MeaningHead:
    from openline.language.sense import logistic_head

    with _lock:
        return MeaningHead(
            *logistic_head(
                DISCLOSURE_PATH,
                DISCLOSURE_SHA256,
                EMBEDDING_FEATURES,
                "bench/register_meaning.py --write",
            )
        )


def disclosed(vector: np.ndarray) -> float:
    """The probability that a sentence (its embedding) discloses something, whatever it is."""
    return float(disclosure_head().probabilities(np.asarray(vector, dtype=np.float32)[None])[0])


@lru_cache(maxsize=64)
def _note_vectors(meanings: tuple[str, ...]) -> np.ndarray:
    """The notes' embeddings, once per register (its notes' meanings)."""
    from openline.language import embed

    return np.asarray(embed(list(meanings)), dtype=np.float32)


def enabled() -> bool:
    from django.conf import settings

    return bool(settings.OPENLINE.get("GUIDANCE_REGISTER_MEANING", False))


def best(
    sentence: str,
    notes: tuple[Note, ...],
    vector: np.ndarray,
    vectors: np.ndarray,
    inside_near: bool = False,
) -> tuple[float, Note]:
    """(probability, note) of the note the head finds the sentence tells most surely."""
    p = head().probabilities(features(sentence, notes, vectors @ vector, inside_near))
    i = int(np.argmax(p))
    return float(p[i]), notes[i]


# Each sentence's judgement, for the register's notes it was judged against (the same sentences
# are checked again and again while someone types).
_judged: "OrderedDict[tuple[int, str, bool], tuple[tuple[Note, ...], float, Note]]" = OrderedDict()
JUDGED_KEPT = 4096


def inside_near(text: str, spans: list[tuple[int, int]], at: int) -> bool:
    """Whether the sentence before or after spans[at] speaks from inside or hints."""
    return any(said(text[a:b]).inside for a, b in (spans[at - 1 : at] + spans[at + 1 : at + 2]))


def detect(
    text: str, register: RegisterIndex, found: list[Hit], *, complete: bool = True
) -> list[Hit]:
    """Sentences that tell a register entry's fact without a register finding in them. Their
    embeddings are the wording head's where it read them; with `complete` (a publishing check,
    or a live one with nothing left pending) the sentences its gate settled unread are embedded
    here. In a live check with sentences pending, those read so far are judged and the rest at a
    later check."""
    from openline.language.wording import embeddings

    if not enabled() or not register.entries or not model_enabled() or looks_german(text):
        return []
    notes = register_notes(register)
    if not notes:
        return []
    flagged = [(h.start, h.end) for h in found if h.kind == KIND]
    spans = sentences(text)
    asked = [at for at, (s, e) in enumerate(spans) if not any(s < b and a < e for a, b in flagged)]
    if not asked:
        return []
    read = [scored_text(text[spans[at][0] : spans[at][1]]) for at in asked]
    vectors = embeddings(read, missing=complete)
    if all(v is None for v in vectors):
        return []
    note_vectors = _note_vectors(tuple(n.meaning for n in notes))
    hits = []
    for at, sentence, vector in zip(asked, read, vectors, strict=True):
        if vector is None:
            continue
        start, end = spans[at]
        near = inside_near(text, spans, at)
        key = (id(notes), sentence, near)
        with _lock:
            known = _judged.get(key)
        if known is not None and known[0] is notes:
            p, note = known[1], known[2]
        else:
            p, note = best(sentence, notes, vector, note_vectors, near)
            if p >= THRESHOLD and disclosed(vector) < DISCLOSURE_THRESHOLD:
                p = 0.0  # the note's subject, said as a plain fact
            with _lock:
                _judged[key] = (notes, p, note)
                while len(_judged) > JUDGED_KEPT:
                    _judged.popitem(last=False)
        if p >= THRESHOLD and not publicly_said(text, start, end, note.entry):
            hits.append(finding(text, start, end, note.entry))
    return hits
