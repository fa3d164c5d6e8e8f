"""Standard Webhooks signatures (https://www.standardwebhooks.com/): checking an inbound
body against the account's `whsec_` secret, and signing an outbound one."""

import functools
import logging
from datetime import datetime
from typing import Any

from django.utils import timezone
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from openline.core import crypto
from openline.inbox.models import ChannelAccount

from .payload import PayloadInvalid

log = logging.getLogger(__name__)


class SignatureRejected(Exception):
    """The request is not from the account's source: bad, missing or stale signature."""


class ChannelMisconfigured(Exception):
    """The account cannot check signatures (no secret, or one that no longer decrypts)."""


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


def sign(secret: str, message_id: str, body: str, at: datetime | None = None) -> dict[str, str]:
    """The Standard Webhooks headers for `body`."""
    at = at or timezone.now()
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(int(at.timestamp())),
        "webhook-signature": Webhook(secret).sign(message_id, at, body),
        "content-type": "application/json",
    }
