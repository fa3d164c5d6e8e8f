"""A webhook source as the tests play it: messages in the JSON format, batches of them, and a
signed POST to /hooks/<id>/. Shared by the webhook tests (a helper module: test modules do not
import each other)."""

import json
from datetime import UTC, datetime

from django.urls import reverse
from standardwebhooks.webhooks import Webhook


def message(**fields) -> dict:
    return {
        "id": "msg-1",
        "author": {"id": "u-42", "name": "Pat Doe", "handle": "patd"},
        "text": "My **T2** shows E14 again.",
        "subject": "E14 again",
        "url": "https://shop.example.com/orders/7#chat",
        "created_at": "2026-11-01T09:00:00Z",
        **fields,
    }


def post(client, account, payload, *, secret=None, at=None, webhook_id="wh-1", body=None):
    body = body if body is not None else json.dumps(payload).encode()
    at = at or datetime.now(tz=UTC)
    signature = Webhook(secret).sign(webhook_id, at, body.decode(errors="replace"))
    return client.post(
        reverse("channels:webhook", args=[account.pk]),
        data=body,
        content_type="application/json",
        headers={
            "webhook-id": webhook_id,
            "webhook-timestamp": str(int(at.timestamp())),
            "webhook-signature": signature,
        },
    )


def batch(n: int, prefix: str = "b") -> list[dict]:
    """n messages: pairs of a question and its follow-up, by ten authors."""
    messages = []
    for i in range(n):
        fields = {
            "id": f"{prefix}-{i}",
            "author": {"id": f"u-{i % 10}", "name": f"Customer {i % 10}"},
            "text": f"Message {i}",
            "subject": f"Question {i // 2}",
        }
        if i % 2:
            fields["in_reply_to"] = f"{prefix}-{i - 1}"
        messages.append(message(**fields))
    return messages
