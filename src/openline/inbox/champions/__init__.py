"""The champion queue: complaints and problems in chosen product areas are offered to members
who opted in as champions (trust level 4 or super-users, never staff), under an SLA. Staff see
every champion conversation and can take it over; a champion hands back with one click.
Champions never see the customer's private data (see `shown_messages`).

What is offered to a champion (`offered_q`): an open conversation that no colleague and no
champion has, that never left the champion queue, in one of the champion's areas, and either
- offered by staff in that area within the offer window: how an e-mail or webhook complaint
  (or any conversation a colleague judges to be one) becomes a champion conversation; or
- a community thread of a champion kind (`problem`) or with a complaint tag, in a public space,
  started within the offer window, matching the area's space and/or tag.
An untaken offer simply stops being one when its window ends; the conversation is then in the
staff's Unassigned queue again, without any job having to run.

Settings (all optional): OPENLINE["CHAMPIONS"] = {"OFFER_MINUTES": 120, "ANSWER_MINUTES": 60,
"THREAD_KINDS": ["problem"], "COMPLAINT_TAGS": ["complaint"]}.

Reads first (each checks the actor), then writes (`verb_noun(actor, obj, ...)`, one
transaction each, every change bumping the inbox counter so open pages update)."""

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Exists, OuterRef, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from openline.accounts.models import User
from openline.community.models import Space, Tag
from openline.core.markdown import render_markdown
from openline.core.redaction import has_redactors, redact
from openline.people.permissions import check_be_champion

from .. import actions
from ..models import (
    ChampionArea,
    ChampionAssignment,
    ChampionEnd,
    ChampionOptIn,
    ChannelKind,
    Conversation,
    ConversationStatus,
    Message,
    MessageKind,
)
from ..permissions import (
    check_manage_champion_areas,
    check_use_champion_queue,
    check_use_inbox,
    check_work_champion_conversation,
    forget_champion,
)

DEFAULTS: dict[str, Any] = {
    "OFFER_MINUTES": 120,
    "ANSWER_MINUTES": 60,
    "THREAD_KINDS": ["problem"],
    "COMPLAINT_TAGS": ["complaint"],
}
# Channels whose messages are public anyway; everything else (e-mail, webhooks, any other
# channel) is private and redacted for champions.
PUBLIC_CHANNELS = {ChannelKind.COMMUNITY, ChannelKind.FEED}
NOTE_MAX = 2000
HIDDEN = "(hidden: this text comes from a private channel and cannot be redacted right now)"


def champion_settings() -> dict[str, Any]:
    return {**DEFAULTS, **settings.OPENLINE.get("CHAMPIONS", {})}


def is_private_channel(kind: str) -> bool:
    return kind not in PUBLIC_CHANNELS


# --- what is offered --------------------------------------------------------------------------


def offer_window_start(now: datetime) -> datetime:
    return now - timedelta(minutes=champion_settings()["OFFER_MINUTES"])


def offered_q(areas: QuerySet[ChampionArea], now: datetime) -> Q:
    """Conversations offered in any of `areas` at `now` (see the module's docstring)."""
    config = champion_settings()
    since = offer_window_start(now)
    areas = areas.filter(is_active=True)
    free = Q(
        status=ConversationStatus.OPEN,
        assignee__isnull=True,
        champion__isnull=True,
        champion_closed_at__isnull=True,
    ) & (Q(thread__isnull=True) | Q(thread__space__is_private=False))  # champions answer in public
    by_staff = Q(champion_area__in=areas, champion_offered_at__gt=since)
    complaint_tag = Exists(
        Tag.objects.filter(threads=OuterRef("thread_id"), slug__in=config["COMPLAINT_TAGS"])
    )
    in_area = Exists(
        areas.filter(
            Q(space__isnull=True) | Q(space_id=OuterRef("thread__space_id")),
            Q(tag__isnull=True) | Q(tag__threads=OuterRef("thread_id")),
        )
    )
    automatic = (
        Q(champion_area__isnull=True, thread__isnull=False, created_at__gt=since)
        & Q(thread__space__is_private=False)
        & (Q(thread__kind__in=config["THREAD_KINDS"]) | Q(complaint_tag))
        & Q(in_area)
    )
    return free & (by_staff | automatic)


def _on_offer(now: datetime) -> Q:
    """On offer to any champion, as a plain `pk IN (...)`: safe to negate."""
    offered = Conversation.objects.filter(offered_q(ChampionArea.objects.all(), now))
    return Q(pk__in=offered.values("pk"))


def champion_queue_q(now: datetime | None = None) -> Q:
    """The staff's Champions queue: unsolved conversations a champion works on, and those on
    offer to champions right now."""
    now = now or timezone.now()
    working = Q(champion__isnull=False) & ~Q(status=ConversationStatus.SOLVED)
    return working | _on_offer(now)


def staff_unassigned_q(now: datetime | None = None) -> Q:
    """What the staff's Unassigned queue leaves out: a champion has it, or it is on offer to
    champions (until the offer window ends)."""
    return Q(champion__isnull=True) & ~_on_offer(now or timezone.now())


def _areas_of(user: User) -> QuerySet[ChampionArea]:
    return ChampionArea.objects.filter(opt_ins__user=user, opt_ins__active=True, is_active=True)


def _offered_to(user: User, now: datetime) -> QuerySet[Conversation]:
    """Never the champion's own threads or conversations."""
    return (
        Conversation.objects.filter(offered_q(_areas_of(user), now))
        .exclude(customer__user_id=user.pk)
        .exclude(thread__author_id=user.pk)
    )


def offer_ends_at(conversation: Conversation) -> datetime:
    start = conversation.champion_offered_at or conversation.created_at
    return start + timedelta(minutes=champion_settings()["OFFER_MINUTES"])


def _area_for(conversation: Conversation, areas: QuerySet[ChampionArea]) -> ChampionArea | None:
    if conversation.champion_area_id is not None:
        return conversation.champion_area
    thread = conversation.thread
    if thread is None:
        return None
    tags = Tag.objects.filter(threads=thread)
    return (
        areas.filter(Q(space__isnull=True) | Q(space_id=thread.space_id))
        .filter(Q(tag__isnull=True) | Q(tag__in=tags))
        .first()
    )


# --- reads for champions ----------------------------------------------------------------------


def my_areas(user: User) -> QuerySet[ChampionArea]:
    check_use_champion_queue(user)
    return _areas_of(user).select_related("space", "tag")


def offered_conversations(user: User) -> QuerySet[Conversation]:
    check_use_champion_queue(user)
    return (
        _offered_to(user, timezone.now())
        .select_related("account", "customer", "thread__author", "thread__space", "champion_area")
        .order_by("created_at", "id")
    )


def my_conversations(user: User, limit: int = 100) -> list[Conversation]:
    """The champion's own conversations, unsolved first, each with its open turn."""
    check_use_champion_queue(user)
    rows = list(
        Conversation.objects.filter(champion=user)
        .select_related("account", "customer", "thread__author", "thread__space")
        .order_by("status", "-last_message_at")[:limit]
    )
    turns = {
        t.conversation_id: t
        for t in ChampionAssignment.objects.filter(
            conversation__in=rows, champion=user, ended_at__isnull=True
        )
    }
    for row in rows:
        row.turn = turns.get(row.pk)
    return rows


def access_champion_conversation(user: User, conversation_id: int) -> Conversation:
    """A conversation the champion took, or one offered to them (to read before taking it).
    Anything else answers 404, exactly like one that does not exist."""
    check_use_champion_queue(user)
    qs = Conversation.objects.select_related(
        "account", "customer", "thread__author", "thread__space", "champion_area"
    )
    try:
        conversation = qs.get(pk=conversation_id)
    except (Conversation.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such conversation.") from None
    if conversation.thread is not None and conversation.thread.space.is_private:
        raise Http404("No such conversation.")
    if conversation.champion_id == user.pk:
        return conversation
    if _offered_to(user, timezone.now()).filter(pk=conversation.pk).exists():
        return conversation
    raise Http404("No such conversation.")


def open_turn(conversation: Conversation) -> ChampionAssignment | None:
    return (
        ChampionAssignment.objects.filter(conversation=conversation, ended_at__isnull=True)
        .select_related("champion", "area")
        .first()
    )


def champion_history(conversation: Conversation) -> QuerySet[ChampionAssignment]:
    """Every champion's turn on the conversation, for staff."""
    return ChampionAssignment.objects.filter(conversation=conversation).select_related(
        "champion", "ended_by", "area"
    )


def private_text(conversation: Conversation, text: str) -> str:
    """Text as a champion may read it: masked when it comes from a private channel."""
    if not is_private_channel(conversation.account.kind) or not text:
        return text
    return redact(text) if has_redactors() else HIDDEN


def shown_subject(conversation: Conversation) -> str:
    return private_text(conversation, conversation.subject) or "(no subject)"


def customer_label(conversation: Conversation) -> str:
    """Who asked, as a champion sees it: the public name on the community; on a private
    channel only a first name, never an address or a handle."""
    if conversation.thread is not None:
        return conversation.thread.author.name
    # Person.name falls back to the handle, which may be a phone number or an address: only
    # a first name made of letters is shown.
    name = (conversation.customer.name if conversation.customer else "").strip()
    first = name.split()[0] if name else ""
    return first if first.replace("-", "").replace("'", "").isalpha() else "The customer"


@dataclass(frozen=True)
class ShownMessage:
    pk: int
    kind: str
    who: str
    body_html: str
    created_at: datetime
    hidden_attachments: int


def shown_messages(conversation: Conversation) -> list[ShownMessage]:
    """The dialogue without internal notes, attachments, links to the original or the raw
    message; text from private channels redacted and rendered again from the redacted text."""
    private = is_private_channel(conversation.account.kind)
    shown = []
    for m in (
        conversation.messages.exclude(kind=MessageKind.NOTE)
        .select_related("author")
        .prefetch_related("attachments")
    ):
        if m.kind == MessageKind.INBOUND:
            who = customer_label(conversation) if private else _public_sender(m, conversation)
        else:
            who = m.author.name if m.author else "Staff"
        html = render_markdown(private_text(conversation, m.body)) if private else m.body_html
        shown.append(ShownMessage(m.pk, m.kind, who, html, m.created_at, len(m.attachments.all())))
    return shown


def _public_sender(message: Message, conversation: Conversation) -> str:
    identity = message.identity
    if identity is not None and identity.handle:
        return identity.name or identity.handle
    return customer_label(conversation)


# --- writes by champions ----------------------------------------------------------------------


def opt_in(user: User, *, areas: list[ChampionArea]) -> ChampionOptIn:
    """Joins the champion queue for `areas` (or changes them)."""
    check_be_champion(user)
    chosen = [a for a in areas if a.is_active]
    if not chosen:
        raise ValidationError({"areas": "Choose at least one product area."})
    with transaction.atomic():
        opt_in, _ = ChampionOptIn.objects.update_or_create(
            user=user, defaults={"active": True, "opted_out_at": None}
        )
        opt_in.areas.set(chosen)
        actions._changed()
    forget_champion(user)
    return opt_in


def opt_out(user: User) -> None:
    """Leaves the queue; conversations still taken go back to staff."""
    with transaction.atomic():
        updated = ChampionOptIn.objects.filter(user=user, active=True).update(
            active=False, opted_out_at=timezone.now()
        )
        if not updated:
            raise ValidationError("You are not in the champion queue.")
        for conversation in Conversation.objects.filter(champion=user):
            _release(user, conversation, reason=ChampionEnd.OPTED_OUT, note="")
        actions._changed()
    forget_champion(user)


def take_conversation(user: User, conversation: Conversation) -> ChampionAssignment:
    """Takes an offered conversation. The conditional UPDATE is the lock: of two champions
    (or a champion and a colleague) only the first one's UPDATE finds the row still free."""
    check_use_champion_queue(user)
    now = timezone.now()
    if not _offered_to(user, now).filter(pk=conversation.pk).exists():
        raise ValidationError("This conversation is no longer offered: someone took it first.")
    area = _area_for(conversation, _areas_of(user))
    with transaction.atomic():
        taken = Conversation.objects.filter(
            pk=conversation.pk,
            status=ConversationStatus.OPEN,
            assignee__isnull=True,
            champion__isnull=True,
            champion_closed_at__isnull=True,
        ).update(champion=user)
        if not taken:
            raise ValidationError("This conversation is no longer offered: someone took it first.")
        turn = ChampionAssignment.objects.create(
            conversation=conversation,
            champion=user,
            area=area,
            taken_at=now,
            answer_due_at=now + timedelta(minutes=champion_settings()["ANSWER_MINUTES"]),
        )
        actions._changed()
    conversation.champion = user
    return turn


def _lock_own(user: User, conversation: Conversation) -> Conversation:
    """The row, locked, while it is still the champion's: a colleague's takeover in between
    leaves them nothing to write."""
    locked = Conversation.objects.select_for_update().filter(pk=conversation.pk, champion=user)
    row = locked.first()
    if row is None:
        raise PermissionDenied("This conversation is not yours to answer (any more).")
    return row


def reply_as_champion(
    user: User,
    conversation: Conversation,
    *,
    body: str,
    status: str = ConversationStatus.PENDING,
    acknowledged: bool = False,
) -> Message:
    """Answers the customer through the same checks and delivery as a staff reply. A reply
    that would need a reviewer is refused instead of held: a champion rephrases it (the
    approval of a held reply publishes through the staff inbox, which champions cannot use)."""
    check_work_champion_conversation(user, conversation)
    if status not in (ConversationStatus.OPEN, ConversationStatus.PENDING):
        raise ValidationError({"status": "A reply leaves the conversation open or waiting."})
    with transaction.atomic():
        row = _lock_own(user, conversation)
        message = actions.publish_reply(
            user,
            row,
            body=body,
            status=status,
            acknowledged=acknowledged,
            context={"champion": True, "reviewable": False},
        )
        ChampionAssignment.objects.filter(
            conversation=conversation,
            champion=user,
            ended_at__isnull=True,
            first_answer_at__isnull=True,
        ).update(first_answer_at=message.created_at)
    return message


def solve_conversation(user: User, conversation: Conversation) -> Conversation:
    check_work_champion_conversation(user, conversation)
    now = timezone.now()
    with transaction.atomic():
        _lock_own(user, conversation)
        Conversation.objects.filter(pk=conversation.pk).update(
            status=ConversationStatus.SOLVED, response_due_at=None
        )
        ChampionAssignment.objects.filter(
            conversation=conversation, champion=user, ended_at__isnull=True, solved_at__isnull=True
        ).update(solved_at=now)
        actions._changed()
    conversation.status, conversation.response_due_at = ConversationStatus.SOLVED, None
    return conversation


def hand_back(user: User, conversation: Conversation, *, note: str = "") -> Conversation:
    """Back to the staff's Unassigned queue, open, with the SLA clock running."""
    check_work_champion_conversation(user, conversation)
    note = (note or "").strip()
    if len(note) > NOTE_MAX:
        raise ValidationError({"note": f"Keep the note under {NOTE_MAX:,} characters."})
    with transaction.atomic():
        row = _lock_own(user, conversation)
        _release(user, row, reason=ChampionEnd.HANDED_BACK, note=note)
        actions._changed()
    conversation.champion = None
    return conversation


def _release(actor: User | None, conversation: Conversation, *, reason: str, note: str) -> None:
    """Ends the open turn and hands the conversation to staff, open and owed an answer."""
    now = timezone.now()
    champion = conversation.champion
    fields: dict[str, Any] = {
        "champion": None,
        "champion_closed_at": now,
        "status": ConversationStatus.OPEN,
    }
    if conversation.response_due_at is None and conversation.sla_policy_id is not None:
        minutes = conversation.sla_policy.next_response_minutes
        fields["response_due_at"] = now + timedelta(minutes=minutes)
    if conversation.status == ConversationStatus.SOLVED:
        fields.pop("status")  # a solved conversation stays solved; it only changes hands
        fields.pop("response_due_at", None)
    Conversation.objects.filter(pk=conversation.pk).update(**fields)
    ChampionAssignment.objects.filter(conversation=conversation, ended_at__isnull=True).update(
        ended_at=now, end_reason=reason, ended_by=actor, note=note
    )
    if reason != ChampionEnd.TAKEN_OVER and champion is not None:
        label = ChampionEnd(reason).label
        text = f"{label} by champion {champion.name}." + (f"\n\n{note}" if note else "")
        if reason == ChampionEnd.LATE:
            text = f"Back with staff: champion {champion.name} had not answered in time."
        Message.objects.create(
            conversation=conversation,
            kind=MessageKind.NOTE,
            author=champion,
            account_id=conversation.account_id,
            body=text,
            body_html=render_markdown(text),
        )


def return_late_turns(now: datetime | None = None) -> int:
    """Hands back to staff every conversation whose champion has neither answered nor solved
    it by the turn's `answer_due_at` (the champion SLA): the customer must not wait on a
    champion who is away. Run by the worker every minute. Returns how many went back."""
    now = now or timezone.now()
    late = dict(
        ChampionAssignment.objects.filter(
            ended_at__isnull=True,
            first_answer_at__isnull=True,
            solved_at__isnull=True,
            answer_due_at__lte=now,
        ).values_list("pk", "conversation_id")
    )
    returned = 0
    for turn_id, conversation_id in late.items():
        with transaction.atomic():
            row = (
                Conversation.objects.select_for_update(of=("self",))  # PostgreSQL: not the joins
                .select_related("champion", "sla_policy")
                .filter(pk=conversation_id, champion__isnull=False)
                .first()
            )
            still_late = ChampionAssignment.objects.filter(
                pk=turn_id,
                ended_at__isnull=True,
                first_answer_at__isnull=True,
                solved_at__isnull=True,
            ).exists()  # re-read under the lock: an answer may have come meanwhile
            if row is None or not still_late:
                continue
            _release(None, row, reason=ChampionEnd.LATE, note="")
            returned += 1
    if returned:
        actions._changed()
    return returned


# --- writes by staff --------------------------------------------------------------------------


def take_over(staff: User, conversation: Conversation) -> Conversation:
    """A colleague takes the conversation from its champion, who loses access at once."""
    check_use_inbox(staff)
    with transaction.atomic():
        row = Conversation.objects.select_for_update().get(pk=conversation.pk)
        if row.champion_id is None:
            raise ValidationError("No champion is working on this conversation.")
        _release(staff, row, reason=ChampionEnd.TAKEN_OVER, note="")
        row.refresh_from_db()
        actions.assign(staff, row, staff)
    conversation.refresh_from_db()
    return conversation


def offer_to_champions(staff: User, conversation: Conversation, area: ChampionArea) -> Conversation:
    """Marks a conversation (e-mail, webhook, any channel) as a complaint or problem in an area:
    champions of that area are offered it for the offer window."""
    check_use_inbox(staff)
    if not area.is_active:
        raise ValidationError({"area": "This area is not offered to champions any more."})
    if conversation.status != ConversationStatus.OPEN:
        raise ValidationError("Only an open conversation can be offered to champions.")
    if conversation.champion_id is not None:
        raise ValidationError("A champion is already working on this conversation.")
    if conversation.assignee_id is not None:
        raise ValidationError("Unassign the conversation first: it is a colleague's now.")
    if conversation.thread is not None and conversation.thread.space.is_private:
        raise ValidationError("A thread in a private space is never offered to champions.")
    now = timezone.now()
    Conversation.objects.filter(pk=conversation.pk).update(
        champion_area=area, champion_offered_at=now, champion_closed_at=None
    )
    actions._changed()
    conversation.champion_area, conversation.champion_offered_at = area, now
    conversation.champion_closed_at = None
    return conversation


def create_area(
    actor: User, *, name: str, space: Space | None = None, tag: Tag | None = None
) -> ChampionArea:
    check_manage_champion_areas(actor)
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": "Name the area."})
    if space is None and tag is None:
        raise ValidationError("Choose a community space, a tag, or both.")
    if space is not None and space.is_private:
        raise ValidationError({"space": "Only public spaces: champions answer in public."})
    if ChampionArea.objects.filter(name__iexact=name).exists():
        raise ValidationError({"name": "An area with this name exists."})
    return ChampionArea.objects.create(name=name[:80], space=space, tag=tag)


def set_area_active(actor: User, area: ChampionArea, *, active: bool) -> ChampionArea:
    check_manage_champion_areas(actor)
    area.is_active = active
    area.save(update_fields=["is_active"])
    actions._changed()
    return area
