"""Payment cards (Luhn-valid numbers of 13-19 digits, however spaced) and IBANs (validated by
python-stdnum, with or without spaces)."""

import re

from stdnum import iban, luhn

from .base import Hit, overlaps

# Digit groups separated by one or two spaces, a dash or a dot: "4111 1111 1111 1111",
# "4111-1111-…", "4111.1111.…".
DIGIT_RUN = re.compile(r"(?<![\w.,/-])\d+(?:(?: {1,2}|[-.])\d+)*(?![\w/]|[.,]\d)")
CARD_FIRST_DIGITS = frozenset("23456")  # Mastercard 2/5, Amex/Diners/JCB 3, Visa 4, others 6
IBAN_CANDIDATE = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,32}\b", re.IGNORECASE)

CARD_MESSAGE = (
    "This is a valid payment card number. Publishing it exposes the cardholder to fraud and "
    "breaks card-data rules (PCI DSS)."
)
CARD_SUGGESTION = (
    "Remove the number. If you need to refer to the card, use only its last four digits, "
    "e.g. 'the card ending 4242'."
)
IBAN_MESSAGE = "This is a valid bank account number (IBAN); it identifies a person's account."
IBAN_SUGGESTION = (
    "Remove it, or keep only the last four characters. Ask for bank details through a private "
    "channel, never in a public reply."
)


def _card_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Luhn-valid cards within a run of digit groups: the longest stretch of consecutive groups
    (13-19 digits) from each group on, so a card followed by a quantity is still found."""
    groups = [(m.start() + start, m.end() + start) for m in re.finditer(r"\d+", text[start:end])]
    found: list[tuple[int, int]] = []
    first = 0
    while first < len(groups):
        digits = ""
        stretches = []
        for last in range(first, len(groups)):
            digits += text[groups[last][0] : groups[last][1]]
            if len(digits) > 19:
                break
            stretches.append((last, digits))
        for last, candidate in reversed(stretches):
            if (
                len(candidate) >= 13
                and candidate[0] in CARD_FIRST_DIGITS
                and luhn.is_valid(candidate)
            ):
                found.append((groups[first][0], groups[last][1]))
                first = last
                break
        first += 1
    return found


def detect_ibans(text: str) -> list[Hit]:
    hits = []
    for match in IBAN_CANDIDATE.finditer(text):
        candidate = match.group()
        # The pattern may run on into the next word; try the longest valid prefix.
        for stop in range(len(candidate), 13, -1):
            if candidate[stop - 1] == " ":
                continue
            # Mod-97 only: national check digits inside the account number vary by country and
            # by bank, and a number that passes mod-97 is a bank account either way.
            if iban.is_valid(candidate[:stop].upper(), check_country=False):
                hits.append(Hit("iban", match.start(), match.start() + stop, IBAN_MESSAGE,
                                IBAN_SUGGESTION))  # fmt: skip
                break
    return hits


def detect(text: str) -> list[Hit]:
    ibans = detect_ibans(text)
    cards = [
        Hit("payment_card", start, end, CARD_MESSAGE, CARD_SUGGESTION)
        for run in DIGIT_RUN.finditer(text)
        if len(run.group()) >= 13
        for start, end in _card_spans(text, run.start(), run.end())
    ]
    return ibans + [card for card in cards if not overlaps(card, ibans)]
