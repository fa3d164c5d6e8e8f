"""Session 32, speed-py-v27 (issue 13): the warm check's Python made cheaper, exactly.

Six address patterns start with the character their match starts with (a digit or a capital)
and test the word boundary as a look-behind after it, so `re` skips to those characters in C
instead of trying the pattern at every position: they must find what the boundary-first forms
found, at the same places. `_paraphrases` reads a sentence's words and concepts once."""

import re
from re import _constants as sre  # type: ignore[attr-defined]
from re import _parser  # type: ignore[attr-defined]

import pytest

from openline.guidance.detectors import internal, personal, register_words

# The forms before session 32, each beside the pattern that replaced it.
BOUNDARY_FIRST = (
    (
        personal.ADDRESS_PATTERNS[1],
        personal.ADDRESS_PATTERNS[1].pattern.replace(r"\d(?<!\w\d)\d{0,4}", r"\b\d{1,5}", 1),
    ),
    (
        personal.ADDRESS_PATTERNS[4],
        personal.ADDRESS_PATTERNS[4].pattern.replace(r"\d(?<!\w\d)\d{0,3}", r"\b\d{1,4}", 1),
    ),
    (
        personal.ADDRESS_PATTERNS[18],
        personal.ADDRESS_PATTERNS[18].pattern.replace(
            r"[1-9](?<![£€$\d.,][1-9])(?:(?<=, [1-9])|(?<!\w[1-9]))\d{3}",
            r"(?<![£€$\d.,])(?:(?<=, )|\b)[1-9]\d{3}",
            1,
        ),
    ),
    (
        personal.ADDRESS_WITH_INITIALS,
        personal.ADDRESS_WITH_INITIALS.pattern.replace(r"\d(?<!\w\d)\d{0,4}", r"\b\d{1,5}", 1),
    ),
    (
        personal.ADDRESS_PATTERNS_V15[0],
        personal.ADDRESS_PATTERNS_V15[0].pattern.replace(r"\d(?<!\w\d)\d{0,3}", r"\b\d{1,4}", 1),
    ),
    (
        personal.ADDRESS_PATTERNS_V15[1],
        personal.ADDRESS_PATTERNS_V15[1].pattern.replace(
            r"[A-Z](?<!\w[A-Z])[a-z'\u2019]+", r"\b[A-Z][a-z'\u2019]+", 1
        ),
    ),
)

# Addresses each pattern finds, with what may stand before them: the text's start, a space, a
# comma, a currency sign, a letter, a digit, an underscore, a dot.
ADDRESSES = (
    "1234 W 4th Blvd, Suite 5",
    "55 Oak Pkwy",
    "12 Southgate, Chichester",
    "3512 JE, Utrecht",
    "1080 HD Amsterdam",
    "12 J. F. Kennedy Road",
    "4 Bóthar na Trá",
    "Kofi Annan Street, House No. 14/2B",
    "Ring Road H No 7",
)
BEFORE = ("", "at ", "Ship to, ", ", ", "£", "€", "x", "7", "_", ".", "é", "\u0663", "-")


def test_each_faster_address_pattern_starts_with_a_character_re_can_skip_to() -> None:
    for pattern, _before in BOUNDARY_FIRST:
        first_op = _parser.parse(pattern.pattern)[0][0]
        assert first_op in (sre.IN, sre.LITERAL), pattern.pattern[:40]


@pytest.mark.parametrize(("pattern", "before"), BOUNDARY_FIRST)
def test_a_faster_address_pattern_finds_what_its_boundary_first_form_found(
    pattern: re.Pattern[str], before: str
) -> None:
    original = re.compile(before)
    assert any(pattern.search(address) for address in ADDRESSES)  # each finds one of them
    for address in ADDRESSES:
        for lead in BEFORE:
            for text in (lead + address, f"{lead}{address} and {lead}{address}."):
                found = [m.span() for m in pattern.finditer(text)]
                assert found == [m.span() for m in original.finditer(text)], text


def test_the_faster_address_patterns_still_find_addresses_and_no_number_inside_a_word() -> None:
    assert personal.ADDRESS_PATTERNS[1].search("ship it to 1234 W 4th Blvd")
    assert not personal.ADDRESS_PATTERNS[1].search("ship it to x1234 W 4th Blvd")
    assert personal.ADDRESS_PATTERNS[18].search("Oudegracht 1, 3512 JE, Utrecht")
    assert not personal.ADDRESS_PATTERNS[18].search("Oudegracht 1, £3512 JE, Utrecht")
    assert personal.ADDRESS_PATTERNS_V15[1].search("Kofi Annan Street, House No. 14")
    inside = personal.ADDRESS_PATTERNS_V15[1].search("xKofi Annan Street, House No. 14")
    assert inside and inside.group().startswith("Annan")  # not inside "xKofi"


def test_a_sentence_is_read_for_paraphrases_once_however_often_the_draft_is_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    internal._paraphrase_read.cache_clear()
    read: list[str] = []

    def counted(text: str) -> set[str]:
        read.append(text)
        return register_words.concepts(text)

    monkeypatch.setattr(internal, "concepts", counted)
    sentence = "The storage array in Lisbon lost some customer backups last night."
    first = internal._paraphrase_read(sentence)
    assert internal._paraphrase_read(sentence) == first
    assert read == [sentence]
    assert "lisbo" in first[0]
