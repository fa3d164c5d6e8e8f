"""Account e-mails: the signed link that confirms an address, and the tasks that send mail.

A verification token carries the person's id and a keyed digest of the address it was sent to,
signed with a timestamp. It stops working after VERIFY_MAX_AGE, and as soon as the person
changes their address (the digest no longer matches), so an old link cannot confirm a new one.
"""

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.core.mail import send_mail
from django.tasks import task
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.crypto import constant_time_compare, salted_hmac
from django.utils.translation import gettext as _

from .models import User

VERIFY_MAX_AGE = timedelta(days=3)
_SALT = "openline.accounts.verify-email"


def _email_digest(email: str) -> str:
    return salted_hmac(_SALT, email.strip().lower(), algorithm="sha256").hexdigest()[:20]


def make_verification_token(user: User) -> str:
    return signing.dumps([user.pk, _email_digest(user.email)], salt=_SALT, compress=False)


def read_verification_token(token: str) -> tuple[int, str]:
    """The (user id, address digest) a token was made for. Raises ValidationError with code
    "expired" or "invalid"."""
    try:
        user_id, digest = signing.loads(token, salt=_SALT, max_age=VERIFY_MAX_AGE)
    except signing.SignatureExpired as error:
        raise ValidationError(
            _("This confirmation link has expired: links work for 3 days."), code="expired"
        ) from error
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise ValidationError(
            _("This confirmation link is not valid. Check that you copied all of it."),
            code="invalid",
        ) from error
    if not isinstance(user_id, int) or not isinstance(digest, str):
        raise ValidationError(_("This confirmation link is not valid."), code="invalid")
    return user_id, digest


def token_matches_address(digest: str, user: User) -> bool:
    return bool(user.email) and constant_time_compare(digest, _email_digest(user.email))


def verification_url(user: User) -> str:
    path = reverse("accounts:verify_email", kwargs={"token": make_verification_token(user)})
    return settings.SITE_URL + path


@task()
def send_verification_email(user_id: int) -> bool:
    """Mails a fresh confirmation link to the person's current address, unless it is already
    confirmed. Returns whether a mail went out."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not user.email or user.email_verified:
        return False
    context = {
        "user": user,
        "url": verification_url(user),
        "days": VERIFY_MAX_AGE.days,
        "company_name": settings.OPENLINE["COMPANY_NAME"],
        "site_url": settings.SITE_URL,
    }
    with translation.override(user.mail_language):
        subject = " ".join(render_to_string("accounts/email/verify_subject.txt", context).split())
        body = render_to_string("accounts/email/verify.txt", context)
    send_mail(subject, body, None, [user.email])
    return True


@task()
def send_account_email(subject: str, body: str, to: str) -> None:
    """Sends an already rendered account e-mail (password reset) outside the request, so the
    response takes as long whether or not an account has the address."""
    send_mail(subject, body, None, [to])


# --- changing the address ---------------------------------------------------------------------
# The link goes to the new address and carries it, with a digest of the address the account has
# now: the change happens only when it is opened, and not once the account's address changed.

_CHANGE_SALT = "openline.accounts.change-email"


def make_email_change_token(user: User, new_email: str) -> str:
    payload = [user.pk, new_email, _email_digest(user.email)]
    return signing.dumps(payload, salt=_CHANGE_SALT, compress=False)


def read_email_change_token(token: str) -> tuple[int, str, str]:
    """The (user id, new address, digest of the old address) of a change link. Raises
    ValidationError with code "expired" or "invalid"."""
    try:
        user_id, new_email, digest = signing.loads(token, salt=_CHANGE_SALT, max_age=VERIFY_MAX_AGE)
    except signing.SignatureExpired as error:
        raise ValidationError(
            _("This confirmation link has expired: links work for 3 days."), code="expired"
        ) from error
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise ValidationError(
            _("This confirmation link is not valid. Check that you copied all of it."),
            code="invalid",
        ) from error
    if not (isinstance(user_id, int) and isinstance(new_email, str) and isinstance(digest, str)):
        raise ValidationError(_("This confirmation link is not valid."), code="invalid")
    return user_id, new_email, digest


def _render(name: str, context: dict[str, Any]) -> tuple[str, str]:
    context = {
        **context,
        "company_name": settings.OPENLINE["COMPANY_NAME"],
        "site_url": settings.SITE_URL,
    }
    user: User = context["user"]
    with translation.override(user.mail_language):
        subject = " ".join(render_to_string(f"accounts/email/{name}_subject.txt", context).split())
        return subject, render_to_string(f"accounts/email/{name}.txt", context)


@task()
def send_email_change_mails(user_id: int, new_email: str) -> None:
    """Mails the link that makes `new_email` the person's address (or, when another account
    has it, a note saying so: only whoever reads that inbox learns it) and tells the current
    address that a change was asked for."""
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None:
        return
    if User.objects.filter(email__iexact=new_email).exclude(pk=user.pk).exists():
        subject, body = _render("change_email_taken", {"user": user})
    else:
        path = reverse(
            "accounts:confirm_email_change",
            kwargs={"token": make_email_change_token(user, new_email)},
        )
        context = {"user": user, "url": settings.SITE_URL + path, "days": VERIFY_MAX_AGE.days}
        subject, body = _render("change_email", context)
    send_mail(subject, body, None, [new_email])
    if user.email:
        context = {"user": user, "new_email": new_email}
        subject, body = _render("change_email_notice", context)
        send_mail(subject, body, None, [user.email])
