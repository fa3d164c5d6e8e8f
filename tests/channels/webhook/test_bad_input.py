"""Bad input is refused at the door with a JSON 4xx, or made safe and stored: nothing is
answered 2xx and then lost (with the SQLite queue on, the body is stored after the answer),
and nothing gives a 500 that senders would retry for ever (NUL on PostgreSQL)."""

import base64

import pytest
from django.test import Client

from openline.channels.webhook import queue as webhook_queue
from openline.inbox.models import Message

from .sources import message, post


class _Asleep:
    def wake(self) -> None:
        """Drained by hand below."""


@pytest.fixture
def queue_on(monkeypatch, tmp_path):
    monkeypatch.setattr(webhook_queue, "enabled", lambda: True)
    monkeypatch.setattr(webhook_queue, "path", lambda: str(tmp_path / "test.webhook-queue"))
    monkeypatch.setattr(webhook_queue, "_drainer", _Asleep)


@pytest.mark.parametrize(
    "created_at",
    [
        "0001-01-01T00:00:00+14:00",
        "9999-12-31T23:59:59-14:00",
        "9999-12-31T23:59:59Z",
        "1969-12-31T23:59:59Z",
    ],
)
def test_a_time_storage_cannot_hold_is_refused_before_it_is_queued(
    client, shop, queue_on, created_at
):
    account, secret = shop
    response = post(client, account, message(created_at=created_at), secret=secret)
    assert response.status_code == 400
    assert list(response.json()["errors"]) == ["created_at"]
    assert webhook_queue.waiting() == []


@pytest.mark.parametrize("filename", ["..", ".", "", "a/../../b", "x" * 1000, "nul\x00.txt"])
def test_a_queued_webhook_whatever_its_file_is_called_is_stored(client, shop, queue_on, filename):
    account, secret = shop
    part = {"filename": filename, "content_base64": base64.b64encode(b"data").decode()}
    response = post(client, account, message(attachments=[part]), secret=secret)
    assert response.status_code == 202
    assert webhook_queue.drain() == 1
    assert webhook_queue.waiting() == []
    assert Message.objects.get().attachments.get().file.read() == b"data"


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"id": "m\x001"}, "id"),
        ({"conversation_id": "c\x00"}, "conversation_id"),
        ({"in_reply_to": "\x00"}, "in_reply_to"),
        ({"author": {"id": "u\x00"}}, "author.id"),
        ({"author": {"id": "u", "handle": "p\x00t"}}, "author.handle"),
    ],
)
def test_a_nul_in_an_id_is_a_json_400_not_a_server_error(client, shop, fields, field):
    account, secret = shop
    response = post(client, account, message(**fields), secret=secret)
    assert response.status_code == 400
    assert response.json()["errors"] == {field: ["must not contain NUL characters"]}
    assert not Message.objects.exists()


def test_nul_characters_in_text_are_dropped_and_the_message_stored(client, shop):
    account, secret = shop
    author = {"id": "u", "name": "P\x00at"}
    fields = {"text": "E14\x00 again", "subject": "\x00E14", "author": author}
    part = {"filename": "\x00.png", "content_type": "image/\x00png", "content_base64": "AA=="}
    response = post(client, account, message(**fields, attachments=[part]), secret=secret)
    assert response.status_code == 202
    stored = Message.objects.select_related("conversation", "identity").get()
    attachment = stored.attachments.get()
    assert (stored.body, stored.conversation.subject, stored.identity.name) == (
        "E14 again",
        "E14",
        "Pat",
    )
    assert (attachment.filename, attachment.content_type) == ("png", "application/octet-stream")
    assert stored.raw["attachments"] == [
        {"filename": "png", "content_type": "application/octet-stream"}
    ]


@pytest.mark.parametrize(
    ("method", "path", "status"),
    [
        ("get", "/hooks/{pk}/", 405),
        ("put", "/hooks/{pk}/", 405),
        ("post", "/hooks/not-a-number/", 404),
        ("post", "/hooks/", 404),
    ],
)
def test_every_error_from_hooks_is_json(shop, method, path, status):
    account, _ = shop
    response = Client().generic(method.upper(), path.format(pk=account.pk), b"{}")
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert response.json()["detail"]


def test_a_request_for_an_unknown_host_is_refused_in_json(shop):
    account, _ = shop
    response = Client(HTTP_HOST="evil.example").generic("POST", f"/hooks/{account.pk}/", b"{}")
    assert (response.status_code, response.json()) == (400, {"detail": "Bad request."})
