"""Reads. The guidance configuration (register, public contacts, policy) is loaded with three
queries and kept in the process until one of the three tables changes: a check costs one cheap
version query, not a reload."""

import threading
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import QuerySet
from django.db.models.functions import Lower

from .detectors import RegisterIndex
from .models import ConfidentialTerm, ContactKind, PolicyRule, PublicContact
from .policy import RuleKey


@dataclass(frozen=True)
class GuidanceConfig:
    register: RegisterIndex = field(default_factory=RegisterIndex)
    public_emails: frozenset[str] = frozenset()
    public_phones: frozenset[str] = frozenset()
    rules: dict[RuleKey, str] = field(default_factory=dict)


_lock = threading.Lock()
_cached: tuple[tuple, GuidanceConfig] | None = None


def _version() -> tuple:
    """Row count, latest change and highest id of each table, in one query: any insert, edit or
    delete changes it (a bulk `update()` that skips `updated_at` does not; the admin and the
    actions never do that)."""
    tables = [
        connection.ops.quote_name(model._meta.db_table)
        for model in (ConfidentialTerm, PublicContact, PolicyRule)
    ]
    # Only our own table names go into the statement.
    columns = ", ".join(
        f"(SELECT COUNT(*) FROM {t}), (SELECT MAX(updated_at) FROM {t}), (SELECT MAX(id) FROM {t})"  # noqa: S608
        for t in tables
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns}")
        row = cursor.fetchone()
    return (connection.alias, str(connection.settings_dict["NAME"]), *row)


def _load() -> GuidanceConfig:
    terms = list(
        ConfidentialTerm.objects.filter(active=True).values_list("term", "category", "note")
    )
    contacts = list(PublicContact.objects.values_list("kind", "normalised"))
    rules = {
        (kind, channel, role): action
        for kind, channel, role, action in PolicyRule.objects.values_list(
            "kind", "channel", "author_role", "action"
        )
    }
    return GuidanceConfig(
        register=RegisterIndex.build(terms),
        public_emails=frozenset(v for k, v in contacts if k == ContactKind.EMAIL),
        public_phones=frozenset(v for k, v in contacts if k == ContactKind.PHONE),
        rules=rules,
    )


def guidance_config() -> GuidanceConfig:
    global _cached
    version = _version()
    cached = _cached
    if cached is not None and cached[0] == version:
        return cached[1]
    with _lock:
        config = _load()
        _cached = (version, config)
    return config


def register_terms(*, include_inactive: bool = True) -> QuerySet[ConfidentialTerm]:
    terms = ConfidentialTerm.objects.select_related("created_by").order_by(Lower("term"))
    return terms if include_inactive else terms.filter(active=True)


def public_contacts() -> QuerySet[PublicContact]:
    return PublicContact.objects.all()
