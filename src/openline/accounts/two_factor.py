"""Two-factor sign-in: an authenticator app (TOTP, RFC 6238, via pyotp) and recovery codes.

Enrolment keeps the new secret in the session until the person types a code from it, so an
abandoned enrolment leaves nothing behind. The secret is stored encrypted (core.crypto). A code
is accepted once: the device remembers the 30-second step of the last code it took. Recovery
codes are stored as keyed hashes, shown once, and each works once.

Sign-in with a password becomes two steps for someone with a device (or staff, when the
operator requires it): the password makes the session *pending* (`PENDING_KEY`), not signed
in; the code then signs it in. Sign-in through the identity provider (accounts.sso) skips this
step: the provider does its own multi-factor checks. API tokens are not affected: a token is
already a secret of its own, made by someone signed in.
"""

import logging
import secrets
import time
from dataclasses import dataclass
from typing import Any

import pyotp
import segno
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from openline.core.crypto import decrypt, encrypt

from . import access
from .models import RecoveryCode, TwoFactorDevice, User
from .permissions import can_manage_staff

log = logging.getLogger("openline.accounts.staff")
ISSUER_FALLBACK = "Openline"
RECOVERY_CODE_COUNT = 10
_RECOVERY_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i to misread
_RECOVERY_SALT = "openline.accounts.recovery-code"
PENDING_KEY = "openline_two_factor_pending"
ENROL_SECRET_KEY = "openline_two_factor_secret"  # noqa: S105 - a session key, not a secret
# How the session was signed in: "password", "two_factor" or "sso" (read by the staff rule).
METHOD_KEY = "openline_signin_method"
PENDING_MAX_SECONDS = 600


# --- settings ---------------------------------------------------------------------------------


def required_for(user: User) -> bool:
    """Whether the operator requires a second factor of this person (staff, when
    OPENLINE_STAFF_TWO_FACTOR=required)."""
    return settings.OPENLINE.get("STAFF_TWO_FACTOR") == "required" and user.is_staff_member


def has_device(user: User) -> bool:
    return TwoFactorDevice.objects.filter(user=user).exists()


# --- codes ------------------------------------------------------------------------------------


def new_secret() -> str:
    return pyotp.random_base32()


def provisioning_uri(user: User, secret: str) -> str:
    issuer = settings.OPENLINE.get("COMPANY_NAME") or ISSUER_FALLBACK
    return pyotp.TOTP(secret).provisioning_uri(name=user.email or user.username, issuer_name=issuer)


def qr_svg(uri: str) -> str:
    """The otpauth:// URI as an inline SVG QR code (made here: no image service is called)."""
    svg: str = segno.make(uri, error="m").svg_inline(scale=5, border=2, title="QR code")
    return svg


def _clean_code(code: str) -> str:
    return "".join((code or "").split()).replace("-", "").lower()


def matching_step(secret: str, code: str, *, now: float | None = None) -> int | None:
    """The time step whose code `code` is (this one, or one either side for clock drift)."""
    code = _clean_code(code)
    if len(code) != 6 or not code.isdigit():
        return None
    totp = pyotp.TOTP(secret)
    now = time.time() if now is None else now
    step = int(now // totp.interval)
    for candidate in (step - 1, step, step + 1):
        if constant_time_compare(totp.generate_otp(candidate), code):
            return candidate
    return None


def _hash_recovery(code: str) -> str:
    return salted_hmac(_RECOVERY_SALT, _clean_code(code), algorithm="sha256").hexdigest()


def _new_recovery_codes() -> list[str]:
    def one() -> str:
        raw = "".join(secrets.choice(_RECOVERY_ALPHABET) for _i in range(10))
        return f"{raw[:5]}-{raw[5:]}"

    return [one() for _i in range(RECOVERY_CODE_COUNT)]


# --- actions ----------------------------------------------------------------------------------

WRONG_CODE = gettext_lazy(
    "That code is not right. Type the 6 digits your authenticator app shows now, or one of "
    "your recovery codes."
)


def confirm_enrolment(user: User, secret: str, code: str) -> list[str]:
    """Turns the authenticator on once `code` proves the app has `secret`; returns the new
    recovery codes in the clear (the one time anyone sees them)."""
    step = matching_step(secret, code)
    if step is None:
        raise ValidationError(
            {"code": "That code doesn't match. Scan the QR code again, wait for a new code and "
             "type its 6 digits."}
        )  # fmt: skip
    codes = _new_recovery_codes()
    with transaction.atomic():
        TwoFactorDevice.objects.filter(user=user).delete()
        RecoveryCode.objects.filter(user=user).delete()
        TwoFactorDevice.objects.create(user=user, secret_encrypted=encrypt(secret), last_step=step)
        RecoveryCode.objects.bulk_create(
            RecoveryCode(user=user, code_hash=_hash_recovery(c)) for c in codes
        )
    return codes


def check_code(user: User, code: str) -> str | None:
    """Accepts a current authenticator code or an unused recovery code, once. Returns "totp"
    or "recovery", or None when it is neither."""
    device = TwoFactorDevice.objects.filter(user=user).first()
    if device is None:
        return None
    step = matching_step(decrypt(device.secret_encrypted), code)
    if step is not None:
        # Conditional, so the same code sent twice at once is accepted once.
        used = TwoFactorDevice.objects.filter(pk=device.pk, last_step__lt=step).update(
            last_step=step, last_used_at=timezone.now()
        )
        return "totp" if used else None
    cleaned = _clean_code(code)
    if len(cleaned) != 10:
        return None
    used = RecoveryCode.objects.filter(
        user=user, code_hash=_hash_recovery(cleaned), used_at__isnull=True
    ).update(used_at=timezone.now())
    return "recovery" if used else None


def recovery_codes_left(user: User) -> int:
    return RecoveryCode.objects.filter(user=user, used_at__isnull=True).count()


def regenerate_recovery_codes(user: User, *, code: str) -> list[str]:
    """New recovery codes (the old ones stop working), after a current code."""
    if check_code(user, code) is None:
        raise ValidationError({"code": WRONG_CODE})
    codes = _new_recovery_codes()
    with transaction.atomic():
        RecoveryCode.objects.filter(user=user).delete()
        RecoveryCode.objects.bulk_create(
            RecoveryCode(user=user, code_hash=_hash_recovery(c)) for c in codes
        )
    return codes


def disable(user: User, *, password: str, code: str) -> None:
    """Turns the authenticator off; needs the password and a current or recovery code."""
    errors: dict[str, list[str]] = {}
    if not user.check_password(password or ""):
        errors["password"] = ["That is not your current password."]
    elif check_code(user, code) is None:
        errors["code"] = [str(WRONG_CODE)]
    if errors:
        raise ValidationError(errors)
    with transaction.atomic():
        TwoFactorDevice.objects.filter(user=user).delete()
        RecoveryCode.objects.filter(user=user).delete()
        # Where staff must have a second factor, their pages now send them to set it up.
        access.staff_access_changed_for(user)


def reset_for(actor: User, person: User) -> None:
    """An admin turns off a colleague's authenticator (a lost phone, no recovery codes left):
    they set it up again at their next sign-in when it is required."""
    if not can_manage_staff(actor) or actor.pk == person.pk:
        raise PermissionDenied(_("Only an admin can reset someone else's two-factor sign-in."))
    with transaction.atomic():
        TwoFactorDevice.objects.filter(user=person).delete()
        RecoveryCode.objects.filter(user=person).delete()
        access.staff_access_changed_for(person)
    log.info("%s reset the two-factor sign-in of %s", actor.username, person.username)


# --- the pending session ----------------------------------------------------------------------


@dataclass(frozen=True)
class Pending:
    """A password sign-in waiting for its code."""

    user: User
    backend: str
    next_url: str


def start_pending(session: Any, user: User, backend: str, next_url: str) -> None:
    session.cycle_key()
    session[PENDING_KEY] = {
        "user": user.pk, "backend": backend, "next": next_url, "at": time.time(),
    }  # fmt: skip


def pending(session: Any) -> Pending | None:
    """The person whose password was right and who still owes a code; None when there is
    none, or it is older than 10 minutes."""
    data = session.get(PENDING_KEY)
    if not isinstance(data, dict) or time.time() - data.get("at", 0) > PENDING_MAX_SECONDS:
        return None
    user_id = data.get("user")
    if not isinstance(user_id, int):
        return None
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return None
    return Pending(user, str(data.get("backend")), str(data.get("next") or ""))


def clear_pending(session: Any) -> None:
    session.pop(PENDING_KEY, None)
    session.pop(ENROL_SECRET_KEY, None)
