"""The gates that skip a scan (detectors/gates.py) never skip one that would have matched.

Three things make a gate safe: the literals read out of a pattern are really in every match
(checked on matches generated from every detector pattern), the lowered text holds a
case-blind letter's lower case wherever the pattern matched it (checked against every code
point), and texts with a letter that breaks that are never gated."""

import random
import re
import sys
from collections.abc import Iterator
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest
from detect_secrets.plugins.base import RegexBasedDetector

from openline.guidance.detectors import (
    gates,
    german,
    internal,
    language,
    money,
    personal,
    register_words,
    secrets,
    wording,
)

MODULES = (german, internal, language, money, personal, register_words, secrets, wording)


def _patterns(value: object, depth: int = 0) -> Iterator[re.Pattern[str]]:
    if isinstance(value, re.Pattern):
        if isinstance(value.pattern, str):
            yield value
    elif depth < 3 and isinstance(value, tuple | list):
        for item in value:
            yield from _patterns(item, depth + 1)
    elif depth < 3 and isinstance(value, dict):
        for key, item in value.items():
            yield from _patterns(key, depth + 1)
            yield from _patterns(item, depth + 1)


def detector_patterns() -> list[re.Pattern[str]]:
    """Every compiled pattern the detectors keep, and the detect-secrets plugins'."""
    found: dict[re.Pattern[str], None] = {}
    for module in MODULES:
        for value in vars(module).values():
            found.update(dict.fromkeys(_patterns(value)))
    for plugin in secrets.PLUGINS:
        plugin_class: type[RegexBasedDetector] = plugin
        found.update(dict.fromkeys(_patterns(list(plugin_class.denylist))))  # type: ignore[attr-defined]
    return list(found)


PATTERNS = detector_patterns()
POOL = "aAbBcCeEiIkKnNoOsStTzZ019 -_.,:;/@#'\n" + "äÄßéÉüÜ€"


def _char_of(items: list[tuple[object, object]], rng: random.Random) -> str:
    """A character a class probably accepts (the match is checked afterwards)."""
    negated = any(op is sre.NEGATE for op, _ in items)
    wanted = []
    for op, value in items:
        if op is sre.LITERAL:
            wanted.append(chr(value))  # type: ignore[arg-type]
        elif op is sre.RANGE:
            low, high = value  # type: ignore[misc]
            wanted.append(chr(rng.randint(low, high)))
        elif op is sre.CATEGORY:
            name = str(value)
            if "DIGIT" in name:
                wanted.append("0123456789"[rng.randint(0, 9)])
            elif "SPACE" in name:
                wanted.append(" ")
            elif "WORD" in name:
                wanted.append(rng.choice("abcXYZ_7é"))
    if negated or not wanted or "NOT" in str(items):
        return rng.choice(POOL)
    return rng.choice(wanted)


def _generate(
    items: list[tuple[object, object]], rng: random.Random, blind: bool, groups: dict[int, str]
) -> str:
    """A string the parsed pattern may match: literals in any case where the pattern is
    case-blind, a few repeats, one branch, lookarounds ignored."""
    out: list[str] = []
    for op, value in items:
        if op is sre.LITERAL:
            char = chr(value)  # type: ignore[arg-type]
            out.append(rng.choice((char.lower(), char.upper())) if blind else char)
        elif op is sre.NOT_LITERAL or op is sre.ANY:
            out.append(rng.choice(POOL))
        elif op is sre.IN:
            char = _char_of(value, rng)  # type: ignore[arg-type]
            out.append(rng.choice((char.lower(), char.upper())) if blind else char)
        elif op is sre.SUBPATTERN:
            group, add, remove, inner = value  # type: ignore[misc]
            inner_blind = (blind or bool(add & re.IGNORECASE)) and not remove & re.IGNORECASE
            text = _generate(inner, rng, inner_blind, groups)
            if group:
                groups[group] = text
            out.append(text)
        elif op is sre.ATOMIC_GROUP:
            out.append(_generate(value, rng, blind, groups))  # type: ignore[arg-type]
        elif op is sre.BRANCH:
            out.append(_generate(rng.choice(value[1]), rng, blind, groups))  # type: ignore[index]
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            low, high, inner = value  # type: ignore[misc]
            count = rng.randint(low, min(high, low + 3))
            out.extend(_generate(inner, rng, blind, groups) for _ in range(count))
        elif op is sre.GROUPREF:
            out.append(groups.get(value, ""))  # type: ignore[call-overload]
        elif op is sre.GROUPREF_EXISTS:
            group, yes, no = value  # type: ignore[misc]
            chosen = yes if group in groups else no
            out.append(_generate(chosen, rng, blind, groups) if chosen else "")
    return "".join(out)


def matches_of(pattern: re.Pattern[str], count: int, seed: int) -> list[str]:
    """Texts the pattern matches, generated from it, with prose around some of them."""
    rng = random.Random(seed)
    parsed = _parser.parse(pattern.pattern, pattern.flags)
    blind = bool(parsed.state.flags & re.IGNORECASE)
    found = []
    for _ in range(count):
        text = _generate(list(parsed), rng, blind, {})
        text = rng.choice(("", "Hello. ", "x")) + text + rng.choice(("", " thanks", "."))
        if pattern.search(text):
            found.append(text)
    return found


def test_every_detector_pattern_is_read():
    assert len(PATTERNS) > 400
    gated = [p for p in PATTERNS if gates.gate(p)]
    assert len(gated) > len(PATTERNS) // 2  # most patterns need some literal


@pytest.mark.parametrize("index", range(len(PATTERNS)))
def test_a_gate_never_rules_out_a_text_its_pattern_matches(index):
    pattern = PATTERNS[index]
    texts = matches_of(pattern, 40, seed=index)
    assert all(gates.may_match(pattern, text) for text in texts), gates.gate(pattern)
    for text in texts:
        gated = [(m.span(), m.groups()) for m in gates.finditer(pattern, text)]
        assert gated == [(m.span(), m.groups()) for m in pattern.finditer(text)]


def test_generated_matches_reach_most_gated_patterns():
    """The test above proves little if the generator rarely finds a match."""
    reached = [p for p in PATTERNS if gates.gate(p) and matches_of(p, 10, seed=1)]
    assert len(reached) > 0.8 * len([p for p in PATTERNS if gates.gate(p)])


@pytest.mark.parametrize(
    ("pattern", "clauses"),
    [
        (r"ab*c", [{"a"}, {"c"}]),  # never "ac": b* may stand between
        (r"(?i)\b(?:door|gate)s?\b.*?(?:opens|unlocks)", [{"opens", "unlocks"}, {"door", "gate"}]),
        (r"x{2,3}y", [{"xxy"}, {"x"}]),
        (r"(?i)colou?r", [{"colour", "color"}]),
        (r"(?i)authori[sz]e", [{"authorise", "authorize"}]),
        (r"\d{4}", []),  # nothing literal to test
        (r"(?i:pin|\d{4})", []),  # one branch needs no literal
        (r"(?=code)\w+", []),  # a lookahead's literal is not part of the match
        (r"(?P<q>['\"])\w+(?P=q)", [{"'", '"'}]),  # a small class is a set of literals
        (r"(?i)\bPASS(?:word)?\b", [{"pass"}]),
    ],
)
def test_required_reads_the_literals_every_match_holds(pattern, clauses):
    read = gates.required(re.compile(pattern))
    assert sorted(sorted(c) for c in read) == sorted(sorted(c) for c in clauses)


@pytest.mark.parametrize(
    ("pattern", "strings"),
    [
        (r"(?i)\b(?:password|pin)\b", {"password", "pin"}),
        (r"(?i)\b(?:the )?refund(?:ed)?", {"the ", "refund"}),  # "the " may be left out
        (r"\b(?:our|the) (?:team|staff)", {"our team", "our staff", "the team", "the staff"}),
        (r"(?<!\w)pass\w*word", {"pass"}),  # what follows a run of \w is not read
        (r"(?i)\b(?:schl\u00fcssel\w*|t\u00fcr)", {"schl\u00fcssel", "t\u00fcr"}),
        (r"\d{4} (?:pin|code)", None),  # a digit: too many characters
        (r"(?:the )?\w+ code", None),  # a match may begin with any word
        (r"(?i)\bpin|\d+", None),  # one branch begins with anything
        (r"x?", None),  # a match may be empty
    ],
)
def test_leading_reads_the_strings_every_match_begins_with(pattern, strings):
    assert gates.leading(re.compile(pattern)) == (None if strings is None else frozenset(strings))


def test_a_scouted_scan_finds_what_the_scan_finds_with_its_bounds():
    pattern = re.compile(r"(?i)\b(?:the )?(?:pin|code)s?\b(?<!\bthe pin)")
    assert gates._gated(pattern)[2] is not None  # scouted: it starts with an assertion
    text = "The PIN, pins and codes; the pin, thePin, the code. " * 5  # past SCOUTED_LIMIT
    for pos, endpos in ((0, len(text)), (5, 40), (13, 200), (60, 61)):
        scouted = [(m.span(), m.group()) for m in gates.finditer(pattern, text, pos, endpos)]
        assert scouted == [(m.span(), m.group()) for m in pattern.finditer(text, pos, endpos)]
        first = gates.search(pattern, text, pos, endpos)
        expected = pattern.search(text, pos, endpos)
        assert (first and first.span()) == (expected and expected.span())


def test_a_text_without_the_literals_is_not_scanned_and_one_with_them_is():
    pattern = re.compile(r"(?i)\brefund(?:ed)? (?:in|within) \d+ days")
    assert list(gates.finditer(pattern, "We reply within 3 days.")) == []
    assert not gates.may_match(pattern, "We reply within 3 days.")
    found = gates.finditer(pattern, "REFUNDED within 3 days.")
    assert [m.group() for m in found] == ["REFUNDED within 3 days"]


@pytest.mark.parametrize("odd", ["p\u0130n", "p\u0131n", "\u017f\u0131gn", "\u03a3"])
def test_a_text_with_a_letter_read_as_another_is_never_gated(odd):
    text = f"Use {odd} today"
    assert not gates.draft(text).plain
    assert gates.may_match(re.compile(r"(?i)\bpin\b"), text)
    assert gates.search(re.compile(r"(?i)\bpin\b"), "Use p\u0130n today") is not None


def test_a_declared_literal_gates_a_pattern_the_reading_cannot():
    pattern = gates.needs(re.compile(r"(?i)\b[a-z]{6} (?:by|on) \d+"), "refund", "credit")
    assert pattern.pattern.startswith("(?i)")  # the pattern itself is returned
    assert not gates.may_match(pattern, "Arrive by 9 on Monday")
    assert gates.may_match(pattern, "Refund by 9")


def test_mentions_tests_lowered_literals():
    assert gates.mentions("Please REIMBURSE me", "reimburs", "refund")
    assert not gates.mentions("Please pay me", "reimburs", "refund")
    assert gates.mentions("Please pay me \u0131", "reimburs")  # an odd letter: never ruled out


def test_every_letter_a_gate_can_hold_is_matched_only_by_its_own_lower_case():
    """Every code point a case-blind pattern's letter matches lowers to that letter, or is ODD:
    the reason a substring test on the lowered text is a safe gate."""
    everything = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    letters = {
        lowered for code in range(gates.ALPHABET_END) if (lowered := gates._lower(code)) is not None
    }
    for letter in sorted(letters):
        matched = re.findall("(?i)" + re.escape(letter), everything)
        assert all(c.lower() == letter or c in gates.ODD for c in matched), letter


def test_lowering_keeps_every_other_letter_in_its_place():
    """Outside ODD, a letter lowers to one letter whatever stands around it (the final sigma
    is the only letter `str.lower` reads in context)."""
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        if char in gates.ODD or 0xD800 <= code < 0xE000:
            continue
        lowered = char.lower()
        assert len(lowered) == 1, char
        assert ("A" + char + " ").lower() == "a" + lowered + " ", char


PARTED = [p for p in PATTERNS if gates._gated(p)[3] is not None]


def test_most_patterns_of_alternatives_are_split():
    assert len(PARTED) > 100


@pytest.mark.parametrize("index", range(len(PARTED)))
def test_a_scan_of_the_alternatives_a_text_leaves_finds_what_the_pattern_finds(index):
    """Texts holding matches of some of a pattern's alternatives and none of the others."""
    pattern = PARTED[index]
    parts = gates._gated(pattern)[3]
    assert parts is not None
    rng = random.Random(index)
    alternatives = [re.compile(a, parts.flags) for a in parts.alternatives]
    for _ in range(6):
        chosen = rng.sample(alternatives, min(len(alternatives), rng.randint(1, 2)))
        pieces = [t for a in chosen for t in matches_of(a, 1, seed=rng.randint(0, 9999))]
        text = " and then ".join(pieces) + rng.choice(("", " thanks.", "\n"))
        found = [(m.span(), m.group()) for m in gates.finditer(pattern, text)]
        assert found == [(m.span(), m.group()) for m in pattern.finditer(text)], pattern.pattern
        first = gates.search(pattern, text, 1)
        expected = pattern.search(text, 1)
        assert (first and first.span()) == (expected and expected.span())


def test_only_the_alternatives_whose_literals_the_text_holds_are_scanned():
    pattern = re.compile(r"(?i)\bcalm down\b|\bchill out\b|\b\d+ days\b|\bjust relax")
    parts = gates._gated(pattern)[3]
    assert parts is not None
    narrowed = gates._narrowed(pattern, parts, "Please CHILL OUT, it takes 3 days.")
    assert narrowed is not None
    assert narrowed.pattern == r"\bchill out\b|\b\d+ days\b"
    assert narrowed.flags & re.IGNORECASE
    found = [m.group() for m in gates.finditer(pattern, "Please CHILL OUT, it takes 3 days.")]
    assert found == ["CHILL OUT", "3 days"]
    assert gates._narrowed(pattern, parts, "nothing of the kind") is None
    assert gates._narrowed(pattern, parts, "calm down, chill out, 3 days, just relax") is pattern


def test_a_pattern_with_groups_is_never_split():
    """A left-out alternative would renumber the groups a caller reads."""
    assert gates._gated(re.compile(r"(?P<word>refund)|credit"))[3] is None
    assert gates._gated(re.compile(r"(refund)|credit"))[3] is None
    assert gates._gated(re.compile(r"refund|credit"))[3] is not None


def test_a_pattern_that_needs_a_digit_is_not_scanned_on_a_text_without_one():
    pattern = re.compile(r"\b(?:room|desk)?\s*\d{3,4}\b")  # no literal every match holds
    assert gates.required(pattern) == ()  # the digit is not a literal required() reports
    assert not gates.may_match(pattern, "Please come to the front desk.")
    assert list(gates.finditer(pattern, "Please come to the front desk.")) == []
    assert [m.group() for m in gates.finditer(pattern, "Desk 204, please.")] == [" 204"]


@pytest.mark.parametrize(
    "digits", ["\u0664\u0665\u0666", "\u0967\u0968\u0969", "\uff11\uff12\uff13"]
)
def test_any_decimal_digit_lets_a_digit_pattern_scan(digits):
    """`\\d` matches every decimal digit, not only 0-9 (Arabic-Indic, Devanagari, full-width)."""
    pattern = re.compile(r"\b\d{3}\b")
    assert gates.may_match(pattern, f"Code {digits} today")
    assert [m.group() for m in gates.finditer(pattern, f"Code {digits} today")] == [digits]


def test_a_digit_or_a_word_gates_only_when_both_are_missing():
    pattern = re.compile(r"(?i)\bpin\b|\b\d{4}\b")
    assert not gates.may_match(pattern, "No code was sent.")
    assert gates.may_match(pattern, "Your PIN was sent.")
    assert gates.may_match(pattern, "Sent at 1830.")


DIGIT_GATED = [p for p in PATTERNS if any(gates.DIGIT in c for c in gates._gated(p)[1])]


def test_some_detector_patterns_are_gated_by_a_digit():
    assert len(DIGIT_GATED) > 50


@pytest.mark.parametrize("index", range(len(DIGIT_GATED)))
def test_a_match_with_its_digits_taken_out_is_skipped_only_where_nothing_matches(index):
    """Matches generated from every digit-gated detector pattern, their digits replaced by
    letters or removed: where the gate skips the text, the scan finds nothing either."""
    pattern = DIGIT_GATED[index]
    rng = random.Random(index)
    for text in matches_of(pattern, 20, seed=index):
        for stripped in (
            re.sub(r"\d", "", text),
            re.sub(r"\d", lambda _: rng.choice("oOlIsSzZ"), text),
        ):
            if not gates.may_match(pattern, stripped):
                assert pattern.search(stripped) is None, (pattern.pattern, stripped)
            found = [(m.span(), m.groups()) for m in gates.finditer(pattern, stripped)]
            assert found == [(m.span(), m.groups()) for m in pattern.finditer(stripped)]


def _long_texts() -> list[str]:
    """Texts of 1-3 KB made of matches generated from every detector pattern, in any case."""
    rng = random.Random(7)
    pieces = [text for index, p in enumerate(PATTERNS) for text in matches_of(p, 2, seed=index)]
    rng.shuffle(pieces)
    texts, current = [], ""
    for piece in pieces:
        current += piece + rng.choice((" ", ". ", "\n"))
        if len(current) > rng.randint(1024, 3000):
            texts.append(current)
            current = ""
    return texts


LONG_TEXTS = _long_texts()
GATE_LITERALS = sorted(
    {
        literal
        for p in PATTERNS
        for clauses in (
            gates._gated(p)[1],
            *(gates._gated(p)[3] or gates._Parts((), (), 0)).clauses,
        )
        for clause in clauses
        for literal in clause
        if literal != gates.DIGIT
    }
)


def test_the_scanner_finds_exactly_the_literals_a_long_text_holds():
    """Every literal of every detector pattern's gate, on texts of matches of all of them:
    the scanner's answer is `literal in text`'s."""
    assert len(GATE_LITERALS) > 1000 and len(LONG_TEXTS) > 20
    scanner = gates.Scanner.of(GATE_LITERALS)
    for text in LONG_TEXTS:
        lowered = text.lower()
        found = scanner.found(lowered)
        assert found == {literal: literal in lowered for literal in GATE_LITERALS}


def test_the_scanner_finds_literals_inside_and_at_the_start_of_others():
    scanner = gates.Scanner.of(["pass", "password", "word", "sword", "as", "swords", "or"])
    found = scanner.found("your password, please")
    assert {literal for literal, held in found.items() if held} == {
        "pass", "password", "word", "sword", "as", "or",
    }  # fmt: skip
    assert not any(gates.Scanner.of(["pass"]).found("no such thing").values())


def _gated_on(text: str, scanned_from: int) -> tuple[list[bool], list[list[tuple[int, int]]]]:
    """Every detector pattern's gate decision and matches on the text, with SCANNED_FROM set."""
    gates._recent.clear()
    original, gates.SCANNED_FROM = gates.SCANNED_FROM, scanned_from
    try:
        decided = [gates.may_match(p, text) for p in PATTERNS]
        matched = [[m.span() for m in gates.finditer(p, text)] for p in PATTERNS]
    finally:
        gates.SCANNED_FROM = original
        gates._recent.clear()
    return decided, matched


@pytest.mark.parametrize("index", range(8))
def test_a_long_draft_is_gated_as_a_short_one(index):
    """Each detector pattern on a long text, the scanner's answers against substring tests
    (SCANNED_FROM past the text's length): the same gate decisions, the same matches."""
    text = LONG_TEXTS[index]
    scanned = _gated_on(text, 0)
    assert scanned == _gated_on(text, sys.maxsize)
    assert scanned[1] == [[m.span() for m in p.finditer(text)] for p in PATTERNS]


def test_a_literal_read_after_the_scanner_was_built_is_tested_on_the_text():
    text = "We looked at the ledger again. " * 40  # long enough to be scanned
    gates.scanner()
    pattern = re.compile(r"(?i)\bquokkaphant\b")  # a literal no gate had
    gates._recent.clear()
    assert "quokkaphant" not in gates.scanner().literals
    assert not gates.may_match(pattern, text)
    gates._recent.clear()
    assert gates.may_match(pattern, text + " Quokkaphant!")


def test_a_lowered_copy_of_a_draft_reads_the_answers_found_for_the_draft():
    gates._recent.clear()
    text = "Your Refund is on its way, 3 days."
    assert gates.draft(text).holds("refund")
    assert gates.draft(text.lower()).found is gates.draft(text).found
    assert gates.draft("YOUR REFUND IS ON ITS WAY, 3 DAYS.").found is gates.draft(text).found
    assert (
        gates.draft("Your Refund is on its way, three days.").found is not gates.draft(text).found
    )
