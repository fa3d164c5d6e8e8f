"""The people app's part of privacy requests (core.privacy): a subject's customer records and
their identities on every channel, and what the community measured about the account (trust,
reputation, badges, visits). Also the resolver that joins an account to its customer records."""

from dataclasses import replace
from typing import Any

from openline.core import privacy
from openline.core.privacy import Export, Subject

from .models import (
    BadgeAward,
    Identity,
    Person,
    Reputation,
    ReputationEvent,
    SuperUserInvitation,
    ThankYouNote,
    ThreadRead,
    TrustLevel,
    Visit,
)


def resolve(subject: Subject) -> Subject:
    persons = set(subject.person_ids)
    user_id = subject.user_id
    if user_id is not None:
        persons |= set(Person.objects.filter(user_id=user_id).values_list("pk", flat=True))
    elif persons:
        linked = Person.objects.filter(pk__in=persons, user__isnull=False)
        user_id = linked.values_list("user_id", flat=True).first()
        if user_id is not None:
            persons |= set(Person.objects.filter(user_id=user_id).values_list("pk", flat=True))
    return replace(subject, user_id=user_id, person_ids=tuple(sorted(persons)))


def _export(subject: Subject) -> Export:
    people = [
        {
            **person,
            "identities": list(
                Identity.objects.filter(person_id=person["id"]).values(
                    "channel_kind", "external_id", "handle", "name", "email", "url", "created_at"
                )
            ),
        }
        for person in Person.objects.filter(pk__in=subject.person_ids).values(
            "id", "name", "email", "created_at"
        )
    ]
    data: dict[str, Any] = {"customer_records": people}
    if subject.user_id:
        user = subject.user_id
        data |= {
            "reputation": Reputation.objects.filter(user_id=user).values("points").first(),
            "reputation_events": list(
                ReputationEvent.objects.filter(user_id=user).values(
                    "kind", "points", "thread_id", "reply_id", "created_at"
                )
            ),
            "trust_level": TrustLevel.objects.filter(user_id=user).values("level").first(),
            "badges": list(
                BadgeAward.objects.filter(user_id=user).values("badge__name", "awarded_at")
            ),
            "days_visited": [
                v.isoformat()
                for v in Visit.objects.filter(user_id=user)
                .order_by("day")
                .values_list("day", flat=True)
            ],
            "threads_read": list(
                ThreadRead.objects.filter(user_id=user).order_by("day").values("thread_id", "day")
            ),
            "thank_you_notes": list(
                ThankYouNote.objects.filter(user_id=user).values("body", "created_at")
            ),
            "super_user_invitations": list(
                SuperUserInvitation.objects.filter(user_id=user).values(
                    "status", "message", "created_at", "responded_at"
                )
            ),
        }
    return Export(data)


def _erase(subject: Subject, policy: str) -> dict[str, int]:
    identities = Identity.objects.filter(person_id__in=subject.person_ids).delete()[0]
    persons = Person.objects.filter(pk__in=subject.person_ids).delete()[1].get("people.Person", 0)
    # Rows of the account itself (trust, reputation, badges, visits) go with it (accounts).
    return {"identities": identities, "customer_records": persons}


def install() -> None:
    privacy.register_resolver(resolve)
    privacy.register(privacy.Part("people", _export, _erase))
