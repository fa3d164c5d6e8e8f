"""Payment cards (Luhn-valid numbers of 13-19 digits, however spaced) and IBANs of every country
in the ISO 13616 registry (its length per country, then mod-97 and the country's structure, as
python-stdnum keeps them), written unspaced, in groups of any size, in lower case, or with
hyphens, dots or non-breaking spaces between the groups.

A look-alike whose check digits do not add up is not reported: it is not anyone's account, and
reporting it would flag part numbers and references that happen to start with two letters and
two digits. A typo in a real IBAN is the price of that choice."""

import functools
import re
import string

from django.utils.translation import gettext_noop
from stdnum import iban, luhn, numdb

from .base import Hit, Phrase, overlaps
from .spoken_digits import UNITS, spoken_numbers

# Digit groups separated by one or two spaces, a dash or a dot: "4111 1111 1111 1111",
# "4111-1111-…", "4111.1111.…", or by a dash with spaces or an en dash ("4111 - 1111 - …").
# A run after a plus is an international phone number ("+49 176 2248 9103"): a card is never
# written with one.
# After a word's abbreviating dot the run starts as after a space: "Kartennr.4111 …" (values-v16).
DIGIT_RUN = re.compile(
    r"(?:(?<![\w.,/+-])|(?<=[A-Za-z\u00e4\u00f6\u00fc]\.))"
    r"\d+(?:(?: {1,2}|[-.]| ?[\u2013\u2014] ?| - )\d+)*(?![\w/]|[.,]\d)"
)
CARD_FIRST_DIGITS = frozenset("23456")  # Mastercard 2/5, Amex/Diners/JCB 3, Visa 4, others 6
# Where an IBAN may start: a country code and two check digits ("DE89", "de89", "DE 89").
IBAN_START = re.compile(
    r"(?<![A-Za-z0-9])(?:[A-Z]{2}[ \u00a0]?|[a-z]{2})\d{2}(?=[ \u00a0\u202f.-]?[A-Za-z0-9])"
)
IBAN_SEPARATORS = frozenset(" \u00a0\u202f.-")

CARD_MESSAGE = Phrase(
    gettext_noop(
        "This is a valid payment card number. Publishing it exposes the cardholder to fraud and "
        "breaks card-data rules (PCI DSS)."
    )
)
CARD_SUGGESTION = Phrase(
    gettext_noop(
        "Remove the number. If you need to refer to the card, use only its last four digits, "
        "e.g. 'the card ending 4242'."
    )
)
IBAN_MESSAGE = Phrase(
    gettext_noop("This is a valid bank account number (IBAN); it identifies a person's account.")
)
IBAN_SUGGESTION = Phrase(
    gettext_noop(
        "Remove it, or keep only the last four characters. Ask for bank details through a private "
        "channel, never in a public reply."
    )
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


@functools.cache
def iban_lengths() -> dict[str, int]:
    """The length of an IBAN per country code, from the registry python-stdnum ships."""
    registry = numdb.get("iban")
    lengths = {}
    for first in string.ascii_uppercase:
        for second in string.ascii_uppercase:
            country = first + second
            structure = registry.info(country + "00")[0][1].get("bban")
            if structure:
                lengths[country] = 4 + sum(int(n) for n in re.findall(r"(\d+)!", structure))
    return lengths


def _iban_end(text: str, start: int, length: int) -> tuple[int, str] | None:
    """Where an IBAN of `length` characters that starts at `start` ends, and its characters:
    one separator at most between two characters, and no character straight after it."""
    chars: list[str] = []
    position = start
    while position < len(text) and len(chars) < length:
        char = text[position]
        if char.isascii() and char.isalnum():
            chars.append(char)
        elif not (char in IBAN_SEPARATORS and chars and text[position - 1] not in IBAN_SEPARATORS):
            return None
        position += 1
    if len(chars) < length or (position < len(text) and text[position].isalnum()):
        return None
    return position, "".join(chars).upper()


# Capitals and digits in the printed groups of four ("RO49 AAAA 1B31 0075 9384 0000"): the
# form of IBANs whose account number holds letters (Romania, Luxembourg, Malta, the UK…), which
# prose does not take by chance.
PRINTED_IBAN = re.compile(r"[A-Z]{2}\d{2}(?: [A-Z0-9]{4})+(?: [A-Z0-9]{1,4})?")


def _grouped_like_an_iban(written: str) -> bool:
    return bool(PRINTED_IBAN.fullmatch(written)) and any(c.isdigit() for c in written[4:])


def _lettered_account(written: str, compact: str) -> bool:
    """An IBAN whose account part is mostly letters: in capitals, four digits at least after
    the check digits, valid by mod-97 and by the country's own structure (where each digit and
    each letter may stand), which prose and product codes pass only by rare chance."""
    if written.upper() != written or sum(c.isdigit() for c in compact[4:]) < 4:
        return False
    return iban.is_valid(compact, check_country=True)


def detect_ibans(text: str) -> list[Hit]:
    hits = []
    lengths = iban_lengths()
    for match in IBAN_START.finditer(text):
        length = lengths.get(match.group()[:2].upper())
        found = length and _iban_end(text, match.start(), length)
        if not found:
            continue
        end, compact = found
        # Mod-97 and the country's structure; national check digits inside the account number
        # vary by bank, and a number that passes mod-97 is a bank account either way. Real
        # IBANs are mostly digits: prose that passes by chance is not.
        if (
            sum(c.isdigit() for c in compact) * 5 >= len(compact) * 2
            or _grouped_like_an_iban(text[match.start() : end])
        ) and iban.is_valid(compact, check_country=False):
            hits.append(Hit("iban", match.start(), end, IBAN_MESSAGE, IBAN_SUGGESTION))
        elif _lettered_account(text[match.start() : end], compact):
            # Luxembourg, Malta, Qatar, Kuwait…: an account number of mostly letters, written
            # unspaced ("LU39280ZXKQ7PRMBWT4N"), that passes the country's structure too.
            hits.append(Hit("iban", match.start(), end, IBAN_MESSAGE, IBAN_SUGGESTION))
    return hits


# A long number named as something else: an IMEI is Luhn-valid by design, and one tracking or
# order number in ten passes Luhn by chance.
# A gift card's or voucher's number is a code to redeem (secrets.py reports it), not a card.
NOT_A_CARD_BEFORE = re.compile(
    r"(?i)\b(?:imei|meid|iccid|sim|tracking|track|consignment|parcel|shipment|order|invoice"
    r"|serial|s/n|sn|ref|reference|barcode|ean|upc|gtin|isbn|booking|ticket|case|awb|waybill"
    r"|(?P<gift>(?:e-?)?gift[\s-]*(?:card|voucher|certificate)|voucher))"
    r"(?P<named>\s*(?:no\.?|nr\.?|number|num|#|id|code))?\s*(?:is\s*)?[:#]?\s*$"
)
# A card named earlier in the sentence is what a bare noun's number is: "the card on the order
# is 3782 …", "the full card I used, so you can find the booking: 4513 …". A number the noun
# names itself ("order number 4513 …") stays that noun's.
CARD_NAMED_BEFORE = re.compile(
    r"(?i)\b(?:(?<!gift )(?<!sim )(?<!key )card|visa|mastercard|amex|american express|debit"
    r"|credit)\b[^.!?\n]*$"
)


# A card read out in words where a card is spoken of: "four seven six seven, nine one four six,
# …" (precise-v11). The words are spoken_digits.py's; groups may be parted by commas.
CARD_WORDS = ("card", "visa", "mastercard", "amex", "debit", "credit", "karte")
WORD_GROUP_GAP = re.compile(r"[\s,;.\u2013\u2014-]*")


def _cards_in_words(text: str) -> list[tuple[int, int]]:
    lowered = text.lower()
    if not any(word in lowered for word in CARD_WORDS):
        return []
    said = lowered.replace("-", " ").replace(",", " ").split()
    if sum(map(UNITS.__contains__, said)) < 13:
        return []  # fewer digit words than the shortest card has
    runs = spoken_numbers(text)
    found: list[tuple[int, int]] = []
    at = 0
    while at < len(runs):
        start, end, digits = runs[at]
        last = at
        while (
            last + 1 < len(runs)
            and len(digits) < 19
            and WORD_GROUP_GAP.fullmatch(text, end, runs[last + 1][0])
        ):
            last += 1
            end, digits = runs[last][1], digits + runs[last][2]
        if 13 <= len(digits) <= 19 and digits[0] in CARD_FIRST_DIGITS and luhn.is_valid(digits):
            found.append((start, end))
        at = last + 1
    return found


# The same names after the number: "The long number on your box, 35 449908 612045 7, is the
# IMEI" (values-v17).
NOT_A_CARD_AFTER = re.compile(
    r"(?i)[\s,)\]]*(?:(?:is|was|=|:|-|\u2013|\u2014)\s*(?:the|your|my|its|his|her|their)?\s*"
    r"(?:imei|meid|iccid|serial|tracking|order|invoice|barcode|ean|upc|gtin|isbn|booking"
    r"|ticket|case|waybill|consignment)|(?:the|its)\s+(?:imei|meid|iccid|serial))\b"
)
# An IMEI as phones print it: two digits, six, six and a check digit ("35 449908 612045 7"),
# or eight, six and one. No card is grouped so.
IMEI_GROUPS = ((2, 6, 6, 1), (8, 6, 1))


# What follows a name after the number when the name is another thing's, with its own value:
# "card 4111 … — order #4471", "… - invoice INV-2231", "…: ticket 5521" (values-v16, session 29).
OWN_VALUE_AFTER = re.compile(
    r"\s*(?:no\.?|number|nr\.?|ref(?:erence)?|id)?\s*[:#]?\s*[A-Z]{0,5}-?\d"
)


def _named_otherwise(text: str, start: int, end: int) -> bool:
    """Whether the number at `start` is named, or grouped, as something other than a card."""
    after = NOT_A_CARD_AFTER.match(text, end)
    if after and not OWN_VALUE_AFTER.match(text, after.end()):
        return True
    if tuple(len(group) for group in re.findall(r"\d+", text[start:end])) in IMEI_GROUPS:
        return True
    named = NOT_A_CARD_BEFORE.search(text, max(0, start - 30), start)
    if named is None:
        return False
    if named.group("gift") or named.group("named"):
        return True
    return not CARD_NAMED_BEFORE.search(text, max(0, named.start() - 80), named.start())


def detect(text: str) -> list[Hit]:
    ibans = detect_ibans(text)
    cards = [
        Hit("payment_card", *span, CARD_MESSAGE, CARD_SUGGESTION) for span in _cards_in_words(text)
    ]
    cards += [
        Hit("payment_card", start, end, CARD_MESSAGE, CARD_SUGGESTION)
        for run in DIGIT_RUN.finditer(text)
        if len(run.group()) >= 13 and not _named_otherwise(text, run.start(), run.end())
        for start, end in _card_spans(text, run.start(), run.end())
    ]
    return ibans + [card for card in cards if not overlaps(card, ibans)]
