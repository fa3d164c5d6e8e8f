"""Personal data: phone numbers of any country (libphonenumber's "possible" numbers, so unallocated
and fictional ranges count too), e-mail addresses (also written out: "jo dot smith at gmail dot
com"), street addresses and postcodes in common European, US, UK and Asian forms, dates of birth,
national ID and passport numbers, and a full name given with its order or booking. The company's
own public contacts are fine to quote and are left alone; fediverse and Bluesky handles are
addresses of public accounts, not e-mail addresses."""

import calendar
import functools
import re
import unicodedata
from collections.abc import Iterable
from re import _parser  # type: ignore[attr-defined]
from typing import Any

import phonenumbers
from django.utils import timezone
from django.utils.translation import gettext_noop
from phonenumbers import Leniency, PhoneNumberFormat, PhoneNumberMatcher, shortnumberinfo

import openline.guidance.detectors.gates as gates

from .base import Hit, Phrase, trim_trailing
from .national_ids import find as national_numbers
from .spoken_digits import DIGIT_WORD, REPEAT_WORD, REPEATS, UNITS

KIND = "personal_data"


def _alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a "(?:a|b|…)" pattern."""
    found, depth, start = [], 0, 3
    for at in range(3, len(pattern) - 1):
        char = pattern[at]
        if pattern[at - 1] == "\\":
            continue
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            found.append(pattern[start:at])
            start = at + 1
    return [*found, pattern[start:-1]]


def _trie(words: Iterable[str]) -> str:
    """One pattern for many literal words, as a tree of their letters: the engine gives up on a
    word after its first letters instead of trying every alternative (six times faster here)."""
    root: dict[str, dict[str, Any]] = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}

    def emit(node: dict[str, dict[str, Any]]) -> str:
        branches = [re.escape(char) + emit(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        if "" in node:
            return (body if body.startswith("(?:") and len(branches) > 1 else f"(?:{body})") + "?"
        return body

    return emit(root)


def _fast_alternation(pattern: str, slow: Iterable[str] = ()) -> tuple[str, str]:
    """A "(?:a|b|…)" pattern as (its literal alternatives as a tree, and the others but the
    `slow` ones; the `slow` ones alone): the slow ones are only tried where their literal is."""
    words, others, kept = [], [], []
    for branch in _alternatives(pattern):
        exact = gates._read(_parser.parse(branch, 0)).exact
        if any(literal in branch for literal in slow):
            kept.append(branch)
        elif exact is not None:
            words += sorted(exact)
        else:
            others.append(branch)
    return "(?:" + "|".join([_trie(words), *others]) + ")", "(?:" + "|".join(kept) + ")"


# National numbers (without +) are read as these countries' in turn; international ones as written.
# A North American number is only read as one when grouped like one ("(512) 555-0147").
REGIONS = ("GB", "IE", "NL", "DE")
NANP_SHAPED = re.compile(
    r"(?:1[ .-]?)?(?:\(?\d{3}\)?[ .-]\d{3}[ .-]\d{4}|\(\d{3}\)\s?\d{3}[ .-]?\d{4})"
)
# An amount, not a number to call: "€ 612 345 678", "612 345 678 euros".
MONEY_AROUND = re.compile(r"[£€$¥]\s?$")
MONEY_AFTER = re.compile(
    r"\s?(?:[£€$¥%]|(?i:euros?|eur|dollars?|usd|pounds?|gbp|chf|kr|yen|rupees?|inr|reais|brl)\b)"
)
# An extension after the number: "ext. 12", "x4471", ", extension 4471", "Durchwahl 55".
EXTENSION = re.compile(
    r"(?i),?\s*(?:ext\.?|extn\.?|extension|x|#|Durchwahl|DW|poste|toestel|interno|int\.)\s*\d{1,6}\b"
)
# Words that say the number after them is a phone number, whatever else is nearby ("phone no.").
PHONE_WORD_BEFORE = re.compile(
    r"(?i)\b(?:phone|tel|telephone|mobile|cell|fax|whatsapp|signal|sms|text|call|ring|landline"
    r"|handy|telefon|t\u00e9l\u00e9phone|portable|tel\u00e9fono|m\u00f3vil|cellulare|mobiel"
    r"|celular|telefone|telefono|telefonnummer|handynummer|rufnummer|(?:my|her|his|their|your"
    r"|direct|contact|private|home|work) (?:number|no|nr|n\u00famero|num\u00e9ro|nummer|numero)"
    # "Jun-ho's number is …", but not "the order's number"
    r"|(?!(?:order|booking|ticket|case|account|card|parcel|invoice|claim|flight|room|seat|car"
    r"|item|product|model|build|version|plate)['\u2019]s)[a-z][\w-]*['\u2019]s (?:number|phone"
    r"|mobile|cell)"
    # "he's on …", "you can reach her on …"
    r"|(?:he|she|they)(?:['\u2019]s|['\u2019]re| is| are)|reach|contact"
    r"|(?:mi|su|mon|son|sa|ma|meine|seine|ihre|il mio|il suo|o meu|o seu)"
    r" (?:n\u00famero|num\u00e9ro"
    r"|nummer|numero))\b"
    r"\.?(?:\s*(?:no\.?|nr\.?|number|num\.?|#|:|on|at|is|es|est|ist|\u00e8|\u00e9|him|her|them"
    # "we'll WhatsApp you on …", "I'll ring you back on …" (precise-v11); "updated your mobile
    # to …" (personal-v16)
    r"|me|us|you|back|to)){0,3}\s*:?\s*$"
)
DATE_LIKE = re.compile(r"\d{4}[./-]\d{1,2}[./-]\d{1,2}|\d{1,2}[./-]\d{1,2}[./-]\d{2,4}")
# The end of a code with digits in it, then one space: "1Z 999 AA1 01 2345 6784" goes on.
CODE_BEFORE = re.compile(r"[A-Za-z]+\d[A-Za-z0-9]*\s$|\d[A-Za-z]+[A-Za-z0-9]*\s$")

# Cheap pre-filter: libphonenumber's matcher costs ~40 ms on 2 KB, so it only sees stretches
# that could be a number (7-15 digits, the usual separators).
PHONE_CANDIDATE = re.compile(
    r"(?<![\w+/.-])(?:\(\+\d{1,4}\)\s?|\+|00)?\(?\d[\d ()./-]{5,22}\d(?![\w-])"
)
NOT_A_PHONE_BEFORE = re.compile(
    r"(?i)(?:order|serial|s/n|sn|ref|reference|invoice|ticket|case|tracking|imei|account|"
    r"model|batch|lot|version|firmware|build|no|tag|id|member|membership|club|loyalty|booking"
    r"|pnr|customer|subscription|parcel|barcode|voucher|claim)\.?\s*"
    # "customer number is …", "Ihre Kundennummer ist …": a record's number stated (values-v17)
    r"(?:(?:no\.?|number|#|id)(?:\s*(?:is|was|:))?|:)?\s*$"
    r"|(?:kunden|bestell|rechnungs|vertrags|auftrags|mitglieds|vorgangs|buchungs|sendungs"
    r"|referenz|fall|ticket|versicherungsschein|policen)(?:nummer|nr\.?)\s*(?:ist|lautet|war|:)?\s*$"
    r"|\b[a-z]{2}\d{2}(?:\s?[a-z0-9]{4}){1,7}\s?$"
    # the digits go on from a record's reference: "invoice number KM-INV-4412 0987 3321 0045"
    # (values-v19)
    r"|(?<![\w-])[a-z]{1,6}-(?:[a-z]{1,6}-)?\d{2,}\s$"
)
# A number that is only "possible" (not allocated) counts when it is written like a phone number:
# international with +, or national in the usual groupings ("(555) 123-4567", "07700 900123").
PHONE_SHAPED = re.compile(
    r"\+\d[\d ()./-]+|\(?\d{3}\)?[ .-]?\d{3}[ .-]\d{4}|0\d{2,4}[ -]?\d{3}[ -]?\d{3,4}"
    # "+" dialled as "00": "0044 7700 900 552" (personal-v31)
    r"|00[1-9]\d{0,2}[ ()./-]*\d[\d ()./-]+"
    # Swiss and Austrian groupings: "076 388 19 04", "0664 123 45 67" (personal-v31)
    r"|0\d{2,3} \d{3} \d{2} \d{2}"
    r"|0\d{1,2}-\d{3,4}-\d{4}"  # Korean and Japanese mobiles: "010-1234-5678", "090-…"
    # Mobiles in other countries' groupings: Spain "612 345 678", India "98765 43210", China
    # "138 0013 8000", Brazil "(11) 91234-5678", France "06 12 34 56 78".
    r"|[67]\d{2} \d{3} \d{3}|[6-9]\d{4} \d{5}|1[3-9]\d[ -]\d{4}[ -]\d{4}"
    r"|\(\d{2}\)\s?\d{4,5}-\d{4}|0[1-9](?:[ .]\d{2}){4}"
)
# Not after "@": "@ana@mastodon.ie" is a fediverse handle, not an e-mail address.
EMAIL = re.compile(
    r"(?<![\w.+@-])[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}"
)
EXAMPLE_DOMAINS = re.compile(r"(?i)(?:^|\.)(?:example\.(?:com|org|net)|example|invalid|test)$")

_NAME = r"[A-Z][a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?"
_STREET_TYPE = (
    r"(?:Street|St|Road|Rd|Lane|Ln|Avenue|Ave|Close|Drive|Dr|Way|Crescent|Cres|Place|Terrace"
    r"|Gardens|Gdns|Court|Grove|Square|Sq|Mews|Parade|Hill|Boulevard|Quay|Park|Row|Rise|Walk"
    r"|Green|Heights|Lawns?|Meadows?|Vale|Estate|View|Wharf|Chase|Glen|Manor|Downs|Hollow|Wynd"
    r"|Brae|Loan|Gate|Tce|Pde|Cl|Gr|Esp|Esplanade|Promenade|Circuit|Cct|Crt|Embankment|Broadway)"
)
# Addresses in Japan and Korea: romanised, and in kanji and hangul (ADDRESS_PATTERNS).
_FAR_EAST = (
    # "1-2-3 Jingumae"; two parts only with a suffix or a ward after: "3-5 May" and "9-6
    # Pacific" are ranges of days and hours.
    r"\b\d{1,4}(?:-\d{1,4}){2}\s+[A-Z][a-z]+(?:-(?:cho|machi|dori|ro|gil|dong))?",
    r"\b\d{1,4}-\d{1,4}\s+[A-Z][a-z]+(?:-(?:cho|machi|dori|ro|gil|dong)"
    r"|(?=,?\s+[A-Z][a-z]+-(?:ku|gu|shi|si|gun|dong)\b))",
    r"\b(?:\d{1,4}\s+)?[A-Z][a-z]+-(?:ro|gil|daero)\b(?:\s+\d{1,4}(?:-\d{1,4})?)?",
    r"\b\d{1,2}-?ch[oō]me(?:-\d{1,4}){0,2},?\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?",
    r"[\u4e00-\u9fff0-9]{0,12}[\u4e00-\u9fff]{1,8}(?:路|街|大道|巷|道|里)\s?\d{1,5}\s?号"
    r"(?:\s?\d{1,4}\s?(?:室|楼|栋))?",
    r"\b[A-Z][a-z]+-(?:ku|gu|shi|si|gun|dong)\b",
    r"〒\s?\d{3}-\d{4}",
    r"[\u4e00-\u9fff]{1,4}[都道府県][\u4e00-\u9fff\u3040-\u30ff]{1,10}[市区町村郡]"
    r"[\u4e00-\u9fff\u3040-\u30ff0-9\uff10-\uff19\-\uff0dー丁目番地号]{0,20}",
    r"[가-힣]{2,8}(?:특별시|광역시|시|도)\s*[가-힣]{1,6}(?:구|군|시)\s*[가-힣0-9]{1,10}(?:로|길|동)"
    r"(?:\s*\d{1,4}(?:-\d{1,4})?)?",
)
# Every alternative in script needs one of these characters (a han character, "〒" or a hangul
# syllable): a text without any can match only the romanised ones, and the pattern of those alone
# finds the same matches there without trying the script's at every position (~3 times faster on a
# 2 KB draft).
FAR_EAST_ADDRESS = re.compile("|".join(_FAR_EAST))
FAR_EAST_SCRIPT = re.compile("[\u3012\u4e00-\u9fff\uac00-\ud7a3]")
FAR_EAST_ROMANISED = re.compile("|".join(_FAR_EAST[i] for i in (0, 1, 2, 3, 5)))
ADDRESS_PATTERNS = (
    # UK and Ireland: "12 Baker Street", "Flat 3, 7a St John's Road"
    re.compile(
        r"\b(?:(?:Flat|Apartment|Apt|Unit)\s+\d{1,4}[A-Za-z]?,?\s+)?\d{1,4}[A-Za-z]?,?\s+"
        rf"(?:{_NAME}\s+){{1,3}}{_STREET_TYPE}\b\.?(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b\.?)?"
        r"(?:,?\s+(?:Suite|Ste\.?|Apt\.?|Apartment|Unit|Floor|Fl\.?|#)\s*\w{1,6}\b)?"
    ),
    # US forms the pattern above misses: "1234 Oak Blvd", "55 W 4th St", a state and ZIP code.
    re.compile(
        r"\d(?<!\w\d)\d{0,4}\s+(?:[NSEW]\.?\s+)?(?:\d{1,3}(?:st|nd|rd|th)|[A-Z][a-z]+)(?:\s+[A-Z][a-z]+)?"
        r"\s+(?:Blvd|Pkwy|Parkway|Hwy|Highway|Ct|Pl|Ter|Trl|Cir)\b\.?(?:,?\s+(?:Apt|Suite|Ste|Unit|#)"
        r"\s*\w{1,6})?"
    ),
    re.compile(
        r"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV"
        r"|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|DC) \d{5}(?:-\d{4})?\b"
    ),
    # French, Spanish, Italian, Portuguese, Polish: "12 rue de la Paix", "Calle Mayor 5",
    # "Via Roma 12", "ul. Długa 5".
    re.compile(
        r"\b\d{1,4}(?:\s?(?:bis|ter))?,?\s+(?i:rue|avenue|av\.|boulevard|bd|chemin|allée|impasse"
        r"|quai|place)\s+(?:(?i:de|du|des|la|le|les|l'|d')\s*)*[A-ZÀ-Ý][\w'\u2019-]+"
        r"(?:\s+[A-ZÀ-Ý][\w'\u2019-]+){0,3}"
        r"|\b(?i:calle|c/|avenida|avda\.|av\.|plaza|paseo|carrer|rua|via|viale|piazza|corso|largo"
        r"|ul\.|ulica|aleja|al\.)\s+(?:(?i:de|del|della|di|da|do|dos|das|la|las|los)\s+)*"
        # a street's name is a name, not an acronym: "shipping is via DHL, 2-3 days", "charge
        # via USB-C, 5V" (english-alarms-v26)
        r"(?!(?![IVXLCDM]+\b)[A-Z0-9-]{2,}\b)"
        r"[A-ZÀ-ÝŁŚŻŹĆŃ][\w'\u2019-]+(?:\s+[A-ZÀ-ÝŁŚŻŹĆŃ][\w'\u2019-]+){0,3},?\s+(?:n[º°o]\.?\s*)?"
        r"\d{1,4}[a-zA-Z]?\b"
    ),
    # A street named in one word, its kind at its end, then its town: "8 Broadway, Chorlton",
    # "12 Southgate, Chichester" (values-v13).
    re.compile(
        r"\d(?<!\w\d)\d{0,3}[A-Za-z]?,?\s+[A-Z][a-z]{2,}(?:way|gate|side|croft|field|fields|mead|garth)"
        r"(?=,\s*[A-Z][a-z]{2,})"
    ),
    # Nordic compounds: "Storgatan 12", "Nørregade 4", "Mannerheimintie 5".
    re.compile(
        r"\b[A-ZÄÖÅÆØ][a-zäöåæø]+(?:gatan|gata|gade|vej|veien|vegen|katu|tie)\s+\d{1,4}[A-Za-z]?\b"
    ),
    # Japan and Korea, romanised: "1-2-3 Shibakoen, Minato-ku", "152 Teheran-ro, Gangnam-gu";
    # Japanese postcode "〒150-0001"; in kanji and hangul: "東京都渋谷区神南1-2-3",
    # "서울특별시 강남구 테헤란로 152".
    FAR_EAST_ADDRESS,
    # Netherlands: "Oudegracht 231", "Stationsweg 12b"
    re.compile(
        r"\b[A-Z][a-z]+(?:straat|laan|weg|plein|gracht|kade|singel|dijk|steeg|dreef|hof|markt)"
        r"\s+\d{1,4}(?:\s?[a-z]\b|-\d{1,3})?\b"
    ),
    # Germany: "Hauptstraße 5", "Berliner Allee 3a"; a street named after a person or a place
    # in hyphenated parts: "Otto-Lilienthal-Straße 14", "Max-Planck-Str. 3", "Johann-Strauß-Gasse 4"
    # (values-v14, session 27).
    re.compile(
        r"\b(?:[A-ZÄÖÜ][a-zäöüß]+(?:straße|strasse|str\.|weg|gasse|platz|allee|ring|damm|ufer)"
        # an English article or pronoun names no street: "The Ring 3 ships from …"
        # (english-alarms-v26)
        r"|(?!(?:The|This|That|These|Those|Our|Your|My|Their|His|Her|Its|New|Old|A|An)\s)"
        r"[A-ZÄÖÜ][a-zäöüß]+(?:er)?\s+(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Damm|Gasse)"
        r"|(?:[A-ZÄÖÜ][a-zäöüß]+-){1,3}(?:Straße|Strasse|Str\.|Weg|Gasse|Platz|Allee|Ring|Damm"
        r"|Ufer|Promenade|Chaussee))"
        r"\s+\d{1,4}[a-z]?\b"
    ),
    # US numbered streets: "500 W 2nd Ave", "10 E 42nd Street"; a PO box in several languages.
    re.compile(
        r"\b\d{1,5}\s+(?:[NSEW]\.?\s+)?\d{1,3}(?:st|nd|rd|th)\s+(?:Street|St|Avenue|Ave|Road|Rd"
        r"|Blvd|Boulevard|Drive|Dr|Place|Pl|Lane|Ln|Way|Terrace)\b\.?"
        r"(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?(?:,?\s+(?:Suite|Ste\.?|Apt\.?|Unit|#)\s*\w{1,6}\b)?"
        r"|\b(?:P\.?\s?O\.?\s?Box|Postfach|Apartado(?: de correos)?|Case postale|Casella postale"
        r"|Postbus)\s+\d{1,6}\b"
    ),
    # Australia: a state and postcode ("Surry Hills NSW 2010"); Canada: "K1A 0B1";
    # Singapore and Brazil: "Singapore 238801", "CEP 01310-100".
    re.compile(
        r"\b(?:NSW|VIC|QLD|WA|SA|TAS|ACT|NT)\s+\d{4}\b"
        r"|\b[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] \d[ABCEGHJ-NPRSTV-Z]\d\b"
        r"|\bSingapore \d{6}\b|\bCEP:?\s*\d{5}-?\d{3}\b"
    ),
    # Nordic street words written apart or as a compound: "Karl Johans gate 22",
    # "Kungsvägen 5", "Strandvejen 12", "Aleksanterinkatu 3".
    re.compile(
        r"\b(?:[A-ZÄÖÅÆØ][a-zäöåæø]+\s+)?[A-ZÄÖÅÆØ][a-zäöåæø]+s?\s+(?:gate|gata|vei|veg|vej|gade"
        r"|allé|plass|torg|stræde)\s+\d{1,4}[A-Za-z]?\b"
        r"|\b[A-ZÄÖÅÆØ][a-zäöåæø]+(?:vägen|väg|gränd|torget|stigen|gaten|veien|vegen|stræde"
        r"|allé|kuja|polku|tori)\s+\d{1,4}[A-Za-z]?\b"
    ),
    # Four-digit postcodes with their town after a comma (Swiss, Austrian, Belgian, Danish,
    # Norwegian): ", 8001 Zürich", ", 1000 Bruxelles".
    re.compile(r"(?:(?<=,)|(?<=, ))[1-9]\d{3} [A-ZÄÖÜÅÆØ][a-zäöüßåæøéèü-]+"),
    # India: a town and its six-digit PIN code after a comma ("…, Chennai - 600020"), or the
    # PIN code named ("PIN 560001").
    re.compile(
        r"(?:(?<=,)|(?<=, ))[A-Z][a-z]+(?: [A-Z][a-z]+)?\s?(?:[-\u2013]\s?)?[1-9]\d{2}\s?\d{3}\b"
        r"|(?i:\bPIN(?: code)?)\s*:?\s*[1-9]\d{5}\b"
    ),
    # Chinese and other six-digit postcodes after a city: "Shanghai 200001"
    re.compile(r"(?:(?<=,)|(?<=, ))[A-Z][a-z]+ \d{6}\b"),
    # Polish and Portuguese postcodes with their town: "00-238 Warszawa", "1100-053 Lisboa"
    re.compile(r"\b\d{2,4}-\d{3} [A-ZŁŚŻ][a-ząćęłńóśźż]+"),
    # UK postcode: "LS6 2QT", "M1 1AE"
    re.compile(r"\b(?:[A-Z]{1,2}\d[A-Z\d]?|GIR) ?\d(?!GB|MB|KB|TB|AM|PM)[ABD-HJLNP-UW-Z]{2}\b"),
    # Irish Eircode: "D02 X285", "T12 HW58" (with at least one digit in the last four)
    re.compile(r"\b(?:[AC-FHKNPRTV-Y]\d{2}|D6W) ?(?=[A-Z]*\d)[0-9AC-FHKNPRTV-Y]{4}\b"),
    # Dutch postcode: "3512 JE" (SA, SD and SS are never issued; common capitals are not places),
    # after a comma or followed by its town: alone, "1080 HD" and "2019 EN" are a screen and a
    # standard.
    re.compile(
        r"[1-9](?<![£€$\d.,][1-9])(?:(?<=, [1-9])|(?<!\w[1-9]))\d{3} ?"
        r"(?!SA|SD|SS|OK|EU|UK|US|TV|PM|AM|MB|GB|KB|TB|HH|NL|DE|IE|ID|PC|EV|AC|DC|HP|IT|VAT)"
        r"[A-Z]{2}\b(?:(?<=, \d{4} [A-Z]{2})|(?<=, \d{4}[A-Z]{2})|(?=,?\s+[A-Z][a-z]))"
    ),
    # Any country's postcode when it is named: "postcode 3512 JE", "ZIP: 94107", "PLZ 10115".
    re.compile(
        r"(?i:\b(?:post ?code|postal code|zip(?: code)?|PLZ|code postal|c\.p\.|CAP|PIN code)"
        r"(?: is)?)\s*:?\s*(?=[A-Z0-9 -]{0,8}\d)[A-Z0-9](?:[A-Z0-9]|[ -](?=[A-Z0-9])){2,8}\b"
    ),
    # German postcode with its town, after a comma or at the start of a line: ", 10115 Berlin"
    re.compile(r"(?:(?<=,)|(?<=, )|(?<=\n)|^)\s*\d{5} [A-ZÄÖÜ][a-zäöüß]+", re.MULTILINE),
)
# Dates of birth: a date right after the words that say it is one.
DOB = re.compile(
    r"(?i)\b(?:DOB|D\.O\.B\.?|date of birth|birth ?date|born(?: on)?|birthday(?: is)?"
    r"|Geburtsdatum|Geburtstag|geb\.|geboren(?: am)?)\s*[:\-,]?\s*"
    r"(?:is\s+|was\s+|on\s+|as\s+|ist\s+|am\s+)?(?P<date>\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc]{2,8}\.?,?\s+\d{4}"
    r"|[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})"
)
# National insurance / ID / passport / social security numbers, by shape or by the words before.
_ID_WORDS = (
    r"passport|ID card|identity card|national ID|ID number|PPSN?|PPS number|SSN"
    r"|social security|BSN|DNI|NIE|NIF|codice fiscale|personnummer|CPR|national insurance"
    r"|NI number|NHS number|driving licen[cs]e|licen[cs]e number|Personalausweis(?:nummer)?"
    r"|Ausweis(?:nummern?|kopie)?|Reisepass(?:nummern?)?|Steuer-?ID|Steueridentifikationsnummer"
    # The German compounds of a passport's and an identity card's number, the Swiss card's
    # name (values-v16, session 29): "Passnummer", "Passnummern der Gruppe:", "ID-Karte"
    r"|Passnummern?|Pass-Nr|Identit\u00e4tskarte(?:nnummer)?|ID-Karte(?:nnummer)?|ID-Nummer"
    r"|Sozialversicherungsnummer|Rentenversicherungsnummer|F\u00fchrerschein(?:nummer)?"
    r"|Aadhaa?r|PAN(?: card)?(?= number| no)|driving(?: licen[cs]e)?(?= number| no)|driver(?:'s)?"
    r" licen[cs]e|driver(?= number| no)|tax file|tax ID|TFN|NRIC|CURP|CPF|PESEL|social insurance"
    r"|(?:carer|disability|blue badge|health|medicare|insurance|residence|residency|ID|identity)"
    r" card|(?:health )?insurance(?= number| no)|Steuernummer|Krankenversicherungsnummer"
    r"|AHV(?:-Nummer| number)?|resident(?: registration)? number|tax (?:number|no\.?|reference)"
    r"|(?-i:My Number)"
    # A personal customs clearance code ("personal customs code: P1200…"; personal-v16)
    r"|customs (?:clearance )?(?:code|number)|clearance code|Zollnummer"
    # A driving licence's and a tax number's short names ("DL number P6142-…", "KRA PIN
    # A0047…"), an animal's microchip, which the register ties to its keeper (values-v18)
    r"|DL(?= number| no)|tax PIN|KRA PIN|(?-i:TIN)(?= number| no|:)|microchip(?: number)?"
    r"|chip number|Chipnummer|Transpondernummer"
    # A travel or identity document's number by that name: "document number PAA123456"
    # (values-v19)
    r"|(?:travel |identity |ID )?document (?:number|no\.?)(?= )|Dokumente?nnummer"
    # The German names of a social or health insurance's number for its holder, as the English
    # "insurance number" above: "SV-Nr. 4417 230507", "Versichertennummer …" (values-v14,
    # session 27)
    r"|SV-?Nr|SVNR|Sozialversicherungsnr|Versichertennummer|Versicherten-?Nr"
    r"|Versichertenkarte(?:nnummer)?"
    # A student's, a pupil's, an inmate's and an immigrant's number, a health card's, a German
    # passport's short form (personal-v31): "Matrikelnummer 21-915-334", "UPN A8012…",
    # "inmate number is 8823-045", "A-number …: A 214-883-907", "Passnr. C4J7L2R9X"
    # (an English "student number" is also the one a college gives its student to log in)
    r"|Matrikel(?:nummer|-?Nr)"
    r"|UPN|unique pupil number|inmate (?:number|no|ID)|prisoner (?:number|no)|A-number"
    r"|alien (?:registration )?number|medicare(?: number)?|Krankenversicherungskarte"
    r"|Gesundheitskarte|Passnr|Ausweisnr|Geburtsnummer|rodn\u00e9 \u010d\u00edslo|birth number"
    # More countries' own names of a person's number (personal-v32): France's NIR and social
    # security number, Norway's, Finland's, Belgium's, the Netherlands', Hong Kong's,
    # Malaysia's and New Zealand's, Spain's and Italy's health card, Switzerland's French AVS
    r"|(?-i:IRD|NIR|NSS|AVS|HKID|IdNr)|INSEE|MyKad|IC (?:number|no)|f\u00f8dselsnummer"
    r"|henkil\u00f6tunnus|rijksregisternummer|burgerservicenummer|s\u00e9curit\u00e9 sociale"
    r"|seguridad social|SV-Nummer|tessera sanitaria|carte vitale|num\u00e9ro fiscal"
)
_NATIONAL_ID_SHAPES = (
    r"\b(?!BG|GB|NK|KN|TN|NT|ZZ)[A-Z]{2}"
    r"\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b"
    r"|\b\d{3}-\d{2}-\d{4}\b"
)
_NATIONAL_ID_TAIL = (
    # "Personalausweis-Nr. L01X3TK79" (personal-v31)
    r"(?i:(?:[ -](?:no\.?|number|#|nr\.?))?)"
    # What may come between the name of the number and the number: "(the PPS number you gave
    # us (…)", "passport number as …", "carer card number — I have …".
    r"(?:\s*(?:[(,\u2014\u2013:#-]|\b(?:is|as|was|reads|shows|we have|you gave us|you gave"
    r"|on file|on record|on the form|I have|I see|ending"
    # "is in our system as K7Q42M1P8", "was entered as …"
    r"|in (?:our|the|your) (?:system|records?|file|profile|account|booking)|recorded|saved"
    r"|stored|listed|noted|registered|entered)\b))*"
    # Groups may be parted by spaces, dashes, dots or slashes: "529.982.247-25".
    r"\s*(?P<value>(?=[A-Z0-9 ./-]*\d)[A-Z0-9](?:[A-Z0-9]|[ ./-](?=[A-Z0-9])){5,20})"
)
NATIONAL_ID = re.compile(
    rf"{_NATIONAL_ID_SHAPES}|(?i:\b(?:{_ID_WORDS})){_NATIONAL_ID_TAIL}"
)  # in one pass; _identifiers runs the shapes and the tail after each name (as fast)
NATIONAL_ID_SHAPES = re.compile(_NATIONAL_ID_SHAPES)
NATIONAL_ID_AFTER = re.compile(_NATIONAL_ID_TAIL)
# National numbers whose shape alone says what they are: an Indian PAN ("ABCPK5521L", the
# fourth letter says who holds it), a Brazilian CPF ("529.982.247-25"), a Swiss AHV number
# ("756.1234.5678.97") and a Korean resident number (a date of birth, a dash, seven digits).
ID_SHAPES = re.compile(
    # The look-ahead lets the engine skip every other character at once (4 times faster).
    r"(?=[A-Z\d])(?:\b[A-Z]{3}[PCHFATBLJG][A-Z]\d{4}[A-Z]\b"
    r"|(?<![\d.])\d{3}\.\d{3}\.\d{3}-\d{2}\b"
    r"|(?<![\d.])756\.\d{4}\.\d{4}\.\d{2}\b"
    r"|(?<![\d-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-8]\d{6}\b"
    # Mexico's CURP (initials, date of birth, sex, state, consonants, two checks) and RFC
    # (initials, date of birth, three characters): "GOMA910322HDFRRL08", "HEGJ850612T45"
    # (personal-v31)
    r"|\b[A-Z]{4}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HMX][A-Z]{5}[A-Z0-9]\d\b"
    r"|\b[A-Z]{4}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[A-Z0-9]{2}\d\b)"
)
# The number named earlier in the sentence: "your DNI — I've added the one you sent
# (48291736K)", "Lost passport found at the car park: number 94712538". Another number's name
# in between ("passport and booking reference …") makes the value that number.
_ID_LATER_TAIL = (
    # "passport (no. 558213907)": the dot of "no." or "Nr." does not end the sentence.
    r"(?P<between>(?:[^.!?\n]|(?<=[Nn][OoRr])\.){1,60}?)(?<![\w-])(?<![^Nn][^OoRr]\.)"
    r"(?P<value>(?=(?:[A-Z]{0,3}[ .-]?)?\d)[A-Z0-9](?:[A-Z0-9]|[ .-](?=\d)){5,15})(?![\w-])"
)
ID_LATER = re.compile(rf"(?i:\b(?:{_ID_WORDS})\b){_ID_LATER_TAIL}")
# The same in two steps, as fast: the names of numbers in lower-cased text (an alternation of
# words with re.IGNORECASE costs about twice as much), then the value after each.
ID_WORD_LOWER = re.compile(rf"\b(?:{_ID_WORDS.lower()})\b")
ID_LATER_AFTER = re.compile(_ID_LATER_TAIL)
NOT_THE_ID_BETWEEN = re.compile(
    r"(?i)\b(?:order|booking|reference|ref|ticket|case|flight|invoice|account|member|card"
    r"|phone|mobile|number of|valid|expir\w*|issued on|until|since|on the|dated?|days?|years?)\b"
    r"|[£€$%]"
)
# The number's name, what it is for, then the value stated: "passport number for the rental
# is C4R8TZ21X", "Aadhaar number for the refurb invoice: 4821 7730 9165". What it is for is no
# other number's name (values-v17).
ID_STATED_FOR = re.compile(
    r"(?i)\s*(?:number|no\.?|nr\.?|#)?\s*for (?:the|your|his|her|their|this|that|a|an|our)"
    r"(?:\s+[\w'\u2019-]+){1,3}?\s*(?:is|was|[:=\u2014\u2013-])\s*"
)

# The number's name, the paper it is written on, then the value: "Medicare number on the
# first-aid form is 2953 71046 1", "your passport number is on the photo of the customs form you
# just posted: LM204718" (personal-v32).
ID_STATED_ON = re.compile(
    r"(?i)\s*(?:number|no\.?|nr\.?|#)?\s*(?:is\s+)?(?:on|in) (?:the|your|his|her|their|this|that)"
    r"(?:\s+[\w'\u2019-]+){0,5}?\s+(?:form|photo|picture|scan|copy|application|screenshot"
    r"|upload|attachment|letter|document)\b(?:\s+[\w'\u2019-]+){0,4}?\s*(?:is|was|[:=\u2014\u2013-])\s*"
)


# "… passport number, if you need it, is H9T4W27KQ", "Passnummer des Kunden: K7M2Q81TZ": the
# value right after a colon or a verb that gives it (values-v16, session 29).
ID_GIVEN_END = re.compile(r"(?i)(?::|\b(?:is|was|ist|lautet|war))\s*$")


def _mixed_id(value: str) -> bool:
    """A passport's or an ID card's number of letters and digits ("C4R8TZ21X"): 8-12 of them,
    three digits at least and two letters."""
    letters = sum(c.isalpha() for c in value)
    digits = sum(c.isdigit() for c in value)
    return 8 <= len(value) <= 12 and digits >= 3 and letters >= 2 and " " not in value


# Someone's health: "your ADHD diagnosis from Dr. Park", "he was diagnosed with epilepsy".
HEALTH = re.compile(
    r"\b(?:(?:[Yy]our|[Hh]is|[Hh]er|[Tt]heir|[Tt]he)\s+(?:[A-Z][\w'\u2019-]*\s+){1,2}diagnosis"
    r"(?:\s+(?:from|by)\s+(?:Dr\.?|Doctor|Prof\.?)\s+[A-Z][\w'\u2019-]+)?"
    # "the diagnosis of the fault" is a machine's
    r"|(?i:diagnosed with|diagnosis of(?!\s+(?:the|this|that|these|those|our|its|any)\b))"
    r"\s+(?:an?\s+)?(?:[\w'\u2019-]+\s+){0,2}?[\w'\u2019-]{3,})"
)
BIRTH_WORDS = re.compile(
    r"(?i)\b(?:DOB|D\.O\.B|dates? of birth|birth ?date|born|birthday|Geburtsdatum|geboren|geb\."
    r"|Geburtstag)"
)
_MONTH = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
    r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Januar|Februar|M\u00e4rz"
    r"|Mai|Juni|Juli|Oktober|Dezember|J\u00e4nner|Feber)"
)
# A day said as an ordinal word: "the third of June 1944", "twenty-first of May 1950"
# (values-v16, session 29).
_ORDINAL_DAY = (
    r"(?:(?:twenty|thirty)[- ]?)?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)"
    r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth"
    r"|nineteenth|twentieth|thirtieth"
)
FULL_DATE = re.compile(
    rf"(?<![\d./-])(?:\d{{1,2}}[./-]\d{{1,2}}[./-](?P<year>\d{{4}})"
    rf"|(?i:{_ORDINAL_DAY})\s+(?:of\s+)?{_MONTH}\.?,?\s+(?P<year5>\d{{4}})"
    rf"|\d{{1,2}}(?:st|nd|rd|th|\.)?\s+(?:of\s+)?{_MONTH}\.?,?\s+(?P<year2>\d{{4}})"
    rf"|{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+(?P<year3>\d{{4}})"
    rf"|(?P<year4>\d{{4}})-\d{{2}}-\d{{2}})(?![\d./-]\d)"
)
# Someone's medical needs as a supplier or insurer records them: "oxygen concentrator at home",
# "she relies on a stairlift", "on home dialysis", "uses a wheelchair".
HEALTH_HINT = re.compile(
    r"(?i)oxygen|dialysis|ventilator|stairlift|wheelchair|insulin|pacemaker|nebuli[sz]er"
    r"|feeding pump|hoist|hearing aid|guide dog|chemotherapy|pregnan|dementia|epilep|diabet"
    r"|cancer|stroke|sight loss|blind|deaf|mobility scooter|medical equipment|life support"
)
HEALTH_NEED = re.compile(
    r"(?i)\b(?:(?:home\s+)?(?:oxygen(?:\s+concentrator|\s+machine|\s+supply)?|(?:home\s+)?dialysis"
    r"(?:\s+machine)?|ventilator|stairlift|nebuli[sz]er|feeding pump|hoist|insulin(?:\s+pump)?"
    r"|pacemaker|electric wheelchair|mobility scooter|medical equipment|life support)"
    r"(?:\s+(?:at home|in the (?:house|flat|home)|needs power|that needs power))?"
    r"(?=\s*(?:[,.;:]|$|\b(?:at home|needs|user|and)\b))"
    r"|\b(?:she|he|they|the customer|the tenant|the policyholder|your (?:mum|mother|dad|father"
    r"|son|daughter|partner|wife|husband))\s+"
    r"(?:is|are|has|have|uses|use|relies on|rely on|needs|need)"
    r"\s+(?:an?\s+|on\s+)?(?:pregnant|blind|deaf|diabetic|epileptic|dementia|cancer|a stroke"
    r"|sight loss|(?:home\s+)?dialysis|oxygen|a wheelchair|a stairlift|chemotherapy|a pacemaker"
    r"|a guide dog|a hearing aid))"
)
# The company's own device, not someone's need: "our current stairlift", "our hoists".
OUR_PRODUCT_BEFORE = re.compile(r"(?i)\bour\s+(?:[a-z-]+\s+){0,2}$")
# E-mail addresses written out to dodge filters: "jo dot smith at gmail dot com".
SPELLED_EMAIL = re.compile(
    # "daniel dot kraus at mostwerk dash intern dot de": a dash, a hyphen or an underscore
    # said too (values-v18)
    r"(?i)\b[a-z0-9._%+-]+(?:\s*(?:\bdot\b|\[dot\]|\(dot\)|\b(?:dash|hyphen|underscore)\b)\s*"
    r"[a-z0-9_%+-]+)*\s*(?:\s\bat\b\s|\[at\]|\(at\)|\{at\})\s*[a-z0-9-]+"
    r"(?:\s*(?:\bdot\b|\[dot\]|\(dot\)|\.|\b(?:dash|hyphen)\b)\s*[a-z0-9-]+)*?"
    r"\s*(?:\bdot\b|\[dot\]|\(dot\))\s*(?:com|org|net|info|edu|gov|biz|app|dev|[a-z]{2})\b"
)
# "jo(at)gmail.com", "jo [at] gmail.com", "jo @ gmail.com": the @ written around, the dots kept.
OBFUSCATED_EMAIL = re.compile(
    r"(?i)(?<![\w.@-])[a-z0-9._%+-]+\s*(?:\[at\]|\(at\)|\{at\}|<at>| @ )\s*"
    r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}\b"
)
# A full name next to what ties it to a customer record: "placed by Helen Marsh (PF-448210)",
# "registered to Siobhan O'Reilly", "passenger William Hart".
# "O'Connell", "McKenna", "Al-Rashid", "D'Souza"
# A romanised East Asian given name of two syllables joined by a hyphen, the second in lower
# case ("Hyun-woo", "Seo-yeon", "Mei-ling"; personal-v15): each part one syllable (an onset, a
# vowel, a final), which English compounds ("Off-duty", "Pre-book", "Long-time") are not.
_SYLLABLE = (
    r"(?:ch|sh|zh|ts|hy|ny|kw|gw|wh|[bcdfghjklmnpqrstwxyz])?(?:yeo|weo|wae|ae|ai|ao|au|ei|eo"
    r"|eu|iao|uai|ia|ie|io|iu|oe|oi|ou|ua|ue|ui|uo|ya|ye|yo|yu|wa|we|wi|ee|oo|[aeiou])"
    r"(?:ng|n|m|k|l|p|t)?"
)
_SYLLABLE_NAME = rf"(?=[A-Z][a-z]{{1,4}}-[a-z]{{2,5}}\b)(?i:{_SYLLABLE})-{_SYLLABLE}(?![\w-])"
# The letters of names written in Latin script across Europe and Turkey: "Strauß", "Ayşe
# Kaya", "Tomáš Dvořák", "Ödön Szűcs" (values-v16, session 29: a capital of Latin Extended-A
# and "ß" did not start or continue a name).
_NAME_UPPER = "A-ZÀ-ÝŁŚŻŹĆŃČŠŽŘĎŤŇĚŐŰŞĞİĄĘ"
_NAME_LOWER = "a-zß-ÿ\u0100-\u017f"
_PERSON = (
    rf"(?:{_SYLLABLE_NAME}|[{_NAME_UPPER}](?:['\u2019][A-Z]|a?c[A-Z])?[{_NAME_LOWER}'\u2019]+"
    rf"(?:-[{_NAME_UPPER}][{_NAME_LOWER}]+)?)"
)
_TITLE = r"(?:(?:Mr|Mrs|Ms|Miss|Dr|Mx|Herrn|Herr|Frau|Hr|Fr)\.?\s+)?"
# Particles inside a name: "Tadhg Ó Briain", "Anke van der Berg", "Sofía de la Cruz".
_PARTICLE = (
    r"(?:(?:Ó|Ní|Nic|Mac|Mc|Uí|van|von|de|da|di|del|della|der|den|du|la|le|bin|ibn|al|ter)\s+)"
)
_FULL_NAME = rf"{_PERSON}(?:\s+{_PARTICLE}{{0,2}}{_PERSON}){{1,2}}"
_RECORD = (
    r"(?i:order|booking|reservation|ref|reference|PNR|prescription|account|customer|member"
    r"|Bestellung|Bestellnummer|Buchung|Buchungsnummer|Reservierung|Auftrag|Kundennummer"
    r"|Vertragsnummer|Mitgliedsnummer|trip|ticket|claim|case|policy|patient|student|pupil"
    r"|employee|staff|licen[cs]e|Fahrt|Vorgang|Schaden(?:snummer)?|contract|membership|tenancy"
    r"|lease|subscription|Vertrag|Vertragsnummer|Mitgliedschaft|Mietvertrag"
    # A subscription's short German name, "Abo-Nr. A-5520193" (values-v19)
    r"|Abo|Abonnement|Abonnenten)"
)
_RECORD_ID = r"(?:\d{3,6}(?:[ -]\d{3,6}){1,4}|(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{4,})\b"
# "Jess Kavanagh from order SB-7702180", "Ana Ruiz (booking …)", "Ana Ruiz, order …"
_NAME_THEN_RECORD = (
    rf"{_TITLE}(?P<b>{_FULL_NAME})"
    # where the person is from between the name and the record: "Herr … aus Murrhardt, Ihre
    # Abo-Nr. …", "Frau … aus dem Studio Nord, Buchung …" (values-v19)
    r"(?P<hometown>\s+(?:aus|from)\s+(?:(?:dem|der|den|the)\s+)?[A-Z\u00c4\u00d6\u00dc][\w-]+"
    r"(?:\s+[A-Z\u00c4\u00d6\u00dc][\w-]+)?(?=,))?"
    rf"(?:,\s*|\s*\(|\s+(?:from|on|with|under|of)\s+(?:the\s+|her\s+"
    rf"|his\s+|their\s+)?(?={_RECORD}))(?(hometown)(?:(?:Ihre|ihre|seine|your|his|her|their)\s+)?)"
    rf"(?:[A-Z]{{1,4}}-?\d{{4,}}"
    rf"|{_RECORD}-?\s*(?:no\.?|number|#|Nr\.?|ID)?\s*[:#]?\s*{_RECORD_ID}"
    rf"|(?i:born|DOB|D\.O\.B|date of birth|geboren|geb\.|Geburtsdatum)\b)"
)
NAMED_RECORD = re.compile(
    rf"(?:(?i:registered to|placed by|booked (?:by|for|under)|ordered by|in the name of|under the"
    rf" name|passenger|cardholder|account holder|name on (?:the|your) \w+ is|bestellt von"
    rf"|gebucht (?:von|f\u00fcr)|auf den Namen|Karteninhaber(?:in)?|Kontoinhaber(?:in)?)"
    rf"\s+{_TITLE}(?P<a>{_FULL_NAME}))"
    # "Booking TW-2RQ6MX is under Ms …": the record is said to be under the name (values-v13).
    rf"|{_RECORD}\s*(?:no\.?|number|#|Nr\.?|ID)?\s*[:#]?\s*{_RECORD_ID}"
    rf"\s+(?:(?:is|was)\s+(?:(?:booked|registered|held|filed)\s+)?)?(?i:for|of|under|f\u00fcr|von)"
    rf"\s+{_TITLE}"
    rf"(?P<c>{_FULL_NAME})"
    rf"|{_NAME_THEN_RECORD}"
)
# A full name owning a record ("Hannah Whitcombe's order", "that's Siobhán Walsh's account") or
# named by the role a person has in a record ("policyholder Gráinne Moloney", "the previous
# tenant is Kevin O'Hara").
_OWNED = (
    r"(?i:order|orders|account|booking|claim|parcel|package|bill|policy|card|details|address"
    r"|number|refund|case|ticket|payment|delivery|file|record|meter|tariff|contract|loan"
    r"|application|reservation|subscription|prescription|appointment|statement|invoice|flat"
    r"|house|home|flight|trip|repair|bike|car|phone|direct debit|mortgage|balance"
    # A person's care or enrolment: "Grace Okoro's appt", "Ana Ruiz's X-rays" (not words a
    # public figure's news takes: "visit", "results", "stay").
    r"|appt|consultation|check-?up|x-?rays?|scans|enrol?ment|membership|tenancy|lease)"
)
OWNED_RECORD = re.compile(
    rf"(?<![\w'\u2019])(?P<name>{_FULL_NAME})['\u2019]s?\s+(?:[a-z-]+\s+)?{_OWNED}\b"
)
ROLE_NAME = re.compile(
    rf"(?i:\b(?:policy ?holder|the insured|tenant|previous tenant|former tenant|occupant|resident"
    rf"|claimant|applicant|borrower|guarantor|payee|payer|beneficiary|account holder|cardholder"
    rf"|recipient|sender|addressee|bill payer|homeowner|landlord|patient|next of kin|deceased"
    rf"|customer|client|caller|member|Kunde|Kundin|Versicherungsnehmer(?:in)?|Mieter(?:in)?"
    rf"|Vormieter(?:in)?|Absender(?:in)?|Empf\u00e4nger(?:in)?|Antragsteller(?:in)?|Patient(?:in)?"
    rf"|Mitglied|Zahler(?:in)?|Bewohner(?:in)?)\b)(?:\s+(?:is|was|named|called|ist|war"
    rf"|hei\u00dft|:|,|-))?\s+"
    rf"{_TITLE}(?P<name>{_FULL_NAME})"
)
# A refusal to hand a record over, right before the name that owns it: "Sorry, I can't give out
# Mrs Lane's personal number" (values-v17).
REFUSED_BEFORE = re.compile(
    r"(?i)\b(?:can(?:no|'|\u2019)t|won(?:'|\u2019)t|will not|(?:do|does)(?:n(?:'|\u2019)t| not)"
    r"|not (?:allowed|able|permitted) to|never|unable to)\s+(?:\w+\s+){0,2}?(?:give out|give"
    r"|share|pass on|pass|disclose|send|hand out|release|provide)\s+$"
)
# Every form of NAMED_RECORD has a number of four digits or more, or one of these words.
NAMED_RECORD_HINT = re.compile(
    r"\d{4}|(?i:born|dob|d\.o\.b|birth|registered to|placed by|booked|ordered by|in the name"
    r"|under the name|passenger|cardholder|holder|name on|order|booking|reservation|ref|pnr"
    r"|prescription|account|customer|member|bestell|gebucht|buchung|namen|inhaber|geb|trip"
    r"|ticket|claim|case|policy|patient|student|pupil|employee|staff|licen|keeper|owner)"
)
NOT_A_FIRST_NAME = frozenset(
    (
        "Hi", "Hey", "Hiya", "Hello", "Dear", "Thanks", "Thank", "The", "Our", "Your", "This",
        "That", "Order",
        "Booking", "Ref", "Reference", "Team", "Support", "Customer", "Care", "Kind", "Best",
        "Regards", "Cheers", "Flight", "Case", "Ticket", "Invoice", "Account", "Member",
        "Hallo", "Liebe", "Lieber", "Danke", "Vielen", "Ihre", "Ihr", "Unser", "Unsere",
        "Bestellung", "Buchung", "Kunde", "Kundin", "Grüße", "Freundliche", "Viele",
        # German words written with a capital that never name anyone: "Falls Sie …" (values-v14)
        "Sie", "Ihnen", "Falls", "Wenn", "Bitte", "Dann", "Damit", "Wir", "Ich", "Einfach",
        # greetings before a first name: "Hey Gemma, your order …" (values-v18)
        "Morning", "Evening", "Welcome", "Congrats", "Congratulations", "Moin", "Servus",
        "Willkommen", "Glückwunsch",
        # German nouns are written with a capital, so a possessive or a greeting before one
        # reads as a first name: "Der Code auf Ihrem Beleg (WX-40911-C)", "Gute Nachricht:
        # Bestellung WW-482193 …", "bezahlt mit Visa Endung 4410" (german-v21)
        "Ihrem", "Ihren", "Ihrer", "Ihres", "Deinem", "Deinen", "Deiner", "Deines", "Unserem",
        "Unseren", "Unserer", "Unseres", "Gute", "Guten", "Visa",
        # a possessive starting a sentence: "His Aadhaar is …" (values-v14, session 27)
        "His", "Her", "Their", "Its", "My", "Seine", "Seinen", "Seiner", "Meine", "Mein",
    )
)  # fmt: skip

# Words of holidays and seasons, never of a person's name.
NOT_A_NAME_WORD = frozenset(
    (
        "New", "Year", "Years", "Year's", "Day", "Eve", "Christmas", "Easter", "Holiday",
        "Holidays", "Weekend", "Week", "Festival", "Season", "Bank", "Boxing", "Lunar", "Summer",
        "Winter", "Spring", "Autumn", "Half", "Term", "Black", "Friday", "Cyber", "Monday",
        # the days of the week, in English and German: "letzter Besuch Montag" is a day
        # (values-v14, session 27)
        "Tuesday", "Wednesday", "Thursday", "Saturday", "Sunday", "Montag", "Dienstag",
        "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonnabend", "Sonntag",
    )
)  # fmt: skip

# Words of a job title or a team, never of a person's name: "Customer Relations Manager",
# "Patient Services Lead" sign a letter.
JOB_TITLE_WORDS = frozenset(
    (
        "Manager", "Lead", "Relations", "Service", "Services", "Team", "Officer", "Director",
        "Supervisor", "Advisor", "Adviser", "Agent", "Coordinator", "Co-ordinator", "Specialist",
        "Assistant", "Head", "Desk", "Support", "Care", "Success", "Experience", "Executive",
        "Representative", "Operations", "Department", "Liaison", "Administrator", "Admin",
        "Engagement", "Helpdesk", "Centre", "Center", "Unit", "Office",
    )
)  # fmt: skip

# What may sit between the parts of one address: commas, spaces and a town or two.
ADDRESS_GAP = re.compile(r"[,\s]*(?:[A-Z][\w'\u2019-]+[,\s]+){0,3}")

PHONE_MESSAGE = Phrase(
    gettext_noop(
        "This is a phone number that is not one of our public contacts. A person's number in a "
        "public reply is personal data they did not agree to share."
    )
)
EMAIL_MESSAGE = Phrase(
    gettext_noop(
        "This is an e-mail address that is not one of our public contacts. A person's address in "
        "a public reply is personal data they did not agree to share."
    )
)
ADDRESS_MESSAGE = Phrase(
    gettext_noop(
        "This looks like a home address or postcode. Together with a name it identifies where "
        "someone lives."
    )
)
DOB_MESSAGE = Phrase(
    gettext_noop("This is someone's date of birth: personal data that helps steal an identity.")
)
ID_MESSAGE = Phrase(
    gettext_noop(
        "This looks like a national ID, insurance or passport number: personal data that helps "
        "steal an identity."
    )
)
HEALTH_MESSAGE = Phrase(
    gettext_noop(
        "This is about someone's health: a diagnosis is sensitive personal data that must not be "
        "made public."
    )
)
CIRCUMSTANCE_MESSAGE = Phrase(
    gettext_noop(
        "This is about someone's private life (a death in their family): personal data they did "
        "not agree to share in public."
    )
)
PLATE_MESSAGE = Phrase(
    gettext_noop(
        "This looks like a vehicle's number plate: it identifies its owner, so it is personal "
        "data in a public reply."
    )
)
USER_NAME_MESSAGE = Phrase(
    gettext_noop(
        "This is someone's user name on an account or a network: it ties a person to their "
        "account in public."
    )
)
NAME_MESSAGE = Phrase(
    gettext_noop(
        "This is a person's full name together with their order or booking: it ties a named "
        "person to their account in public."
    )
)
SUGGESTION = Phrase(
    gettext_noop(
        "Remove it and say 'the number/address on your account' instead; if you need it, ask for "
        "it "
        "in a private message."
    )
)
# What fits a finding that is no number or address to point at instead.
PRIVATE_LIFE_SUGGESTION = Phrase(
    gettext_noop(
        "Leave out what you know about their health or private life: answer the question in "
        "public, and if it matters to the case, say so in a private message."
    )
)
NAME_SUGGESTION = Phrase(
    gettext_noop(
        "Use their first name only, or leave the order or booking out of the public reply; the "
        "details can go in a private message."
    )
)
LEAVE_OUT_SUGGESTION = Phrase(
    gettext_noop(
        "Leave it out and say 'your vehicle' or 'your account' instead; if you need it, ask for "
        "it in a private message."
    )
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


# Lines only an organisation has, dialled without a country code wherever it is from:
# freephone ("1800 731 442" in Australia, "1-888-412-0690" in North America, "1800 266 7142"
# in India), shared-cost ("13 11 22", "1300 477 829") and universal access numbers.
ORGANISATION_LINE_TYPES = (
    phonenumbers.PhoneNumberType.TOLL_FREE,
    phonenumbers.PhoneNumberType.SHARED_COST,
    phonenumbers.PhoneNumberType.UAN,
)
SHORT_NUMBER = re.compile(r"\d{2,3}(?: ?\d{3})?")  # "112", "116 116", "13 14 50" is not one


def normalise_organisation_line(raw: str, region: str = "GB") -> str | None:
    """+E.164 of a company's own line as an operator writes it: any number `region` dials, or a
    freephone or shared-cost number of another country written without its country code (an
    Australian "1800 731 442" is no number in the UK). When several countries have the number,
    the freephone reading wins, then the country that owns its calling code, then the first by
    name: the check compares national numbers, which every reading of the same digits shares."""
    found = normalise_phone(raw, region)
    if found is not None or raw.lstrip("( ").startswith(("+", "00")):
        return found
    readings = []
    for other in sorted(phonenumbers.SUPPORTED_REGIONS):
        try:
            number = phonenumbers.parse(raw, other)
        except phonenumbers.NumberParseException:
            return None
        if not phonenumbers.is_valid_number(number):
            continue
        kind = phonenumbers.number_type(number)
        if kind in ORGANISATION_LINE_TYPES:
            owner = phonenumbers.region_code_for_country_code(number.country_code or 0) == other
            readings.append((ORGANISATION_LINE_TYPES.index(kind), not owner, other, number))
    if not readings:
        return None
    return phonenumbers.format_number(min(readings)[3], PhoneNumberFormat.E164)


def normalise_short_number(raw: str, region: str = "GB") -> str | None:
    """The digits of a service's short number ("112", "116 116", "150" from a network's own
    phones) when some country dials a number of that length; too short to be anyone's phone."""
    raw = raw.strip()
    if not SHORT_NUMBER.fullmatch(raw):
        return None
    digits = raw.replace(" ", "")
    regions = (region, *sorted(shortnumberinfo.SUPPORTED_SHORT_REGIONS))
    for other in regions:
        try:
            number = phonenumbers.parse(digits, other)
        except phonenumbers.NumberParseException:
            continue
        if shortnumberinfo.is_valid_short_number_for_region(number, other):
            return digits
    return None


@functools.lru_cache(maxsize=32)
def _national_numbers(public_phones: frozenset[str]) -> frozenset[str]:
    """The public numbers without their country code: "(512) 555-0147" is the public
    +1 512 555 0147 even when it is written, and read, as a national number."""
    found = set()
    for e164 in public_phones:
        try:
            found.add(str(phonenumbers.parse(e164).national_number))
        except phonenumbers.NumberParseException:
            continue
    return frozenset(found)


# Numbers no person has: freephone numbers are organisations' lines ("the gas emergency line on
# 0800 111 999", "1-800-…"), wherever they are from. Premium and shared-cost ranges are not
# taken: their prefixes are other countries' mobiles ("090-1234-5678" in Japan, 087 in Ireland).
ORGANISATION_NUMBER_TYPES = frozenset((phonenumbers.PhoneNumberType.TOLL_FREE,))


def _is_public(number: phonenumbers.PhoneNumber, raw: str, public_phones: frozenset[str]) -> bool:
    if phonenumbers.format_number(number, PhoneNumberFormat.E164) in public_phones:
        return True
    if (
        phonenumbers.is_valid_number(number)
        and phonenumbers.number_type(number) in ORGANISATION_NUMBER_TYPES
    ):
        return True
    if _international(raw):
        # Written with its country code: the comparison above is exact, but a freephone or
        # shared-cost line an operator entered nationally may have been read as another
        # country's with the same digits ("1800 266 7142").
        return str(number.national_number) in _organisation_lines(public_phones)
    return _is_public_digits(raw, public_phones)


@functools.lru_cache(maxsize=32)
def _organisation_lines(public_phones: frozenset[str]) -> frozenset[str]:
    """The national numbers of the public freephone and shared-cost lines."""
    found = set()
    for e164 in public_phones:
        try:
            number = phonenumbers.parse(e164)
        except phonenumbers.NumberParseException:
            continue
        if phonenumbers.number_type(number) in ORGANISATION_LINE_TYPES:
            found.add(str(number.national_number))
    return frozenset(found)


def _international(raw: str) -> bool:
    """Written with its country code ("+43 …", "0043 …", "(+1) …")."""
    return raw.lstrip("(").startswith(("+", "00"))


def _written_as_public(raw: str, public_phones: frozenset[str]) -> bool:
    """An international number whose digits are a public contact's, whether or not
    libphonenumber knows its range ("+234 1 700 2290" entered by the operator as it is)."""
    digits = "".join(c for c in raw if c.isdigit())
    return "+" + digits.removeprefix("00") in public_phones


def _is_public_digits(raw: str, public_phones: frozenset[str]) -> bool:
    digits = "".join(c for c in raw if c.isdigit()).lstrip("0")
    return any(digits.endswith(n) for n in _national_numbers(public_phones) if len(n) >= 7)


def _phones(text: str, public_phones: frozenset[str]) -> Iterable[Hit]:
    if " \u2013 " in text:  # "0 7 8 2 2 \u2013 3 1 4": a spaced en dash joins a number's groups
        text = text.replace(" \u2013 ", " - ")
    for candidate in PHONE_CANDIDATE.finditer(text):
        raw = candidate.group()
        digits = sum(c.isdigit() for c in raw)
        before = text[max(0, candidate.start() - 24) : candidate.start()]
        if MONEY_AROUND.search(text, max(0, candidate.start() - 2), candidate.start()) or (
            MONEY_AFTER.match(text, candidate.end())
        ):
            continue  # "612 345 678 euros": an amount
        if BANK_NUMBER_BEFORE.search(text, max(0, candidate.start() - 60), candidate.start()):
            continue  # "the ABA routing number … is 026014919": a bank's number
        if not 7 <= digits <= 15 or (
            (NOT_A_PHONE_BEFORE.search(before) or CODE_BEFORE.search(before))
            and not PHONE_WORD_BEFORE.search(before)
        ):
            continue
        # Valid numbers first (the likelier reading of a national number), then any number
        # that is possible in length: fictional and unallocated ranges are still someone's.
        international = _international(raw)
        if international and _written_as_public(raw, public_phones):
            continue  # the company's own line, as an operator entered it (personal-v15)
        matches = []
        regions = ("GB",) if international else REGIONS
        if not international and NANP_SHAPED.fullmatch(raw):
            regions = ("US", *regions)
        for region in regions:
            matches = list(PhoneNumberMatcher(raw, region, leniency=Leniency.VALID))
            if matches:
                break
        if not matches and (PHONE_SHAPED.fullmatch(raw) or PHONE_SHAPED.fullmatch(raw.strip("()"))):
            matches = list(PhoneNumberMatcher(raw, "GB", leniency=Leniency.POSSIBLE))
        said = PHONE_WORD_BEFORE.search(before) or PHONE_KIND_AFTER.match(text, candidate.end())
        if not said and _calendar_date(raw):
            continue  # "went out on 03.04.2025": a date, not a number to call (values-v14)
        if not matches and said and not DATE_LIKE.fullmatch(raw):
            # Said to be a phone number ("her number is 612 345 678", "call me at 555-0147"):
            # any country's national number, whatever libphonenumber makes of it.
            start, end = candidate.start(), trim_trailing(text, candidate.start(), candidate.end())
            if not _is_public_digits(text[start:end], public_phones):
                yield Hit(KIND, start, end, PHONE_MESSAGE, SUGGESTION)
            continue
        for match in matches:
            if not _is_public(match.number, match.raw_string, public_phones):
                start, end = candidate.start() + match.start, candidate.start() + match.end
                extension = EXTENSION.match(text, end)
                if extension:
                    end = extension.end()
                yield Hit(KIND, start, end, PHONE_MESSAGE, SUGGESTION)


CALENDAR_DATE = re.compile(
    r"(?P<d>\d{1,2})(?P<s>[./-])(?P<m>\d{1,2})(?P=s)(?:19|20)\d\d"
    r"|(?:19|20)\d\d(?P<t>[./-])(?P<m2>\d{1,2})(?P=t)(?P<d2>\d{1,2})"
)


def _calendar_date(raw: str) -> bool:
    date = CALENDAR_DATE.fullmatch(raw.strip())
    if date is None:
        return False
    day, month = (
        (date.group("d"), date.group("m"))
        if date.group("d")
        else (date.group("d2"), date.group("m2"))
    )
    return 1 <= int(day) <= 31 and 1 <= int(month) <= 12


def _emails(text: str, public_emails: frozenset[str]) -> Iterable[Hit]:
    for match in gates.finditer(EMAIL, text):
        end = trim_trailing(text, match.start(), match.end(), chars=".-")
        address = text[match.start() : end].lower()
        domain = address.rsplit("@", 1)[1]
        if address in public_emails or EXAMPLE_DOMAINS.search(domain):
            continue
        if _role_mailbox(address, public_emails):
            continue
        if text.startswith(":", end) and end + 1 < len(text) and not text[end + 1].isspace():
            continue  # "git@github.com:team/app.git" is a repository, not a mailbox
        yield Hit(KIND, match.start(), end, EMAIL_MESSAGE, SUGGESTION)
    for match in gates.finditer(OBFUSCATED_EMAIL, text):
        yield Hit(KIND, match.start(), match.end(), EMAIL_MESSAGE, SUGGESTION)
    lowered = text.lower()
    if "dot" not in lowered or not any(at in lowered for at in (" at ", "[at]", "(at)", "{at}")):
        return
    for match in SPELLED_EMAIL.finditer(text):
        if not _ours_or_example(match.group(), public_emails):
            yield Hit(KIND, match.start(), match.end(), EMAIL_MESSAGE, SUGGESTION)


def squash_address(text: str) -> str:
    return "".join(c for c in text.casefold() if c.isalnum())


def _unaccented(squashed: str) -> str:
    """A squashed address without its accents: "Zurich" and "Zürich", "Strasse" and "Straße"
    are the same place written by another keyboard (personal-v30)."""
    folded = unicodedata.normalize("NFKD", squashed.replace("ß", "ss"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def _among_public_addresses(written: str, public_addresses: frozenset[str]) -> bool:
    """The address as written is (part of) one the company entered, accents aside."""
    squashed = squash_address(written)
    if any(squashed in public for public in public_addresses):
        return True
    if squashed.isascii() and all(public.isascii() for public in public_addresses):
        return False
    plain = _unaccented(squashed)
    return any(plain in _unaccented(public) for public in public_addresses)


# The company's own premises given as such: "our Leeds shop is at …", "visit us at …".
OWN_PREMISES_BEFORE = re.compile(
    r"(?i)(?:\bour\b[^.!?\n]{0,30}?\b(?:shop|store|office|branch|showroom|warehouse|depot|hq"
    r"|headquarters|returns?(?: (?:centre|center|address|desk|department))?|service (?:centre"
    r"|center|point|desk)|repair (?:centre|center|shop)|workshop|studio|caf[eé]|restaurant"
    r"|clinic|pharmacy|hotel|outlet|boutique|factory|counter|desk|lounge|hub|address|premises"
    r"|site|location|campus|school|surgery|practice|base|marina|academy|college|gym|salon|venue"
    r"|kitchen|bakery|centre|center|head office|offices)s?\b[^.!?\n]{0,20}?"
    r"\b(?:is|are|sits|is located|is based|moved)?"
    r"\s*(?:at|in|on|to|:)"
    r"|\b(?:visit|find|see|meet|join) us (?:at|in|on)"
    # A place's name, then what kind of place it is, whatever the kind: "Our Toronto cinema is
    # at …", "our Drumcondra nursery is at …" (values-v17); not a person there ("our Leeds
    # engineer is at …").
    r"|\bour\s+(?-i:[A-Z][\w'\u2019-]+\s+){1,2}(?!(?:customer|client|engineer|driver"
    r"|technician|courier|fitter|rider|member|guest|patient|colleague|manager|agent|staff"
    r"|team|rep|installer|nurse|carer|tutor|teacher)s?\b)[a-z]{3,}\s+(?:is|are|sits)\s+(?:at|on))"
    r"\s*:?\s*$"
)


# A public place, not a home: a place with opening hours ("open daily 8-20 at …") or a named
# venue right before the address ("Bridgewater Hall, Lower Mosley Street, …").
PUBLIC_PLACE_BEFORE = re.compile(
    r"(?i:\b(?:open|opens|opening hours|closed|closes|doors open)\b[^.!?\n]{0,40}?\b(?:at|in)\b)"
    r"[^.!?\n]{0,30}$"
    r"|\b[A-Z][\w'\u2019-]+\s+(?:Hall|Arena|Stadium|Theatre|Theater|Centre|Center|Museum|Gallery"
    r"|Station|Airport|Church|Cathedral|Library|University|College|Hospital|Hotel|Pavilion"
    r"|Academy|Opera|Cinema|Ballroom|Ground|Racecourse|Park|Dome|Forum|Playhouse|Palladium"
    r"|Coliseum|Auditorium|Campus|Mall)\b,[^.!?\n]{0,60}$"
    # A shop, branch or service centre named right before its address: "the shop on …",
    # "our Portland service centre, …", "the Leeds branch at …".
    r"|(?i:\b(?:shop|store|showroom|branch|service (?:centre|center|point)|repair (?:centre|center"
    r"|shop)|dealer(?:ship)?|office|depot|warehouse|outlet|workshop|studio|pick-?up point"
    r"|collection point|drop-?off point|parcel ?shop|locker|service desk|help ?desk|campus|school"
    r"|clinic|surgery|practice|base|marina|hub|academy|college|gym|salon|venue|centre|center"
    # "The Leeds site is at …", "in der Filiale Graz (Sporgasse 21)" (values-v14).
    r"|site|location|premises|filiale|niederlassung|standort)s?)"
    r"(?:\s+(?:[A-Z\u00c0-\u00de][\w'\u2019-]+|in|of)){0,3}"
    r"\s*(?:,|\(|\b(?:on|at|in|is at|is on|is in)\b)"
    r"(?:\s+[A-Z][\w'\u2019-]+){0,2}\s*$"
    # A place's own address named as its: "the Toronto site's address is on the website, 300
    # …" (values-v18).
    r"|(?i:\b(?:shop|store|showroom|branch|office|depot|site|location|venue|studio|clinic"
    r"|cinema|caf[e\u00e9]|restaurant|salon|gym|centre|center)['\u2019]s\s+address\b)"
    r"[^.!?\n]{0,40}$"
)
# A house number right before a place word makes it a home: "6 Seaview Park" is not a park.
HOUSE_NUMBER_BEFORE = re.compile(r"\b\d{1,4}[A-Za-z]?,?\s+$")


def _addresses(text: str, public_addresses: frozenset[str]) -> list[Hit]:
    far_east = FAR_EAST_ADDRESS if FAR_EAST_SCRIPT.search(text) else FAR_EAST_ROMANISED
    spans = sorted(
        (match.start() + len(match.group()) - len(match.group().lstrip()), match.end())
        for pattern in (
            *(far_east if p is FAR_EAST_ADDRESS else p for p in ADDRESS_PATTERNS),
            *ADDRESS_PATTERNS_DE,
            MORE_ADDRESSES,
            *ADDRESS_PATTERNS_V7,
            *ADDRESS_PATTERNS_V15,
            *ADDRESS_PATTERNS_V16,
            *ADDRESS_PATTERNS_V31,
        )
        for match in gates.finditer(pattern, text)
    )
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and (start <= merged[-1][1] or ADDRESS_GAP.fullmatch(text, merged[-1][1], start)):
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [
        Hit(KIND, start, end, ADDRESS_MESSAGE, SUGGESTION)
        for start, end in merged
        if not _among_public_addresses(text[start:end], public_addresses)
        and not _own_premises(text, start)
        and not _public_place(text, start)
        and not _invited_or_ours_after(text, start, end)
        and not _part_of_a_code(text, start)
        and not _minutes_of_a_time(text, start)
    ]


# Forms of addresses the patterns above miss (personal-v31): a postcode of three and two digits
# before its town, after a comma (Czech, Slovak, Swedish, Greek: "Masarykova 21, 602 00
# Brno", ", 114 55 Stockholm"); a Malaysian, Indonesian or Vietnamese street with its number
# ("27 Jalan Ampang", "42 Ngõ Huế, Phố Huế").
ADDRESS_PATTERNS_V31 = (
    re.compile(r"(?:(?<=,)|(?<=, ))[1-9]\d{2} \d{2} [A-Z\u00c0-\u017d][a-z\u00df-\u017e]+"),
    re.compile(
        r"\b\d{1,4}[A-Za-z]?,?\s+(?:Jalan|Jln\.?|Lorong|Lrg\.?|Persiaran|Lebuh|Ng\u00f5"
        r"|Ng\u00e1ch|Ph\u1ed1|\u0110\u01b0\u1eddng)\s+[A-Z\u00c0-\u1ef9][\w\u00c0-\u1ef9'-]+"
        r"(?:\s+[A-Z\u00c0-\u1ef9][\w\u00c0-\u1ef9'-]+){0,2}"
    ),
)


def _minutes_of_a_time(text: str, start: int) -> bool:
    """Digits after a clock's hours are its minutes, no house number: the "00, Harbour Park" of
    "at 11:00, Harbour Park" (values-v15, session 28)."""
    return start >= 2 and text[start - 1] in ":." and text[start - 2].isdigit()


def _part_of_a_code(text: str, start: int) -> bool:
    """A postcode's shape glued to letters or digits by a hyphen is the rest of a code: the
    "B8W4XN" of "TW-B8W4XN" (values-v14)."""
    return start >= 2 and text[start - 1] == "-" and text[start - 2].isalnum()


# A premises named, perhaps with its town, then said to be at the address, in German: "Die
# Filiale Aarau findet ihr in der …", "Die Adresse vom Studio Chemnitz ist übrigens …",
# "Treffpunkt: Werkstatt Feldkirch, …" (values-v14, session 27). The English list above has
# the premises before "at"/"on"/a comma; German says where with "ist", "liegt" or "findet ihr".
PUBLIC_PLACE_BEFORE_DE = re.compile(
    r"(?i:\b(?:studio|filiale|niederlassung|standort|laden|geschäft|büro|werkstatt|praxis"
    r"|ordination|annahme|annahmestelle"
    r"|apotheke|agentur|geschäftsstelle|kundencenter|servicestelle|servicepunkt"
    r"|abholstation|kanzlei|café|restaurant|hotel|lager|showroom|saal|halle"
    r"|\w+(?:zentrum|center|schule|studio|filiale|stelle)))"
    r"(?:\s+(?:[A-Z\u00c0-\u00de][\w'\u2019-]+|in|am|an der)){0,3}"
    r"\s*(?:,|\(|:|(?i:\b(?:ist|liegt|befindet sich|findet ihr|finden sie|findest du))\b"
    r"(?:\s+(?i:übrigens|jetzt|neu|seit \w+|ab \w+|direkt|gleich)){0,2}"
    r"(?:\s+(?i:in|an|auf|am|im)\b(?:\s+(?i:der|dem|den))?)?)\s*$"
)


def _public_place(text: str, start: int) -> bool:
    if PUBLIC_PLACE_BEFORE_DE.search(text, max(0, start - 70), start):
        return True
    match = PUBLIC_PLACE_BEFORE.search(text, max(0, start - 90), start)
    if match is None:
        return False
    return not HOUSE_NUMBER_BEFORE.search(text, max(0, match.start() - 8), match.start())


def _named_ids(text: str) -> tuple[list[re.Match[str]], list[re.Match[str]]]:
    """The values after the name of a national number: right after it ("passport number
    X1234567") and later in the sentence ("your DNI — … (48291736K)")."""
    lowered = text.lower()
    if len(lowered) != len(text):  # a letter whose lower case is longer ("İ")
        return list(NATIONAL_ID.finditer(text)), list(ID_LATER.finditer(text))
    right_after = list(gates.finditer(NATIONAL_ID_SHAPES, text))
    later: list[re.Match[str]] = []
    for word in gates.finditer(ID_WORD_LOWER, lowered):
        if word.group() == "my number" and text[word.start() : word.end()] != "My Number":
            continue  # "my number" is a phone number's, "My Number" Japan's national one
        for found, pattern in ((right_after, NATIONAL_ID_AFTER), (later, ID_LATER_AFTER)):
            match = pattern.match(text, word.end())
            if match:
                found.append(match)
    return right_after, later


# A date of birth more than 120 years back is a dead person's, from a register or a census
# ("geboren am 3. Oktober 1871", "his birth date as 4 June 1856"): no living person's data
# (personal-v31).
YEAR = re.compile(r"(?<!\d)(1[0-9]\d\d|20\d\d)(?!\d)")


def _a_living_persons_birth(text: str, hit: Hit) -> bool:
    if hit.message != DOB_MESSAGE:
        return True
    year = YEAR.search(text, hit.start, hit.end)
    return year is None or int(year.group()) >= timezone.localdate().year - 120


def _identifiers(text: str) -> Iterable[Hit]:
    if "iagnos" in text:
        for match in HEALTH.finditer(text):
            yield Hit(KIND, *match.span(), HEALTH_MESSAGE, PRIVATE_LIFE_SUGGESTION)
    for match in gates.finditer(DOB, text):
        yield Hit(KIND, *match.span("date"), DOB_MESSAGE, SUGGESTION)
    right_after, later = _named_ids(text)
    for match in right_after:
        named = "value" in match.re.groupindex and match.group("value")
        span = match.span("value") if named else match.span()
        if named and COMPANY_ID_SAID.search(text, max(0, span[0] - 45), span[0]):
            continue  # "Our VAT ID number is GB123456789": the company's
        yield Hit(KIND, *span, ID_MESSAGE, SUGGESTION)
    for match in gates.finditer(ID_SHAPES, text):
        yield Hit(KIND, *match.span(), ID_MESSAGE, SUGGESTION)
    for match in later:
        value = match.group("value")
        stated = ID_STATED_FOR.fullmatch(match.group("between")) or ID_STATED_ON.fullmatch(
            match.group("between")
        )
        # "Passnummer des Kunden: K7M2Q81TZ": a value of letters and digits given after a colon
        # is the number named (values-v16, session 29)
        given = stated or ID_GIVEN_END.search(match.group("between"))
        if (
            (sum(c.isdigit() for c in value) >= 6 or (given and _mixed_id(value)))
            and (stated or not NOT_THE_ID_BETWEEN.search(match.group("between")))
            and not DATE_LIKE.fullmatch(value)
            # "… nicht, nur die Bestellnummer 4412-9981": another record's number, named so
            and (
                stated
                or not OTHER_RECORD_BEFORE.search(
                    text, match.start("between"), match.start("value")
                )
            )
            and not COMPANY_ID_SAID.search(text, max(0, match.start() - 45), match.start("value"))
        ):
            yield Hit(KIND, *match.span("value"), ID_MESSAGE, SUGGESTION)
    for pattern in (OWNED_RECORD, ROLE_NAME):
        for match in gates.finditer(pattern, text):
            name = match.group("name")
            if name.split()[0] in NOT_A_FIRST_NAME or name.split()[-1] in NOT_A_FIRST_NAME:
                continue
            if any(word in JOB_TITLE_WORDS for word in name.split()):
                continue  # "Customer Relations Manager" signs a letter: a role, not a name
            if REFUSED_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                continue  # "I can't give out Mrs Lane's number": nothing of hers is given
            yield Hit(KIND, *match.span("name"), NAME_MESSAGE, NAME_SUGGESTION)
    if gates.search(BIRTH_WORDS, text):
        # Where a draft speaks of birth dates, a full date decades back is one: "Got it:
        # 12/07/1988", "DOB on file: 3 March 1979".
        for match in FULL_DATE.finditer(text):
            year = int(
                next(y for y in match.group("year", "year2", "year3", "year4", "year5") if y)
            )
            if 1900 <= year <= timezone.localdate().year - 12:
                yield Hit(KIND, *match.span(), DOB_MESSAGE, SUGGESTION)
    if gates.search(HEALTH_HINT, text):
        for match in HEALTH_NEED.finditer(text):
            if OUR_PRODUCT_BEFORE.search(text, max(0, match.start() - 40), match.start()):
                continue  # "Duo D4 is our current ventilator": what the company sells (values-v17)
            yield Hit(KIND, *match.span(), HEALTH_MESSAGE, PRIVATE_LIFE_SUGGESTION)
    if not NAMED_RECORD_HINT.search(text):
        return
    for start, end in _named_records(text):
        name = text[start:end]
        if name.split()[0] in NOT_A_FIRST_NAME or name.split()[-1] in NOT_A_FIRST_NAME:
            continue
        if any(word in NOT_A_NAME_WORD for word in name.split()):
            continue  # "booked for Chinese New Year": a date, not a person
        yield Hit(KIND, start, end, NAME_MESSAGE, NAME_SUGGESTION)


# NAMED_RECORD's three forms in three scans, as fast (a third of the time, the same names): the
# case-blind words found in lower-cased text, the name after them matched in the text.
HOLDER_WORD = re.compile(  # searched in lower-cased text
    _fast_alternation(
        r"(?:registered to|(?:registered )?(?:keeper|owner) (?:is|was)|placed by"
        r"|booked (?:by|for|under)|ordered by|in the name of|under the"
        r" name|passenger|cardholder|account holder|name on (?:the|your) \w+ is|bestellt von"
        r"|gebucht (?:von|f\u00fcr)|auf den namen|karteninhaber(?:in)?|kontoinhaber(?:in)?)"
    )[0]
)
HOLDER_NAME_AFTER = re.compile(rf"\s+{_TITLE}(?P<a>{_FULL_NAME})")
RECORD_WORD_ANYWHERE = re.compile(_fast_alternation("(?:" + _RECORD[4:-1] + ")")[0])  # lowered
RECORD_NAME_AFTER = re.compile(
    rf"\s*(?:no\.?|number|#|Nr\.?|ID)?\s*[:#]?\s*{_RECORD_ID}"
    rf"\s+(?:(?:is|was)\s+(?:(?:booked|registered|held|filed)\s+)?)?(?i:for|of|under|f\u00fcr|von)"
    rf"\s+{_TITLE}(?P<c>{_FULL_NAME})"
)
NAME_THEN_RECORD = re.compile(rf"(?=[{_NAME_UPPER}])" + _NAME_THEN_RECORD)


def _named_records(text: str) -> list[tuple[int, int]]:
    """The names NAMED_RECORD finds, leftmost first and not overlapping, as its `finditer`."""
    lowered = text.lower()
    if len(lowered) != len(text):
        return [
            match.span(next(g for g in ("a", "b", "c") if match.group(g)))
            for match in NAMED_RECORD.finditer(text)
        ]
    found: list[tuple[int, int, int, tuple[int, int]]] = []
    for word in HOLDER_WORD.finditer(lowered):
        name = HOLDER_NAME_AFTER.match(text, word.end())
        if name:
            found.append((word.start(), 0, name.end(), name.span("a")))
    for word in RECORD_WORD_ANYWHERE.finditer(lowered):
        name = RECORD_NAME_AFTER.match(text, word.end())
        if name:
            found.append((word.start(), 1, name.end(), name.span("c")))
    for match in NAME_THEN_RECORD.finditer(text):
        if match.group("b"):
            found.append((match.start(), 2, match.end(), match.span("b")))
    names, end = [], 0
    for start, _, stop, span in sorted(found):
        if start >= end:
            names.append(span)
            end = stop
    return names


def detect(
    text: str,
    *,
    public_emails: frozenset[str],
    public_phones: frozenset[str],
    public_addresses: frozenset[str] = frozenset(),
) -> list[Hit]:
    hits = [
        *_phones(text, public_phones),
        *_emails(text, public_emails),
        *_addresses(text, public_addresses),
        *_identifiers(text),
        *_german(text),
        *_more(text),
        *_v7(text, text.lower(), public_emails),
        *_v8(text, text.lower()),
        *_v9(text, text.lower(), public_addresses),
        *_v15(text, text.lower()),
        *_v16(text, text.lower()),
        *_v18(text),
        *_v19(text, public_addresses),
        *_values_v16(text),
        *(Hit(KIND, start, end, ID_MESSAGE, SUGGESTION) for start, end in national_numbers(text)),
    ]
    hits = _v11(text, _v10(text, hits, public_addresses), public_addresses)
    return [
        hit
        for hit in hits
        if not _a_place_of_ours(text, hit, public_addresses)
        and not _the_company_line(text, hit, public_phones)
        and not _a_bare_place_in_brackets(text, hit)
        and not _placeholder_or_venue(text, hit)
        and not _your_own_condition(text, hit)
        and not _told_us_by_the_reader(text, hit)
        and _a_living_persons_birth(text, hit)
        and not _masked(text, hit)
    ]


def _masked(text: str, hit: Hit) -> bool:
    """An e-mail address shown cut after an ellipsis or stars ("the one ending
    \u201c…ley@gmail.com\u201d"): a part of an address the reader already has, not one given
    (personal-v31)."""
    if hit.message != EMAIL_MESSAGE:
        return False
    before = text[max(0, hit.start - 3) : hit.start]
    return before.endswith(("\u2026", "...", "**"))


NAME_THEN_ADDRESS_GAP = re.compile(r",?\s{1,2}(?:at\s+|in\s+)?")


def names_with_their_address(text: str, hits: list[Hit]) -> list[Hit]:
    """A name right before an address ("Frieda Koch, Am Stadtgraben 3") is one finding, the
    person at their home, not two (personal-v15). Run after the company's own names and
    branches are taken out."""
    addresses = {hit.start: hit for hit in hits if hit.message is ADDRESS_MESSAGE}
    if not addresses:
        return hits
    joined: dict[int, Hit] = {}  # by the address's start
    names: set[tuple[int, int]] = set()
    for hit in hits:
        if hit.message is not NAME_MESSAGE:
            continue
        gap = NAME_THEN_ADDRESS_GAP.match(text, hit.end)
        address = addresses.get(gap.end()) if gap else None
        if address is not None:
            names.add((hit.start, hit.end))
            start = (
                min(hit.start, joined[address.start].start)
                if address.start in joined
                else (hit.start)
            )
            joined[address.start] = Hit(
                KIND, start, address.end, ADDRESS_MESSAGE, address.suggestion
            )
    return [
        hit
        for hit in hits
        if (hit.start, hit.end) not in names
        and not (hit.message is ADDRESS_MESSAGE and hit.start in joined)
    ] + list(joined.values())


# --- The company's own lines and places, by structure (personal-v30, issue 13) -----------------
# The digits a number is written with around a finding: "(702) 555-0188" around the "555-0188"
# another rule read as an ID's value, "+43 662 870 455-22" with its extension.
NUMBER_CHARS = frozenset("0123456789+()-./ \u2013")
EXTENSION_END = re.compile(r"^(?P<line>.*\d)\s*[-\u2013]\s*\d{1,4}$")


def _the_company_line(text: str, hit: Hit, public_phones: frozenset[str]) -> bool:
    """A number that is one of the company's configured public lines, whichever rule read it
    (a phone, an ID's value after "Social Security number … at (702) 555-0188") and however
    little of it that rule marked, or such a line with an extension after a dash ("+43 662 870
    455-22", a department's direct dial on the public switchboard): the company's contact, not
    a person's."""
    if not public_phones or hit.message in (NAME_MESSAGE, ADDRESS_MESSAGE):
        return False
    start, end = hit.start, hit.end
    while start > 0 and hit.start - start < 8 and text[start - 1] in NUMBER_CHARS:
        start -= 1
    while end < len(text) and end - hit.end < 8 and text[end] in NUMBER_CHARS:
        end += 1
    raw = text[start:end].strip(" -./\u2013(")
    if sum(c.isdigit() for c in raw) < 7 or not any(c.isdigit() for c in text[hit.start : hit.end]):
        return False
    if _a_public_line(raw, public_phones):
        return True
    extension = EXTENSION_END.match(raw)
    return extension is not None and _a_public_line(extension.group("line"), public_phones)


def _a_public_line(raw: str, public_phones: frozenset[str]) -> bool:
    """The number is a configured public line: written internationally, with all its digits
    ("+66 81 234 5678" is not "+46 8 1234 5678", though their national digits end alike);
    written nationally, its digits end as a public line's national number.

    Not the phone rule's `_is_public`, though both end in the same two tests: that one judges a
    number libphonenumber parsed (its E.164 form, any organisation's freephone range, a public
    freephone line read as another country's), this one the raw digits another rule marked (an
    ID's value), which need not parse, and only the company's own lines: an ID's value that
    happens to be some freephone number is still a value given (docs/decisions.md, session 37,
    cleanup-v32)."""
    if _international(raw):
        return _written_as_public(raw, public_phones)
    return _is_public_digits(raw, public_phones)


# A street and number alone in brackets, right after a town or a place ("Wels (Dieselstraße
# 12)", "open day in Würzburg (Ohmstraße 9)", "Tag der offenen Tür in Würzburg (Ohmstraße 9)"):
# where a branch, a site or an event is. A home given in brackets is someone's ("Frau Kessler
# (Mozartstraße 9, Ulm)", "Mrs Henshaw (14 Mill Close, …)", "Ihre neue Adresse (…)"), so a
# sentence that speaks of a person, a home or an address keeps its finding.
BRACKETED_PLACE_BEFORE = re.compile(
    r"(?:\b(?:in|at|near|bei|im|am|an der|aus)\s+|^|[:,;]\s*|\)\s*,\s*|\b(?:on\s+)?"
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Montag|Dienstag|Mittwoch"
    r"|Donnerstag|Freitag|Samstag|Sonntag)\s+)"
    r"(?:[A-Z\u00c0-\u00de][\w'\u2019.-]+\s+){0,2}\($"
)
BRACKETED_STREET_ONLY = re.compile(r"[^,\d]*?\d{1,4}[a-zA-Z]?|\d{1,4}[a-zA-Z]?\s+[^,\d]+")
PERSON_IN_SENTENCE = re.compile(
    r"(?i:\b(?:mr|mrs|ms|miss|dr|mx|herr|herrn|frau|your|his|her|their|my|dein\w*|sein\w*"
    r"|mein\w*|ihr\w*|euer|eure\w*|neighbou?r|nachbar\w*|customer|client|guest|member|patient"
    r"|kund\w*|gast|mitglied\w*|lives?|living|home|house|wohnt\w*|wohnung|zuhause|daheim"
    r"|address|adresse|anschrift|deliver\w*|liefer\w*|zustell\w*|ship\w*|versand\w*"
    r"|send|schick\w*|moved|umgezogen|sender|absender|recipient|empfänger\w*)\b)"
    r"|\b(?:Sie|Ihnen|Ihr\w*)\b"
)


def _a_bare_place_in_brackets(text: str, hit: Hit) -> bool:
    if hit.message is not ADDRESS_MESSAGE:
        return False
    if not BRACKETED_PLACE_BEFORE.search(text, max(0, hit.start - 40), hit.start):
        return False
    if not text.startswith(")", hit.end) or not BRACKETED_STREET_ONLY.fullmatch(
        text, hit.start, hit.end
    ):
        return False
    return not PERSON_IN_SENTENCE.search(_sentence_of(text, hit.start))


def _a_place_of_ours(text: str, hit: Hit, public_addresses: frozenset[str]) -> bool:
    """A "full name" that is a town or street of the company's own addresses ("Parken in Bad
    Reichenhall" where the company's address ends "83435 Bad Reichenhall"): a place, not a
    person (personal-v15)."""
    if hit.message is not NAME_MESSAGE:
        return False
    squashed = squash_address(text[hit.start : hit.end])
    return len(squashed) >= 8 and any(squashed in address for address in public_addresses)


# --- German forms (issue 17) -----------------------------------------------------------------
# Kept apart from the patterns above so that English and German work merge cleanly.

# "Landsberger Str. 110", "Kölner Str. 5": a street named after a town, abbreviated.
ADDRESS_PATTERNS_DE = (
    re.compile(r"\b[A-ZÄÖÜ][a-zäöüß]+er\s+Str\.\s*\d{1,4}[a-z]?\b"),
    # A French street name with its number after, as Switzerland and Belgium write it: "Rue du
    # Rhône 5", "Chemin des Vignes 3", "Avenue de la Gare 12b" (values-v14, session 27). The
    # article after the street's kind keeps English prose ("the avenue 5 …") out.
    re.compile(
        r"\b(?:Rue|Avenue|Av\.|Boulevard|Bd|Chemin|Ch\.|Route|Rte|All[ée]e|Impasse|Quai|Place"
        r"|Ruelle|Sentier|Promenade)\s+(?:(?:de|du|des|la|le|les|l['\u2019]|d['\u2019])\s*)+"
        r"[A-ZÀ-Ý][\w'\u2019-]+(?:\s+[A-ZÀ-Ý][\w'\u2019-]+){0,2},?\s+\d{1,4}[a-z]?\b"
    ),
)
# The company's own premises given as such: "unser Hub in München: …", "unsere Filiale ist
# umgezogen: …", "Sie finden uns in der …".
OWN_PREMISES_BEFORE_DE = re.compile(
    r"(?i)(?:\bunser(?:e|em|en|er)?\b[^.!?\n]{0,30}?\b(?:filiale|laden|geschäft|büro|hub"
    r"|standort|lager|werkstatt|service-?center|servicestelle|zentrale|adresse|sitz"
    r"|niederlassung|showroom|verkaufsstelle|station|abholstation|rücksendeadresse"
    r"|retourenadresse|praxis|apotheke|hotel|restaurant|café|shop|store|outlet|geschäftsstelle"
    r"|kundencenter|firmensitz|hauptsitz|\w*zentrum|\w*klinik|\w*praxis|campus|schule)\w*\b"
    r"[^.!?\n]{0,30}?"
    r"(?:\b(?:ist|befindet sich|liegt|ist umgezogen|zieht um|lautet|ab sofort|jetzt|neu))?"
    r"(?:\s*\b(?:in|an|auf|nach|unter)\b)?(?:\s*:\s*[^.!?\n:]{0,30}?)?"
    r"|\b(?:besuchen|finden|treffen)\s+sie\s+uns\s+(?:in|an|auf|unter)\b"
    r"|\b(?:besuch|find)\s+uns\s+(?:in|an|auf|unter)\b)\s*(?:der\s+|die\s+|dem\s+)?$"
)
# "Ihr Geburtsdatum als 17.03.1991 gespeichert", "Ausweisnummer als T22000129": German
# states a value with "als" or "lautet".
DOB_DE = re.compile(
    r"(?i)\b(?:Geburtsdatum|Geburtstag|geboren)\b(?:\s+\w+){0,3}?\s+(?:als|lautet|ist|:)\s+"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4})"
)
NATIONAL_ID_DE = re.compile(
    r"(?i)\b(?:Personalausweis|Ausweis|Reisepass|Pass|F\u00fchrerschein|Steuer-?ID"
    r"|Steueridentifikations|Sozialversicherungs|Rentenversicherungs|Versicherten)"
    r"(?:nummer|-Nr\.?|nr\.?)\b(?:\s+\w+){0,3}?\s+(?:als|lautet|ist)\s+"
    r"(?P<value>(?=[A-Z0-9 ]*\d)(?-i:[A-Z0-9])(?:(?-i:[A-Z0-9])|\s(?=\d)){5,20})"
)
# A named person tied to a record: "…, war Thomas Brenner, Fahrt TND-5512-0931", "der
# Unfallgegner heißt Anna Berger".
_RECORD_DE = (
    r"(?:Fahrt|Fahrtnummer|Vorgang|Vorgangsnummer|Fall|Fallnummer|Vertrag|Vertragsnummer"
    r"|Kundennummer|Kundennr\.?|Rechnung|Rechnungsnummer|Auftrag|Auftragsnummer|Sendung"
    r"|Bestellung|Buchung|Ticket|Mitgliedsnummer|Police|Schadennummer|Aktenzeichen)"
)
NAMED_RECORD_DE = re.compile(
    rf"{_TITLE}(?P<a>{_FULL_NAME})(?:,\s*|\s*\(){_RECORD_DE}\s*(?:Nr\.?)?\s*:?\s*{_RECORD_ID}"
    rf"|\b(?i:der|die|dem|den)\s+(?i:andere[rn]?\s+)?(?i:Fahrer(?:in)?|Unfallgegner(?:in)?"
    rf"|Unfallverursacher(?:in)?|Halter(?:in)?|Mieter(?:in)?|Nachbar(?:in)?|Empf\u00e4nger(?:in)?"
    rf"|Absender(?:in)?|Vormieter(?:in)?)\b[^.!?\n]{{0,60}}?\b(?:war|ist|hei\u00dft|hie\u00df)\s+"
    rf"{_TITLE}(?P<b>{_FULL_NAME})"
)


def _german(text: str) -> list[Hit]:
    """German forms the general patterns do not know (German street forms are read with the
    other addresses, in `_addresses`)."""
    lowered = text.lower()
    hits: list[Hit] = []
    if "geb" in lowered:
        hits += [Hit(KIND, *m.span("date"), DOB_MESSAGE, SUGGESTION) for m in DOB_DE.finditer(text)]
    if "nummer" in lowered or "nr" in lowered or "id " in lowered:
        hits += [
            Hit(KIND, *m.span("value"), ID_MESSAGE, SUGGESTION)
            for m in gates.finditer(NATIONAL_ID_DE, text)
        ]
    if not any(c.isupper() for c in text):
        return hits  # a name is written with capitals
    for match in gates.finditer(NAMED_RECORD_DE, text):
        group = "a" if match.group("a") else "b"
        if match.group(group).split()[0] not in NOT_A_FIRST_NAME:
            hits.append(Hit(KIND, *match.span(group), NAME_MESSAGE, NAME_SUGGESTION))
    return hits


# The parts of an address before a later part of it: "3 Foundry Yard, Manchester " before
# "M4 6DE" (values-v14).
ADDRESS_PARTS_BEFORE = re.compile(
    r"(?:(?:\d[\w#/-]*|#[\w-]+|[A-Z\u00c0-\u00de][\w'\u2019.-]*),?\s+){1,6}$"
)


# The company's premises said to have moved, then the new address in the next breath: "Our
# Henderson office has moved! New address: …", "Unser Büro in Graz ist umgezogen. Neue Adresse:
# …" (personal-v30). A person's move is told with "your / her / my", not "our".
OUR_MOVE_BEFORE = re.compile(
    r"(?i)\b(?:our|unser[e]?)\b[^.!?\n]{0,40}?\b(?:has|have|is|are|hat|haben|ist|sind)?\s*"
    r"(?:moved|relocated|umgezogen)\b[^\n]{0,20}?\b(?:new|neue)\s+(?:address|adresse|anschrift)"
    r"\s*(?:is|ist|lautet)?\s*:?\s*$"
)


def _own_premises(text: str, start: int) -> bool:
    """The company's own address, said so in English or German, or a later part of one."""
    if OWN_PREMISES_BEFORE.search(text, max(0, start - 80), start) or (
        OWN_PREMISES_BEFORE_DE.search(text, max(0, start - 80), start)
    ):
        return True
    if OUR_MOVE_BEFORE.search(text, max(0, start - 100), start):
        return True
    parts = ADDRESS_PARTS_BEFORE.search(text, max(0, start - 60), start)
    return parts is not None and bool(
        OWN_PREMISES_BEFORE.search(text, max(0, parts.start() - 80), parts.start())
        or OWN_PREMISES_BEFORE_DE.search(text, max(0, parts.start() - 80), parts.start())
    )


# --- More kinds of text (precise-v6, issue 13) ----------------------------------------------

# A phone number said in words: "plus four four seven seven zero zero, nine double-oh, five two
# one", "null eins sieben …". Seven digits or more, said to be a number or starting with "plus".
# The words are detectors/spoken_digits.py's.
# The groups may be parted by a comma or a dash ("nullsechssechsvier \u2013 zwo drei eins, vier
# f\u00fcnf null"), and German may glue the words of a group into one (values-v17).
SPELLED_PHONE = re.compile(  # searched in lower-cased text
    rf"\b(?:plus\s+)?(?:{REPEAT_WORD}[ -]?)?{DIGIT_WORD}"
    rf"(?:(?:\s*[,\u2013\u2014]\s*|[\s-]+)?(?:{REPEAT_WORD}[ -]?)?{DIGIT_WORD}){{5,}}\b"
)
SAID_WORD = re.compile(rf"plus|{REPEAT_WORD}|{DIGIT_WORD}")


def _said_digits(words: list[str]) -> int:
    """How many digits the words say: "double" stands for one more, "plus" for none."""
    return sum(REPEATS[w] - 1 if w in REPEATS else 0 if w == "plus" else 1 for w in words)


# Cues for a count before the scan: each digit word after a space or a hyphen ("one" is left
# out, as "phone" and "someone" hold it), a repeat word, "plus".
DIGIT_WORDS = (
    *(f"{mark}{word}" for word in UNITS if word != "one" for mark in " -"), *REPEATS, "plus ",
)  # fmt: skip


@functools.lru_cache(maxsize=4)
def _digit_words(lowered: str) -> int:
    """DIGIT_WORDS' count in a lowered draft, counted once for the two rules that ask."""
    return sum(lowered.count(word) for word in DIGIT_WORDS)


# A country or a kind of line in brackets after a number: "98765 43210 (India)", "(mobile)".
PHONE_KIND_AFTER = re.compile(
    r"\s*\((?i:mobile|cell|landline|home|work|office|whatsapp|signal|telegram|handy|festnetz)\)"
    r"|\s*\((?:India|Pakistan|Bangladesh|Nigeria|Kenya|Ghana|South Africa|Egypt|Morocco"
    r"|Turkey|UAE|Dubai|Saudi Arabia|Qatar|Israel|China|Japan|Korea|South Korea|Taiwan"
    r"|Hong Kong|Singapore|Malaysia|Indonesia|Philippines|Thailand|Vietnam|Australia"
    r"|New Zealand|Canada|US|USA|Mexico|Brazil|Argentina|Chile|Colombia|Peru|UK|Ireland"
    r"|France|Germany|Spain|Portugal|Italy|Netherlands|Belgium|Switzerland|Austria|Poland"
    r"|Sweden|Norway|Denmark|Finland|Greece|Croatia|Romania|Czechia|Hungary|Ukraine)\)"
)
# A health plan's or insurer's member number: "your insurance member ID UHC-88214097", "for
# the health-plan letter we need your member ID: 4GH7-KN2-33910".
MEMBER_ID = re.compile(
    r"(?i:\b(?:member|subscriber|insured|insurance|patient)\s*(?:ID|number|no\.?|#|nr\.?))"
    + _NATIONAL_ID_TAIL
)
HEALTH_PLAN_WORDS = re.compile(
    r"(?i)\b(?:health\w*|insur\w*|medic\w*|dental|nhs|hmo|ppo|krankenkass\w*|versicher\w*"
    r"|patient\w*|clinic\w*|hospital\w*)\b"
)
# More countries' numbers by name: short names only as written in capitals ("RG", "RUT",
# "SVNR"), longer ones in any case.
MORE_ID_WORDS = re.compile(
    r"(?=[A-Z])\b(?:RG|RUT|RUN|CUIT|CUIL|CNP|EGN|OIB|JMBG|HKID|SVNR|NINO|AMKA|IRD|EHIC|GHIC|NIR"
    r"|SIN)\b"
)
MORE_ID_WORDS_LOWER = re.compile(
    r"\b(?:c\u00e9dula|cedula|carteira de identidade|num\u00e9ro de s\u00e9curit\u00e9 sociale"
    r"|sofi-?nummer|emirates id|iqama|kimlik|voter id|citizen id|mykad|sv-nummer"
    r"|versicherungsnummer|versichertennummer|ausweis|medicare|medicaid"
    r"|social insurance number|health card|identity number|id no)\b"
)
CONDITION_LOWER = re.compile(
    r"disorder|syndrome|disease|illness|medical condition|heart condition|skin condition"
    r"|chronic condition|health condition|depression|anxiety|autis|adhd|dyslexi|epilep"
    r"|diabet|cancer|dementia|asthma|tinnitus|hearing loss|stroke|medical certificate|sick note"
    r"|tumo|hiv|pregnan|h\u00f6rsturz|diagnose|erkrankung|krankheit|demenz|schlaganfall"
    r"|h\u00f6rverlust|attest|krankschreibung|schwanger"
)
# Shapes that are national numbers wherever they appear: a Chilean RUT or a Brazilian RG
# ("12.345.678-9", "12.345.678-K").
MORE_ID_SHAPES = re.compile(
    r"(?=[\dA-Z])(?<![\d.])\d{1,2}\.\d{3}\.\d{3}-[\dkKxX](?![\w.-])"
    # An Italian codice fiscale: "RSSMRA85T10A562S".
    r"|\b[A-Z]{6}\d{2}[A-EHLMPR-T]\d{2}[A-Z]\d{3}[A-Z]\b"
)
# Singapore and Hong Kong flats: "Blk 123 Ang Mo Kio Ave 3 #05-67", "Flat B, 12/F".
MORE_ADDRESSES = re.compile(
    r"\b(?:Blk|Block)\s+\d{1,4}[A-Z]?\s+(?:[A-Z][a-z]+\s+){1,4}(?:Ave|Avenue|Street|St|Road|Rd"
    r"|Drive|Dr|Crescent|Lane)?\s*\d{0,3},?\s*#\d{1,3}-\d{1,4}\b"
    r"|\bFlat [A-Z0-9]{1,3},\s*\d{1,2}/F\b"
)
# Someone's health, named: "Lucía Moreno (B1 evening class) has an anxiety disorder", "Unser
# Mitglied Erwin Maurer (geb. …) hat seit dem Hörsturz …".
_CONDITION = (
    r"disorder|syndrome|disease|illness|(?:medical|heart|skin|chronic|health) condition"
    r"|depression|anxiety|autism|autistic|ADHD"
    r"|dyslexi\w*|epilep\w*|diabet\w*|cancer|dementia|asthma|tinnitus|hearing loss|stroke"
    r"|medical certificate|sick note|tumou?r|HIV|pregnan\w*|H\u00f6rsturz|Diagnose|Erkrankung"
    r"|Krankheit|Demenz|Depression|Schlaganfall|H\u00f6rverlust|Attest|Krankschreibung"
    r"|schwanger\w*"
)
NAMED_HEALTH = re.compile(
    rf"{_TITLE}(?P<name>{_FULL_NAME})(?:\s*\([^()\n]{{0,60}}\))?\s+"
    r"(?P<said>(?:has|had|suffers from|lives with|is being treated for|was diagnosed with|is"
    r"|hat|hatte|leidet an|leidet unter|ist)\b[^.!?\n]{0,80}?\b(?:" + _CONDITION + r")\b"
    r"[^.!?;\n]{0,80})"
)
# What a person's work is, not their health: "Dr Anna Weber has a special interest in tinnitus".
NOT_HEALTH_SAID = re.compile(
    r"(?i)\b(?:interest|speciali[sz]\w*|expert\w*|experience|treats|works|helps|research\w*"
    r"|team|clinic|talk|webinar|session|course|class(?:es)?|spricht|vortrag|betreut)\b"
)
# A full name greeted or thanked, then that person's record in the same sentence: "Thanks,
# Priya Raman, I've found your booking for the TOEFL course, reference PLW-BK-77213."
ADDRESSED_RECORD = re.compile(
    r"\b(?:Thanks|Thank you|Hi|Hello|Dear|Hey|Morning|Good (?:morning|afternoon|evening)"
    rf"|Hallo|Guten Tag),?\s+{_TITLE}(?P<name>{_FULL_NAME})\s*,"
    rf"[^.!?\n]{{0,100}}?\b{_RECORD}\b[^.!?\n]{{0,40}}?(?<![\w-]){_RECORD_ID}"
)
# An address someone is invited to (a public session, a shop) or said to be the company's.
INVITED_BEFORE = re.compile(
    r"(?i)\b(?:drop in|drop by|pop in|pop by|pop into|come (?:along|by|down|in)|stop by"
    r"|swing by|call in|meet (?:us|me|the team))\s*(?:at|to)?\s*:?\s*$"
    # Where a class or an event is held: "Portuguese for beginners starts every Monday at …".
    r"|\b(?:class(?:es)?|courses?|sessions?|lessons?|workshops?|meet-?ups?|events?|talks?"
    r"|starts|runs|is held|are held|takes place)\b[^.!?\n]{0,40}?\bat\s*$"
)
OURS_AFTER = re.compile(
    r"(?i)[)\s,]*(?:is|was|=|\u2014|-)\s+(?:our|the)\s+(?:\w+\s+)?(?:office|shop|store|branch"
    r"|clinic|campus|school|showroom|warehouse|depot|hq|headquarters|head office|base|hub"
    r"|studio|centre|center)\b"
)


def _invited_or_ours_after(text: str, start: int, end: int) -> bool:
    return bool(
        INVITED_BEFORE.search(text, max(0, start - 40), start) or OURS_AFTER.match(text, end)
    )


def _role_mailbox(address: str, public_emails: frozenset[str]) -> bool:
    """A mailbox at the company's own domain with a one-word local part ("noreply@",
    "skipper@", "ops@"): a role's, not a person's (a person's address carries a name:
    "marta.l@", "j_smith@")."""
    local, _, domain = address.partition("@")
    domains = {email.rsplit("@", 1)[-1] for email in public_emails}
    return domain in domains and local.replace("-", "").isalpha()


def _more(text: str) -> list[Hit]:
    hits: list[Hit] = []
    lowered = text.lower()
    # Seven digits said in words need several digit words (a cheap count; "one" is left out, as
    # "phone" and "someone" hold it).
    spelled = _digit_words(lowered) >= 4
    if spelled and len(lowered) == len(text):
        for match in SPELLED_PHONE.finditer(lowered):
            words = SAID_WORD.findall(match.group())
            digits = _said_digits(words)
            before = text[max(0, match.start() - 40) : match.start()]
            if digits >= 7 and (words[0] == "plus" or PHONE_WORD_BEFORE.search(before)):
                hits.append(Hit(KIND, *match.span(), PHONE_MESSAGE, SUGGESTION))
    if "member" in lowered or "subscriber" in lowered or "insur" in lowered or "patient" in lowered:
        for match in gates.finditer(MEMBER_ID, text):
            sentence = _sentence_of(text, match.start())
            if HEALTH_PLAN_WORDS.search(sentence) and match.group("value"):
                hits.append(Hit(KIND, *match.span("value"), ID_MESSAGE, SUGGESTION))
    words = list(gates.finditer(MORE_ID_WORDS, text))
    if len(lowered) == len(text):
        words += gates.finditer(MORE_ID_WORDS_LOWER, lowered)
    for word in words:
        right_after = NATIONAL_ID_AFTER.match(text, word.end())
        if right_after and sum(c.isdigit() for c in right_after.group("value")) >= 5:
            hits.append(Hit(KIND, *right_after.span("value"), ID_MESSAGE, SUGGESTION))
            continue
        later = ID_LATER_AFTER.match(text, word.end())
        if (
            later
            and sum(c.isdigit() for c in later.group("value")) >= 6
            and not NOT_THE_ID_BETWEEN.search(later.group("between"))
            and not DATE_LIKE.fullmatch(later.group("value"))
        ):
            hits.append(Hit(KIND, *later.span("value"), ID_MESSAGE, SUGGESTION))
    hits += [
        Hit(KIND, *m.span(), ID_MESSAGE, SUGGESTION) for m in gates.finditer(MORE_ID_SHAPES, text)
    ]
    if not any(c.isupper() for c in text):
        return hits
    for match in NAMED_HEALTH.finditer(text) if gates.search(CONDITION_LOWER, lowered) else ():
        if NOT_HEALTH_SAID.search(match.group("said")):
            continue
        if match.group("name").split()[0] in NOT_A_FIRST_NAME:
            continue
        start = match.start("said")
        end = trim_trailing(text, start, match.end("said"))
        hits.append(Hit(KIND, start, end, HEALTH_MESSAGE, PRIVATE_LIFE_SUGGESTION))
    for match in gates.finditer(ADDRESSED_RECORD, text) if NAMED_RECORD_HINT.search(text) else ():
        hits.append(Hit(KIND, *match.span("name"), NAME_MESSAGE, NAME_SUGGESTION))
    return hits


def _sentence_of(text: str, at: int) -> str:
    begins = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    stops = [i for i in (text.find(c, at) for c in ".!?\n") if i != -1]
    return text[begins : min(stops, default=len(text))]


# --- By structure, in more countries and languages (precise-v7, issue 13) ---------------------

# The names of national and personal numbers beyond the lists above: short ones as written in
# capitals ("NIN", "BVN"), longer ones in any case. A generic name is an identity word before
# "number"/"no."/"ID" ("citizen number", "voter ID", "Identifikationsnummer").
ID_NAME_CAPS = re.compile(
    r"(?=[A-Z])\b(?:NIN|BVN|TIN|ITIN|CNIC|NIC|NID|NIDA|KTP|NIK|NRIC|FIN|PPSN?|UMID|SSS|PAN|EPIC"
    r"|UAN|RFC|DPI|NISS|CIN|HETU|CPR|SSN|SIN|NHS|CHI|AMKA|SVNR|AHV|BSN|DNI|NIE|NIF|CPF|CURP|RUT"
    r"|PESEL|OIB|EGN|JMBG|CNP|IRD|TFN|HKID|MyKad|PhilSys|Aadhaa?r|MRN|EHR|UHID)\b"
)
ID_NAME_WORDS = re.compile(  # searched in lower-cased text
    r"\b(?:philsys|aadhaa?r|mykad|iqama|postnummer|personnummer|f\u00f8dselsnummer"
    r"|rijksregisternummer|identifikationsnummer|steuer-?id|sv-?nummer|ausweisnummer"
    r"|passnummer|reisepassnummer|codice fiscale|n\u00famero de identificaci\u00f3n"
    r"|num\u00e9ro fiscal|num\u00e9ro d'identit\u00e9"
    r"|(?:passport|identity|id|national|citizen(?:ship)?|resident|residence|social security"
    r"|social insurance|tax(?:payer)?|voter(?:'s)?|insurance|health(?: insurance)?|pension"
    r"|driving licen[cs]e|driver(?:'s)? licen[cs]e|licen[cs]e|visa|birth certificate|ghana card"
    r"|huduma|emirates id|medical record|patient|hospital|nhs|chi)\s+(?:card\s+)?"
    r"(?:number|no\.?|nr\.?|id|#))"
)
# A personal number's shape: digits (seven or more) in groups, or a letter or three then
# digits ("AN4382917", "P4821934"); a letter or two may close it ("7263514KA", an Irish PPS
# number; "4532-281-947-AB", a Canadian health card).
ID_VALUE = re.compile(
    r"(?<![\w./-])(?:[A-Z]{1,3}\d{6,12}[A-Z]{0,2}|\d[\d \-./]{5,24}\d(?:-[A-Z]{1,2}"
    r"|(?<=\d{6})[A-Z]{1,2})?)"
    r"(?![\w-]|[.,/]\d)"
)
# Another record's name right before a value makes it that record's: "booking reference
# FN-12345", "call me on 0161 …", "order 4412 9981".
OTHER_RECORD_BEFORE = re.compile(
    r"(?i)\b(?:order|booking|reservation|reference|ref|ticket|case|invoice|tracking|account"
    r"|card|phone|mobile|tel|telephone|call|ring|text|whatsapp|serial|model|flight|pnr|sort"
    r"|routing|iban|bic|swift|claim|policy|parcel|shipment|version|build|item|sku|part|batch"
    # "Kundennummer", not "des Kunden" (whose number it is; values-v16, session 29)
    r"|bestell\w*|buchung\w*|rechnung\w*|kunden\w+|sendung\w*|vertrag\w*|konto\w*)"
    r"\s*(?:number|no\.?|nr\.?|ref(?:erence)?|code|id|#|nummer)?\s*(?:is|was|ist|lautet|:|=)?"
    r"\s*(?:on|at|auf|unter)?\s*:?\s*$"
)
# A full stop after a number is often an ordinal ("am 12. Januar"), not the end of a sentence.
SENTENCE_STOP = re.compile(r"(?<!\d)[.!?](?=\s|$)|\n")


def _sentence_and_next(text: str, start: int) -> int:
    """The end of the sentence that holds `start` and of the next one, 160 characters at most."""
    limit = min(len(text), start + 160)
    first = SENTENCE_STOP.search(text, start, limit)
    if first is None:
        return limit
    second = SENTENCE_STOP.search(text, first.end(), limit)
    return second.start() if second else limit


def _named_numbers(text: str, lowered: str) -> list[Hit]:
    hits = []
    names = [*gates.finditer(ID_NAME_CAPS, text), *gates.finditer(ID_NAME_WORDS, lowered)]
    for name in names:
        if COMPANY_NUMBER_BEFORE.search(lowered, max(0, name.start() - 24), name.start()):
            continue  # "unsere Umsatzsteuer-Identifikationsnummer", "our VAT number"
        stop = _sentence_and_next(text, name.end())
        for value in ID_VALUE.finditer(text, name.end(), stop):
            raw = value.group()
            if sum(c.isdigit() for c in raw) < 7 or DATE_LIKE.fullmatch(raw):
                continue
            if MONEY_AROUND.search(text, max(0, value.start() - 2), value.start()):
                continue
            if OTHER_RECORD_BEFORE.search(text, max(name.end(), value.start() - 40), value.start()):
                continue
            if PUBLIC_NUMBER_AFTER.search(text, value.end(), min(len(text), value.end() + 60)):
                continue
            hits.append(Hit(KIND, *value.span(), ID_MESSAGE, SUGGESTION))
            break  # the first value after a name is its value
    return hits


# A company's own number, or a tax number of a business (searched in lower-cased text).
COMPANY_NUMBER_BEFORE = re.compile(
    r"(?:\bour|\bunser\w*|\bcompany(?:'s)?|\bfirm|\bbusiness|\bgesch\u00e4fts\w*"
    r"|umsatzsteuer|\bust|\bvat|\bmwst|\bgst|\bsales tax)[\s-]*(?:\w+[\s-]+)?$"
)
COMPANY_ID_SAID = re.compile(
    r"(?i)(?:\bour|\bunser\w*|umsatzsteuer|\bvat|\bust|\bmwst|\bgst)\b[\s-]*(?:[\w-]+\s+){0,2}"
    r"(?:[\w-]*(?:number|no\.?|id|nummer|nr\.?))\b"
)
# A number said to be everyone's is not a person's: "… is 026014919 and it's the same for all
# customers".
PUBLIC_NUMBER_AFTER = re.compile(
    r"(?i)^[^.!?\n]{0,40}?\b(?:the same for (?:all|every)\w*"
    r"|for (?:all|every) (?:customers|accounts)|is public|f\u00fcr alle)\b"
)

# An e-mail address written out in words or brackets, in several languages: "markus punkt
# brandl at web punkt de", "lena [punkt] vogt [\u00e4t] gmx [punkt] de", "pierre (point) martin
# [arobase] orange (point) fr".
_DOT_WORD = r"(?:dot|punkt|point|punto|ponto|stip|kropka|pont|tecka|te\u010dka)"
_AT_WORD = (
    r"(?:at|\u00e4t|@|arobase|arroba|chiocciola|klammeraffe|apenstaartje|ma\u0142pa|malpa"
    r"|snabel-a|bei|chez)"
)
_DOT = rf"(?:\s*[\[({{<]\s*{_DOT_WORD}\s*[\])}}>]\s*|\s+{_DOT_WORD}\s+|\.)"
_AT = (
    rf"(?:\s*[\[({{<]\s*{_AT_WORD}\s*[\])}}>]\s*"
    r"|\s+(?:at|\u00e4t|arobase|arroba|chiocciola|klammeraffe|apenstaartje)\s+)"
)
WORDED_EMAIL = re.compile(
    rf"(?i)(?<![\w.@-])[a-z0-9_+-]+(?:{_DOT}[a-z0-9_+-]+)*{_AT}[a-z0-9-]+(?:{_DOT}[a-z0-9-]+)*?"
    rf"(?:\s*[\[({{<]\s*{_DOT_WORD}\s*[\])}}>]\s*|\s+{_DOT_WORD}\s+)"
    r"(?:com|org|net|info|edu|gov|biz|app|dev|io|co|[a-z]{2})\b(?![.-]\w)"
)

# A phone number said in words, any length from ten digits, or seven after a word of calling
# further back ("ring the customer back on …").
CALL_BEFORE = re.compile(
    r"(?i)\b(?:ring|call|phone|text|reach|dial|whatsapp|sms|anrufen|zur\u00fcckrufen"
    r"|erreichen|rufen)\w*\b[^.!?\n]{0,40}$"
)

# A date of birth named in other languages: "date de naissance", "fecha de nacimiento",
# "geboortedatum", "date-of-birth".
BIRTH_WORDS_MORE = re.compile(  # searched in lower-cased text
    r"\b(?:date[- ]of[- ]birth|naissance|n\u00e9e? le|nacimiento|nascita|nato il|nata il"
    r"|geboortedatum|geboren|f\u00f8dselsdato|f\u00f8dt|f\u00f6delsedatum|f\u00f6dd"
    r"|syntym\u00e4aika|data urodzenia|urodzon\w|data de nascimento|nascid[oa]|doğum tarihi)"
)

# An injury to someone: an event (burned, scalded, broke, "had a scald") or a wound and its
# care (hospital, A&E, a doctor's letter), said of a person or a body part of theirs: "Mrs Hayes
# had a scald on her left forearm treated at … A&E", "Ihr Sohn hat … eine Verbrühung … am
# rechten Unterarm". Advice ("steam can cause burns") names no one and no care.
INJURY_EVENT = re.compile(
    r"(?i)\b(?:scalded|burn(?:ed|t)|broke|fractured|sprained|dislocated|injured|hurt|cut"
    r"|geschnitten|gen\u00e4ht|gestochen|gebissen|bitten|stung"
    r"|suffered|sustained|had (?:a|an|some)\s+(?:\w+\s+)?(?:scald|burn|fracture|cut|injury"
    r"|wound|concussion|bruis\w*|sprain|break)|verbr\u00fch\w*|verbrannt|gebrochen|verletzt"
    r"|verstaucht|geprellt|gestürzt)\b"
)
INJURY_NOUN = re.compile(
    r"(?i)\b(?:scalds?|burns?|fractures?|sprains?|concussion|lacerations?|wounds?|bruis\w+"
    r"|injur(?:y|ies)|stitches|whiplash|allergic reaction|anaphyla\w*|verbr\u00fchung\w*"
    r"|verbrennung\w*|bruch|prellung\w*|platzwunde|schnittwunde|verletzung\w*"
    r"|gehirnersch\u00fctterung|verstauchung)\b"
)
BODY_PART = re.compile(
    r"(?i)\b(?:(?:his|her|their|my|your|its|ihr\w*|sein\w*|mein\w*|am|an der|an den|die|den)"
    r"\s+(?:(?:left|right|upper|lower|rechten?|linken?|oberen?|unteren?)\s+)?"
    r"(?:hands?|arms?|forearms?|wrists?|fingers?|thumbs?|legs?|feet|foot|ankles?|knees?|face"
    r"|eyes?|chest|back|neck|shoulders?|hips?|head|skin|lips?|mouth|stomach|belly|shin|thigh"
    r"|hand|arm|unterarm|oberarm|handgelenk|finger|daumen|bein|fu\u00df|knie|gesicht|auge"
    r"|brust|r\u00fccken|nacken|schulter|h\u00fcfte|kopf|haut|lippe|bauch))\b"
)
CARE = re.compile(
    r"(?i)\b(?:treated|hospital|a&e|a & e|emergency room|(?-i:ER)|gp|doctor|clinic|ambulance"
    r"|physio\w*|paramedic|cast|plaster|arztbrief|krankenhaus|notaufnahme|arzt|\u00e4rztin"
    r"|klinik|attest)\b"
)
PERSON_SAID = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau)\.?\s+[A-Z\u00c0-\u00de][\w'\u2019-]+"
    r"|(?i:he|she|they|his|her|their|son|daughter|child|kid|baby|wife|husband|partner|mum|mom"
    r"|mother|dad|father|customer|grandson|granddaughter|sohn|tochter|kind|mann|ehefrau|enkel"
    r"\w*|kundin|kunde|er|sie))\b"
)


# Literal text (lower case) an injury needs, for a cheap test before the sentences are read.
INJURY_HINTS = (
    "scald", "burn", "broke", "fractur", "sprain", "dislocat", "injur", "hurt", "cut", "suffer",
    "sustain", "concussion", "lacerat", "wound", "bruis", "stitch", "whiplash", "allergic",
    "anaphyla", "verbr", "bruch", "gebrochen", "prellung", "wunde", "verletz", "verstauch",
    "gepr", "gest\u00fcrzt", "ersch\u00fctterung", "geschnitten", "gen\u00e4ht", "gestochen",
    "gebissen", "bitten", "stung",
)  # fmt: skip
DOT_WORDS = ("dot", "punkt", "point", "punto", "ponto", "stip", "kropka", "pont", "te\u010dka")
# A booking's or an account's reference: capitals and digits around a dash.
REFERENCE_TOKEN = re.compile(r"\b[A-Z0-9]{2,5}-(?=[A-Z0-9]*\d)[A-Z0-9]{4,10}\b")


def _injuries(text: str) -> list[Hit]:
    hits = []
    begins = 0
    lowered = text.lower() if len(text.lower()) == len(text) else None
    for stop in [*(m.start() for m in SENTENCE_STOP.finditer(text)), len(text)]:
        sentence = text[begins:stop]
        at = begins
        begins = stop + 1
        said = lowered[at:stop] if lowered is not None else sentence.lower()
        if not any(hint in said for hint in INJURY_HINTS):
            continue
        noun = INJURY_NOUN.search(sentence)
        event = INJURY_EVENT.search(sentence)
        if not (noun or event) or not PERSON_SAID.search(sentence):
            continue
        body = BODY_PART.search(sentence)
        care = CARE.search(sentence)
        if (event and (body or care)) or (noun and body and care):
            start = at + len(sentence) - len(sentence.lstrip())
            hits.append(
                Hit(
                    KIND,
                    start,
                    trim_trailing(text, start, stop),
                    HEALTH_MESSAGE,
                    PRIVATE_LIFE_SUGGESTION,
                )
            )
    return hits


# A full name right before a booking's or an account's reference, after a word that gives it
# one: "the booking for Hannah Feldmann, FN-8ZP4QK", "under Siobh\u00e1n Kearney (FN-5LQ9TM)".
NAME_THEN_REFERENCE = re.compile(
    r"\b(?i:for|under|to|by|customer|passenger|guest|member|holder|traveller|traveler|client"
    rf"|patient|named|called|f\u00fcr|auf|kunde|kundin|gast)\s+{_TITLE}(?P<name>{_FULL_NAME})"
    r"\s*(?:,\s*|\(\s*)(?:(?i:ref(?:erence)?|booking|order|account|member|no\.?|#)\s*:?\s*)?"
    r"(?=[A-Z0-9-]*\d)[A-Z0-9]{2,5}-[A-Z0-9]{4,10}\b"
)

# Street names with initials or a title: "138 E. Rodriguez Sr. Ave", "221 J. P. Rizal St",
# "14 N. Main St.", "18 St. Aubyn Rd".
ADDRESS_WITH_INITIALS = re.compile(
    r"\d(?<!\w\d)\d{0,4}[A-Za-z]?,?\s+(?:(?:[A-Z]\.\s*){1,3}|St\.\s+)(?:[A-Z][a-z'\u2019]+\.?\s+"
    r"(?:(?:Sr|Jr)\.?\s+)?){1,3}(?:Street|St|Road|Rd|Avenue|Ave|Boulevard|Blvd|Lane|Ln|Drive|Dr"
    r"|Way|Close|Place|Pl|Court|Ct|Highway|Hwy|Crescent|Terrace|Parkway|Pkwy)\b\.?"
)
ADDRESS_PATTERNS_V7 = (ADDRESS_WITH_INITIALS,)


AT_WORDS = (" at ", " \u00e4t ", " arobase ", " arroba ", " chiocciola ", " klammeraffe ",
            " apenstaartje ")  # fmt: skip
AT_FIND = re.compile(  # searched in lower-cased text
    rf"\s(?:at|\u00e4t|arobase|arroba|chiocciola|klammeraffe|apenstaartje)\s"
    rf"|[\[({{<]\s*{_AT_WORD}\s*[\])}}>]"
)


def _worded_emails(text: str, lowered: str, public_emails: frozenset[str]) -> list[Hit]:
    """Around each "at" with a word of a dot after it, the whole address (a scan of the whole
    text from every letter costs ten times more)."""
    spans: set[tuple[int, int]] = set()
    for at in AT_FIND.finditer(lowered):
        if not any(word in lowered[at.end() : at.end() + 60] for word in DOT_WORDS):
            continue
        lo = max(0, at.start() - 60)
        for match in WORDED_EMAIL.finditer(text, lo, min(len(text), at.end() + 80)):
            if match.start() <= at.start() < match.end() and not _ours_or_example(
                match.group(), public_emails
            ):
                spans.add(match.span())
    return [Hit(KIND, start, end, EMAIL_MESSAGE, SUGGESTION) for start, end in sorted(spans)]


def spelled_address(words: str) -> str:
    """The address a worded one stands for: "jo dot smith at mail dot com" -> jo.smith@mail.com."""
    address = re.sub(rf"(?i)\s*[\[({{<]?\s*\b{_DOT_WORD}\b\s*[\])}}>]?\s*", ".", words)
    address = re.sub(rf"(?i)\s*[\[({{<]\s*{_AT_WORD}\s*[\])}}>]\s*|\s+{_AT_WORD}\s+", "@", address)
    return address.lower()


def _ours_or_example(words: str, public_emails: frozenset[str]) -> bool:
    address = spelled_address(words)
    domain = address.rsplit("@", 1)[-1]
    return (
        address in public_emails
        or bool(EXAMPLE_DOMAINS.search(domain))
        or _role_mailbox(address, public_emails)
    )


def _v7(text: str, lowered: str, public_emails: frozenset[str] = frozenset()) -> list[Hit]:
    same = len(lowered) == len(text)
    hits = _named_numbers(text, lowered) if same else []
    if (
        same
        and ("@" in text or "[" in text or "(" in text or any(at in lowered for at in AT_WORDS))
        and any(word in lowered for word in DOT_WORDS)
    ):
        hits += _worded_emails(text, lowered, public_emails)
    if _digit_words(lowered) >= 4 and len(lowered) == len(text):
        for match in SPELLED_PHONE.finditer(lowered):
            words = SAID_WORD.findall(match.group())
            digits = _said_digits(words)
            trunk = UNITS.get(words[0]) == "0"
            if (digits >= 10 and trunk) or (
                digits >= 7 and CALL_BEFORE.search(text, max(0, match.start() - 60), match.start())
            ):
                hits.append(Hit(KIND, *match.span(), PHONE_MESSAGE, SUGGESTION))
    if same and gates.search(BIRTH_WORDS_MORE, lowered):
        for match in FULL_DATE.finditer(text):
            year = int(
                next(y for y in match.group("year", "year2", "year3", "year4", "year5") if y)
            )
            if 1900 <= year <= timezone.localdate().year - 12:
                hits.append(Hit(KIND, *match.span(), DOB_MESSAGE, SUGGESTION))
    if any(hint in lowered for hint in INJURY_HINTS):
        hits += _injuries(text)
    if REFERENCE_TOKEN.search(text):
        for match in gates.finditer(NAME_THEN_REFERENCE, text):
            name = match.group("name")
            if name.split()[0] in NOT_A_FIRST_NAME or name.split()[-1] in NOT_A_FIRST_NAME:
                continue
            if any(word in NOT_A_NAME_WORD for word in name.split()):
                continue  # "booked for Chinese New Year, CNY-2026": a date, not a person
            hits.append(Hit(KIND, *match.span("name"), NAME_MESSAGE, NAME_SUGGESTION))
    return hits


# A bank's number named before a number of a phone's length: "the ABA routing number for your
# US account is 026014919", "BSB 062-000", "Bankleitzahl 370 400 44".
BANK_NUMBER_BEFORE = re.compile(
    r"(?i)\b(?:routing|aba|transit|bsb|ifsc|sort code|swift|bic|bank code|blz|bankleitzahl"
    r"|account number|kontonummer|clearing)\b(?![^.!?\n]*\b(?:phone|call|mobile|ring|tel)\b)"
    r"[^.!?\n]{0,45}$"
)


# --- Health and identity by structure, 2 (precise-v8, issue 13) -----------------------------
# Each family is gated by literal text it needs (lower case), so drafts without it pay a
# substring search.

# A number checked as someone's identity, given later in the sentence: "For the ID
# verification I've entered 8504125678083", "your KYC check went through with 850412 5678".
ID_CHECK_WORDS = re.compile(  # searched in lower-cased text
    r"\b(?:(?:id|identity|passport|age) (?:verification|check|document)s?|kyc"
    r"|verif(?:y|ied|ying) (?:your|his|her|their) (?:identity|id|age))\b"
)
ID_CHECK_HINTS = ("kyc", "verif", "id check", "identity check", "passport check", "age check",
                  "document")  # fmt: skip
# Something a person is allergic to: medicines and the common food and contact allergens.
_ALLERGEN = (
    r"(?:penicillin|amoxicillin|antibiotics?|sulfa\w*|sulpha\w*|aspirin|ibuprofen|nsaids?|codeine"
    r"|morphine|opioids?|latex|(?:pea|tree |cashew |brazil )?nuts?|peanuts?|shellfish|fish|eggs?"
    r"|milk|dairy|lactose|gluten|wheat|soy|soya|sesame|(?:bee|wasp) stings?|iodine|contrast dye"
    r"|(?:local )?ana?esthetics?|lidocaine|chlorhexidine|nickel|plasters|adhesive|pollen|cats|dogs"
    r"|mustard|celery|lupin|sulphites|kiwi|strawberries)"
)
ALLERGY = re.compile(  # searched in lower-cased text
    rf"\b(?:(?:severely|very|highly|seriously|badly|mildly)\s+)?allergic to\s+(?:all\s+|any\s+)?"
    rf"{_ALLERGEN}\b|\b{_ALLERGEN}[ -]allerg(?:y|ies)\b|\ballergy to\s+{_ALLERGEN}\b"
)
# Advice to anyone, not a fact about someone: "if you're allergic to nuts, …".
ANYONE_BEFORE = re.compile(
    r"(?:\bif|\bwhether|\bin case|\banyone|\banybody|\bpeople|\bthose|\bcustomers|\bguests"
    r"|\bpatients|\bwho(?:'s| is| are)?|\bunless|\bnot)\b[^.!?\n]{0,30}$"
)
# Who the sentence is about: a person named, a pronoun or a relative.
ABOUT_SOMEONE = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herr|Frau)\.?\s+[A-Z]|[A-Z][a-z]+ [A-Z][a-z]+"
    r"|(?i:he|she|they|his|her|their|him|you|your|you're|i'm|i am|my|son|daughter|child|wife"
    r"|husband|partner|mum|mom|mother|dad|father|patient|customer|guest|tenant))\b"
)
# A medicine someone takes: "is nervous and on citalopram", "she's taking warfarin", "was
# prescribed amoxicillin". A medicine's name by its ending, or one of the common classes.
_DRUG = (
    r"(?:(?!adrenaline)[a-z]{3,}(?:oxetine|opram|aline|ipramine|azepam|azolam|olol|pril|sartan|statin|formin"
    r"|prazole|cillin|mycin|cycline|floxacin|conazole|tidine|triptan|gliptin|glutide|dronate"
    r"|lukast|thyroxine|afil|codone|morphine|apine|idone|peridol|gabalin|apentin|amate|trigine"
    r"|iracetam|olone|asone|parin|xaban|gatran|azine|amide|profen|fenac|mab)"
    r"|insulin|warfarin|lithium|methotrexate|metformin|levothyroxine|prednisolone|morphine"
    r"|antidepressants?|antibiotics|anti-?psychotics?|blood thinners|beta[ -]blockers"
    r"|chemo(?:therapy)?|immunotherapy|radiotherapy|dialysis|hrt|ivf|methadone|buprenorphine"
    r"|antiretrovirals?|the pill|opioids|painkillers|sleeping pills)"
)
MEDICINE = re.compile(  # searched in lower-cased text
    r"(?:\b(?:is|are|am|was|were|been|being|and|currently|still|now|also)|['\u2019](?:s|re|m))"
    rf"\s+(?:(?:currently|still|now|also|already|long-term)\s+)?(?P<said>(?:on|taking|prescribed)"
    rf"\s+(?:(?:a|an|daily|regular|high-dose|low-dose|strong|long-term)\s+)?{_DRUG})\b"
)
# Someone's own illness by its name, after whose it is: "your recent Crohn's
# diagnosis", "your time in hospital after the asthma attack", "her epilepsy".
_ILLNESS = (
    r"(?:parkinson['\u2019]?s|alzheimer['\u2019]?s|crohn['\u2019]?s|huntington['\u2019]?s"
    r"|asthma|diabetes|epilepsy|dementia|cancer|leukaemia|leukemia|lymphoma|tumou?r"
    r"|multiple sclerosis|arthritis|lupus|hiv|hepatitis|tuberculosis|pneumonia"
    r"|sepsis|long covid|stroke|heart attack|heart failure|heart condition|seizures?"
    r"|migraines?|endometriosis|psoriasis|ibs|coeliac disease|celiac disease|kidney disease"
    r"|liver disease|copd|sleep apnoea|sleep apnea|hypertension|miscarriage|pregnancy|adhd"
    r"|autism|ocd|ptsd|bipolar disorder|schizophrenia|eating disorder|anorexia|bulimia"
    r"|depression|anxiety disorder|panic attacks?|chemo(?:therapy)?|radiotherapy|dialysis"
    r"|mastectomy|hip replacement|knee replacement"
    # Any named disease, syndrome or disorder ("her gum disease", "his sleep disorder"), the
    # families of illness names by their endings ("-itis", "-osis", "-pathy", "-ectomy"), and
    # conditions of the heart, the brain, the senses and the mind.
    r"|(?:[a-z'\u2019-]+\s+){1,2}(?:disease|syndrome|disorder)"
    r"|(?!(?:dia|pro)gnosis|osmosis|academia|(?:em|sym|tele|a)pathy|nostalgia)"
    r"[a-z]{3,}(?:itis|osis|aemia|emia|pathy|plegia|phrenia|ectomy|algia)"
    r"|bipolar|hiv|covid(?:-19)?|cystic fibrosis|cerebral palsy|sickle cell|glaucoma"
    r"|macular degeneration|tinnitus|hearing loss|sight loss|vision loss|a disability"
    r"|learning disabilit(?:y|ies)|(?:mental health|cardiac|heart|brain|kidney|liver|lung"
    r"|bowel|thyroid|prostate|breast) (?:condition|problems?|issues?|crisis|event|arrest"
    r"|surgery|injury|bleed|tumou?r|failure|transplant|operation|scare)"
    r"|(?:nervous )?breakdown|psychosis|psychotic episode|overdose|self-harm|suicide attempt"
    r"|(?:drug|alcohol|gambling|opioid) (?:addiction|problem|dependency)|addiction|alcoholism"
    r"|infertility|fertility treatment|ivf|concussion|whiplash|blood clot|dvt|aneurysm"
    r"|haemorrhage|hemorrhage|an(?:a)?emia|(?:chest|ear|kidney|urinary tract|bladder) infection"
    r"|a hernia|an ulcer|gallstones|kidney stones|shingles|measles|chickenpox|a heart murmur"
    r"|(?:fractured|broken|sprained|dislocated|torn|injured|twisted) (?:left |right )?(?:wrist"
    r"|arm|leg|hip|ankle|knee|collarbone|shoulder|ribs?|foot|hand|finger|toe|nose|jaw|pelvis"
    r"|elbow|ligaments?|acl|hamstring|achilles|skull|spine|vertebrae?|cheekbone|kneecap|heel"
    r"|thumb)|dementia|early-onset \w+)"
)
# What may follow a health phrase that ends there: a stop, a conjunction, a time or a verb
# ("her miscarriage confirmed", "his bipolar diagnosis shouldn't …").
_HEALTH_PHRASE_ENDS = (
    r"\s*(?:[.,;:!?)\u2014\u2013]|$|(?:last|this|in|on|at|and|or|was|is|has|had|have|means"
    r"|meant|so|but|when|from|after|before|since|recovery|went|got|earlier|yesterday|medication"
    r"|hit|came|started|began|returned|got|gets|flared|made|makes|which|who|that|shouldn['\u2019]t"
    r"|should|wasn['\u2019]t|isn['\u2019]t|can['\u2019]t|cannot|won['\u2019]t|will|would|could"
    r"|may|might|now|again|too|as|while|because|until|though|although|confirmed|diagnosed"
    r"|treated|managed|worsened|progressed|spread|came back|recently|today|yesterday|during"
    r"|for|to|by|with|keeps|kept|prevents|prevented|stops|stopped|affects|affected|means)\b)"
)
OWN_ILLNESS = re.compile(  # searched in lower-cased text
    r"\b(?:your|his|her|their|my (?:son|daughter|wife|husband|partner|mum|mom|dad|mother|father)"
    r"['\u2019]s)\s+(?:(?!and\b|or\b|but\b|with\b|about\b|order\b|delivery\b|account\b)"
    rf"[\w'\u2019-]+\s+){{0,4}}?(?P<illness>{_ILLNESS})"
    r"(?:\s+(?:diagnosis|attack|treatment|flare-?up|episode|surgery|care|test results?"
    r"|results?|status|symptoms|medication|meds|relapse))?"
    # The illness ends its phrase: "her stroke technique", "your asthma inhaler order" name a
    # thing, not someone's health.
    rf"(?={_HEALTH_PHRASE_ENDS})"
)
HEALTH_V8_HINTS = ("allerg", "on ", "taking", "prescribed", "your ", "his ", "her ", "their ")
# A full name with a booking's reference in parts, after a word that gives it one: "the
# visit is under Jan Kowalczyk, appointment KX-BK-44102", "for Jan Nowak (visit
# KX-22-4410)".
# A record's label and a full name after a colon, as in a form or a list read out: "Patient:
# Tom\u00e1s Ruiz, …", "Tenant: Ruth Adeyemi". English labels only: German writes every noun
# with a capital ("Kunde: Zwei Jahre, null Probleme").
ROLE_COLON_NAME = re.compile(
    r"\b(?i:patient|customer|client|tenant|guest|passenger|member|policy ?holder|claimant"
    rf"|applicant|resident|student|pupil|account holder|cardholder)\s*:\s*{_TITLE}"
    rf"(?P<name>{_FULL_NAME})"
)
# The reference first (three parts or more are rare), then the words before it.
PARTED_REFERENCE = re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d)[A-Z0-9]{2,6}(?:-[A-Z0-9]{1,10}){2,3}\b")
NAME_THEN_PARTED_REFERENCE = re.compile(
    r"\b(?i:under|for|by|patient|guest|passenger|member|client|customer|named|called)\s+"
    rf"{_TITLE}(?P<name>{_FULL_NAME})\s*(?:,\s*|\(\s*|\s+(?i:with|on|for|from)\s+)"
    r"(?:(?i:ref(?:erence)?|booking|order|account|member(?:ship)?|appointment|appt|reservation"
    r"|visit|ticket|case|claim|policy|no\.?|#)\s*:?\s*)?$"
)

# A full name with a reference in parts in brackets right after it: "my daughter Mila Hartmann
# (KX-K-4410)", "der Termin ist auf Ute Sommer gebucht (…)" is read by the words before.
# The reference first (a bracket is rare), then the name right before it.
BRACKETED_REFERENCE = re.compile(
    r"\(\s*(?:(?i:ref(?:erence)?|booking|appointment|appt|termin|buchung|auftrag|vorgang"
    r"|kundennr\.?|no\.?|nr\.?|#)\s*:?\s*)?"
    r"(?=[A-Z0-9-]*\d{3})[A-Z]{2,5}(?:-[A-Z0-9]{1,10}){1,3}\s*\)"
)
NAME_BEFORE_REFERENCE = re.compile(
    rf"{_TITLE}(?P<name>{_FULL_NAME})\s*(?:(?i:gebucht|angemeldet|registriert|reserviert|booked"
    r"|registered)\s*)?$"
)
# A person named and described by an illness or a condition, in a list of who they are: "Herr
# Lukas Brandt aus Kiel, 47, Diabetiker", "Mr Tom Reid from Leeds, 62, a haemophiliac".
_ILL_PERSON = (
    r"(?:bluter\w*|diabetiker\w*|epileptiker\w*|asthmatiker\w*|dialysepatient\w*"
    r"|krebspatient\w*|herzkrank\w*|zuckerkrank\w*|schwanger\w*|dement\w*|hiv-positiv\w*"
    r"|haemophiliac|hemophiliac|diabetic|epileptic|asthmatic|coeliac|celiac|hiv-positive"
    r"|pregnant|on dialysis|a cancer patient|a stroke survivor|terminally ill"
    # or by the illness itself: "New referral: Jacob Mills, 27, panic attacks and OCD".
    rf"|{_ILLNESS})"
)
NAME_DESCRIBED_ILL = re.compile(
    rf"{_TITLE}(?P<name>{_FULL_NAME})(?P<said>(?:\s*,\s*|\s+(?:aus|from|in|of)\s+)"
    rf"[^.!?\n()]{{0,40}}?,\s*(?:(?:an?|ein|eine)\s+)?(?i:{_ILL_PERSON}))\b"
)
ILL_PERSON_HINTS = (
    "bluter", "diabetiker", "epileptiker", "asthmatiker", "dialyse", "krebspatient", "herzkrank",
    "zuckerkrank", "schwanger", "dement", "hiv", "haemophil", "hemophil", "diabetic",
    "epileptic", "asthmatic", "coeliac", "celiac", "pregnant", "cancer patient", "stroke surv",
    "terminally",
)  # fmt: skip
# German compounds of an insurance or identity number: "Krankenversichertennummer T204518837",
# "KVNR A123456780", "Rentenversicherungsnummer …".
ID_COMPOUND_DE = re.compile(  # searched in lower-cased text
    r"(?:versichertennummer|versicherungsnummer|ausweisnummer|passnummer|steuernummer"
    r"|identifikationsnummer|versichertennr\.?|\bkvnr\.?|\bkv-nr\.?|\bkvnummer)(?![\w-])"
)


def _v8(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    same = len(lowered) == len(text)
    if not same:
        return hits
    checked = any(word in lowered for word in ID_CHECK_HINTS)
    for word in ID_CHECK_WORDS.finditer(lowered) if checked else ():
        stop = _sentence_and_next(text, word.end())
        for value in ID_VALUE.finditer(text, word.end(), stop):
            raw = value.group()
            if sum(c.isdigit() for c in raw) < 8 or DATE_LIKE.fullmatch(raw):
                continue
            if OTHER_RECORD_BEFORE.search(text, max(word.end(), value.start() - 40), value.start()):
                continue
            if MONEY_AROUND.search(text, max(0, value.start() - 2), value.start()):
                continue
            hits.append(Hit(KIND, *value.span(), ID_MESSAGE, SUGGESTION))
            break
    if "nummer" in lowered or "kvnr" in lowered or "kv-nr" in lowered or "tennr" in lowered:
        for word in ID_COMPOUND_DE.finditer(lowered):
            after = NATIONAL_ID_AFTER.match(text, word.end())
            if after and sum(c.isdigit() for c in after.group("value")) >= 6:
                hits.append(Hit(KIND, *after.span("value"), ID_MESSAGE, SUGGESTION))
    for reference in BRACKETED_REFERENCE.finditer(text) if "(" in text else ():
        named = _name_right_before(text, reference.start())
        if named is not None:
            hits.append(Hit(KIND, *named, NAME_MESSAGE, NAME_SUGGESTION))
    described: dict[tuple[int, int], re.Match[str]] = {}
    if any(hint in lowered for hint in ILL_PERSON_HINTS):
        described.update((m.span(), m) for m in NAME_DESCRIBED_ILL.finditer(text))
    for condition in _conditions(lowered):  # read before each illness named
        begins, ends = max(0, condition.start() - 140), condition.end() + 1
        described.update((m.span(), m) for m in NAME_DESCRIBED_ILL.finditer(text, begins, ends))
    for match in described.values():
        if match.group("name").split()[0] in NOT_A_FIRST_NAME:
            continue
        hits.append(
            Hit(KIND, match.start("name"), match.end(), HEALTH_MESSAGE, PRIVATE_LIFE_SUGGESTION)
        )
    if any(hint in lowered for hint in HEALTH_V8_HINTS):
        hits += _health_v8(text, lowered)
    for labelled in ROLE_COLON_NAME.finditer(text) if ":" in text else ():
        words = labelled.group("name").split()
        if words[0] in NOT_A_FIRST_NAME or any(word in NOT_A_NAME_WORD for word in words):
            continue
        hits.append(Hit(KIND, *labelled.span("name"), NAME_MESSAGE, NAME_SUGGESTION))
    for reference in PARTED_REFERENCE.finditer(text) if "-" in text else ():
        before = NAME_THEN_PARTED_REFERENCE.search(
            text, max(0, reference.start() - 120), reference.start()
        )
        if before is None:
            continue
        words = before.group("name").split()
        if words[0] in NOT_A_FIRST_NAME or words[-1] in NOT_A_FIRST_NAME:
            continue
        if any(word in NOT_A_NAME_WORD for word in words):
            continue  # "booked for Chinese New Year (…)": a date, not a person
        hits.append(Hit(KIND, *before.span("name"), NAME_MESSAGE, NAME_SUGGESTION))
    return hits


def _name_right_before(text: str, end: int) -> tuple[int, int] | None:
    """The full name that ends right before `end`, without a greeting or a holiday in it
    ("Hi Dana Whitfield (…)" is Dana Whitfield)."""
    begins = max(0, end - 90)
    for _ in range(3):
        match = NAME_BEFORE_REFERENCE.search(text, begins, end)
        if match is None:
            return None
        words = match.group("name").split()
        if words[0] in NOT_A_FIRST_NAME and len(words) > 2:
            begins = match.start("name") + len(words[0])
            continue
        if words[0] in NOT_A_FIRST_NAME or words[-1] in NOT_A_FIRST_NAME:
            return None
        if any(word in NOT_A_NAME_WORD for word in words):
            return None
        return match.span("name")
    return None


def _health_v8(text: str, lowered: str) -> list[Hit]:
    """Allergies, medicines and illnesses said of someone."""
    hits: list[Hit] = []
    if "allerg" in lowered:
        for match in ALLERGY.finditer(lowered):
            sentence = _sentence_of(text, match.start())
            if ANYONE_BEFORE.search(lowered, max(0, match.start() - 40), match.start()):
                continue
            if ABOUT_SOMEONE.search(sentence):
                hits.append(Hit(KIND, *match.span(), HEALTH_MESSAGE, PRIVATE_LIFE_SUGGESTION))
    if "taking" in lowered or "prescribed" in lowered or " on " in lowered:
        for match in MEDICINE.finditer(lowered):
            if ANYONE_BEFORE.search(lowered, max(0, match.start() - 40), match.start()):
                continue
            hits.append(Hit(KIND, *match.span("said"), HEALTH_MESSAGE, PRIVATE_LIFE_SUGGESTION))
    for match in OWN_ILLNESS.finditer(lowered):
        if ANYONE_BEFORE.search(lowered, max(0, match.start() - 40), match.start()):
            continue
        hits.append(Hit(KIND, *match.span(), HEALTH_MESSAGE, PRIVATE_LIFE_SUGGESTION))
    return hits


# --- Said of someone, by structure (personal-v9, issue 13) ------------------------------------
# A health condition, a bereavement, a test result or a home, said of a person the reader can
# tell: a pronoun, a relative or a role, or a name, then what is said of them in the same
# clause. The rare part (the condition's words) is found first; the person is read back from
# it, so a draft without any pays one scan.

# A state someone is in: "she's blind in one eye", "you're pregnant", "he was sectioned".
_STATE_WORDS = (
    r"(?:pregnant|blind|deaf|partially sighted|registered blind|visually impaired|hearing"
    r" impaired|hard of hearing|disabled|paraly[sz]ed|housebound|bed-?bound|bedridden"
    r"|wheelchair[- ]bound|a wheelchair user|in a wheelchair|diabetic|epileptic|asthmatic"
    r"|autistic|dyslexic|anorexic|bulimic|suicidal|(?:terminally|seriously|critically"
    r"|chronically|mentally) ill|immuno(?:compromised|suppressed)|hiv[- ]positive|in remission"
    r"|in (?:the )?hospital|in intensive care|in icu|in a coma|in (?:a )?hospice|in palliative"
    r" care|in rehab|on dialysis|on chemo(?:therapy)?|on oxygen|on life support|on the"
    r" (?:transplant|organ) (?:waiting )?list|expecting (?:a baby|twins|a child|(?:her|his"
    r"|their|your) (?:first|second|third) (?:baby|child))|sectioned|hospitali[sz]ed|miscarried"
    r"|recovering from (?:surgery|an operation|a stroke|cancer|chemo\w*|covid|a heart attack"
    r"|a breakdown))"
)
# "blind in one eye", "deaf in her left ear"
_EYE_OR_EAR = r"(?:\s+in (?:one|both|(?:her|his|their|your|my) (?:left|right)) (?:eye|ear)s?)?"


_STATE_FAST, _ = _fast_alternation(_STATE_WORDS)
# Names of illnesses by their kind or their ending are tried only near those words.
_SLOW_ILLNESS_WORDS = ("disease", "itis")
_ILLNESS_FAST, _ILLNESS_SLOW = _fast_alternation(_ILLNESS, _SLOW_ILLNESS_WORDS)
_STATE_TAIL = r"(?!\s+(?:to|from|by|for|on|in the|at)\b|[\w-])"
CONDITION_ANCHOR = re.compile(  # searched in lower-cased text
    rf"\b(?:(?P<state>{_STATE_FAST}{_EYE_OR_EAR}){_STATE_TAIL}"
    rf"|(?P<illness>{_ILLNESS_FAST})(?={_HEALTH_PHRASE_ENDS}))"
)
CONDITION_ANCHOR_SLOW = re.compile(  # searched in lower-cased text
    rf"\b(?P<state>(?!))?(?P<illness>{_ILLNESS_SLOW})(?={_HEALTH_PHRASE_ENDS})"
)
SLOW_ILLNESS_END = re.compile(  # searched in lower-cased text
    r"(?:itis|osis|aemia|emia|pathy|plegia|phrenia|ectomy|algia|disease|syndrome|disorder)\b"
)
# Who it is said of, right before the link (case-blind words, names with capitals).
_RELATIVE = (
    r"(?:son|daughter|child|kid|baby|wife|husband|partner|mum|mom|mother|dad|father|brother"
    r"|sister|nan|nana|gran|granny|grandma|grandmother|grandad|grandpa|grandfather|grandson"
    r"|granddaughter|aunt|uncle|niece|nephew|cousin|friend|neighbou?r|carer|tenant|colleague"
    r"|flatmate|fianc\u00e9e?|girlfriend|boyfriend|member|customer|guest|patient|client"
    r"|student|pupil)"
)
_SUBJECT = (
    r"(?:\b(?i:she|he|they|you|(?:your|his|her|their|my|our|the [a-z]+['\u2019]s)\s+"
    r"(?:[a-z-]+\s+)?"
    + _RELATIVE
    + r"|the\s+(?:customer|member|patient|guest|passenger|tenant|caller|resident|client"
    r"|claimant|policyholder|pupil|student|child|baby|driver|rider|applicant|homeowner"
    r"|occupant|account holder|woman|man|lady|gentleman|boy|girl))\b"
    rf"|\b(?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\w'\u2019-]+|\b(?P<name>{_FULL_NAME}))"
)
# Words that may stand between the person and what is said: "she's fine now but has …".
_FILLER = (
    r"(?:\s+(?i:now|also|still|just|recently|currently|since|already|sadly|unfortunately"
    r"|actually|then|been|being|fine|okay|ok|better|well|doing|but|and|not|only|really|quite"
    r"|very|so|newly|finally|officially|previously|once|ever|never|always|got|get|getting"
    r"|both|all|obviously|apparently|clearly|is|are|was|were))"
)
STATE_BEFORE = re.compile(
    rf"{_SUBJECT}(?:['\u2019](?:s|re)|\s+(?i:is|are|was|were|became|becomes|become|has been"
    r"|have been|had been|went|gone|got|gets))"
    rf"{_FILLER}{{0,4}}\s+$"
)
CONDITION_BEFORE = re.compile(
    rf"{_SUBJECT}(?:['\u2019](?:s|ve|d|re))?{_FILLER}{{0,4}}\s+"
    r"(?i:has|have|had|got|gets|with|developed|caught|contracted|suffers from|suffered from"
    r"|suffering from|lives with|living with|diagnosed with|recovering from|treated for"
    r"|fighting|battling|survived|undergoing|having|going through|dealing with|struggling with"
    r"|coping with|been through|lost (?:her|his|their|your) battle with)"
    r"(?:\s+(?i:a|an|the|some))?(?:\s+[\w'\u2019-]+){0,3}?\s+$"
)


@functools.lru_cache(maxsize=8)
def _conditions(lowered: str) -> tuple[re.Match[str], ...]:
    """The health conditions and states named in a lowered draft (several families read them)."""
    found = {match.span(): match for match in CONDITION_ANCHOR.finditer(lowered)}
    for end in SLOW_ILLNESS_END.finditer(lowered):
        for match in CONDITION_ANCHOR_SLOW.finditer(lowered, max(0, end.start() - 40), end.end()):
            if match.end() >= end.end():
                found.setdefault(match.span(), match)
    return tuple(found[span] for span in sorted(found))


# The same in German: "sie ist auf einem Auge blind", "seine Tochter hat Epilepsie", "ihr Mann
# ist letzten Monat verstorben" (German conditions and states, one list: German links them to
# the person with "ist" and "hat" alike).
_ZUSTAND = (
    r"(?:diabetes|demenz|alzheimer|parkinson|krebs|epilepsie|asthma|depressionen?|angstst\u00f6rung"
    r"|schlaganfall|herzinfarkt|herzinsuffizienz|multiple sklerose|rheuma|arthrose|tinnitus"
    r"|h\u00f6rsturz|h\u00f6rverlust|blind|taub|geh\u00f6rlos|sehbehindert|schwerh\u00f6rig"
    r"|schwanger|eine fehlgeburt|long covid|hiv-positiv|hiv|hepatitis|migr\u00e4ne|burn-?out|adhs"
    r"|autismus|autist(?:in)?|zwangsst\u00f6rung|essst\u00f6rung|magersucht|bulimie"
    r"|alkoholsucht|suchtkrank|dialysepflichtig|an der dialyse|chemo(?:therapie)?|einen tumor"
    r"|leuk\u00e4mie|einen bandscheibenvorfall|pflegebed\u00fcrftig|bettl\u00e4gerig"
    r"|im rollstuhl|rollstuhlfahrer(?:in)?|schwerbehindert|behindert|im krankenhaus"
    r"|auf der intensivstation|im koma|in der reha|in der psychiatrie|verstorben|gestorben"
    r"|pflegegrad \d)"
    r"(?:\s+auf (?:einem|beiden) (?:auge|augen|ohr|ohren))?"
)
ZUSTAND_ANCHOR = re.compile(  # searched in lower-cased text
    r"\b(?:" + _fast_alternation(_ZUSTAND[: _ZUSTAND.index(")(?:") + 1])[0] + r")"
    r"(?:\s+auf (?:einem|beiden) (?:auge|augen|ohr|ohren))?(?![\w-])"
)
_VERWANDTE = (
    r"(?:mann|ehemann|frau|ehefrau|sohn|tochter|mutter|vater|kind|partner(?:in)?|oma|opa"
    r"|gro\u00dfmutter|gro\u00dfvater|bruder|schwester|enkel(?:in)?|nachbar(?:in)?|freund(?:in)?"
    r"|mitbewohner(?:in)?|kollege|kollegin)"
)
PERSON_DE_BEFORE = re.compile(
    r"(?:\b(?i:sie|er|(?:ihr|sein|mein|dein|unser)(?:e|em|er)?\s+"
    + _VERWANDTE
    + r"|der kunde|die kundin|der patient|die patientin|das kind|der mieter|die mieterin)\b"
    rf"|\b(?:Herr|Frau|Herrn)\s+[A-Z\u00c4\u00d6\u00dc][\w'-]+|\b(?P<name>{_FULL_NAME}))"
    r"\s+(?i:ist|sind|war|waren|hat|haben|hatte|hatten|leidet an|leidet unter|lebt mit|bekam"
    r"|bekommt|wurde mit|erlitt|erlitten)"
    r"(?:\s+(?i:seit|jahren|kurzem|letztem|letzten|monat|woche|jahr|leider|auch|noch|schon"
    r"|inzwischen|mittlerweile|eine|einer|einem|ein|auf|dem|der|an|unter|stark|schwer|sehr|auge|ohr|im|am|vor"
    r"|letzte|letztem|monaten|wochen|tagen|januar|februar|m\u00e4rz|april|mai|juni|juli|august"
    r"|september|oktober|november|dezember|gestern|heute"
    r"|chronisch|fortgeschrittene[rn]?|beginnende[rn]?)"
    # what brought it or since when, one noun: "hat seit dem Unfall einen …", "ist nach seinem
    # Herzinfarkt noch in der Reha" (values-v18)
    r"|\s+(?i:seit|nach|wegen|trotz)\s+(?i:dem|der|den|einem|einer|seinem|seiner|ihrem|ihrer)"
    r"\s+[A-Z\u00c4\u00d6\u00dc][\w-]+){0,4}\s+$"
)
ANYONE_DE_BEFORE = re.compile(
    r"(?i)\b(?:wenn|falls|ob|jede[rnm]?|alle|menschen|personen|kunden|patienten|wer|viele"
    r"|manche|nicht)\b[^.!?\n]{0,30}$"
)


def _said_of_someone_de(text: str, lowered: str) -> list[Hit]:
    hits = []
    for anchor in gates.finditer(ZUSTAND_ANCHOR, lowered):
        begins = max(0, anchor.start() - 110)
        begins = max(begins, *(text.rfind(c, begins, anchor.start()) + 1 for c in ".!?;\n"))
        said = PERSON_DE_BEFORE.search(text, begins, anchor.start())
        while said is not None and _not_a_name_de(text, said):
            # "Die Tochter von Frau Kainz hat …": the person after the words that are no name
            said = PERSON_DE_BEFORE.search(text, said.start() + 1, anchor.start())
        if said is None:
            continue
        if ANYONE_DE_BEFORE.search(text, max(0, said.start() - 40), said.start()):
            continue  # "Wenn Sie schwanger sind, …": advice to anyone
        message = CIRCUMSTANCE_MESSAGE if "storben" in anchor.group() else HEALTH_MESSAGE
        hits.append(Hit(KIND, said.start(), anchor.end(), message, PRIVATE_LIFE_SUGGESTION))
    return hits


def _not_a_name_de(text: str, said: re.Match[str]) -> bool:
    name = said.group("name")
    return bool(name) and (name.split()[0] in NOT_A_FIRST_NAME or not _a_person(text, said))


def _said_of_someone(text: str, lowered: str) -> list[Hit]:
    hits = []
    for anchor in _conditions(lowered):
        begins = max(0, anchor.start() - 110)
        clause = max(begins, *(text.rfind(c, begins, anchor.start()) + 1 for c in ".!?;\n"))
        before = STATE_BEFORE if anchor.group("state") else CONDITION_BEFORE
        said = before.search(text, clause, anchor.start())
        if said is None:
            continue
        name = said.group("name")
        if name and (name.split()[0] in NOT_A_FIRST_NAME or name.split()[-1] in NOT_A_FIRST_NAME):
            continue
        if ANYONE_BEFORE.search(lowered, max(0, said.start() - 40), said.start()):
            continue  # "if you're pregnant, …": advice to anyone
        if NOT_HEALTH_SAID.search(text, said.start(), anchor.start()):
            continue  # "Dr Weiss has a special interest in tinnitus": their work
        hits.append(Hit(KIND, said.start(), anchor.end(), HEALTH_MESSAGE, PRIVATE_LIFE_SUGGESTION))
    return hits


# A death or a loss in someone's family: "her husband passed away last month", "your late
# father's account", "he lost his wife in March".
BEREAVEMENT = re.compile(  # searched in lower-cased text
    # Not "your late husband's account": the reader's own loss, told to them.
    rf"\b(?:(?:his|her|their|my)\s+late\s+{_RELATIVE}"
    rf"|(?:your|his|her|their|my|the [a-z]+['\u2019]s)\s+(?:{_RELATIVE}\s+(?:[\w'\u2019-]+\s+)"
    r"{0,2}?(?:passed away|passed on|died|has died|had died|was killed|is dying|is terminally"
    r" ill|is in (?:a )?hospice|lost (?:her|his|their) (?:battle|fight)))"
    rf"|\b(?:she|he|they|you)(?:['\u2019]ve|['\u2019]s| has| have| had)?\s+(?:just\s+|recently\s+)?"
    rf"lost\s+(?:her|his|their|your)\s+(?:[a-z-]+\s+)?{_RELATIVE})"
)
# A test result or a measurement of the body, with a value: "your vitamin D is 18 nmol/L",
# "HbA1c 58", "blood pressure 150/95", "her cholesterol came back at 6.8".
_MEASURE = (
    r"(?:hba1c|a1c|bmi|blood pressure|cholesterol|ldl|hdl|triglycerides|blood sugar|blood"
    r" glucose|glucose|vitamin [a-e]\d{0,2}|b12|ferritin|haemoglobin|hemoglobin|psa|tsh|egfr"
    r"|creatinine|inr|viral load|cd4(?: count)?|oxygen saturation|spo2|platelets?|white"
    r" (?:blood )?cell count|iron|sodium|potassium)"
)
_CLINICAL_UNIT = (
    r"(?:mmol/l|nmol/l|\u00b5mol/l|umol/l|pmol/l|mg/dl|mmhg|ng/ml|iu/l|miu/l|mu/l|u/l|g/dl"
    r"|g/l|mmol/mol|cells/mm3|copies/ml|x ?10\^?9/l)"
)
MEASUREMENT = re.compile(  # searched in lower-cased text
    rf"\b(?P<what>{_fast_alternation(_MEASURE)[0]})(?:\s+(?:levels?|reading|results?|count|score))?"
    r"(?:\s+(?:is|was|were|are|came back|of|at|reads|reading|measured|now|still|only|about"
    r"|around|:|=|-))*\s*"
    r"(?P<value>\d{1,4}(?:[.,]\d{1,2})?(?:/\d{2,3})?)(?![\d/])"
    rf"(?P<unit>\s*{_CLINICAL_UNIT}(?![a-z]))?"
    rf"|\b\d{{1,4}}(?:[.,]\d{{1,2}})?\s*{_CLINICAL_UNIT}(?![a-z])"
)
# Values that are advice, not a result: "a normal HbA1c is below 42", "aim for under 5".
MEASURE_ADVICE = re.compile(
    r"(?i)\b(?:normal|healthy|target|aim|should|ideal|recommended|typical|average|range|below"
    r"|under|above|over|less than|more than|up to|at least|if|when|whether)\b"
)
# Lab names that are never anything else keep a bare value ("HbA1c 58"); the rest need a unit.
STRICT_MEASURE = frozenset(
    ("hba1c", "a1c", "cholesterol", "ldl", "hdl", "psa", "tsh", "egfr", "creatinine", "inr",
     "viral load", "cd4", "cd4 count", "ferritin", "b12", "blood pressure", "blood sugar",
     "blood glucose", "haemoglobin", "hemoglobin", "triglycerides", "spo2")
)  # fmt: skip
# A person on their way through care: "you're on the waiting list for a gender clinic", "he
# was referred to a neurologist", "she's been admitted to the stroke ward".
# Found by the care's words (lower-cased text), then the person before them.
CARE_WORD = re.compile(  # searched in lower-cased text
    r"\b(?:on (?:the|a) (?:[a-z-]+\s+)?waiting list (?:for|at)|(?:been\s+)?referred (?:to|for)"
    r"|admitted (?:to|into)|being (?:seen|treated|assessed) (?:by|at|in|for)|under the care of"
    r"|seeing|waiting for)\b"
)
CARE_SUBJECT_BEFORE = re.compile(
    rf"{_SUBJECT}(?:['\u2019](?:s|re|ve)|\s+(?i:is|are|was|were|has|have|had))?{_FILLER}{{0,3}}"
    r"\s+$"
)
CARE_WHAT_AFTER = re.compile(  # matched in lower-cased text
    r"[^.!?;\n]{0,40}?\b(?:clinic|hospital|ward|surgery|operation|therapy|therapist"
    r"|consultant|specialist|psychiatri\w*|psycholog\w*|oncolog\w*|neurolog\w*|cardiolog\w*"
    r"|surgeon|counsell?(?:ing|or)|counsel(?:ing|or)|rehab|detox|mri|biopsy|transplant|ivf"
    r"|physio\w*|hospice|a&e|icu|mental health team|ct scan|diagnosis|treatment)\b"
)
CARE_HINTS = ("waiting list", "referred", "admitted", "being seen", "being treated",
              "being assessed", "under the care", "seeing", "waiting for")  # fmt: skip

# Where someone lives, by the street alone: "Ryan Morley, lives on Kirkstall Road", "she moved
# to Elm Grove last year", "er wohnt in der Lindenstraße".
RESIDENCE_WORD = re.compile(  # searched in lower-cased text
    r"\b(?:(?:lives|living|live|lived|resides|residing|moved|moving|staying|stays|home is"
    r"|house is|flat is)\s+(?:on|in|at|to|into|down)\s+(?:(?:the|a|no\.?|number)\s+)?"
    r"|(?P<de>(?:wohnt|wohnen|wohnte|lebt|lebte|zieht|zog)\s+(?:in der|im|am|an der|auf der"
    r"|in die|in den|an den|auf den|nach)\s+))"
)
STREET_AFTER = re.compile(
    rf"(?:\d{{1,4}}[A-Za-z]?,?\s+)?(?:{_NAME}\s+){{1,3}}{_STREET_TYPE}\b"
    r"|(?:\d{1,4}[A-Za-z]?,?\s+)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:street|road|lane|avenue)\b"
)
STRASSE_AFTER = re.compile(
    r"[A-Z\u00c4\u00d6\u00dc][a-z\u00e4\u00f6\u00fc\u00df-]+(?:stra\u00dfe|strasse|weg|gasse|platz"
    r"|allee|ring|damm|ufer|chaussee|steig|pfad|stieg)(?:\s+\d{1,4}[a-z]?)?"
)
RESIDENCE_HINTS = ("live", "living", "resid", "moved", "moving", "stay", "home is", "house is",
                   "flat is", "wohn", "lebt", "zieht", "zog")  # fmt: skip
# A full name and their flat, room or cabin: "Priya Nair in flat 12B", "Mr Tom Reid (room 214)".
DWELLING = re.compile(  # searched in lower-cased text
    r"\b(?:flat|apartment|apt\.?|room|cabin|bed|berth|wohnung|zimmer)\s+"
    r"(?:no\.?\s*|nr\.?\s*|number\s+)?[0-9]{1,4}[a-z]?\b"
)
NAME_BEFORE_DWELLING = re.compile(
    rf"{_TITLE}(?P<name>{_FULL_NAME})\s*(?:,\s*|\(\s*|\s+(?i:in|at|from|of)\s+)$"
)

# A full name owning something that carries a reference later in the clause: "Aleksander
# Novak's engineer visit (order #WB-477102)", "Lena Fischer's replacement kit, ref 55102-A".
NAME_OWNS_REFERENCE = re.compile(
    rf"(?<![\w'\u2019])(?P<name>{_FULL_NAME})['\u2019]s\s+[^.!?\n]{{0,50}}?"
    r"(?:#\s?[A-Z0-9-]*\d{3,}|(?<![\w-])[A-Z]{1,5}-[A-Z0-9-]*\d{3,}\b"
    r"|\b(?i:order|booking|ref(?:erence)?|account|member(?:ship)?|case|ticket|claim|policy)"
    r"\s*(?:no\.?|number|#)?\s*:?\s*[A-Z0-9-]*\d{4,})"
)

# A vehicle's plate, named or in a vehicle's sentence: "his licence plate is KX19 ABC", "reg
# AB12 CDE", "Kennzeichen M-AB 1234", "a van, LD65 XYZ, parked across our drive".
PLATE_WORD = re.compile(  # searched in lower-cased text
    r"\b(?:licen[cs]e plate|number plate|plate number|plates?|reg(?:\.|istration)? (?:no\.?"
    r"|number|plate|mark)|reg|rego|vehicle registration|car registration|kennzeichen"
    r"|nummernschild|autokennzeichen|kenteken|immatriculation|matr\u00edcula|matricula|targa)\b"
)
VEHICLE_WORD = re.compile(  # searched in lower-cased text
    r"\b(?:car|cars|van|vehicle|parked|parking|driver|drove|driving|motorbike|motorcycle|taxi"
    r"|truck|lorry|suv|tesla|auto|wagen|fahrzeug|pkw|lkw|geparkt|fahrer)\b"
)
# A placeholder: one letter over and over and noughts ("XX00XXX", "AB00 ABC" is not one).
PLACEHOLDER_PLATE = re.compile(r"(?:([A-Z])\1*|0+)(?:[ -]?(?:\1+|0+))+")
# Letters and digits in two or three groups (both kinds), or a plate of a well-known shape.
PLATE_VALUE = re.compile(
    r"(?<![\w-])(?=[A-Z\u00c4\u00d6\u00dc0-9 -]{0,9}\d)(?=[0-9 -]{0,9}[A-Z\u00c4\u00d6\u00dc])"
    # Up to four groups of up to five: "191-D-12345" (Ireland), "MH 12 AB 1234" (India).
    r"(?:[A-Z\u00c4\u00d6\u00dc0-9]{1,5}(?:[ -][A-Z\u00c4\u00d6\u00dc0-9]{1,5}){1,3}"
    r"|[A-Z\u00c4\u00d6\u00dc0-9]{4,8})(?![\w-])"
)
PLATE_SHAPE = re.compile(
    # The look-ahead lets the engine skip every other character at once.
    r"(?=[A-Z\u00c4\u00d6\u00dc\d])(?:\b[A-Z]{2}\d{2}\s?[A-Z]{3}\b"  # Great Britain: "LD65 XYZ"
    r"|(?<![\w-])[A-Z\u00c4\u00d6\u00dc]{1,3}-[A-Z]{1,2}\s?\d{1,4}[EH]?\b"  # Germany: "M-AB 1234"
    r"|\b\d[A-Z]{3}\d{3}\b)"  # California: "7ABC123"
)
# A user name, tied to someone: "his Instagram is @jake_the_builder99", "she posts as
# u/sarahk_1987", "the username jsmith_84 belongs to …".
# Not an IBAN ("GB29 NRVA …", "DK7530…"): two capitals and two digits open those.
_HANDLE = r"(?:@|u/)[\w.]{3,30}|(?![A-Z]{2}\d{2})[A-Za-z][\w.]*(?:\d|_)[\w.]*"
USER_NAME_WORD = re.compile(  # searched in lower-cased text
    r"\b(?:(?P<network>instagram|insta|tiktok|snapchat|twitter|facebook|reddit|telegram|discord"
    r"|steam|xbox|psn|twitch|youtube|linkedin|github)|username|user name|user-name|benutzername"
    r"|nutzername|gamertag|gamer tag|screen name|login"
    r"|(?:posts|posted|posting|goes|plays|is on here|appears|shows up) (?:as|by))\b"
)
# A network's name is someone's account only after whose it is: "his Instagram" (not "your
# Instagram", where a company asks to be tagged, nor "Acme's Instagram").
WHOSE_BEFORE = re.compile(
    r"\b(?i:(?:his|her|their|your|my)\s+(?:[a-z]+\s+)?" + _RELATIVE + r"['\u2019]s|his|her"
    r"|their|the customer['\u2019]s)\s+$"
)
USER_NAME_AFTER = re.compile(
    r"(?:\s+(?i:username|user name|handle|account name|screen name|gamertag|gamer tag|name"
    r"|id|tag))?"
    rf"\s*(?:is|was|:|=|ist)?\s+(?P<value>{_HANDLE})(?![\w@])"
)
CREDENTIAL_WORD = re.compile(r"pass(?:word|wort|code|phrase)|\bpin\b|kennwort")
USER_NAME_HINTS = ("user", "login", "screen name", "gamertag", "gamer tag", "handle",
                   "instagram", "insta", "tiktok", "snapchat", "twitter", "facebook", "reddit",
                   "telegram", "discord", "steam", "xbox", "psn", "twitch", "benutzer",
                   "nutzer", "posts as", "posted as", "posting as", "goes by", "plays as",
                   "on here as", "appears as", "shows up as")  # fmt: skip
# A home address given in parts after the words that say it is one: "Her address is House 14,
# Sector 15, Noida, Uttar Pradesh", "deliver to Flat 202, Sai Residency, Andheri West".
ADDRESS_WORD = re.compile(  # searched in lower-cased text
    r"\b(?:(?:home |billing |delivery |postal |forwarding |new |old )?address(?: on file)?"
    r"|deliver(?:ed|y)? (?:it |them )?to|ship(?:ped|ping)? (?:it |them )?to"
    r"|sen[dt] (?:it |them )?to|post(?:ed)? (?:it |them )?to|lives at|living at|moved to"
    r"|resides at|adresse|lieferadresse|anschrift|wohnt in|wohnt an)"
    r"\s*(?:is|was|:|=|-|as|ist|lautet)?\s*:?\s*"
)
# The first part holds the house's number: "Flat 202", "House 14", "12-3-45".
ADDRESS_PARTS_AFTER = re.compile(
    r"(?=[^,.!?\n]{0,25}\d)(?:[A-Z0-9#][\w'\u2019./#-]*\s?){1,5}"
    r"(?:,\s*(?:[A-Z0-9#][\w'\u2019./#-]*\s?){1,5}){2,}"
)
OURS_BEFORE = re.compile(r"(?i)\b(?:our|unser\w*)\b[^.!?\n]{0,30}$")
ADDRESS_SAID_HINTS = (
    "address", "deliver", "ship", "send", "sent", "post", "lives at", "living at", "moved to",
    "resides", "adresse", "anschrift", "wohnt",
)  # fmt: skip

# A full name and a record's reference in the same clause, in either order: "We refunded Marco
# Rossi for order 558102", "Ticket #44120: Jonas Weber says …", "Die Bestellung 4471-2290
# gehört Anna Berger". The reference is found first: a number after a record's name, "#"
# and digits, or capitals and digits around a dash.
# In two steps, as fast: the record's name in lower-cased text, then its number in the text.
RECORD_WORD = re.compile(  # searched in lower-cased text
    r"\b"
    + _fast_alternation(
        "(?:"
        + _RECORD[4:-1]
        + "|"
        + _RECORD_DE[3:-1].lower()
        + "|tracking|parcel|shipment|consignment)"
    )[0]
    + r"(?![\w-])"
)
RECORD_NUMBER_AFTER = re.compile(
    r"\s*(?:no\.?|number|#|Nr\.?|ID|ref(?:erence)?)?\s*[:#]?\s*"
    # Not an IBAN after "account": "His account: AT92 2987 …" is a bank's number.
    r"(?P<number>(?![A-Z]{2}\d{2}\s?[A-Z0-9]{4})(?=[A-Z0-9/ -]*\d{2})[A-Z0-9][A-Z0-9/-]*"
    r"(?: \d{3,6}){0,3})(?![\w-])"
)
TAGGED_REFERENCE = re.compile(
    r"(?<![\w/-])(?:#\s?[A-Z0-9-]*\d{3,}[A-Z0-9-]*|[A-Z][A-Z0-9]{0,5}(?:-[A-Z0-9]{1,10}){1,3})"
    r"(?![\w-])"
)


def _record_references(text: str, lowered: str) -> list[tuple[int, int]]:
    """Spans of records' references: a number after a record's name ("order 558102"), "#" and
    digits, or capitals and digits around a dash with three digits or more ("LX-88419")."""
    found = []
    for word in gates.finditer(RECORD_WORD, lowered):
        number = RECORD_NUMBER_AFTER.match(text, word.end())
        if number:
            found.append(number.span("number"))
    if "-" in text or "#" in text:
        for tagged in TAGGED_REFERENCE.finditer(text):
            if sum(c.isdigit() for c in tagged.group()) >= 3:
                found.append(tagged.span())
    return sorted(set(found))


# What makes a code a thing's, not a person's record: "model GK-2201", "SKU AL-4410".
THING_CODE_BEFORE = re.compile(
    r"(?i)\b(?:model|sku|part|parts|doc|document|version|firmware|item|product|serial|code"
    r"|art\.?|artikel|batch|lot|imei|guide|manual|promo|voucher|coupon|discount|flight|train"
    r"|gate|seat|room|platform|route|bus|line|step|error|fehler|fehlercode|typ|type|size)"
    r"\s*(?:no\.?|number|nr\.?|#|:)?\s*$"
)
NAME_IN_CLAUSE = re.compile(rf"{_TITLE}(?P<name>{_FULL_NAME})")
# Before a name, what makes it a thing or one of the company's own people: "the Polaris Lamp",
# "our agent Sam Patel".
NOT_A_PERSON_BEFORE = re.compile(
    r"(?i)\b(?:the|a|an|our|this|that|these|your|new|unser\w*|der|die|das|den|dem|ein|eine"
    r"|(?:our|the) (?:\w+ )?(?:agent|colleague|advisor|adviser|manager|engineer|technician"
    r"|rep|representative|specialist|coordinator|team|teammate|supervisor|lead|courier"
    r"|partner|supplier|brand|shop|store|app|product))\s+$"
)
# Words after a name that make it a business's: "Hart & Sons", "Meyer Logistics GmbH".
BUSINESS_AFTER = re.compile(
    r"\s*(?:&|\+|and Sons|Ltd|Limited|LLC|Inc|GmbH|AG|KG|plc|Co\b|Group|Logistics|Plumbing"
    r"|Holdings|Partners|Solutions|Services|Studio|Bakery|Caf\u00e9|Cafe|Hotel|Lab|Labs)\b"
)


def _names_near_references(text: str, lowered: str) -> list[Hit]:
    hits = []
    for start, end in _record_references(text, lowered):
        if THING_CODE_BEFORE.search(text, max(0, start - 16), start):
            continue
        begins = max(0, start - 70)
        begins = max(begins, *(text.rfind(c, begins, start) + 1 for c in "!?\n"))
        stops = [i for i in (text.find(c, end, end + 50) for c in "!?\n")]
        ends = min([i for i in stops if i != -1], default=min(len(text), end + 50))
        best = None
        for window in ((begins, start), (end, ends)):
            for name in NAME_IN_CLAUSE.finditer(text, *window):
                if _sentence_ends_between(text, *sorted((name.end(), start))):
                    continue  # another sentence's name
                if not _a_person(text, name):
                    continue
                distance = abs(name.start() - start)
                if best is None or distance < best[0]:
                    best = (distance, name.span("name"))
        if best is not None:
            hits.append(Hit(KIND, *best[1], NAME_MESSAGE, NAME_SUGGESTION))
    return hits


# The dot of a number's short name is no sentence's end: "Herr … (Patientennr. P-66213)",
# "Frau … , Kundennr. 44120" (values-v14, session 27).
NUMBER_NAME_DOT = re.compile(r"(?i)(?:(?<=nr)|(?<=no)|(?<=num)|(?<=ref))\.\s*(?=[A-Z0-9#/-]*\d)")


def _sentence_ends_between(text: str, start: int, end: int) -> bool:
    return any(
        not NUMBER_NAME_DOT.match(text, stop.start())
        for stop in SENTENCE_STOP.finditer(text, start, end)
    )


def _a_person(text: str, name: re.Match[str]) -> bool:
    """Whether a name-shaped span reads as a private person's name: not a thing or a place
    ("the Polaris Lamp", "Royal Mail Tracked"), not one of the company's own people ("your
    account manager is …"), not a German noun after its article ("Die Buchungsnummer")."""
    words = name.group("name").split()
    if words[0] in NOT_A_FIRST_NAME or words[-1] in NOT_A_FIRST_NAME:
        return False
    if words[0].lower() in GERMAN_FUNCTION_WORDS or any(
        GERMAN_NOUN_ENDING.search(w) for w in words
    ):
        return False
    if any(
        w in NOT_A_NAME_WORD
        or w in JOB_TITLE_WORDS
        or w in ORGANISATION_WORDS
        or STREET_WORD.fullmatch(w)
        for w in words
    ):
        return False
    if NOT_A_PERSON_BEFORE.search(text, max(0, name.start() - 40), name.start()):
        return False
    if STAFF_BEFORE.search(text, max(0, name.start() - 40), name.start()):
        return False
    return BUSINESS_AFTER.match(text, name.end()) is None


STREET_WORD = re.compile(_STREET_TYPE)
# Words of organisations and services, never of a private person's name.
ORGANISATION_WORDS = frozenset(
    (
        "Mail", "Post", "Express", "Tracked", "Parcelforce", "Courier", "Logistics", "Freight",
        "Airways", "Airlines", "Air", "Rail", "Railway", "Railways", "Bank", "Police", "Council",
        "Insurance", "Hospital", "Clinic", "University", "School", "College", "Ministry",
        "Authority", "Agency", "Office", "Revenue", "Customs", "Embassy", "Court", "Tribunal",
        "Ombudsman", "Trust", "Foundation", "Society", "Association", "Club", "Church",
    )
)  # fmt: skip
# German writes every noun with a capital: an article, a pronoun or a preposition before it,
# or a noun's ending, says two capitalised words are not a name.
GERMAN_FUNCTION_WORDS = frozenset(
    (
        "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
        "mein", "meine", "meinen", "meiner", "dein", "deine", "deinen", "deiner", "ihr", "ihre",
        "ihren", "ihrer", "ihrem", "sein", "seine", "seinen", "seiner", "unser", "unsere",
        "euer", "eure", "laut", "bei", "mit", "von", "zur", "zum", "im", "am", "auf", "aus",
        "nach", "für", "über", "unter", "vor", "seit", "alle", "viele", "keine", "kein",
        # a question's or a pointer's word: "Welchen Tag nehmen Sie?" (values-v14,
        # session 27)
        "welche", "welchen", "welcher", "welchem", "welches", "diese", "diesen", "dieser",
        "diesem", "dieses", "jede", "jeden", "jeder", "jedem", "jedes",
    )
)  # fmt: skip
GERMAN_NOUN_ENDING = re.compile(
    r"(?:nummer|ungen|heit|keit|schaft|problem|probleme|referenz|konto|kasse|stopp|haltung"
    r"|teile|zahlung|weisung|ierung|bestellung|buchung|rechnung|adresse|kunde)$"
)
STAFF_BEFORE = re.compile(
    r"(?i)\b(?:agent|colleague|advisor|adviser|manager|engineer|technician|rep|representative"
    r"|specialist|coordinator|consultant|supervisor|case ?worker|caseworker|handler"
    r"|ansprechpartner(?:in)?|berater(?:in)?|sachbearbeiter(?:in)?)\s*(?:is|was|will be|ist"
    r"|war|:|,|-|\u2014)?\s*$"
)

LOSS_WORDS = ("passed", "died", "killed", "dying", "terminally", "hospice", "battle", "fight",
              " late ", "lost ")  # fmt: skip


def _mentions_loss(lowered: str) -> bool:
    return any(word in lowered for word in LOSS_WORDS)


def _public_address(text: str, hit: Hit, public_addresses: frozenset[str]) -> bool:
    """An address the company lists as its own (the same test `_addresses` makes)."""
    if hit.message != ADDRESS_MESSAGE:
        return False
    squashed = squash_address(text[hit.start : hit.end])
    return any(squashed in public for public in public_addresses)


def _v9(text: str, lowered: str, public_addresses: frozenset[str] = frozenset()) -> list[Hit]:
    if len(lowered) != len(text):
        return []
    hits = _said_of_someone(text, lowered) + _said_of_someone_de(text, lowered)
    for match in gates.finditer(BEREAVEMENT, lowered) if _mentions_loss(lowered) else ():
        if not ANYONE_BEFORE.search(lowered, max(0, match.start() - 40), match.start()):
            hits.append(Hit(KIND, *match.span(), CIRCUMSTANCE_MESSAGE, PRIVATE_LIFE_SUGGESTION))
    for match in gates.finditer(MEASUREMENT, lowered):
        what = match.group("what")
        if what and not (what in STRICT_MEASURE or match.group("unit")):
            continue
        sentence = _sentence_of(text, match.start())
        if MEASURE_ADVICE.search(lowered, max(0, match.start() - 30), match.end()):
            continue
        if ABOUT_SOMEONE.search(sentence):
            hits.append(Hit(KIND, *match.span(), HEALTH_MESSAGE, PRIVATE_LIFE_SUGGESTION))
    if any(hint in lowered for hint in CARE_HINTS):
        for word in CARE_WORD.finditer(lowered):
            what = CARE_WHAT_AFTER.match(lowered, word.end())
            if what is None:
                continue
            begins = max(0, word.start() - 80)
            begins = max(begins, *(text.rfind(c, begins, word.start()) + 1 for c in ".!?;\n"))
            who = CARE_SUBJECT_BEFORE.search(text, begins, word.start())
            name = who.group("name") if who else None
            if who is None or (name and name.split()[0] in NOT_A_FIRST_NAME):
                continue
            if not ANYONE_BEFORE.search(lowered, max(0, who.start() - 40), who.start()):
                hits.append(
                    Hit(KIND, who.start(), what.end(), HEALTH_MESSAGE, PRIVATE_LIFE_SUGGESTION)
                )
    if any(hint in lowered for hint in RESIDENCE_HINTS):
        for word in RESIDENCE_WORD.finditer(lowered):
            street = (STRASSE_AFTER if word.group("de") else STREET_AFTER).match(text, word.end())
            if street and not _own_premises(text, street.start()):
                hits.append(Hit(KIND, word.start(), street.end(), ADDRESS_MESSAGE, SUGGESTION))
    hits = [hit for hit in hits if not _public_address(text, hit, public_addresses)]
    for match in gates.finditer(NAME_OWNS_REFERENCE, text):
        words = match.group("name").split()
        if words[0] in NOT_A_FIRST_NAME or words[-1] in NOT_A_FIRST_NAME:
            continue
        if any(w in NOT_A_NAME_WORD or w in JOB_TITLE_WORDS for w in words):
            continue
        hits.append(Hit(KIND, *match.span("name"), NAME_MESSAGE, NAME_SUGGESTION))
    for word in gates.finditer(PLATE_WORD, lowered):
        stop = min(_sentence_and_next(text, word.end()), word.end() + 40)
        value = PLATE_VALUE.search(text, word.end(), stop)
        if value is None or sum(c.isalnum() for c in value.group()) < 4:
            continue
        if PLACEHOLDER_PLATE.fullmatch(value.group()):
            continue  # "plate=XX00XXX": the form's placeholder, no one's car (values-v13)
        if OTHER_RECORD_BEFORE.search(text, word.end(), value.start()) or OURS_BEFORE.search(
            text, max(0, word.start() - 30), word.start()
        ):
            continue  # "our van's reg …": the company's own vehicle
        hits.append(Hit(KIND, *value.span(), PLATE_MESSAGE, LEAVE_OUT_SUGGESTION))
    for value in gates.finditer(PLATE_SHAPE, text) if VEHICLE_WORD.search(lowered) else ():
        # By its shape alone, in a sentence about a vehicle and a person: a fleet's own cars
        # ("the sticker in car B-TD 4471E") are no one's.
        sentence = _sentence_of(text, value.start())
        if VEHICLE_WORD.search(sentence.lower()) and PERSON_SAID.search(sentence):
            hits.append(Hit(KIND, *value.span(), PLATE_MESSAGE, LEAVE_OUT_SUGGESTION))
    if any(hint in lowered for hint in USER_NAME_HINTS):
        for word in USER_NAME_WORD.finditer(lowered):
            if word.group("network") and not WHOSE_BEFORE.search(
                text, max(0, word.start() - 40), word.start()
            ):
                continue
            value = USER_NAME_AFTER.match(text, word.end())
            if value is None:
                continue
            if CREDENTIAL_WORD.search(lowered, max(0, word.start() - 80), value.end() + 80):
                continue  # a login with its password is a secret, reported as one
            hits.append(Hit(KIND, *value.span("value"), USER_NAME_MESSAGE, LEAVE_OUT_SUGGESTION))
    if any(hint in lowered for hint in ADDRESS_SAID_HINTS):
        for word in ADDRESS_WORD.finditer(lowered):
            parts = ADDRESS_PARTS_AFTER.match(text, word.end())
            if parts is None or OURS_BEFORE.search(text, max(0, word.start() - 40), word.start()):
                continue  # "our returns address is …"
            start, end = parts.start(), trim_trailing(text, parts.start(), parts.end(), " ,.;")
            if not (_own_premises(text, start) or _public_place(text, start)):
                hit = Hit(KIND, start, end, ADDRESS_MESSAGE, SUGGESTION)
                if not _public_address(text, hit, public_addresses):
                    hits.append(hit)
    hits += _names_near_references(text, lowered)
    for dwelling in DWELLING.finditer(lowered):
        named = NAME_BEFORE_DWELLING.search(text, max(0, dwelling.start() - 60), dwelling.start())
        if named is None:
            continue
        words = named.group("name").split()
        if words[0] in NOT_A_FIRST_NAME or any(w in NOT_A_NAME_WORD for w in words):
            continue
        if any(STREET_WORD.fullmatch(w) or w in ORGANISATION_WORDS for w in words):
            continue  # "77 Ocean View Drive, Apt 3B": a street, not a name
        hits.append(Hit(KIND, named.start(), dwelling.end(), NAME_MESSAGE, NAME_SUGGESTION))
    return hits


# --- Who the details are of, and what is only an example (precise-v10, issue 13) ------------

# A person's details given after their name, as one list: "Mrs Eileen Brady, 7 Rowan Park,
# …", "Ayesha Siddiqui, 0300 1234567, …", "Chidi Okonkwo, passport no. A31984472". What stands
# between the name and the detail found: a comma or a bracket, and at most a short label.
DETAILS_OF_NAME = re.compile(
    rf"{_TITLE}(?P<name>{_FULL_NAME})\s*[,(]\s*(?:(?:[a-z]+\.?\s+){{0,3}}(?i:no\.?|number|nr\.?"
    # The field's word as a form writes it, capitalised and German too: "…, Tel. 089 …"
    # (personal-v16).
    r"|tel\.?|phone|mobile|born|dob|address|telefon|handy|mobil|geb\.?|geboren|adresse)\s*[:.#]?\s*)?$"
)
DETAIL_MESSAGES = (PHONE_MESSAGE, ADDRESS_MESSAGE, DOB_MESSAGE, ID_MESSAGE)
# A record laid out as a block: the name alone on its line, a detail of theirs starting the
# next ("Mr Cathal Brennock" / "Flat 3/2, 17 … Road, …", "Frau … " / "Tel. 0664 …";
# values-v19). The name's line holds a title and the name and nothing else: a greeting or a
# signature's company line above a phone number is not one.
NAME_LINE_ABOVE = re.compile(
    r"(?:^|\n)[ \t]*(?:Mr|Mrs|Ms|Miss|Dr|Mx|Herrn|Herr|Frau|Hr|Fr|Mme|Mlle|M|Sr|Sra)\.?[ \t]+"
    rf"(?P<name>{_FULL_NAME})[ \t]*\n[ \t]*"
    r"(?:(?:Flat|Apt\.?|Apartment|Unit|Suite|Wohnung|Top)\s*[\w/]{1,6},?\s+)?(?:(?:[A-Za-z]+\.?\s+){0,2}"
    r"(?i:no\.?|number|nr\.?|tel\.?|phone|mob\.?|mobile|born|dob|address|telefon|handy|mobil"
    r"|geb\.?|geboren|adresse)\s*[:.#]?\s*)?$"
)
# A person where they live: "Mrs Evelyn Okonkwo at 5 Brook Lane", "a similar name, Aisling Ní
# Bhriain, at 22 Bóthar na Trá" (values-v13).
NAME_AT_ADDRESS = re.compile(rf"{_TITLE}(?P<name>{_FULL_NAME}),?\s+(?:at|of|in)\s+$")
# A person picked out by what they did or are, then named: "the customer who keeps writing in
# is Brian Keogh", "the lady who signed for it was Olga Brandt", "the client on the Tuesday job
# is Ms Amara Osei". The role, what singles the person out (a clause or a phrase), the name.
PICKED_OUT_ROLES = (
    "customer", "client", "claimant", "recipient", "caller", "tenant", "resident", "homeowner",
    "occupant", "buyer", "sender", "addressee", "lady", "woman", "man", "gentleman", "neighbour",
    "neighbor", "patient", "passenger",
)  # fmt: skip
PICKED_OUT_ROLE = re.compile(  # searched in lower-cased text
    rf"\b{_trie(PICKED_OUT_ROLES)}\s+(?:who|that|whose|on|from|at|in|with|behind|for)\s"
)
PICKED_OUT_NAME = re.compile(rf"[^.!?\n,;:]{{1,60}}?\s(?i:is|was)\s+{_TITLE}(?P<name>{_FULL_NAME})")
# An address given by its numbered parts, as in South Asia and the Gulf: "House 14, Street 7,
# F-8/3, Islamabad", "Plot 22, Road 5, Banani, Dhaka", "House 9, Street 34, Al Majaz, Sharjah".
# Two numbered parts, then a place.
_NUMBERED_PART = (
    r"(?:House|Plot|Flat|Apt\.?|Apartment|Villa|Unit|Block|Blk|Building|Bldg\.?|Street|St\.?"
    r"|Road|Rd\.?|Lane|Sector|Phase|Floor|Gali|Jalan|Soi|Door|H\.?\s?No\.?)\s*(?:No\.?\s*)?#?"
    r"\d{1,4}[A-Z]?(?:/\d{1,3})?"
)
_DWELLING_PART = (
    r"(?:House|Plot|Flat|Apt\.?|Apartment|Villa|Unit|Block|Blk|Building|Bldg\.?|Door)\s*"
    r"(?:No\.?\s*)?#?\d{1,4}[A-Z]?(?:/\d{1,3})?"
)
DWELLING_HINTS = ("house", "plot", "flat", "apt", "apartment", "villa", "unit", "block", "blk",
                  "building", "bldg", "door")  # fmt: skip
NUMBERED_ADDRESS = re.compile(
    rf"\b{_DWELLING_PART},\s*{_NUMBERED_PART}(?:,\s*(?:{_NUMBERED_PART}|[A-Z][\w/-]*\d[\w/-]*))*"
    r",\s*(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s*){0,2}[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?"
    r"(?:\s+\d{5,6})?\b"
)
# A value given as an example of a kind, or a placeholder: "(e.g. 04-00-04 12345678)", "such
# as 07700 900123", "z. B. 0171 2345678".
EXAMPLE_BEFORE = re.compile(
    r"(?i)(?:\be\.\s?g\.?|\bfor (?:example|instance)|\bsuch as|\bz\.\s?b\."
    r"|\bzum beispiel|\bbeispielsweise|\bbeispiel"
    # "the number on the label (like 04127/12000)": an example in brackets (personal-v16)
    r"|\(\s*(?:like|say|wie|etwa))[:,]?\s*[(\"'\u201c\u201e]?$"
)


# An example in quotes: 'generic examples, like "Mrs Smith, 01234 567890" — made up'
# (values-v18); the quote is still open at the value and closes after it.
QUOTED_EXAMPLE_BEFORE = re.compile(
    r"(?i)(?:\blike|\be\.\s?g\.?|\bsuch as|\bfor (?:example|instance)|\bz\.\s?b\.|\bzum beispiel"
    r"|\betwa)\s*[:,]?\s*[\"\u201c\u201e](?P<inside>[^\"\u201c\u201d\u201e\n]{0,50})$"
)


def _quoted_example(text: str, hit: Hit) -> bool:
    if '"' not in text and "\u201c" not in text and "\u201e" not in text:
        return False
    if QUOTED_EXAMPLE_BEFORE.search(text, max(0, hit.start - 70), hit.start) is None:
        return False
    after = re.search(r"[\"\u201c\u201d\n]", text[hit.end : hit.end + 50])
    return after is not None and after.group() != "\n"


def _v10(text: str, hits: list[Hit], public_addresses: frozenset[str]) -> list[Hit]:
    """Names of the people whose details these are, the numbered-part addresses, and no
    examples."""
    hits = [
        hit
        for hit in hits
        if not EXAMPLE_BEFORE.search(text, max(0, hit.start - 20), hit.start)
        and not _quoted_example(text, hit)
        and not (
            hit.message is NAME_MESSAGE and text[hit.start : hit.end].split()[-1] in FIRM_WORDS
        )
    ]
    more: list[Hit] = []
    for hit in (hit for hit in hits if hit.message in DETAIL_MESSAGES):
        before = DETAILS_OF_NAME.search(text, max(0, hit.start - 110), hit.start)
        if before is None and "\n" in text[max(0, hit.start - 110) : hit.start]:
            before = NAME_LINE_ABOVE.search(text, max(0, hit.start - 110), hit.start)
            if before is not None and "\n" in before.group("name"):
                before = None
        if before is None and hit.message is ADDRESS_MESSAGE:
            before = NAME_AT_ADDRESS.search(text, max(0, hit.start - 110), hit.start)
        if before is None:
            before = _named_by_their(text, hit.start)
        if before and _a_name(before.group("name")):
            more.append(Hit(KIND, *_without_role(text, *before.span("name")), NAME_MESSAGE,
                            NAME_SUGGESTION))  # fmt: skip
    lowered = text.lower()
    same = len(lowered) == len(text)
    if same and (" is " in lowered or " was " in lowered):
        for role in PICKED_OUT_ROLE.finditer(lowered):
            match = PICKED_OUT_NAME.match(text, role.end())
            if match and _a_name(match.group("name")):
                more.append(Hit(KIND, *match.span("name"), NAME_MESSAGE, NAME_SUGGESTION))
    if same and any(w in lowered for w in DWELLING_HINTS):
        for match in NUMBERED_ADDRESS.finditer(text):
            hit = Hit(KIND, *match.span(), ADDRESS_MESSAGE, SUGGESTION)
            ours = OURS_BEFORE.search(text, max(0, match.start() - 30), match.start())
            if not (ours or _own_premises(text, match.start())) and not _public_address(
                text, hit, public_addresses
            ):
                more.append(hit)
    return hits + more


# A detail given as a third person's ("…, ihre Handynummer ist …", "…; his mobile is …"),
# right before the value, with the person named earlier in the sentence or the one before:
# "Frau Leonore … hat sich beschwert, ihre Handynummer ist 0660 …", "Mrs Jane … rang this
# morning. Her number is …" (values-v14, session 27). The lower-case German "ihre" is hers
# (the reader's is "Ihre"); "her"/"his"/"their" are never the reader's.
THEIR_DETAIL_BEFORE = re.compile(
    r"\b(?:ihre|seine|deren|dessen|[Hh]er|[Hh]is|[Tt]heir|Seine)\s+(?:[\w-]+\s+)?"
    r"(?i:handy|mobil|telefon|tel\b|festnetz|nummer|rufnummer|phone|mobile|cell|number|adresse"
    r"|anschrift|address|e-?mail|geburtsdatum|date of birth)[\w-]*\.?"
    r"(?:\s+(?:ist|lautet|is|was|war))?\s*:?\s*$"
)
THEIR_NAME = re.compile(rf"{_TITLE}(?P<name>{_FULL_NAME})")


def _named_by_their(text: str, start: int) -> re.Match[str] | None:
    """The person a "her/his/ihre …" detail belongs to: the last full name before it in the
    same sentence or the one before."""
    their = THEIR_DETAIL_BEFORE.search(text, max(0, start - 40), start)
    if their is None:
        return None
    begins = max(0, their.start() - 160)
    stops = [m.end() for m in SENTENCE_STOP.finditer(text, begins, their.start())]
    if len(stops) >= 2:
        begins = stops[-2]
    if "\n\n" in text[begins : their.start()]:
        begins = text.rindex("\n\n", begins, their.start()) + 2
    names = [m for m in THEIR_NAME.finditer(text, begins, their.start()) if _a_person(text, m)]
    return names[-1] if names else None


# A role or a relative written with a capital before a name (German nouns, a form's field):
# "Mitglied Katrin …", "Tochter Anna …" is the person's name without the first word.
ROLE_FIRST = frozenset(
    ("Mitglied", "Patient", "Patientin", "Kunde", "Kundin", "Tochter", "Sohn", "Nachbar",
     "Nachbarin", "Mieter", "Mieterin", "Schüler", "Schülerin", "Member", "Patient", "Customer",
     "Tenant", "Guest", "Gast", "Bewohner", "Bewohnerin")
)  # fmt: skip


def _without_role(text: str, start: int, end: int) -> tuple[int, int]:
    words = text[start:end].split()
    if len(words) >= 3 and words[0] in ROLE_FIRST:
        start = text.index(words[1], start + len(words[0]))
    return start, end


def _a_name(name: str) -> bool:
    """Not a greeting, a holiday, a job title or a firm ("Harbour Plumbing Ltd")."""
    words = name.split()
    return not (
        words[0] in NOT_A_FIRST_NAME
        or words[-1] in NOT_A_FIRST_NAME
        or words[-1] in FIRM_WORDS
        or words[0] in PLACE_OR_GROUP_FIRST
        or any(w in NOT_A_NAME_WORD or w in JOB_TITLE_WORDS for w in words)
    )


FIRM_WORDS = frozenset(
    ("Ltd", "Limited", "Inc", "Plc", "Llc", "Gmbh", "Company", "Group", "Partners", "Holdings",
     "Associates", "Solutions", "Logistics", "Couriers", "Express", "Hotel", "Clinic", "Hospital",
     "School", "College", "University", "Council", "Bank", "Pharmacy", "Surgery", "Residences",
     "Residence", "Apartments", "Towers", "Tower", "Court", "Centre", "Center", "Mall", "Plaza")
)  # fmt: skip
# A branch, a household or a possessive before a capitalised word is no one's name: "Filiale
# Graz", "Family Berger", "Meine Ausweisnummer", "Branch Leeds".
PLACE_OR_GROUP_FIRST = frozenset(
    ("Filiale", "Familie", "Standort", "Praxis", "Firma", "Meine", "Mein", "Meinen", "Ihre",
     "Ihr", "Ihren", "Unsere", "Unser", "Branch", "Store", "Shop", "Family", "Hotel", "Tower")
)  # fmt: skip


# --- Families by structure, precise-v11 (issue 13) --------------------------------------------

# A relative named in apposition: "your son, Liam Dervan, who uses …", "her husband (Tomasz
# Nowak)", "his daughter, Ms Aoife Byrne". A relative is a private person; a name right after is
# theirs. Searched with the relative found first in lower-cased text.
RELATIVES = frozenset(
    ("son", "daughter", "wife", "husband", "partner", "mother", "mum", "mom", "father", "dad",
     "brother", "sister", "grandson", "granddaughter", "grandmother", "grandfather", "grandma",
     "grandpa", "nan", "gran", "uncle", "aunt", "auntie", "nephew", "niece", "fianc\u00e9",
     "fianc\u00e9e", "stepson", "stepdaughter", "stepmother", "stepfather", "child", "carer",
     "spouse", "mother-in-law", "father-in-law", "son-in-law", "daughter-in-law", "flatmate",
     "lodger")
)  # fmt: skip
# The words before the relative: "your son", "her late husband", "the customer's wife".
WHOSE = frozenset(
    ("your", "his", "her", "their", "my", "our", "late", "customer's", "caller's",
     "customer\u2019s", "caller\u2019s")
)  # fmt: skip
# Where an apposition may open: a comma, a bracket or a dash after the relative.
APPOSITION = re.compile(r"[,(\u2014\u2013]| - ")
RELATIVE_NAME_AFTER = re.compile(rf"\s*{_TITLE}(?P<name>{_FULL_NAME})\b(?!\s*\d)")  # no model no.
# Identity numbers whose shape says what they are: a British driving licence ("MORGA657054SM9IJ":
# five letters of the surname, the birth date with the month plus 50 for women, initials, a
# digit, two letters) and a South African ID number (a birth date, four digits, citizenship 0/1,
# 8 or 9, a check digit), the latter where identity is spoken of.
# (No look-behind: a pattern that opens with a class lets the engine skip ahead; the edge before
# is checked after.)
GB_DRIVING_LICENCE = re.compile(
    r"[A-Z9]{5}\d[0156]\d(?:0[1-9]|[12]\d|3[01])\d[A-Z9]{2}\d[A-Z]{2}(?![A-Z0-9])"
)
ZA_ID_NUMBER = re.compile(r"\d{13}(?![\d-])")
ZA_ID_SHAPE = re.compile(r"\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{4}[01][89]\d")
# A name in a form's field, copied line by line: "Name: Deirdre Walsh", "Full name - Tomás
# Ruiz", "Cardholder: Ms Ines Baptiste". Only a person's field ("Product name:" is not one).
NAME_FIELD = re.compile(
    rf"(?im)^[ \t]*(?:[-*\u2022][ \t]*)?(?:(?:full|customer(?:'s)?|client|caller|guest|patient"
    rf"|tenant|buyer|passenger|contact|account holder|cardholder|card holder|your|first and last)"
    rf"[ \t]+)?(?:name|cardholder|account holder)[ \t]*[:\u2013\u2014-][ \t]*{_TITLE}"
    rf"(?P<name>{_FULL_NAME})[ \t]*$"
)
# An address spelled out letter by letter with hyphens: "b-o-b-b-y-k-a-n-e at yahoo.co.uk".
SPELLED_LETTERS_EMAIL = re.compile(  # searched in lower-cased text
    r"(?:[a-z0-9]-){3,}[a-z0-9](?:(?:\s*(?:dot|\.)\s*|[_-])(?:[a-z0-9]-)*[a-z0-9])*"
    r"\s+(?:at|@)\s+[a-z0-9-]+(?:\s*(?:\.|dot)\s*[a-z]{2,})+"
)
# Cheap tests before the scans: letters parted by hyphens ("-o-b-"), identity spoken of.
LETTER_DASHES = re.compile(r"-[a-z0-9]-[a-z0-9]-")  # a literal first: the engine skips ahead
IDENTITY_HINT = re.compile(r" id|\(id|identi|passport|document|licen")  # one search
IDENTITY_CUE = re.compile(  # searched in lower-cased text
    r"\b(?:id|identity|identification|passport|documents?|licen[cs]e|id number)\b"
)
# The company's own premises with the address in brackets: "our Auckland showroom (Unit 5, …)",
# "our studio in Bristol (9 …)".
OWN_PREMISES_BRACKET = re.compile(
    r"(?i)\bour\b[^.!?\n]{0,30}?\b(?:shop|store|office|branch|showroom|warehouse|depot|hub"
    r"|studio|workshop|outlet|site|location|centre|center|premises|head office|hq|factory|yard"
    r"|service (?:centre|center)|collection point|counter)s?\b[^.!?\n()]{0,25}\([^()\n]{0,40}$"
)
NUMERIC_DATE = re.compile(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2,4})")


def _not_a_calendar_date(value: str) -> bool:
    """A day/month date that no calendar has, read either way round ("31/04/1986")."""
    match = NUMERIC_DATE.fullmatch(value.strip())
    if match is None:
        return False
    first, second, year = (int(part) for part in match.groups())
    year = year if year > 99 else 2000 + year

    def real(day: int, month: int) -> bool:
        return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]

    return not real(first, second) and not real(second, first)


def _public_by_parts(found: str, public_addresses: frozenset[str]) -> bool:
    """An address given with fewer parts than the company lists it ("9 Printworks Row, BS2 0QE"
    for "…, 9 Printworks Row, Bristol BS2 0QE"): each of its comma-parted parts is in a listed
    address, in the same order (the listed ones are stored squashed)."""
    parts = [squash_address(part) for part in found.split(",")]
    if len(parts) < 2 or not all(parts) or sum(len(part) for part in parts) < 10:
        return False
    for public in public_addresses:
        at = 0
        for part in parts:
            at = public.find(part, at)
            if at < 0:
                break
            at += len(part)
        else:
            return True
    return False


NAME_FIELD_CUE = re.compile(r"(?:name|holder)\s?[:\t\u2013\u2014-]")  # lowered; a cheap test


def _joined_before(text: str, start: int) -> bool:
    """Whether the character before `start` goes on a word or a number ("X" of "XJOHNS…")."""
    return start > 0 and (text[start - 1].isalnum() or text[start - 1] in "-_")


def _apposition_openings(lowered: str) -> list[int]:
    """Where a name may follow a relative in apposition: after "your son, ", "her husband (",
    "their carer \u2014 ". Found from the punctuation back (a few per draft), not by a scan."""
    found = []
    for opening in APPOSITION.finditer(lowered):
        end = opening.start()
        if lowered[end - 1 : end] == " ":
            end -= 1  # "your son , …", "their carer — …"
        space = lowered.rfind(" ", 0, end)
        if lowered[space + 1 : end] in RELATIVES:
            owner = lowered.rfind(" ", 0, space)
            if lowered[owner + 1 : space] in WHOSE:
                found.append(opening.end())
    return found


def _v11(text: str, hits: list[Hit], public_addresses: frozenset[str]) -> list[Hit]:
    """Impossible dates, own premises in brackets and shortened public addresses out; relatives
    named in apposition and identity numbers by their shape in."""
    kept = []
    for hit in hits:
        value = text[hit.start : hit.end]
        if hit.message is DOB_MESSAGE and _not_a_calendar_date(value):
            continue  # "31/04/1986, which isn't a valid date": no one's date of birth
        if hit.message is ADDRESS_MESSAGE and (
            OWN_PREMISES_BRACKET.search(text, max(0, hit.start - 80), hit.start)
            or (public_addresses and _public_by_parts(value, public_addresses))
        ):
            continue
        kept.append(hit)
    lowered = text.lower()
    if len(lowered) != len(text):
        return kept
    for at in _apposition_openings(lowered):
        match = RELATIVE_NAME_AFTER.match(text, at)
        if match and _a_name(match.group("name")):
            kept.append(Hit(KIND, *match.span("name"), NAME_MESSAGE, NAME_SUGGESTION))
    if NAME_FIELD_CUE.search(lowered):
        for match in gates.finditer(NAME_FIELD, text):
            if _a_name(match.group("name")):
                kept.append(Hit(KIND, *match.span("name"), NAME_MESSAGE, NAME_SUGGESTION))
    if (" at " in lowered or " @ " in lowered) and LETTER_DASHES.search(lowered):
        for match in gates.finditer(SPELLED_LETTERS_EMAIL, lowered):
            if not _joined_before(lowered, match.start()):
                kept.append(Hit(KIND, *match.span(), EMAIL_MESSAGE, SUGGESTION))
    for match in gates.finditer(GB_DRIVING_LICENCE, text):
        if not _joined_before(text, match.start()):
            kept.append(Hit(KIND, *match.span(), ID_MESSAGE, SUGGESTION))
    identity = IDENTITY_HINT.search(lowered)
    for match in gates.finditer(ZA_ID_NUMBER, text) if identity else ():
        if (
            ZA_ID_SHAPE.fullmatch(match.group())
            and not _joined_before(text, match.start())
            and IDENTITY_CUE.search(lowered)
        ):
            kept.append(Hit(KIND, *match.span(), ID_MESSAGE, SUGGESTION))
    return kept


# --- Structure over phrases (personal-v15, issue 13) --------------------------------------------
# Addresses by the order of their parts where the street's kind comes first or the house number
# last: Irish street words before the name ("3 Bóthar na Trá", "22 Sráid an Mhuilinn"), a
# street and then its house number ("Othaya Road, Hse No. 12", "MG Road, House No. 45"), and
# German streets named with a preposition and an article ("Am Mühlbach 3", "An der Mühle 12",
# "Zum Steinbruch 4"), not a day, a month or a time ("Am Montag 3 Pakete", "Im Juni 12 Uhr").
_IRISH_STREET = r"(?:B[óo]thar|Sr[áa]id|Ascaill|L[áa]na|Cearn[óo]g|Pl[áa]s|C[ée]ide|B[óo]ithr[íi]n)"
_DE_STREET_LEAD = (
    r"(?:Am|An der|An den|Auf der|Auf dem|Auf den|Im|In der|In den|Zum|Zur|Hinter der|Hinter dem"
    r"|Unter den|Vor dem|Bei der|Beim|Über der|Unter der)"
)
_CALENDAR_DE = (
    r"(?:Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag|Sonnabend|Wochenende|Januar"
    r"|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember|Jahr|Moment"
    r"|Ende|Anfang|Schnitt|Durchschnitt|Monat|Quartal|Vormittag|Nachmittag|Abend|Morgen|Mittag"
    r"|Lager|Paket|Warenkorb|Set|Angebot|Rahmen|Prinzip|Grunde|Idealfall|Notfall|Zweifel)"
)
ADDRESS_PATTERNS_V15 = (
    re.compile(
        rf"\d(?<!\w\d)\d{{0,3}}[A-Za-z]?,?\s+{_IRISH_STREET}\s+(?:(?:na|an|Uí|Ní|Mhic|Mhig)\s+)?"
        r"[A-ZÁÉÍÓÚ][\w'\u2019-]+(?:\s+[A-ZÁÉÍÓÚ][\w'\u2019-]+){0,2}"
    ),
    re.compile(
        rf"[A-Z](?<!\w[A-Z])[a-z'\u2019]+(?:-[A-Z][a-z'\u2019]+)?(?:\s+{_NAME})?\s+{_STREET_TYPE}\b\.?,?\s+"
        r"(?:Hse|House|H)\.?\s*No\.?\s*"
        r"\d{1,5}(?:[/-]\d{1,5})*[A-Za-z]?\b"
    ),
    re.compile(
        rf"\b{_DE_STREET_LEAD}\s+(?!{_CALENDAR_DE}\b)[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
        r"\s+\d{1,3}[a-z]?(?=[\s,.;)]|$)"
        r"(?!\s*(?:Uhr|Stück|Tage|Wochen|Monate|Jahre|Minuten|Stunden|Euro|EUR|€|%|km|Mal|x|Prozent"
        r"|Personen|Gäste|Teile|Artikel|Seiten|Punkte)\b)"
    ),
)

# A date of birth named earlier in its sentence, the date after a few words: "your child's date
# of birth — I have 09/11/2015", "Geburtsdatum laut Antrag: 03.07.2007".
BIRTH_DATE_LATER = re.compile(
    r"(?i)\b(?:DOB|D\.O\.B\.?|date of birth|birth ?date|birthday|Geburtsdatum|Geburtstag"
    r"|geboren)\b[^.!?\n]{6,50}?(?<![\d/.-])(?P<date>\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d\d)\b"
)
# An address at a mail provider said in words, without its domain's ending: "k dot osei dot
# 1990 at gmail", "lagerleitung.huber [at] gmx" (the provider's name is the domain).
_PROVIDER = r"(?:gmail|googlemail|outlook|hotmail|yahoo|icloud|gmx|web\.de|proton(?:mail)?|aol)"
PROVIDER_EMAIL = re.compile(  # searched in lower-cased text
    rf"(?<![\w.@])[a-z][\w.-]*(?:\s+(?:dot|punkt)\s+\w+)*\s*(?:\s(?:at|ät)\s|\[at\]|\(at\))\s*"
    rf"{_PROVIDER}\b(?!\s*[\[(]?\s*(?:dot|\.\w|punkt))"
)
# An Australian Medicare card number: four, five and one digits, the ninth a check digit of the
# first eight (weights 1, 3, 7, 9), in a text that names Medicare.
MEDICARE = re.compile(r"(?<![\d-])[2-6]\d{3} ?\d{5} ?\d(?:[ /-]?\d)?(?![\d-])")
MEDICARE_WEIGHTS = (1, 3, 7, 9, 1, 3, 7, 9)


def _medicare_number(value: str) -> bool:
    digits = [int(c) for c in value if c.isdigit()]
    checksum = sum(d * w for d, w in zip(digits, MEDICARE_WEIGHTS, strict=False)) % 10
    return len(digits) >= 10 and checksum == digits[8]


def _v15(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    if len(lowered) != len(text):
        return hits
    if "birth" in lowered or "dob" in lowered or "geb" in lowered or "d.o.b" in lowered:
        for match in BIRTH_DATE_LATER.finditer(text):
            year = int(re.split(r"[./-]", match.group("date"))[-1])
            if year < 100 or 1900 <= year < timezone.localdate().year:
                # a birth is in a past year: "the birthday sale ends on 21/04/2026" is not one
                hits.append(Hit(KIND, *match.span("date"), DOB_MESSAGE, SUGGESTION))
    if "at" in lowered and any(
        p in lowered
        for p in (
            "gmail",
            "outlook",
            "hotmail",
            "yahoo",
            "icloud",
            "gmx",
            "web.de",
            "proton",
            "aol",
        )
    ):
        for match in PROVIDER_EMAIL.finditer(lowered):
            hits.append(Hit(KIND, *match.span(), EMAIL_MESSAGE, SUGGESTION))
    if "medicare" in lowered:
        for match in MEDICARE.finditer(text):
            if _medicare_number(match.group()):
                hits.append(Hit(KIND, *match.span(), ID_MESSAGE, SUGGESTION))
    return hits


# --- A person named, and what no one lives at (personal-v16, issue 13) ---------------------------
# A private person singled out by their name and where they live or come from, or by what they
# are called: "his name is … and he lives on …", "the guy who posted the video is <name> from
# <town>", "der Typ … heißt übrigens <name> und wohnt in …", "a girl called <name>". The name is
# a person's by the sentence's grammar: a possessive pronoun's name, a "called/named" after a
# person, or a name followed by a home town. (German "heißt" with a full name needs a subject
# other than "das"/"es": "das heißt" is "that is".)
_PERSON_NOUNS = (
    r"(?:guy|bloke|chap|man|woman|lady|girl|boy|person|fella|dude|gentleman|someone|somebody"
    r"|customer|client|neighbour|neighbor|reviewer|poster|member)"
)
NAME_SAID = re.compile(
    rf"\b(?:(?:his|her|their)\s+(?:full\s+|real\s+)?name\s+(?:is|was)"
    rf"|{_PERSON_NOUNS}\s+(?:(?:is|was)\s+)?(?:called|named))\s+{_TITLE}(?P<name>{_FULL_NAME})"
)
NAME_WITH_HOME = re.compile(
    rf"\b(?:is|was|heißt|hieß)\s+"
    rf"(?:(?:übrigens|eigentlich|wohl|angeblich|actually|apparently)\s+)?{_TITLE}"
    rf"(?P<name>{_FULL_NAME})(?=\s*,?\s+(?:from|of|aus)\s+[A-ZÄÖÜ]"
    r"|\s*,?\s+(?:and|und)\s+(?:he|she|they|er|sie)?\s*(?:lives|wohnt|lebt|kommt aus)\b"
    r"|\s*,\s+(?:lives|wohnt|lebt|kommt aus)\b"
    # "… is <name>, she lives at …": the pronoun that stands for the name (values-v18)
    r"|\s*,\s+(?:he|she|they|who|er|sie|der|die)\s+(?:lives|wohnt|lebt)\b)"
)
HEISST_NAME = re.compile(
    rf"\bhei(?:ßt|ss?t)\s+"
    rf"(?:(?:übrigens|eigentlich|wohl|angeblich)\s+)?{_TITLE}(?P<name>{_FULL_NAME})"
    r"(?=\s*(?:[,.;!]|$|\s+(?:und|aus|von)\b))"
)
# "das heißt" is "that is", "es heißt" "it says": no one is named after them. (Checked after a
# match: look-behinds before the verb cost a test at every position of the text.)
THAT_IS_BEFORE = re.compile(r"\b(?:das|Das|es|Es)\s$")
THAT_IS_BEFORE_HEISST = re.compile(r"\b(?:das|Das|es|Es|dies|was)\s$")
HOME_CUES = ("from", "aus", " of ", "lives", "wohnt", "lebt")
HOME_OF = re.compile(r"['\u2019]s\s+(?:place|house|home|flat|address)\s+(?:at|is|on|in)\s+\d")
# Someone's home given as theirs: "that's <name>'s place at 12 …" (personal-v16).
NAME_HOME_AT = re.compile(
    rf"(?<![\w'\u2019])(?P<name>{_FULL_NAME})['\u2019]s\s+(?:place|house|home|flat|address)"
    r"\s+(?:at|is|on|in)\s+(?=\d)"
)
# A date of birth in a German compound that names it: "Ihre Geburtsangabe 02.11.1989",
# "Geburtsjahr und -datum: …" (not the party or discount of a "Geburtstags-" compound).
BIRTH_COMPOUND_DE = re.compile(
    r"(?i)\bgeburts(?!tags)\w*\b[^.!?\n]{0,40}?(?<![\d/.-])"
    r"(?P<date>\d{1,2}\.\s?\d{1,2}\.\s?(?:19|20)\d\d)\b"
)
# A Spanish, Portuguese or Italian street written the English way, the house number first:
# "14 Calle Sierpes, 3ºB, 41004 Sevilla" (floor and door, then a five-digit postcode and town).
ADDRESS_PATTERNS_V16 = (
    re.compile(
        r"\b\d{1,4}[A-Za-z]?,?\s+(?:Calle|C/|Avenida|Avda\.|Paseo|Plaza|Carrer|Rua|Avenida|Via"
        r"|Viale|Piazza|Corso|Travessa|Largo)\s+(?:(?:de|del|della|di|da|do|dos|das|la|las|los)\s+)*"
        r"[A-ZÀ-Ý][\w'\u2019-]+(?:\s+[A-ZÀ-Ý][\w'\u2019-]+){0,3}"
        r"(?:,\s*\d{1,2}\s?[º°ª]\s?[A-Za-z]?)?(?:,\s*\d{5}\s+[A-ZÀ-Ý][\w'\u2019-]+)?"
    ),
)
# What no one lives at: a form's placeholder ("Max Mustermann, Musterstraße 1, 12345
# Musterstadt", "Jane Doe, 1 Example Street") and a public venue named with an article right
# before its address ("the tasting is at the MAK, Stubenring 5", "findet im MAK statt, …",
# "venue: Wijnbar De Kelder, Prinsengracht 212").
# Two such words in the finding, or one where the sentence says it is an example: a form's
# made-up customer may share a word with a real one ("Musterweg 5a, 80331 München" is a street).
PLACEHOLDER_WORDS = re.compile(r"(?i)\bmuster|\bexample\b|\bsample\b|\bdoe\b")
EXAMPLE_SAID = re.compile(
    r"(?i)placeholder|example|sample|dummy|fictional|made[ -]up|beispiel|platzhalter|fiktiv"
    r"|\bmuster\w*(?<!mann)\b|erfunden"
)
VENUE_BEFORE = re.compile(
    r"(?:\b(?:at|in) the|\b(?:im|beim|ins)|\b(?i:venue|veranstaltungsort|location)\s*:)"
    r"\s+(?:[A-Z][\w'\u2019&.-]*\s+){0,3}[A-Z][\w'\u2019&.-]*(?:\s+statt)?\s*,\s*$"
)


# The venue's own name after the same words: no person is "at the …" or "im …".
VENUE_NAME_BEFORE = re.compile(
    r"(?:\b(?:at|in) the|\b(?:im|beim)|\b(?i:venue|veranstaltungsort|location)\s*:)\s*$"
)


def _placeholder_or_venue(text: str, hit: Hit) -> bool:
    if hit.message is not ADDRESS_MESSAGE and hit.message is not NAME_MESSAGE:
        return False
    marks = len(PLACEHOLDER_WORDS.findall(text, hit.start, hit.end))
    if marks >= 2:
        return True
    if marks:
        around = text[: hit.start] + " " * (hit.end - hit.start) + text[hit.end :]
        if EXAMPLE_SAID.search(_sentence_of(around, hit.start)):
            return True
    if hit.message is NAME_MESSAGE:
        return bool(VENUE_NAME_BEFORE.search(text, max(0, hit.start - 30), hit.start))
    return hit.message is ADDRESS_MESSAGE and bool(
        VENUE_BEFORE.search(text, max(0, hit.start - 60), hit.start)
    )


def _v16(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    if len(lowered) != len(text):
        return hits
    names = []
    if " name " in lowered or "called" in lowered or "named" in lowered:
        names += [m.span("name") for m in NAME_SAID.finditer(text) if _a_name(m.group("name"))]
    if any(cue in lowered for cue in HOME_CUES):
        names += [
            m.span("name")
            for m in NAME_WITH_HOME.finditer(text)
            if _a_name(m.group("name"))
            and not THAT_IS_BEFORE.search(text, max(0, m.start() - 5), m.start())
        ]
    if "heißt" in lowered or "heist" in lowered or "heisst" in lowered:
        names += [
            m.span("name")
            for m in HEISST_NAME.finditer(text)
            if _a_name(m.group("name"))
            and not THAT_IS_BEFORE_HEISST.search(text, max(0, m.start() - 6), m.start())
        ]
    for home in HOME_OF.finditer(lowered) if "s " in lowered else ():
        name = NAME_HOME_AT.search(text, max(0, home.start() - 60), home.end())
        if name and _a_name(name.group("name")):
            names.append(name.span("name"))
    hits += [Hit(KIND, start, end, NAME_MESSAGE, NAME_SUGGESTION) for start, end in set(names)]
    if "geburts" in lowered:
        for match in BIRTH_COMPOUND_DE.finditer(text):
            year = int(match.group("date")[-4:])
            if 1900 <= year < timezone.localdate().year:
                hits.append(Hit(KIND, *match.span("date"), DOB_MESSAGE, SUGGESTION))
    return hits


# --- Health told by a third person's possessive (values-v18, issue 13) -------------------------
# "wegen ihrer Diabetes", "nach ihrer Katarakt-OP", "seit seiner Herzoperation": a condition or
# an operation that belongs to someone else (lower-case "ihrer"/"seiner": the formal "Ihrer"
# speaks to the reader).
HEALTH_OF_THEIRS_DE = re.compile(
    r"\b(?:[Ww]egen|[Nn]ach|[Ss]eit|[Vv]or|[Tt]rotz|[Bb]ei)\s+(?:ihrer|seiner|ihrem|seinem|ihres"
    r"|seines)\s+(?:[\w-]+\s+)?(?i:(?:diabetes|demenz|alzheimer|parkinson|krebs|epilepsie"
    r"|asthma|depression(?:en)?|schlaganfall|herzinfarkt|rheuma|arthrose|tinnitus|h\u00f6rsturz"
    r"|migr\u00e4ne|chemo(?:therapie)?|schwangerschaft|fehlgeburt|behinderung)\b"
    r"|[\w-]*(?:-op|operation|erkrankung|krankheit|allergie|unvertr\u00e4glichkeit)\b)"
)


def _v18(text: str) -> list[Hit]:
    if "ihre" not in text and "seine" not in text:
        return []
    return [
        Hit(KIND, *match.span(), HEALTH_MESSAGE, PRIVATE_LIFE_SUGGESTION)
        for match in HEALTH_OF_THEIRS_DE.finditer(text)
    ]


# --- Values laid out by new writers; the reader's own condition (values-v19, issue 13) -----------
# An e-mail address typed with gaps around its "@" and dots: "t.brannagh @ mailbox .net".
SPACED_EMAIL = re.compile(
    r"(?<![\w@.])[\w.+-]{2,40} @ [\w-]{2,40}(?:\s?\.\s?[\w-]{2,20})*\s?\.\s?"
    r"(?:com|net|org|de|at|ch|ie|uk|fr|es|it|nl|be|eu|io|co|info|edu|gov)(?![\w.@-])"
)
# An address whose town comes before its postcode, at the end of its parts, as in Turkey,
# Thailand or the US: "Lale Sokak No: 18 D:4, Moda 34710 Istanbul", "41/7 Soi Rattanakul 3,
# Bang Rak Nuea, Chonburi 20130", "12 Elm Row, Apt 4, Dayton, OH 45409". A first part with the
# house's number, up to two named parts, then the town and a postcode of five or six digits.
_UPPER = "A-Z\u00c0-\u00de\u0130\u015e\u011e\u0141\u015a\u017b"
_PLACE_WORD = rf"[{_UPPER}][^\W\d_]+(?:-[^\W\d_]+)?"
TOWN_POSTCODE_ADDRESS = re.compile(
    rf"(?<![\w/])(?:\d{{1,4}}(?:/\d{{1,4}})?[A-Za-z]?\s+{_PLACE_WORD}(?:\s+(?:{_PLACE_WORD}|\d{{1,4}}))"
    rf"{{0,4}}|{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}\s+(?:No[.:]?\s*)?\d{{1,4}}[A-Za-z]?"
    r"(?:\s+[A-Z][a-z]?[.:]\s?\d{1,4})?)"
    rf"(?:,\s*{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}){{0,2}},\s*"
    rf"{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,2}}\s+\d{{5,6}}(?:\s+{_PLACE_WORD})?(?![\w-])"
)


# An address laid out as a block, the continental way: the street and its number on one line,
# the postcode and the town on the next ("Lindenhofstraße 4" / "8010 Graz", "Calle de los
# Olmos 9, 2º A" / "29600 Almuñécar"); a bare name on the line above is the person who lives there.
ADDRESS_BLOCK = re.compile(
    rf"(?:^|\n)[ \t]*(?P<name>{_FULL_NAME}[ \t]*\n[ \t]*)?(?P<street>{_PLACE_WORD}"
    rf"(?:[ \t]+(?:{_PLACE_WORD}|de|del|della|di|da|do|dos|la|le|van|von|am|an|im|auf))*"
    r"[ \t]+\d{1,4}[a-z]?(?:[ \t]*[,/][ \t]*[\w\u00ba\u00aa./ ]{1,12})?)[ \t]*\n[ \t]*"
    rf"(?P<town>(?:[A-Z]{{1,2}}-)?\d{{4,5}}[ \t]+{_PLACE_WORD}(?:[ \t]+{_PLACE_WORD})?)"
    r"[ \t]*(?=\n|$)"
)
NOT_A_NAME_LINE = re.compile(
    r"(?i)^(?:kind|best|warm|many|with|freundliche|liebe|viele|beste|herzliche|mit|sch\u00f6ne"
    r"|dear|hello|hallo|hi|guten|sehr)\b"
)
OURS_IN_LINE_BEFORE = re.compile(r"(?i)\b(?:our|unser\w*)\b[^!?\n]{0,110}$")


def _v19(text: str, public_addresses: frozenset[str]) -> list[Hit]:
    hits: list[Hit] = []
    if " @ " in text:
        hits += [
            Hit(KIND, *match.span(), EMAIL_MESSAGE, SUGGESTION)
            for match in SPACED_EMAIL.finditer(text)
        ]
    if "\n" in text:
        for match in ADDRESS_BLOCK.finditer(text):
            hit = Hit(KIND, match.start("street"), match.end("town"), ADDRESS_MESSAGE, SUGGESTION)
            if _public_address(text, hit, public_addresses) or OURS_IN_LINE_BEFORE.search(
                text, max(0, hit.start - 120), hit.start
            ):
                continue
            hits.append(hit)
            name = match.group("name")
            if name and not NOT_A_NAME_LINE.match(name) and _a_name(name.strip()):
                start = match.start("name")
                hits.append(Hit(KIND, start, start + len(name.strip()), NAME_MESSAGE,
                                NAME_SUGGESTION))  # fmt: skip
    if "," in text:
        for match in TOWN_POSTCODE_ADDRESS.finditer(text):
            hit = Hit(KIND, *match.span(), ADDRESS_MESSAGE, SUGGESTION)
            if OURS_IN_LINE_BEFORE.search(text, max(0, match.start() - 120), match.start()) or (
                _own_premises(text, match.start()) or _public_address(text, hit, public_addresses)
            ):
                continue  # "our head office address: …, New York, NY 10018"
            hits.append(hit)
    return hits


# The reader's own condition said back to them: "thank you for letting us know about your ear
# infection", "your medical form shows asthma", "nobody's judging your asthma". A reply tells
# the reader what they told it; it discloses no one else's health. A relative's ("your son's
# asthma"), a detail with a number in its sentence (a date, a dose, a reading), or a diagnosis,
# a prescription, a procedure or a stay in hospital named ("your early-onset … diagnosis",
# "your knee replacement") stays.
YOUR_OWN = re.compile(
    r"(?i)your\s+(?!(?:[\w-]+'s|son|daughter|kids?|child(?:ren)?|husband|wife|partner|mother"
    r"|father|mum|mom|dad|baby|brother|sister|parents?|family|friend|grand\w+|boy|girl|little"
    r"|neighbou?r|colleague|guest|dog|cat|pet)\b)"
)


RECORDED_CARE = re.compile(
    r"(?i)diagnos|prescri|hospital|surgery|operation|treatment|therapy|clinic|\bmg\b|results?\b"
    # a procedure is a record of care too: "your knee replacement", "your bypass"
    r"|replacement|transplant|bypass|biopsy|\bscan|ectomy|otomy|chemo|radiotherapy|dialysis"
)


def _your_own_condition(text: str, hit: Hit) -> bool:
    if hit.message is not HEALTH_MESSAGE or not YOUR_OWN.match(text, hit.start):
        return False
    sentence = _sentence_of(text, hit.start)
    return not any(c.isdigit() for c in sentence) and not RECORDED_CARE.search(sentence)


# The reader's own news thanked for in a letter to them: "Dear Mr Ferreira, Thank you for
# letting us know about Tomás's nut allergy", "… that your father has passed away" — what they
# told us, acknowledged back to them alone, not a detail of someone else's made public
# (english-alarms-v26, session 31: over every read English writer, no health or private-life
# item stands in such a sentence). A reply that is not a letter may be public: "Thanks for
# telling us you're expecting twins" stays personal data (test_personal_v9).
LETTER_OPENING = re.compile(r"\s*Dear\b")
THANKED_FOR_TELLING = re.compile(
    r"(?i)\b(?:thank you|thanks|thank u)(?: (?:so|very) much)? for (?:letting us know|telling us"
    r"|informing us|sharing|letting me know|telling me)(?: (?:about|that|of))?\b[^.!?\n]*$"
)


def _told_us_by_the_reader(text: str, hit: Hit) -> bool:
    if hit.message is not HEALTH_MESSAGE and hit.message is not CIRCUMSTANCE_MESSAGE:
        return False
    if not LETTER_OPENING.match(text):
        return False
    begins = max(text.rfind(c, 0, hit.start) for c in ".!?\n") + 1
    return bool(THANKED_FOR_TELLING.search(text, begins, hit.start))


# --- Values by form (values-v16, session 29) -------------------------------------------------

# A person named with a title ("Frau Anna Beispiel", "Mr Tom Example") or in quotes (a "Jo
# Sample" with booking …), in the same sentence as a record's reference: a customer tied to their
# order, booking or case, however far apart the two stand in the sentence ("Grüße an Frau …,
# die zur Auftragsnummer PV-481206 geschrieben hat"). The title or the quotes say the words are a
# person's name; the reference says whose record it is.
TITLED_OR_QUOTED_NAME = re.compile(
    rf"(?<![\w-])(?:Mr|Mrs|Ms|Miss|Mx|Dr|Herrn|Herr|Frau)\.?\s+(?P<titled>{_FULL_NAME})"
    rf"|(?<=[\"\u201e\u201c\u00ab])(?P<quoted>{_FULL_NAME})(?=[\"\u201c\u201d\u00bb])"
)
RECORD_REFERENCE = re.compile(
    # a reference in parts: "AB-330017", "FM-2025-122318", "LF-G-219944"
    r"(?<![\w-])(?=[A-Z0-9-]*\d)[A-Z]{1,5}(?:-[A-Z0-9]{1,10}){1,3}(?![\w-])"
    # or a record's name and its number: "order 4471 2290", "Auftragsnummer 4 006 218"
    r"|(?i:\b(?:order|booking|ref(?:erence)?|account|customer|member(?:ship)?|case|claim|policy"
    r"|ticket|contract|invoice|buchung|bestellung|auftrag|vorgang|vertrag|rechnung|\w*nummer"
    r"|\w*nr\.?)\s*(?:no\.?|number|nr\.?|#|:)?\s*)\d[\d -]{3,}\d"
)
# A title's dot ("Mr.", "Dr.") and a number's ("Nr.", "No.") do not end the sentence.
NAME_SENTENCE_STOP = re.compile(
    r"(?<!\d)(?<![Nn][rRoO])(?<!\bMr)(?<!\bMrs)(?<!\bMs)(?<!\bDr)(?<!\bHr)(?<!\bFr)[.!?](?=\s|$)"
    r"|\n"
)


@functools.lru_cache(maxsize=8)
def _sentences(text: str) -> tuple[tuple[int, int], ...]:
    """The text's sentences, split once for every name whose sentence is asked about."""
    starts = [0, *(stop.end() for stop in NAME_SENTENCE_STOP.finditer(text))]
    return tuple(zip(starts, [*starts[1:], len(text)], strict=True))


def _names_beside_a_reference(text: str) -> list[Hit]:
    """The names first (few drafts hold a title or a quoted name), then a reference in each
    one's sentence: a scan of every sentence for a reference costs ten times more."""
    hits: list[Hit] = []
    for match in gates.finditer(TITLED_OR_QUOTED_NAME, text):
        group = "titled" if match.group("titled") else "quoted"
        words = match.group(group).split()
        if (
            words[0] in NOT_A_FIRST_NAME
            or words[-1] in NOT_A_FIRST_NAME
            or any(word in NOT_A_NAME_WORD or word in JOB_TITLE_WORDS for word in words)
        ):
            continue
        start, end = _sentence_bounds(text, match.start())
        if match.end(group) <= end and RECORD_REFERENCE.search(text, start, end):
            hits.append(Hit(KIND, *match.span(group), NAME_MESSAGE, NAME_SUGGESTION))
    return hits


# A list of people's numbers under a line that names the number: "Passport numbers of the
# group:" / "- Anna Beispiel: K7M2Q81TZ". Each line gives a name (or any label) and, after a
# colon, the value alone.
LISTED_VALUE = re.compile(
    r"[ \t]*(?:[-\u2013\u2022*]|\d{1,2}[.)])?[ \t]*[^:\n]{1,50}:[ \t]*"
    r"(?P<value>(?=[A-Z0-9 ./-]*\d)[A-Z0-9](?:[A-Z0-9]|[ ./-](?=[A-Z0-9])){5,20})[ \t]*(?:\n|$)"
)


def _listed_ids(text: str) -> list[Hit]:
    hits: list[Hit] = []
    lowered = text.lower()
    for word in gates.finditer(ID_WORD_LOWER, lowered):
        line_end = text.find("\n", word.end())
        if line_end < 0 or not text[word.end() : line_end].rstrip().endswith(":"):
            continue
        at = line_end + 1
        while (match := LISTED_VALUE.match(text, at)) is not None:
            value = match.group("value")
            if sum(c.isdigit() for c in value) >= 6 or _mixed_id(value):
                hits.append(Hit(KIND, *match.span("value"), ID_MESSAGE, SUGGESTION))
            at = match.end()
    return hits


# A date of birth written as eight digits, day, month and year without points ("ohne Punkte,
# also 02041975", "is 19111968, that's your date of birth"), in a sentence that speaks of birth.
EIGHT_DIGIT_DATE = re.compile(
    r"(?<![\d.,/-])(?P<day>[0-3]\d)(?P<month>[01]\d)(?P<year>(?:19|20)\d\d)(?![\d.,/-]\d|\d)"
)


def _dates_in_eight_digits(text: str, lowered: str) -> list[Hit]:
    hits: list[Hit] = []
    for match in EIGHT_DIGIT_DATE.finditer(text):
        day, month, year = (int(match.group(g)) for g in ("day", "month", "year"))
        if not (1900 <= year <= timezone.localdate().year - 12 and 1 <= month <= 12):
            continue
        if not 1 <= day <= calendar.monthrange(year, month)[1]:
            continue
        start, end = _sentence_bounds(text, match.start())
        if BIRTH_WORDS.search(text, start, end) or BIRTH_WORDS_MORE.search(lowered, start, end):
            hits.append(Hit(KIND, *match.span(), DOB_MESSAGE, SUGGESTION))
    return hits


def _sentence_bounds(text: str, at: int) -> tuple[int, int]:
    return next((s, e) for s, e in _sentences(text) if s <= at < e or e == len(text))


def _values_v16(text: str) -> list[Hit]:
    hits: list[Hit] = []
    if any(c.isupper() for c in text):
        hits += _names_beside_a_reference(text)
    if "\n" in text and ":" in text:
        hits += _listed_ids(text)
    if EIGHT_DIGIT_DATE.search(text):
        lowered = text.lower()
        if len(lowered) == len(text):
            hits += _dates_in_eight_digits(text, lowered)
    return hits
