import hashlib
import secrets
from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractUser
from django.contrib.auth.models import UserManager as DjangoUserManager
from django.db import connections, models
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    CUSTOMER = "customer", _("Customer")
    SUPERUSER = "superuser", _("Super-user")
    AGENT = "agent", _("Agent")
    MODERATOR = "moderator", _("Moderator")
    ADMIN = "admin", _("Admin")


STAFF_ROLES = {Role.AGENT, Role.MODERATOR, Role.ADMIN}

# A role inside a sentence ("invited … as agent", "by agents"): English lower-cases the noun,
# German keeps the capital every noun has ("als Agent", "durch Agenten"), so these are messages
# of their own rather than the label passed through `lower`.
ROLE_IN_SENTENCE = {
    Role.CUSTOMER: pgettext_lazy("role in a sentence", "customer"),
    Role.SUPERUSER: pgettext_lazy("role in a sentence", "super-user"),
    Role.AGENT: pgettext_lazy("role in a sentence", "agent"),
    Role.MODERATOR: pgettext_lazy("role in a sentence", "moderator"),
    Role.ADMIN: pgettext_lazy("role in a sentence", "admin"),
}
ROLES_IN_SENTENCE = {
    Role.CUSTOMER: pgettext_lazy("roles in a sentence", "customers"),
    Role.SUPERUSER: pgettext_lazy("roles in a sentence", "super-users"),
    Role.AGENT: pgettext_lazy("roles in a sentence", "agents"),
    Role.MODERATOR: pgettext_lazy("roles in a sentence", "moderators"),
    Role.ADMIN: pgettext_lazy("roles in a sentence", "admins"),
}


def role_in_sentence(role: str) -> str:
    """One person's role as a sentence names it ("agent" / "Agent"); the value if unknown."""
    return str(ROLE_IN_SENTENCE.get(role, role))  # type: ignore[call-overload]


def roles_in_sentence(role: str) -> str:
    """Everyone with the role, as a sentence names them ("agents" / "Agenten")."""
    return str(ROLES_IN_SENTENCE.get(role, role))  # type: ignore[call-overload]


class UserManager(DjangoUserManager["User"]):
    """Django's, with `get(pk=…)` (how the signed-in person is loaded on every request) read
    through a query compiled once per database: the ORM's query building was most of the
    cost of loading the user (issue 19). Same row, same converters, same DoesNotExist."""

    _compiled: dict[str, tuple[str, list[str], Any, list[Any]]] = {}

    def get(self, *args: Any, **kwargs: Any) -> "User":
        if args or len(kwargs) != 1 or not ("pk" in kwargs or "id" in kwargs):
            return super().get(*args, **kwargs)
        pk = kwargs.get("pk", kwargs.get("id"))
        if not isinstance(pk, int) or isinstance(pk, bool):
            return super().get(*args, **kwargs)
        alias = self.db
        compiled = self._compiled.get(alias)
        if compiled is None:
            compiler = super().get_queryset().filter(pk=0).query.get_compiler(alias)
            sql, _ = compiler.as_sql()
            names = [column.target.attname for column, _, _ in compiler.select]
            converters = compiler.get_converters([column for column, _, _ in compiler.select])
            compiled = self._compiled[alias] = (sql, names, compiler, converters)
        sql, names, compiler, converters = compiled
        with connections[alias].cursor() as cursor:
            cursor.execute(sql, [pk])
            row = cursor.fetchone()
        if row is None:
            raise self.model.DoesNotExist("User matching query does not exist.")
        if converters:
            row = next(iter(compiler.apply_converters([row], converters)))
        return self.model.from_db(alias, names, list(row))


class User(AbstractUser):
    """Anyone with a sign-in. `role` says what they do in the community; Django's `is_staff`
    only opens the admin to operators."""

    display_name = models.CharField(_("display name"), max_length=80, blank=True)
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.CUSTOMER)
    team = models.CharField(
        _("team"), max_length=80, blank=True, help_text=_("Shown on staff posts.")
    )
    bio = models.TextField(_("bio"), max_length=1000, blank=True)
    avatar = models.ImageField(_("avatar"), upload_to="avatars/", blank=True)
    email_verified = models.BooleanField(_("e-mail verified"), default=False)
    # Suspension (suspensions.py): until when the person cannot sign in (the far future for
    # "indefinitely"), kept on the row the session loads anyway, so checking it costs nothing.
    # The history with reasons is in Suspension.
    suspended_until = models.DateTimeField(_("suspended until"), null=True, blank=True)
    # Bumped to end every session of the person at once (it is part of the session hash).
    session_epoch = models.PositiveIntegerField(_("session epoch"), default=0, db_default=0)
    # The language of the pages and the e-mails: one of settings.LANGUAGES, or blank to follow
    # the browser (and English for e-mails). See openline.accounts.middleware.
    language = models.CharField(_("language"), max_length=8, blank=True, default="", db_default="")
    # While `language` is blank: the language their pages were last shown in (the switcher's
    # cookie, else the browser's), kept by ProfileLanguageMiddleware, so what is written to them
    # away from a page reads as the site reads to them. Blank until their first signed-in page.
    last_language = models.CharField(
        _("language last read in"), max_length=8, blank=True, default="", db_default=""
    )

    # Loaded on every signed-in request: by a query compiled once (UserManager.get).
    objects: ClassVar[UserManager] = UserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        indexes = [models.Index(fields=["role"])]
        constraints = [
            models.UniqueConstraint(
                Lower("email"), condition=~models.Q(email=""), name="unique_email_ignoring_case"
            )
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def name(self) -> str:
        return self.display_name or self.username

    @property
    def mail_language(self) -> str:
        """The language of what is written to the person away from a page (e-mails,
        notifications): their choice, else the language they last read the site in, else the
        site's default."""
        return self.language or self.last_language or settings.LANGUAGE_CODE

    @property
    def is_suspended(self) -> bool:
        return self.suspended_until is not None and self.suspended_until > timezone.now()

    def _get_session_auth_hash(self, secret: str | None = None) -> str:
        """Django's hash of the password, salted with the session epoch once it was bumped: a
        suspension ends every session, and lifting it does not bring them back. Sessions of
        people never suspended keep Django's hash."""
        base: str = super()._get_session_auth_hash(secret=secret)  # type: ignore[misc]
        if not self.session_epoch:
            return base
        return salted_hmac(
            "openline.accounts.session_epoch",
            f"{base}:{self.session_epoch}",
            secret=secret,
            algorithm="sha256",
        ).hexdigest()

    @property
    def is_staff_member(self) -> bool:
        return self.role in STAFF_ROLES

    @property
    def is_moderator(self) -> bool:
        return self.role in {Role.MODERATOR, Role.ADMIN}

    @property
    def is_trusted_author(self) -> bool:
        """Links by staff go out without rel=nofollow."""
        return self.is_staff_member

    @property
    def badge(self) -> str:
        """The role badge shown beside a post: staff with their team, super-users. The "·" is
        glued to the role by a no-break space, as every "·" the templates write, so that no line
        starts with it; the API's `author.badge` is the same string."""
        if self.is_staff_member:
            label = self.get_role_display() if self.role != Role.AGENT else gettext("Staff")
            return f"{label}\u00a0· {self.team}" if self.team else label
        if self.role == Role.SUPERUSER:
            return gettext("Super-user")
        return ""


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for the JSON API. Only its hash is stored; the raw token is shown once."""

    user = models.ForeignKey(
        User, verbose_name=_("user"), on_delete=models.CASCADE, related_name="api_tokens"
    )
    name = models.CharField(_("name"), max_length=80, blank=True)
    prefix = models.CharField(_("prefix"), max_length=12)
    key_hash = models.CharField(_("key hash"), max_length=64, unique=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_used_at = models.DateTimeField(_("last used"), null=True, blank=True)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

    @staticmethod
    def generate() -> str:
        return "ol_" + secrets.token_urlsafe(32)


class TwoFactorDevice(models.Model):
    """A confirmed authenticator app (TOTP, RFC 6238) of one person. The shared secret is
    stored encrypted (core.crypto); `last_step` is the 30-second step of the last code
    accepted, so a code read over someone's shoulder cannot be used again."""

    user = models.OneToOneField(User, on_delete=models.CASCADE, related_name="two_factor")
    secret_encrypted = models.TextField()
    confirmed_at = models.DateTimeField(default=timezone.now)
    last_step = models.BigIntegerField(default=0)
    last_used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("two-factor device")
        verbose_name_plural = _("two-factor devices")

    def __str__(self) -> str:
        return gettext("Authenticator of %(user)s") % {"user": self.user}


class RecoveryCode(models.Model):
    """A single-use code for when the authenticator is lost. Only a keyed hash is stored; the
    codes are shown once, when they are made."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="recovery_codes")
    code_hash = models.CharField(max_length=64)
    created_at = models.DateTimeField(default=timezone.now)
    used_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("recovery code")
        verbose_name_plural = _("recovery codes")
        indexes = [models.Index(fields=["user", "code_hash"])]

    def __str__(self) -> str:
        return gettext("Recovery code of %(user)s") % {"user": self.user}


def new_nonce() -> str:
    return secrets.token_hex(16)


class Invitation(models.Model):
    """An admin's invitation for a colleague to join the staff with a role. The link carries
    the invitation's id and `nonce`, signed with a timestamp; it works once, until
    `expires_at`, and not after the invitation is withdrawn."""

    email = models.EmailField(max_length=254)
    role = models.CharField(max_length=16, choices=Role.choices)
    team = models.CharField(max_length=80, blank=True)
    invited_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, related_name="invitations_sent"
    )
    nonce = models.CharField(max_length=32, default=new_nonce)
    created_at = models.DateTimeField(default=timezone.now)
    expires_at = models.DateTimeField()
    accepted_at = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    withdrawn_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        indexes = [models.Index(fields=["accepted_at", "withdrawn_at", "expires_at"])]

    def __str__(self) -> str:
        return gettext("Invitation of %(email)s as %(role)s") % {
            "email": self.email,
            "role": self.get_role_display(),
        }

    @property
    def role_in_sentence(self) -> str:
        return role_in_sentence(self.role)

    @property
    def is_open(self) -> bool:
        return (
            self.accepted_at is None
            and self.withdrawn_at is None
            and self.expires_at > timezone.now()
        )


class Suspension(models.Model):
    """A moderator's or admin's suspension of a member: they cannot sign in (password, single
    sign-on or API token) until `until` (None: indefinitely, admins only), and are shown the
    reason when they try. Rows are never deleted: they are the audit record of who suspended
    whom, why, and who lifted it when."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="suspensions")
    until = models.DateTimeField(null=True, blank=True)
    reason = models.CharField(max_length=500)
    created_by = models.ForeignKey(User, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(default=timezone.now)
    lifted_at = models.DateTimeField(null=True, blank=True)
    lifted_by = models.ForeignKey(
        User, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("suspension")
        verbose_name_plural = _("suspensions")
        indexes = [
            models.Index(fields=["user", "-created_at"]),
            models.Index(
                fields=["-created_at"],
                condition=models.Q(lifted_at__isnull=True),
                name="suspension_open",
            ),
        ]

    def __str__(self) -> str:
        if self.until is None:
            return gettext("User %(user)s suspended until further notice") % {"user": self.user_id}
        return gettext("User %(user)s suspended until %(until)s") % {
            "user": self.user_id,
            "until": f"{self.until:%Y-%m-%d %H:%M}",
        }
