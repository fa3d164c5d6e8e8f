"""Writes about people: finding or creating the person behind a channel identity, linking."""

from dataclasses import dataclass

from django.core.exceptions import PermissionDenied
from django.db import IntegrityError, transaction

from .models import Identity, Person


@dataclass(frozen=True)
class Sender:
    """Who wrote an inbound item, as the channel told us."""

    channel_kind: str
    external_id: str
    name: str = ""
    handle: str = ""
    email: str = ""
    email_verified: bool = False
    url: str = ""


def identify_sender(sender: Sender) -> Identity:
    """The identity for `sender`, created on first sight. A new identity with a verified e-mail
    joins the person who already has that verified address; otherwise it gets a new person."""
    existing = (
        Identity.objects.select_related("person")
        .filter(channel_kind=sender.channel_kind, external_id=sender.external_id)
        .first()
    )
    if existing is not None:
        return existing
    email = sender.email.strip().lower()
    try:
        with transaction.atomic():
            person = None
            if email and sender.email_verified:
                person = Person.objects.filter(email__iexact=email).first()
            if person is None:
                person = Person.objects.create(
                    name=sender.name or sender.handle, email=email if sender.email_verified else ""
                )
            return Identity.objects.create(
                person=person,
                channel_kind=sender.channel_kind,
                external_id=sender.external_id,
                handle=sender.handle[:200],
                name=sender.name[:200],
                email=email,
                email_verified=sender.email_verified,
                url=sender.url[:500],
            )
    except IntegrityError:  # the same sender arrived twice at once
        return Identity.objects.select_related("person").get(
            channel_kind=sender.channel_kind, external_id=sender.external_id
        )


def link_identity(actor, identity: Identity, person: Person) -> Identity:
    """Staff link an identity to another person by hand (e.g. the same customer on Mastodon and
    by e-mail). An emptied person is removed."""
    if actor is None or not getattr(actor, "is_staff_member", False):
        raise PermissionDenied("Only staff can link customer identities.")
    old = identity.person
    if old.pk == person.pk:
        return identity
    with transaction.atomic():
        identity.person = person
        identity.save(update_fields=["person"])
        if not old.identities.exists() and old.user_id is None:
            old.delete()
    return identity
