"""Privacy rights across apps: everything Openline holds about one person, exported or erased.

Each app that stores something about people registers a `Part` when it is ready: how to export
what it holds about a subject (JSON-able data and files) and how to erase it under the
operator's policy. This module owns the hook, the order and the audit record; it never imports
the apps. Parts are exported in the order they were registered (lowest layer first) and erased
in the reverse order, so the apps above take their rows off an account before the accounts app
deletes it. People resolves a subject (an account's customer records, a customer's account)
with `register_resolver`.

Policy (OPENLINE["ERASURE_POSTS"], docs/decisions.md): "remove" replaces the text of the
person's posts and messages with a note and keeps the rows, so threads keep their shape;
"keep" leaves the text and only detaches it from the person ("Deleted member")."""

import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from django.db import transaction

from .models import ErasureRecord

FORMAT = 1
REMOVE, KEEP = "remove", "keep"
POLICIES = (REMOVE, KEEP)
REMOVED_TEXT = "Removed at the member's request."
DELETED_MEMBER = "Deleted member"


@dataclass(frozen=True)
class Subject:
    """Whom a request is about: an account, customer records (people.Person ids), or both."""

    user_id: int | None = None
    person_ids: tuple[int, ...] = ()

    def __str__(self) -> str:
        parts = [f"user {self.user_id}"] if self.user_id else []
        parts += [f"person {pk}" for pk in self.person_ids]
        return ", ".join(parts) or "nobody"

    @property
    def empty(self) -> bool:
        return self.user_id is None and not self.person_ids


@dataclass(frozen=True)
class File:
    """A file to put in the zip export: its name there and how to read it."""

    name: str
    read: Callable[[], bytes]


@dataclass
class Export:
    data: Any
    files: list[File] = field(default_factory=list)


@dataclass(frozen=True)
class Part:
    name: str
    export: Callable[[Subject], Export]
    # Erases under the policy, inside the caller's transaction; returns counts of what it did.
    # Files are deleted with transaction.on_commit.
    erase: Callable[[Subject, str], dict[str, int]]


_parts: dict[str, Part] = {}
_resolvers: list[Callable[[Subject], Subject]] = []


def register(part: Part) -> None:
    _parts[part.name] = part


def register_resolver(resolver: Callable[[Subject], Subject]) -> None:
    if resolver not in _resolvers:
        _resolvers.append(resolver)


def resolve(subject: Subject) -> Subject:
    for resolver in _resolvers:
        subject = resolver(subject)
    return replace(subject, person_ids=tuple(sorted(set(subject.person_ids))))


def policy() -> str:
    chosen = str(settings.OPENLINE["ERASURE_POSTS"])
    return chosen if chosen in POLICIES else REMOVE


# --- export -----------------------------------------------------------------------------------


def export(subject: Subject) -> tuple[dict[str, Any], list[File]]:
    subject = resolve(subject)
    sections: dict[str, Any] = {}
    files: list[File] = []
    for part in _parts.values():
        got = part.export(subject)
        sections[part.name] = got.data
        files += got.files
    document = {
        "format": FORMAT,
        "exported_at": datetime.now(UTC).isoformat(),
        "site": settings.SITE_URL,
        "subject": str(subject),
        "files": [f.name for f in files],
        **sections,
    }
    return document, files


def export_json(subject: Subject) -> bytes:
    document, _ = export(subject)
    return json.dumps(document, indent=2, ensure_ascii=False, default=str).encode()


def export_zip(subject: Subject) -> bytes:
    """`data.json` and every file the JSON lists under `files`, in one zip."""
    document, files = export(subject)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(
            "data.json", json.dumps(document, indent=2, ensure_ascii=False, default=str)
        )
        for file in files:
            archive.writestr(file.name, file.read())
    return buffer.getvalue()


# --- erasure ----------------------------------------------------------------------------------


def erase(
    subject: Subject,
    *,
    actor_id: int | None,
    actor_name: str,
    requested_by: str,
    note: str = "",
    policy_name: str | None = None,
) -> ErasureRecord:
    """Erases the subject in every app in one transaction (all or nothing) and records it."""
    subject = resolve(subject)
    if subject.empty:
        raise ValueError("Nobody to erase.")
    chosen = policy_name or policy()
    if chosen not in POLICIES:
        raise ValueError(f"The policy is one of {', '.join(POLICIES)}.")
    with transaction.atomic():
        counts = {}
        for part in reversed(list(_parts.values())):
            done = {k: v for k, v in part.erase(subject, chosen).items() if v}
            if done:
                counts[part.name] = done
        return ErasureRecord.objects.create(
            actor_id=actor_id,
            actor_name=actor_name[:150],
            requested_by=requested_by,
            subject=str(subject)[:200],
            policy=chosen,
            note=" ".join(note.split())[:300],
            counts=counts,
        )
