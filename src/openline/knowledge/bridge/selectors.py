"""Reads of the bridge: what a conversation's publish form starts from, whether its channel
was public, the shares of a thread, and the figures the insights read."""

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from django.db.models import Count
from django.db.models.functions import TruncDate
from django.http import Http404

from openline.channels.social.sharing import can_share, sharing_kinds
from openline.community.models import Thread
from openline.core.redaction import masked_labels, redact
from openline.inbox.models import ChannelAccount, ChannelKind, Conversation, Message, MessageKind

from ..models import PublishedConversation, SocialShare

# Posts on these channels were public where the customer wrote them (a mention, a reply, a
# blog post), unless the channel marked the item private (see `is_public_conversation`).
PUBLIC_KINDS = frozenset(
    {ChannelKind.MASTODON, ChannelKind.BLUESKY, ChannelKind.X, ChannelKind.REDDIT, ChannelKind.FEED}
)
SOCIAL_KINDS = frozenset(
    {ChannelKind.MASTODON, ChannelKind.BLUESKY, ChannelKind.X, ChannelKind.REDDIT}
)
# How an adapter marks a direct message in `Message.raw`: Mastodon's own `visibility`, or a
# `private`/`direct` flag.
PRIVATE_VISIBILITIES = frozenset({"direct", "private", "limited"})
LINK = "{link}"
LINK_BACK_TEXT = (
    "Thanks again for asking. We published your question and our answer, without your "
    "personal details, so that others find it too: " + LINK
)


def _marked_private(raw: dict[str, Any]) -> bool:
    return (
        str(raw.get("visibility", "")).lower() in PRIVATE_VISIBILITIES
        or bool(raw.get("private"))
        or bool(raw.get("direct"))
    )


def is_public_conversation(conversation: Conversation) -> bool:
    """Whether the customer wrote in public: a public network's post that no inbound message
    marks as private. E-mail and webhooks are private; so is a direct message anywhere."""
    if conversation.account.kind not in PUBLIC_KINDS:
        return False
    raws = conversation.messages.filter(kind=MessageKind.INBOUND).values_list("raw", flat=True)
    return not any(isinstance(raw, dict) and _marked_private(raw) for raw in raws)


def staff_answers(conversation: Conversation) -> list[Message]:
    """The replies staff sent in the conversation, newest first: the candidates for the
    accepted answer."""
    return list(
        conversation.messages.filter(kind=MessageKind.REPLY, author__isnull=False)
        .select_related("author")
        .order_by("-created_at", "-id")
    )


def customer_question(conversation: Conversation) -> str:
    """The customer's words before the first staff answer (all of them if none)."""
    messages = list(
        conversation.messages.exclude(kind=MessageKind.NOTE).order_by("created_at", "id")
    )
    asked: list[str] = []
    for message in messages:
        if message.kind == MessageKind.REPLY:
            break
        asked.append(message.body.strip())
    return "\n\n".join(part for part in asked if part)


@dataclass
class PublishStart:
    """The form's starting point: the title, question and answer with personal data masked,
    and what was masked."""

    title: str
    question: str
    answer: Message | None
    answer_text: str
    answers: list[Message]
    public: bool
    removed: dict[str, int] = field(default_factory=dict)


def publish_start(conversation: Conversation, answer_id: int | None = None) -> PublishStart:
    original = customer_question(conversation)
    question = redact(original)
    title = redact(conversation.subject.removeprefix("Re: ").strip())
    if len(title) < 8:
        title = " ".join(question.split())[:120]
    answers = staff_answers(conversation)
    answer = next((m for m in answers if m.pk == answer_id), answers[0] if answers else None)
    answer_text = redact(answer.body) if answer else ""
    removed = masked_labels(original, question)
    if answer is not None:
        for label, n in masked_labels(answer.body, answer_text).items():
            removed[label] = removed.get(label, 0) + n
    return PublishStart(
        title=title, question=question, answer=answer, answer_text=answer_text,
        answers=answers, public=is_public_conversation(conversation), removed=removed,
    )  # fmt: skip


def published_as(conversation: Conversation) -> PublishedConversation | None:
    return (
        PublishedConversation.objects.filter(conversation=conversation)
        .select_related("thread", "published_by", "link_back__delivery")
        .first()
    )


def published_from(thread: Thread) -> PublishedConversation | None:
    return (
        PublishedConversation.objects.filter(thread=thread)
        .select_related("conversation", "published_by")
        .first()
    )


# --- sharing ----------------------------------------------------------------------------------


def shareable_accounts() -> list[ChannelAccount]:
    """The company's active accounts on networks that can post a new post (none until a
    network's module adds `share`: then the option is not offered at all)."""
    kinds = sharing_kinds()
    if not kinds:
        return []
    accounts = ChannelAccount.objects.filter(is_active=True, kind__in=kinds).order_by("name")
    return [account for account in accounts if can_share(account)]


def access_share(thread: Thread, share_id: int) -> SocialShare:
    try:
        return SocialShare.objects.select_related("thread__space", "account").get(
            thread=thread, pk=share_id
        )
    except SocialShare.DoesNotExist:
        raise Http404("No such post.") from None


def thread_shares(thread: Thread) -> list[SocialShare]:
    return list(SocialShare.objects.filter(thread=thread).select_related("account", "shared_by"))


# --- figures for the insights -----------------------------------------------------------------


@dataclass
class BridgedFigures:
    total: int
    social: int  # from Mastodon, Bluesky, X, Reddit
    private: int  # the customer wrote privately (e-mail, webhook, a direct message)
    by_kind: dict[str, int]  # channel kind → conversations
    by_day: list[tuple[date, int]]  # days with at least one, oldest first


def bridged_conversations(since: datetime, until: datetime) -> BridgedFigures:
    """How many inbox conversations became public community threads (published with their
    staff answer accepted) in [since, until): in all, from social networks, from private
    channels (e-mail, webhooks, direct messages), per channel kind and per day (UTC). Counts
    stay when a conversation is later erased: the channel is kept on the record."""
    published = PublishedConversation.objects.filter(created_at__gte=since, created_at__lt=until)
    by_kind = dict(
        published.values_list("channel_kind").annotate(n=Count("id")).order_by("channel_kind")
    )
    private = published.filter(was_private=True).count()
    by_day = list(
        published.annotate(day=TruncDate("created_at"))
        .values_list("day")
        .annotate(n=Count("id"))
        .order_by("day")
    )
    return BridgedFigures(
        total=sum(by_kind.values()),
        social=sum(n for kind, n in by_kind.items() if kind in SOCIAL_KINDS),
        private=private,
        by_kind=by_kind,
        by_day=by_day,
    )
