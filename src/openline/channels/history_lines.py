"""How the channels' lines of the settings history read (core.settings_history), told from
the stored values in the reader's language; a secret is never among them."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext_lazy

from openline.core.settings_history import history_line
from openline.inbox.models import ChannelKind

CHANGED_LABELS = {
    "name": gettext_lazy("the name"),
    "is_active": gettext_lazy("on/off"),
    "config": pgettext_lazy("what changed on a channel", "settings"),
}


@history_line("channels.added")
def _added(*, kind: str, name: str) -> str:
    label = ChannelKind(kind).label if kind in ChannelKind.values else kind
    return _("Added channel “%(name)s” (%(kind)s)") % {"name": name, "kind": label}


@history_line("channels.changed")
def _changed(*, name: str, changed: list[str], new_secret: bool) -> str:
    what = [str(CHANGED_LABELS.get(key, key)) for key in changed]
    what += [_("a new secret")] if new_secret else []
    return _("Changed “%(name)s”: %(changes)s") % {
        "name": name,
        "changes": ", ".join(what) or _("nothing"),
    }


@history_line("channels.new_secret")
def _new_secret(*, name: str) -> str:
    return _("New secret for “%(name)s”") % {"name": name}
