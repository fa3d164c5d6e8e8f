"""How the inbox's lines of the settings history read (core.settings_history): SLA policies
and canned replies, told from the stored values in the reader's language."""

from typing import Any

from django.utils.translation import gettext as _

from openline.core.settings_history import history_line, tell_field_changes

from .models import CannedReply, SlaPolicy


@history_line("sla.created")
def _sla_created(*, name: str) -> str:
    return _("Created SLA policy “%(name)s”") % {"name": name}


@history_line("sla.changed")
def _sla_changed(*, name: str, changes: list[list[Any]]) -> str:
    return _("Changed SLA policy “%(name)s”: %(changes)s") % {
        "name": name,
        "changes": tell_field_changes(SlaPolicy, changes),
    }


@history_line("canned.created")
def _canned_created(*, title: str) -> str:
    return _("Created canned reply “%(title)s”") % {"title": title}


@history_line("canned.changed")
def _canned_changed(*, title: str, changes: list[list[Any]], text_changed: bool) -> str:
    told = [tell_field_changes(CannedReply, changes)] if changes else []
    told += [_("the text")] if text_changed else []
    return _("Changed canned reply “%(title)s”: %(changes)s") % {
        "title": title,
        "changes": "; ".join(told) or _("no change"),
    }


@history_line("canned.deleted")
def _canned_deleted(*, title: str) -> str:
    return _("Deleted canned reply “%(title)s”") % {"title": title}
