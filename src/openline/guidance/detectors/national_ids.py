"""National identity, tax, social-security and health-insurance numbers by their structure
(personal-v32, issue 13): the forms people write them in, each validated by its check digit,
check letter or coded birth date, so that an order number of the same shape stays clean.

Two tiers. A number whose structure is rare and whose check leaves a random look-alike about
one chance in a hundred or less (a Singapore NRIC, a Finnish henkilötunnus, a German
Rentenversicherungsnummer with its letter, a Spanish DNI with its letter, a French NIR, a Swiss
AHV number, a South African ID…) is flagged bare (an Italian codice fiscale already is, by its
shape, in personal.py). A run of
plain digits whose check is weak (a Canadian SIN, a Dutch BSN, an Australian TFN, a German
Steuer-ID, an Aadhaar …) is flagged where its sentence speaks of identity, tax, insurance or
health, or names the number in any of the countries' own words. Either way, a value named as
another record right before it ("order", "invoice", "tracking", "Bestellnummer" …) is that
record's, not a person's.
"""

import re
from collections.abc import Callable, Iterable

from stdnum import luhn
from stdnum.at import vnr as at_vnr
from stdnum.au import tfn as au_tfn
from stdnum.be import nn as be_nn
from stdnum.br import cpf as br_cpf
from stdnum.ca import sin as ca_sin
from stdnum.ch import ssn as ch_ssn
from stdnum.de import idnr as de_idnr
from stdnum.dk import cpr as dk_cpr
from stdnum.es import dni as es_dni
from stdnum.es import nie as es_nie
from stdnum.fi import hetu as fi_hetu
from stdnum.fr import nir as fr_nir
from stdnum.gb import nhs as gb_nhs
from stdnum.ie import pps as ie_pps
from stdnum.in_ import aadhaar as in_aadhaar
from stdnum.my import nric as my_nric
from stdnum.nl import bsn as nl_bsn
from stdnum.no import fodselsnummer as no_fnr
from stdnum.nz import ird as nz_ird
from stdnum.pl import pesel as pl_pesel
from stdnum.se import personnummer as se_pnr
from stdnum.us import ssn as us_ssn
from stdnum.za import idnr as za_idnr

# A run of digit groups parted by single spaces, dots, dashes or slashes ("1 85 05 78 006 084 36",
# "850101-14-5566"), not inside a word, a decimal, a phone number's "+" or a longer code.
DIGIT_RUN = re.compile(r"\d+(?:[ .\-/]\d+)*(?![\w-]|[.,/]\d)")  # the edge before: NOT_A_RUN_START
NOT_A_RUN_START = re.compile(r"[\w+.,/-]")
# Every number with letters below holds six digits in a row: a draft without is skipped at once.
SIX_DIGITS = re.compile(r"\d{6}")
# Numbers that carry letters: Singapore NRIC/FIN, Hong Kong ID, Spanish NIE and DNI, Irish PPS,
# Finnish henkilötunnus, German Rentenversicherungsnummer.
LETTERED = re.compile(
    # The look-ahead lets the engine skip to a capital or a digit at once; the edge before is
    # checked after.
    r"(?=[A-Z\d])(?<![\w-])(?:"
    r"(?P<nric>[STFG]\d{7}[A-Z])"
    r"|(?P<hkid>[A-Z]{1,2}\d{6} ?(?:\( ?[0-9A] ?\)|[0-9A]))"
    r"|(?P<nie>[XYZ][ -]?\d{7}[ -]?[A-Z])"
    r"|(?P<dni>\d{8}[ -]?[A-Z])"
    r"|(?P<pps>\d{7}[A-W][ABWTXZ]?)"
    r"|(?P<hetu>\d{6}[-+ABCDEFUVWXY]\d{3}[0-9A-Y])"
    r"|(?P<rvnr>\d{2} ?\d{6} ?[A-Z] ?\d{3})"
    r")(?![\w-])"
)

# Words that say a number is a person's: identity, tax, social or health insurance, in general
# and by each country's own name for it. Searched in lower-cased text.
IDENTITY_WORDS = re.compile(  # not a domain's or a handle's part ("bsky.social")
    r"(?<![.@/])\b(?:id|identity|identification|identifi\w+|identit\w+|national|citizen\w*|social"
    r"|security|insurance|insured|versicher\w*|sozial\w*|renten\w*|kranken\w*|tax|steuer\w*"
    r"|fiscal\w*|fiscale|pension|health|medicare|patient|passport|reisepass|ausweis\w*"
    r"|licen[cs]e|f\u00fchrerschein\w*|document|dokument\w*|dob|born|birth|geburt\w*|geb"
    r"|nhs|nino|ssn|sin|nas|tfn|ird|inland revenue|pps|ppsn|bsn|sofi|burgerservice\w*"
    r"|nir|insee|s\u00e9curit\u00e9|securite|rijksregister\w*|registre|num\u00e9ro national"
    r"|f\u00f8dselsnummer|fodselsnummer|personnummer|personal number|cpr|henkil\u00f6tunnus|hetu"
    r"|pesel|nric|fin|hkid|mykad|ic|aadhaa?r|uidai|pan|cpf|dni|nie|nif|codice|cf|ahv|avs"
    r"|sv|svnr|sv-nr|sv-nummer|idnr|stnr|cnp|kennitala|curp|rut|run)\b"
)
# Another record's number named right before the value: the value is that record's.
RECORD_WORDS = re.compile(
    r"\b(?:order|orders|invoice|tracking|parcel|shipment|consignment|booking|reservation"
    r"|reference|ref|ticket|case|account|customer|member|membership|serial|imei|sku|part"
    r"|item|model|article|ean|barcode|voucher|coupon|gift card|code|pin|phone|tel|telephone"
    r"|mobile|cell|fax|whatsapp|iban|bic|sort code|vat|company|registration|policy|contract"
    r"|transaction|payment|flight|seat|room|table|batch|lot|claim|job|quote|return|rma"
    r"|bestell\w*|auftrag\w*|rechnung\w*|sendung\w*|paket\w*|buchung\w*|referenz\w*|kunden\w*"
    r"|vertrag\w*|vertrags\w*|kundennr|artikel\w*|serien\w*|telefon\w*|handy\w*|mobil\w*"
    r"|ticket\w*|vorgang\w*|zahlung\w*|ust|konto\w*|police|polizzen\w*|schaden\w*|lieferschein)"
    r"(?:\s+(?:id|number|no\.?|nr\.?|#|code))?\b"
)
# A phone number's country code before the run ("+43 316 22 380"), a date ("12.12.2026").
DIALLED_BEFORE = re.compile(r"\+\d{1,4}[ ]?\(?0?\)?[ ]?$")
# An amount: "612 345 678 euros", "€ 12 345 678" (test_detection_more_kinds).
MONEY_AFTER = re.compile(r"\s?(?:euros?|dollars?|pounds?|francs?|eur|usd|gbp|chf|[€$£])", re.I)
MONEY_BEFORE = re.compile(r"[€$£]\s?$|\b(?:eur|usd|gbp|chf)\s?$", re.I)
DATE = re.compile(r"\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}")
SENTENCE_STOP = re.compile(r"(?<![\d.])[.!?](?=\s)|\n\s*\n")


def _rvnr(value: str) -> bool:
    """A German Rentenversicherungsnummer: area (2 digits), birth date (DDMMYY), the surname's
    initial, a serial (2 digits) and a check digit over the 12 digits with the letter's place
    in the alphabet (weights 2 1 2 5 7 1 2 1 2 1 2 1, each product's digits summed)."""
    compact = value.replace(" ", "")
    day, month = int(compact[2:4]), int(compact[4:6])
    if not (1 <= day <= 31 and 1 <= month <= 12):
        return False
    digits = compact[:8] + f"{ord(compact[8]) - 64:02d}" + compact[9:11]
    weights = (2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1)
    total = sum(sum(divmod(int(d) * w, 10)) for d, w in zip(digits, weights, strict=True))
    return total % 10 == int(compact[11])


def _nric(value: str) -> bool:
    """A Singapore NRIC (S, T) or FIN (F, G): seven digits and a check letter."""
    weights = (2, 7, 6, 5, 4, 3, 2)
    total = sum(int(d) * w for d, w in zip(value[1:8], weights, strict=True))
    total += 4 if value[0] in "TG" else 0
    table = "JZIHGFEDCBA" if value[0] in "ST" else "XWUTRQPNMLK"
    return table[total % 11] == value[8]


def _hkid(value: str) -> bool:
    """A Hong Kong identity card number: one or two letters, six digits, a check digit or A
    (mod 11 with the letters as 10-35 and a missing first letter as 36)."""
    compact = re.sub(r"[ ()]", "", value)
    letters = compact[:-7]
    chars = ([36] if len(letters) == 1 else []) + [ord(c) - 55 for c in letters]
    chars += [int(d) for d in compact[-7:-1]]
    total = sum(v * w for v, w in zip(chars, range(9, 1, -1), strict=True))
    check = (11 - total % 11) % 11
    return compact[-1] == ("A" if check == 10 else str(check))


def _pps(value: str) -> bool:
    return ie_pps.is_valid(value)


def _hetu(value: str) -> bool:
    return fi_hetu.is_valid(value)


LETTERED_CHECKS: dict[str, Callable[[str], bool]] = {
    "nric": _nric,
    "hkid": _hkid,
    "nie": es_nie.is_valid,
    "dni": es_dni.is_valid,
    "pps": _pps,
    "hetu": _hetu,
    "rvnr": _rvnr,
}
# Lettered numbers flagged without a word that names them: the shape and check are rare enough.
# (An Irish PPS with one letter, and a Hong Kong ID without its bracket, look like stock codes.)
LETTERED_BARE = frozenset(("nric", "nie", "dni", "hetu", "rvnr"))


def _bare_lettered(kind: str, value: str) -> bool:
    if kind in LETTERED_BARE:
        return True
    if kind == "hkid":
        return "(" in value
    return kind == "pps" and not value[-1].isdigit() and not value[-2].isdigit()  # "1234567TA"


def _digits_bare(run: str, digits: str) -> bool:
    """A run of digits whose structure and check alone say it is a person's number."""
    n = len(digits)
    if n == 13 and digits.startswith("756"):
        return ch_ssn.is_valid(digits)  # Swiss AHV: EAN-13 check
    if n == 13:
        return za_idnr.is_valid(digits)  # South African ID: birth date, citizenship, Luhn
    if n == 15 and run[0] in "12":
        return fr_nir.is_valid(digits)  # French NIR: sex, birth year and month, mod 97 key
    if n == 11 and re.fullmatch(r"\d{2}\.\d{2}\.\d{2}-\d{3}\.\d{2}", run):
        return be_nn.is_valid(digits)  # Belgian national number in its own form
    if n == 11 and " " not in run and "-" not in run and "." not in run:
        return no_fnr.is_valid(digits)  # Norwegian: birth date and two mod-11 checks
    if n in (10, 12) and re.fullmatch(r"\d{6,8}[-+]\d{4}", run):
        return se_pnr.is_valid(run)  # Swedish: birth date, Luhn
    if n == 12 and re.fullmatch(r"\d{6}-\d{2}-\d{4}", run):
        return my_nric.is_valid(digits)  # Malaysian MyKad: birth date, birthplace
    return False


def _digits_named(run: str, digits: str) -> bool:
    """A run of digits whose check holds, for a sentence that speaks of identity."""
    n = len(digits)
    checks: list[Callable[[str], bool]] = []
    if n == 9:
        checks = [ca_sin.is_valid, au_tfn.is_valid, nl_bsn.is_valid, nz_ird.is_valid]
        if re.fullmatch(r"\d{3}[ -]\d{2}[ -]\d{4}", run):
            checks.append(us_ssn.is_valid)
    elif n == 8:
        checks = [au_tfn.is_valid, nz_ird.is_valid, nl_bsn.is_valid]
    elif n == 10:
        checks = [gb_nhs.is_valid, at_vnr.is_valid, dk_cpr.is_valid]
    elif n == 11:
        checks = [de_idnr.is_valid, pl_pesel.is_valid, br_cpf.is_valid, be_nn.is_valid]
    elif n == 12:
        checks = [in_aadhaar.is_valid]
    elif n == 13:
        checks = [luhn.is_valid] if digits.startswith("756") else []
    return any(_safe(check, digits) for check in checks)


def _safe(check: Callable[[str], bool], value: str) -> bool:
    try:
        return check(value)
    except (ValueError, IndexError):  # a validator that rejects by raising says "not one"
        return False


def _sentence_start(text: str, at: int) -> int:
    start = max(0, at - 160)
    last = start
    for stop in SENTENCE_STOP.finditer(text, start, at):
        last = stop.end()
    return last


def _named_as_a_record(lowered: str, start: int) -> bool:
    """The nearest name before the value is another record's ("order no. 046 454 286")."""
    window_start = _sentence_start(lowered, start)
    window_start = max(window_start, start - 40)
    record_end = max(
        (m.end() for m in RECORD_WORDS.finditer(lowered, window_start, start)), default=-1
    )
    if record_end < 0:
        return False
    identity_end = max(
        (m.end() for m in IDENTITY_WORDS.finditer(lowered, window_start, start)), default=-1
    )
    return record_end >= identity_end


def _identity_spoken_of(lowered: str, start: int, end: int) -> bool:
    """A word of identity in the value's sentence before it, or just after it."""
    return bool(
        IDENTITY_WORDS.search(lowered, _sentence_start(lowered, start), start)
        or IDENTITY_WORDS.search(lowered[end : end + 40].split(".")[0])
    )


def _lettered(text: str) -> Iterable[re.Match[str]]:
    """LETTERED's matches, leftmost first, tried only just before six digits in a row (every
    one of its numbers holds them within its first nine characters): a scan of the whole
    draft for a capital or a digit costs ten times more."""
    end = 0
    for six in SIX_DIGITS.finditer(text):
        for at in range(max(end, six.start() - 3), six.start() + 1):
            match = LETTERED.match(text, at)
            if match:
                yield match
                end = match.end()
                break


def find(text: str) -> Iterable[tuple[int, int]]:
    """The spans of national numbers in `text` (as written, separators included)."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return
    for match in _lettered(text):
        kind = match.lastgroup or ""
        value = match.group()
        if not _safe(
            LETTERED_CHECKS[kind],
            value.replace(" ", "").replace("-", "") if kind in ("nie", "dni", "rvnr") else value,
        ):
            continue
        if _named_as_a_record(lowered, match.start()):
            continue
        if _bare_lettered(kind, value) or _identity_spoken_of(lowered, *match.span()):
            yield match.span()
    for match in DIGIT_RUN.finditer(text):
        if match.start() and NOT_A_RUN_START.match(text, match.start() - 1):
            continue
        run = match.group()
        digits = re.sub(r"\D", "", run)
        if not 8 <= len(digits) <= 15 or DIALLED_BEFORE.search(
            text[max(0, match.start() - 9) : match.start()]
        ):
            continue
        if (
            DATE.fullmatch(run)
            or MONEY_AFTER.match(text, match.end())
            or MONEY_BEFORE.search(text[max(0, match.start() - 5) : match.start()])
        ):
            continue
        bare = _digits_bare(run, digits)
        if not bare and not (
            _digits_named(run, digits) and _identity_spoken_of(lowered, *match.span())
        ):
            continue
        if not _named_as_a_record(lowered, match.start()):
            yield match.span()
