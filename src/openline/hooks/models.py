import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Subscription(models.Model):
    """A receiver of events: its URL, the event types it wants and its signing secret (stored
    encrypted; shown once when it is added)."""

    url = models.URLField(_("URL"), max_length=500)
    events = models.JSONField(_("events"), default=list)  # event types, e.g. ["thread.solved"]
    description = models.CharField(_("description"), max_length=200, blank=True)
    secret_encrypted = models.TextField(_("secret (encrypted)"), editable=False)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("event subscription")
        verbose_name_plural = _("event subscriptions")

    def __str__(self) -> str:
        return f"{self.url} ({', '.join(self.events)})"


class Event(models.Model):
    """Something that happened, as sent: `payload` is the body every subscriber receives."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    type = models.CharField(max_length=40)
    payload = models.JSONField()
    # The labels (intent, sentiment…) are added by the worker before the first send: reading a
    # text takes tens of milliseconds, which the request that made the change should not pay.
    needs_labels = models.BooleanField(default=False)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def __str__(self) -> str:
        return f"{self.type} {self.id}"


class DeliveryState(models.TextChoices):
    PENDING = "pending", _("Pending")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class EventDelivery(models.Model):
    event = models.ForeignKey(
        Event, verbose_name=_("event"), on_delete=models.CASCADE, related_name="deliveries"
    )
    subscription = models.ForeignKey(
        Subscription,
        verbose_name=_("subscription"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    state = models.CharField(
        _("state"), max_length=10, choices=DeliveryState.choices, default=DeliveryState.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    claimed_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    last_status = models.PositiveSmallIntegerField(_("last HTTP status"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("event delivery")
        verbose_name_plural = _("event deliveries")
        indexes = [
            models.Index(
                fields=["next_attempt_at"],
                condition=models.Q(state="pending"),
                name="hooks_pending_due",
            )
        ]
        constraints = [
            models.UniqueConstraint(fields=["event", "subscription"], name="one_delivery_each")
        ]

    def __str__(self) -> str:
        return f"{self.event_id} → {self.subscription_id} ({self.get_state_display()})"
