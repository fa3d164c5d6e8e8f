"""Encryption of stored secrets (channel credentials), with a key from the environment.

The key is OPENLINE_ENCRYPTION_KEY (a Fernet key) when set, else derived from SECRET_KEY:
changing SECRET_KEY without setting the former makes stored channel secrets unreadable."""

import base64
import hashlib
import os

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings


def _key(secret_key: str | None = None) -> str:
    key = os.environ.get("OPENLINE_ENCRYPTION_KEY")
    if not key:
        secret = settings.SECRET_KEY if secret_key is None else secret_key
        digest = hashlib.sha256(b"openline-secrets:" + secret.encode()).digest()
        key = base64.urlsafe_b64encode(digest).decode()
    return key


def _fernet() -> Fernet:
    return Fernet(_key())


def key_fingerprint(secret_key: str | None = None) -> str:
    """A hash naming the encryption key in effect (or the one `secret_key` would give),
    recorded in backups to tell whether their secrets can be read; it reveals nothing of it."""
    return hashlib.sha256(b"openline-key-fingerprint:" + _key(secret_key).encode()).hexdigest()


def encrypt(plain: str) -> str:
    return _fernet().encrypt(plain.encode()).decode() if plain else ""


def decrypt(token: str) -> str:
    if not token:
        return ""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken:
        raise ValueError("A stored secret cannot be decrypted: was SECRET_KEY changed?") from None
