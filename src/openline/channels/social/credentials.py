"""A social account's secrets: one JSON object, stored only encrypted (core.crypto) in
`ChannelAccount.secret_encrypted`; settings stay in `config`."""

import json

from openline.core import crypto
from openline.inbox.models import ChannelAccount


def encrypt_secrets(secrets: dict[str, str]) -> str:
    return crypto.encrypt(json.dumps(secrets, sort_keys=True)) if secrets else ""


def secrets_of(account: ChannelAccount) -> dict[str, str]:
    """The account's secrets in clear; {} when it has none. ValueError when they cannot be
    decrypted (SECRET_KEY changed) or are not a JSON object."""
    plain = crypto.decrypt(account.secret_encrypted)
    if not plain:
        return {}
    try:
        value = json.loads(plain)
    except ValueError:
        raise ValueError(f"The stored secrets of {account.name} are not JSON.") from None
    if not isinstance(value, dict):
        raise ValueError(f"The stored secrets of {account.name} are not a JSON object.")
    return {str(k): str(v) for k, v in value.items()}


def secret(account: ChannelAccount, name: str) -> str:
    """One secret, e.g. `secret(account, "token")`; "" when not set."""
    return secrets_of(account).get(name, "")


def store_secrets(account: ChannelAccount, secrets: dict[str, str]) -> None:
    """Replaces the account's secrets (e.g. a new token after one was revoked)."""
    account.secret_encrypted = encrypt_secrets(secrets)
    ChannelAccount.objects.filter(pk=account.pk).update(secret_encrypted=account.secret_encrypted)
