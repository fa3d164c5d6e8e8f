"""Who may use the bridge: staff who work the inbox. Champions and customers never do."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import User
from openline.community.models import Thread
from openline.inbox.models import ChannelKind, Conversation
from openline.inbox.permissions import can_use_inbox


def can_publish_conversation(user: User | None, conversation: Conversation) -> bool:
    """A conversation from any channel but the community itself (whose threads are public
    already) can be published by staff who use the inbox."""
    return can_use_inbox(user) and conversation.account.kind != ChannelKind.COMMUNITY


def check_publish_conversation(user: User | None, conversation: Conversation) -> None:
    if not can_publish_conversation(user, conversation):
        raise PermissionDenied(_("Only staff publish inbox conversations as public threads."))


def can_share_thread(user: User | None, thread: Thread) -> bool:
    """Staff share threads of public spaces: a private space's thread is not for the public."""
    return can_use_inbox(user) and not thread.space.is_private


def check_share_thread(user: User | None, thread: Thread) -> None:
    if not can_share_thread(user, thread):
        raise PermissionDenied(_("Only staff share public threads to the company's accounts."))
