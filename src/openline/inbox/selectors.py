"""Reads of the inbox. Every one checks that the person is staff first."""

from django.db.models import Q, QuerySet
from django.http import Http404
from django.utils import timezone

from openline.accounts.models import User

from .models import Conversation, ConversationStatus, Message
from .permissions import check_use_inbox

QUEUES = {
    "unassigned": "Unassigned",
    "mine": "Mine",
    "waiting": "Waiting on customer",
    "breaching": "Breaching SLA",
    "all": "All open",
    "solved": "Solved",
}


def conversations(
    user: User,
    *,
    queue: str = "unassigned",
    channel: str = "",
    space: str = "",
    tag: str = "",
    status: str = "",
) -> QuerySet[Conversation]:
    check_use_inbox(user)
    qs = Conversation.objects.select_related("account", "customer", "assignee", "thread__space")
    open_ = Q(status=ConversationStatus.OPEN)
    if queue == "unassigned":
        qs = qs.filter(open_, assignee__isnull=True)
    elif queue == "mine":
        qs = qs.filter(assignee=user).exclude(status=ConversationStatus.SOLVED)
    elif queue == "waiting":
        qs = qs.filter(status=ConversationStatus.PENDING)
    elif queue == "breaching":
        qs = qs.filter(open_, response_due_at__lte=timezone.now())
    elif queue == "solved":
        qs = qs.filter(status=ConversationStatus.SOLVED)
    else:
        qs = qs.exclude(status=ConversationStatus.SOLVED)
    if status:
        qs = qs.filter(status=status)
    if channel:
        qs = qs.filter(account__kind=channel)
    if space:
        qs = qs.filter(thread__space__slug=space)
    if tag:
        qs = qs.filter(thread__tags__slug=tag)
    order = (
        ["response_due_at", "-last_message_at"]
        if queue == "breaching"
        else ["-last_message_at", "-id"]
    )
    return qs.order_by(*order)


def access_conversation(user: User, conversation_id: int) -> Conversation:
    check_use_inbox(user)
    try:
        return Conversation.objects.select_related("account", "customer", "assignee", "thread").get(
            pk=conversation_id
        )
    except (Conversation.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such conversation.") from None


def conversation_messages(conversation: Conversation) -> QuerySet[Message]:
    return conversation.messages.select_related("identity", "author", "delivery").prefetch_related(
        "attachments"
    )


def customer_history(conversation: Conversation, limit: int = 20) -> QuerySet[Conversation]:
    """The same person's other conversations, on every channel."""
    if conversation.customer_id is None:
        return Conversation.objects.none()
    return (
        Conversation.objects.filter(customer_id=conversation.customer_id)
        .exclude(pk=conversation.pk)
        .select_related("account")
        .order_by("-last_message_at")[:limit]
    )
