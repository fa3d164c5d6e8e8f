"""Whether a staff member's earlier proof of access still holds, without reading them again.

Open inboxes are answered from a live token before Django reads the session or the user
(inbox.fastpath, issue 19). Such a token is signed for one session (a digest of its key, never
the key: the token is in the page, the cookie is HttpOnly), until that session expires at the
latest, and for the value the staff access counter had when it was issued. Every change that
can take access away from someone who could use staff pages bumps the counter in the same
transaction (`staff_access_changed`): a deactivation, a role change, a sign-out, a suspension
(which ends sessions), a password change or reset (which ends the other sessions), two-factor
turned off, an edit in the Django admin. A bump makes every live token stale at once: each open
inbox is then checked in full once (the session, the user, `can_use_inbox`) and gets a fresh
token or is refused. Such changes are rare next to the polls; one counter for all of them keeps
the check to the read the poll makes anyway (core.counters.read_many)."""

from datetime import datetime
from hashlib import blake2b

from django.contrib.sessions.backends.base import SessionBase
from django.contrib.sessions.backends.db import SessionStore as DatabaseStore
from django.utils import timezone

from openline.core import counters

from .models import User

STAFF_ACCESS_COUNTER = "staff-access"


def staff_access_changed() -> None:
    """Call inside the transaction of the change (or alone, in autocommit)."""
    counters.bump(STAFF_ACCESS_COUNTER)


def staff_access_changed_for(*people: User | None) -> None:
    """A bump when any of `people` (the same person before and after, say) is or was staff."""
    if any(p is not None and (p.is_staff_member or p.is_superuser) for p in people):
        staff_access_changed()


def staff_access() -> int:
    return counters.read(STAFF_ACCESS_COUNTER)


def session_digest(session_key: str) -> str:
    """Names a session in a token without giving its key away."""
    return blake2b(session_key.encode(), digest_size=16, person=b"openline-live").hexdigest()


def session_expires_at(session: SessionBase) -> float:
    """When the stored session stops being accepted, as a Unix time (0: it is not stored).
    For the database engines (Openline's, `cached_db`) the row's own expiry, which the cookie's
    age or the session's data do not tell."""
    key = session.session_key
    if not key:
        return 0.0
    if isinstance(session, DatabaseStore):
        expires: datetime | None = (
            session.model.objects.filter(session_key=key, expire_date__gt=timezone.now())
            .values_list("expire_date", flat=True)
            .first()
        )
        return expires.timestamp() if expires else 0.0
    return session.get_expiry_date().timestamp()
