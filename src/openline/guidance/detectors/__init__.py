"""All detectors in one pass: `detect_all(text, ...)` returns hits sorted by position, one per
stretch of text and kind.

A live check asks again about the same text until the wording head has read every sentence:
the precise detectors' hits for the last few texts checked live are kept (LIVE_MEMORY), so such
a follow-up costs only the new sentences' embeddings. Only live checks use them; publishing
always runs every detector."""

import functools
import re
import threading
from collections import OrderedDict

from openline.language.wording import using as ahead_in

from . import goodwill
from .base import Hit, merge_overlaps, overlaps
from .goodwill import Allowance
from .internal import RegisterIndex
from .language import Company, model_ahead, model_hits
from .language import detect as detect_language
from .learned import detect as detect_internal
from .learned import without_ordinary_uses
from .money import detect as detect_money
from .personal import ADDRESS_MESSAGE, DOB_MESSAGE, NAME_MESSAGE, names_with_their_address
from .personal import detect as detect_personal
from .register_meaning import detect as detect_told
from .register_opinion import second_opinion
from .secrets import detect as detect_secrets
from .wording import Budget

__all__ = ["Allowance", "Budget", "Company", "Hit", "RegisterIndex", "detect_all"]


def detect_all(
    text: str,
    *,
    register: RegisterIndex,
    public_emails: frozenset[str] = frozenset(),
    public_phones: frozenset[str] = frozenset(),
    public_addresses: frozenset[str] = frozenset(),
    company: Company | None = None,
    budget: Budget | None = None,
    allowance: Allowance | None = None,
) -> list[Hit]:
    """With a live check's `budget`, the wording head reads only some new sentences and lists
    the others in `budget.pending`; without one, everything is read. With the company's
    goodwill `allowance`, goodwill offered within it is no legal risk and more than it is."""
    key = (text, id(register), public_emails, public_phones, public_addresses, company)
    precise = _remembered(key, register) if budget is not None else None
    # A check that reads every sentence starts the wording head's model runs in a thread now,
    # while the pattern detectors run (wording.Ahead: taken only where exactly what it ran).
    with ahead_in(model_ahead(text) if budget is None else None):
        if precise is None:
            precise = _precise(
                text,
                register=register,
                public_emails=public_emails,
                public_phones=public_phones,
                public_addresses=public_addresses,
                company=company,
            )
            if budget is not None:
                _remember(key, register, precise)
        model = model_hits(text, precise, budget)
        # The register's facts told without their names, read on the wording head's embeddings.
        told = without_ordinary_uses(
            text,
            register,
            detect_told(text, register, precise, complete=budget is None or not budget.pending),
        )
    return merge_overlaps(goodwill.apply(text, [*precise, *model, *told], allowance))


def _precise(
    text: str,
    *,
    register: RegisterIndex,
    public_emails: frozenset[str],
    public_phones: frozenset[str],
    public_addresses: frozenset[str],
    company: Company | None,
) -> list[Hit]:
    """Every detector but the wording head, before overlaps are merged."""
    money = detect_money(text)
    # A Luhn-valid number is a card, whatever word before it a secret's pattern read as a key
    # ("your season pass: 5394 …", "payment card to 6011 …"); a secret that holds more than the
    # card (a key with a card's digits in it) stays a secret.
    secrets = [hit for hit in detect_secrets(text) if not _within_a_card(hit, money)]
    # A card or a key is reported as what it is, not also as a phone number or an address. A
    # date of birth that is also a password ("das Kennwort ist Ihr Geburtsdatum, also
    # 14071988") is both: the secret does not hide it (secrets-v30).
    personal = [
        hit
        for hit in detect_personal(
            text,
            public_emails=public_emails,
            public_phones=public_phones,
            public_addresses=public_addresses,
        )
        if (not overlaps(hit, secrets) or hit.message == DOB_MESSAGE) and not overlaps(hit, money)
    ]
    personal = [
        hit
        for hit in personal
        if not _our_place(text, hit, company)
        and not (company is not None and _names_ours(text, hit, company))
    ]
    personal = names_with_their_address(text, personal)
    cards = [hit for hit in money if not overlaps(hit, secrets)]
    # A sentence the learned discriminator is sure discloses nothing loses its register findings.
    internal = second_opinion(text, register, detect_internal(text, register))
    return [*secrets, *cards, *personal, *internal, *detect_language(text, company, model=False)]


LIVE_MEMORY = 32
_memory: "OrderedDict[tuple[object, ...], tuple[RegisterIndex, list[Hit]]]" = OrderedDict()
_memory_lock = threading.Lock()


def _remembered(key: tuple[object, ...], register: RegisterIndex) -> list[Hit] | None:
    with _memory_lock:
        found = _memory.get(key)
        if found is None or found[0] is not register:  # the register changed since
            return None
        _memory.move_to_end(key)
        return found[1]


def forget() -> None:
    """Drops the remembered hits (tests that count detector runs start from nothing)."""
    with _memory_lock:
        _memory.clear()


def _remember(key: tuple[object, ...], register: RegisterIndex, hits: list[Hit]) -> None:
    with _memory_lock:
        _memory[key] = (register, hits)
        while len(_memory) > LIVE_MEMORY:
            _memory.popitem(last=False)


@functools.lru_cache(maxsize=8)
def _branch_named(company_name: str) -> re.Pattern[str]:
    """The company's name, a branch's name after it and the opening of its address, perhaps
    with the address's first parts before the hit ("Acme Singapore, 1 Club Street #02-03, …",
    "Acme Hall, Sneem, Co. Kerry, V93 …"; values-v14)."""
    first = re.escape(company_name.split()[0])
    return re.compile(
        rf"\b{first}\b(?:\s+[A-Z\u00c0-\u00de][\w'\u2019-]*){{0,3}}(?:\s*[,(:]\s*|[ \t]*\n[ \t]*)"
        r"(?:(?!(?:Mr|Mrs|Ms|Miss|Dr|Mx|Herr|Frau)\b)(?:\d[\w#/-]*|#[\w-]+"
        r"|[A-Z\u00c0-\u00de][\w'\u2019.-]*),?\s+){0,6}$"
    )


# The company's own place named right after the address: "3625 Dufferin St, Toronto (our
# Yorkdale-area store)" (personal-v31).
OUR_PLACE_IN_BRACKETS = re.compile(r"[^.!?\n(]{0,40}\((?:our|unser[e]?)\b", re.IGNORECASE)


def _our_place(text: str, hit: Hit, company: Company | None) -> bool:
    """An address the reply gives as the company's own premises: followed by "(our …)"
    (OUR_PLACE_IN_BRACKETS, whatever the company is called), or right after the company's name
    and a branch's ("your appointment at Acme Leeds (42 Park Row)", "Acme Stuttgart,
    Königstraße 28"). The writer's "our" is the company's only in a reply: the redaction of a
    customer's text (guidance/redaction.py) does not ask this, as "(our …)" there is the
    customer's own place."""
    if hit.message is not ADDRESS_MESSAGE:
        return False
    if OUR_PLACE_IN_BRACKETS.match(text, hit.end):
        return True
    if company is None or not company.name.strip():
        return False
    return bool(_branch_named(company.name).search(text, max(0, hit.start - 100), hit.start))


def _within_a_card(hit: Hit, money: list[Hit]) -> bool:
    return any(
        card.kind == "payment_card" and card.start <= hit.start and hit.end <= card.end
        for card in money
    )


def _names_ours(text: str, hit: Hit, company: Company) -> bool:
    """A "full name" that is the company's or a product's ("Acme Club, booking …")."""
    if hit.message != NAME_MESSAGE:
        return False
    ours = {w.casefold() for name in (company.name, *company.products) for w in name.split()}
    return any(word.casefold() in ours for word in text[hit.start : hit.end].split())
