"""Writes: the confidential register and the public contacts. Each validates and raises a
ValidationError keyed by field; permission checks are the caller's (the API checks them, the
command line is for operators)."""

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.db import transaction

from openline.accounts.models import User

from .detectors.internal import squash
from .detectors.personal import normalise_phone
from .models import ConfidentialTerm, ContactKind, PublicContact, TermCategory

TERM_MIN = 3  # letters or digits: shorter terms would match half the words in a reply


def clean_term(term: str, *, exclude_pk: int | None = None) -> str:
    term = " ".join((term or "").split())
    if len(term) > 200:
        raise ValidationError({"term": "A term can be at most 200 characters."})
    squashed = squash(term)
    if len(squashed) < TERM_MIN:
        raise ValidationError({"term": f"A term needs at least {TERM_MIN} letters or digits."})
    others = ConfidentialTerm.objects.exclude(pk=exclude_pk).values_list("term", "active")
    for existing, active in others:
        if squash(existing) == squashed:
            state = "" if active else " (inactive: reactivate it in the admin)"
            raise ValidationError({"term": f"“{existing}” is already on the register{state}."})
    return term


def add_confidential_term(
    actor: User | None, *, term: str, category: str = TermCategory.CODE_NAME, note: str = ""
) -> ConfidentialTerm:
    if category not in TermCategory.values:
        raise ValidationError({"category": f"Choose one of: {', '.join(TermCategory.values)}."})
    note = (note or "").strip()
    if len(note) > 500:
        raise ValidationError({"note": "A note can be at most 500 characters."})
    with transaction.atomic():
        term = clean_term(term)
        return ConfidentialTerm.objects.create(
            term=term, category=category, note=note, created_by=actor
        )


def parse_contact(value: str, *, region: str = "GB") -> tuple[str, str]:
    """(kind, normalised) of an e-mail address or phone number; national numbers are read as
    `region`'s."""
    value = (value or "").strip()
    if "@" in value:
        try:
            EmailValidator()(value)
        except ValidationError:
            raise ValidationError({"value": f"{value!r} is not a valid e-mail address."}) from None
        return ContactKind.EMAIL, value.lower()
    number = normalise_phone(value, region)
    if number is None:
        raise ValidationError(
            {"value": f"{value!r} is neither an e-mail address nor a valid phone number "
                      "(write it with its country code, e.g. +44 161 496 0000)."}
        )  # fmt: skip
    return ContactKind.PHONE, number


def add_public_contact(*, value: str, note: str = "", region: str = "GB") -> PublicContact:
    kind, normalised = parse_contact(value, region=region)
    with transaction.atomic():
        if PublicContact.objects.filter(normalised=normalised).exists():
            raise ValidationError({"value": f"{normalised} is already a public contact."})
        return PublicContact.objects.create(
            value=value.strip(), kind=kind, normalised=normalised, note=(note or "").strip()[:200]
        )
