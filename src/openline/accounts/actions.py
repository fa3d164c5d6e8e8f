"""Writes for accounts: joining, confirming an address, editing a profile. Each action
validates, writes in one transaction and sends its e-mail once the transaction has committed.
Views and the API call these; nothing else writes accounts."""

import functools
import re
import secrets
from collections.abc import Callable
from io import BytesIO
from typing import Any

from django.conf import settings
from django.contrib.auth import password_validation
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile, File
from django.db import IntegrityError, transaction
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from PIL import Image, ImageOps

from openline.core import privacy

from . import selectors
from .models import Role, User
from .tokens_email import (
    read_email_change_token,
    read_verification_token,
    send_email_change_mails,
    send_verification_email,
    token_matches_address,
)

USERNAME_RE = re.compile(r"^[A-Za-z0-9](?:[A-Za-z0-9_.-]*[A-Za-z0-9])?$")
USERNAME_MIN, USERNAME_MAX = 3, 30
DISPLAY_NAME_MAX = 80
BIO_MAX = 1000
AVATAR_MAX_BYTES = 2 * 1024 * 1024
AVATAR_MAX_PIXELS = 25_000_000  # a small file can still decode to gigabytes
AVATAR_SIDE = 512
AVATAR_FORMATS = {"JPEG", "PNG", "GIF", "WEBP"}
RESEND_COOLDOWN_SECONDS = 60


# --- validation -------------------------------------------------------------------------------


def clean_username(username: str) -> str:
    username = (username or "").strip()
    if not USERNAME_MIN <= len(username) <= USERNAME_MAX:
        raise ValidationError(
            _("Choose a username of %(min)d to %(max)d characters.")
            % {"min": USERNAME_MIN, "max": USERNAME_MAX},
            code="length",
        )
    if not USERNAME_RE.match(username):
        raise ValidationError(
            _(
                "Use only letters, digits, dots, dashes and underscores, starting and ending "
                "with a letter or digit."
            ),
            code="characters",
        )
    return username


def clean_email(email: str) -> str:
    email = User.objects.normalize_email((email or "").strip())
    if not email or "@" not in email or len(email) > 254:
        raise ValidationError(_("Enter a valid e-mail address."), code="invalid")
    return email


def clean_display_name(display_name: str) -> str:
    display_name = " ".join((display_name or "").split())
    if len(display_name) > DISPLAY_NAME_MAX:
        raise ValidationError(
            _("Keep your display name under %(max)d characters.") % {"max": DISPLAY_NAME_MAX},
            code="max_length",
        )
    return display_name


def clean_bio(bio: str) -> str:
    bio = (bio or "").strip()
    if len(bio) > BIO_MAX:
        raise ValidationError(
            _("Keep your bio under %(max)s characters (%(now)s now).")
            % {
                "max": number_format(BIO_MAX, force_grouping=True),
                "now": number_format(len(bio), force_grouping=True),
            },
            code="max_length",
        )
    return bio


def clean_language(language: str) -> str:
    """One of settings.LANGUAGES, or blank to follow the browser."""
    if language and language not in dict(settings.LANGUAGES):
        raise ValidationError(_("Choose one of the languages offered."), code="invalid")
    return language


def set_language(person: User, language: str) -> None:
    """The footer's language switcher, for someone who chose a language in their profile:
    the new choice replaces it (else the profile would keep overriding the switch)."""
    person.language = clean_language(language)
    person.save(update_fields=["language"])


def remember_language(person: User, language: str) -> None:
    """The language a page was just shown in to someone who chose none: their e-mails follow
    it (User.mail_language). Written only when it changes the language they are written to: a
    reader of the site's own language who never read another costs no write."""
    if person.language or (person.last_language or settings.LANGUAGE_CODE) == language:
        return
    if language not in dict(settings.LANGUAGES):
        return
    person.last_language = language
    person.save(update_fields=["last_language"])


def prepare_avatar(upload: File[bytes]) -> ContentFile[bytes]:
    """The uploaded picture re-encoded at most AVATAR_SIDE pixels wide and high, without its
    metadata (photos carry GPS positions). Raises ValidationError for anything but a readable
    JPEG, PNG, GIF or WebP image of at most 2 MB."""
    if upload.size > AVATAR_MAX_BYTES:
        raise ValidationError(
            _("That picture is %(size)s MB; pictures can be at most 2 MB.")
            % {"size": number_format(upload.size / 1024 / 1024, 1)},
            code="file_size",
        )
    unreadable = ValidationError(
        _("That file is not a picture we can read. Upload a JPEG, PNG, GIF or WebP image."),
        code="invalid_image",
    )
    try:
        upload.seek(0)
        with Image.open(upload) as image:
            if image.format not in AVATAR_FORMATS:
                raise unreadable
            if image.width * image.height > AVATAR_MAX_PIXELS:
                raise ValidationError(
                    _("That picture is too large: use one of at most 25 megapixels."),
                    code="dimensions",
                )
            image.draft("RGB", (AVATAR_SIDE, AVATAR_SIDE))  # JPEG decodes at a smaller scale
            picture = ImageOps.exif_transpose(image)
            has_alpha = picture.mode in {"RGBA", "LA", "PA"} or "transparency" in picture.info
            picture = picture.convert("RGBA" if has_alpha else "RGB")
            picture.thumbnail((AVATAR_SIDE, AVATAR_SIDE))
            buffer = BytesIO()
            if has_alpha:
                picture.save(buffer, "PNG", optimize=True)
            else:
                picture.save(buffer, "JPEG", quality=88, optimize=True)
    except (OSError, ValueError, SyntaxError, Image.DecompressionBombError) as error:
        raise unreadable from error
    return ContentFile(buffer.getvalue(), name="avatar.png" if has_alpha else "avatar.jpg")


def _collect[T](
    errors: dict[str, list[str]], field: str, clean: Callable[..., T], *args: Any
) -> T | None:
    try:
        return clean(*args)
    except ValidationError as error:
        errors.setdefault(field, []).extend(error.messages)
        return None


def _queue_verification(user: User) -> None:
    # Also starts the cool-down, so "send it again" right after joining waits a minute.
    cache.set(f"accounts:verify-sent:{user.pk}", 1, timeout=RESEND_COOLDOWN_SECONDS)
    transaction.on_commit(functools.partial(send_verification_email.enqueue, user.pk))


# --- actions ----------------------------------------------------------------------------------


def register_user(*, username: str, email: str, password: str, display_name: str = "") -> User:
    """Creates a customer account with an unconfirmed address and mails the confirmation link."""
    errors: dict[str, list[str]] = {}
    username = _collect(errors, "username", clean_username, username) or ""
    email = _collect(errors, "email", clean_email, email) or ""
    display_name = _collect(errors, "display_name", clean_display_name, display_name) or ""
    if username and selectors.username_taken(username):
        errors.setdefault("username", []).append("That username is taken. Try another.")
    if email and selectors.email_taken(email):
        errors.setdefault("email", []).append(
            "An account already uses this e-mail address. Sign in, or reset your password."
        )
    user = User(
        username=username or "", email=email or "", display_name=display_name or "",
        role=Role.CUSTOMER, email_verified=False,
    )  # fmt: skip
    _collect(errors, "password", password_validation.validate_password, password, user)
    if errors:
        raise ValidationError(errors)
    user.set_password(password)
    try:
        with transaction.atomic():
            user.save()
            _queue_verification(user)
    except IntegrityError as error:  # someone took the name between the check and the insert
        raise ValidationError({"username": _("That username is taken. Try another.")}) from error
    return user


def verify_email(token: str) -> User:
    """Confirms the address a verification link was sent to. Raises ValidationError (code
    "expired", "invalid" or "stale") for links that are out of date, forged or superseded."""
    user_id, digest = read_verification_token(token)
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not token_matches_address(digest, user):
        raise ValidationError(
            _("This link was for an e-mail address that is no longer on the account."), code="stale"
        )
    if not user.email_verified:
        # Conditional on the address, in case it changes while the link is being opened.
        User.objects.filter(pk=user.pk, email=user.email).update(email_verified=True)
        user.email_verified = True
    return user


def resend_verification_email(actor: User) -> None:
    """Mails a new confirmation link, at most once a minute."""
    if actor.email_verified:
        raise ValidationError(_("Your e-mail address is already confirmed."), code="verified")
    if not actor.email:
        raise ValidationError(_("Add an e-mail address to your profile first."), code="no_email")
    if not cache.add(f"accounts:verify-sent:{actor.pk}", 1, timeout=RESEND_COOLDOWN_SECONDS):
        raise ValidationError(
            _(
                "We sent you a link less than a minute ago. Check your inbox and spam folder, "
                "or try again in a minute."
            ),
            code="too_soon",
        )
    transaction.on_commit(functools.partial(send_verification_email.enqueue, actor.pk))


def update_profile(
    actor: User,
    person: User,
    *,
    display_name: str,
    bio: str,
    avatar: File[bytes] | None = None,
    remove_avatar: bool = False,
    language: str | None = None,
) -> User:
    """Saves a person's public profile. The address changes through request_email_change.
    People edit their own profile; admins may edit anyone's."""
    if actor.pk != person.pk and actor.role != Role.ADMIN:
        raise PermissionDenied(_("You can only edit your own profile."))
    errors: dict[str, list[str]] = {}
    display_name = _collect(errors, "display_name", clean_display_name, display_name) or ""
    bio = _collect(errors, "bio", clean_bio, bio) or ""
    picture = _collect(errors, "avatar", prepare_avatar, avatar) if avatar else None
    if language is not None:
        language = _collect(errors, "language", clean_language, language)
    if errors:
        raise ValidationError(errors)

    old_avatar = person.avatar.name if (picture or remove_avatar) else ""
    person.display_name, person.bio = display_name, bio
    fields = ["display_name", "bio", "avatar"]
    if language is not None:
        person.language = language
        fields.append("language")
    with transaction.atomic():
        if picture is not None:
            suffix = (picture.name or "").rsplit(".", 1)[-1]
            name = f"{person.pk}-{secrets.token_hex(6)}.{suffix}"
            person.avatar.save(name, picture, save=False)
        elif remove_avatar:
            person.avatar = ""
        person.save(update_fields=fields)
        if old_avatar:
            storage = person.avatar.storage
            transaction.on_commit(lambda: storage.delete(old_avatar))
    return person


def request_email_change(actor: User, email: str) -> str:
    """Mails a link to `email` that makes it the actor's address once opened, and a notice to
    the current address; returns the cleaned address. Whether another account uses it is told
    only to that inbox, never to the person asking (the caller has checked the password)."""
    email = clean_email(email)
    if email.lower() == actor.email.lower():
        return email
    transaction.on_commit(functools.partial(send_email_change_mails.enqueue, actor.pk, email))
    return email


def confirm_email_change(token: str) -> User:
    """Makes the address a change link was sent to the account's (confirmed) address. Raises
    ValidationError (code "expired", "invalid", "stale" or "taken")."""
    user_id, email, digest = read_email_change_token(token)
    user = User.objects.filter(pk=user_id, is_active=True).first()
    if user is None or not token_matches_address(digest, user):
        raise ValidationError(
            _("This link was for a change the account no longer needs: its address changed since."),
            code="stale",
        )
    if user.email.lower() == email.lower():
        return user
    taken = ValidationError(
        _("Another account uses this address now, so it can't be added to yours."), code="taken"
    )
    if selectors.email_taken(email, exclude=user):
        raise taken
    try:
        with transaction.atomic():
            # Conditional on the old address, in case another link is opened at the same time.
            changed = User.objects.filter(pk=user.pk, email=user.email).update(
                email=email, email_verified=True
            )
    except IntegrityError as error:
        raise taken from error
    if not changed:
        raise ValidationError(_("This link was for an address that changed since."), code="stale")
    user.email, user.email_verified = email, True
    return user


# --- privacy ----------------------------------------------------------------------------------


def erase_own_account(actor: User, *, password: str, confirm: str) -> None:
    """A member erases their account and what Openline holds about them (core.privacy, under
    the operator's policy for their posts). Staff accounts leave through an administrator,
    who hands their work over first."""
    if actor.is_staff_member or actor.is_superuser:
        raise PermissionDenied(_("Staff accounts are closed by an administrator."))
    errors = {}
    if not actor.check_password(password):
        errors["password"] = "That is not your current password."  # noqa: S105 - a message
    if confirm.strip().lower() != "erase":
        errors["confirm"] = "Type erase to confirm."
    if errors:
        raise ValidationError(errors)
    privacy.erase(
        privacy.Subject(user_id=actor.pk),
        actor_id=None,  # the account is gone with the request
        actor_name="the member",
        requested_by="self",
    )
