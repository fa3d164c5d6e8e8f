"""The community as a channel: threads by customers and super-users become conversations,
their replies inbound messages; a reply from the inbox is published on the thread. Every
write to the inbox goes through `inbox.ingestion` and `inbox.actions`."""

from django.db import transaction

from openline.accounts.models import User
from openline.community import actions as community_actions
from openline.community import events, selectors
from openline.community.models import Reply, Thread
from openline.inbox import actions as inbox_actions
from openline.inbox import adapters
from openline.inbox.adapters import DeliveryError, InboundItem
from openline.inbox.ingestion import ingest
from openline.inbox.models import (
    ChannelAccount,
    ChannelKind,
    Conversation,
    ConversationStatus,
    Delivery,
    Message,
)
from openline.people.actions import Sender

KIND = ChannelKind.COMMUNITY


def home_account() -> ChannelAccount:
    account, _ = ChannelAccount.objects.get_or_create(
        kind=KIND, name="Community", defaults={"config": {"home": True}}
    )
    return account


def _sender(user: User) -> Sender:
    return Sender(
        channel_kind=KIND,
        external_id=f"user:{user.pk}",
        name=user.name,
        handle=user.username,
        email=user.email,
        email_verified=user.email_verified,
        url=f"/u/{user.username}/",
    )


def _link_person(message: Message, user: User) -> None:
    person = message.identity.person if message.identity else None
    if person is not None and person.user_id is None and not hasattr(user, "person"):
        person.user = user
        person.save(update_fields=["user"])


def on_thread_created(thread_id: int) -> None:
    thread = Thread.objects.select_related("author").get(pk=thread_id)
    if thread.author.is_staff_member:
        return
    message, created = ingest(
        home_account(),
        InboundItem(
            external_id=f"thread:{thread.pk}",
            conversation_key=f"thread:{thread.pk}",
            sender=_sender(thread.author),
            text=thread.body,
            subject=thread.title,
            url=thread.get_absolute_url(),
            created_at=thread.created_at,
        ),
    )
    if created:
        inbox_actions.link_thread(message.conversation, thread)
        _link_person(message, thread.author)


def on_reply_created(reply_id: int) -> None:
    reply = Reply.objects.select_related("author", "thread").get(pk=reply_id)
    account = home_account()
    conversation = Conversation.objects.filter(thread_id=reply.thread_id).first()
    if conversation is None:
        return
    external_id = f"reply:{reply.pk}"
    if Message.objects.filter(account=account, external_id=external_id).exists():
        return  # published from the inbox: already in the conversation
    if reply.author.is_staff_member:
        # A colleague answered on the thread itself: record it and stop the clock.
        inbox_actions.record_channel_answer(
            reply.author,
            conversation,
            external_id=external_id,
            body=reply.body,
            body_html=reply.body_html,
            created_at=reply.created_at,
        )
        return
    message, _ = ingest(
        account,
        InboundItem(
            external_id=external_id,
            conversation_key=f"thread:{reply.thread_id}",
            sender=_sender(reply.author),
            text=reply.body,
            url=reply.get_absolute_url(),
            created_at=reply.created_at,
        ),
    )
    _link_person(message, reply.author)


def on_thread_solved(thread: Thread, reply: Reply, actor: User) -> None:
    """The customer accepted an answer on the thread: its conversation is solved too (in the
    same transaction as the acceptance, so the two never disagree)."""
    for conversation in Conversation.objects.filter(thread_id=thread.pk).exclude(
        status=ConversationStatus.SOLVED
    ):
        inbox_actions.mark_solved_on_channel(conversation, reply.author)


class CommunityAdapter:
    kind = KIND

    def send(self, account: ChannelAccount, message: Message, delivery: Delivery) -> str:
        thread = message.conversation.thread
        if thread is None or message.author is None:
            raise DeliveryError(
                "This conversation has no community thread to answer.", permanent=True
            )
        # Merged by triage: the customer's question is a reply in the original now.
        thread = selectors.current_thread(thread)
        # One transaction: the reply, its place in the conversation and the delivery's state
        # commit together, so a worker dying here can never publish the reply twice.
        with transaction.atomic():
            reply = community_actions.create_reply(message.author, thread, body=message.body)
            inbox_actions.mark_reply_published(
                message, delivery, reference=f"reply:{reply.pk}", url=reply.get_absolute_url()
            )
        return f"reply:{reply.pk}"


def install() -> None:
    events.listen(events.THREAD_CREATED, on_thread_created)
    events.listen(events.REPLY_CREATED, on_reply_created)
    events.listen_in_transaction(events.THREAD_SOLVED, on_thread_solved)
    adapters.register(CommunityAdapter())
