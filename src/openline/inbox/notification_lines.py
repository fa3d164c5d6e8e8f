"""How the inbox's notifications read (notifications.lines): told from the stored names and the
conversation's subject in the language of whoever reads them."""

from django.utils.translation import gettext as _

from openline.notifications.lines import notification_line


def conversation_name(subject: str, number: int) -> str:
    """A conversation as a notification names it: its subject, else its number."""
    return subject or _("conversation {number}").format(number=number)


@notification_line("inbox.mention")
def _mention(*, name: str, subject: str, conversation: int) -> str:
    return _("{name} mentioned you in a note on “{subject}”").format(
        name=name, subject=conversation_name(subject, conversation)
    )


@notification_line("inbox.assigned")
def _assigned(*, name: str, subject: str, conversation: int) -> str:
    return _("{name} assigned “{subject}” to you").format(
        name=name, subject=conversation_name(subject, conversation)
    )
