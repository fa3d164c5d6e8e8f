"""Internal references: the confidential register, matched across case, punctuation, spacing
and a small typo ("Project-Kestrel", "projct kestrel", "ProjectKestrel"); internal hosts and
URLs cover everything under them; extensions match however they are written ("ext. 4471")."""

import re
from dataclasses import dataclass, field

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .base import Hit, trim_trailing

KIND = "internal_reference"
TOKEN = re.compile(r"[^\W_]+")
# Labels are at most 63 characters (as in DNS) and a host starts at a word boundary: without
# both, a long run of letters or digits makes the pattern backtrack quadratically.
HOST_OR_URL = re.compile(
    r"(?i)(?:\b[a-z][a-z0-9+.-]{0,20}://)?(?:[^\s@/:]{1,64}@)?"
    r"(?<![a-z0-9-])(?P<host>(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.){1,10}[a-z][a-z0-9-]{0,62})"
    r"\b(?::\d{1,5})?(?:/[^\s<>\"'`]*)?"
)
HOST_CATEGORIES = {"internal_host", "internal_url"}

CATEGORY_WHY = {
    "code_name": "an internal code name",
    "internal_host": "an internal system",
    "internal_url": "an internal link",
    "extension": "an internal phone extension",
    "recall": "an unannounced recall",
    "supplier": "a confidential supplier",
    "other": "on the confidential register",
}
SUGGESTIONS = {
    "code_name": "Describe it in public terms ('the next thermostat', 'a future update') or "
    "leave it out.",
    "internal_host": "Remove the internal address; link to a public page or describe the step.",
    "internal_url": "Remove the internal link; link to a public page or describe the step.",
    "extension": "Give the public support number instead of an internal extension.",
    "recall": "Do not mention it; ask the product-safety team what may be said in public.",
    "supplier": "Leave the supplier out; say 'our manufacturing partner' if needed.",
    "other": "Leave it out or ask the register's owner what may be said in public.",
}


def squash(text: str) -> str:
    """Lower-case letters and digits only: what survives case, punctuation and spacing."""
    return "".join(TOKEN.findall(text.casefold()))


def allowed_typos(length: int) -> int:
    return 0 if length <= 4 else 1 if length <= 11 else 2


@dataclass(frozen=True, slots=True)
class Entry:
    term: str
    category: str
    note: str
    squashed: str
    digits: str
    tokens: int


@dataclass
class RegisterIndex:
    """The active register, prepared once per change of the register."""

    entries: list[Entry] = field(default_factory=list)
    hosts: list[tuple[str, Entry]] = field(default_factory=list)
    url_prefixes: list[tuple[str, Entry]] = field(default_factory=list)
    extensions: list[tuple[re.Pattern[str], Entry]] = field(default_factory=list)
    longest: int = 0

    @classmethod
    def build(cls, terms: list[tuple[str, str, str]]) -> "RegisterIndex":
        index = cls()
        for term, category, note in terms:
            squashed = squash(term)
            if not squashed:
                continue
            entry = Entry(
                term, category, note, squashed, "".join(c for c in squashed if c.isdigit()),
                len(TOKEN.findall(term)),
            )  # fmt: skip
            index.entries.append(entry)
            index.longest = max(index.longest, len(squashed))
            if category in HOST_CATEGORIES:
                index._add_host(term, entry)
            if category == "extension" and entry.digits:
                pattern = re.compile(
                    rf"(?i)(?<![\w.])(?:x|ext\.?|extn\.?|extension|internal line)\s*[-.:#]?\s*"
                    rf"{entry.digits}(?!\d)"
                )
                index.extensions.append((pattern, entry))
        return index

    def _add_host(self, term: str, entry: Entry) -> None:
        value = term.strip().lower()
        value = re.sub(r"^[a-z][a-z0-9+.-]*://", "", value).rstrip("/")
        host, _, path = value.partition("/")
        if path:
            self.url_prefixes.append((value, entry))
        else:
            self.hosts.append((host.lstrip("."), entry))

    def find(self, text: str) -> list[tuple[int, int, Entry]]:
        if not self.entries:
            return []
        found = self._hosts(text) + self._fuzzy(text)
        for pattern, entry in self.extensions:
            found += [(m.start(), m.end(), entry) for m in pattern.finditer(text)]
        return found

    def _hosts(self, text: str) -> list[tuple[int, int, Entry]]:
        if not (self.hosts or self.url_prefixes):
            return []
        found = []
        for match in HOST_OR_URL.finditer(text):
            host = match.group("host").lower()
            address = re.sub(r"^[a-z][a-z0-9+.-]*://", "", match.group().lower())
            for suffix, entry in self.hosts:
                if host == suffix or host.endswith("." + suffix):
                    found.append((match.start(), trim_trailing(text, *match.span()), entry))
            for prefix, entry in self.url_prefixes:
                if address.startswith(prefix):
                    found.append((match.start(), trim_trailing(text, *match.span()), entry))
        return found

    def _fuzzy(self, text: str) -> list[tuple[int, int, Entry]]:
        tokens = [(m.start(), m.end(), m.group().casefold()) for m in TOKEN.finditer(text)]
        limit = self.longest + 2
        widest = max(entry.tokens for entry in self.entries) + 1
        windows: list[str] = []
        spans: list[tuple[int, int, int]] = []  # start, end, number of tokens
        for first, (start, _, _) in enumerate(tokens):
            joined = ""
            for width, (_, end, token) in enumerate(tokens[first : first + widest], 1):
                joined += token
                if len(joined) > limit:
                    break
                windows.append(joined)
                spans.append((start, end, width))
        found = []
        for entry in self.entries:
            typos = allowed_typos(len(entry.squashed))
            for _, distance, at in process.extract(
                entry.squashed, windows, scorer=Levenshtein.distance, score_cutoff=typos,
                limit=None,
            ):  # fmt: skip
                start, end, width = spans[at]
                if abs(width - entry.tokens) > 1 and distance:
                    continue
                window = windows[at]
                if "".join(c for c in window if c.isdigit()) != entry.digits:
                    continue  # "x4472" is another extension, "T4" another product
                if distance and window[0] != entry.squashed[0]:
                    continue  # typos past the first letter only: "bluefin", not "Luefin"
                found.append((start, end, entry))
        return found


def detect(text: str, register: RegisterIndex) -> list[Hit]:
    hits = []
    for start, end, entry in register.find(text):
        why = CATEGORY_WHY.get(entry.category, CATEGORY_WHY["other"])
        note = f" ({entry.note})" if entry.note else ""
        message = (
            f"“{text[start:end]}” matches “{entry.term}” on the confidential register: "
            f"{why}{note}. It must not appear in public."
        )
        hits.append(
            Hit(KIND, start, end, message, SUGGESTIONS.get(entry.category, SUGGESTIONS["other"]))
        )
    return hits
