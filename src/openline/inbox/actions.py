"""Writes of the inbox. Ingestion is idempotent; replies go to the outbox in the reply's own
transaction; every change bumps the inbox generation that open inboxes watch."""

import logging
import re
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Lower
from django.utils import timezone

from openline.accounts.models import User
from openline.core import counters
from openline.core.markdown import link_mentions, mentioned_usernames, render_markdown
from openline.core.publishing import Draft, check_before_publish
from openline.people.actions import identify_sender

from .adapters import InboundItem
from .models import (
    AgentAvailability,
    Attachment,
    CannedReply,
    ChannelAccount,
    Conversation,
    ConversationStatus,
    Delivery,
    DeliveryState,
    InboxNotification,
    Message,
    MessageKind,
    SlaPolicy,
)
from .permissions import check_use_inbox

log = logging.getLogger(__name__)
INBOX_COUNTER = "inbox"
BODY_MAX = 50_000


def _changed() -> None:
    counters.bump(INBOX_COUNTER)


def _default_sla() -> SlaPolicy | None:
    return SlaPolicy.objects.filter(is_default=True).first()


# --- ingestion --------------------------------------------------------------------------------


def ingest(account: ChannelAccount, item: InboundItem) -> tuple[Message, bool]:
    """Stores one inbound item. Returns (message, created); an item seen before changes
    nothing and returns the message stored the first time."""
    if not item.external_id or not item.conversation_key:
        raise ValidationError("An inbound item needs an external id and a conversation key.")
    existing = Message.objects.filter(account=account, external_id=item.external_id).first()
    if existing is not None:
        return existing, False
    text = (item.text or "").strip()[:BODY_MAX] or "(no text)"
    identity = identify_sender(item.sender)  # idempotent on its own, outside the write below
    try:
        with transaction.atomic():
            conversation = _conversation_for(account, item, identity.person)
            now = timezone.now()
            message = Message.objects.create(
                conversation=conversation,
                kind=MessageKind.INBOUND,
                identity=identity,
                account=account,
                external_id=item.external_id,
                body=text,
                body_html=render_markdown(text),
                url=item.url[:500],
                raw=item.raw,
                created_at=item.created_at or now,
            )
            dropped = _store_attachments(message, item)
            if dropped:
                message.raw = {**message.raw, "dropped_attachments": dropped}
                message.save(update_fields=["raw"])
            _open_for_customer(conversation, now)
            _changed()
    except IntegrityError:  # the same item arrived twice at once: the first one won
        return Message.objects.get(account=account, external_id=item.external_id), False
    return message, True


def _conversation_for(account: ChannelAccount, item: InboundItem, person) -> Conversation:
    if item.in_reply_to:
        parent = (
            Message.objects.filter(account=account, external_id=item.in_reply_to)
            .select_related("conversation")
            .first()
        )
        if parent is not None:
            return parent.conversation
    key = item.conversation_key[:300]
    conversation = Conversation.objects.filter(account=account, external_id=key).first()
    if conversation is not None:
        return conversation
    try:
        with transaction.atomic():
            return Conversation.objects.create(
                account=account,
                external_id=key,
                subject=item.subject[:300],
                customer=person,
                sla_policy=_default_sla(),
            )
    except IntegrityError:  # started at the same moment by another message
        return Conversation.objects.get(account=account, external_id=key)


def _store_attachments(message: Message, item: InboundItem) -> list[str]:
    """Saves attachments within the size limit; returns the names of those refused."""
    limit = settings.OPENLINE["ATTACHMENT_MAX"]
    dropped = []
    for part in item.attachments:
        if len(part.content) > limit:
            log.warning(
                "Dropped attachment %r (%d bytes > %d)", part.filename, len(part.content), limit
            )
            dropped.append(
                f"{part.filename} ({len(part.content):,} bytes, over the {limit:,} limit)"
            )
            continue
        name = (part.filename or "attachment")[:200]
        attachment = Attachment(
            message=message,
            filename=name,
            content_type=part.content_type[:120],
            size=len(part.content),
        )
        attachment.file.save(name, ContentFile(part.content), save=False)
        attachment.save()
    return dropped


def _open_for_customer(conversation: Conversation, now) -> None:
    """The customer wrote: the conversation is open and an answer is owed."""
    due = conversation.response_due_at
    if conversation.sla_policy_id is not None and due is None:
        policy = conversation.sla_policy
        minutes = (
            policy.first_response_minutes
            if conversation.first_response_at is None
            else policy.next_response_minutes
        )
        due = now + timedelta(minutes=minutes)
    fields = {
        "status": ConversationStatus.OPEN,
        "response_due_at": due,
        "last_message_at": now,
        "last_inbound_at": now,
    }
    Conversation.objects.filter(pk=conversation.pk).update(**fields)
    for name, value in fields.items():
        setattr(conversation, name, value)


# --- replies and notes ------------------------------------------------------------------------


def _clean_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": "Write something first: the text is empty."})
    if len(body) > BODY_MAX:
        raise ValidationError({"body": f"Keep it under {BODY_MAX:,} characters."})
    return body


def reply(
    agent: User,
    conversation: Conversation,
    *,
    body: str,
    status: str = ConversationStatus.PENDING,
    acknowledged: bool = False,
) -> Message:
    """Answers the customer where they wrote. The delivery is queued in the same transaction,
    so a reply is never lost and never sent twice."""
    check_use_inbox(agent)
    body = _clean_body(body)
    if status not in ConversationStatus.values:
        raise ValidationError({"status": "Unknown status."})
    check_before_publish(
        Draft(
            agent,
            body,
            conversation.account.kind,
            acknowledged,
            {"conversation_id": conversation.pk},
        )
    )
    from .tasks import deliver  # tasks import the adapters registry, which imports models

    with transaction.atomic():
        now = timezone.now()
        message = Message.objects.create(
            conversation=conversation,
            kind=MessageKind.REPLY,
            author=agent,
            account=conversation.account,
            body=body,
            body_html=render_markdown(body, trusted=True),
            created_at=now,
        )
        delivery = Delivery.objects.create(message=message)
        Conversation.objects.filter(pk=conversation.pk).update(
            status=status,
            response_due_at=None,
            last_message_at=now,
            first_response_at=conversation.first_response_at or now,
        )
        _changed()
        transaction.on_commit(lambda: deliver.enqueue(delivery.pk))
    return message


def add_note(agent: User, conversation: Conversation, *, body: str) -> Message:
    """An internal note beside the public dialogue: never sent, never shown to customers.
    @-mentioned colleagues are notified."""
    check_use_inbox(agent)
    body = _clean_body(body)
    names = mentioned_usernames(body)
    colleagues = [
        u
        for u in User.objects.alias(name=Lower("username")).filter(name__in=names, is_active=True)
        if u.is_staff_member
    ]
    known = {u.username.lower() for u in colleagues}
    with transaction.atomic():
        message = Message.objects.create(
            conversation=conversation,
            kind=MessageKind.NOTE,
            author=agent,
            account=conversation.account,
            body=body,
            body_html=render_markdown(link_mentions(body, known), trusted=True),
        )
        InboxNotification.objects.bulk_create(
            InboxNotification(
                recipient=u,
                kind=InboxNotification.Kind.MENTION,
                conversation=conversation,
                message=message,
                actor=agent,
            )
            for u in colleagues
            if u.pk != agent.pk
        )
        _changed()
    return message


def retry_delivery(agent: User, delivery: Delivery) -> Delivery:
    check_use_inbox(agent)
    if delivery.state != DeliveryState.FAILED:
        raise ValidationError("Only a failed delivery can be retried.")
    from .tasks import deliver

    Delivery.objects.filter(pk=delivery.pk).update(
        state=DeliveryState.QUEUED, attempts=0, next_attempt_at=timezone.now(), claimed_until=None
    )
    _changed()
    transaction.on_commit(lambda: deliver.enqueue(delivery.pk))
    delivery.refresh_from_db()
    return delivery


# --- assignment and status --------------------------------------------------------------------


def assign(actor: User, conversation: Conversation, assignee: User | None) -> Conversation:
    check_use_inbox(actor)
    if assignee is not None and not assignee.is_staff_member:
        raise ValidationError({"assignee": "Conversations can only be assigned to staff."})
    with transaction.atomic():
        conversation.assignee = assignee
        conversation.save(update_fields=["assignee"])
        if assignee is not None:
            AgentAvailability.objects.update_or_create(
                user=assignee, defaults={"last_assigned_at": timezone.now()}
            )
            if assignee.pk != actor.pk:
                InboxNotification.objects.create(
                    recipient=assignee,
                    kind=InboxNotification.Kind.ASSIGNED,
                    conversation=conversation,
                    actor=actor,
                )
        _changed()
    return conversation


def assign_round_robin(actor: User, conversation: Conversation) -> Conversation:
    """Gives the conversation to the available agent who was assigned least recently."""
    check_use_inbox(actor)
    candidates = [
        u
        for u in User.objects.filter(is_active=True, role__in=["agent", "moderator", "admin"])
        .exclude(availability__available=False)
        .order_by(F("availability__last_assigned_at").asc(nulls_first=True), "pk")
    ]
    if not candidates:
        raise ValidationError("No agent is available.")
    return assign(actor, conversation, candidates[0])


def set_availability(user: User, *, available: bool) -> None:
    check_use_inbox(user)
    AgentAvailability.objects.update_or_create(user=user, defaults={"available": available})


def change_status(actor: User, conversation: Conversation, status: str) -> Conversation:
    check_use_inbox(actor)
    if status not in ConversationStatus.values:
        raise ValidationError({"status": f"Choose one of: {', '.join(ConversationStatus.values)}."})
    conversation.status = status
    if status == ConversationStatus.SOLVED:
        conversation.response_due_at = None
    conversation.save(update_fields=["status", "response_due_at"])
    _changed()
    return conversation


# --- canned replies ---------------------------------------------------------------------------


CANNED_VARIABLE = re.compile(r"\{(customer_name|agent_name|company|subject)\}")


def render_canned_reply(canned: CannedReply, conversation: Conversation, agent: User) -> str:
    """Fills {customer_name}, {agent_name}, {company} and {subject}; other text stays as is."""
    values = {
        "customer_name": (conversation.customer.name if conversation.customer else "") or "there",
        "agent_name": agent.name,
        "company": settings.OPENLINE["COMPANY_NAME"],
        "subject": conversation.subject,
    }
    return CANNED_VARIABLE.sub(lambda m: values[m.group(1)], canned.body)
