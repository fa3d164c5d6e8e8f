"""Writes of the bridge. Publishing runs every check first (permission, the texts, personal
data, the pre-publish checks of every text that goes out) and then writes the thread, its
accepted answer, the record and the optional reply on the customer's channel in one
transaction: a refusal anywhere leaves nothing behind."""

import functools
from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import User
from openline.channels.social.sharing import can_share, share_count, share_limit
from openline.community import actions as community_actions
from openline.community.models import Space, Thread
from openline.community.permissions import can_view_space
from openline.core.publishing import Draft
from openline.core.redaction import has_redactors, masked_labels, personal_data_left, redact
from openline.inbox import actions as inbox_actions
from openline.inbox.models import ChannelAccount, Conversation, MessageKind

from ..models import PublishedConversation, QuestionSource, ShareState, SocialShare
from . import permissions, selectors
from .tasks import send_share

CONSENT_NOTE_MAX = 300
SHARE_MAX = 1000


def _same_words(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def _refuse_personal_data(fields: dict[str, str]) -> None:
    """The texts must hold no personal data the redactor finds: it is a public page."""
    found = {}
    for name, text in fields.items():
        left = personal_data_left(text)
        if left:
            labels = ", ".join(left)
            found[name] = ValidationError(
                _(
                    "This still holds personal data (%(labels)s). It is masked now: check the "
                    "text and "
                    "publish again."
                )
                % {"labels": labels},
                code="personal_data",
            )
    if found:
        raise ValidationError(found)


def _clean_source(conversation: Conversation, source: str, consent_note: str, question: str) -> str:
    if source not in QuestionSource.values:
        raise ValidationError({"source": _("Say how the customer's question is shown.")})
    consent_note = " ".join((consent_note or "").split())
    if source == QuestionSource.QUOTED and not selectors.is_public_conversation(conversation):
        raise ValidationError(
            {"source": _("The customer wrote privately: rewrite the question in your words, or "
                       "quote it only with their consent.")}
        )  # fmt: skip
    if source == QuestionSource.CONSENT:
        if not consent_note:
            raise ValidationError(
                {"consent_note": _("Say when and how the customer agreed to be quoted.")}
            )
        if len(consent_note) > CONSENT_NOTE_MAX:
            raise ValidationError(
                {
                    "consent_note": _("Keep the note under %(CONSENT_NOTE_MAX)s characters.")
                    % {"CONSENT_NOTE_MAX": CONSENT_NOTE_MAX}
                }
            )
    if source == QuestionSource.REWRITTEN and _same_words(
        question, redact(selectors.customer_question(conversation))
    ):
        raise ValidationError(
            {"question": _("This is the customer's message word for word: rewrite it, or choose "
                         "to quote it (public posts, or with consent).")}
        )  # fmt: skip
    return consent_note if source == QuestionSource.CONSENT else ""


def publish_conversation(
    agent: User,
    conversation: Conversation,
    *,
    answer_id: int,
    space: Space,
    kind: str,
    title: str,
    question: str,
    answer: str,
    source: str,
    consent_note: str = "",
    tags: Iterable[str] = (),
    acknowledged: bool = False,
    link_back: bool = False,
    link_back_text: str = "",
) -> PublishedConversation:
    """Publishes the conversation as a community thread: the question as staff wrote (or
    quoted) it, by `agent`; the chosen staff reply as the accepted answer, by the colleague who
    wrote it; optionally a reply on the customer's channel with the thread's address (through
    the outbox, like any reply). Raises ValidationError keyed by field, PermissionDenied, or
    community_actions.PartsRefused with each text's findings."""
    permissions.check_publish_conversation(agent, conversation)
    if PublishedConversation.objects.filter(conversation=conversation).exists():
        raise ValidationError(_("This conversation is published already."))
    if not has_redactors():
        raise ValidationError(
            _("No redactor is installed, so personal data cannot be removed: nothing is published.")
        )
    chosen = (
        conversation.messages.filter(kind=MessageKind.REPLY, pk=answer_id, author__isnull=False)
        .select_related("author")
        .first()
    )
    if chosen is None or chosen.author is None:
        raise ValidationError({"answer_id": _("Choose one of the staff replies as the answer.")})
    if space.is_private or not can_view_space(agent, space):
        raise ValidationError({"space": _("Choose a public space: this becomes a public thread.")})
    question = (question or "").strip()
    consent_note = _clean_source(conversation, source, consent_note, question)
    _refuse_personal_data({"title": title or "", "question": question, "answer": answer or ""})
    link_text = (link_back_text or "").strip()
    also_check: dict[str, Draft] = {}
    if link_back:
        if selectors.LINK not in link_text:
            raise ValidationError(
                {
                    "link_back_text": _("Put %(LINK)s where the thread's address goes.")
                    % {"LINK": selectors.LINK}
                }
            )
        placeholder = link_text.replace(selectors.LINK, f"{settings.SITE_URL}/t/1/thread/")
        also_check["link_back"] = Draft(
            agent, placeholder, conversation.account.kind, acknowledged,
            {"conversation_id": conversation.pk, "reviewable": False},
        )  # fmt: skip
    was_private = not selectors.is_public_conversation(conversation)
    asked = selectors.customer_question(conversation)
    try:
        with transaction.atomic():
            thread = community_actions.create_answered_thread(
                agent, space, kind=kind, title=title, body=question, tags=tags,
                answer_author=chosen.author, answer=answer, acknowledged=acknowledged,
                also_check=also_check, context={"conversation_id": conversation.pk},
            )  # fmt: skip
            record = PublishedConversation.objects.create(
                conversation=conversation, thread=thread, channel_kind=conversation.account.kind,
                was_private=was_private, question_source=source, consent_note=consent_note,
                removed=masked_labels(asked, redact(asked)),
                answer=chosen, published_by=agent,
            )  # fmt: skip
            if link_back:
                url = f"{settings.SITE_URL}{thread.get_absolute_url()}"
                record.link_back = inbox_actions.publish_reply(
                    agent, conversation, body=link_text.replace(selectors.LINK, url),
                    status=conversation.status, acknowledged=acknowledged,
                    context={"reviewable": False},
                )  # fmt: skip
                record.save(update_fields=["link_back"])
    except IntegrityError:  # a colleague published it at the same moment (or a double click)
        raise ValidationError(_("This conversation is published already.")) from None
    return record


# --- sharing ----------------------------------------------------------------------------------


def share_thread(
    actor: User,
    thread: Thread,
    *,
    accounts: Iterable[ChannelAccount],
    text: str,
    acknowledged: bool = False,
) -> list[SocialShare]:
    """Queues a post of the thread (its title and address, as `text` says) on each chosen
    social account; the worker sends them (tasks.send_share). The text passes the pre-publish
    checks of each network it goes to; it cannot wait for a reviewer."""
    permissions.check_share_thread(actor, thread)
    chosen = list({a.pk: a for a in accounts}.values())
    if not chosen:
        raise ValidationError({"accounts": _("Choose at least one account.")})
    text = (text or "").strip()
    if not text:
        raise ValidationError({"text": _("Write the post: the text is empty.")})
    for account in chosen:
        if not can_share(account):
            raise ValidationError(
                {"accounts": _("%(name)s cannot share posts.") % {"name": account.name}}
            )
        limit, length = share_limit(account), share_count(account, text)
        if length > limit or len(text) > SHARE_MAX:
            raise ValidationError(
                {"text": _("%(kind)s takes %(limit)s characters; this is %(length)s.") % {
                    "kind": account.get_kind_display(), "limit": limit, "length": length}}
            )  # fmt: skip
    done = set(
        SocialShare.objects.filter(thread=thread, account__in=chosen).values_list(
            "account__name", flat=True
        )
    )
    if done:
        raise ValidationError(
            {"accounts": _("Shared already on %(join)s.") % {"join": ", ".join(sorted(done))}}
        )
    context = {"thread": thread, "reviewable": False}
    community_actions.check_drafts(
        {kind: Draft(actor, text, kind, acknowledged, context) for kind in {a.kind for a in chosen}}
    )
    try:
        with transaction.atomic():
            shares = [
                SocialShare.objects.create(thread=thread, account=a, text=text, shared_by=actor)
                for a in chosen
            ]
            for share in shares:
                transaction.on_commit(functools.partial(send_share.enqueue, share.pk))
    except IntegrityError:  # a double click shared at the same moment
        raise ValidationError({"accounts": _("Shared already.")}) from None
    return shares


def retry_share(actor: User, share: SocialShare) -> SocialShare:
    permissions.check_share_thread(actor, share.thread)
    if share.state != ShareState.FAILED:
        raise ValidationError(_("Only a failed post can be tried again."))
    SocialShare.objects.filter(pk=share.pk).update(
        state=ShareState.QUEUED, attempts=0, next_attempt_at=timezone.now(), claimed_until=None
    )
    transaction.on_commit(functools.partial(send_share.enqueue, share.pk))
    share.refresh_from_db()
    return share
