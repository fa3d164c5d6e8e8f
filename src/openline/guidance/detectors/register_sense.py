"""A register word used ordinarily (register-sense, issue 13): "Heron" on the register as a
code name, and "the Heron pub by the reservoir reopened"; "INC-8840", and "8840 was my house
number, not a ticket". The register matcher finds the word; `ordinary_use` asks the sense head
(language.sense) whether the sentence uses it as the item its note describes, and drops the
match only when the head is confident it does not.

Only a match that can be an ordinary word or number is asked: a single word (or "Project" and a
word), or a bare number. Codes ("PRJ-LANTERN", "INC-8840"), hosts, phrases of several words
and every other way the register check finds an item (hints, paraphrases, retold incidents)
are never judged here. Off with OPENLINE["GUIDANCE_REGISTER_SENSE"] = False, and when the
configured embedder is not the one the head was trained on.
"""

import re
from collections.abc import Callable
from typing import Protocol

from django.conf import settings

from openline.language import sense


class Item(Protocol):
    """What this module reads of a register entry (internal.Entry)."""

    @property
    def category(self) -> str: ...

    @property
    def note(self) -> str: ...


# Hosts and URLs are never ordinary words.
NEVER_JUDGED = frozenset(("internal_host", "internal_url"))

# The head's probability of ordinary use above which a match is dropped: chosen by
# leave-one-writer-out over the read English sets (bench/register_sense.py, bench/README.md
# "register-sense"), so that register recall does not fall by more than noise on any writer.
THRESHOLD = 0.9
CANDIDATE = re.compile(
    r"(?:(?:[Pp]roject|PROJECT|[Oo]peration|[Pp]rojekt)\s+)?[^\W\d_]{3,}|#?\d{3,}"
)


# Part of a longer token: a code's number ("DPB-0377"), a channel ("#newsdesk"), a path.
ATTACHED_BEFORE = re.compile(r"[\w#/_-]$")


def candidate(text: str, start: int, end: int) -> bool:
    """A match that may be an ordinary word or number: one word, or a bare number, standing
    alone (not the end of a code or a channel's name)."""
    return CANDIDATE.fullmatch(text, start, end) is not None and not ATTACHED_BEFORE.search(
        text, max(0, start - 1), start
    )


def enabled() -> bool:
    return bool(settings.OPENLINE.get("GUIDANCE_REGISTER_SENSE", True)) and sense.available()


def ordinary_use(text: str, start: int, end: int, note: str) -> bool:
    """Whether text[start:end], a register match, is the same word used ordinarily."""
    if not candidate(text, start, end) or not enabled():
        return False
    return sense.ordinary_probability(text, start, end, note) >= THRESHOLD


def without_ordinary_uses[E: Item](
    text: str, matches: list[tuple[int, int, E]], meaning: Callable[[str], str]
) -> list[tuple[int, int, E]]:
    """The register's matches in text but those the sense head is sure are ordinary words; the
    head compares the sentence with `meaning(note)`, what the note says the item is (without
    what it says the word means ordinarily: "(a cascade is unrelated)"). A word inside a longer
    match ("Wren" of "Wren score", "Tamar" of "the Tamar deal") is the register's own phrase
    and is kept without asking."""
    if not matches:
        return matches
    longer = [
        (start, end)
        for start, end, entry in matches
        if entry.category in NEVER_JUDGED or not candidate(text, start, end)
    ]
    return [
        (start, end, entry)
        for start, end, entry in matches
        if entry.category in NEVER_JUDGED
        or any(a <= start and end <= b and (a, b) != (start, end) for a, b in longer)
        or not ordinary_use(text, start, end, meaning(entry.note))
    ]
