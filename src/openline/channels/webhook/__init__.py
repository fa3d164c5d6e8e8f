"""Signed webhooks (Standard Webhooks: https://www.standardwebhooks.com/), both ways.

Inbound, a source POSTs one JSON message (or an array of up to 1,000, stored together) to
`/hooks/<account id>/`, signed with the account's `whsec_` secret; each becomes a conversation
message, once per message id (on SQLite a one-message webhook is queued first:
queue.py). Outbound, an agent's reply is POSTed to the account's `reply_url`, signed
the same way, with the delivery's idempotency key as `webhook-id` so the receiver can drop a
retried copy. The JSON format is documented in the README ("Channels: the webhook JSON
format")."""

import base64
import binascii
import functools
import json
import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Annotated, Any

import httpx
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import IntegrityError, connection, transaction
from django.http import Http404
from django.utils import timezone
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, field_validator, model_validator
from pydantic import ValidationError as PayloadError
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from openline.core import companions, crypto, periodic
from openline.inbox import adapters
from openline.inbox.adapters import DeliveryError, InboundAttachment, InboundItem
from openline.inbox.ingestion import BATCH_MAX, ingest_many
from openline.inbox.models import ChannelAccount, ChannelKind, Delivery, Message, MessageKind
from openline.people.actions import Sender

from . import queue as webhook_queue

log = logging.getLogger(__name__)
KIND = ChannelKind.WEBHOOK
BODY_MAX = 1024 * 1024
SEND_TIMEOUT = 10.0
REPLY_ID_PREFIX = "openline-"
_http_url = URLValidator(schemes=["http", "https"])
_email = EmailValidator()


class SignatureRejected(Exception):
    """The request is not from the account's source: bad, missing or stale signature."""


class ChannelMisconfigured(Exception):
    """The account cannot check signatures (no secret, or one that no longer decrypts)."""


class PayloadInvalid(Exception):
    """The body is signed but not a message we can store. `errors` maps fields to messages."""

    def __init__(self, detail: str, errors: dict[str, list[str]] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or {}


# --- the inbound format -----------------------------------------------------------------------


def _optional_url(value: str | None) -> str | None:
    if value:
        try:
            _http_url(value)
        except ValidationError:
            raise ValueError("must be an http(s) URL") from None
    return value


class _Part(BaseModel):
    model_config = ConfigDict(
        extra="ignore", coerce_numbers_to_str=True, str_strip_whitespace=True, frozen=True
    )


class AuthorIn(_Part):
    id: Annotated[str, Field(min_length=1, max_length=200)]
    name: Annotated[str, Field(max_length=200)] | None = None
    handle: Annotated[str, Field(max_length=200)] | None = None
    email: Annotated[str, Field(max_length=254)] | None = None
    email_verified: bool = False
    url: Annotated[str, Field(max_length=500)] | None = None

    _url = field_validator("url")(_optional_url)

    @field_validator("email")
    @classmethod
    def _is_email(cls, value: str | None) -> str | None:
        if value:
            try:
                _email(value)
            except ValidationError:
                raise ValueError("must be an e-mail address") from None
        return value


class AttachmentIn(_Part):
    filename: Annotated[str, Field(min_length=1, max_length=255)]
    content_type: Annotated[str, Field(max_length=120)] = "application/octet-stream"
    content_base64: str

    def content(self) -> bytes:
        return base64.b64decode(self.content_base64, validate=True)

    @field_validator("content_base64")
    @classmethod
    def _is_base64(cls, value: str) -> str:
        try:
            base64.b64decode(value, validate=True)
        except (binascii.Error, ValueError):
            raise ValueError("must be base64") from None
        return value


class MessageIn(_Part):
    id: Annotated[str, Field(min_length=1, max_length=300)]
    author: AuthorIn
    text: Annotated[str, Field(max_length=50_000)]
    url: Annotated[str, Field(max_length=500)] | None = None
    created_at: datetime | None = None
    in_reply_to: Annotated[str, Field(max_length=300)] | None = None
    conversation_id: Annotated[str, Field(max_length=300)] | None = None
    subject: Annotated[str, Field(max_length=300)] | None = None
    attachments: Annotated[list[AttachmentIn], Field(max_length=20)] = []

    _url = field_validator("url")(_optional_url)

    @field_validator("created_at")
    @classmethod
    def _aware(cls, value: datetime | None) -> datetime | None:
        if value is not None and value.tzinfo is None:
            return value.replace(tzinfo=UTC)  # documented: a time without offset is UTC
        return value

    @model_validator(mode="after")
    def _says_something(self) -> "MessageIn":
        if not self.text and not self.attachments:
            raise ValueError("text is empty and there are no attachments")
        return self


def _errors(error: PayloadError, prefix: str = "") -> dict[str, list[str]]:
    errors: dict[str, list[str]] = {}
    for problem in error.errors(include_url=False):
        loc = list(problem["loc"])
        if prefix and loc and isinstance(loc[0], int):
            loc[0] = f"{prefix}[{loc[0]}]"
        field = ".".join(str(part) for part in loc) or "__all__"
        errors.setdefault(field, []).append(problem["msg"].removeprefix("Value error, "))
    return errors


_Batch = TypeAdapter(Annotated[list[MessageIn], Field(min_length=1, max_length=BATCH_MAX)])


def is_batch(body: bytes) -> bool:
    """A JSON array of messages rather than one message object."""
    return body.lstrip()[:1] == b"["


def parse_messages(account: ChannelAccount, body: bytes) -> list[InboundItem]:
    """The inbox items a verified body describes: one message object, or an array of up to
    BATCH_MAX of them. Raises PayloadInvalid with every problem of every message."""
    if not is_batch(body):
        return [parse_message(account, body)]
    try:
        payloads = _Batch.validate_json(body)
    except PayloadError as error:
        if any(problem["type"] == "json_invalid" for problem in error.errors()):
            raise PayloadInvalid("The body is not valid JSON.") from None
        if any(not problem["loc"] for problem in error.errors()):
            raise PayloadInvalid(
                f"A batch is an array of 1 to {BATCH_MAX:,} message objects."
            ) from None
        errors = _errors(error, "messages")
        raise PayloadInvalid(
            f"Nothing was stored: {len({f.split('.')[0] for f in errors})} message(s) in the "
            f"batch are missing or have invalid fields: {', '.join(errors)}.",
            errors,
        ) from None
    return [_item(account, payload) for payload in payloads]


def parse_message(account: ChannelAccount, body: bytes) -> InboundItem:
    """The inbox item a verified body describes; raises PayloadInvalid with every problem."""
    try:
        payload = MessageIn.model_validate_json(body)
    except PayloadError as error:
        if any(problem["type"] == "json_invalid" for problem in error.errors()):
            raise PayloadInvalid("The body is not valid JSON.") from None
        if any(
            problem["type"] == "model_type" and not problem["loc"] for problem in error.errors()
        ):
            raise PayloadInvalid(
                "The body must be a JSON object (one message) or an array of them."
            ) from None
        errors = _errors(error)
        fields = ", ".join(errors)
        raise PayloadInvalid(
            f"The message is missing or has invalid fields: {fields}.", errors
        ) from None
    return _item(account, payload)


def _item(account: ChannelAccount, payload: MessageIn) -> InboundItem:
    author = payload.author
    raw = payload.model_dump(mode="json", exclude={"attachments"})
    raw["attachments"] = [
        {"filename": a.filename, "content_type": a.content_type} for a in payload.attachments
    ]
    return InboundItem(
        external_id=payload.id,
        conversation_key=payload.conversation_id or payload.in_reply_to or payload.id,
        sender=Sender(
            channel_kind=KIND,
            # Ids are the source's own: two sources may both have a user "42".
            external_id=f"{account.pk}:{author.id}",
            name=author.name or "",
            handle=author.handle or "",
            email=author.email or "",
            email_verified=author.email_verified,
            url=author.url or "",
        ),
        text=payload.text,
        subject=payload.subject or "",
        url=payload.url or "",
        created_at=payload.created_at,
        in_reply_to=payload.in_reply_to or "",
        attachments=tuple(
            InboundAttachment(a.filename, a.content_type, a.content()) for a in payload.attachments
        ),
        raw=raw,
    )


# --- receiving --------------------------------------------------------------------------------


_ACCOUNT_FIELDS = ("id", "kind", "name", "secret_encrypted", "is_active")
_ACCOUNT_SQL = (
    f"SELECT {', '.join(_ACCOUNT_FIELDS)} FROM {ChannelAccount._meta.db_table} "  # noqa: S608 - constant names
    "WHERE id = %s AND kind = %s AND is_active = %s"
)


def webhook_account(account_id: int) -> ChannelAccount:
    """The active webhook account with this id, else 404 (the same for every other case).
    One plain query, without the ORM's query building: it runs on every webhook, and the
    ingestion benchmark showed the compiled lookup at ~8 % of a request (config stays
    deferred: receiving never reads it)."""
    with connection.cursor() as cursor:
        cursor.execute(_ACCOUNT_SQL, [account_id, KIND, True])
        row = cursor.fetchone()
    if row is None:
        raise Http404("No webhook channel here.")
    return ChannelAccount.from_db(connection.alias, list(_ACCOUNT_FIELDS), row)


@functools.lru_cache(maxsize=128)
def _signer(secret_encrypted: str) -> Webhook:
    """Keyed on the stored ciphertext: a rotated secret is a new key, the old one ages out."""
    return Webhook(crypto.decrypt(secret_encrypted))


def verify_signature(account: ChannelAccount, body: bytes, headers: Any) -> None:
    """Raises SignatureRejected unless `body` was signed with the account's secret within the
    last 5 minutes (the tolerance of the Standard Webhooks library)."""
    if not account.secret_encrypted:
        raise ChannelMisconfigured("This channel has no secret yet.")
    try:
        signer = _signer(account.secret_encrypted)
    except ValueError as error:
        log.error("Webhook channel %s: %s", account.pk, error)
        raise ChannelMisconfigured("This channel's secret cannot be read.") from None
    signed = {
        name: headers.get(name, "")
        for name in ("webhook-id", "webhook-timestamp", "webhook-signature")
    }
    try:
        text = body.decode()
    except UnicodeDecodeError:
        raise PayloadInvalid("The body must be JSON encoded as UTF-8.") from None
    try:
        signer.verify(text, signed, json_parse=False)
    except WebhookVerificationError as error:
        raise SignatureRejected(str(error)) from None
    except ValueError:  # a signature that is not "v1,<base64>"
        raise SignatureRejected("Malformed webhook-signature header") from None


@dataclass(frozen=True)
class Received:
    """What became of a webhook: its messages' ids, and (message, created) for each once
    stored; `stored` is None while the webhook waits in the queue (queue.py)."""

    external_ids: list[str]
    stored: list[tuple[Message, bool]] | None


def receive(account: ChannelAccount, body: bytes, headers: Any) -> Received:
    """Verifies, parses and stores one webhook (one message, or a batch stored all together),
    or queues a one-message webhook when the webhook queue is on. A replay stores nothing
    new."""
    verify_signature(account, body, headers)
    items = parse_messages(account, body)
    external_ids = [item.external_id for item in items]
    # A batch is stored at once: it is a batch already (3,800 messages/s in batches of 100
    # against 2,600 through the queue, which writes each body twice), and its sender waits.
    if webhook_queue.enabled() and len(items) == 1 and not is_batch(body):
        webhook_queue.enqueue(account, body)
        return Received(external_ids, None)
    return Received(external_ids, ingest_many(account, items))


# --- sending ----------------------------------------------------------------------------------


def sign(secret: str, message_id: str, body: str, at: datetime | None = None) -> dict[str, str]:
    """The Standard Webhooks headers for `body`."""
    at = at or timezone.now()
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": Webhook(secret).sign(message_id, at, body),
        "content-type": "application/json",
    }


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
            response = httpx.post(url, content=body.encode(), headers=headers, timeout=SEND_TIMEOUT)
        except httpx.HTTPError as error:  # timeouts, refused connections, TLS: try again later
            raise DeliveryError(f"{url}: {type(error).__name__}: {error}") from error
        status = response.status_code
        if status >= 500 or status in (408, 429):
            raise DeliveryError(f"{url} answered {status}; will retry.")
        if not 200 <= status < 300:
            raise DeliveryError(
                f"{url} refused the reply with {status}: {response.text[:300]}", permanent=True
            )
        _remember_reply_id(message, payload["id"])
        return _reference(response)


def _remember_reply_id(message: Message, reply_id: str) -> None:
    """The source may answer our reply with `in_reply_to` = its id: keep the conversation."""
    try:
        with transaction.atomic():
            Message.objects.filter(pk=message.pk, external_id__isnull=True).update(
                external_id=reply_id
            )
    except IntegrityError:  # the source used that id itself; threading falls back to the key
        log.warning("Reply id %s is taken on account %s", reply_id, message.account_id)


def install() -> None:
    adapters.register(WebhookAdapter())
    # `openline serve` runs a drainer beside the web processes (which also look once a second);
    # the worker catches what is left when neither runs.
    periodic.register("channels.drain_webhooks", 5, webhook_queue.drain_if_enabled)
    companions.register(
        "drain_webhooks", webhook_queue.DRAINER_FLAG, lambda: webhook_queue.enabled()
    )
