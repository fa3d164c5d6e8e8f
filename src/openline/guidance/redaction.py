"""The redactor guidance registers on core.redaction: masks what its detectors find as
personal data (phone numbers, e-mail addresses, street addresses and postcodes, dates of birth,
ID numbers, names with their records, health details), passwords and codes, payment card
numbers and IBANs, plus order-like references ("order 123-456", "Bestellung HH-2025-118842",
"#A12345"). Unlike the pre-publish check, which leaves example.com addresses alone because
they are quoted in help texts, every e-mail address is masked here except the company's
public contacts. The labels are written in the active language (LABELS)."""

import re
from functools import cache

from django.conf import settings
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from .detectors import personal
from .detectors.base import Hit, overlaps
from .detectors.money import detect as detect_money
from .detectors.personal import EMAIL
from .detectors.personal import detect as detect_personal
from .detectors.secrets import detect as detect_secrets
from .selectors import guidance_config

ORDER_WORDS = (
    r"order|bestellung|bestelling|bestelnummer|commande|invoice|rechnung|factuur|receipt"
    r"|ref|reference|case|ticket|tracking|account|customer|kunde|klant|rma|return|serial|s/n"
)
# The reference after a word that names it: at least four characters, one of them a digit.
ORDER_AFTER_WORD = re.compile(
    rf"(?i)\b(?:{ORDER_WORDS})\b(?:\s*(?:no\.?|nr\.?|number|num\.?|id|#|:|is))*\s*"
    r"(?P<ref>#?(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9/-]{3,}[A-Z0-9])"
)
HASH_REFERENCE = re.compile(r"(?<![\w&])#[A-Za-z]{0,3}\d{4,}\b")
# Shop references on their own: "HH-2025-118842".
SHOP_REFERENCE = re.compile(r"\b[A-Z]{1,4}-\d{3,}(?:-\d{2,})+\b")

# What replaces each kind, written in the active language when the text is redacted: the
# member's page language when "Remove them for me" rewrites their post, the champion's when a
# conversation is masked for them (docs/decisions.md, session 16, qa-v2).
LABELS = {
    "payment_card": gettext_noop("[card number]"),
    "iban": gettext_noop("[bank account]"),
    "email": gettext_noop("[e-mail address]"),
    "phone": gettext_noop("[phone number]"),
    "address": gettext_noop("[address]"),
    "order": gettext_noop("[order number]"),
    "birth_date": gettext_noop("[date of birth]"),
    "id_number": gettext_noop("[ID number]"),
    "name": gettext_noop("[name]"),
    "health": gettext_noop("[health details]"),
    "private_life": gettext_noop("[private details]"),
    "plate": gettext_noop("[number plate]"),
    "user_name": gettext_noop("[user name]"),
    "secret": gettext_noop("[password]"),
}
# Which personal data a finding is, by the message its detector gives.
PERSONAL_KINDS = (
    (personal.PHONE_MESSAGE, "phone"),
    (personal.EMAIL_MESSAGE, "email"),
    (personal.DOB_MESSAGE, "birth_date"),
    (personal.ID_MESSAGE, "id_number"),
    (personal.NAME_MESSAGE, "name"),
    (personal.HEALTH_MESSAGE, "health"),
    (personal.CIRCUMSTANCE_MESSAGE, "private_life"),
    (personal.PLATE_MESSAGE, "plate"),
    (personal.USER_NAME_MESSAGE, "user_name"),
)
# A name or address hit may open or close with the clause the detector read it from, its
# evidence: "live at 12 Oak Road", "I'm Sarah Jones", "wohne in der Lindenstraße 12". What is
# masked, and marked for the member, is the value alone, or "Remove them for me" swallows their
# words ("I [address]."; docs/decisions.md, session 23, qa-v10). Lower-case words only, and the
# few a sentence opens with capitalised: "An Nguyen" and "Am Markt 5" keep their first word.
NOT_THE_VALUE = (
    r"(?:i['\u2019]m|i\s+am|am|is|are|was|my|our|full|name|names|called|this\s+is|it['\u2019]s"
    r"|here|and|lives?|lived|living|stay(?:s|ed|ing)?|resides?|resided|residing|moved|based"
    r"|at|in|on|to|from|of|address|home|now"
    r"|ich|bin|hei(?:ß|ss)e|hei(?:ß|ss)t|mein|meine|ist|lautet|wohne|wohnen|wohnt|lebe|lebt"
    r"|wohnhaft|jetzt|im|der|die|den|dem|an|nach|zu|hier|und|bei)"
)
LEADING_WORDS = re.compile(
    rf"(?:(?:{NOT_THE_VALUE}|I['\u2019]m|I\s+am|My|Our|Name|This\s+is|It['\u2019]s|Here|Ich"
    r"|Mein|Meine|Hier)\b[\s:,]*)+"
)
TRAILING_WORD = re.compile(rf"(?:[\s:,;]+{NOT_THE_VALUE}\b)?[\s:,;.]*\Z")
TRIMMED_KINDS = frozenset({"name", "address"})


def private_spans(text: str) -> list[tuple[int, int, str]]:
    config = guidance_config()
    money = detect_money(text)
    spans: list[tuple[int, int, str]] = [(h.start, h.end, h.kind) for h in money]
    for match in EMAIL.finditer(text):
        if match.group().lower().rstrip(".-") not in config.public_emails:
            spans.append((match.start(), match.end(), "email"))
    # A password or code in a public post is worse than a phone number: anyone can use it.
    secrets = detect_secrets(text)
    spans += [(h.start, h.end, "secret") for h in secrets if not overlaps(h, money)]
    for hit in detect_personal(
        text,
        public_emails=config.public_emails,
        public_phones=config.public_phones,
        public_addresses=config.public_addresses,
    ):
        if overlaps(hit, money) or overlaps(hit, secrets) or "@" in text[hit.start : hit.end]:
            continue
        kind = _personal_kind(text, hit)
        spans.append((*_value_span(text, hit.start, hit.end, kind), kind))
    for match in ORDER_AFTER_WORD.finditer(text):
        spans.append((match.start("ref"), match.end("ref"), "order"))
    for pattern in (HASH_REFERENCE, SHOP_REFERENCE):
        spans.extend((m.start(), m.end(), "order") for m in pattern.finditer(text))
    if "[" not in text:
        return spans
    # A label this redactor wrote ("Password: [password]") is what is left after "Remove them
    # for me", not a password: the member would be asked to remove it again.
    written = written_labels()
    return [span for span in spans if text[span[0] : span[1]] not in written]


@cache
def written_labels() -> frozenset[str]:
    """Every label, in every language of the site."""
    labels = set(LABELS.values())
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            labels.update(gettext(label) for label in LABELS.values())
    return frozenset(labels)


def _personal_kind(text: str, hit: Hit) -> str:
    for message, kind in PERSONAL_KINDS:
        if hit.message == message:
            return kind
    digits = sum(c.isdigit() for c in text[hit.start : hit.end])
    return (
        "phone"
        if digits >= 7 and not any(c.isalpha() for c in text[hit.start : hit.end])
        else "address"
    )


def _value_span(text: str, start: int, end: int, kind: str) -> tuple[int, int]:
    """The value inside a name or address hit: the words around it that are not the data are
    left out (TRAILING_WORD, LEADING_WORDS). A hit that would keep no name (a capital) or no
    address (a capital or a digit) is kept whole."""
    if kind not in TRIMMED_KINDS:
        return start, end
    lead = LEADING_WORDS.match(text, start, end)
    value_start, value_end = (lead.end() if lead else start), end
    while value_end > value_start:
        tail = TRAILING_WORD.search(text, value_start, value_end)
        if tail is None or tail.start() == value_end:
            break
        value_end = tail.start()
    value = text[value_start:value_end]
    kept = value[:1].isupper() if kind == "name" else any(c.isupper() or c.isdigit() for c in value)
    return (value_start, value_end) if kept else (start, end)


def redact_private_data(text: str) -> str:
    if not text:
        return text
    spans = sorted(private_spans(text), key=lambda s: (s[0], -s[1]))
    labels = {kind: gettext(label) for kind, label in LABELS.items()}
    out: list[str] = []
    position = 0
    for start, end, kind in spans:
        if end <= position:
            continue  # inside a stretch already masked
        if start < position:  # overlaps the previous mask: extend it
            position = end
            continue
        out.append(text[position:start])
        out.append(labels[kind])
        position = end
    out.append(text[position:])
    return "".join(out)
