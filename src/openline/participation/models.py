from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext


class ParticipationSnapshot(models.Model):
    """The 1-9-90 figures of one day: the window's counts and shares, the week-by-week trend,
    and how members moved between segments since the window before. Kept one per day, so the
    history stays when the activity behind it ages out of the window."""

    day = models.DateField()
    days = models.PositiveSmallIntegerField(help_text=_("Length of the window in days."))
    computed_at = models.DateTimeField()
    counts = models.JSONField(default=dict)
    trend = models.JSONField(default=list)
    transitions = models.JSONField(default=dict)

    class Meta:
        verbose_name = _("participation snapshot")
        verbose_name_plural = _("participation snapshots")
        constraints = [models.UniqueConstraint(fields=["day", "days"], name="one_snapshot_per_day")]
        ordering = ["-day"]

    def __str__(self) -> str:
        return ngettext(
            "Participation on %(day)s (%(days)s day)",
            "Participation on %(day)s (%(days)s days)",
            self.days,
        ) % {"day": self.day, "days": self.days}
