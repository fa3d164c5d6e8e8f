"""Session 35, speed-warm-v30 (issue 13): the strong hints' pattern searched ~9 times faster.

`internal.STRONG_HINT` is searched on every sentence of a draft, two or three times (`_hinting`,
`_words_needed`, `_hints`). Each of its 33 alternatives opened with its own "\\b", so `re` tried
33 boundaries at every place of the sentence; it now says "\\b" once before them all and each
alternative opens with its first letter, which `re` compares before trying it. The matches must
be those of the form with a boundary on each alternative, at the same places."""

import re

import pytest

from openline.guidance.detectors import internal, starts

# What the hints say, and near misses around them ("sehr leise", a hint inside a longer word,
# a boundary only after the assertion, "still" as "yet").
TEXTS = (
    "let's just say a certain batch is being quietly pulled",
    "i can't say which ones, but you didn't hear it from me",
    "we haven't announced it yet and it isn't public yet",
    "keep this off social media please; don't post anything on social",
    "das darf ich eigentlich nicht sagen, mehr darf ich leider noch nicht verraten",
    "die wir gerade still austauschen, leise zurückgerufen, sang- und klanglos",
    "das ist sehr leise austauschen; ganz leise zurückgerufen",
    "unquietly, acertain, xstill austauschen, stillschweigend, best kept secret",
    "it is still working and we will still ship on monday",
    "on the down-low, in its sights, watch this space, hush-hush",
    "noch nicht offiziell angekündigt; nichts davon auf social media",
    "",
)


def boundary_on_each(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The form before session 35: the leading "\\b" written on every alternative (before the
    one that opens with look-behinds, where it stood after them)."""
    source = pattern.pattern
    assert source.startswith(r"\b(?:") and source.endswith(")")
    alternatives = list(starts.alternatives(source[len(r"\b(?:") : -1]))
    return re.compile("|".join(rf"\b{alternative}" for alternative in alternatives))


def test_strong_hints_say_the_boundary_once():
    alternatives = list(starts.alternatives(internal.STRONG_HINT.pattern))
    assert len(alternatives) == 1  # one "\\b(?:…)", not 33 "\\b…" alternatives
    inner = list(starts.alternatives(internal.STRONG_HINT.pattern[len(r"\b(?:") : -1]))
    assert len(inner) == 33
    assert not any(alternative.startswith(r"\b") for alternative in inner)


@pytest.mark.parametrize("text", TEXTS)
def test_strong_hints_match_as_with_a_boundary_on_each(text):
    before = boundary_on_each(internal.STRONG_HINT)
    assert [m.span() for m in internal.STRONG_HINT.finditer(text)] == [
        m.span() for m in before.finditer(text)
    ]
    for at in range(len(text)):  # a search from any place sees the text before it alike
        found, expected = internal.STRONG_HINT.search(text, at), before.search(text, at)
        assert (found and found.span()) == (expected and expected.span())


def test_strong_hints_found_and_not():
    assert internal._hinting("let's just say a certain batch", internal.STRONG_HINT)
    assert internal._hinting("die wir gerade leise austauschen", internal.STRONG_HINT)
    assert not internal._hinting("das ist sehr leise austauschen", internal.STRONG_HINT)
    assert not internal._hinting("it is still working", internal.STRONG_HINT)
