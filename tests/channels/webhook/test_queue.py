"""The webhook queue (SQLite): a webhook is answered once queued and stored in batches by the
server's drainer; nothing queued is lost, and a body that cannot be stored holds back no other."""

import os
import threading
import time

import pytest
from django.conf import settings
from django.core.management import call_command
from django.db import OperationalError

from openline.channels.webhook import queue as webhook_queue
from openline.inbox.models import Conversation, Message

from .sources import batch, message, post

SERVER_DRAINER = webhook_queue._drainer


class _Asleep:
    def wake(self) -> None:
        """The tests drain by hand: a server thread would see none of the test's data."""


@pytest.fixture(autouse=True)
def queue_on(monkeypatch, tmp_path):
    """The queue as on a SQLite file (the suite's database is in memory)."""
    monkeypatch.setattr(webhook_queue, "enabled", lambda: True)
    monkeypatch.setattr(webhook_queue, "path", lambda: str(tmp_path / "test.webhook-queue"))
    monkeypatch.setattr(webhook_queue, "_drainer", _Asleep)


def test_a_webhook_is_answered_as_queued_and_stored_by_the_next_drain(client, shop):
    account, secret = shop
    response = post(client, account, message(), secret=secret)
    assert response.status_code == 202
    assert response.json() == {"id": "msg-1", "status": "queued"}
    assert not Message.objects.exists()
    assert webhook_queue.drain() == 1
    assert Message.objects.get().external_id == "msg-1"
    assert webhook_queue.waiting() == []


def test_a_batch_is_stored_before_the_answer_even_with_the_queue_on(client, shop):
    account, secret = shop
    response = post(client, account, batch(6), secret=secret)
    assert [r["status"] for r in response.json()["messages"]] == ["stored"] * 6
    assert Message.objects.count() == 6
    assert webhook_queue.waiting() == []


def test_many_queued_webhooks_are_stored_with_replies_in_their_conversations(client, shop):
    account, secret = shop
    for n, fields in enumerate(batch(40)):
        post(client, account, fields, secret=secret, webhook_id=f"wh-{n}")
    assert webhook_queue.drain() == 40
    assert Conversation.objects.count() == 20
    follow_up = Message.objects.get(external_id="b-7")
    assert follow_up.conversation_id == Message.objects.get(external_id="b-6").conversation_id


def test_a_webhook_stored_twice_after_a_crash_is_one_message(client, shop, monkeypatch):
    account, secret = shop
    post(client, account, message(), secret=secret)
    real_store = webhook_queue._store

    def crash_after_commit(batch, accounts):
        webhook_queue.ingest_many(accounts[account.pk], batch[0][1])
        raise SystemExit("killed before the queue was emptied")

    monkeypatch.setattr(webhook_queue, "_store", crash_after_commit)
    with pytest.raises(SystemExit):
        webhook_queue.drain()
    monkeypatch.setattr(webhook_queue, "_store", real_store)
    assert len(webhook_queue.waiting()) == 1
    webhook_queue.drain()
    assert Message.objects.count() == 1
    assert webhook_queue.waiting() == []


def test_bad_input_is_refused_before_anything_is_queued(client, shop):
    account, secret = shop
    response = post(client, account, {"id": "x"}, secret=secret)
    assert response.status_code == 400
    unsigned = post(client, account, message(), secret="whsec_" + "A" * 32)
    assert unsigned.status_code == 401
    assert webhook_queue.waiting() == []


def test_a_body_that_cannot_be_stored_is_postponed_with_its_error_and_the_rest_is_stored(
    client, shop, monkeypatch
):
    account, secret = shop
    post(client, account, message(id="good-1"), secret=secret, webhook_id="1")
    post(client, account, message(id="bad", text="boom"), secret=secret, webhook_id="2")
    post(client, account, message(id="good-2"), secret=secret, webhook_id="3")
    real = webhook_queue.ingest_many

    def failing(account, items):
        if any(item.text == "boom" for item in items):
            raise RuntimeError("disk full")
        return real(account, items)

    monkeypatch.setattr(webhook_queue, "ingest_many", failing)
    assert webhook_queue.drain() == 2
    assert sorted(Message.objects.values_list("external_id", flat=True)) == ["good-1", "good-2"]
    (kept,) = webhook_queue.waiting()
    assert kept.attempts == 1
    assert kept.last_error == "RuntimeError: disk full"
    assert kept.next_attempt_at > time.time()


def test_a_body_is_given_up_after_its_last_attempt_and_an_operator_can_send_it_again(
    client, shop, monkeypatch, capsys
):
    account, secret = shop
    post(client, account, message(), secret=secret)
    monkeypatch.setattr(webhook_queue, "MAX_ATTEMPTS", 1)
    real = webhook_queue.ingest_many
    monkeypatch.setattr(webhook_queue, "ingest_many", _raise_value_error)
    assert webhook_queue.drain() == 0
    (kept,) = webhook_queue.waiting()
    assert kept.next_attempt_at is None
    assert webhook_queue.drain() == 0  # not tried again
    call_command("channel", "queue")
    assert "given up\tValueError: no space left" in capsys.readouterr().out
    monkeypatch.setattr(webhook_queue, "ingest_many", real)
    call_command("channel", "queue", "--retry")
    assert webhook_queue.drain() == 1
    assert Message.objects.count() == 1


def _raise_value_error(account, items):
    raise ValueError("no space left")


def test_while_another_drainer_holds_the_lock_a_drain_leaves_the_queue_to_it(client, shop):
    account, secret = shop
    post(client, account, message(), secret=secret)
    holding, release = threading.Event(), threading.Event()

    def other_drainer() -> None:
        with webhook_queue._drain_lock.held():
            holding.set()
            release.wait(5)

    other = threading.Thread(target=other_drainer)
    other.start()
    holding.wait(5)
    try:
        assert webhook_queue.drain() == 0
        assert len(webhook_queue.waiting()) == 1
    finally:
        release.set()
        other.join()


def _stored() -> bool:
    try:
        return Message.objects.filter(external_id="msg-1").exists()
    except OperationalError:  # "table is locked": the drainer is writing (shared-cache SQLite)
        return False


@pytest.mark.skipif(
    "sqlite" not in settings.DATABASES["default"]["ENGINE"], reason="the queue is for SQLite"
)
@pytest.mark.django_db(transaction=True)
def test_the_server_process_stores_a_queued_webhook_by_itself_within_a_second(
    client, shop, monkeypatch
):
    account, secret = shop
    # A first message stored by hand: what storing needs is loaded (seconds in a fresh
    # process under load), and the second measures the drainer, not the imports.
    post(client, account, message(id="msg-0"), secret=secret, webhook_id="wh-0")
    assert webhook_queue.drain() == 1
    monkeypatch.setattr(webhook_queue, "_drainer", SERVER_DRAINER)
    try:
        post(client, account, message(), secret=secret)
        deadline = time.monotonic() + 1
        while not (_stored() and webhook_queue.waiting() == []) and time.monotonic() < deadline:
            time.sleep(0.02)
        assert (_stored(), webhook_queue.waiting()) == (True, [])  # before the second was over
        assert Message.objects.filter(external_id="msg-1").exists()
    finally:
        # Its thread would look at the queue once a second for the rest of the run, on a
        # connection of its own to the database the next test empties.
        assert webhook_queue.stop_drainer()


def test_a_full_queue_refuses_webhooks_with_503_and_retry_after_and_keeps_nothing(
    client, shop, monkeypatch
):
    account, secret = shop
    monkeypatch.setattr(webhook_queue, "QUEUE_MAX", 2)
    monkeypatch.setattr(webhook_queue, "_depth", threading.local())  # count afresh
    for n in range(2):
        post(client, account, message(id=f"m{n}"), secret=secret, webhook_id=f"wh-{n}")
        webhook_queue._depth.at = 0.0  # as if a second had passed
    refused = post(client, account, message(id="m2"), secret=secret, webhook_id="wh-2")
    assert refused.status_code == 503
    assert refused["Retry-After"] == "30"
    assert "2 webhooks are waiting" in refused.json()["detail"]
    assert [row.body.count('"m2"') for row in webhook_queue.waiting()] == [0, 0]
    webhook_queue.drain()
    webhook_queue._depth.at = 0.0
    accepted = post(client, account, message(id="m2"), secret=secret, webhook_id="wh-3")
    assert accepted.status_code == 202


def test_openline_serve_runs_the_drainer_beside_the_web_processes_when_the_queue_is_on(db):
    from openline.core import companions

    assert "drain_webhooks" in [c.command for c in companions.wanted()]


def test_the_drainer_process_stops_when_the_server_is_gone(monkeypatch):
    looked = []
    monkeypatch.setattr(webhook_queue, "drain_if_enabled", lambda: looked.append(1))
    webhook_queue.run_drainer(parent=os.getppid() + 1)  # not our parent: gone
    assert looked == []


def test_the_drainer_command_refuses_to_run_when_the_queue_is_off(monkeypatch):
    from django.core.management.base import CommandError

    monkeypatch.setattr(webhook_queue, "enabled", lambda: False)
    with pytest.raises(CommandError, match="queue is off"):
        call_command("drain_webhooks")
