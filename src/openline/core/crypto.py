"""Encryption of stored secrets (channel credentials), with a key from the environment.

The key is OPENLINE_ENCRYPTION_KEY (a Fernet key) when set, else derived from SECRET_KEY:
changing SECRET_KEY without setting the former makes stored channel secrets unreadable."""

import base64
import hashlib
import os

from cryptography.fernet import Fernet, InvalidToken
from django.conf import settings


def _fernet() -> Fernet:
    key = os.environ.get("OPENLINE_ENCRYPTION_KEY")
    if not key:
        digest = hashlib.sha256(b"openline-secrets:" + settings.SECRET_KEY.encode()).digest()
        key = base64.urlsafe_b64encode(digest).decode()
    return Fernet(key)


def encrypt(plain: str) -> str:
    return _fernet().encrypt(plain.encode()).decode() if plain else ""


def decrypt(token: str) -> str:
    if not token:
        return ""
    try:
        return _fernet().decrypt(token.encode()).decode()
    except InvalidToken:
        raise ValueError("A stored secret cannot be decrypted: was SECRET_KEY changed?") from None
