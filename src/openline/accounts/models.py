import hashlib
import secrets

from django.contrib.auth.models import AbstractUser
from django.db import models
from django.db.models.functions import Lower
from django.utils import timezone


class Role(models.TextChoices):
    CUSTOMER = "customer", "Customer"
    SUPERUSER = "superuser", "Super-user"
    AGENT = "agent", "Agent"
    MODERATOR = "moderator", "Moderator"
    ADMIN = "admin", "Admin"


STAFF_ROLES = {Role.AGENT, Role.MODERATOR, Role.ADMIN}


class User(AbstractUser):
    """Anyone with a sign-in. `role` says what they do in the community; Django's `is_staff`
    only opens the admin to operators."""

    display_name = models.CharField(max_length=80, blank=True)
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.CUSTOMER)
    team = models.CharField(max_length=80, blank=True, help_text="Shown on staff posts.")
    bio = models.TextField(max_length=1000, blank=True)
    avatar = models.ImageField(upload_to="avatars/", blank=True)
    email_verified = models.BooleanField(default=False)

    class Meta:
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
        """The role badge shown beside a post: staff with their team, super-users."""
        if self.is_staff_member:
            label = self.get_role_display() if self.role != Role.AGENT else "Staff"
            return f"{label} · {self.team}" if self.team else label
        if self.role == Role.SUPERUSER:
            return "Super-user"
        return ""


def hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for the JSON API. Only its hash is stored; the raw token is shown once."""

    user = models.ForeignKey(User, on_delete=models.CASCADE, related_name="api_tokens")
    name = models.CharField(max_length=80, blank=True)
    prefix = models.CharField(max_length=12)
    key_hash = models.CharField(max_length=64, unique=True)
    created_at = models.DateTimeField(default=timezone.now)
    last_used_at = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

    @staticmethod
    def generate() -> str:
        return "ol_" + secrets.token_urlsafe(32)
