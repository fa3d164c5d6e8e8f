"""How the ideas loop's notifications read (notifications.lines), in the reader's language."""

from django.utils.translation import gettext as _

from openline.inbox.notification_lines import conversation_name
from openline.notifications.lines import notification_line


@notification_line("feedback.idea_shipped")
def _idea_shipped(*, idea: str, subject: str, conversation: int) -> str:
    return _("“{idea}” shipped: tell the customer in “{subject}” (a reply is ready)").format(
        idea=idea, subject=conversation_name(subject, conversation)
    )
