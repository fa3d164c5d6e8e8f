"""Writes of the inbox. Ingestion is idempotent; replies go to the outbox in the reply's own
transaction; every change bumps the inbox generation that open inboxes watch."""

import logging
import re
from collections.abc import Callable
from datetime import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Case, DateTimeField, F, PositiveIntegerField, Q, Value, When
from django.db.models.functions import Coalesce, Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import User
from openline.community.models import Thread
from openline.core import counters
from openline.core.markdown import link_mentions, mentioned_usernames, render_markdown
from openline.core.publishing import Draft, check_before_publish
from openline.notifications import actions as notifications
from openline.notifications.models import Kind

from .adapters import length_limit
from .ingestion import BODY_MAX as BODY_MAX  # re-exported: the forms and views use them here
from .ingestion import INBOX_COUNTER as INBOX_COUNTER
from .models import (
    AgentAvailability,
    CannedReply,
    ChampionAssignment,
    Conversation,
    ConversationStatus,
    Delivery,
    DeliveryState,
    Message,
    MessageKind,
)
from .permissions import check_use_inbox

log = logging.getLogger(__name__)


def _changed() -> None:
    counters.bump(INBOX_COUNTER)


CONVERSATION = "inbox.conversation"


def _notify_on_commit(
    ids: set[int],
    kind: Kind,
    actor: User,
    conversation: Conversation,
    message: Message | None = None,
) -> None:
    """Tells colleagues once the note or assignment is committed (never the actor); the line
    (notification_lines.py) is `kind`'s, told in each reader's language."""
    values = {"name": actor.name, "subject": conversation.subject, "conversation": conversation.pk}
    url = reverse("inbox:conversation", args=[conversation.pk])
    if message is not None:
        url += f"#message-{message.pk}"

    def run() -> None:
        notifications.notify(
            ids,
            kind=kind,
            actor=actor,
            line=kind.value,
            values=values,
            url=url,
            about=(CONVERSATION, conversation.pk),
            detail_id=message.pk if message else None,
        )

    transaction.on_commit(run)


def status_fields(status: str, at: datetime) -> dict[str, Any]:
    """The columns a change to `status` writes, read against the row's old values in the same
    UPDATE: becoming solved stamps `solved_at` (unless it already was solved); leaving solved
    counts a reopen."""
    was_solved = Q(status=ConversationStatus.SOLVED)
    if status == ConversationStatus.SOLVED:
        keep = Case(When(was_solved, then=F("solved_at")), default=Value(at, DateTimeField()))
        return {"status": status, "solved_at": keep}
    again = Case(
        When(was_solved, then=F("reopen_count") + 1),
        default=F("reopen_count"),
        output_field=PositiveIntegerField(),
    )
    return {"status": status, "reopen_count": again}


def _claim_for(author: User, conversation: Conversation) -> None:
    """A staff answer to an unassigned conversation makes it the answerer's: the list, the
    champion queue and the next message's notification then agree on who has it. Conditional
    in the UPDATE, so an assignment made meanwhile (or a champion's turn) is never overwritten."""
    if not author.is_staff_member:
        return
    claimed = Conversation.objects.filter(
        pk=conversation.pk, assignee__isnull=True, champion__isnull=True
    ).update(assignee=author)
    if claimed:
        AgentAvailability.objects.update_or_create(
            user=author, defaults={"last_assigned_at": timezone.now()}
        )
        conversation.assignee = author


def mark_solved_on_channel(conversation: Conversation, reply_author: User | None = None) -> None:
    """The customer marked the answer that helped on the channel itself (accepted an answer on
    the community thread): the conversation is solved, its SLA clock stopped, and a champion's
    open turn counts as solved by them when the accepted answer is theirs."""
    now = timezone.now()
    with transaction.atomic():
        Conversation.objects.filter(pk=conversation.pk).update(
            **status_fields(ConversationStatus.SOLVED, now), response_due_at=None
        )
        if reply_author is not None:
            ChampionAssignment.objects.filter(
                conversation=conversation,
                champion=reply_author,
                ended_at__isnull=True,
                solved_at__isnull=True,
            ).update(solved_at=now)
        _changed()
    conversation.status, conversation.response_due_at = ConversationStatus.SOLVED, None


def _answered(conversation: Conversation, at: datetime, **fields: Any) -> None:
    """The first-response rule, for every answer the customer gets (an inbox reply, a
    colleague's answer on the community thread): the SLA clock stops, and the time of the first
    answer is kept (in the UPDATE itself, so a stale copy of the row cannot overwrite it)."""
    Conversation.objects.filter(pk=conversation.pk).update(
        response_due_at=None,
        last_message_at=at,
        first_response_at=Coalesce(F("first_response_at"), Value(at, DateTimeField())),
        **fields,
    )


# --- replies and notes ------------------------------------------------------------------------


def _clean_body(body: str) -> str:
    body = (body or "").strip()
    if not body:
        raise ValidationError({"body": _("Write something first: the text is empty.")})
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
    split: bool = False,
) -> Message:
    """Answers the customer where they wrote. The delivery is queued in the same transaction,
    so a reply is never lost and never sent twice. `split`: on a channel with a length limit,
    a longer reply goes out as a thread of numbered posts (else it is refused)."""
    check_use_inbox(agent)
    return publish_reply(
        agent, conversation, body=body, status=status, acknowledged=acknowledged, split=split
    )


def publish_reply(
    author: User,
    conversation: Conversation,
    *,
    body: str,
    status: str = ConversationStatus.PENDING,
    acknowledged: bool = False,
    context: dict[str, Any] | None = None,
    split: bool = False,
) -> Message:
    """The pre-publish checks and the delivery of a reply, shared by staff and champions (who
    check their own permission first). `context` adds to the draft's context."""
    body = _clean_body(body)
    if status not in ConversationStatus.values:
        raise ValidationError({"status": _("Unknown status.")})
    split = _check_length(conversation, body, split)
    check_before_publish(
        Draft(
            author,
            body,
            conversation.account.kind,
            acknowledged,
            {"conversation_id": conversation.pk, **(context or {})},
        )
    )
    from .tasks import deliver  # tasks import the adapters registry, which imports models

    with transaction.atomic():
        now = timezone.now()
        message = Message.objects.create(
            conversation=conversation,
            kind=MessageKind.REPLY,
            author=author,
            account=conversation.account,
            body=body,
            body_html=render_markdown(body, trusted=author.is_trusted_author),
            raw={"split": True} if split else {},
            created_at=now,
        )
        delivery = Delivery.objects.create(message=message)
        _answered(conversation, now, **status_fields(status, now))
        _claim_for(author, conversation)
        _changed()
        transaction.on_commit(lambda: deliver.enqueue(delivery.pk))
    return message


def _check_length(conversation: Conversation, body: str, split: bool) -> bool:
    """Refuses a reply longer than the channel's posts unless it may go as a thread; returns
    whether it will be split."""
    limit = length_limit(conversation)
    if limit is None:
        return False
    length = limit.count(body)
    if length <= limit.limit:
        return False
    if split and limit.can_split:
        return True
    channel = conversation.account.get_kind_display()
    hint = " or send it as a thread of numbered posts" if limit.can_split else ""
    raise ValidationError(
        {
            "body": _(
                "%(channel)s takes %(limit)s %(unit)s in a post; this reply has %(length)s. "
                "Shorten "
                "it%(hint)s."
            )
            % {
                "channel": channel,
                "limit": limit.limit,
                "unit": limit.unit,
                "length": length,
                "hint": hint,
            }
        }
    )


def add_note(agent: User, conversation: Conversation, *, body: str) -> Message:
    """An internal note beside the public dialogue: never sent, never shown to customers.
    @-mentioned colleagues are notified."""
    check_use_inbox(agent)
    body = _clean_body(body)
    names = mentioned_usernames(body)
    colleagues = [
        u
        for u in User.objects.alias(lower_username=Lower("username")).filter(
            lower_username__in=names, is_active=True
        )
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
        _notify_on_commit(
            {u.pk for u in colleagues},
            Kind.INBOX_MENTION,
            agent,
            conversation,
            message,
        )
        _changed()
    return message


def retry_delivery(agent: User, delivery: Delivery) -> Delivery:
    check_use_inbox(agent)
    if delivery.state != DeliveryState.FAILED:
        raise ValidationError(_("Only a failed delivery can be retried."))
    from .tasks import deliver

    Delivery.objects.filter(pk=delivery.pk).update(
        state=DeliveryState.QUEUED, attempts=0, next_attempt_at=timezone.now(), claimed_until=None
    )
    _changed()
    transaction.on_commit(lambda: deliver.enqueue(delivery.pk))
    delivery.refresh_from_db()
    return delivery


def remember_reply_id(message: Message, external_id: str) -> bool:
    """The channel's id for a reply it is sending (an e-mail's Message-ID, a webhook reply's
    id), so that the customer's answer naming it joins the conversation; an id already set is
    kept. False when another message of the account has that id (threading then falls back on
    the conversation key). No counter bump: no inbox shows the id, and the delivery task bumps
    the counter when the send ends."""
    try:
        with transaction.atomic():
            Message.objects.filter(pk=message.pk, external_id__isnull=True).update(
                external_id=external_id
            )
    except IntegrityError:
        return False
    return True


def remember_reply_parts(message: Message, key: str, ids: list[str]) -> None:
    """The channel's ids of the posts of a reply sent as a thread so far, under `raw[key]`: a
    channel without idempotency keys (X) retries from the next part instead of posting the
    first ones again. No counter bump, as for `remember_reply_id`."""
    with transaction.atomic():
        raw = (
            Message.objects.select_for_update()
            .filter(pk=message.pk)
            .values_list("raw", flat=True)
            .first()
        )
        raw = {**(raw if isinstance(raw, dict) else {}), key: list(ids)}
        Message.objects.filter(pk=message.pk).update(raw=raw)
    message.raw = raw


# --- answers given on a channel itself (the community channel) -------------------------------


def link_thread(conversation: Conversation, thread: Thread) -> None:
    """The conversation a community thread started points at its thread (replies from the
    inbox are published there)."""
    with transaction.atomic():
        Conversation.objects.filter(pk=conversation.pk).update(thread=thread)
        _changed()
    conversation.thread = thread


def record_channel_answer(
    author: User,
    conversation: Conversation,
    *,
    external_id: str,
    body: str,
    body_html: str,
    created_at: datetime,
) -> Message:
    """A colleague answered the customer on the channel itself (on the community thread, not
    through the inbox): the answer joins the conversation as a reply, nothing is sent, and it
    stops the SLA clock under the same first-response rule as an inbox reply."""
    with transaction.atomic():
        message = Message.objects.create(
            conversation=conversation,
            kind=MessageKind.REPLY,
            author=author,
            account_id=conversation.account_id,
            external_id=external_id,
            body=body,
            body_html=body_html,
            created_at=created_at,
        )
        _answered(conversation, created_at)
        _claim_for(author, conversation)
        _changed()
    return message


def mark_reply_published(message: Message, delivery: Delivery, *, reference: str, url: str) -> None:
    """A reply its channel published at once (the community thread): the message takes the
    channel's id and address and its delivery is sent. Call it in the transaction that
    published the reply, so that a worker dying in between can never publish it twice."""
    with transaction.atomic():
        Message.objects.filter(pk=message.pk).update(external_id=reference, url=url)
        Delivery.objects.filter(pk=delivery.pk).update(
            state=DeliveryState.SENT, sent_at=timezone.now(), external_ref=reference
        )
        _changed()


# --- assignment and status --------------------------------------------------------------------


def assign(actor: User, conversation: Conversation, assignee: User | None) -> Conversation:
    check_use_inbox(actor)
    if assignee is not None and not assignee.is_staff_member:
        raise ValidationError({"assignee": _("Conversations can only be assigned to staff.")})
    if assignee is not None and conversation.champion_id is not None:
        raise ValidationError(_("A champion is working on this conversation: take it over first."))
    with transaction.atomic():
        conversation.assignee = assignee
        conversation.save(update_fields=["assignee"])
        if assignee is not None:
            AgentAvailability.objects.update_or_create(
                user=assignee, defaults={"last_assigned_at": timezone.now()}
            )
            _notify_on_commit({assignee.pk}, Kind.INBOX_ASSIGNED, actor, conversation)
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
        raise ValidationError(_("No agent is available."))
    return assign(actor, conversation, candidates[0])


def set_availability(user: User, *, available: bool) -> None:
    check_use_inbox(user)
    AgentAvailability.objects.update_or_create(user=user, defaults={"available": available})


def change_status(actor: User, conversation: Conversation, status: str) -> Conversation:
    check_use_inbox(actor)
    if status not in ConversationStatus.values:
        raise ValidationError(
            {
                "status": _("Choose one of: %(join)s.")
                % {"join": ", ".join(ConversationStatus.values)}
            }
        )
    fields = status_fields(status, timezone.now())
    if status == ConversationStatus.SOLVED:
        fields["response_due_at"] = None
    with transaction.atomic():
        Conversation.objects.filter(pk=conversation.pk).update(**fields)
        _changed()
    conversation.refresh_from_db(fields=["status", "response_due_at", "solved_at", "reopen_count"])
    return conversation


# --- several conversations at once ------------------------------------------------------------


def _bulk(
    actor: User, ids: list[int], change: Callable[[Conversation], object]
) -> tuple[list[Conversation], list[tuple[Conversation, str]]]:
    """Applies `change` to each conversation in one transaction, rows locked in id order.
    A row the change refuses (a champion is on it) is rolled back alone and reported; the
    others keep their change."""
    check_use_inbox(actor)
    changed: list[Conversation] = []
    refused: list[tuple[Conversation, str]] = []
    with transaction.atomic():
        for conversation in (
            Conversation.objects.select_for_update().filter(pk__in=ids).order_by("pk")
        ):
            try:
                with transaction.atomic():
                    change(conversation)
            except ValidationError as error:
                refused.append((conversation, " ".join(error.messages)))
            else:
                changed.append(conversation)
    return changed, refused


def bulk_assign(
    actor: User, ids: list[int], assignee: User | None
) -> tuple[list[Conversation], list[tuple[Conversation, str]]]:
    """Assigns the selected conversations (or unassigns them), as `assign` does one."""
    check_use_inbox(actor)
    if assignee is not None and not assignee.is_staff_member:
        raise ValidationError({"assignee": _("Conversations can only be assigned to staff.")})
    return _bulk(actor, ids, lambda conversation: assign(actor, conversation, assignee))


def bulk_change_status(
    actor: User, ids: list[int], status: str
) -> tuple[list[Conversation], list[tuple[Conversation, str]]]:
    check_use_inbox(actor)
    if status not in ConversationStatus.values:
        raise ValidationError(
            {
                "status": _("Choose one of: %(join)s.")
                % {"join": ", ".join(ConversationStatus.values)}
            }
        )
    return _bulk(actor, ids, lambda conversation: change_status(actor, conversation, status))


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


def set_labels(labels: dict[int, tuple[str, str, str]]) -> int:
    """What each conversation's latest customer message wants, how they feel and which product
    area it is about, by conversation id (the feedback app's background reading, or an agent's
    correction). Returns how many conversations changed."""
    changed = 0
    with transaction.atomic():
        for conversation_id, (intent, sentiment, area) in labels.items():
            changed += (
                Conversation.objects.filter(pk=conversation_id)
                .exclude(intent=intent, sentiment=sentiment, product_area=area)
                .update(intent=intent, sentiment=sentiment, product_area=area)
            )
        if changed:
            counters.bump(INBOX_COUNTER)
    return changed
