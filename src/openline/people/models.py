from django.conf import settings
from django.db import models
from django.utils import timezone


class Person(models.Model):
    """A customer, whichever channels they write from. `user` is set when they also have a
    community account."""

    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True, help_text="A verified address, used to link identities.")
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        indexes = [models.Index(fields=["email"])]

    def __str__(self) -> str:
        return self.name or self.email or f"Person {self.pk}"


class Identity(models.Model):
    """How a person appears on one channel: an e-mail address, a webhook source's user id, a
    feed author, a community account."""

    person = models.ForeignKey(Person, on_delete=models.CASCADE, related_name="identities")
    channel_kind = models.CharField(max_length=20)
    external_id = models.CharField(max_length=300, help_text="Stable id on that channel.")
    handle = models.CharField(max_length=200, blank=True)
    name = models.CharField(max_length=200, blank=True)
    email = models.EmailField(blank=True)
    email_verified = models.BooleanField(default=False)
    url = models.URLField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["channel_kind", "external_id"], name="one_identity_per_channel_id"
            )
        ]
        verbose_name_plural = "identities"

    def __str__(self) -> str:
        return f"{self.channel_kind}:{self.handle or self.external_id}"
