from django.apps import apps
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from . import lines


class Kind(models.TextChoices):
    """Every kind of notification, named `<app>.<what>`; preferences are kept per kind."""

    COMMUNITY_REPLY = "community.reply", _("Replies in threads you follow")
    COMMUNITY_MENTION = "community.mention", _("Mentions of you in the community")
    COMMUNITY_ACCEPTED = "community.accepted", _("Your answer accepted")
    COMMUNITY_STATUS = "community.status", _("Status changes on threads you asked or voted for")
    COMMUNITY_NEW_THREAD = "community.new_thread", _("New threads in tags and spaces you follow")
    COMMUNITY_MODERATED = "community.moderated", _("Moderators' actions on your posts")
    INBOX_MENTION = "inbox.mention", _("Mentions of you in inbox notes")
    INBOX_ASSIGNED = "inbox.assigned", _("Conversations assigned to you")
    IDEA_SHIPPED = "feedback.idea_shipped", _("Ideas your customers asked for have shipped")


ABOUT_TYPE_LENGTH = 32


def about_types() -> list[tuple[str, str]]:
    """What a notification or follow can be about: one of Openline's models, stored by its
    label ("community.thread") and named as the reader calls it ("Thema"). Read when a form is
    built (the names in the reader's language; no migration holds the list)."""
    return sorted(
        (
            (model._meta.label_lower, str(capfirst(model._meta.verbose_name)))
            for model in apps.get_models()
            if model.__module__.startswith("openline.")
            and len(model._meta.label_lower) <= ABOUT_TYPE_LENGTH  # what the column holds
        ),
        key=lambda choice: choice[1].lower(),
    )


STAFF_KINDS = frozenset({Kind.INBOX_MENTION, Kind.INBOX_ASSIGNED, Kind.IDEA_SHIPPED})


class Delivery(models.TextChoices):
    APP = "app", _("On the site only")
    EMAIL = "email", _("On the site and by e-mail at once")
    DIGEST = "digest", _("On the site and in a daily e-mail")
    OFF = "off", _("Off")


# What a person gets until they choose: e-mail for what is about them, a digest for what they
# follow (a busy tag would otherwise fill an inbox).
# An idea shipping is work for the agent on the site (a prepared reply to send): in-app.
DEFAULT_DELIVERY: dict[str, str] = {kind.value: Delivery.EMAIL.value for kind in Kind} | {
    Kind.COMMUNITY_NEW_THREAD.value: Delivery.DIGEST.value,
    Kind.IDEA_SHIPPED.value: Delivery.APP.value,
}


class Notification(models.Model):
    """One thing a person is told. Its line, values and link are written when it is created, so
    the page, the header count and the e-mails read no other app's tables; the words are told
    when it is shown, in the reader's language (`told`, lines.py)."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # The words in the recipient's language when it was sent: for the admin, and what a row
    # without a described line shows.
    text = models.CharField(_("text"), max_length=300)
    line = models.CharField(_("line"), max_length=48, blank=True, default="")
    data = models.JSONField(_("values"), default=dict, blank=True)
    url = models.CharField(_("URL"), max_length=500)
    # What it is about ("community.thread", 12), for who may still see it; detail_id is the
    # reply or message inside it, when there is one.
    about_type = models.CharField(
        _("about (type)"), max_length=ABOUT_TYPE_LENGTH, choices=about_types
    )
    about_id = models.PositiveBigIntegerField(_("about (ID)"))
    detail_id = models.PositiveBigIntegerField(_("reply or message (ID)"), null=True, blank=True)
    delivery = models.CharField(
        _("delivery"), max_length=8, choices=Delivery.choices, default=Delivery.APP
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    # Seen on the notifications page: the header count is the rows without it.
    read_at = models.DateTimeField(_("read"), null=True, blank=True)
    emailed_at = models.DateTimeField(_("e-mailed"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created_at", "-id"]
        indexes = [
            models.Index(fields=["recipient", "read_at"], name="notification_unread"),
            models.Index(fields=["recipient", "-created_at"], name="notification_list"),
            models.Index(
                fields=["recipient"],
                condition=models.Q(delivery="digest", emailed_at__isnull=True),
                name="notification_digest_due",
            ),
        ]

    def __str__(self) -> str:
        return gettext("%(kind)s, for user %(user)s") % {
            "kind": self.get_kind_display(),
            "user": self.recipient_id,
        }

    @property
    def told(self) -> str:
        """The words in the active language (the stored text for rows from before lines)."""
        return lines.tell(self.line, self.data, self.text)


class Follow(models.Model):
    """A person following a thread, tag or space. `active=False` remembers that they stopped,
    so that replying again does not start watching a thread they chose to leave."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    about_type = models.CharField(
        _("about (type)"), max_length=ABOUT_TYPE_LENGTH, choices=about_types
    )
    about_id = models.PositiveBigIntegerField(_("about (ID)"))
    label = models.CharField(_("label"), max_length=200)
    url = models.CharField(_("URL"), max_length=500)
    active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "about_type", "about_id"], name="one_follow_per_object"
            )
        ]
        indexes = [models.Index(fields=["about_type", "about_id", "active"])]

    def __str__(self) -> str:
        return gettext("User %(user)s follows “%(label)s”") % {
            "user": self.user_id,
            "label": self.label,
        }


class Preference(models.Model):
    """How a person wants one kind delivered; no row means DEFAULT_DELIVERY."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    kind = models.CharField(_("kind"), max_length=32, choices=Kind.choices)
    delivery = models.CharField(_("delivery"), max_length=8, choices=Delivery.choices)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="one_preference_per_kind")
        ]

    def __str__(self) -> str:
        return gettext("User %(user)s, %(kind)s: %(delivery)s") % {
            "user": self.user_id,
            "kind": self.get_kind_display(),
            "delivery": self.get_delivery_display(),
        }


class DigestSent(models.Model):
    """The day a person's digest went out: the unique pair is what keeps a restarted or second
    worker from sending it twice."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("member"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    day = models.DateField(_("day"))
    sent_at = models.DateTimeField(_("sent"), default=timezone.now)
    count = models.PositiveIntegerField(_("items"), default=0)

    class Meta:
        verbose_name = _("digest sent")
        verbose_name_plural = _("digests sent")
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="one_digest_a_day")]

    def __str__(self) -> str:
        return gettext("Digest for user %(user)s on %(day)s") % {
            "user": self.user_id,
            "day": self.day,
        }
