"""The inbound webhook format: one JSON message object, or an array of up to BATCH_MAX, each
parsed into an inbox item (README, "Channels: the webhook JSON format")."""

import base64
import binascii
from datetime import UTC, datetime, timedelta
from typing import Annotated

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.utils import timezone
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    TypeAdapter,
    field_validator,
    model_validator,
)
from pydantic import ValidationError as PayloadError

from openline.core.files import safe_content_type, safe_filename
from openline.inbox.adapters import InboundAttachment, InboundItem
from openline.inbox.ingestion import BATCH_MAX
from openline.inbox.models import ChannelAccount, ChannelKind
from openline.people.actions import Sender

KIND = ChannelKind.WEBHOOK
_http_url = URLValidator(schemes=["http", "https"])
_email = EmailValidator()
# Times a message may carry: anything else is a sender's bug (or a probe), refused at the door
# rather than answered 202 and then failing to be stored (years 1 and 9999 overflow in UTC).
EARLIEST = datetime(1970, 1, 1, tzinfo=UTC)
FUTURE_SLACK = timedelta(days=1)


class PayloadInvalid(Exception):
    """The body is signed but not a message we can store. `errors` maps fields to messages."""

    def __init__(self, detail: str, errors: dict[str, list[str]] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors or {}


def _optional_url(value: str | None) -> str | None:
    if value:
        try:
            _http_url(value)
        except ValidationError:
            raise ValueError("must be an http(s) URL") from None
    return value


def _no_nul(value: str) -> str:
    """Ids name things: one with a NUL (which PostgreSQL cannot store) is refused, not changed."""
    if "\x00" in value:
        raise ValueError("must not contain NUL characters")
    return value


def _strip_nul(value: str) -> str:
    """Free text loses its NUL characters: the message is kept, its meaning unchanged."""
    return value.replace("\x00", "")


type Id = Annotated[str, AfterValidator(_no_nul)]
type Text = Annotated[str, AfterValidator(_strip_nul)]


class _Part(BaseModel):
    model_config = ConfigDict(
        extra="ignore", coerce_numbers_to_str=True, str_strip_whitespace=True, frozen=True
    )


class AuthorIn(_Part):
    id: Annotated[Id, Field(min_length=1, max_length=200)]
    name: Annotated[Text, Field(max_length=200)] | None = None
    handle: Annotated[Id, Field(max_length=200)] | None = None
    email: Annotated[Id, Field(max_length=254)] | None = None
    email_verified: bool = False
    url: Annotated[Id, Field(max_length=500)] | None = None

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
    # Any name and type are accepted and made safe (core.files): a file's name never fails
    # its message.
    filename: Annotated[str, AfterValidator(safe_filename)] = "attachment"
    content_type: Annotated[str, AfterValidator(safe_content_type)] = "application/octet-stream"
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
    id: Annotated[Id, Field(min_length=1, max_length=300)]
    author: AuthorIn
    text: Annotated[Text, Field(max_length=50_000)]
    url: Annotated[Id, Field(max_length=500)] | None = None
    created_at: datetime | None = None
    in_reply_to: Annotated[Id, Field(max_length=300)] | None = None
    conversation_id: Annotated[Id, Field(max_length=300)] | None = None
    subject: Annotated[Text, Field(max_length=300)] | None = None
    attachments: Annotated[list[AttachmentIn], Field(max_length=20)] = []

    _url = field_validator("url")(_optional_url)

    @field_validator("created_at")
    @classmethod
    def _storable(cls, value: datetime | None) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            value = value.replace(tzinfo=UTC)  # documented: a time without offset is UTC
        try:
            value = value.astimezone(UTC)
        except OverflowError:
            raise ValueError("is out of range") from None
        if not EARLIEST <= value <= timezone.now() + FUTURE_SLACK:
            raise ValueError("must lie between 1970-01-01 and one day from now")
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
