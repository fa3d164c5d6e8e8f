"""The register's ordinary uses as its operators taught them ("not confidential here").

When a manager accepts that a register finding was the word in its ordinary sense ("a kestrel
hovering over the car park"), the words that stood beside it become one of the term's ordinary
contexts (`cue_words`). A later match of THAT term is the ordinary word again when such cues
stand beside it in the same sentence, and the sentence does not speak of the item: no hint of
secrecy, no "internal" or "code name", no register marker ("Project Kestrel"), no word of the
term's note that the accepted sentence did not say as well. So "the kestrel hovering over the
car park by the station" is learned from "a kestrel hovering over the car park", while "Kestrel,
the tablet we launch in spring, is hovering over the car park" (a word of the note) and
"between us, the kestrel hovering over the car park is ours" (a hint) are still the item.

A match named by the term or a variant needs two words of one context within four words of it
(or the context's only word, when an operator cut it down to one: "bird"); a finding of a whole
sentence (a paraphrase of the note, an elaboration) needs them anywhere in its sentence."""

import re

from openline.language.spans import STOPS, sentence_bounds

from .base import Hit
from .internal import (
    INTERNAL_SAID,
    NAME_MARKERS,
    NOTE_STOPWORDS,
    Learned,
    RegisterIndex,
    _hinting,
    _own_words,
    split_note,
)
from .internal import detect as detect_register

WORD = re.compile(r"[^\W\d_]{3,}")
SENTENCE_END = STOPS
NEAR = 4  # words on each side of a match that say its sense
CUES_KEPT = 3  # words on each side a report keeps
NAMED_SPAN = 8  # a finding of more words than this is a sentence said, not a name
CUES_NEEDED = 2  # words of one context beside the match
# Words that mark no sense: function words, in English and German.
_FUNCTION_WORDS = """
    the and for you your yours our ours are was were has had have having will would can could
    just not but all any its it's they them their this that these those with from into onto
    over than then when what who whom how why out off get got one two new now yes very also
    here there been being does did doing too such some more most much many own same via per
    let lets may might must shall should about above after again against before below between
    both down during each few further once only other under until while where which who's
    she her him his hers its itself myself yourself ourselves themselves i'm you're we're
    der die das und ist sind ein eine einen einem einer eines mit für von zum zur den dem des
    auf aus bei wir ihr sie uns euch wie was wer wo noch nicht auch aber oder dass als bis
"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())


def _words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group().casefold()) for m in WORD.finditer(text)]


def note_words(note: str) -> frozenset[str]:
    """The words of a note that say what the item is (as RegisterIndex.build reads them)."""
    meaning = split_note(note)[0]
    return frozenset(
        w for w in re.findall(r"[a-z]{4,}", meaning.casefold()) if w not in NOTE_STOPWORDS
    )


def sentence_span(text: str, start: int, end: int) -> tuple[int, int]:
    """Where the sentence around text[start:end] begins and ends."""
    begins, stops = sentence_bounds(text, start, end, stops=SENTENCE_END, trim=True)
    return begins, max(stops, end)


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    return sentence_bounds(text, start, end, stops=SENTENCE_END)


def cue_words(text: str, start: int, end: int, term: str, note_words: frozenset[str]) -> list[str]:
    """What an accepted "not confidential here" keeps of its sentence: up to three words on
    each side of the match, in the same sentence, that are neither function words nor the
    term's own words, and every word of the term's note the sentence says (the operator saw
    them and still called it ordinary). The exact sentence would teach nothing about the next
    one; the neighbouring words are what marks the sense."""
    begins, stops = _sentence(text, start, end)
    own = _own_words(term)
    note = {w[:5] for w in note_words} - own

    def content(found: list[tuple[int, int, str]]) -> list[str]:
        return [
            w
            for _, _, w in found
            if w not in FUNCTION_WORDS
            and w[:5] not in own
            and w[:5] not in note
            and not INTERNAL_SAID.match(w)
        ]

    if end - start > 80:  # a sentence-long finding: its own words are its context
        before, after = content(_words(text[start:end]))[: CUES_KEPT * 2], []
    else:
        before = content(_words(text[begins:start]))[-CUES_KEPT:]
        after = content(_words(text[end:stops]))[:CUES_KEPT]
    said = [w for _, _, w in _words(text[begins:stops]) if w[:5] in note and w[:5] != "inter"]
    return list(dict.fromkeys(before + after + said))


def said_ordinarily(text: str, start: int, end: int, learned: Learned) -> bool:
    """Whether a match of the term stands beside the cues of one of its accepted ordinary
    uses, in a sentence that does not speak of the item: no hint, no "internal", no register
    marker before it, and no word of the note that the accepted sentence did not say too."""
    begins, stops = _sentence(text, start, end)
    sentence = text[begins:stops]
    lowered = sentence.casefold()
    if INTERNAL_SAID.search(sentence) or _hinting(sentence):
        return False
    note = {w[:5] for w in learned.context} - learned.own
    words = {w[:5] for _, _, w in _words(lowered) if w not in FUNCTION_WORDS} - learned.own
    if len(WORD.findall(text[start:end])) <= NAMED_SPAN:
        before = [w for _, _, w in _words(text[begins:start]) if w not in FUNCTION_WORDS]
        if before and before[-1] in NAME_MARKERS:
            return False  # "Project Kestrel" is the item however it is said
        after = [w for _, _, w in _words(text[end:stops]) if w not in FUNCTION_WORDS]
        near = {w[:5] for w in before[-NEAR:] + after[:NEAR]} - learned.own
    else:
        near = words
    for cues in learned.contexts:
        if words & note - cues:
            continue  # a word of the note this ordinary use did not say: it may be the item
        marks = (near & cues) - note
        # Two of its words, or its only one: a context an operator cut down to one word
        # ("bird") says that word is enough.
        if marks and len(marks) >= min(CUES_NEEDED, len(cues - note)):
            return True
    return False


def detect(text: str, register: RegisterIndex) -> list[Hit]:
    """The register's findings, less the matches operators taught are the ordinary word."""
    return without_ordinary_uses(text, register, detect_register(text, register))


def without_ordinary_uses(text: str, register: RegisterIndex, hits: list[Hit]) -> list[Hit]:
    """The register's hits but those its operators taught are the ordinary word."""
    if not register.learned:
        return hits
    kept = []
    for hit in hits:
        learned = register.learned.get(str(hit.message.params.get("term", "")))
        if learned is not None and said_ordinarily(text, hit.start, hit.end, learned):
            continue
        kept.append(hit)
    return kept
