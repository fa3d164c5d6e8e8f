"""The change history of the settings pages: who changed what, and when. Each app's settings
actions record their own changes here, inside the transaction that makes them, so a change
that rolls back leaves no line; the settings pages show the last ones of their section."""

from typing import Any

from django.db import transaction

from .models import SettingsChange

SHOWN = 20  # the lines a settings page shows


def record_settings_change(actor: Any, section: str, summary: str) -> SettingsChange:
    """One line of `section`'s history; call it inside the transaction of the change."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("Record a settings change inside the transaction that makes it.")
    return SettingsChange.objects.create(
        section=section,
        actor=actor,
        actor_name=getattr(actor, "name", "") or str(actor),
        summary=summary[:500],
    )


def recent_settings_changes(section: str, limit: int = SHOWN) -> list[SettingsChange]:
    """The last changes of a section, newest first (one query on the section's index)."""
    return list(SettingsChange.objects.filter(section=section)[:limit])
