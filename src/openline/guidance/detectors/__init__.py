"""All detectors in one pass: `detect_all(text, ...)` returns hits sorted by position, one per
stretch of text and kind."""

from .base import Hit, merge_overlaps, overlaps
from .internal import RegisterIndex
from .internal import detect as detect_internal
from .language import Company
from .language import detect as detect_language
from .money import detect as detect_money
from .personal import NAME_MESSAGE
from .personal import detect as detect_personal
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
    hits = [*secrets, *cards, *personal, *internal, *detect_language(text, company, budget=budget)]
    return merge_overlaps(hits)


def _names_ours(text: str, hit: Hit, company: Company) -> bool:
    """A "full name" that is the company's or a product's ("Corvia Club, booking …")."""
    if hit.message != NAME_MESSAGE:
        return False
    ours = {w.casefold() for name in (company.name, *company.products) for w in name.split()}
    return any(word.casefold() in ours for word in text[hit.start : hit.end].split())
