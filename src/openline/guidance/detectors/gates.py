"""Cheap tests that rule a regular expression out before it scans a draft.

Most of the check's patterns can only match where the text holds one of a few words: a scan
for "(?i)\\b(?:door|gate)s?\\b … opens with …" needs "door" or "gate", and "opens" or "unlocks".
`required(pattern)` reads those literals out of the pattern itself (its parsed form, as `re`
compiles it) as clauses: every match holds at least one literal of every clause. A substring
test on the lowered draft is ~100 times cheaper than a scan of it, so `finditer(pattern, text)`
and its kin skip the scan when a clause has none of its literals in the text, and give exactly
what the pattern's own method gives otherwise.

Why a test on the lowered text is safe: every literal is lowered; a case-blind pattern's letter
matches a character whose lower case is that letter, with exceptions `re` makes on purpose
(dotless i, U+0131, is "i"; long s, U+017F, is "s"; Greek and Cyrillic variants) and one
letter whose lower case is two characters (dotted capital I, U+0130); `str.lower` also writes
a final sigma as "ς". With any of those in the text (ODD) nothing is ruled out.
tests/guidance/test_gates.py checks every code point.

A gate that passes still leaves a scan of the whole draft, and a pattern that starts with an
assertion or a case-blind letter ("(?i)\\b(?:password|passcode|pin)…") is tried by `re` at
every position. When every match begins with one of a few strings (`leading`), the scan is
done by one plain pattern of those strings on the lowered draft (a fast skip in C), and the
pattern is matched only where one of them begins: `pattern.match(text, p)` sees the text before
p as a scan does (look-behinds, "\\b"), so the matches are the scan's (tests/guidance
test_gates.py compares both on every detector pattern).

A pattern whose literals the reading misses (they sit in a character class, say) can declare
them: `needs(re.compile(...), "refund", "reimburs")` returns the pattern itself, so tables and
their types stay as they are. A family can gate a whole block the same way:
`if mentions(text, "refund", "reimburs"):`.
"""

import itertools
import re
import sys
import threading
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from re import _compiler, _parser  # type: ignore[attr-defined]
from re import _constants as sre  # type: ignore[attr-defined]
from typing import Any

from . import prefilter, starts

# Letters a case-blind pattern matches though their lower case is not the pattern's letter
# (re._casefix's extra cases), the one whose lower case is two characters, and the capital
# sigma (lowered to "ς" at a word's end).
ODD = frozenset(
    "\u0130\u0131\u017f\u00b5\u0345\u0390\u03b0\u03b2\u03b5\u03b8\u03b9\u03ba\u03bc\u03c0\u03c1"
    "\u03c2\u03c3\u03c6\u03a3\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u0432\u0434\u043e\u0441"
    "\u0442\u044a\u0463\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85\u1c86\u1c87\u1c88\u1e61\u1e9b\u1fbe"
    "\u1fd3\u1fe3\ua64b\ufb05\ufb06"
)
_ODD_CHAR = re.compile("[" + "".join(sorted(ODD)) + "]")

ALPHABET_END = 0x530  # Latin with every accent, Greek, Cyrillic
EXACT_LIMIT = 64  # the most strings an exact set keeps before it is given up
CLAUSE_LIMIT = 200  # the most literals one clause keeps
CLASS_LIMIT = 12  # a character class of at most this many letters is a set of literals
CLAUSES_KEPT = 3
GATES_KEPT = 4096
LEADING_LIMIT = 256  # the most strings a scout looks for
SCOUTED_SHORTEST = 2  # a scout for single letters stops too often to pay
SCOUTED_LIMIT = 12  # the most places a scout proposes before the rest is scanned as it is


@dataclass(frozen=True, slots=True)
class _Info:
    """What a piece of a pattern matches: `exact`, every string it can match (None: too many
    to list), and `clauses`, sets one of which every match contains."""

    exact: frozenset[str] | None
    clauses: tuple[frozenset[str], ...]


_ANYTHING = _Info(None, ())
_EMPTY = _Info(frozenset({""}), ())
# A digit ("\\d": any of Unicode's decimal digits) as a clause's literal: no lowered literal can
# hold this character (_lower gives none past ALPHABET_END), and every Draft holds its answer,
# whether the text has a digit, from the start. Half the drafts have none, and some hundred of
# the detectors' patterns need one (numbers, codes, dates, postcodes) and no word.
DIGIT = "\uffff"
_A_DIGIT = _Info(None, (frozenset({DIGIT}),))
_DIGIT = re.compile(r"\d")  # as "\\d" reads a text: every decimal digit, not only 0-9


def _lower(code: int) -> str | None:
    """A pattern's letter as the lowered text holds it; None for letters outside the checked
    alphabet (tests/guidance/test_gates.py reads every one of them against every code point)."""
    if code >= ALPHABET_END or chr(code) in ODD:
        return None
    lowered = chr(code).lower()
    return lowered if len(lowered) == 1 and lowered not in ODD else None


def _useful(clause: frozenset[str]) -> frozenset[str] | None:
    """A clause without the strings that hold another of its strings (they add nothing);
    None when it can never rule anything out (it holds "") or is too long to test."""
    if "" in clause or len(clause) > CLAUSE_LIMIT:
        return None
    kept = frozenset(s for s in clause if not any(o != s and o in s for o in clause))
    return kept


def _strength(clause: frozenset[str]) -> tuple[int, int]:
    return (min(len(s) for s in clause), -len(clause))


def _best(clauses: list[frozenset[str]]) -> tuple[frozenset[str], ...]:
    # The clause's own strings break ties, so the kept clauses do not depend on the hash seed.
    unique = sorted(set(clauses), key=lambda c: (_strength(c), sorted(c)), reverse=True)
    return tuple(unique[:CLAUSES_KEPT])


def _product(left: frozenset[str] | None, right: frozenset[str] | None) -> frozenset[str] | None:
    if left is None or right is None or len(left) * len(right) > EXACT_LIMIT:
        return None
    return frozenset(a + b for a in left for b in right)


def _sequence(items: list[_Info]) -> _Info:
    clauses: list[frozenset[str]] = []
    run: frozenset[str] | None = frozenset({""})
    exact: frozenset[str] | None = frozenset({""})
    for item in items:
        clauses.extend(item.clauses)
        exact = _product(exact, item.exact)
        joined = _product(run, item.exact)
        if joined is None:  # the literal run ends here
            if run is not None and (useful := _useful(run)):
                clauses.append(useful)
            run = item.exact
        else:
            run = joined
    if run is not None and (useful := _useful(run)):
        clauses.append(useful)
    if exact is not None and (useful := _useful(exact)):
        clauses.append(useful)
    return _Info(exact, _best(clauses))


def _branch(branches: list[_Info]) -> _Info:
    exact: frozenset[str] | None = frozenset()
    for info in branches:
        exact = None if exact is None or info.exact is None else exact | info.exact
        if exact is not None and len(exact) > EXACT_LIMIT:
            exact = None
    clause: frozenset[str] | None = frozenset()
    for info in branches:
        own = info.clauses[0] if info.clauses else None
        clause = None if clause is None or own is None else clause | own
    clauses = [useful] if clause is not None and (useful := _useful(clause)) else []
    if exact is not None and (useful := _useful(exact)):
        clauses.append(useful)
    return _Info(exact, _best(clauses))


def _repeat(low: int, high: int, info: _Info) -> _Info:
    exact: frozenset[str] | None = None
    if info.exact == _EMPTY.exact:
        exact = info.exact
    elif info.exact is not None and high <= 3:
        power: frozenset[str] | None = frozenset({""})
        exact = frozenset()
        for count in range(high + 1):
            if count >= low:
                exact = None if power is None or exact is None else exact | power
            power = _product(power, info.exact)
        if exact is not None and len(exact) > EXACT_LIMIT:
            exact = None
    if low == 0:
        return _Info(exact, ())
    clauses = list(info.clauses)
    if info.exact is not None and (useful := _useful(info.exact)):
        clauses.append(useful)
    return _Info(exact, _best(clauses))


def _class(items: list[tuple[object, Any]]) -> _Info:
    if items and all(op is sre.CATEGORY and value is sre.CATEGORY_DIGIT for op, value in items):
        return _A_DIGIT  # "\\d", "[\\d]"
    chars: set[str] = set()
    for op, value in items:
        if op is sre.LITERAL:
            codes = [value]
        elif op is sre.RANGE:
            low, high = value
            if high - low >= CLASS_LIMIT:
                return _ANYTHING
            codes = list(range(low, high + 1))
        else:  # NEGATE, CATEGORY: too many characters
            return _ANYTHING
        for code in codes:
            lowered = _lower(code)
            if lowered is None:
                return _ANYTHING
            chars.add(lowered)
    if len(chars) > CLASS_LIMIT:
        return _ANYTHING
    exact = frozenset(chars)
    return _Info(exact, ())


def _read(pattern: Iterable[tuple[object, Any]]) -> _Info:
    items: list[_Info] = []
    for op, value in pattern:
        if op is sre.LITERAL:
            lowered = _lower(value)
            items.append(_ANYTHING if lowered is None else _Info(frozenset({lowered}), ()))
        elif op is sre.IN:
            items.append(_class(value))
        elif op is sre.SUBPATTERN:
            _group, add, remove, inner = value
            if (add | remove) & re.LOCALE:
                return _ANYTHING
            items.append(_read(inner))
        elif op is sre.ATOMIC_GROUP:
            items.append(_read(value))
        elif op is sre.BRANCH:
            items.append(_branch([_read(branch) for branch in value[1]]))
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, inner = value
            items.append(_repeat(low, high, _read(inner)))
        elif op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            items.append(_EMPTY)  # takes no characters of the match
        else:  # ANY, NOT_LITERAL, GROUPREF, GROUPREF_EXISTS, CATEGORY: anything
            items.append(_ANYTHING)
    return _sequence(items)


_ZERO_WIDTH = (sre.AT, sre.ASSERT, sre.ASSERT_NOT)


def _leading(items: Iterable[tuple[object, Any]]) -> frozenset[str] | None:
    """Lowered strings one of which every match of a parsed sequence begins with (None: no
    such strings could be read, or a match may be empty)."""
    items = list(items)
    run: frozenset[str] | None = frozenset({""})
    for at, (op, value) in enumerate(items):
        if op in _ZERO_WIDTH:
            continue  # takes no characters: the strings so far still begin every match
        exact = _read([(op, value)]).exact
        if exact is not None and "" not in exact:
            joined = _joined(run, exact)
            if joined is None:
                break
            run = joined
            continue
        own = _opening(op, value)
        if exact is not None or _optional(op, value):
            # The item may take nothing ("(?:the )?refund"): a match begins with what it takes
            # or with what follows it.
            taken = exact - {""} if exact is not None else own
            rest = _leading(items[at + 1 :])
            if not taken or rest is None:
                return None if "" in (run or {""}) else _bounded(run)
            return _bounded(_joined(run, taken | rest))
        joined = _joined(run, own)  # the item's own beginnings end the run
        run = joined if joined is not None else run
        break
    return _bounded(run)


def _joined(run: frozenset[str] | None, then: frozenset[str] | None) -> frozenset[str] | None:
    """Each string of `run` followed by each of `then` (None: too many, or unknown)."""
    return then if run == _EMPTY.exact else _product(run, then)


def _optional(op: object, value: Any) -> bool:
    return op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT) and value[0] == 0


def _bounded(found: frozenset[str] | None) -> frozenset[str] | None:
    if found is None or "" in found or len(found) > LEADING_LIMIT:
        return None
    return found


def _opening(op: object, value: Any) -> frozenset[str] | None:
    """The strings every match of one item begins with, for an item that is not exact."""
    if op is sre.BRANCH:
        branches = [_leading(branch) for branch in value[1]]
        if any(branch is None for branch in branches):
            return None
        union = frozenset[str]().union(*branches)  # type: ignore[arg-type]
        return union if len(union) <= LEADING_LIMIT else None
    if op is sre.SUBPATTERN:
        _group, add, remove, inner = value
        return None if (add | remove) & re.LOCALE else _leading(inner)
    if op is sre.ATOMIC_GROUP:
        return _leading(value)
    if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
        return _leading(value[2])  # of one repetition (the caller knows whether there may be none)
    return None


def leading(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """Lowered strings one of which every match of the pattern begins with (on a text without
    ODD letters), the shortest that cover them; None when they cannot be read."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return None
    found = _leading(_parser.parse(pattern.pattern, pattern.flags))
    if found is None:
        return None
    return frozenset(s for s in found if not any(o != s and s.startswith(o) for o in found))


def _skips_itself(pattern: re.Pattern[str]) -> bool:
    """Whether `re` finds the pattern's start by itself (a literal prefix or a set of first
    characters, searched in C): a scout would only add work."""
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    flags = parsed.state.flags | pattern.flags
    prefix, _skip, _all = _compiler._get_literal_prefix(parsed, flags)
    return bool(prefix) or bool(_compiler._get_charset_prefix(parsed, flags))


def _scout(pattern: re.Pattern[str]) -> re.Pattern[str] | None:
    """One plain pattern for the strings the pattern's matches begin with, or None when the
    pattern is better scanned as it is."""
    found = leading(pattern)
    if not found or min(len(s) for s in found) < SCOUTED_SHORTEST or _skips_itself(pattern):
        return None
    return re.compile(_trie(sorted(found)))


def _trie(strings: list[str]) -> str:
    """A pattern for sorted strings (none the beginning of another) with their common
    beginnings shared, "pass(?:code|word)|pin": `re` tries one branch per next character, not
    every string at every place."""
    if len(strings) == 1:
        return re.escape(strings[0])
    first, last = strings[0], strings[-1]  # sorted: what these two share, all share
    shared = 0
    while first[shared] == last[shared]:  # neither begins the other: they differ somewhere
        shared += 1
    if shared:
        return re.escape(first[:shared]) + f"(?:{_trie([s[shared:] for s in strings])})"
    return "|".join(
        _trie(list(group)) for _first, group in itertools.groupby(strings, key=lambda s: s[0])
    )


def required(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """Clauses of lowered literals: every match of the pattern holds one literal of each (on a
    text without ODD letters). Empty when the pattern needs no literal that could be read."""
    return tuple(clause for clause in _required(pattern) if DIGIT not in clause)


def _required(pattern: re.Pattern[str]) -> tuple[frozenset[str], ...]:
    """As required(), with DIGIT standing for any digit in a clause ("pin|\\d{4}")."""
    if not isinstance(pattern.pattern, str) or pattern.flags & re.LOCALE:
        return ()
    return _read(_parser.parse(pattern.pattern, pattern.flags)).clauses


_declared: dict[re.Pattern[str], tuple[frozenset[str], ...]] = {}
# Kept by the pattern's id with the pattern itself (an id is not reused while the pattern is
# held here): hashing a compiled pattern hashes all of its code, ~3 µs for a long one, on every
# look-up.
_Gated = tuple[
    re.Pattern[str], tuple[tuple[str, ...], ...], re.Pattern[str] | None, "_Parts | None"
]
_gates: dict[int, _Gated] = {}
_gates_lock = threading.Lock()


def needs[P: re.Pattern[str]](pattern: P, *literals: str) -> P:
    """Declares that every match of `pattern` holds one of `literals` (any case); returns the
    pattern itself. For literals `required` cannot read out of the pattern."""
    clause = frozenset(literal.lower() for literal in literals)
    with _gates_lock:
        _declared[pattern] = (*_declared.get(pattern, ()), clause)
        _gates.pop(id(pattern), None)
    return pattern


_PIECE = re.compile(r"[^\W_]{4,}")
TESTED_LIMIT = 40  # the most literals one gate tests: a longer list costs more than the scan


def _cheap(clause: frozenset[str]) -> frozenset[str] | None:
    """A clause to test instead, with fewer literals: words of the literals that cover them
    all, the most shared first ("refund" for "full refund" and "refund you"). A word of a literal
    is in every text that holds the literal, so the clause stays true of every match."""
    chosen = {literal for literal in clause if not _PIECE.search(literal)}
    left = {literal: set(_PIECE.findall(literal)) for literal in clause if literal not in chosen}
    while left:
        counts: dict[str, int] = {}
        for words in left.values():
            for word in words:
                counts[word] = counts.get(word, 0) + 1
        word = max(counts, key=lambda w: (counts[w], len(w), w))
        chosen.add(word)
        left = {literal: words for literal, words in left.items() if word not in words}
    cheap = _useful(frozenset(chosen))
    return cheap if cheap is not None and len(cheap) <= TESTED_LIMIT else None


def _cost(clause: tuple[str, ...]) -> tuple[int, int]:
    return (-min(4, min(len(s) for s in clause)), len(clause))


def gate(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """The clauses tested before a scan: the cheapest (fewest literals of four letters or
    more) first."""
    return _gated(pattern)[1]


def _gated(pattern: re.Pattern[str], asked: bool = True) -> _Gated:
    """The pattern, its gate's clauses, its scout and its top-level alternatives' gates, read
    once per pattern. A pattern a detector asks about (`asked`; not the narrowed ones made here
    per text) goes in the prefilter's next database."""
    kept = _gates.get(id(pattern))
    if kept is not None and kept[0] is pattern:
        return kept
    if asked:
        prefilter.want(pattern)
    found = _clauses(pattern, _declared.get(pattern, ()))
    parts = _parts(pattern)
    kept = (pattern, found, _scout(pattern), parts)
    tested = [*found, *(clause for own in (parts.clauses if parts else ()) for clause in own)]
    with _gates_lock:
        if len(_gates) > GATES_KEPT:  # patterns compiled per company, say
            _gates.clear()
        _gates[id(pattern)] = kept
        if len(_literals) > LITERALS_KEPT:
            _literals.clear()
        _literals.update(dict.fromkeys(s for clause in tested for s in clause if s != DIGIT))
    return kept


def _clauses(
    pattern: re.Pattern[str], declared: tuple[frozenset[str], ...] = ()
) -> tuple[tuple[str, ...], ...]:
    tested = []
    for clause in (*declared, *_required(pattern)):
        cheap = _cheap(clause)
        if cheap:
            tested.append(tuple(sorted(cheap, key=lambda s: (-len(s), s))))
    # Ties of cost broken by the clause itself: a set's order changes with each process's hash
    # seed, and so did which clauses were kept (any is a sound gate, but a gate should not
    # depend on the process: the tests' count of digit-gated patterns moved between runs).
    return tuple(sorted(set(tested), key=lambda clause: (_cost(clause), clause)))[:CLAUSES_KEPT]


@dataclass(frozen=True, slots=True)
class _Parts:
    """A pattern's top-level alternatives ("a|b|c") and the gate of each. An alternative whose
    gate fails on a text matches nowhere in it, and `re` tries a pattern's alternatives in turn
    at each position and takes the first that matches: the pattern of the others alone finds
    the same matches there, without trying the absent ones at every position."""

    alternatives: tuple[str, ...]
    clauses: tuple[tuple[tuple[str, ...], ...], ...]
    flags: int


_GLOBAL_FLAGS = re.compile(r"^(?:\(\?[aiLmsux]+\))+")
PARTS_KEPT = 4096  # patterns of the alternatives a text leaves
_parted: dict[tuple[int, tuple[bool, ...]], tuple[re.Pattern[str], re.Pattern[str] | None]] = {}


def _parts(pattern: re.Pattern[str]) -> _Parts | None:
    """None for a pattern with groups (a caller reads them by number or name, and a left-out
    alternative would renumber them), verbose ones, and ones whose alternatives cannot be read
    with certainty ("[]…]" opens a class with "]")."""
    source = pattern.pattern
    if (
        not isinstance(source, str)
        or pattern.groups
        or pattern.flags & (re.VERBOSE | re.LOCALE)
        or "[]" in source
        or "[^]" in source
    ):
        return None
    alternatives = tuple(starts.alternatives(_GLOBAL_FLAGS.sub("", source)))
    if len(alternatives) < 2:
        return None
    try:
        clauses = tuple(_clauses(re.compile(a, pattern.flags)) for a in alternatives)
    except re.error:  # not split where `re` splits it
        return None
    if not any(clauses):  # an alternative that needs no literal is never left out
        return None
    return _Parts(alternatives, clauses, pattern.flags)


def _narrowed(pattern: re.Pattern[str], parts: _Parts, text: str) -> re.Pattern[str] | None:
    """The pattern of the alternatives whose gates pass on `text` (the pattern itself when all
    do; None when none does)."""
    kept = tuple(_passes(clauses, text) for clauses in parts.clauses)
    if all(kept):
        return pattern
    key = (id(pattern), kept)
    found = _parted.get(key)
    if found is not None and found[0] is pattern:
        return found[1]
    alternatives = [a for a, keep in zip(parts.alternatives, kept, strict=True) if keep]
    narrowed = re.compile("|".join(alternatives), parts.flags) if alternatives else None
    with _gates_lock:
        if len(_parted) > PARTS_KEPT:
            _parted.clear()
        _parted[key] = (pattern, narrowed)
    return narrowed


@dataclass(frozen=True, slots=True)
class Draft:
    """What every gate reads of a text, computed once per text."""

    text: str
    lowered: str
    plain: bool  # no ODD letter: a substring test on `lowered` is a safe gate
    found: dict[str, bool]  # literals tested so far: many patterns share theirs
    # The prefilter's database and the patterns it says may match, read on the first scan
    # asked for and again when a newer database is ready: [(database, indices or None)].
    prefiltered: list[tuple["prefilter.Prefilter", frozenset[int] | None]]

    def holds(self, literal: str) -> bool:
        held = self.found.get(literal)
        if held is None:
            held = self.found[literal] = literal in self.lowered
        return held


RECENT = 8  # texts kept: a check reads the draft, its lowered form and a few windows of it
_recent: dict[str, Draft] = {}
_recent_lock = threading.Lock()

# A long draft's gates test a thousand literals or more, each a substring search of the whole
# lowered text (~1 µs on 2 KB). From this length on, one scan in C finds every literal of the
# gates read so far (`Scanner`) and the gates read its answers; a literal it does not know (a
# gate read since) is tested as before.
SCANNED_FROM = 1024
RESCAN_GROWTH = 64  # new literals before the scanner is built again (~0.2 s for ~2,000)
LITERALS_KEPT = 16384
_literals: dict[str, None] = {}  # every literal of the gates read, in the order first read


@dataclass(frozen=True, slots=True)
class Scanner:
    """Finds which of `literals` a lowered text holds, in one scan: at each position a
    look-ahead of their trie takes the longest literal that begins there (a string's characters
    choose one path through the trie, and a greedy optional group tries the longer way first),
    and every literal that begins that one (`within`) begins there too. Each literal is found
    at each place it begins, so the answers are `literal in text`'s (test_gates.py)."""

    literals: frozenset[str]
    pattern: re.Pattern[str]
    within: dict[str, tuple[str, ...]]  # each literal: the literals it begins with, itself too
    absent: dict[str, bool]  # every literal: False

    @classmethod
    def of(cls, literals: Iterable[str]) -> "Scanner":
        kept = frozenset(s for s in literals if s)
        trie: dict[str, Any] = {}
        for literal in kept:
            node = trie
            for char in literal:
                node = node.setdefault(char, {})
            node[""] = {}  # a literal ends here
        within = {
            literal: tuple(literal[:n] for n in range(1, len(literal) + 1) if literal[:n] in kept)
            for literal in kept
        }
        pattern = re.compile(f"(?=({_trie_pattern(trie)}))") if kept else re.compile("(?!)")
        return cls(kept, pattern, within, dict.fromkeys(kept, False))

    def found(self, lowered: str) -> dict[str, bool]:
        """Every literal, True where the text holds it."""
        found = dict(self.absent)
        within = self.within
        for longest in set(self.pattern.findall(lowered)):
            found.update(dict.fromkeys(within[longest], True))
        return found


def _trie_pattern(node: dict[str, Any]) -> str:
    branches = [
        re.escape(char) + _trie_pattern(rest) for char, rest in sorted(node.items()) if char
    ]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{body})?" if "" in node else body


_scanner: Scanner | None = None


def scanner() -> Scanner:
    """A Scanner of the gates' literals, built again once RESCAN_GROWTH more were read."""
    global _scanner
    found = _scanner
    if found is None or len(_literals) >= len(found.literals) + RESCAN_GROWTH:
        with _gates_lock:
            literals = list(_literals)
        found = _scanner = Scanner.of(literals)
    return found


def draft(text: str) -> Draft:
    """The text's `Draft`, computed once for each of the last few texts. Kept by value: the
    detectors lower the draft each on their own, and every copy finds the same `Draft`."""
    found = _recent.get(text)
    if found is not None:
        return found
    plain = text.isascii() or _ODD_CHAR.search(text) is None
    lowered, digit = text.lower(), _DIGIT.search(text) is not None
    # Whether a literal is in the lowered text depends on that text alone: a detector that
    # lowers the draft itself and asks about the copy (every word lower case already) reads
    # the answers the draft's own gates found, and adds its own for the draft's.
    answers = next(
        (
            kept.found
            for kept in list(_recent.values())
            if kept.lowered == lowered and kept.found[DIGIT] is digit
        ),
        None,
    )
    if answers is None:
        answers = scanner().found(lowered) if len(text) >= SCANNED_FROM else {}
        answers[DIGIT] = digit
    found = Draft(text, lowered, plain, answers, [])
    with _recent_lock:
        while len(_recent) >= RECENT:
            del _recent[next(iter(_recent))]
        _recent[text] = found
    return found


def mentions(text: str, *literals: str) -> bool:
    """Whether the text may hold one of `literals` in any case (lowered literals; always true
    when the text holds an ODD letter)."""
    seen = draft(text)
    return not seen.plain or any(seen.holds(literal.lower()) for literal in literals)


def _ruled_out(pattern: re.Pattern[str], text: str) -> bool:
    """Whether the prefilter's one pass over the text found the pattern cannot match it."""
    database = prefilter.current()
    if database is None:
        return False
    seen = draft(text)
    answer = seen.prefiltered[0] if seen.prefiltered else None
    if answer is None or answer[0] is not database:
        answer = (database, database.possible(text))
        seen.prefiltered[:] = [answer]
    at = database.index.get(id(pattern))
    return at is not None and answer[1] is not None and at not in answer[1]


def may_match(pattern: re.Pattern[str], text: str) -> bool:
    return _passes(_gated(pattern)[1], text)


def _passes(clauses: tuple[tuple[str, ...], ...], text: str) -> bool:
    if not clauses:
        return True
    seen = draft(text)
    if not seen.plain:
        return True
    found, lowered = seen.found, seen.lowered
    for clause in clauses:
        for literal in clause:
            held = found.get(literal)
            if held is None:  # Draft.holds, inline: this loop runs ~700 times a check
                held = found[literal] = literal in lowered
            if held:
                break
        else:
            return False
    return True


def finditer(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int = sys.maxsize
) -> Iterator[re.Match[str]]:
    """`pattern.finditer(text, pos, endpos)`, without the scan when it cannot match, and only
    where a match can begin when the pattern has a scout."""
    _pattern, clauses, scout, parts = _gated(pattern)
    if not _passes(clauses, text) or _ruled_out(pattern, text):
        return iter(())
    if parts is not None and (narrowed := _narrowed(pattern, parts, text)) is not pattern:
        if narrowed is None:
            return iter(())
        pattern, scout = narrowed, _gated(narrowed, asked=False)[2]
    if scout is None or not (seen := draft(text)).plain:
        return pattern.finditer(text, pos, endpos)
    return _scouted(pattern, scout, text, seen.lowered, pos, endpos)


def _scouted(
    pattern: re.Pattern[str], scout: re.Pattern[str], text: str, lowered: str, pos: int,
    endpos: int,
) -> Iterator[re.Match[str]]:  # fmt: skip
    """The matches a scan finds: a scan tries each position in turn and goes on after a match's
    end (never empty: every match begins with one of the scout's strings). A draft where the
    strings begin often (SCOUTED_LIMIT places) is scanned from there on as it is: no position
    before `at` begins a match the scan would find."""
    at, end = pos, min(endpos, len(text))
    for _ in range(SCOUTED_LIMIT):
        begins = scout.search(lowered, at, end)
        if begins is None:
            return
        match = pattern.match(text, begins.start(), endpos)
        if match is None:
            at = begins.start() + 1
        else:
            yield match
            at = match.end()
    yield from pattern.finditer(text, at, endpos)


def search(
    pattern: re.Pattern[str], text: str, pos: int = 0, endpos: int = sys.maxsize
) -> re.Match[str] | None:
    """`pattern.search(text, pos, endpos)`, without the scan when it cannot match, and only
    where a match can begin when the pattern has a scout."""
    _pattern, clauses, scout, parts = _gated(pattern)
    if not _passes(clauses, text) or _ruled_out(pattern, text):
        return None
    if parts is not None and (narrowed := _narrowed(pattern, parts, text)) is not pattern:
        if narrowed is None:
            return None
        pattern, scout = narrowed, _gated(narrowed, asked=False)[2]
    if scout is None or not (seen := draft(text)).plain:
        return pattern.search(text, pos, endpos)
    return next(_scouted(pattern, scout, text, seen.lowered, pos, endpos), None)
