"""Goodwill measured against the company's allowance (issue 13): "I've added a £10 credit" is
within a policy of "goodwill credit up to £25", "I'll credit you £200" or "three free months"
is a commitment beyond it. The allowance is configuration (the guidance settings' goodwill
page, `GoodwillLimit` rows): amounts in currencies, and units ("1 free month", "15 credits").

Two things are read here, in English and German:

* a limit as an operator writes it ("£25", "EUR 30", "30 CHF", "1 free month of Plus",
  "500 Embers", "zwei Freikarten"), `parse_limit`;
* the goodwill a draft offers: an amount of an allowance currency with the goodwill said
  ("goodwill", "for the trouble", Kulanz, "für den Ärger") or someone on our side giving
  credit ("I've added a £10 credit", "Ich habe Ihnen 50 € gutgeschrieben"), or a number of the
  allowance's units given ("three free months", "zwei Gratismonate"). Not goodwill: a refund
  (a full refund within the return window), a fee charged, refunded or waived (on the read
  sets such fee refunds were policy far more often than goodwill), a balance, a price, credit
  the contract or the terms owe, the customer's own voucher; nor a clause that declines.

`apply` then drops the legal-risk hits that are only about an offer within the allowance and
adds one for an offer above it. Without an allowance nothing changes."""

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.utils.translation import gettext_noop

from openline.guidance.limit_words import limit_words

from .base import Hit, Phrase

KIND = "legal_risk"

# Written forms of a currency, longest first where one begins another ("US$" before "$").
SYMBOLS: dict[str, str] = {
    "US$": "USD", "CA$": "CAD", "AU$": "AUD", "NZ$": "NZD", "SG$": "SGD", "HK$": "HKD",
    "GH₵": "GHS", "C$": "CAD", "A$": "AUD", "S$": "SGD", "£": "GBP", "€": "EUR", "$": "USD",
    "₹": "INR", "¥": "JPY", "₦": "NGN", "R": "ZAR",
}  # fmt: skip
CODES = (
    "GBP", "EUR", "USD", "CHF", "AUD", "CAD", "NZD", "SGD", "HKD", "INR", "JPY", "ZAR", "AED",
    "NGN", "GHS", "SEK", "NOK", "DKK", "PLN", "CZK",
)  # fmt: skip
# Currency words after the number ("40 euros", "30 Franken", "20 quid").
WORDS: dict[str, str] = {
    "euro": "EUR", "euros": "EUR", "franken": "CHF", "pound": "GBP", "pounds": "GBP",
    "quid": "GBP", "pfund": "GBP", "dollar": "USD", "dollars": "USD", "rupees": "INR",
}  # fmt: skip

_NUMBER = r"\d{1,3}(?:[,.'\u202f ]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_SYMBOL = "|".join(re.escape(s) for s in sorted(SYMBOLS, key=len, reverse=True) if s != "R")
_CODE = "|".join(CODES)
_WORD = "|".join(WORDS)
MONEY = re.compile(
    rf"(?:(?P<sym>{_SYMBOL})|\b(?P<code>{_CODE})\s?|(?<![\w$])(?P<rand>(?-i:R))(?=\d))\s?(?P<n1>{_NUMBER})"
    rf"(?:[.,]-)?(?![\d%])"
    # Session 35: an amount as the first part of a German compound, "60-€-Gutschein",
    # "50-Euro-Gutschrift", "20-CHF-Gutschein" (the hyphen only before a euro or franc).
    rf"|(?<![\w.,])(?P<n2>{_NUMBER})(?:,-|-(?=€|(?-i:Euro|EUR|CHF|Franken)\b))?\s?"
    rf"(?:(?P<sym2>€|£|\$)|(?P<code2>{_CODE})\b"
    rf"|(?P<word>{_WORD})\b)",
    re.IGNORECASE,
)

DOLLARS = frozenset({"USD", "CAD", "AUD", "NZD", "SGD", "HKD"})
_DIGITS = re.compile(r"\d(?:[\d,.'\u202f ]*\d)?")


def money_matches(text: str) -> list[re.Match[str]]:
    """MONEY's matches, the same as `MONEY.finditer(text)` gives, searched only from 10
    characters before each run of digits to 16 after it (an amount begins at most 5 before its
    digits and ends at most 11 after them): MONEY tried at every character of a 2 KB draft
    cost ~0.4 ms of CPU."""
    windows: list[list[int]] = []
    for run in _DIGITS.finditer(text):
        start, end = max(0, run.start() - 10), min(len(text), run.end() + 16)
        if windows and start <= windows[-1][1]:
            windows[-1][1] = end
        else:
            windows.append([start, end])
    return [match for start, end in windows for match in MONEY.finditer(text, start, end)]


NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "another": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
    "zwölf": 12, "a couple of": 2, "a few": 3,
}  # fmt: skip
_QUANTITY = r"\d{1,3}(?:,\d{3})+|\d+(?:[.,]\d+)?|" + "|".join(
    sorted((re.escape(w) for w in NUMBER_WORDS), key=len, reverse=True)
)
# Words beside a unit that say it is given, not sold: dropped from the unit's name.
_FREE_WORDS = {
    "free", "extra", "bonus", "complimentary", "additional", "kostenlose", "kostenlosen",
    "kostenloser", "kostenlos", "gratis", "zusätzliche", "zusätzlichen", "geschenkte",
}  # fmt: skip
# Periods, in either language, under one name: "1 free month" covers "drei Gratismonate".
PERIODS: dict[str, str] = {
    "month": "month", "months": "month", "monat": "month", "monate": "month",
    "monaten": "month", "gratismonat": "month", "gratismonate": "month", "freimonat": "month",
    "freimonate": "month", "week": "week", "weeks": "week", "woche": "week", "wochen": "week",
    "year": "year", "years": "year", "jahr": "year", "jahre": "year",
}  # fmt: skip


@dataclass(frozen=True)
class Limit:
    """One line of the allowance: an amount of a currency (`currency` set) or a number of a
    unit ("month", "day pass", "ember")."""

    amount: Decimal
    currency: str = ""
    unit: str = ""

    def __str__(self) -> str:
        return str(self.in_words())

    def in_words(self) -> Phrase:
        """ "GBP 25", "1 free month", "3 free months" in the reader's language, as the settings
        page reads the line (`limit_words`)."""
        msgid, params = limit_words(self.amount, self.currency, self.unit)
        return Phrase(msgid, **params)


@dataclass(frozen=True)
class Allowance:
    """The most goodwill an agent may give, per currency and per unit."""

    money: tuple[tuple[str, Decimal], ...] = ()
    units: tuple[tuple[str, Decimal], ...] = ()
    shown: tuple[str, ...] = field(default=(), compare=False)

    @classmethod
    def build(cls, limits: Iterable[tuple[Limit, str]]) -> "Allowance":
        """From (limit, as the operator wrote it); two limits of a currency: the higher."""
        money: dict[str, Decimal] = {}
        units: dict[str, Decimal] = {}
        shown = []
        for limit, written in limits:
            into, key = (money, limit.currency) if limit.currency else (units, limit.unit)
            into[key] = max(into.get(key, Decimal(0)), limit.amount)
            shown.append(written)
        return cls(tuple(sorted(money.items())), tuple(sorted(units.items())), tuple(shown))

    def __bool__(self) -> bool:
        return bool(self.money or self.units)

    def in_words(self) -> str:
        return " / ".join(self.shown)


def parse_number(text: str) -> Decimal | None:
    """ "1,500" and "1.500" are thousands, "12,50" and "12.50" a decimal amount."""
    text = text.strip().replace("\u202f", "").replace("'", "").replace(" ", "")
    if text.lower() in NUMBER_WORDS:
        return Decimal(NUMBER_WORDS[text.lower()])
    if re.fullmatch(r"\d{1,3}(?:[,.]\d{3})+", text):
        text = re.sub(r"[,.]", "", text)
    elif re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d{1,2}", text):
        text = text.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d{1,2}", text):
        text = text.replace(".", "").replace(",", ".")
    else:
        text = text.replace(",", ".")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def money_at(match: re.Match[str]) -> tuple[str, Decimal] | None:
    """The currency and amount a MONEY match names."""
    written = match["n1"] or match["n2"]
    amount = parse_number(written)
    if amount is None:
        return None
    if match["sym"] or match["sym2"]:
        currency = SYMBOLS[(match["sym"] or match["sym2"]).upper()]
    elif match["code"] or match["code2"]:
        currency = (match["code"] or match["code2"]).upper()
    elif match["rand"]:
        currency = "ZAR"
    else:
        currency = WORDS[match["word"].lower()]
    return currency, amount


def unit_name(words: str) -> str:
    """ "free months of Plus" → "month", "day passes" → "pass", "Embers" → "ember",
    "Freikarten" → "freikarte": the allowance's unit and a draft's are compared by the head
    noun, the last word before "of", "for" or a bracket, in the singular."""
    words = re.split(r"\s+(?:of|for|per|für|pro|im|in|der|des|at|on|or|oder)\b|[(,;:/]",
                     words.lower())[0]  # fmt: skip
    kept = [w for w in re.findall(r"[^\W\d][\w+-]*", words) if w not in _FREE_WORDS]
    kept = [w for w in kept if w not in _NOT_UNITS] or kept
    periods = [PERIODS[w] for w in kept if w in PERIODS]
    if periods:  # "ein Gratismonat MK+", "one free month of Plus"
        return periods[0]
    return _singular(kept[-1])[:40] if kept else ""


# Words after a unit that are not it ("5 GB extra data", "5 Essen Gutschrift").
_NOT_UNITS = {"credit", "gutschrift", "voucher", "gutschein", "data", "value", "wert"}


def _singular(word: str) -> str:
    if word in PERIODS:
        return PERIODS[word]
    for plural, single in (("sses", "ss"), ("shes", "sh"), ("ches", "ch"), ("xes", "x")):
        if word.endswith(plural):
            return word[: -len(plural)] + single
    if word.endswith("s") and not word.endswith("ss") and len(word) > 3:
        return word[:-1]
    if word.endswith("en") and len(word) > 5:  # Freikarten, Zusatzminuten
        return word[:-1]
    if word.endswith("e") and word[:-1] in _GERMAN_PLURAL_E:  # Gratislose
        return word[:-1]
    return word


_GERMAN_PLURAL_E = {"gratislos", "los", "freilos", "gratismonat", "freimonat"}

_LIMIT_UNIT = re.compile(rf"^(?:up to |bis (?:zu )?|at most )?(?P<q>{_QUANTITY})\s+(?P<rest>.+)$")


def parse_limit(line: str) -> Limit | None:
    """One allowance line, or None when it names no amount: "£25", "EUR 30", "30 €", "1 free
    month", "15 credits", "one free day pass", "zwei Freikarten"."""
    line = " ".join(line.split()).strip(" .;")
    line = re.sub(r"^(?:up to|at most|bis(?: zu)?|höchstens|maximal)\s+", "", line, flags=re.I)
    if not line:
        return None
    money = MONEY.fullmatch(line) or MONEY.fullmatch(line.upper())
    if money:
        found = money_at(money)
        return Limit(found[1], currency=found[0]) if found else None
    unit = _LIMIT_UNIT.match(line.lower())
    if unit:
        amount = parse_number(unit["q"])
        name = unit_name(unit["rest"])
        head = re.split(r"\s+(?:of|for|für|im)\s|[(]", unit["rest"])[0].split()
        if amount is not None and name and len(head) <= 4 and not MONEY.search(unit["rest"]):
            return Limit(amount, unit=name)
    return None


# --- the goodwill a draft offers ----------------------------------------------------------------

# Goodwill said as such: the word, or what it is for ("for the trouble", "für den Ärger").
GOODWILL = re.compile(
    r"\b(?:goodwill|gestures?|as an apology|by way of (?:an )?apology|to apologi[sz]e"
    r"|for the (?:trouble|hassle|inconvenience|wait|delay|bother|frustration|mix-up|mess)"
    r"|for your (?:trouble|patience|inconvenience|time)|to make up for|make it up to you"
    r"|on us|on the house|as a thank[- ]you"
    r"|kulanz\w*|entgegenkommen|als entschuldigung|wiedergutmachung|obendrauf"
    r"|für (?:den|die|das|Ihre|deine) (?:ärger|umstände|unannehmlichkeit\w*|warten|wartezeit"
    r"|lange wartezeit|mühe|aufwand|verzögerung|geduld)"
    r"|(?:lege|legen) (?:ich|wir)?\s*(?:Ihnen |dir |euch )?(?:noch )?[^.!?;]{0,50}? drauf)\b",
    re.IGNORECASE,
)
# Someone on our side giving credit: "I've added a £10 credit", "we'll give you $150 in account
# credit", "I'll credit you £200", "Ich habe Ihnen 500 € gutgeschrieben", "Sie bekommen 100 €
# Gutschrift".
GIVING = re.compile(
    r"\b(?:(?:I|we)(?:'ve| have|'ll| will|'m| am| are|'re|'d| would| can| could| shall)?"
    r"(?: also| just| now| gladly| happily| already| then| instead| personally)?"
    r" (?:add(?:ed|ing)?|credit(?:ed|ing)?|giv(?:e|en|ing)|issu(?:e|ed|ing)|sen(?:d|t|ding)"
    r"|put(?:ting)?|appl(?:y|ied|ying)|top(?:ped|ping)? up|offer(?:ed|ing)?|pop(?:ped)?"
    r"|throw(?:n|ing)? in|load(?:ed)?)"
    r"|you(?:'ll| will)(?: also)? (?:get|receive|have|see)|credit you"
    r"|gutgeschrieben|gutschreiben"
    r"|schreibe\w* (?:ich |wir )?(?:Ihnen |dir |euch )?[^.!?;]{0,40}? gut"
    # Session 35: the separable verb's particle at its clause's end, however far: "Ich schreibe
    # Ihnen für die angetaute Lieferung 40 € Guthaben gut, zusätzlich zur Erstattung".
    r"|schreibe\w* (?:ich |wir )?(?:Ihnen |dir |euch )[^.!?;,]{41,100}? gut(?=\s*(?:[,.!?;]|$))"
    r"|(?:bekommen|erhalten) Sie|Sie (?:bekommen|erhalten)|bekommst du|du bekommst"
    r"|(?:ich|wir) (?:habe|hab|haben) (?:Ihnen|dir|euch)|schenken|spendieren)\b",
    re.IGNORECASE,
)
CREDIT = re.compile(
    r"\b(?:credit|credits|voucher|vouchers|gift ?card|e-?gift|bonus|store credit|account credit"
    r"|gutschrift\w*|gutgeschrieben|gutschreiben|gutschein\w*|guthaben|bonus|gut)\b",
    re.IGNORECASE,
)
# Not goodwill: a refund or a credit the policy or the law owes, a balance, a fee, a price.
OWED = re.compile(
    r"\b(?:refund\w*|reimburs\w*|erstatt\w*|zurück\w*|balance|left|remaining|rest\w*|owed|due"
    r"|entitled|automatic\w*|pro[- ]?rata|anteilig\w*|in total|insgesamt|full amount|credit note"
    r"|statutory|guaranteed standards|fees?|gebühr\w*|\w+gebühr\w*|charges?|price[ds]?|preis\w*"
    r"|costs?|kostet|kosten|worth|wert|valued?|bought|purchased?|gekauft|bestellt|ordered|paid"
    r"|bezahlt|gezahlt|rent|miete|deposit|kaution|each|je|pro|per)\b"
    # The customer's own voucher ("your gift card", "den Gutschein über 29 €").
    r"|\b(?:the|your|den|dem|Ihren|Ihrem|deinen|deinem) (?:\w+ )?(?:gutschein|voucher|gift card"
    r"|geschenkkarte|wertgutschein)\b",
    re.IGNORECASE,
)
# A clause that declines or asks: no offer.
NOT_GIVEN = re.compile(
    r"\b(?:can(?:no|')t|cannot|can not|unable|not able|won't|wouldn't|couldn't|isn't|aren't"
    r"|no longer|not|no|never|nothing|none|nichts|if|whether|asked for|requested|demand\w*"
    r"|policy|allows?|limit"
    r"|maximum|at most|up to|kann (?:ich|wir)|können (?:wir|ich)|nicht|kein\w*|leider|wenn|falls"
    r"|ob|höchstens|maximal|bis zu|verlangt|gefordert|forder\w*)\b",
    re.IGNORECASE,
)
_CLAUSE_STOPS = re.compile(
    r"[.!?;\n]|\s[\u2013\u2014]\s|:\s|\bbut\b|\baber\b|\bhowever\b", re.IGNORECASE
)
# Parts of a clause ("we've refunded your order in full and added £5 credit as an apology").
_PART_STOPS = re.compile(r",\s|\s(?:and|und|(?-i:plus)|dazu|sowie|also|auch)\s", re.IGNORECASE)
# Owed under a contract or for days without the service: the policy's credit, not goodwill.
CONTRACT = re.compile(
    r"\b(?:contract|terms|service standards?|under (?:our|the)|according to|as per|in line with"
    r"|vertrag\w*|bedingungen|agb|gemäß|laut|approved|authori[sz]ed|signed off|genehmigt"
    r"|freigegeben)\b"
    r"|\b(?:for|für|of) (?:the |die |den )?(?:\d+|two|three|four|five|six|seven|zwei|drei|vier"
    r"|fünf|sechs|sieben)(?: full)? (?:days?|nights?|weeks?|tage?n?|nächte|wochen)\b"
    r"|\bdays?'? rent\b",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class Offer:
    start: int  # the words that give it ("and added £250 credit for the trouble")
    end: int
    amount: Decimal
    key: str  # a currency or a unit
    money: bool
    clause: tuple[int, int]  # the clause around them


def _bounds(text: str, start: int, end: int, stops: re.Pattern[str]) -> tuple[int, int]:
    begin = max(0, start - 200)
    for stop in stops.finditer(text, begin, start):
        begin = stop.end()
    after = stops.search(text, end)
    finish = after.start() if after else len(text)
    while begin < start and text[begin].isspace():
        begin += 1
    return begin, finish


_COMMAS = re.compile(r",\s")


def _declined(text: str, start: int, end: int, begin: int, finish: int) -> bool:
    """A negation or a condition in the amount's stretch between commas: "I can't make an
    exception and give you five free tickets"."""
    low, high = _bounds(text, start, end, _COMMAS)
    low, high = max(low, begin), min(high, finish)
    return bool(NOT_GIVEN.search(text, low, start) or NOT_GIVEN.search(text, end, high))


def _given(
    text: str, start: int, end: int, *, unit: bool = False, between: tuple[int, int] = (0, 0)
) -> tuple[int, int, int, int] | None:
    """The clause of text[start:end] when it gives the amount as goodwill, else None. Its words
    are read in its part of the clause, up to the amounts before and after it (`between`):
    "the Kulanz credit of €40 brings it to €840.20" gives €40, not €840.20."""
    begin, finish = _bounds(text, start, end, _CLAUSE_STOPS)
    low, high = _bounds(text, start, end, _PART_STOPS)
    low, high = max(low, begin, between[0]), min(high, finish, between[1] or len(text))
    if _declined(text, start, end, begin, finish):
        return None
    if OWED.search(text, low, high) or CONTRACT.search(text, begin, finish):
        return None
    said = GOODWILL.search(text, low, high) is not None
    giving = GIVING.search(text, low, high) is not None
    if said or (giving and (unit or CREDIT.search(text, low, high))):
        while low < start and text[low].isspace():
            low += 1
        return low, high, begin, finish
    return None


def money_offers(text: str, currencies: frozenset[str]) -> list[Offer]:
    """Amounts of the allowance's currencies given as goodwill."""
    offers = []
    amounts = money_matches(text)
    # A bare "$" is the company's dollar when its allowance has one dollar and not the US one
    # (a Canadian or Australian company writes "$20").
    dollars = [c for c in currencies if c in DOLLARS]
    local = dollars[0] if len(dollars) == 1 and "USD" not in currencies else None
    for at, match in enumerate(amounts):
        found = money_at(match)
        if found is not None and local and (match["sym"] or match["sym2"]) == "$":
            found = (local, found[1])
        if found is None or found[0] not in currencies:
            continue
        before = amounts[at - 1].end() if at else 0
        after = amounts[at + 1].start() if at + 1 < len(amounts) else len(text)
        clause = _given(text, match.start(), match.end(), between=(before, after))
        if clause is not None:
            low, high, begin, finish = clause
            offers.append(Offer(low, high, found[1], found[0], True, (begin, finish)))
    return offers


# Words of measure between a number and a unit: "30 minutes' massage" is one massage.
_MEASURES = (
    r"(?:minutes?|minuten|mins?|hours?|stunden|std|g|kg|gb|mb|ml|l|km|miles?|cm|m|kwh|%|percent"
    r"|prozent)"
)


@functools.lru_cache(maxsize=64)
def _unit_pattern(unit: str) -> re.Pattern[str]:
    """A number of the unit given free: "three free months (of Plus)", "2 months free",
    "zwei Gratismonate", "15 bonus credits", "drei Monate kostenlos"."""
    free = r"(?:free|extra|bonus|complimentary|additional|kostenlose[nr]?|gratis|zusätzliche[n]?)"
    words = unit.split()
    last = re.escape(words[-1])
    head = "".join(re.escape(w) + r"[\s-]+" for w in words[:-1])
    if unit in {"month", "week", "year"}:
        names = {
            "month": r"months?|monat(?:e|en)?|gratismonat(?:e|en)?|freimonat(?:e|en)?",
            "week": r"weeks?|woche(?:n)?",
            "year": r"years?|jahre?",
        }[unit]
        noun = rf"(?:{names})"
        return re.compile(
            rf"\b(?P<q>{_QUANTITY})\s+(?:(?:{free})\s+)?(?P<n>{noun})\b"
            rf"(?P<after>(?:\s+of\s+[\w+-]+(?:\s+[\w+-]+)?)?(?:\s+(?:are|is|will be|sind))?"
            rf"\s+(?:free|on us|on the house"
            rf"|at no (?:cost|charge)|free of charge|kostenlos|gratis|geschenkt|umsonst))?"
            rf"|\b(?P<q2>{_QUANTITY})\s+(?:gratismonat(?:e|en)?|freimonat(?:e|en)?)\b",
            re.IGNORECASE,
        )
    noun = rf"{head}{last}(?:e?s|en|n|e)?"
    # "three free day passes", "one free 45-minute lesson": up to two words before the noun.
    return re.compile(
        rf"\b(?P<q>{_QUANTITY})\s+(?:(?:{free})\s+)?(?:(?!{_MEASURES}\b)[\w-]+\s+){{0,2}}?"
        rf"(?P<n>{noun})\b"
        rf"(?P<after>)(?P<q2>(?!))?",
        re.IGNORECASE,
    )


def unit_offers(text: str, units: Iterable[str]) -> list[Offer]:
    """Numbers of the allowance's units given: "three free months", "200 credits … for the
    trouble", "zwei Gratismonate"."""
    offers = []
    lowered = text.lower()
    for unit in units:
        # Only a text with the unit's word can give it (the pattern costs ~0.3 ms a 2 KB text).
        if not any(word in lowered for word in _UNIT_WORDS.get(unit, (unit,))):
            continue
        for match in _unit_pattern(unit).finditer(text):
            quantity = match["q"] or match["q2"]
            amount = parse_number(quantity) if quantity else None
            if amount is None:
                continue
            free = bool(match["q2"] or match["after"] or _FREE.search(match.group(0)))
            if not free and _WHEN_BEFORE.search(text, max(0, match.start() - 24), match.start()):
                continue  # "an update after the first 5 hours": a time, not hours given
            clause = _given(text, match.start(), match.end(), unit=True)
            if clause is None and free:
                begin, finish = _bounds(text, match.start(), match.end(), _CLAUSE_STOPS)
                low, high = _bounds(text, match.start(), match.end(), _PART_STOPS)
                low, high = max(low, begin), min(high, finish)
                if not _declined(text, match.start(), match.end(), begin, finish):
                    clause = (match.start(), high, begin, finish)
            if clause is not None and (free or unit not in PERIOD_UNITS):
                low, high, begin, finish = clause
                offers.append(Offer(low, high, amount, unit, False, (begin, finish)))
    return offers


# A quantity of the unit that says when, not what is given (session 36): "you'll receive an
# update after the first 5 hours", "within 2 hours", "nach den ersten 5 Stunden".
_WHEN_BEFORE = re.compile(
    r"\b(?:after|within|before|during|every|first|last|next|past|nach|innerhalb|während|ersten"
    r"|letzten|nächsten|alle)\s+(?:the\s+|den\s+|der\s+)?(?:first\s+|last\s+|next\s+)?$",
    re.IGNORECASE,
)
PERIOD_UNITS = frozenset({"month", "week", "year"})
_UNIT_WORDS = {"month": ("month", "monat"), "week": ("week", "woche"), "year": ("year", "jahr")}
_FREE = re.compile(
    r"\b(?:free|complimentary|kostenlos\w*|gratis\w*|frei\w*)\b|gratismonat|freimonat",
    re.IGNORECASE,
)


def offers(text: str, allowance: Allowance) -> list[Offer]:
    currencies = frozenset(c for c, _ in allowance.money)
    found = money_offers(text, currencies) if currencies else []
    if allowance.units:
        found += unit_offers(text, [u for u, _ in allowance.units])
    return sorted(found, key=lambda o: o.start)


OVER_MESSAGE = gettext_noop(
    "More than the goodwill allowance of %(allowance)s: a promise beyond the policy binds the "
    "company and sets what everyone reading will expect."
)
OVER_SUGGESTION = gettext_noop(
    "Offer at most %(limit)s, or ask a team lead before promising more: “I've asked a team "
    "lead whether we can do more.”"
)


def apply(text: str, hits: list[Hit], allowance: Allowance | None) -> list[Hit]:
    """The legal-risk hits of `hits` measured against the allowance: one that lies within a
    clause offering goodwill within it is dropped; words offering more get a hit that names
    the allowance (a legal-risk hit of their clause already there now says so). Without an
    allowance, `hits` unchanged."""
    if not allowance:
        return hits
    found = offers(text, allowance)
    if not found:
        return hits
    limits = dict(allowance.money) | dict(allowance.units)
    over = [o for o in found if o.amount > limits[o.key]]
    within = [o for o in found if o.amount <= limits[o.key]]
    kept = [
        hit
        for hit in hits
        if hit.kind != KIND
        or not any(o.clause[0] <= hit.start and hit.end <= o.clause[1] + 1 for o in within)
        or any(o.clause[0] < hit.end and hit.start < o.clause[1] for o in over)
    ]
    added = []
    for offer in over:
        limit = Limit(limits[offer.key], currency=offer.key if offer.money else "",
                      unit="" if offer.money else offer.key)  # fmt: skip
        message = Phrase(OVER_MESSAGE, allowance=allowance.in_words())
        suggestion = Phrase(OVER_SUGGESTION, limit=limit.in_words())
        covering = [
            at for at, hit in enumerate(kept)
            if hit.kind == KIND and hit.start < offer.end and offer.start < hit.end
        ]  # fmt: skip
        for at in covering:  # already a legal risk of this clause: now it says why
            hit = kept[at]
            if not (offer.clause[0] <= hit.start and hit.end <= offer.clause[1] + 1):
                continue  # about more than the offer: its own message stays
            kept[at] = Hit(KIND, min(hit.start, offer.start), max(hit.end, offer.end),
                           message, suggestion)  # fmt: skip
        if not covering:
            added.append(Hit(KIND, offer.start, offer.end, message, suggestion))
    return sorted([*kept, *added], key=lambda h: (h.start, -h.end))
