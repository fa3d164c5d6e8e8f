import re
from pathlib import Path

import openline
from openline.channels.community import CommunityAdapter
from openline.community import actions as community
from openline.community.models import Reply
from openline.core import counters
from openline.inbox import actions
from openline.inbox.models import Conversation, DeliveryState, MessageKind


def test_a_customers_thread_and_replies_appear_in_the_inbox(
    customer, other_customer, space, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = community.create_thread(
            customer, space, kind="question", title="Valve keeps clicking", body="All night."
        )
    with django_capture_on_commit_callbacks(execute=True):
        community.create_reply(other_customer, thread, body="Same here")
    conversation = Conversation.objects.get()
    assert conversation.thread == thread
    assert conversation.customer.user == customer
    assert [m.kind for m in conversation.messages.all()] == [
        MessageKind.INBOUND,
        MessageKind.INBOUND,
    ]


def test_staff_threads_do_not_enter_the_inbox(agent, space, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        community.create_thread(
            agent, space, kind="discussion", title="Release notes 4.3", body="Out now."
        )
    assert not Conversation.objects.exists()


def test_an_inbox_reply_is_published_on_the_thread_once(
    customer, agent, space, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = community.create_thread(
            customer, space, kind="question", title="Valve keeps clicking", body="All night."
        )
    conversation = Conversation.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        message = actions.reply(agent, conversation, body="Recalibrate it from the app.")
    reply = Reply.objects.get()
    message.refresh_from_db()
    assert (reply.thread, reply.author, reply.body) == (
        thread,
        agent,
        "Recalibrate it from the app.",
    )
    assert message.delivery.state == DeliveryState.SENT
    assert conversation.messages.count() == 2


def test_a_staff_answer_on_the_thread_stops_the_sla_clock(
    customer, agent, space, sla, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = community.create_thread(
            customer, space, kind="question", title="Valve keeps clicking", body="All night."
        )
    assert Conversation.objects.get().response_due_at is not None
    with django_capture_on_commit_callbacks(execute=True):
        community.create_reply(agent, thread, body="Recalibrate it.")
    conversation = Conversation.objects.get()
    assert conversation.response_due_at is None
    assert conversation.messages.filter(kind=MessageKind.REPLY).count() == 1


# A keyword argument (`.update(first_response_at=…)`) or an attribute set on an instance.
WRITES_FIRST_RESPONSE = re.compile(r"\bfirst_response_at=|\.first_response_at\s*=(?!=)")


def inbox_generation() -> int:
    return counters.read(actions.INBOX_COUNTER)


def test_a_staff_answer_on_the_thread_shows_in_open_inboxes_at_once(
    customer, agent, space, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = community.create_thread(
            customer, space, kind="question", title="Valve keeps clicking", body="All night."
        )
    before = inbox_generation()
    with django_capture_on_commit_callbacks(execute=True):
        community.create_reply(agent, thread, body="Recalibrate it.")
    assert inbox_generation() > before


def test_a_new_thread_is_linked_to_its_conversation_in_open_inboxes(
    customer, space, django_capture_on_commit_callbacks
):
    before = inbox_generation()
    with django_capture_on_commit_callbacks(execute=True):
        thread = community.create_thread(
            customer, space, kind="question", title="Valve keeps clicking", body="All night."
        )
    assert Conversation.objects.get().thread == thread
    assert inbox_generation() >= before + 2  # the message, then the link to the thread


def test_an_inbox_reply_published_on_the_thread_shows_in_open_inboxes(
    customer, agent, space, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        community.create_thread(
            customer, space, kind="question", title="Valve keeps clicking", body="All night."
        )
    conversation = Conversation.objects.get()
    message = actions.reply(agent, conversation, body="Recalibrate it from the app.")
    before = inbox_generation()
    CommunityAdapter().send(conversation.account, message, message.delivery)
    message.refresh_from_db()
    assert message.external_id == f"reply:{Reply.objects.get().pk}"
    assert message.delivery.state == DeliveryState.SENT
    assert inbox_generation() > before


def test_a_staff_answer_on_the_thread_keeps_the_time_of_the_first_answer(
    customer, agent, space, sla, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = community.create_thread(
            customer, space, kind="question", title="Valve keeps clicking", body="All night."
        )
    with django_capture_on_commit_callbacks(execute=True):
        actions.reply(agent, Conversation.objects.get(), body="Recalibrate it from the app.")
    first = Conversation.objects.get().first_response_at
    with django_capture_on_commit_callbacks(execute=True):
        community.create_reply(agent, thread, body="And if that fails, bleed the valve.")
    conversation = Conversation.objects.get()
    assert conversation.first_response_at == first
    assert conversation.last_message_at > first


def test_the_first_response_rule_is_written_in_one_place():
    """Inbox replies, champion replies and answers on the community thread all stop the clock
    through inbox.actions; no other module writes `first_response_at` (the demo's seed data
    and migrations aside)."""
    root = Path(openline.__file__).parent
    writers = sorted(
        path.relative_to(root).as_posix()
        for path in root.rglob("*.py")
        if not {"migrations", "demo"} & set(path.parts)
        and WRITES_FIRST_RESPONSE.search(path.read_text())
    )
    assert writers == ["inbox/actions.py"]


def test_an_inbox_reply_to_a_merged_question_is_published_where_it_now_lives(
    customer, other_customer, agent, moderator, space, django_capture_on_commit_callbacks
):
    original = community.create_thread(
        other_customer, space, kind="question", title="Valve clicks all night", body="Loud."
    )
    with django_capture_on_commit_callbacks(execute=True):
        duplicate = community.create_thread(
            customer, space, kind="question", title="Valve keeps clicking", body="All night."
        )
    community.merge_thread(moderator, duplicate, into=original)
    conversation = Conversation.objects.get(thread=duplicate)
    with django_capture_on_commit_callbacks(execute=True):
        message = actions.reply(agent, conversation, body="Recalibrate it from the app.")
    message.refresh_from_db()
    assert message.delivery.state == DeliveryState.SENT
    published = Reply.objects.get(body="Recalibrate it from the app.")
    assert published.thread == original
