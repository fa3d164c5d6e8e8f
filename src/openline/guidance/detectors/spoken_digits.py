"""Numbers said in words, read back as the digits someone would dial: "five-eight-four-zero",
"fifty-eight forty", "double three one seven", "fünf acht vier null" → the digit strings they
spell, with where they are in the text. Used to find an internal line that is spelled out
instead of written ("ask for extension five-eight-four-zero").

This module is the one home of the digit words: the secret codes read out
(detectors/secrets.py) and the phone numbers said in words (detectors/personal.py) build their
patterns from `UNITS` and `REPEATS` here, so a word added here ("nought", "zwo", "treble") is
read by all of them."""

import itertools
import re

UNITS = {
    "zero": "0", "oh": "0", "nought": "0", "nil": "0", "one": "1", "two": "2", "three": "3",
    "four": "4", "five": "5", "six": "6", "seven": "7", "eight": "8", "nine": "9",
    "null": "0", "eins": "1", "zwei": "2", "zwo": "2", "drei": "3", "vier": "4",
    "f\u00fcnf": "5", "sechs": "6", "sieben": "7", "acht": "8", "neun": "9",
}  # fmt: skip
TEENS = {
    "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14",
    "fifteen": "15", "sixteen": "16", "seventeen": "17", "eighteen": "18", "nineteen": "19",
}  # fmt: skip
TENS = {
    "twenty": "2", "thirty": "3", "forty": "4", "fifty": "5", "sixty": "6", "seventy": "7",
    "eighty": "8", "ninety": "9",
}  # fmt: skip
REPEATS = {"double": 2, "treble": 3, "triple": 3}
# German numbers of two digits, said as one word: "elf", "siebzehn", "siebenundvierzig" (a
# code said in pairs: "siebenundvierzig-elf" is 4711; values-v18).
GERMAN_TEENS = {
    "zehn": "10", "elf": "11", "zw\u00f6lf": "12", "dreizehn": "13", "vierzehn": "14",
    "f\u00fcnfzehn": "15", "sechzehn": "16", "siebzehn": "17", "achtzehn": "18",
    "neunzehn": "19",
}  # fmt: skip
GERMAN_TENS = {
    "zwanzig": "2", "drei\u00dfig": "3", "dreissig": "3", "vierzig": "4", "f\u00fcnfzig": "5",
    "sechzig": "6", "siebzig": "7", "achtzig": "8", "neunzig": "9",
}  # fmt: skip
_GERMAN_UNIT = "(?:ein|zwei|drei|vier|f\u00fcnf|sechs|sieben|acht|neun)"
GERMAN_PAIR = re.compile(
    rf"(?:(?P<unit>{_GERMAN_UNIT})und)?(?P<ten>{'|'.join(GERMAN_TENS)})|(?P<teen>"
    + "|".join(GERMAN_TEENS)
    + ")"
)


def german_digits(word: str) -> str | None:
    """The digits a German number word of one or two digits says ("siebenundvierzig" → "47",
    "elf" → "11", "null" → "0"), or None."""
    if word in UNITS:
        return UNITS[word]
    if word == "ein":
        return "1"
    match = GERMAN_PAIR.fullmatch(word)
    if match is None:
        return None
    if match.group("teen"):
        return GERMAN_TEENS[match.group("teen")]
    unit = match.group("unit")
    return GERMAN_TENS[match.group("ten")] + (UNITS.get(unit, "1") if unit else "0")


WORDS = {*UNITS, *TEENS, *TENS, *REPEATS, "hundred"}
# The same vocabulary as regular-expression parts (no word is another's prefix, so the order
# of the alternatives does not matter): one digit word, and a repeat word ("double", "treble").
DIGIT_WORD = "(?:" + "|".join(UNITS) + ")"
REPEAT_WORD = "(?:" + "|".join(REPEATS) + ")"
# A digit word with its repeat word, if any: "double three", "treble-oh", "zwo".
SAID_DIGIT = rf"(?:{REPEAT_WORD}[ -])?{DIGIT_WORD}"
# Any of these words, where they are (searched in lower-cased text).
DIGITS_SAID = re.compile(f"{REPEAT_WORD}|{DIGIT_WORD}")
WORD = re.compile(r"[^\W\d_]+")
# A cheap test before the words are read: most drafts say no number in words.
# Every digit word is one, or holds one ("seventeen" holds "seven").
CUES = (*UNITS, "ten", "twelve", *TENS)


def _digits(words: list[str]) -> str:
    out, repeat, at = "", 1, 0
    while at < len(words):
        word = words[at]
        if word in REPEATS:
            repeat = REPEATS[word]
        elif word in UNITS:
            out += UNITS[word] * repeat
            repeat = 1
        elif word in TEENS:
            out += TEENS[word]
        elif word in TENS:
            # "fifty-eight" is 58, "forty" alone is 40.
            if at + 1 < len(words) and words[at + 1] in UNITS and words[at + 1] not in ("oh",):
                out += TENS[word] + UNITS[words[at + 1]]
                at += 1
            else:
                out += TENS[word] + "0"
        elif word == "hundred" and out:
            out += "00"  # "fifty-eight hundred" is 5800
        at += 1
    return out


def spoken_numbers(text: str) -> list[tuple[int, int, str]]:
    """(start, end, digits) of every run of two or more number words in `text`, joined by
    spaces or hyphens only."""
    lowered = text.lower()
    if len(lowered) != len(text) or not any(cue in lowered for cue in CUES):
        return []
    # Two number words side by side somewhere, found by a split (cheap) before the words are
    # read with their places.
    said = lowered.replace("-", " ").split()
    if not any(a in WORDS and b in WORDS for a, b in itertools.pairwise(said)):
        return []
    found = []
    run: list[tuple[int, int, str]] = []
    for match in WORD.finditer(lowered):
        word = match.group()
        joined = bool(run) and lowered[run[-1][1] : match.start()].strip(" -") == ""
        if word in WORDS and (joined or not run):
            run.append((match.start(), match.end(), word))
            continue
        if len(run) >= 2:
            found.append((run[0][0], run[-1][1], _digits([w for _, _, w in run])))
        run = [(match.start(), match.end(), word)] if word in WORDS else []
    if len(run) >= 2:
        found.append((run[0][0], run[-1][1], _digits([w for _, _, w in run])))
    return found
