"""API bearer tokens: issued once in the clear, stored only as a SHA-256 hash, revoked by prefix."""

from datetime import timedelta

from django.core.exceptions import ValidationError
from django.utils import timezone

from .models import ApiToken, User, hash_token

PREFIX_LENGTH = 12
NAME_MAX = 80
# A busy client would otherwise write to the database on every request.
LAST_USED_RESOLUTION = timedelta(minutes=1)


def issue_token(user: User, *, name: str = "") -> str:
    """Creates a token for `user` and returns it in the clear: the only time anyone sees it."""
    name = " ".join((name or "").split())
    if len(name) > NAME_MAX:
        raise ValidationError({"name": f"Keep the token name under {NAME_MAX} characters."})
    raw = ApiToken.generate()
    ApiToken.objects.create(
        user=user, name=name, prefix=raw[:PREFIX_LENGTH], key_hash=hash_token(raw)
    )
    return raw


def user_for_token(raw: str) -> User | None:
    """The active person a raw token belongs to, or None for unknown, revoked or inactive."""
    raw = (raw or "").strip()
    if not raw:
        return None
    token = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=hash_token(raw), user__is_active=True)
        .first()
    )
    if token is None:
        return None
    now = timezone.now()
    if token.last_used_at is None or now - token.last_used_at >= LAST_USED_RESOLUTION:
        ApiToken.objects.filter(pk=token.pk).update(last_used_at=now)
        token.last_used_at = now
    return token.user


def tokens_of(user: User) -> list[ApiToken]:
    return list(ApiToken.objects.filter(user=user).order_by("-created_at", "-id"))


def revoke_token(prefix: str) -> ApiToken:
    """Deletes the one token whose prefix is (or starts with) `prefix`.

    Raises ValidationError when no token, or more than one, matches: revoking the wrong
    token by a too-short prefix would cut off a working integration."""
    prefix = (prefix or "").strip()
    if len(prefix) < 6:
        raise ValidationError("Give at least the first 6 characters of the token (e.g. ol_AbC).")
    candidates = ApiToken.objects.select_related("user")
    matches = list(candidates.filter(prefix__startswith=prefix[:PREFIX_LENGTH])[:2])
    if not matches:
        raise ValidationError(f"No token starts with {prefix!r}.")
    if len(matches) > 1:
        raise ValidationError(f"More than one token starts with {prefix!r}: give more characters.")
    token = matches[0]
    token.delete()
    return token
