"""Words that name the same thing in everyday language, for search (community/search.py): a
question about the "WLAN" (German) is a question about the "Wi-Fi". A query word also looks for
its equivalents, so a German question finds the English answers and the other way round.

Shipped here: a short list of general words that mean one thing in German and in English
whatever the product (nothing of any company). An operator adds their own in configuration
(`OPENLINE["SEARCH_SYNONYMS"]`, from OPENLINE_SEARCH_SYNONYMS: groups separated by ";", the
words of a group by ","), such as their products' nicknames. Equivalence goes both ways; a
hyphenated word is read joined ("Wi-Fi" → "wifi", as the search index holds it), and an entry
of several words is searched as a phrase (a query word finds it; the phrase typed does not look
for its equivalents). A compound's parts look for theirs too (community/search.py: "WLAN-Router"
also finds "Wi-Fi router"), one part at a time."""

import functools
import re
from collections.abc import Iterable

__all__ = ["GENERAL", "equivalents"]

# Each group: spellings that mean the same, lower case.
GENERAL: tuple[tuple[str, ...], ...] = (
    ("wifi", "wlan"),  # "WLAN" is the German (and Dutch, Scandinavian) word for Wi-Fi
    ("password", "passwort", "kennwort"),
)

_HYPHENS = re.compile(r"[\-\u2010\u2011]")
_WORDS = re.compile(r"\w+")


def _phrase(text: str) -> tuple[str, ...]:
    """A spelling as search reads it: words, a hyphenated compound joined ("wi-fi" → "wifi")."""
    return tuple(_WORDS.findall(_HYPHENS.sub("", text.lower())))


@functools.lru_cache(maxsize=8)
def _table(groups: tuple[tuple[str, ...], ...]) -> dict[str, tuple[tuple[str, ...], ...]]:
    merged: list[set[tuple[str, ...]]] = []  # groups that share a spelling are one
    for group in groups:
        phrases = {p for p in (_phrase(w) for w in group) if p}
        for other in [m for m in merged if m & phrases]:
            phrases |= other
            merged.remove(other)
        merged.append(phrases)
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrases in merged:
        for key in sorted(phrases):
            if len(key) == 1:
                found = table.setdefault(key[0], [])
                found += [p for p in sorted(phrases) if p != key]
    return {word: tuple(found) for word, found in table.items()}


def equivalents(word: str, configured: Iterable[Iterable[str]] = ()) -> tuple[tuple[str, ...], ...]:
    """The phrases that mean what `word` (one lower-case word, joined) means: ("wlan",) for
    "wifi", ("wifi",) for "wlan"; empty for most words."""
    groups = GENERAL + tuple(tuple(g) for g in configured)
    return _table(groups).get(word, ())
