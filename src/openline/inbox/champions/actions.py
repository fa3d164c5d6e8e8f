"""Writes of the champion queue, `verb_noun(actor, obj, ...)`: opting in and out, taking,
answering, solving and handing back a conversation; staff taking over, offering, choosing the
areas. One transaction each; every change bumps the inbox counter so that open pages update."""

from datetime import datetime, timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import User
from openline.community.models import Space, Tag
from openline.core.markdown import render_markdown
from openline.people.permissions import check_be_champion

from .. import actions as inbox_actions
from ..models import (
    ChampionArea,
    ChampionAssignment,
    ChampionEnd,
    ChampionOptIn,
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
from . import selectors

NOTE_MAX = 2000


# --- by champions ---------------------------------------------------------------------------------


def opt_in(user: User, *, areas: list[ChampionArea]) -> ChampionOptIn:
    """Joins the champion queue for `areas` (or changes them)."""
    check_be_champion(user)
    chosen = [a for a in areas if a.is_active]
    if not chosen:
        raise ValidationError({"areas": _("Choose at least one product area.")})
    with transaction.atomic():
        opt_in, _created = ChampionOptIn.objects.update_or_create(
            user=user, defaults={"active": True, "opted_out_at": None}
        )
        opt_in.areas.set(chosen)
        inbox_actions._changed()
    forget_champion(user)
    return opt_in


def opt_out(user: User) -> None:
    """Leaves the queue; conversations still taken go back to staff."""
    with transaction.atomic():
        updated = ChampionOptIn.objects.filter(user=user, active=True).update(
            active=False, opted_out_at=timezone.now()
        )
        if not updated:
            raise ValidationError(_("You are not in the champion queue."))
        for conversation in Conversation.objects.filter(champion=user):
            _release(user, conversation, reason=ChampionEnd.OPTED_OUT, note="")
        inbox_actions._changed()
    forget_champion(user)


def take_conversation(user: User, conversation: Conversation) -> ChampionAssignment:
    """Takes an offered conversation. The conditional UPDATE is the lock: of two champions
    (or a champion and a colleague) only the first one's UPDATE finds the row still free."""
    check_use_champion_queue(user)
    now = timezone.now()
    if not selectors.offered_to(user, now).filter(pk=conversation.pk).exists():
        raise ValidationError(_("This conversation is no longer offered: someone took it first."))
    area = selectors.area_for(conversation, selectors.areas_of(user))
    with transaction.atomic():
        taken = Conversation.objects.filter(
            pk=conversation.pk,
            status=ConversationStatus.OPEN,
            assignee__isnull=True,
            champion__isnull=True,
            champion_closed_at__isnull=True,
        ).update(champion=user)
        if not taken:
            raise ValidationError(
                _("This conversation is no longer offered: someone took it first.")
            )
        turn = ChampionAssignment.objects.create(
            conversation=conversation,
            champion=user,
            area=area,
            taken_at=now,
            answer_due_at=now + timedelta(minutes=selectors.champion_settings()["ANSWER_MINUTES"]),
        )
        inbox_actions._changed()
    conversation.champion = user
    return turn


def _lock_own(user: User, conversation: Conversation) -> Conversation:
    """The row, locked, while it is still the champion's: a colleague's takeover in between
    leaves them nothing to write."""
    locked = Conversation.objects.select_for_update().filter(pk=conversation.pk, champion=user)
    row = locked.first()
    if row is None:
        raise PermissionDenied(_("This conversation is not yours to answer (any more)."))
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
        raise ValidationError({"status": _("A reply leaves the conversation open or waiting.")})
    with transaction.atomic():
        row = _lock_own(user, conversation)
        message = inbox_actions.publish_reply(
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
            **inbox_actions.status_fields(ConversationStatus.SOLVED, now), response_due_at=None
        )
        ChampionAssignment.objects.filter(
            conversation=conversation, champion=user, ended_at__isnull=True, solved_at__isnull=True
        ).update(solved_at=now)
        inbox_actions._changed()
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
        inbox_actions._changed()
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
    if conversation.response_due_at is None and conversation.sla_policy is not None:
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
        # A stored note, read by every colleague: in the company's language, not the actor's.
        with translation.override(settings.LANGUAGE_CODE):
            names = {"label": ChampionEnd(reason).label, "name": champion.name}
            text = gettext("%(label)s by champion %(name)s.") % names
            if reason == ChampionEnd.LATE:
                text = gettext("Back with staff: champion %(name)s had not answered in time.") % {
                    "name": champion.name
                }
        text += f"\n\n{note}" if note and reason != ChampionEnd.LATE else ""
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
        inbox_actions._changed()
    return returned


# --- by staff -------------------------------------------------------------------------------------


def take_over(staff: User, conversation: Conversation) -> Conversation:
    """A colleague takes the conversation from its champion, who loses access at once."""
    check_use_inbox(staff)
    with transaction.atomic():
        row = Conversation.objects.select_for_update().get(pk=conversation.pk)
        if row.champion_id is None:
            raise ValidationError(_("No champion is working on this conversation."))
        _release(staff, row, reason=ChampionEnd.TAKEN_OVER, note="")
        row.refresh_from_db()
        inbox_actions.assign(staff, row, staff)
    conversation.refresh_from_db()
    return conversation


def offer_to_champions(staff: User, conversation: Conversation, area: ChampionArea) -> Conversation:
    """Marks a conversation (e-mail, webhook, any channel) as a complaint or problem in an area:
    champions of that area are offered it for the offer window."""
    check_use_inbox(staff)
    if not area.is_active:
        raise ValidationError({"area": _("This area is not offered to champions any more.")})
    if conversation.status != ConversationStatus.OPEN:
        raise ValidationError(_("Only an open conversation can be offered to champions."))
    if conversation.champion_id is not None:
        raise ValidationError(_("A champion is already working on this conversation."))
    if conversation.assignee_id is not None:
        raise ValidationError(_("Unassign the conversation first: it is a colleague's now."))
    if conversation.thread is not None and conversation.thread.space.is_private:
        raise ValidationError(_("A thread in a private space is never offered to champions."))
    now = timezone.now()
    Conversation.objects.filter(pk=conversation.pk).update(
        champion_area=area, champion_offered_at=now, champion_closed_at=None
    )
    inbox_actions._changed()
    conversation.champion_area, conversation.champion_offered_at = area, now
    conversation.champion_closed_at = None
    return conversation


def create_area(
    actor: User, *, name: str, space: Space | None = None, tag: Tag | None = None
) -> ChampionArea:
    check_manage_champion_areas(actor)
    name = (name or "").strip()
    if not name:
        raise ValidationError({"name": _("Name the area.")})
    if space is None and tag is None:
        raise ValidationError(_("Choose a community space, a tag, or both."))
    if space is not None and space.is_private:
        raise ValidationError({"space": _("Only public spaces: champions answer in public.")})
    if ChampionArea.objects.filter(name__iexact=name).exists():
        raise ValidationError({"name": _("An area with this name exists.")})
    return ChampionArea.objects.create(name=name[:80], space=space, tag=tag)


def set_area_active(actor: User, area: ChampionArea, *, active: bool) -> ChampionArea:
    check_manage_champion_areas(actor)
    area.is_active = active
    area.save(update_fields=["is_active"])
    inbox_actions._changed()
    return area
