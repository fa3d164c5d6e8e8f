from openline.community import actions as community
from openline.community.models import Reply
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
