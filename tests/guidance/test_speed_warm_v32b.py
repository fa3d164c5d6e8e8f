"""Session 37, speed-warm-v32b (issue 13): the plain profanity tables' look-behind moved behind
their first letters, and the register's per-sentence reading done once per sentence.

The German table is one top-level alternative per word (the gates leave out the words a draft
cannot hold); the English one is one branch per first letter (`re` skips to a letter that opens
a word). Both must find what the former form, rebuilt here, finds, from any place of the text."""

import re

import pytest

from openline.guidance.detectors import gates, german, internal, language, starts

BEFORE, AFTER = r"(?<![\w@$*])", r"(?![\w@$*|])"
WORDS = (
    "fuck", "ffuuck", "phuck", "holyfuck", "dogshit", "shiiit", "shitstorm", "kut", "ass",
    "dumbasses", "frigin'", "friggin", "wankers", "сука", "хуйня", "scheiße", "arschloch",
    "hundescheiße", "dackel-deppen", "kruzitürken", "herrgottsakrament", "himmiherrgottsakra",
    "vollarsch", "sch3iße", "drecks-kasse", "fickle", "ficken", "dreckschleuder", "verdammt",
)  # fmt: skip
EDGES = ("", " ", "x", "@", "$", "*", "\n", "-", "é", "1", "|", ".", "ing")


def texts() -> list[str]:
    found = [f"{left}{word}{right}" for word in WORDS for left in EDGES for right in EDGES]
    return [*found, " ".join(WORDS), "\n".join(f"({word}!)" for word in WORDS)]


def same_matches(found: re.Pattern[str], expected: re.Pattern[str], text: str) -> None:
    for at in range(len(text) + 1):  # from any place: the text before it is seen alike
        assert [m.span() for m in found.finditer(text, at)] == [
            m.span() for m in expected.finditer(text, at)
        ]
    assert [m.span() for m in gates.finditer(found, text)] == [
        m.span() for m in expected.finditer(text)
    ]


@pytest.mark.parametrize("text", texts()[::13])
def test_german_plain_profanity_matches_as_before(text):
    before = re.compile(rf"{BEFORE}(?:{german.PROFANE_DE}){AFTER}")
    same_matches(german._PLAIN_DE, before, text.lower())


@pytest.mark.parametrize("text", texts()[::13])
def test_english_plain_profanity_matches_as_before(text):
    before = re.compile(rf"{BEFORE}(?:{language.PROFANE.pattern}){AFTER}")
    same_matches(language.PLAIN_PROFANE, before, text.lower())


def test_english_plain_profanity_skips_to_a_first_letter():
    assert language._PLAIN_WORDS is not None
    assert gates._skips_itself(language.PLAIN_PROFANE)


def test_the_german_words_are_left_out_of_an_english_draft():
    parts = gates._gated(german._PLAIN_DE)[3]
    assert parts is not None
    draft = "Thanks for waiting: the refund for the broken kettle went out this morning."
    assert gates._narrowed(german._PLAIN_DE, parts, draft) is None


def test_a_group_that_opens_an_alternative_is_read_as_its_branches():
    assert starts.guarded("(?:holy|bat)?sh+it|kut", "[x]") == [
        "holys(?<![x].{5})h+it",
        "bats(?<![x].{4})h+it",
        "s(?<![x].{1})h+it",
        "kut(?<![x].{3})",
    ]
    assert starts.by_first_letter("f+uck|kut|\\w+x", "[x]") is None


def test_a_retold_variant_is_read_once_per_sentence():
    internal._retold_in.cache_clear()
    entry = internal.Entry("Lisbon array glitch", "incident", "", "lisbonarrayglitch", "", 3, 0)
    args = ("The Lisbon array keeps glitching.", "Lisbon", frozenset({"array"}), entry, False)
    first = internal._retold_in(*args)
    assert internal._retold_in(*args) == first
    assert internal._retold_in.cache_info().hits == 1
