"""Sending: an agent's reply is POSTed to the account's `reply_url`, signed, with the delivery's
idempotency key as `webhook-id` so the receiver can drop a retried copy."""

import json
import logging
from typing import Any

import httpx

from openline.core import crypto, outbound
from openline.inbox import actions as inbox_actions
from openline.inbox.adapters import DeliveryError
from openline.inbox.models import ChannelAccount, Delivery, Message, MessageKind

from .payload import KIND
from .signing import sign

log = logging.getLogger(__name__)
SEND_TIMEOUT = 10.0
REPLY_ID_PREFIX = "openline-"


def reply_payload(message: Message) -> dict[str, Any]:
    conversation = message.conversation
    answering = (
        Message.objects.filter(
            conversation=conversation, kind=MessageKind.INBOUND, pk__lt=message.pk
        )
        .exclude(external_id=None)
        .order_by("-pk")
        .values_list("external_id", flat=True)
        .first()
    )
    author = message.author
    return {
        "id": f"{REPLY_ID_PREFIX}{message.pk}",
        "conversation_id": conversation.external_id,
        "in_reply_to": answering,
        "text": message.body,
        "author": {"name": author.name if author else "", "team": author.team if author else ""},
        "created_at": message.created_at.isoformat(),
    }


def _reference(response: httpx.Response) -> str:
    try:
        data = response.json()
    except ValueError:
        data = None
    if isinstance(data, dict) and isinstance(data.get("id"), str | int):
        return str(data["id"])
    return response.headers.get("location") or f"HTTP {response.status_code}"


class WebhookAdapter:
    kind = KIND

    def send(self, account: ChannelAccount, message: Message, delivery: Delivery) -> str:
        url = account.config.get("reply_url")
        if not url:
            raise DeliveryError(
                f"The webhook channel {account.name!r} has no reply URL: set one in the admin.",
                permanent=True,
            )
        payload = reply_payload(message)
        body = json.dumps(payload, ensure_ascii=False)
        headers = sign(
            crypto.decrypt(account.secret_encrypted), str(delivery.idempotency_key), body
        )
        try:
            with outbound.client(timeout=SEND_TIMEOUT) as client:
                response = client.post(url, content=body.encode(), headers=headers)
        except outbound.AddressRefused as error:
            raise DeliveryError(f"{url}: {error}", permanent=True) from error
        except httpx.HTTPError as error:  # timeouts, refused connections, TLS: try again later
            raise DeliveryError(f"{url}: {type(error).__name__}: {error}") from error
        status = response.status_code
        # The remote body is not echoed: the error is shown to agents, and what a receiver
        # writes there (or what an internal server answers) is none of their business.
        reason = outbound.status_reason(status)
        if status >= 500 or status in (408, 429):
            raise DeliveryError(f"{url} answered {reason}; will retry.")
        if not 200 <= status < 300:
            raise DeliveryError(f"{url} refused the reply with {reason}", permanent=True)
        # The source may answer our reply with `in_reply_to` = its id: keep the conversation.
        if not inbox_actions.remember_reply_id(message, payload["id"]):
            log.warning("Reply id %s is taken on account %s", payload["id"], message.account_id)
        return _reference(response)
