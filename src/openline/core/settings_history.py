"""The change history of the settings pages: who changed what, and when. Each app's settings
actions record their own changes here, inside the transaction that makes them, so a change
that rolls back leaves no line; the settings pages show the last ones of their section.

A line is stored as data — a kind of line (`"policy.rule_changed"`) and its values — and told
in words when a page shows it, in the reader's language: the app that records a kind registers
how it reads (`history_line`). The text in the site's language is kept beside it (`summary`)
for the admin and for lines whose kind no app describes, such as those stored before kinds."""

import logging
from collections.abc import Callable, Iterable
from typing import Any

from django.conf import settings
from django.core.exceptions import FieldDoesNotExist
from django.db import models, transaction
from django.utils import translation
from django.utils.translation import gettext as _

from .models import SettingsChange

log = logging.getLogger("openline.core.settings_history")
SHOWN = 20  # the lines a settings page shows

Describe = Callable[..., str]
_LINES: dict[str, Describe] = {}


def history_line(kind: str) -> Callable[[Describe], Describe]:
    """Registers how a kind of line reads: called with the values it was recorded with, in the
    reader's language. The owning app registers its kinds when it is ready."""

    def register(describe: Describe) -> Describe:
        _LINES[kind] = describe
        return describe

    return register


def record_settings_change(actor: Any, section: str, kind: str, /, **values: Any) -> SettingsChange:
    """One line of `section`'s history; call it inside the transaction of the change. `values`
    are stored as JSON: codes and names, never a secret, never text in the actor's language."""
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("Record a settings change inside the transaction that makes it.")
    if kind not in _LINES:
        raise ValueError(f"No app describes settings history lines of kind {kind!r}.")
    with translation.override(settings.LANGUAGE_CODE):
        summary = _LINES[kind](**values)
    return SettingsChange.objects.create(
        section=section,
        actor=actor,
        actor_name=getattr(actor, "name", "") or str(actor),
        kind=kind,
        data=values,
        summary=summary[:500],
    )


def recent_settings_changes(section: str, limit: int = SHOWN) -> list[SettingsChange]:
    """The last changes of a section, newest first (one query on the section's index)."""
    return list(SettingsChange.objects.filter(section=section)[:limit])


def describe_change(change: SettingsChange) -> str:
    """The line in the active language; the stored text when its kind is not described (a line
    from before kinds, or of a kind an app no longer records)."""
    describe = _LINES.get(change.kind)
    if describe is None:
        return change.summary
    try:
        return describe(**change.data)
    except (TypeError, KeyError, ValueError, AttributeError):
        log.warning(
            "settings change %s (%s) no longer reads: %r", change.pk, change.kind, change.data
        )
        return change.summary


# --- helpers the apps' descriptions share -------------------------------------------------------


def field_changes(before: dict[str, Any], after: dict[str, Any]) -> list[list[Any]]:
    """What changed, to store: [field, old, new] for every field whose value differs."""
    return [
        [key, before.get(key), value] for key, value in after.items() if before.get(key) != value
    ]


def tell_field_changes(model: type[models.Model], changes: Iterable[list[Any]]) -> str:
    """ "first response (minutes): 60 → 30; default: no → yes" in the active language: each
    field by its verbose name, choices by their label, yes/no, lists joined, blank as "—"."""
    told = []
    for name, old, new in changes:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            told.append(f"{name}: {_value(None, old)} → {_value(None, new)}")
            continue
        label = getattr(field, "verbose_name", name)
        told.append(f"{label}: {_value(field, old)} → {_value(field, new)}")
    return "; ".join(told) or _("no change")


def _value(field: Any, value: Any) -> str:
    if value is None or value in ("", [], {}):
        return "—"
    if isinstance(value, bool):
        return _("yes") if value else _("no")
    if isinstance(value, list):
        return ", ".join(str(item) for item in value)
    if isinstance(value, dict):
        return "; ".join(f"{key} {item}" for key, item in value.items())
    choices = dict(field.flatchoices) if field is not None and field.choices else {}
    return str(choices.get(value, value))
