"""POST /hooks/<id>/: signed JSON messages become conversations, once; anything else writes
nothing and answers a clear 4xx."""

import base64
import json
from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from openline.channels import accounts
from openline.inbox.models import ChannelAccount, Conversation, Message
from openline.people.models import Identity, Person

from .sources import message, post


def test_a_signed_message_becomes_a_conversation_with_its_sender(client, shop):
    account, secret = shop
    response = post(client, account, message(), secret=secret)
    assert response.status_code == 202
    stored = Message.objects.select_related("conversation", "identity__person").get()
    assert response.json() == {
        "id": "msg-1",
        "status": "stored",
        "conversation_id": stored.conversation_id,
        "message_id": stored.pk,
        "created": True,
    }
    assert (stored.conversation.subject, stored.conversation.external_id) == ("E14 again", "msg-1")
    assert (stored.body, stored.url) == (
        "My **T2** shows E14 again.",
        "https://shop.example.com/orders/7#chat",
    )
    assert "<strong>T2</strong>" in stored.body_html
    assert stored.created_at == datetime(2026, 11, 1, 9, 0, tzinfo=UTC)
    assert (stored.identity.external_id, stored.identity.handle, stored.identity.person.name) == (
        f"{account.pk}:u-42",
        "patd",
        "Pat Doe",
    )


def test_a_replayed_webhook_changes_nothing_and_answers_the_same_ids(client, shop):
    account, secret = shop
    first = post(client, account, message(), secret=secret).json()
    again = post(client, account, message(), secret=secret)
    assert again.status_code == 202
    assert again.json() == {**first, "created": False}
    assert (Message.objects.count(), Conversation.objects.count()) == (1, 1)


def test_an_answer_joins_the_conversation_of_the_message_it_answers(client, shop):
    account, secret = shop
    post(client, account, message(), secret=secret)
    answer = message(id="msg-2", text="Still E14 after a reset.", in_reply_to="msg-1")
    post(client, account, answer, secret=secret, webhook_id="wh-2")
    conversation = Conversation.objects.get()
    assert list(conversation.messages.values_list("external_id", flat=True)) == ["msg-1", "msg-2"]


def test_messages_with_one_conversation_id_share_a_conversation(client, shop):
    account, secret = shop
    post(client, account, message(id="a", conversation_id="chat-9"), secret=secret)
    post(client, account, message(id="b", conversation_id="chat-9"), secret=secret, webhook_id="2")
    assert list(Conversation.objects.values_list("external_id", flat=True)) == ["chat-9"]
    assert Conversation.objects.get().messages.count() == 2


def test_the_same_author_id_from_two_sources_is_two_people(client, shop):
    account, secret = shop
    other, other_secret = accounts.add_channel_account("webhook", name="App", config={})
    post(client, account, message(), secret=secret)
    post(client, other, message(), secret=other_secret)
    assert (Identity.objects.count(), Person.objects.count()) == (2, 2)


def test_attachments_are_kept_with_the_message(client, shop):
    account, secret = shop
    photo = {
        "filename": "display.jpg",
        "content_type": "image/jpeg",
        "content_base64": base64.b64encode(b"\xff\xd8 not really a jpeg").decode(),
    }
    post(client, account, message(text="", attachments=[photo]), secret=secret)
    attachment = Message.objects.get().attachments.get()
    assert (attachment.filename, attachment.content_type, attachment.file.read()) == (
        "display.jpg",
        "image/jpeg",
        b"\xff\xd8 not really a jpeg",
    )


@pytest.mark.parametrize(
    ("filename", "stored"),
    [
        ("..", "attachment"),
        ("../../settings.py", "_.._settings.py"),
        ('say "cheese".jpg', "say _cheese_.jpg"),
        ("photo\u202egpj.exe", "photogpj.exe"),
        ("x" * 255, "x" * 200),
    ],
)
def test_an_attachment_is_stored_under_a_safe_name_whatever_it_is_called(
    client, shop, filename, stored
):
    account, secret = shop
    part = {"filename": filename, "content_base64": base64.b64encode(b"data").decode()}
    response = post(client, account, message(attachments=[part]), secret=secret)
    assert response.status_code == 202
    attachment = Message.objects.get().attachments.get()
    assert (attachment.filename, attachment.file.read()) == (stored, b"data")


def test_a_numeric_message_id_and_a_time_without_offset_are_accepted(client, shop):
    account, secret = shop
    post(client, account, message(id=1234, created_at="2026-11-01T09:00:00"), secret=secret)
    stored = Message.objects.get()
    assert (stored.external_id, stored.created_at) == (
        "1234",
        datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
    )


# --- refusals: a 4xx with a clear reason, and nothing written --------------------------------


def test_an_unsigned_message_is_refused(client, shop):
    account, _ = shop
    response = client.post(
        reverse("channels:webhook", args=[account.pk]),
        data=json.dumps(message()),
        content_type="application/json",
    )
    assert response.status_code == 401
    assert response.json()["detail"] == "Signature rejected: Missing required headers."
    assert not Message.objects.exists()


@pytest.mark.parametrize(
    ("secret", "age", "reason"),
    [
        (accounts.new_webhook_secret(), timedelta(0), "No matching signature found"),
        (None, timedelta(minutes=6), "Message timestamp too old"),
        (None, -timedelta(minutes=6), "Message timestamp too new"),
    ],
    ids=["another-secret", "six-minutes-old", "six-minutes-ahead"],
)
def test_a_wrong_or_stale_signature_is_refused(client, shop, secret, age, reason):
    account, own_secret = shop
    at = datetime.now(tz=UTC) - age
    response = post(client, account, message(), secret=secret or own_secret, at=at)
    assert response.status_code == 401
    assert reason in response.json()["detail"]
    assert not Message.objects.exists()


@pytest.mark.parametrize("signature", ["v1", "v1,%%%not-base64", "garbage,,,"])
def test_a_malformed_signature_header_is_refused(client, shop, signature):
    account, _ = shop
    response = client.post(
        reverse("channels:webhook", args=[account.pk]),
        data=json.dumps(message()),
        content_type="application/json",
        headers={
            "webhook-id": "wh-1",
            "webhook-timestamp": str(int(datetime.now(tz=UTC).timestamp())),
            "webhook-signature": signature,
        },
    )
    assert response.status_code == 401
    assert not Message.objects.exists()


def test_a_rotated_secret_stops_the_old_one_at_once(client, shop):
    account, old_secret = shop
    accounts.rotate_secret(account)
    response = post(client, account, message(), secret=old_secret)
    assert response.status_code == 401


@pytest.mark.parametrize(
    ("body", "detail"),
    [
        (b'{"id": "msg-1", "author": ', "The body is not valid JSON."),
        (b'"hello"', "The body must be a JSON object (one message) or an array of them."),
        (b"[]", "A batch is an array of 1 to 1,000 message objects."),
        (
            b"[1, 2]",
            "Nothing was stored: 2 message(s) in the batch are missing or have invalid fields: "
            "messages[0], messages[1].",
        ),
        ('{"id": "caf\u00e9"}'.encode("latin-1"), "The body must be JSON encoded as UTF-8."),
    ],
    ids=["truncated", "a-string", "an-empty-batch", "a-list-of-numbers", "latin-1"],
)
def test_a_body_that_is_not_a_json_message_is_refused(client, shop, body, detail):
    account, secret = shop
    response = post(client, account, None, secret=secret, body=body)
    assert response.status_code == 400
    assert response.json()["detail"] == detail
    assert not Message.objects.exists()


@pytest.mark.parametrize(
    ("payload", "fields"),
    [
        ({"text": "hi"}, ["id", "author"]),
        (message(author={"name": "No id"}), ["author.id"]),
        (message(text=""), ["__all__"]),
        (message(url="javascript:alert(1)"), ["url"]),
        (message(created_at="yesterday"), ["created_at"]),
        (message(author={"id": "1", "email": "not-an-address"}), ["author.email"]),
        (message(attachments=[{"filename": "a.txt", "content_base64": "@@"}]), ["attachments.0"]),
    ],
    ids=["no-id-no-author", "author-without-id", "empty", "script-url", "bad-date", "email", "b64"],
)
def test_a_message_missing_or_with_invalid_fields_is_refused_field_by_field(
    client, shop, payload, fields
):
    account, secret = shop
    response = post(client, account, payload, secret=secret)
    assert response.status_code == 400
    errors = response.json()["errors"]
    assert [name for name in errors if not name.startswith(tuple(fields))] == []
    assert all(any(name.startswith(field) for name in errors) for field in fields)
    assert not Message.objects.exists()


def test_an_unknown_inactive_or_non_webhook_channel_is_not_found(client, shop):
    account, secret = shop
    community = ChannelAccount.objects.create(kind="community", name="Community")
    ChannelAccount.objects.filter(pk=account.pk).update(is_active=False)
    statuses = [
        post(client, target, message(), secret=secret).status_code
        for target in (account, community, ChannelAccount(pk=account.pk + 1000))
    ]
    assert statuses == [404, 404, 404]
    assert not Message.objects.exists()


def test_only_post_is_allowed(client, shop):
    account, _ = shop
    response = client.get(reverse("channels:webhook", args=[account.pk]))
    assert response.status_code == 405


def test_a_body_over_one_megabyte_is_refused_before_it_is_read(client, shop):
    account, secret = shop
    big = message(text="x" * (1024 * 1024))
    response = post(client, account, big, secret=secret)
    assert response.status_code == 413
    assert not Message.objects.exists()


def test_the_endpoint_needs_no_csrf_token(shop):
    from django.test import Client

    account, secret = shop
    response = post(Client(enforce_csrf_checks=True), account, message(), secret=secret)
    assert response.status_code == 202
