"""The prefilter (detectors/prefilter.py) never rules out a pattern `re` would match.

Its rewrite of a pattern must accept every match `re` finds, read through the text's one byte
per character: checked on matches generated from every detector pattern, on read drafts in
English and German, and on texts whose letters `re` reads its own way (other scripts' digits
and word characters, the Kelvin sign, the long s). Without the `hyperscan` package, or with the
setting off, nothing is ruled out and the scans are the same."""

import json
import re
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

import pytest

from openline.guidance.detectors import gates, prefilter

from .test_gates import PATTERNS, matches_of

pytest.importorskip("hyperscan")

EVAL = Path(__file__).resolve().parents[2] / "bench" / "eval" / "guidance"
READ_SETS = ("dev", "holdout10", "holdout20", "de", "de10", "de20")
DRAFTS_PER_SET = 20


# Hyperscan's compile time grows faster than the number of patterns: the ~900 rewritten detector
# patterns took ~40 s of CPU as one database and ~12 s as databases of 50 (session 34). What a
# pattern may match does not depend on the others in its database, so pieces answer the same.
PIECE = 50


@dataclass
class Pieces:
    """Every detector pattern, in prefilter databases of `PIECE` patterns, read as one."""

    parts: list[prefilter.Prefilter]

    @cached_property
    def patterns(self) -> tuple[re.Pattern[str], ...]:
        return tuple(pattern for part in self.parts for pattern in part.patterns)

    def possible(self, text: str) -> frozenset[int] | None:
        found: set[int] = set()
        offset = 0
        for part in self.parts:
            possible = part.possible(text)
            if possible is None:
                return None  # the text cannot be read byte for byte: the same for every part
            found.update(offset + at for at in possible)
            offset += len(part.patterns)
        return frozenset(found)


@pytest.fixture(scope="module")
def database() -> Pieces:
    """Every detector pattern (~12 s of CPU to build)."""
    parts = [
        prefilter.Prefilter.of(PATTERNS[at : at + PIECE]) for at in range(0, len(PATTERNS), PIECE)
    ]
    kept = [part for part in parts if part is not None]  # a piece none of whose patterns rewrite
    assert kept
    return Pieces(kept)


def _read_drafts() -> list[str]:
    texts = []
    for name in READ_SETS:
        lines = (EVAL / f"drafts_{name}.jsonl").read_text().splitlines()
        texts += [json.loads(line)["text"] for line in lines[:DRAFTS_PER_SET] if line.strip()]
    return texts


def _left_out_but_matched(database: prefilter.Prefilter | Pieces, texts: list[str]) -> list[str]:
    wrong = []
    for text in texts:
        possible = database.possible(text)
        if possible is None:
            continue
        wrong += [
            f"{pattern.pattern[:60]!r} on {text[:40]!r}"
            for at, pattern in enumerate(database.patterns)
            # `gates.search` is the pattern's own search (tests/guidance/test_gates.py), its
            # gates and scouts included, with no prefilter under pytest: far faster than `re`'s.
            if at not in possible and gates.search(pattern, text) is not None
        ]
    return wrong


def test_most_detector_patterns_are_rewritten(database):
    assert len(database.patterns) > 0.9 * len(PATTERNS)


def test_no_pattern_matching_a_read_draft_is_ruled_out(database):
    texts = _read_drafts()
    assert len(texts) > 100
    assert _left_out_but_matched(database, texts) == []


def test_the_prefilter_rules_out_most_patterns_on_a_read_draft(database):
    """The test above proves little if every pattern were always possible."""
    texts = _read_drafts()[:60]
    counts = [len(database.possible(text) or database.patterns) for text in texts]
    assert sum(counts) < 0.2 * len(database.patterns) * len(texts)


def test_no_pattern_is_ruled_out_on_a_match_generated_from_it(database):
    ruled_out, tried = [], 0
    for at, pattern in enumerate(database.patterns):
        for text in matches_of(pattern, 4, seed=at):
            tried += 1
            possible = database.possible(text)
            if possible is not None and at not in possible:
                ruled_out.append(f"{pattern.pattern[:60]!r} on {text[:40]!r}")
    assert tried > 800
    assert ruled_out == []


ODD_TEXTS = (
    "Order ٣٤٥٦٧٨ shipped",  # Arabic-Indic digits are "\\d" to `re`
    "Ihr Passwort lautet Größe-Straße_9",
    "Kunde: Øystein Ñúñez, café",
    "the \u212aey is here",  # the Kelvin sign: "(?i)k" matches it
    "pa\u017f\u017fword is x",  # the long s: "(?i)s" matches it
    "\u0130stanbul and \u0131i",
    "tab\there\u00a0nbsp\u2003em space\u2028line",
    "control \x80\x81 characters past ASCII",
    "emoji \U0001f642 and \U0001d7d7\U0001d7d7\U0001d7d7 mathematical digits",
)
ODD_PATTERNS = tuple(
    re.compile(source)
    for source in (
        r"\d{3,}",
        r"(?i)\bkey\b",
        r"(?i)password",
        r"(?i)gr[öo]ße",
        r"\w+ße",
        r"[^\x00-\x7f]{2}",
        r"(?<!\w)ñ\w+",
        r"\s{1}nbsp\s",
        r"(?i)\u0130stanbul",
        r"(?i)\u0131",
        r"\bsp\W+em",
        r"(?i)(?P<a>\w)(?P=a)",
        r"(?s)here.nbsp",
        r"[A-Z]\w+ [A-Z]",
        "\x80\x81",
    )
)


def test_letters_re_reads_its_own_way_never_rule_a_match_out():
    database = prefilter.Prefilter.of(ODD_PATTERNS)
    assert database is not None
    assert len(database.patterns) == len(ODD_PATTERNS)
    matched = [(t, p) for t in ODD_TEXTS for p in ODD_PATTERNS if p.search(t)]
    assert len(matched) > 10
    assert _left_out_but_matched(database, list(ODD_TEXTS)) == []


def test_a_text_with_a_letter_folded_to_ascii_is_not_prefiltered():
    database = prefilter.Prefilter.of(ODD_PATTERNS)
    assert database is not None
    assert database.possible("the \u212aey") is None
    assert database.possible("the key") is not None


def test_a_pattern_that_can_match_the_empty_string_is_always_scanned():
    assert prefilter.translated(re.compile(r"\b(?:a|b)?")) is None
    assert prefilter.translated(re.compile(r"(?=x)")) is None
    assert prefilter.translated(re.compile(r"x")) is not None


PASSWORD = re.compile(r"(?i)\bpassword\b\W+is\W+\d{6}\b")
NEAR_MISS = "Your password, sadly, is long; is 123456 fine?"


def test_a_pattern_whose_literals_a_text_holds_but_cannot_match_is_not_scanned(monkeypatch):
    assert gates.may_match(PASSWORD, NEAR_MISS)  # the literal gate lets it through
    database = prefilter.Prefilter.of([PASSWORD])
    monkeypatch.setattr(prefilter, "current", lambda: database)
    assert gates._ruled_out(PASSWORD, NEAR_MISS)
    assert list(gates.finditer(PASSWORD, NEAR_MISS)) == []
    assert gates.search(PASSWORD, NEAR_MISS) is None
    found = "Your password is 123456."
    assert not gates._ruled_out(PASSWORD, found)
    assert gates.search(PASSWORD, found).group() == "password is 123456"  # type: ignore[union-attr]


def test_without_hyperscan_nothing_is_ruled_out_and_the_scans_are_the_same(monkeypatch):
    with_it = prefilter.Prefilter.of(ODD_PATTERNS)
    monkeypatch.setattr(prefilter, "current", lambda: with_it)
    before = [[m.span() for m in gates.finditer(p, t)] for t in ODD_TEXTS for p in ODD_PATTERNS]
    monkeypatch.undo()
    monkeypatch.setattr(prefilter, "hyperscan", None)
    assert prefilter.Prefilter.of(ODD_PATTERNS) is None
    assert prefilter.current() is None
    assert not prefilter.enabled()
    prefilter.want(PASSWORD)  # nothing is kept to build
    assert not gates._ruled_out(PASSWORD, NEAR_MISS)
    after = [[m.span() for m in gates.finditer(p, t)] for t in ODD_TEXTS for p in ODD_PATTERNS]
    assert (
        after
        == before
        == [[m.span() for m in p.finditer(t)] for t in ODD_TEXTS for p in ODD_PATTERNS]
    )


def test_a_database_is_built_in_the_background_from_the_patterns_asked_about(settings):
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_PREFILTER": True}
    fresh = re.compile(PASSWORD.pattern + "(?#asked here first)")
    prefilter.reset()
    try:
        assert list(gates.finditer(fresh, NEAR_MISS)) == []
        prefilter.wait()
        built = prefilter.current()
        assert built is not None
        assert id(fresh) in built.index
        assert gates._ruled_out(fresh, NEAR_MISS)
    finally:
        prefilter.reset()


def test_the_setting_off_keeps_every_pattern_out(settings):
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_PREFILTER": False}
    prefilter.reset()
    prefilter.want(PASSWORD)
    assert prefilter.current() is None
