"""All detectors in one pass: `detect_all(text, ...)` returns hits sorted by position, one per
stretch of text and kind.

A live check asks again about the same text until the wording head has read every sentence:
the precise detectors' hits for the last few texts checked live are kept (LIVE_MEMORY), so such
a follow-up costs only the new sentences' embeddings. Only live checks use them; publishing
always runs every detector."""

import threading
from collections import OrderedDict

from .base import Hit, merge_overlaps, overlaps
from .internal import RegisterIndex
from .language import Company, model_hits
from .language import detect as detect_language
from .learned import detect as detect_internal
from .learned import without_ordinary_uses
from .money import detect as detect_money
from .personal import NAME_MESSAGE
from .personal import detect as detect_personal
from .register_meaning import detect as detect_told
from .secrets import detect as detect_secrets
from .wording import Budget

__all__ = ["Budget", "Company", "Hit", "RegisterIndex", "detect_all"]


def detect_all(
    text: str,
    *,
    register: RegisterIndex,
    public_emails: frozenset[str] = frozenset(),
    public_phones: frozenset[str] = frozenset(),
    public_addresses: frozenset[str] = frozenset(),
    company: Company | None = None,
    budget: Budget | None = None,
) -> list[Hit]:
    """With a live check's `budget`, the wording head reads only some new sentences and lists
    the others in `budget.pending`; without one, everything is read."""
    key = (text, id(register), public_emails, public_phones, public_addresses, company)
    precise = _remembered(key, register) if budget is not None else None
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
    return merge_overlaps([*precise, *model, *told])


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
    secrets = detect_secrets(text)
    money = detect_money(text)
    # A card or a key is reported as what it is, not also as a phone number or an address.
    personal = [
        hit
        for hit in detect_personal(
            text,
            public_emails=public_emails,
            public_phones=public_phones,
            public_addresses=public_addresses,
        )
        if not overlaps(hit, secrets) and not overlaps(hit, money)
    ]
    if company is not None:
        personal = [hit for hit in personal if not _names_ours(text, hit, company)]
    cards = [hit for hit in money if not overlaps(hit, secrets)]
    internal = detect_internal(text, register)
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


def _names_ours(text: str, hit: Hit, company: Company) -> bool:
    """A "full name" that is the company's or a product's ("Acme Club, booking …")."""
    if hit.message != NAME_MESSAGE:
        return False
    ours = {w.casefold() for name in (company.name, *company.products) for w in name.split()}
    return any(word.casefold() in ours for word in text[hit.start : hit.end].split())
