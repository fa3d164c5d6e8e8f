"""Session 35, speed-warm-v30b (issue 13): the disclosure words' boundary tested first.

`internal.DISCLOSURE_WORD` (searched on every sentence) tried its three look-behinds ("no ",
"not a ", "nothing " before the word) at every character and only then the word boundary; the
boundary now comes first, so they are tried only where a word begins. Both are tests of one place
that take no characters, so the order cannot change a match: the matches (spans and named
groups) must be those of the former form, rebuilt here, from any place of the text."""

import re

import pytest

from openline.guidance.detectors import internal

LOOK_BEHINDS = r"(?<!\bno )(?<!\bnot a )(?<!\bnothing )"


def disclosure_as_before() -> re.Pattern[str]:
    """The form before session 35: the look-behinds first, then the boundary."""
    source = internal.DISCLOSURE_WORD.pattern
    assert source.startswith(r"(?i)\b" + LOOK_BEHINDS + "(?:")
    return re.compile(r"(?i)" + LOOK_BEHINDS + r"\b" + source[len(r"(?i)\b" + LOOK_BEHINDS) :])


DISCLOSURE_TEXTS = (
    "between us, the new range is internal only",
    "it's no secret that we are busy; not a secret at all; nothing secret here",
    "NO SECRET, not an insider, nothing internally decided, no  secret (two spaces)",
    "casino secret, nosecret, knot a secret, tonothing secret",
    "das ist intern, unter uns gesagt, inoffiziell und heimlich, unter der Hand",
    "off the record: it's not officially out yet, psst, hush-hush, under wraps",
    "",
)


def same_matches(found: re.Pattern[str], expected: re.Pattern[str], text: str) -> None:
    def seen(pattern: re.Pattern[str], at: int) -> list[tuple]:
        return [(m.span(), m.groupdict()) for m in pattern.finditer(text, at)]

    for at in range(len(text) + 1):  # from any place: the text before it is seen alike
        assert seen(found, at) == seen(expected, at)
        got, want = found.search(text, at), expected.search(text, at)
        assert (got and got.span()) == (want and want.span())


def test_the_boundary_is_tested_first():
    assert internal.DISCLOSURE_WORD.pattern.startswith(r"(?i)\b(?<!")


@pytest.mark.parametrize("text", DISCLOSURE_TEXTS)
def test_disclosure_words_match_as_before(text):
    same_matches(internal.DISCLOSURE_WORD, disclosure_as_before(), text)
    same_matches(internal.DISCLOSURE_WORD, disclosure_as_before(), text.lower())


def test_what_they_find():
    found = [m.group() for m in internal.DISCLOSURE_WORD.finditer(DISCLOSURE_TEXTS[1])]
    assert found == []  # "no secret", "not a secret", "nothing secret": not disclosures
    found = [m.group() for m in internal.DISCLOSURE_WORD.finditer(DISCLOSURE_TEXTS[3])]
    assert found == ["secret", "secret", "secret"]  # "casino secret", "knot a secret", …
    assert internal.DISCLOSURE_WORD.search("strictly between us") is not None
