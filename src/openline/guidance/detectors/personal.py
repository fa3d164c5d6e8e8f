"""Personal data: phone numbers (libphonenumber, GB/IE/NL/DE), e-mail addresses and street
addresses and postcodes in UK, Irish, Dutch and German formats. The company's own public
contacts are fine to quote and are left alone."""

import re
from collections.abc import Iterable

import phonenumbers
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher

from .base import Hit, trim_trailing

KIND = "personal_data"
REGIONS = ("GB", "IE", "NL", "DE")

# Cheap pre-filter: libphonenumber's matcher costs ~40 ms on 2 KB, so it only sees stretches
# that could be a number (7-15 digits, the usual separators).
PHONE_CANDIDATE = re.compile(r"(?<![\w+/.-])(?:\+|00)?\(?\d[\d ()./-]{5,22}\d(?![\w-])")
NOT_A_PHONE_BEFORE = re.compile(
    r"(?i)(?:order|serial|s/n|sn|ref|reference|invoice|ticket|case|tracking|imei|account|"
    r"model|batch|lot|version|firmware|build|no)\.?\s*(?:no\.?|number|#|:)?\s*$"
)
EMAIL = re.compile(r"(?<![\w.+-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
EXAMPLE_DOMAINS = re.compile(r"(?i)(?:^|\.)(?:example\.(?:com|org|net)|example|invalid|test)$")

_NAME = r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?"
ADDRESS_PATTERNS = (
    # UK and Ireland: "12 Baker Street", "Flat 3, 7a St John's Road"
    re.compile(
        r"\b(?:(?:Flat|Apartment|Apt|Unit)\s+\d{1,4}[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+"
        rf"(?:{_NAME}\s+){{1,3}}(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way"
        r"|Crescent|Cres|Place|Terrace|Gardens|Gdns|Court|Grove|Square|Sq|Mews|Parade|Hill"
        r"|Boulevard|Quay)\b\.?"
    ),
    # Netherlands: "Oudegracht 231", "Stationsweg 12b"
    re.compile(
        r"\b[A-Z][a-z]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|hof|markt)"
        r"\s+\d{1,4}(?:\s?[a-z]\b|-\d{1,3})?\b"
    ),
    # Germany: "Hauptstraße 5", "Am Ring 12", "Berliner Allee 3a"
    re.compile(
        r"\b(?:[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer)"
        r"|[A-ZÄÖÜ][a-zäöüß]+(?:er)?\s+(?:Straße|Strasse|Weg|Allee|Platz|Ring|Damm))"
        r"\s+\d{1,4}[a-z]?\b"
    ),
    # UK postcode: "LS6 2QT", "M1 1AE"
    re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d(?!GB|MB|KB|TB|AM|PM)[ABD-HJLNP-UW-Z]{2}\b"),
    # Irish Eircode: "D02 X285", "T12 HW58" (with at least one digit in the last four)
    re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?(?=[A-Z]*\d)[0-9AC-FHKNPRTV-Y]{4}\b"),
    # Dutch postcode: "3512 JE" (SA, SD and SS are never issued; common capitals are not places)
    re.compile(
        r"(?<![£€$\d.,])\b[1-9]\d{3} ?(?!SA|SD|SS|OK|EU|UK|US|TV|PM|AM|MB|GB|KB|TB|HH|NL|DE|IE"
        r"|ID|PC|EV|AC|DC|HP|IT|VAT)[A-Z]{2}\b"
    ),
    # German postcode with its town, after a comma or at the start of a line: ", 10115 Berlin"
    re.compile(r"(?:(?<=,)|(?<=, )|(?<=\n)|^)\s*\d{5} [A-ZÄÖÜ][a-zäöüß]+", re.MULTILINE),
)
# What may sit between the parts of one address: commas, spaces and a town or two.
ADDRESS_GAP = re.compile(r"[,\s]*(?:[A-Z][\w'\u2019-]+[,\s]+){0,3}")

PHONE_MESSAGE = (
    "This is a phone number that is not one of our public contacts. A person's number in a "
    "public reply is personal data they did not agree to share."
)
EMAIL_MESSAGE = (
    "This is an e-mail address that is not one of our public contacts. A person's address in "
    "a public reply is personal data they did not agree to share."
)
ADDRESS_MESSAGE = (
    "This looks like a home address or postcode. Together with a name it identifies where "
    "someone lives."
)
SUGGESTION = (
    "Remove it and say 'the number/address on your account' instead; if you need it, ask for it "
    "in a private message."
)


def normalise_phone(raw: str, region: str = "GB") -> str | None:
    """+E.164 for a valid number (national numbers read as `region`), else None."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return phonenumbers.format_number(number, PhoneNumberFormat.E164)


def _phones(text: str, public_phones: frozenset[str]) -> Iterable[Hit]:
    for candidate in PHONE_CANDIDATE.finditer(text):
        raw = candidate.group()
        digits = sum(c.isdigit() for c in raw)
        if not 7 <= digits <= 15 or NOT_A_PHONE_BEFORE.search(
            text[max(0, candidate.start() - 24) : candidate.start()]
        ):
            continue
        regions = ("GB",) if raw.startswith(("+", "00")) else REGIONS
        for region in regions:
            matches = list(PhoneNumberMatcher(raw, region, leniency=Leniency.VALID))
            if not matches:
                continue
            for match in matches:
                e164 = phonenumbers.format_number(match.number, PhoneNumberFormat.E164)
                if e164 not in public_phones:
                    start = candidate.start() + match.start
                    yield Hit(KIND, start, candidate.start() + match.end, PHONE_MESSAGE, SUGGESTION)
            break


def _emails(text: str, public_emails: frozenset[str]) -> Iterable[Hit]:
    for match in EMAIL.finditer(text):
        end = trim_trailing(text, match.start(), match.end(), chars=".-")
        address = text[match.start() : end].lower()
        domain = address.rsplit("@", 1)[1]
        if address in public_emails or EXAMPLE_DOMAINS.search(domain):
            continue
        yield Hit(KIND, match.start(), end, EMAIL_MESSAGE, SUGGESTION)


def _addresses(text: str) -> list[Hit]:
    spans = sorted(
        (match.start() + len(match.group()) - len(match.group().lstrip()), match.end())
        for pattern in ADDRESS_PATTERNS
        for match in pattern.finditer(text)
    )
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and (start <= merged[-1][1] or ADDRESS_GAP.fullmatch(text, merged[-1][1], start)):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [Hit(KIND, start, end, ADDRESS_MESSAGE, SUGGESTION) for start, end in merged]


def detect(text: str, *, public_emails: frozenset[str], public_phones: frozenset[str]) -> list[Hit]:
    return [*_phones(text, public_phones), *_emails(text, public_emails), *_addresses(text)]
