"""Text folded for matching words whatever their spelling tricks: case, accents and other
compatibility forms (NFKD, combining marks dropped: "Ｃａｆé" → "cafe"), look-alike digits and
symbols inside words ("fr33 c@sh" → "free cash"), and stretched letters ("freeeee" → "fre").

Every folded character remembers where it came from in the original, so a match on the
folded text can be cut out of, or replaced in, the original.

Repeated letters are collapsed to one everywhere, in what is watched for as in what is
posted, so both sides agree: "good" and "god" fold alike, a price paid for catching
"g0000d". Digits are read as letters only in a word that has letters: "2024" stays a number."""

import re
import unicodedata

LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                      "$": "s", "€": "e"})  # fmt: skip
_TOKEN = re.compile(r"[\w@$€]+|.", re.DOTALL)


def _letters(char: str) -> str:
    """The character case-folded and without accents; one character may become several
    ("ß" → "ss", "ﬁ" → "fi")."""
    decomposed = unicodedata.normalize("NFKD", char)
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def fold(text: str) -> tuple[str, list[int]]:
    """(the folded text, for each of its characters the index of the original character)."""
    out: list[str] = []
    origin: list[int] = []
    for token in _TOKEN.finditer(text):
        piece = token.group()
        wordy = len(piece) > 1 and any(c.isalpha() for c in piece)
        if piece.isascii():  # the common case, without a Unicode lookup per character
            lowered = piece.lower().translate(LEET) if wordy else piece.lower()
            for offset, letter in enumerate(lowered):
                if letter.isalpha() and out and out[-1] == letter:
                    continue
                out.append(letter)
                origin.append(token.start() + offset)
            continue
        for offset, char in enumerate(piece):
            for folded in _letters(char):
                letter = folded.translate(LEET) if wordy else folded
                if letter.isalpha() and out and out[-1] == letter:
                    continue  # stretched letters: "freeee" → "fre"
                out.append(letter)
                origin.append(token.start() + offset)
    return "".join(out), origin


def folded(text: str) -> str:
    return fold(text)[0]
