"""What insights keeps of its own: day rollups of the other apps' rows (derived, rebuilt at
will: plain ids, no foreign keys, so a rollup never holds a row of another app in place) and
the company's public service promise (text written by operators, the figures they publish)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from openline.inbox.models import channel_label
from openline.inbox.voice_labels import intent_label, sentiment_label


class ServiceFigures(models.Model):
    """The inbox conversations that came in on one company day, in one group. Durations are
    lists of minutes packed as little-endian doubles (`rollups.pack`/`unpack`: read as arrays,
    without parsing or the ORM's per-row conversion), so that medians and percentiles over any
    range are exact."""

    day = models.DateField()
    account_id = models.PositiveIntegerField()
    space_id = models.PositiveIntegerField(default=0)  # the community space; 0: none
    conversations = models.PositiveIntegerField(default=0)
    answered = models.PositiveIntegerField(default=0)
    # First staff answer, minutes after the conversation came in: in the SLA policy's business
    # hours (clock minutes without a policy) and in clock minutes.
    first_response_business = models.BinaryField(default=b"")
    first_response_clock = models.BinaryField(default=b"")
    sla_answered = models.PositiveIntegerField(default=0)  # answered, under a policy
    sla_met = models.PositiveIntegerField(default=0)  # … within its first-response target
    # Not answered yet, under a policy: when the answer is due (epoch seconds), so that a
    # reader counts those past due now as missed without the rollup changing.
    unanswered_due = models.BinaryField(default=b"")
    solved = models.PositiveIntegerField(default=0)  # solved now
    resolution_business = models.BinaryField(default=b"")  # minutes to the (last) solve
    ever_solved = models.PositiveIntegerField(default=0)
    reopened = models.PositiveIntegerField(default=0)  # solved once, then reopened
    # The first answer from anyone, clock minutes: the team's, or on a community thread another
    # member's when it came first (the public promise: how long an asker waited for an answer).
    first_answer_clock = models.BinaryField(default=b"")
    first_by_community = models.PositiveIntegerField(default=0)  # … of those, a member's first

    class Meta:
        abstract = True


class ServiceDay(ServiceFigures):
    """Per day, channel account and space: what the unfiltered dashboards and the promise
    page read (a handful of rows a day)."""

    class Meta:
        verbose_name = _("service figures of a day")
        verbose_name_plural = _("service figures by day")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "account_id", "space_id"], name="one_service_day"
            )
        ]

    def __str__(self) -> str:
        return gettext("%(day)s, channel account %(account)s") % {
            "day": self.day,
            "account": self.account_id,
        }


class ServiceAgentDay(ServiceFigures):
    """The same, per assignee too (0: nobody): read when a team or an agent is chosen."""

    assignee_id = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("agent's service figures of a day")
        verbose_name_plural = _("agents' service figures by day")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "account_id", "space_id", "assignee_id"],
                name="one_service_agent_day",
            )
        ]
        indexes = [models.Index(fields=["assignee_id", "day"])]

    def __str__(self) -> str:
        return gettext("%(day)s, channel account %(account)s, agent %(agent)s") % {
            "day": self.day,
            "account": self.account_id,
            "agent": self.assignee_id,
        }


class ServiceWeek(ServiceFigures):
    """ServiceDay's rows of one week merged (`day` is its Monday; the week is Monday to Sunday
    in company days): counts summed, lists of minutes joined, so figures stay exact. A range
    past 62 days reads its whole weeks here and only its edge days from ServiceDay."""

    class Meta:
        verbose_name = _("service figures of a week")
        verbose_name_plural = _("service figures by week")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "account_id", "space_id"], name="one_service_week"
            )
        ]

    def __str__(self) -> str:
        return gettext("Week of %(day)s, channel account %(account)s") % {
            "day": self.day,
            "account": self.account_id,
        }


class ServiceAgentWeek(ServiceFigures):
    """ServiceAgentDay's rows of one week merged, as ServiceWeek."""

    assignee_id = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("agent's service figures of a week")
        verbose_name_plural = _("agents' service figures by week")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "account_id", "space_id", "assignee_id"],
                name="one_service_agent_week",
            )
        ]
        indexes = [models.Index(fields=["assignee_id", "day"])]

    def __str__(self) -> str:
        return gettext("Week of %(day)s, channel account %(account)s, agent %(agent)s") % {
            "day": self.day,
            "account": self.account_id,
            "agent": self.assignee_id,
        }


class CommunityDay(models.Model):
    """The community questions (questions and problems) asked on one company day, per space."""

    day = models.DateField()
    space_id = models.PositiveIntegerField()
    questions = models.PositiveIntegerField(default=0)
    answered = models.PositiveIntegerField(default=0)
    # Who gave the first answer (a reply by someone other than the asker, not retracted).
    first_by_staff = models.PositiveIntegerField(default=0)
    first_by_superuser = models.PositiveIntegerField(default=0)
    first_by_member = models.PositiveIntegerField(default=0)
    first_answer_clock = models.JSONField(default=list)  # minutes to a member's first answer
    accepted = models.PositiveIntegerField(default=0)
    accepted_by_staff = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("community figures of a day")
        verbose_name_plural = _("community figures by day")
        constraints = [
            models.UniqueConstraint(fields=["day", "space_id"], name="one_community_day")
        ]

    def __str__(self) -> str:
        return gettext("%(day)s, space %(space)s") % {"day": self.day, "space": self.space_id}


class VoiceDay(models.Model):
    """How many customer texts (inbox messages, community threads) were read on one company
    day as each intent and sentiment (a person's correction wins over the model's reading)."""

    day = models.DateField()
    intent = models.CharField(max_length=16)
    sentiment = models.CharField(max_length=10)
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("customer voice figures of a day")
        verbose_name_plural = _("customer voice figures by day")
        constraints = [
            models.UniqueConstraint(fields=["day", "intent", "sentiment"], name="one_voice_day")
        ]

    def __str__(self) -> str:
        return f"{self.day}: {intent_label(self.intent)}, {sentiment_label(self.sentiment)}"


class FeedbackDay(models.Model):
    """The labelled items (inbox messages and community threads, not deleted ones) written on
    one company day in one product area and channel: per reading intent and sentiment (a
    person's correction wins), how many and the sum of their sentiment scores. Both are packed
    little-endian arrays of one cell per intent and sentiment (`rollups.FEEDBACK_CELLS`), so a
    year is one row per day, area and channel, read without the ORM's per-value conversion."""

    day = models.DateField()
    product_area = models.CharField(max_length=60, blank=True, default="")  # "": unassigned
    channel = models.CharField(max_length=20, blank=True, default="")
    counts = models.BinaryField(default=b"")  # int64 per cell
    scores = models.BinaryField(default=b"")  # float64 per cell: the sum of sentiment scores

    class Meta:
        verbose_name = _("feedback figures of a day")
        verbose_name_plural = _("feedback figures by day")
        constraints = [
            models.UniqueConstraint(
                fields=["day", "product_area", "channel"], name="one_feedback_day"
            )
        ]

    def __str__(self) -> str:
        return f"{self.day}: {self.product_area or '-'}, {channel_label(self.channel)}"


class RollupFingerprint(models.Model):
    """What one UTC day of a source looked like when its rollups were written: a day whose
    fingerprint changed (a row added, answered, solved, reopened, reassigned, deleted) has its
    company days recomputed by the next run."""

    source = models.CharField(max_length=20)
    day = models.DateField()
    fingerprint = models.CharField(max_length=200)

    class Meta:
        verbose_name = _("rollup fingerprint")
        verbose_name_plural = _("rollup fingerprints")
        constraints = [
            models.UniqueConstraint(fields=["source", "day"], name="one_fingerprint_per_day")
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.day}"


class PublishedFigure(models.TextChoices):
    ANSWERED = "answered", _("Questions answered")
    FIRST_ANSWER = "first_answer", _("Median time to first answer")
    PUBLIC = "public", _("Answered in public")
    SOLVED = "solved", _("Solved")
    COMMUNITY = "community", _("Community answers")
    IDEAS = "ideas", _("Ideas by status (planned…)")


class Promise(models.Model):
    """The public service promise (one row): the company's own words, its honest notes, and
    which figures it publishes. A figure left out is not shown at all."""

    text = models.TextField(blank=True)
    notes = models.TextField(blank=True)
    published = models.JSONField(default=list)  # PublishedFigure values
    updated_at = models.DateTimeField(default=timezone.now)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    version = models.PositiveIntegerField(default=1)

    class Meta:
        verbose_name = _("service promise")
        verbose_name_plural = _("service promises")

    def __str__(self) -> str:
        return gettext("Service promise")
