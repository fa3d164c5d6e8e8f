"""The signed token in every notification e-mail's unsubscribe link. It names the person and the
kind the mail was about ("" for the digest: every kind delivered by e-mail), and does not expire:
an unsubscribe link must keep working as long as the mail sits in an inbox. All it can do is stop
e-mails, so it is safe to honour without signing in."""

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext as _

from .models import Kind

_SALT = "openline.notifications.unsubscribe"


def make_unsubscribe_token(user_id: int, kind: str | None) -> str:
    return signing.dumps([user_id, kind or ""], salt=_SALT, compress=False)


def read_unsubscribe_token(token: str) -> tuple[int, str | None]:
    """(user id, kind or None for every kind). Raises ValidationError on a changed token."""
    try:
        user_id, kind = signing.loads(token, salt=_SALT)
    except (signing.BadSignature, TypeError, ValueError) as error:
        raise ValidationError(
            _(
                "This unsubscribe link is not valid: it may have been cut short or changed. "
                "Sign in and open your notification preferences instead."
            ),
            code="invalid",
        ) from error
    if not isinstance(user_id, int) or kind not in {"", *Kind.values}:
        raise ValidationError(_("This unsubscribe link is not valid."), code="invalid")
    return user_id, kind or None


def unsubscribe_url(user_id: int, kind: str | None) -> str:
    token = make_unsubscribe_token(user_id, kind)
    return settings.SITE_URL + reverse("notifications:unsubscribe", args=[token])
