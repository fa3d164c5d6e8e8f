"""The live token an open inbox sends with each poll (`X-Inbox-Token`).

Issued only after the full check (the session, the user, `can_use_inbox`, the second factor
where required) and signed for: the staff member, their session (a digest of its key), the
staff access counter of that moment, an end (TOKEN_SECONDS, or the session's own expiry if
sooner), the language their page was rendered in and the operator's second-factor policy. A
token is good only with the cookie of its session, before its end, while the counter has not
moved (accounts.access: every way to lose access bumps it) and under the same policy. Then, and
only then, inbox.fastpath may answer a poll without Django reading the session or the user."""

import time
from typing import NamedTuple

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.core import signing
from django.utils.crypto import constant_time_compare
from django.utils.translation import get_language

from openline.accounts import access
from openline.accounts.models import User

HEADER = "X-Inbox-Token"
SALT = "openline.inbox.live"
SECONDS = 120


class Claims(NamedTuple):
    user_id: int
    session: str
    access: int
    expires: float
    language: str
    policy: str


def _policy() -> str:
    return str(settings.OPENLINE.get("STAFF_TWO_FACTOR") or "")


def issue(user: User, session: SessionBase, staff_access: int) -> str:
    """For a reader the full check let in; `staff_access` as read with the generation."""
    expires = min(time.time() + SECONDS, access.session_expires_at(session))
    digest = access.session_digest(session.session_key or "")
    claims = [user.pk, digest, staff_access, round(expires, 3), get_language() or "", _policy()]
    return signing.dumps(claims, salt=SALT, compress=False)


# Tokens whose signature this process checked: an open inbox sends the same one for up to
# two minutes, so most polls skip the HMAC. Bounded; emptied when full.
_checked: dict[str, Claims] = {}


def _claims(token: str) -> Claims | None:
    token = token[:300]
    claims = _checked.get(token)
    if claims is None:
        try:
            values = signing.loads(token, salt=SALT, max_age=SECONDS)
            claims = Claims(int(values[0]), str(values[1]), int(values[2]), float(values[3]),
                            str(values[4]), str(values[5]))  # fmt: skip
        except (signing.BadSignature, IndexError, KeyError, TypeError, ValueError):
            return None  # forged, tampered, expired, or of an older shape
        if len(_checked) >= 10_000:
            _checked.clear()
        _checked[token] = claims
    return claims


def check(token: str, session_key: str, staff_access: int) -> Claims | None:
    """The token's claims where it is good for this session cookie now, else None."""
    claims = _claims(token)
    if (
        claims is None
        or not session_key
        or claims.access != staff_access
        or claims.expires <= time.time()
        or claims.policy != _policy()
        or not constant_time_compare(claims.session, access.session_digest(session_key))
    ):
        return None
    return claims
