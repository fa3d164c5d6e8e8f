from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class Counter(models.Model):
    """A named number that only goes up, e.g. the generation of everything the community lists
    show. Read on hot paths with one primary-key lookup (see counters.py)."""

    name = models.CharField(max_length=40, primary_key=True)
    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = _("counter")
        verbose_name_plural = _("counters")

    def __str__(self) -> str:
        return f"{self.name}={self.value}"


class WorkerHeartbeat(models.Model):
    """One row per `openline worker` process, touched every few seconds while it runs (see
    heartbeat.py): the staff header and `openline status` tell from it whether any worker is
    alive, and task bookkeeping tells from it whether a RUNNING task's worker is gone."""

    worker_id = models.CharField(max_length=64, primary_key=True)
    hostname = models.CharField(max_length=255)
    pid = models.PositiveIntegerField()
    started_at = models.DateTimeField()
    seen_at = models.DateTimeField()
    stopped_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("worker heartbeat")
        verbose_name_plural = _("worker heartbeats")
        indexes = [models.Index(fields=["seen_at"])]

    def __str__(self) -> str:
        return gettext("%(worker)s (last seen %(when)s)") % {
            "worker": self.worker_id,
            "when": f"{self.seen_at:%Y-%m-%d %H:%M:%S}",
        }


class ErasureRecord(models.Model):
    """Who erased whom and when, kept after the person is gone and holding nothing of them:
    the subject is named by the ids its rows had, the counts say what was removed per app."""

    created_at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(
        max_length=150, help_text=_("Who did it (their username then), or `operator` for the CLI.")
    )
    requested_by = models.CharField(max_length=10, help_text=_("self, staff or operator"))
    subject = models.CharField(
        max_length=200, help_text=_("Row ids only, e.g. 'user 12, person 3'.")
    )
    policy = models.CharField(max_length=10, help_text=_("What happened to their posts."))
    note = models.CharField(
        max_length=300, blank=True, help_text=_("The request's reference, without personal data.")
    )
    counts = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("erasure record")
        verbose_name_plural = _("erasure records")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["-created_at"])]

    def __str__(self) -> str:
        return gettext("Erasure of %(subject)s by %(actor)s at %(when)s") % {
            "subject": self.subject,
            "actor": self.actor_name,
            "when": f"{self.created_at:%Y-%m-%d %H:%M}",
        }


class RateCount(models.Model):
    """Rate-limit attempts of one key in one window ("scope:key digest:window number"), when
    the counts live in the database (no Redis): one row, counted by one UPSERT (ratelimit.py).
    Rows of windows past are pruned by the worker."""

    key = models.CharField(max_length=120, primary_key=True)
    count = models.IntegerField(default=0)
    expires_at = models.FloatField(help_text=_("Unix time after which the row counts no more."))

    class Meta:
        verbose_name = _("rate-limit count")
        verbose_name_plural = _("rate-limit counts")
        indexes = [models.Index(fields=["expires_at"])]

    def __str__(self) -> str:
        return f"{self.key}={self.count}"


class SettingsChange(models.Model):
    """Who changed what on a settings page, and when: one row per change, written by the
    owning app's settings action in the transaction of the change (settings_history.py) and
    shown as the "History" of that section (`section` is its web.settings_sections key). The
    line is told from `kind` and `data` in the reader's language; rows from before kinds have
    only their `summary`."""

    section = models.CharField(max_length=40)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    actor_name = models.CharField(max_length=150, help_text=_("Their name then, kept if they go."))
    kind = models.CharField(
        max_length=60, blank=True, help_text=_("The kind of line, told in the reader's words.")
    )
    data = models.JSONField(
        default=dict, blank=True, help_text=_("What changed, as codes and names.")
    )
    summary = models.CharField(
        max_length=500, help_text=_("What changed in the site's language, never a secret.")
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("settings change")
        verbose_name_plural = _("settings changes")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["section", "-created_at", "-id"])]

    def __str__(self) -> str:
        return f"{self.section}: {self.summary} ({self.actor_name}, {self.created_at:%Y-%m-%d})"
