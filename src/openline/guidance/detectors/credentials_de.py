"""German credentials stated in prose, read by the sentence's grammar rather than by listed
phrases (personal-v15, issue 13).

A German credential sentence names the credential by a noun whose compound ends in what it is
("Kundenkennwort", "Tür-PIN", "Zugangsnummer", "API-Schlüssel"), then states the value with a
copula ("ist", "lautet", "heißt") after whatever attributes the noun takes — a genitive ("die
PIN der Karte"), a preposition ("der Code fürs Tor"), a relative clause between commas ("das
Passwort, das Sie brauchen, ist …"), a second clause that refers back ("…, es ist …") — and a
particle or an article may stand before the value ("ist übrigens 1990", "ist die 9037"). Or the
value is the goal of a change in the perfect ("das Passwort haben wir auf Wintergarten7
gesetzt"), or digits are keyed in with a separable verb ("tippen Sie 6060 am Tastenfeld ein",
"schalten Sie die Anlage mit 1357 aus").

What a value must look like follows from the noun: a PIN or code is four or more digits (not an
amount, a length or a date), a password or key a token with a digit or a sign in it. Public codes
("Gutscheincode", "Fehlercode", "Postleitzahl") are not credentials.
"""

import re

from django.utils.translation import gettext_noop

# The last element of a compound that names a credential (searched in lower-cased text). A key
# ("Schlüssel") only with a first element that makes it digital: "der Schlüssel liegt im Kasten"
# is a door key.
_WORD_END = r"(?:passw(?:ort|örter)|kennwort|passphrase|losungswort|losung|sicherheitswort)"
_CODE_END = (
    r"(?:pin|pin-code|pincode|code|geheimzahl|geheimnummer|zahlenkombination|kombination"
    r"|zugangsnummer|tan)"
)
_KEY = (
    r"(?:api|wlan|wifi|wi-fi|netzwerk|zugangs|sicherheits|lizenz|produkt|aktivierungs|app"
    r"|token|geheim)-?schlüssel"
)
CREDENTIAL_NOUN = re.compile(
    rf"(?<![\w-])(?P<noun>(?:[\w]+-)*[\w]*?(?:{_WORD_END}|{_CODE_END}|{_KEY}))(?:e?s|n)?(?![\w-])"
)
# The same nouns found by their ending first (a scan for the compound's start at every position
# costs five times as much): the ending, then the compound it closes.
CREDENTIAL_END = re.compile(rf"(?:{_WORD_END}|{_CODE_END}|schlüssel)(?:e?s|n)?(?![\w-])")
# Words that a German sentence has and an English one does not: the module reads German only.
GERMAN_MARKS = (
    " ist ", " und ", " der ", " das ", " die ", " sie ", " lautet", " heißt", " wir ", " den ",
    " von ", " mit ", " für ", " bei ", " auf ", " nicht ", " als ",
)  # fmt: skip
# Compounds whose code anyone may read ("Gutscheincode", "Fehlercode", "QR-Code", "Postleitzahl").
PUBLIC_FIRST = re.compile(
    r"^(?:gutschein|rabatt|aktions|promo|fehler|bestell|buchungs|sendungs|post|länder|strich|bar"
    r"|qr|quell|programm|dress|farb|status|tracking|referenz|produkt|artikel|gutschrift|einlade"
    r"|freundschafts|empfehlungs|bank|blz|iban|such|html|zip|vorwahl|landes|area|steuer|kunden"
    r"|rechnungs|vertrags|auftrags|versand|rückgabe|retouren|retoure|paket|abhol|lieferungs|gäste"
    r"|willkommens|geschenk|bonus|coupon|ean|isbn|lager|teile|modell|serien|zahlungs"
    r"|überweisungs|verwendungs|kassen|vorgangs|ticket|fall|bestätigungs|fahrzeug|kfz|typ|farbe"
    r"|mitglieds|kunden|club|vereins|melde|ausweis)-?"
)
# The copula that states the value, and what may stand between it and the value.
_COPULA = r"(?:ist|lautet|lautete|heißt|hieß|war|bleibt|wäre|lauten|sind)"
_PARTICLE = (
    r"(?:jetzt|nun|übrigens|weiterhin|einfach|ab sofort|vorerst|vorläufig|vorübergehend|aktuell"
    r"|momentan|noch|wieder|also|immer noch|derzeit|zurzeit|bis auf weiteres|wie gehabt|erstmal"
    r"|erst mal|heute|diese woche|solange|übergangsweise|neu|natürlich|wie immer|wie gewohnt"
    r"|die|der|das|folgende[rs]?)"
)
# Quotation marks around a value: straight, English and German ones, guillemets.
_Q = "\"'\u201e\u201c\u201d\u201a\u2018\u2019\u00bb\u00ab"
STATED = re.compile(
    rf"\b{_COPULA}\b(?:\s+{_PARTICLE}\b)*\s*:?\s*[{_Q}]?(?P<value>[^\s{_Q}]{{4,60}})"
)
# The value stated with the pronoun that stands for the noun, after the copula: "… mit einer
# Techniker-PIN gesperrt. Für Ihr Gerät lautet sie 2468" (personal-v16). The pronoun agrees with
# the noun's gender (PRONOUN_OF), so "sie" after "das Passwort" is someone else.
BY_PRONOUN = re.compile(
    rf"\b{_COPULA}\s+(?P<pronoun>sie|er|es)\b(?:\s+{_PARTICLE}\b)*\s*:?\s*[{_Q}]?"
    rf"(?P<value>[^\s{_Q}]{{4,60}})"
)
# A quoted value after adverbs of time or manner written in lower case (in German a noun has a
# capital, so these are no subject or object of their own): "war jahrelang „Zollhof4"",
# "ist seit Jahren …" is not (personal-v16). Searched in the text as written.
STATED_QUOTED = re.compile(
    rf"\b{_COPULA}\b(?:\s+[a-zäöüß]+){{1,2}}\s+[{_Q}](?P<value>[^\s{_Q}]{{4,60}})[{_Q}]"
)
# The copula before the noun, as German puts it when the sentence begins with something else
# (the verb second): "Bei den älteren Steuerungen ist das Werkspasswort für den Servicemodus
# einfach „…"", "Seit Montag lautet die Tür-PIN 4471" (values-v17). The copula and an article
# before the noun, then after it an attribute with a preposition, particles and the value (a
# token with a digit or a sign).
COPULA_BEFORE = re.compile(
    rf"\b{_COPULA}\s+(?:(?:das|die|der|den|dein\w*|ihr\w*|unser\w*|eure?\w*)\s+)?"
    r"(?:[a-zäöüß]+e[nmrs]?\s+)?$"
)
INVERTED_TAIL = re.compile(
    r"(?:\s+(?:für|fürs|von|vom|zum|zur|der|des|im|am|beim|bei|an|auf|in)\b[^,.!?\n:]{1,45}?)?"
    rf"(?:\s+{_PARTICLE}\b)*\s*:?\s*[{_Q}]?"
    rf"(?P<value>(?=[^\s{_Q}]*[\d!#$%&*+=?@^~_])[^\s{_Q}]{{4,60}})"
)
CHANGED_TO = re.compile(
    rf"\bauf\s+[{_Q}]?(?P<value>[^\s{_Q}]{{4,60}}?)[{_Q}]?\s+(?:\w+\s+)?"
    r"(?:gesetzt|geändert|zurückgesetzt|umgestellt|festgelegt|eingestellt|vergeben|angepasst)\b"
)
# What may not stand between the noun and the copula: another thing with a number of its own
# ("das Passwort schicken wir Ihnen, die Bestellnummer ist 4463…"), a sentence's end.
OTHER_NUMBER_BETWEEN = re.compile(
    r"nummer|\bnr\b|datum|betrag|preis|summe|frist|termin|ticket|vorgang|bestellung|rechnung"
    r"|adresse|telefon|konto|iban|postleitzahl|plz|uhr\b|länge|zeichen|stellen|betrag|menge"
    r"|anzahl|punkte|durchwahl|fax\b|handy|mobilnummer|whatsapp"
)
# Another subject for the copula: a clause after a comma, a semicolon or a dash whose subject is
# a noun with its article ("…, die Hotline ist 0800 …"), not a pronoun that refers back ("…, das
# ist aktuell 8826", "…, es ist …") nor a relative clause's "Sie" ("…, das Sie brauchen, ist …").
OTHER_SUBJECT = re.compile(
    r"[,;:\u2013\u2014]\s*(?:und\s+|aber\s+|doch\s+|denn\s+)?(?:der|die|das|den|dem|ein|eine"
    r"|unser\w*|ihr\w*|Ihr\w*|dein\w*|mein\w*)\s+(?:[a-zäöüß][\w-]*\s+)?"
    r"(?!Sie\b|Ihnen\b)[A-ZÄÖÜ][\w-]*\s*$"
)
# A number that is a quantity, a time or a length, not a code: "ist 8 Zeichen lang", "4 Stellen".
UNIT_AFTER = re.compile(
    r"\s*(?:[-\u2011]?\s*(?:stellig|zeichen|stellen|ziffern|minuten|stunden|tage|wochen|monate|jahre"
    r"|uhr|euro|eur|€|%|prozent|mal|versuche|sekunden|kb|mb|gb)\b|[-\u2011]stellig)"
)
# Keyed in with a separable verb, in a sentence about a device or a lock.
KEYED_IN = re.compile(
    r"\b(?:tippen|tippe|tipp|geben|gib|gebt|wählen|wähle|drücken|drücke)\b(?:\s+sie)?\b"
    r"[^.!?\n]{0,40}?(?<![\w.,/-])(?P<value>\d(?:[ -]?[\d#*]){3,9})(?![\w.,/-])"
    r"[^.!?\n]{0,40}?\bein\b"
    r"|\b(?:mit|per)\s+(?:der\s+|dem\s+|code\s+|pin\s+)?(?<![\w.,/-])"
    r"(?P<value2>\d(?:[ -]?[\d#*]){3,9})(?![\w.,/-])\s+(?:\w+\s+)?"
    r"(?:aus|an|ab|auf|frei|scharf|unscharf|entsperren|öffnen|deaktivieren|aktivieren)\b"
    # The verb as one word after the digits: "einfach 4471 eingeben, dann …" (personal-v16)
    r"|(?<![\w.,/-])(?<!\d )(?P<value3>\d(?:[ -]?[\d#*]){3,9})(?![\w.,/-])\s+(?:[^\W\d]\w*\s+)?"
    r"(?:eingeben|eintippen|einzugeben|einzutippen|eingetippt|eingegeben)\b"
)
DEVICE = re.compile(
    r"tastenfeld|tastatur|keypad|terminal|display|schloss|schlösser|tür|tor\b|tresor|safe\b"
    r"|alarm|anlage|schranke|spind|schließfach|box\b|kasten|kassette|gerät|zahlenfeld|panel"
)
# The noun as what the value serves as: "als PIN nehmen Sie 5566". (The value first, the noun as
# the predicate, "Sonnenhut88 ist das neue Passwort", was tried and flagged a clean draft of the
# check set: not shipped, personal-v15.)
AS_THE = re.compile(
    r"\bals\s+(?P<noun>[\w-]*(?:passwort|kennwort|pin|code|geheimzahl|kombination))\s+"
    r"(?:nehmen|nimm|verwenden|verwende|nutzen|nutze|benutzen|benutze|gilt|dient|geben|gib)"
    rf"(?:\s+(?:sie|du|ihr|bitte|einfach|jetzt|ab sofort|vorerst))*\s+[{_Q}]?"
    rf"(?P<value>[^\s{_Q}]{{4,60}})"
)
# A code named with its article and given right after it, in a sentence about a device or a way
# in: "mit dem Code 7391 kommen Sie ins Parkhaus", "bei Eingabe von 2580 öffnet die Schranke".
ARTICLE_CODE = re.compile(
    r"\b(?:mit\s+dem|dem|den|der)\s+(?:\w+-)?(?:code|zahlencode|pin)\s+"
    # A comma or a stop after the code ends the clause ("hat den Code 1937, hat mir …"); one
    # before a digit makes an amount or a date ("1937,50", personal-v16).
    r"(?P<value>\d(?:[ -]?[\d#*]){3,9})(?![\w/-]|[.,]\d)"
    r"|\beingabe\s+(?:von|der|des codes|der pin)\s+(?P<value2>\d(?:[ -]?[\d#*]){3,9})"
    r"(?![\w/-]|[.,]\d)"
)
ACCESS_WORD = re.compile(
    r"kommen sie (?:rein|hinein|ins|in die|in den)|kommst du|\brein\b|öffne|entsperr|aufschließ"
    r"|freischalt|zugang|eingang|einfahrt|parkhaus|garage"
)


def _pronoun_of(noun: str) -> str:
    """The personal pronoun that stands for the credential noun: its gender is its last element's
    ("die Tür-PIN" → sie, "der Zugangscode" → er, "das Kennwort" → es)."""
    if re.search(r"(?:code|schlüssel)$", noun):
        return "er"
    if re.search(r"(?:wort|wörter)$", noun):
        return "es"
    return "sie"


HINTS = ("pass", "kennwort", "losung", "pin", "code", "zahl", "kombination", "nummer", "schlüssel",
         "tan", "tipp", "gib", "geben", "wähl", "drück", "mit ", "per ", "eingabe")  # fmt: skip
SENTENCE_END = re.compile(r"[.!?](?=\s|$)|\n")


def _sentence_end(lowered: str, at: int) -> int:
    found = SENTENCE_END.search(lowered, at)
    return found.start() if found else len(lowered)


def _digits_code(value: str, lowered: str, end: int) -> bool:
    digits = sum(c.isdigit() for c in value)
    if digits < 4 or not value[0].isdigit() or UNIT_AFTER.match(lowered, end):
        return False
    if re.fullmatch(r"(?:19|20)\d\d", value) and re.match(r"\s+\w", lowered[end:]):
        return False  # "ist 2025 erneuert worden": a year, when a word goes on after it
    # Dates, times, amounts: "12.05.2026", "14:30", "1.299,00"
    return not re.search(r"\d[.,:]\d", value) and not re.fullmatch(r"\d{1,2}\.\d{1,2}\.?", value)


def _password_like(value: str) -> bool:
    if len(value) < 6 or "@" in value or "://" in value or value.lower().startswith("www."):
        return False
    if re.fullmatch(r"[\d.,:/-]+", value):
        return len(re.sub(r"\D", "", value)) >= 6 and not re.search(r"\d[.,:/]\d", value)
    has_digit = any(c.isdigit() for c in value)
    has_sign = any(not c.isalnum() and c not in "-.'" for c in value)
    has_letter = any(c.isalpha() for c in value)
    return has_letter and (has_digit or has_sign)


def _value_span(text: str, start: int, end: int) -> tuple[int, int]:
    while end > start and text[end - 1] in ".,;:!?)" + _Q:
        end -= 1
    return start, end


def _sentence_around(lowered: str, start: int, end: int) -> str:
    begins = max(lowered.rfind(". ", 0, start), lowered.rfind("\n", 0, start))
    return lowered[begins + 1 : _sentence_end(lowered, end)]


def _if_credential(
    text: str, lowered: str, noun: str, start: int, end: int
) -> list[tuple[str, int, int]]:
    """The value as the noun says it must look: a password's, or a code's digits."""
    if PUBLIC_FIRST.match(noun) and re.search(r"(?:code|kombination|nummer)$", noun):
        return []
    start, end = _value_span(text, start, end)
    value = text[start:end]
    if re.search(rf"{_WORD_END}|{_KEY}", noun):
        return [(gettext_noop("a password"), start, end)] if _password_like(value) else []
    if _digits_code(value, lowered, end):
        return [(gettext_noop("an access code or PIN"), start, end)]
    return []


def _credential_nouns(lowered: str) -> list[re.Match[str]]:
    """CREDENTIAL_NOUN's matches, each found from its ending."""
    found = []
    for end in CREDENTIAL_END.finditer(lowered):
        start = end.start()
        while start and (lowered[start - 1].isalnum() or lowered[start - 1] in "-_"):
            start -= 1
        noun = CREDENTIAL_NOUN.fullmatch(lowered, start, end.end())
        if noun is not None:
            found.append(noun)
    return found


def spans(text: str, lowered: str) -> list[tuple[str, int, int]]:
    """(label, start, end) of each credential the sentence states."""
    if not any(hint in lowered for hint in HINTS):
        return []
    spaced = f" {lowered} "
    if not any(mark in spaced for mark in GERMAN_MARKS):
        return []
    found: list[tuple[str, int, int]] = []
    nouns = _credential_nouns(lowered)
    for noun in nouns:
        word = noun.group("noun")
        if PUBLIC_FIRST.match(word) and re.search(r"(?:code|kombination|nummer)$", word):
            continue
        password = bool(re.search(rf"{_WORD_END}|{_KEY}", word))
        stop = _sentence_end(lowered, noun.end())
        following = _sentence_end(lowered, stop + 1) if stop < len(lowered) else stop
        for regex in (STATED, CHANGED_TO, STATED_QUOTED, BY_PRONOUN):
            if regex is STATED_QUOTED:
                match = regex.search(text, noun.end(), stop)
            elif regex is BY_PRONOUN:
                match = regex.search(lowered, noun.end(), following)
                if match is not None and match.group("pronoun") != _pronoun_of(word):
                    continue
            else:
                match = regex.search(lowered, noun.end(), stop)
            if match is None or match.start() - noun.end() > 70:
                continue
            if OTHER_NUMBER_BETWEEN.search(lowered, noun.end(), match.start()):
                continue
            between = text[noun.end() : match.start()]
            subject = OTHER_SUBJECT.search(between)
            if subject and not CREDENTIAL_NOUN.search(subject.group().lower()):
                continue  # "die PIN ändern Sie in der App, die Hotline ist 0800 …"
            start, end = _value_span(text, *match.span("value"))
            value = text[start:end]
            if password and _password_like(value):
                found.append((gettext_noop("a password"), start, end))
                break
            if not password and _digits_code(value, lowered, end):
                found.append((gettext_noop("an access code or PIN"), start, end))
                break
    for noun in nouns:
        word = noun.group("noun")
        if not COPULA_BEFORE.search(lowered, max(0, noun.start() - 40), noun.start()):
            continue
        tail = INVERTED_TAIL.match(text, noun.end(), _sentence_end(lowered, noun.end()))
        if tail is not None and not OTHER_NUMBER_BETWEEN.search(
            lowered, noun.end(), tail.start("value")
        ):
            found += _if_credential(text, lowered, word, *tail.span("value"))
    for match in AS_THE.finditer(lowered) if nouns and " als " in spaced else ():
        found += _if_credential(text, lowered, match.group("noun"), *match.span("value"))
    for match in ARTICLE_CODE.finditer(lowered):
        group = "value" if match.group("value") else "value2"
        sentence = _sentence_around(lowered, match.start(), match.end())
        start, end = match.span(group)
        if (DEVICE.search(sentence) or ACCESS_WORD.search(sentence)) and _digits_code(
            text[start:end], lowered, end
        ):
            found.append((gettext_noop("an access code or PIN"), start, end))
    for match in KEYED_IN.finditer(lowered):
        group = next(g for g in ("value", "value2", "value3") if match.group(g))
        sentence_start = max(
            lowered.rfind(". ", 0, match.start()), lowered.rfind("\n", 0, match.start())
        )
        sentence = lowered[sentence_start + 1 : _sentence_end(lowered, match.end())]
        start, end = match.span(group)
        if OTHER_NUMBER_BETWEEN.search(match.group()) or (
            group == "value3" and OTHER_NUMBER_BETWEEN.search(lowered, max(0, start - 25), start)
        ):
            continue  # "tippen Sie den Betrag 1250 ein": an amount, not a code
        if DEVICE.search(sentence) and _digits_code(text[start:end], lowered, end):
            found.append((gettext_noop("an access code or PIN"), start, end))
    return found
