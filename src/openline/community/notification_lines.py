"""How the community's notifications read (notifications.lines): told from the stored names,
titles and codes in the language of whoever reads them."""

from datetime import datetime

from django.utils.formats import date_format
from django.utils.translation import gettext as _

from openline.notifications.lines import notification_line

from .models import ThreadStatus


def what(reply: bool, title: str) -> str:
    """The post a moderation line is about: "your reply on “…”" or the thread's "“…”"."""
    if reply:
        return _("your reply on “{title}”").format(title=title)
    return _("“{title}”").format(title=title)


@notification_line("community.reply")
def _reply(*, actor: str, title: str) -> str:
    return _("{actor} replied to “{title}”").format(actor=actor, title=title)


@notification_line("community.accepted")
def _accepted(*, actor: str, title: str) -> str:
    return _("{actor} accepted your answer on “{title}”").format(actor=actor, title=title)


@notification_line("community.mention")
def _mention(*, actor: str, title: str) -> str:
    return _("{actor} mentioned you in “{title}”").format(actor=actor, title=title)


@notification_line("community.status")
def _status(*, title: str, status: str, reason: str) -> str:
    return _("“{title}” is now {status}: {reason}").format(
        title=title, status=ThreadStatus(status).label, reason=reason
    )


@notification_line("community.new_thread")
def _new_thread(*, actor: str, title: str, space: str) -> str:
    return _("{actor} posted “{title}” in {space}").format(actor=actor, title=title, space=space)


@notification_line("community.merged")
def _merged(*, duplicate: str, original: str) -> str:
    return _("“{duplicate}” was merged into “{original}”: your vote counts there").format(
        duplicate=duplicate, original=original
    )


@notification_line("community.flag_hidden")
def _flag_hidden(*, reply: bool, title: str) -> str:
    return _("Members flagged {what}: it is hidden until a moderator reviews it.").format(
        what=what(reply, title)
    )


@notification_line("community.post_hidden")
def _post_hidden(*, reply: bool, title: str) -> str:
    return _("A moderator hid {what}.").format(what=what(reply, title))


@notification_line("community.post_deleted")
def _post_deleted(*, reply: bool, title: str, reason: str) -> str:
    return _("A moderator deleted {what}: {reason}").format(what=what(reply, title), reason=reason)


@notification_line("community.post_approved")
def _post_approved(*, reply: bool, title: str) -> str:
    return _("A moderator approved {what}: it is public now.").format(what=what(reply, title))


@notification_line("community.silenced")
def _silenced(*, until: str, reason: str) -> str:
    day = date_format(datetime.fromisoformat(until), "d M Y")
    return _("A moderator silenced you until {until}: {reason}").format(until=day, reason=reason)
