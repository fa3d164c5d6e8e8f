"""Replies on a webhook channel are POSTed, signed, to the source's reply URL: tested against a
real HTTP server on 127.0.0.1 that checks the signature like a receiver would."""

import json
import socket
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from openline.channels import accounts
from openline.channels.webhook import outbound, payload
from openline.inbox import actions, ingestion
from openline.inbox.models import DeliveryState, Message
from openline.inbox.tasks import deliver

pytestmark = pytest.mark.usefixtures("local_hosts_allowed")


class Receiver(ThreadingHTTPServer):
    """Answers each POST with the next planned (status, delay), 200 once the plan is done;
    records the requests whose signature verified."""

    daemon_threads = True

    def __init__(self, secret: str) -> None:
        super().__init__(("127.0.0.1", 0), ReceiverHandler)
        self.verifier = Webhook(secret)
        self.plan: list[tuple[int, float]] = []
        self.received: list[tuple[dict, dict]] = []
        self.rejected = 0

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/replies"

    def handle_error(self, request, client_address) -> None:
        pass  # a client that timed out has hung up: the late answer has nowhere to go


class ReceiverHandler(BaseHTTPRequestHandler):
    server: Receiver

    def do_POST(self) -> None:
        body = self.rfile.read(int(self.headers["content-length"]))
        status, delay = self.server.plan.pop(0) if self.server.plan else (200, 0.0)
        time.sleep(delay)
        try:
            payload = self.server.verifier.verify(body, dict(self.headers))
        except WebhookVerificationError:
            self.server.rejected += 1
            status = 401
        else:
            self.server.received.append((dict(self.headers), payload))
        self.send_response(status)
        self.send_header("content-type", "application/json")
        self.end_headers()
        if status >= 400:
            self.wfile.write(b'{"error": "internal detail: db01.corp:5432 password=hunter2"}')
        else:
            self.wfile.write(json.dumps({"id": f"shop-{len(self.server.received)}"}).encode())

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def shop(db):
    return accounts.add_channel_account("webhook", name="Shop", config={})


@pytest.fixture
def receiver(shop):
    account, secret = shop
    server = Receiver(secret)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    account.config = {"reply_url": server.url}
    account.save(update_fields=["config"])
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def conversation(shop):
    account, _ = shop
    first = payload.parse_message(
        account,
        json.dumps(
            {"id": "m1", "author": {"id": "u1", "name": "Pat"}, "text": "E14 again"}
        ).encode(),
    )
    second = payload.parse_message(
        account,
        json.dumps(
            {"id": "m2", "author": {"id": "u1"}, "text": "Still E14", "in_reply_to": "m1"}
        ).encode(),
    )
    ingestion.ingest(account, first)
    return ingestion.ingest(account, second)[0].conversation


def answer(agent, conversation, capture, body="Please re-seat the OpenTherm wires."):
    with capture(execute=True):
        message = actions.reply(agent, conversation, body=body)
    message.refresh_from_db()
    return message, message.delivery


def test_a_reply_is_posted_signed_to_the_reply_url(
    receiver, conversation, agent, django_capture_on_commit_callbacks
):
    message, delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    assert (delivery.state, delivery.external_ref) == (DeliveryState.SENT, "shop-1")
    headers, payload = receiver.received[0]
    assert headers["webhook-id"] == str(delivery.idempotency_key)
    assert payload == {
        "id": f"openline-{message.pk}",
        "conversation_id": "m1",
        "in_reply_to": "m2",
        "text": "Please re-seat the OpenTherm wires.",
        "author": {"name": "Alex Agent", "team": "Customer Care"},
        "created_at": message.created_at.isoformat(),
    }


def test_a_retried_delivery_carries_the_same_webhook_id(
    receiver, conversation, agent, django_capture_on_commit_callbacks
):
    receiver.plan = [(503, 0.0)]
    _, delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    assert (delivery.state, delivery.attempts) == (DeliveryState.QUEUED, 1)
    assert "503" in delivery.last_error
    type(delivery).objects.filter(pk=delivery.pk).update(next_attempt_at=timezone.now())
    deliver.call(delivery.pk)
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.SENT
    assert [h["webhook-id"] for h, _ in receiver.received] == [str(delivery.idempotency_key)] * 2


@pytest.mark.parametrize(
    ("status", "state"),
    [
        (400, DeliveryState.FAILED),
        (404, DeliveryState.FAILED),
        (408, DeliveryState.QUEUED),
        (429, DeliveryState.QUEUED),
        (500, DeliveryState.QUEUED),
    ],
)
def test_client_errors_fail_for_good_and_server_errors_are_retried(
    receiver, conversation, agent, django_capture_on_commit_callbacks, status, state
):
    receiver.plan = [(status, 0.0)]
    _, delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    assert (delivery.state, delivery.attempts) == (state, 1)
    assert str(status) in delivery.last_error
    assert "hunter2" not in delivery.last_error


def test_a_reply_url_on_a_private_address_fails_for_good_unless_the_operator_allows_it(
    receiver, conversation, agent, django_capture_on_commit_callbacks, settings
):
    settings.OPENLINE = {**settings.OPENLINE, "OUTBOUND_ALLOWED_HOSTS": ["shop.example"]}
    _, delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    assert (delivery.state, receiver.received) == (DeliveryState.FAILED, [])
    assert "non-public address (127.0.0.1)" in delivery.last_error


def test_a_slow_receiver_times_out_and_the_reply_is_retried(
    receiver, conversation, agent, django_capture_on_commit_callbacks, monkeypatch
):
    monkeypatch.setattr(outbound, "SEND_TIMEOUT", 0.2)
    receiver.plan = [(200, 0.5)]
    _, delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    assert (delivery.state, delivery.attempts) == (DeliveryState.QUEUED, 1)
    assert "Timeout" in delivery.last_error


def test_an_unreachable_receiver_is_retried(
    shop, conversation, agent, django_capture_on_commit_callbacks
):
    account, _ = shop
    with socket.socket() as closed:
        closed.bind(("127.0.0.1", 0))
        port = closed.getsockname()[1]
    account.config = {"reply_url": f"http://127.0.0.1:{port}/replies"}
    account.save(update_fields=["config"])
    _, delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    assert (delivery.state, delivery.attempts) == (DeliveryState.QUEUED, 1)
    assert "ConnectError" in delivery.last_error


def test_a_channel_without_reply_url_fails_the_reply_with_the_reason(
    shop, conversation, agent, django_capture_on_commit_callbacks
):
    _, delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    assert delivery.state == DeliveryState.FAILED
    assert "has no reply URL" in delivery.last_error


def test_the_customers_answer_to_a_reply_stays_in_the_conversation(
    receiver, shop, conversation, agent, client, django_capture_on_commit_callbacks
):
    account, _ = shop
    message, _ = answer(agent, conversation, django_capture_on_commit_callbacks)
    follow_up = payload.parse_message(
        account,
        json.dumps(
            {
                "id": "m3",
                "author": {"id": "u1"},
                "text": "That fixed it!",
                "in_reply_to": f"openline-{message.pk}",
            }
        ).encode(),
    )
    stored, _ = ingestion.ingest(account, follow_up)
    assert stored.conversation_id == conversation.pk
    assert Message.objects.filter(conversation=conversation).count() == 4
