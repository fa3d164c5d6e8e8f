"""Writes about ideas: an agent links an inbox conversation to an idea (a customer's "+1" from
any channel) or takes the link off; when ideas merge the links move with the votes; when an
idea ships, the agents of its linked conversations are told, with a reply prepared for the
customer. Nothing here writes to a customer: the agent reads, edits and sends the reply."""

import functools

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.http import Http404
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import User
from openline.community.models import Thread, ThreadKind, ThreadStatus
from openline.community.selectors import access_thread, current_thread
from openline.inbox.actions import CONVERSATION
from openline.inbox.models import Conversation
from openline.inbox.permissions import check_use_inbox
from openline.notifications import actions as notifications
from openline.notifications.models import Kind

from . import ideas
from .models import IdeaLink

DRAFT = "idea-shipped"


def link_conversation(agent: User, conversation: Conversation, idea: Thread) -> IdeaLink:
    """Counts the conversation's customer as demand for the idea (a merged idea: the one it
    lives in now). The caller fetched both through `access_*`. Linking twice is one link."""
    check_use_inbox(agent)
    idea = current_thread(idea)
    if idea.kind != ThreadKind.IDEA:
        raise ValidationError({"idea": _("Link the conversation to an idea, not another kind.")})
    if idea.deleted_at is not None:
        raise ValidationError({"idea": _("That idea was deleted: choose another.")})
    link = IdeaLink.objects.filter(idea=idea, conversation=conversation).first()
    if link is not None:
        return link
    try:
        with transaction.atomic():
            return IdeaLink.objects.create(
                idea=idea, conversation=conversation, customer_id=conversation.customer_id,
                source=conversation.account.kind, linked_by=agent,
            )  # fmt: skip
    except IntegrityError:  # a colleague linked it in the same moment
        return IdeaLink.objects.get(idea=idea, conversation=conversation)


def unlink_conversation(agent: User, link: IdeaLink) -> None:
    check_use_inbox(agent)
    link.delete()


def access_link(agent: User, link_id: int) -> IdeaLink:
    """A link, for staff only (links name customers' conversations)."""
    check_use_inbox(agent)
    try:
        return IdeaLink.objects.select_related("idea", "conversation").get(pk=link_id)
    except (IdeaLink.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such link.") from None


# --- listeners of community events, in the change's transaction -------------------------------


def move_links(thread: Thread, original: Thread) -> None:
    """An idea merged into another: its linked conversations count for the original, each
    conversation once."""
    already = IdeaLink.objects.filter(idea=original).values("conversation_id")
    IdeaLink.objects.filter(idea=thread, conversation_id__in=already).delete()
    IdeaLink.objects.filter(idea=thread).update(idea=original)


def tell_agents_it_shipped(thread: Thread, previous: str, actor: User) -> None:
    """The idea shipped: each linked conversation's assignee (or, unassigned, the agent who
    linked it) is told in the app, once per link, with a reply prepared for the customer."""
    if thread.kind != ThreadKind.IDEA or thread.status != ThreadStatus.SHIPPED:
        return
    links = list(
        IdeaLink.objects.filter(idea=thread, shipped_notified_at__isnull=True).select_related(
            "conversation"
        )
    )
    if not links:
        return
    IdeaLink.objects.filter(pk__in=[link.pk for link in links]).update(
        shipped_notified_at=timezone.now()
    )
    for link in links:
        conversation = link.conversation
        agent_id = conversation.assignee_id or link.linked_by_id
        if agent_id is None:
            continue
        values = {
            "idea": thread.title,
            "subject": conversation.subject,
            "conversation": conversation.pk,
        }
        url = reverse("inbox:conversation", args=[conversation.pk])
        url += f"?draft={DRAFT}:{thread.pk}#reply"
        transaction.on_commit(
            functools.partial(
                notifications.notify,
                {agent_id},
                kind=Kind.IDEA_SHIPPED,
                actor=actor,
                line=Kind.IDEA_SHIPPED.value,
                values=values,
                url=url,
                about=(CONVERSATION, conversation.pk),
            )
        )


def shipped_draft(agent: User, conversation: Conversation, argument: str) -> str | None:
    """inbox.drafts provider: the prepared reply for a conversation linked to a shipped idea."""
    if not argument.isdigit():
        return None
    link = IdeaLink.objects.filter(conversation=conversation, idea_id=int(argument[:18])).first()
    if link is None:
        return None
    idea = access_thread(agent, link.idea_id)
    if idea.status != ThreadStatus.SHIPPED:
        return None
    return ideas.shipped_reply(idea, site_url=settings.SITE_URL)
