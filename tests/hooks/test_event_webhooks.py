"""Outbound event webhooks: product teams' systems receive signed events for what happened,
once per subscriber, never for a change that did not commit, retried until they answer."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from django.db import transaction
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from openline.community import actions
from openline.hooks import tasks
from openline.hooks.actions import add_subscription, retry_failed
from openline.hooks.models import DeliveryState, Event, EventDelivery, Subscription


class Receiver(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.verifier: Webhook | None = None
        self.plan: list[int] = []  # statuses to answer, then 200
        self.received: list[tuple[dict, dict]] = []
        self.rejected = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/hooks"


class Handler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["content-length"]))
        status = self.server.plan.pop(0) if self.server.plan else 200
        try:
            payload = self.server.verifier.verify(body, dict(self.headers))
        except WebhookVerificationError:
            self.server.rejected += 1
            status = 401
        else:
            if status == 200:
                self.server.received.append((dict(self.headers), payload))
        self.send_response(status)
        self.end_headers()

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def receiver(settings, db):
    settings.OPENLINE = {**settings.OPENLINE, "OUTBOUND_ALLOWED_HOSTS": ["127.0.0.1"]}
    server = Receiver()
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def subscribed(receiver):
    subscription, secret = add_subscription(receiver.url, ["thread.solved", "idea.status_changed"])
    receiver.verifier = Webhook(secret)
    return subscription


def status_delivery() -> EventDelivery:
    return EventDelivery.objects.select_related("event").get(event__type="idea.status_changed")


@pytest.fixture
def idea(customer, space):
    return actions.create_thread(
        customer, space, kind="idea", title="Let me group rooms by floor", body="Please!"
    )


def test_a_solved_question_reaches_the_subscriber_signed(
    receiver, subscribed, customer, agent, space, django_capture_on_commit_callbacks
):
    thread = actions.create_thread(
        customer, space, kind="question", title="Valve keeps clicking", body="All night."
    )
    reply = actions.create_reply(agent, thread, body="Recalibrate it from the app.")
    with django_capture_on_commit_callbacks(execute=True):
        actions.accept_answer(customer, reply)
    ((headers, payload),) = receiver.received
    event = Event.objects.get(type="thread.solved")
    assert headers["webhook-id"] == str(event.id)
    assert payload["type"] == "thread.solved"
    assert payload["data"]["thread"]["title"] == "Valve keeps clicking"
    assert payload["data"]["accepted_reply"]["author"]["username"] == agent.username
    assert EventDelivery.objects.get(event=event).state == DeliveryState.SENT


def test_an_idea_status_change_carries_from_to_reason_and_votes(
    receiver, subscribed, idea, agent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(agent, idea, status="planned", reason="Coming in the spring app.")
    ((_, payload),) = [r for r in receiver.received if r[1]["type"] == "idea.status_changed"]
    data = payload["data"]
    assert (data["from"], data["to"], data["reason"]) == (
        "new",
        "planned",
        "Coming in the spring app.",
    )
    assert data["changed_by"]["staff"] is True


def test_an_idea_that_shipped_is_sent_with_the_new_status(
    receiver, subscribed, idea, agent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(agent, idea, status="in_progress", reason="Being built.")
        actions.change_status(agent, idea, status="shipped", reason="In app 5.2.")
    sent = [r[1]["data"] for r in receiver.received if r[1]["type"] == "idea.status_changed"]
    assert [(d["from"], d["to"]) for d in sent] == [
        ("new", "in_progress"),
        ("in_progress", "shipped"),
    ]
    assert sent[-1]["thread"]["status"] == "shipped"


def test_new_feedback_is_sent_with_its_labels(
    receiver, customer, space, django_capture_on_commit_callbacks
):
    _, secret = add_subscription(receiver.url, ["feedback.created"])
    receiver.verifier = Webhook(secret)
    with django_capture_on_commit_callbacks(execute=True):
        actions.create_thread(
            customer, space, kind="feedback", title="The new app update is terrible",
            body="Everything is slower and the schedule screen crashes. Really disappointed.",
        )  # fmt: skip
    ((_, payload),) = receiver.received
    labels = payload["data"]["labels"]
    assert labels["sentiment"] == "negative" and labels["sentiment_score"] < 0
    assert labels["language"] == "en"
    assert labels["intent"] in {"complaint", "problem"}


def test_nothing_is_sent_for_a_change_that_rolled_back(receiver, customer, space):
    add_subscription(receiver.url, ["feedback.created"])
    with pytest.raises(RuntimeError), transaction.atomic():
        actions.create_thread(
            customer, space, kind="idea", title="Dark mode for the app", body="Please"
        )
        raise RuntimeError("the request failed after the write")
    assert not Event.objects.exists() and not EventDelivery.objects.exists()


def test_a_receiver_that_fails_gets_the_same_event_again_until_it_answers(
    receiver, subscribed, idea, agent, django_capture_on_commit_callbacks
):
    receiver.plan = [500, 503]
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(agent, idea, status="planned", reason="Spring.")
    delivery = status_delivery()
    assert (delivery.state, delivery.attempts, delivery.last_status) == ("pending", 1, 500)
    for _ in range(2):  # the sweep finds it due again (time moved on)
        EventDelivery.objects.update(next_attempt_at=delivery.event.created_at)
        tasks.sweep()
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == ("sent", 3)
    assert len(receiver.received) == 1
    assert receiver.received[0][0]["webhook-id"] == str(delivery.event_id)


def test_after_the_last_attempt_it_is_failed_and_can_be_retried(
    receiver, subscribed, idea, agent, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(tasks, "MAX_ATTEMPTS", 2)
    receiver.plan = [500, 500]
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(agent, idea, status="planned", reason="Spring.")
    delivery = status_delivery()
    EventDelivery.objects.update(next_attempt_at=delivery.event.created_at)
    tasks.deliver.enqueue(delivery.pk)
    assert status_delivery().state == DeliveryState.FAILED
    with django_capture_on_commit_callbacks(execute=True):
        assert retry_failed() == 1
    assert status_delivery().state == DeliveryState.SENT


def test_410_gone_turns_the_subscription_off(
    receiver, subscribed, idea, agent, django_capture_on_commit_callbacks
):
    receiver.plan = [410]
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(agent, idea, status="planned", reason="Spring.")
    assert not Subscription.objects.get().is_active
    assert status_delivery().state == DeliveryState.FAILED


def test_only_the_events_a_subscriber_chose_are_recorded_for_it(
    receiver, customer, agent, space, idea, django_capture_on_commit_callbacks
):
    _, secret = add_subscription(receiver.url, ["thread.solved"])
    receiver.verifier = Webhook(secret)
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(agent, idea, status="planned", reason="Spring.")
    assert not Event.objects.exists() and receiver.received == []


def test_an_internal_address_is_refused_without_retries(
    settings, db, idea, agent, django_capture_on_commit_callbacks
):
    add_subscription("http://10.0.0.7/hooks", ["idea.status_changed"])
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(agent, idea, status="planned", reason="Spring.")
    delivery = EventDelivery.objects.get()
    assert delivery.state == DeliveryState.FAILED
    assert "10.0.0.7" in delivery.last_error


def test_the_command_adds_lists_and_refuses_unknown_events(db):
    out = StringIO()
    call_command("webhook", "add", "https://hooks.example.com/x", "--events",
                 "thread.solved,idea.status_changed", "--json", stdout=out)  # fmt: skip
    created = json.loads(out.getvalue())
    assert created["events"] == ["thread.solved", "idea.status_changed"]
    assert created["secret"].startswith("whsec_")
    listing = StringIO()
    call_command("webhook", "list", stdout=listing)
    assert "https://hooks.example.com/x  [active]" in listing.getvalue()
    assert created["secret"] not in listing.getvalue()
    with pytest.raises(CommandError, match=r"Unknown event ticket\.created: choose from"):
        call_command("webhook", "add", "https://x.example.com", "--events", "ticket.created")
    with pytest.raises(CommandError, match="not an http"):
        call_command("webhook", "add", "ftp://x.example.com", "--events", "thread.solved")
    assert Subscription.objects.count() == 1


def test_an_erased_members_events_are_deleted_with_their_deliveries(
    receiver, customer, space, django_capture_on_commit_callbacks
):
    from openline.core import privacy

    _, secret = add_subscription(receiver.url, ["feedback.created"])
    receiver.verifier = Webhook(secret)
    with django_capture_on_commit_callbacks(execute=True):
        actions.create_thread(
            customer, space, kind="feedback", title="The schedule screen is confusing",
            body="I never know which day I am editing.",
        )  # fmt: skip
    assert Event.objects.count() == 1
    privacy.erase(
        privacy.Subject(user_id=customer.pk), actor_id=None, actor_name="test",
        requested_by="the member",
    )  # fmt: skip
    assert not Event.objects.exists() and not EventDelivery.objects.exists()
