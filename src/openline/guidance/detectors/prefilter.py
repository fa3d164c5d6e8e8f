"""One pass over a draft that tells which of the gated patterns cannot match it at all.

`gates` skips a scan when a pattern's literals are absent; a pattern whose literals are present
is still scanned whole, and most such scans find nothing (on the 2 KB draft ~145 of ~160). Intel
Hyperscan matches every pattern of a set at once in one pass of a text. It cannot be handed the
patterns as written: `re` and Hyperscan differ on Unicode word characters, case-folding,
look-arounds and more. So each pattern is read as `re` parses it and rewritten as a pattern of
BYTES whose language holds every match `re` can find, on a text mapped one character to one byte:

- an ASCII character stays itself; any other becomes WORD (0x80) when `re` reads it as a word
  character ("\\w"), OTHER (0x81) when not (`translated_text`);
- one character of a pattern (a literal, a class, ".") becomes the class of the ASCII bytes it
  matches, found by `re` itself (the element compiled alone with its flags, tried on each of
  the 128), with WORD and OTHER added whenever it might match a character past ASCII (for
  literals and classes of plain ASCII only, not case-blind letters: `re` folds "k" to the
  Kelvin sign, "s" to the long s);
- assertions ("\\b", "^", look-arounds) are left out, possessive and atomic groups read as plain
  ones, a back-reference as any bytes, a conditional as either branch: each only widens;
- sequences, alternatives and repeats stay what they are.

Every match of `re` on a text is then a substring whose image is in the rewritten pattern's
language, so Hyperscan, which reports every pattern with a match anywhere (in prefilter mode it
may report more, never fewer), names it. A pattern it does not name cannot match: no `re` work
is needed. A pattern that cannot be rewritten (bytes or locale patterns, one that may match the
empty string, an unknown node) is not in the database and is always scanned; so is every
pattern when the `hyperscan` package is missing (the product runs the same, only slower).
tests/guidance/test_prefilter.py checks that no pattern `re` matches on the read drafts is left
out.
"""

import importlib
import re
import sys
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

from django.conf import settings


def _optional_hyperscan() -> Any:
    """The `hyperscan` package, or None where it is not installed (every pattern scanned)."""
    try:
        return importlib.import_module("hyperscan")
    except ImportError:
        return None


hyperscan: Any = _optional_hyperscan()

WORD, OTHER = 0x80, 0x81
_BOTH = frozenset({WORD, OTHER})
_NON_ASCII_WORD = re.compile(r"[^\W\x00-\x7f]")  # `re`'s own "\\w", past ASCII
_NON_ASCII_OTHER = re.compile(r"[^\x00-\x7f\w]")
REPEAT_KEPT = 3  # a repeat of more than this many times: "this many or more"
NODE_LIMIT = 60  # a group of more characters (bounded repeats unrolled) is left as any bytes
EXPRESSIONS_LIMIT = 32  # the most expressions one pattern's alternatives are spread into
_ANY_BYTES = "[\\x00-\\xff]*"


class Untranslatable(Exception):
    """A pattern this module does not rewrite: it is always scanned."""


@lru_cache(maxsize=1)
def folds() -> re.Pattern[str]:
    """The characters past ASCII that `re` matches to a case-blind ASCII character (the Kelvin
    sign, the long s, dotted and dotless i), read off `re` itself over every code point."""
    every = "".join(map(chr, range(128, sys.maxunicode + 1)))
    found = sorted(set(re.findall("(?i)[\x00-\x7f]", every)))
    return re.compile("[" + "".join(found) + "]")


def translated_text(text: str) -> bytes | None:
    """The text as the rewritten patterns read it, one byte per character; None for a text
    with a character of `folds()` (a case-blind letter is rewritten as its ASCII cases only)."""
    if text.isascii():
        return text.encode("ascii")
    if folds().search(text):
        return None
    # Every other character first: the text's own U+0080 must become OTHER, not stay as WORD.
    marked = _NON_ASCII_WORD.sub("\x80", _NON_ASCII_OTHER.sub("\x81", text))
    return marked.encode("latin-1")


def _ascii_bytes(op: object, value: Any, flags: int) -> frozenset[int]:
    """The ASCII characters one pattern character matches, as `re` itself reads them."""
    return _ascii_of(op, tuple(value) if op is sre.IN else value, flags)


@lru_cache(maxsize=4096)
def _ascii_of(op: object, value: Any, flags: int) -> frozenset[int]:
    single = _parser.SubPattern(_parser.State(), [(op, list(value) if op is sre.IN else value)])
    compiled = _compiler.compile(single, flags)
    return frozenset(code for code in range(128) if compiled.fullmatch(chr(code)))


def _past_ascii(op: object, value: Any, flags: int) -> frozenset[int]:
    """The marks (WORD, OTHER) of the characters past ASCII one pattern character may match:
    none only where that is certain."""
    blind = bool(flags & re.IGNORECASE)
    if op is sre.LITERAL:
        return _literal_marks(value, blind)
    if op is sre.IN:
        marks: set[int] = set()
        for item, argument in value:
            if item is sre.LITERAL:
                marks |= _literal_marks(argument, blind)
            elif item is sre.RANGE:
                if argument[1] >= 128:
                    return _BOTH
            elif item is sre.CATEGORY and argument in (sre.CATEGORY_DIGIT, sre.CATEGORY_WORD):
                marks.add(WORD)  # every decimal digit is a word character to `re`
            else:  # NEGATE, other categories
                return _BOTH
        return frozenset(marks)
    return _BOTH  # ANY, NOT_LITERAL


def _literal_marks(code: int, blind: bool) -> frozenset[int]:
    if code < 128:  # a case-blind ASCII letter's other cases past ASCII: FOLDS, never in a text
        return frozenset()
    if blind:
        return _BOTH
    return frozenset({WORD if _NON_ASCII_WORD.match(chr(code)) else OTHER})


def _byte_class(members: Iterable[int]) -> str:
    ordered = sorted(members)
    if not ordered:
        raise Untranslatable("a character class that matches nothing")
    if len(ordered) == 1:
        return f"\\x{ordered[0]:02x}"
    runs: list[list[int]] = []
    for code in ordered:
        if runs and runs[-1][1] == code - 1:
            runs[-1][1] = code
        else:
            runs.append([code, code])
    return (
        "["
        + "".join(
            f"\\x{low:02x}" if low == high else f"\\x{low:02x}-\\x{high:02x}" for low, high in runs
        )
        + "]"
    )


_CHARACTER = (sre.LITERAL, sre.NOT_LITERAL, sre.ANY, sre.IN)
_REPEATS = (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT)


_Rewritten = tuple[str, int, int]  # the pattern text, its size, its shortest match


def _sequence(items: Iterable[tuple[object, Any]], flags: int) -> _Rewritten:
    parts = [_item(op, value, flags) for op, value in items]
    return (
        "".join(text for text, _size, _shortest in parts),
        sum(size for _text, size, _shortest in parts),
        sum(shortest for _text, _size, shortest in parts),
    )


def _group(body: _Rewritten, repeat: str = "", times: int = 1) -> _Rewritten:
    """A group of `body` (repeated), or any bytes when it has more than NODE_LIMIT characters
    (Hyperscan's compile time grows fast with them; any bytes only widens)."""
    text, size, shortest = body
    if size > NODE_LIMIT:
        return _ANY_BYTES, 0, 0
    return f"(?:{text}){repeat}", size, shortest * times


def _item(op: object, value: Any, flags: int) -> _Rewritten:
    """The rewritten item, its size (characters of the pattern once bounded repeats unroll)
    and the length of its shortest match."""
    if op in _CHARACTER:
        return _byte_class(_ascii_bytes(op, value, flags) | _past_ascii(op, value, flags)), 1, 1
    if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
        return "", 0, 0  # takes no character: leaving it out only widens
    if op is sre.SUBPATTERN:
        _number, add, remove, inner = value
        return _group(_sequence(inner, (flags | add) & ~remove))
    if op is sre.ATOMIC_GROUP:
        return _group(_sequence(value, flags))
    if op in (sre.BRANCH, sre.GROUPREF_EXISTS):
        if op is sre.BRANCH:
            branches = [_sequence(branch, flags) for branch in value[1]]
        else:  # either way of a conditional
            _number, yes, no = value
            branches = [_sequence(yes, flags), _sequence(no or [], flags)]
        return _group(
            (
                "|".join(text for text, _size, _shortest in branches),
                sum(size for _text, size, _shortest in branches),
                min(shortest for _text, _size, shortest in branches),
            )
        )
    if op in _REPEATS:
        low, high, inner = value
        if high > REPEAT_KEPT:  # a long bounded repeat costs Hyperscan much to compile
            low, high = min(low, REPEAT_KEPT), sre.MAXREPEAT
        bound = "" if high == sre.MAXREPEAT else str(high)
        text, size, shortest = _sequence(inner, flags)
        copies = max(1, high if high != sre.MAXREPEAT else low + 1)
        return _group((text, size * copies, shortest), f"{{{low},{bound}}}", low)
    if op is sre.GROUPREF:
        return _ANY_BYTES, 0, 0
    raise Untranslatable(f"{op} is not read")


def translated(pattern: re.Pattern[str]) -> tuple[bytes, ...] | None:
    """The pattern rewritten for Hyperscan (module docstring), one expression for each of its
    top-level alternatives; None: always scanned (an alternative that may match anywhere)."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    flags = pattern.flags | parsed.state.flags
    found: list[bytes] = []
    try:
        for items in _alternatives(list(parsed), flags):
            text, _size, shortest = _sequence(items, flags)
            if not shortest:  # may match the empty string, or any bytes at all: no use
                return None
            found.append(text.encode("ascii"))
    except (Untranslatable, re.error, RecursionError):
        return None
    return tuple(found)


def _alternatives(
    items: list[tuple[object, Any]], flags: int, limit: int = EXPRESSIONS_LIMIT
) -> list[list[tuple[object, Any]]]:
    """The pattern as alternatives (each an expression of its own): an alternation that would
    be left as any bytes ("(?:a|b)c" past NODE_LIMIT) is spread into "ac" and "bc", at most
    `limit` in all."""
    for at, (op, value) in enumerate(items):
        choices = _choices(op, value)
        if (
            choices is not None
            and len(choices) <= limit
            and _item(op, value, flags)[0] == _ANY_BYTES
        ):
            found: list[list[tuple[object, Any]]] = []
            for choice in choices:
                whole = [*items[:at], *choice, *items[at + 1 :]]
                found.extend(_alternatives(whole, flags, limit // len(choices)))
            return found
    return [items]


def _choices(op: object, value: Any) -> list[list[tuple[object, Any]]] | None:
    """An alternation's ways, each as the items that replace it (a group keeps its flags)."""
    if op is sre.BRANCH:
        return [list(branch) for branch in value[1]]
    if op is sre.SUBPATTERN:
        number, add, remove, inner = value
        inner = list(inner)
        for at, (own, argument) in enumerate(inner):
            if own is sre.BRANCH:
                return [
                    [(sre.SUBPATTERN, (number, add, remove, [*inner[:at], *b, *inner[at + 1 :]]))]
                    for b in argument[1]
                ]
    return None


_FLAGS = 0 if hyperscan is None else hyperscan.HS_FLAG_SINGLEMATCH | hyperscan.HS_FLAG_PREFILTER


def _database(rewritten: list[tuple[bytes, ...]]) -> Any:
    """One database of every expression, each with the index of its pattern."""
    expressions = [x for own in rewritten for x in own]
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(
        expressions=expressions,
        ids=[at for at, own in enumerate(rewritten) for _x in own],
        elements=len(expressions),
        flags=[_FLAGS] * len(expressions),
    )
    return database


@dataclass(slots=True)
class Prefilter:
    """A Hyperscan database of patterns: `possible(text)` gives the indices of those that may
    match the text; `index` maps a pattern's id to its index (the patterns are held here, so
    their ids are not reused while it lives)."""

    patterns: tuple[re.Pattern[str], ...]
    index: dict[int, int]
    database: Any
    _scratch: threading.local = field(default_factory=threading.local)

    @classmethod
    def of(cls, patterns: Iterable[re.Pattern[str]]) -> "Prefilter | None":
        """A database of the patterns that can be rewritten (None: none can, or no Hyperscan).
        Should Hyperscan refuse one rewritten pattern, each is compiled alone to leave it out."""
        if hyperscan is None:
            return None
        folds()  # read here, in the build's thread: ~0.4 s once, not in a check
        rewritten = [(p, x) for p in patterns if (x := _translation(p)) is not None]
        try:
            database = _database([x for _p, x in rewritten]) if rewritten else None
        except hyperscan.error:
            rewritten = [(p, x) for p, x in rewritten if _compiles(x)]
            database = _database([x for _p, x in rewritten]) if rewritten else None
        if database is None:
            return None
        kept = tuple(p for p, _x in rewritten)
        return cls(kept, {id(p): at for at, p in enumerate(kept)}, database)

    def possible(self, text: str) -> frozenset[int] | None:
        """The indices of the patterns that may match `text` (None: any may)."""
        data = translated_text(text)
        if data is None:
            return None
        scratch = getattr(self._scratch, "scratch", None)
        if scratch is None:
            scratch = self._scratch.scratch = hyperscan.Scratch(self.database)
        found: list[int] = []
        self.database.scan(
            data,
            match_event_handler=lambda at, _start, _end, _flags, _context: found.append(at),
            scratch=scratch,
        )
        return frozenset(found)


def _compiles(expressions: tuple[bytes, ...]) -> bool:
    try:
        _database([expressions])
    except hyperscan.error:
        return False
    return True


_translations: dict[int, tuple[re.Pattern[str], tuple[bytes, ...] | None]] = {}


def _translation(pattern: re.Pattern[str]) -> tuple[bytes, ...] | None:
    """`translated(pattern)`, kept by the pattern's id with the pattern."""
    kept = _translations.get(id(pattern))
    if kept is not None and kept[0] is pattern:
        return kept[1]
    rewritten = translated(pattern)
    _translations[id(pattern)] = (pattern, rewritten)
    return rewritten


# The patterns the checks have used, and the database of them built last. A database is built
# in a thread of its own (Hyperscan lets go of the interpreter while it compiles: ~2-4 s for the
# ~450 patterns of a check on this machine) when patterns were added since the last one began;
# until it is ready the checks use the one before, or none. Which patterns a database holds
# never changes a finding: a pattern it does not hold is scanned as before.
WANTED_LIMIT = 4096  # patterns compiled per company, say: the list starts again past this
REBUILD_GROWTH = 32  # patterns added since the last build before another (each costs seconds)
_wanted: dict[int, re.Pattern[str]] = {}
_lock = threading.Lock()


class _Builds:
    current: Prefilter | None = None
    building: threading.Thread | None = None
    built_from = 0  # patterns wanted when the last build began (-1: the list started again)


def enabled() -> bool:
    """Whether the checks use a prefilter: `hyperscan` installed and the setting on (base.py
    sets it; a settings dict without it, as some tests write, leaves the prefilter off)."""
    return (
        hyperscan is not None
        and settings.configured
        and bool(settings.OPENLINE.get("GUIDANCE_PREFILTER", False))
    )


def want(pattern: re.Pattern[str]) -> None:
    """Puts the pattern in the next database."""
    if not enabled():
        return
    with _lock:
        if len(_wanted) >= WANTED_LIMIT:
            _wanted.clear()
            _Builds.built_from = -1
        _wanted[id(pattern)] = pattern


def current() -> Prefilter | None:
    """The database built last (None: none yet); starts a build of every pattern wanted when
    none is under way and none was begun yet, or REBUILD_GROWTH patterns were added since the
    last began (or the list started again). None without `hyperscan`, whatever was built."""
    if hyperscan is None:
        return None
    if _Builds.building is None and _due():
        with _lock:
            if _Builds.building is None and _due():
                patterns = list(_wanted.values())
                _Builds.built_from = len(patterns)
                builder = threading.Thread(target=_build, args=(patterns,), daemon=True)
                _Builds.building = builder
                builder.start()
    return _Builds.current


def _due() -> bool:
    built_from = _Builds.built_from
    if built_from <= 0:
        return bool(_wanted) and (built_from == 0 or len(_wanted) >= REBUILD_GROWTH)
    return len(_wanted) >= built_from + REBUILD_GROWTH


def _build(patterns: list[re.Pattern[str]]) -> None:
    try:
        built = Prefilter.of(patterns)
        if built is not None:
            _Builds.current = built
    finally:
        _Builds.building = None


def wait(timeout: float = 120.0) -> None:
    """Waits for the build under way and those due after it (benchmarks, tests): then the
    database holds every pattern wanted but fewer than REBUILD_GROWTH."""
    for _ in range(3):
        current()
        builder = _Builds.building
        if builder is None:
            return
        builder.join(timeout)


def reset() -> None:
    """Forgets every pattern and database (tests)."""
    wait()
    with _lock:
        _wanted.clear()
        _Builds.current, _Builds.building, _Builds.built_from = None, None, 0
