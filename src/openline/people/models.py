from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, ngettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _


class Person(models.Model):
    """A customer, whichever channels they write from. `user` is set when they also have a
    community account."""

    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(
        _("e-mail address"), blank=True, help_text=_("A verified address, used to link identities.")
    )
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="person",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        indexes = [models.Index(fields=["email"])]

    def __str__(self) -> str:
        return self.name or self.email or gettext("Person %(id)s") % {"id": self.pk}


class Identity(models.Model):
    """How a person appears on one channel: an e-mail address, a webhook source's user id, a
    feed author, a community account."""

    person = models.ForeignKey(
        Person, verbose_name=_("person"), on_delete=models.CASCADE, related_name="identities"
    )
    channel_kind = models.CharField(_("channel"), max_length=20)
    external_id = models.CharField(
        _("external ID"), max_length=300, help_text=_("Stable id on that channel.")
    )
    handle = models.CharField(_("handle"), max_length=200, blank=True)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    email_verified = models.BooleanField(_("e-mail verified"), default=False)
    url = models.URLField(_("URL"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("identity")
        constraints = [
            models.UniqueConstraint(
                fields=["channel_kind", "external_id"], name="one_identity_per_channel_id"
            )
        ]
        verbose_name_plural = _("identities")

    def __str__(self) -> str:
        return f"{self.channel_kind}:{self.handle or self.external_id}"


# --- reads and visits -------------------------------------------------------------------------


class Visit(models.Model):
    """A signed-in member was here on `day` (UTC): the "days visited" of trust levels."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()

    class Meta:
        verbose_name = _("visit")
        verbose_name_plural = _("visits")
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="one_visit_per_day")]
        indexes = [models.Index(fields=["day"])]

    def __str__(self) -> str:
        return gettext("User %(user)s on %(day)s") % {"user": self.user_id, "day": self.day}


class ThreadRead(models.Model):
    """A signed-in member read a thread on `day` (UTC), recorded once per day. `thread_id` is a
    plain number: the community sits above this app, and a read outlives nothing it points to."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread_id = models.BigIntegerField()
    day = models.DateField()

    class Meta:
        verbose_name = _("thread read")
        verbose_name_plural = _("threads read")
        constraints = [
            models.UniqueConstraint(fields=["user", "thread_id", "day"], name="one_read_per_day")
        ]
        indexes = [models.Index(fields=["day"])]

    def __str__(self) -> str:
        return gettext("User %(user)s read thread %(thread)s on %(day)s") % {
            "user": self.user_id,
            "thread": self.thread_id,
            "day": self.day,
        }


# --- reputation -------------------------------------------------------------------------------


class ReputationKind(models.TextChoices):
    ANSWER_ACCEPTED = "answer_accepted", _("Your answer was accepted")
    REPLY_UPVOTED = "reply_upvoted", _("Upvote on your reply")
    THREAD_UPVOTED = "thread_upvoted", _("Upvote on your post")
    HELPFUL_REPLY = "helpful_reply", _("The person who asked found your reply helpful")


class ReputationLimit(models.TextChoices):
    """Why an event earned fewer points than its kind is worth (anti-gaming limits)."""

    NONE = "", "—"
    PAIR_DAY = "pair_day", _("Daily limit of points from the same person")
    PAIR_WEEK = "pair_week", _("Weekly limit of points from the same person")
    DAY = "day", _("Daily limit of points")


class ReputationEvent(models.Model):
    """Points earned by one contribution. Rebuilt from community data by
    `participation.actions.recompute_reputation`, idempotently: (user, kind, giver, thread, reply)
    identifies an event. Capped events are kept with the points they still earned (maybe 0) and
    the limit that applied, so the history explains itself."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="reputation_events",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=ReputationKind.choices)
    points = models.IntegerField(_("points"))
    worth = models.IntegerField(_("worth"), help_text=_("What the kind is worth before limits."))
    limited_by = models.CharField(
        _("limited by"),
        max_length=10,
        choices=ReputationLimit.choices,
        blank=True,
        default=ReputationLimit.NONE,
    )
    # Who gave it (voter, or the asker who accepted): a plain id, kept when they leave.
    giver_id = models.BigIntegerField(_("given by (ID)"), null=True, blank=True)
    thread_id = models.BigIntegerField(_("thread (ID)"))
    reply_id = models.BigIntegerField(_("reply (ID)"), null=True, blank=True)
    created_at = models.DateTimeField(_("created"))

    class Meta:
        verbose_name = _("reputation event")
        verbose_name_plural = _("reputation events")
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return gettext("%(points)s: %(kind)s (user %(user)s)") % {
            "points": f"{self.points:+d}",
            "kind": self.get_kind_display(),
            "user": self.user_id,
        }


class Reputation(models.Model):
    """A member's reputation total, kept with the events that make it up."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    points = models.IntegerField(default=0)
    updated_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("reputation score")
        verbose_name_plural = _("reputation scores")
        indexes = [models.Index(fields=["-points"])]

    def __str__(self) -> str:
        return ngettext(
            "User %(user)s: %(points)s point", "User %(user)s: %(points)s points", self.points
        ) % {"user": self.user_id, "points": self.points}


# --- trust and participation ------------------------------------------------------------------


class TrustLevel(models.Model):
    """A member's trust level, 0 (new) to 4 (leader). `computed_level` is what the criteria give
    (see people.trust); `level` is what applies: the pinned level when staff pinned one,
    otherwise the computed level, held for a grace period after a promotion. `stats` keeps the
    figures the criteria were measured on, to show the member what the next level needs."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="+",
    )
    level = models.PositiveSmallIntegerField(_("trust level"), default=0)
    computed_level = models.PositiveSmallIntegerField(_("computed level"), default=0)
    pinned_level = models.PositiveSmallIntegerField(_("pinned level"), null=True, blank=True)
    pinned_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("level pinned by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    pinned_at = models.DateTimeField(_("level pinned"), null=True, blank=True)
    promoted_at = models.DateTimeField(_("promoted"), null=True, blank=True)
    stats = models.JSONField(_("figures"), default=dict, blank=True)
    updated_at = models.DateTimeField(_("updated"), default=timezone.now)

    class Meta:
        verbose_name = _("trust level")
        verbose_name_plural = _("trust levels")
        indexes = [models.Index(fields=["level"])]

    def __str__(self) -> str:
        return gettext("User %(user)s: trust level %(level)s") % {
            "user": self.user_id,
            "level": self.level,
        }

    @property
    def is_pinned(self) -> bool:
        return self.pinned_level is not None


class Segment(models.TextChoices):
    CREATOR = "creator", _("Creator")
    RESPONDER = "responder", _("Responder")
    READER = "reader", _("Reader")
    INACTIVE = "inactive", _("Inactive")


class Participation(models.Model):
    """A member's participation segment over the latest rolling window; `computed_at`: when
    it last changed."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, primary_key=True, related_name="+"
    )
    segment = models.CharField(max_length=10, choices=Segment.choices)
    window_days = models.PositiveSmallIntegerField()
    computed_at = models.DateTimeField()

    class Meta:
        verbose_name = _("participation segment")
        verbose_name_plural = _("participation segments")
        indexes = [models.Index(fields=["segment"])]

    def __str__(self) -> str:
        return gettext("User %(user)s: %(segment)s") % {
            "user": self.user_id,
            "segment": self.get_segment_display(),
        }


# --- badges -----------------------------------------------------------------------------------


class BadgeTier(models.TextChoices):
    BRONZE = "bronze", _("Bronze")
    SILVER = "silver", _("Silver")
    GOLD = "gold", _("Gold")


class Badge(models.Model):
    """A milestone. The rows are kept in step with people.badges.BADGES by the award task."""

    slug = models.SlugField(_("slug"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=60)
    description = models.CharField(_("description"), max_length=200)
    tier = models.CharField(
        _("tier"), max_length=10, choices=BadgeTier.choices, default=BadgeTier.BRONZE
    )
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("badge")
        verbose_name_plural = _("badges")
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return gettext(self.name)  # the built-in badges' names are marked (badges.py)


class BadgeAward(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="badge_awards",
    )
    badge = models.ForeignKey(
        Badge, verbose_name=_("badge"), on_delete=models.CASCADE, related_name="awards"
    )
    awarded_at = models.DateTimeField(_("awarded"), default=timezone.now)

    class Meta:
        verbose_name = _("badge award")
        verbose_name_plural = _("badge awards")
        constraints = [models.UniqueConstraint(fields=["user", "badge"], name="one_award_each")]
        indexes = [models.Index(fields=["user", "-awarded_at"])]

    def __str__(self) -> str:
        return gettext("%(badge)s for user %(user)s") % {"badge": self.badge, "user": self.user_id}


# --- the super-user programme -----------------------------------------------------------------


class InvitationStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for an answer")
    ACCEPTED = "accepted", pgettext_lazy("invitation status", "Accepted")
    DECLINED = "declined", _("Declined")
    WITHDRAWN = "withdrawn", _("Withdrawn")
    LEFT = "left", _("Left the programme")


class SuperUserInvitation(models.Model):
    """A community manager invites a member into the super-user programme. Accepting makes them
    a super-user and a member of the private spaces in `space_ids`; leaving undoes both."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="superuser_invitations",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    message = models.TextField(_("message"), blank=True)
    space_ids = models.JSONField(_("private spaces (IDs)"), default=list, blank=True)
    status = models.CharField(
        _("status"),
        max_length=10,
        choices=InvitationStatus.choices,
        default=InvitationStatus.PENDING,
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    responded_at = models.DateTimeField(_("responded"), null=True, blank=True)
    left_at = models.DateTimeField(_("left"), null=True, blank=True)

    class Meta:
        verbose_name = _("super-user invitation")
        verbose_name_plural = _("super-user invitations")
        constraints = [
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(status__in=["pending", "accepted"]),
                name="one_open_invitation",
            )
        ]
        indexes = [models.Index(fields=["status", "-created_at"])]

    def __str__(self) -> str:
        return gettext("Invitation of user %(user)s (%(status)s)") % {
            "user": self.user_id,
            "status": self.get_status_display(),
        }


class ThankYouNote(models.Model):
    """Staff thank a member in public; shown on the member's profile."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="thank_you_notes",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = models.TextField(_("text"), max_length=1000)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("thank-you note")
        verbose_name_plural = _("thank-you notes")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["user", "-created_at"])]

    def __str__(self) -> str:
        return gettext("Thanks to user %(user)s") % {"user": self.user_id}
