import uuid

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _


class SuggestionChoice(models.Model):
    """Someone writing a question chose one of the similar questions shown to them. It is a
    deflection when they then post nothing (see selectors.deflection_figures)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey("community.Thread", on_delete=models.CASCADE, related_name="+")
    position = models.PositiveSmallIntegerField()
    score = models.FloatField()
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("chosen suggestion")
        verbose_name_plural = _("chosen suggestions")
        indexes = [
            models.Index(fields=["-created_at"]),
            models.Index(fields=["user", "-created_at"]),
        ]

    def __str__(self) -> str:
        return gettext("User %(user)s chose thread %(thread)s") % {
            "user": self.user_id,
            "thread": self.thread_id,
        }


class FlagOutcome(models.TextChoices):
    MERGED = "merged", _("Merged")
    MARKED = "marked", _("Marked as a duplicate")
    DISMISSED = "dismissed", _("Not a duplicate")


class DuplicateFlag(models.Model):
    """A new thread that very likely asks what an earlier one asks, found by meaning when it was
    posted, waiting for triage (trust level 3, super-users and staff) to decide."""

    thread = models.OneToOneField(
        "community.Thread", on_delete=models.CASCADE, related_name="duplicate_flag"
    )
    candidate = models.ForeignKey("community.Thread", on_delete=models.CASCADE, related_name="+")
    score = models.FloatField()
    created_at = models.DateTimeField(default=timezone.now)
    outcome = models.CharField(max_length=12, choices=FlagOutcome.choices, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("possible duplicate")
        verbose_name_plural = _("possible duplicates")
        indexes = [
            models.Index(
                fields=["-created_at"], condition=models.Q(outcome=""), name="open_duplicate_flags"
            )
        ]

    def __str__(self) -> str:
        return gettext("Thread %(thread)s may duplicate thread %(candidate)s") % {
            "thread": self.thread_id,
            "candidate": self.candidate_id,
        }


class ArticleStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")


class Article(models.Model):
    """A knowledge-base article: one question the company answers for everyone, written by
    staff from solved threads (its sources), personal data removed. Published articles are
    public, in the sitemap (schema.org FAQPage) and among similar questions."""

    question = models.CharField(max_length=200)
    slug = models.SlugField(max_length=80)
    details = models.TextField(blank=True)  # the question in full, Markdown
    answer = models.TextField()  # Markdown
    details_html = models.TextField(blank=True)
    answer_html = models.TextField()
    status = models.CharField(
        max_length=12, choices=ArticleStatus.choices, default=ArticleStatus.DRAFT
    )
    sources = models.ManyToManyField("community.Thread", related_name="+", blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)
    updated_at = models.DateTimeField(default=timezone.now)
    published_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        indexes = [models.Index(fields=["status", "-updated_at"])]

    def __str__(self) -> str:
        return self.question

    def get_absolute_url(self) -> str:
        return reverse("knowledge:article", args=[self.pk, self.slug])


# --- the bridge: inbox conversations published as community threads, threads shared ----------


class QuestionSource(models.TextChoices):
    REWRITTEN = "rewritten", _("Rewritten by staff")
    QUOTED = "quoted", _("Quoted from a public post")
    CONSENT = "consent", _("Quoted with the customer's consent")


class PublishedConversation(models.Model):
    """An inbox conversation (e-mail, webhook, a social network…) published as a community
    thread with its staff answer accepted: the link both pages show, and what the insights
    count. `channel_kind` and `was_private` are kept as they were, so the figures stay true if
    the conversation is erased."""

    conversation = models.OneToOneField(
        "inbox.Conversation",
        verbose_name=_("conversation"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="published_as",
    )
    thread = models.OneToOneField(
        "community.Thread",
        verbose_name=_("thread"),
        on_delete=models.CASCADE,
        related_name="published_from",
    )
    channel_kind = models.CharField(_("channel"), max_length=20)
    was_private = models.BooleanField(_("was private"))
    question_source = models.CharField(
        _("question source"), max_length=10, choices=QuestionSource.choices
    )
    consent_note = models.CharField(_("consent note"), max_length=300, blank=True)
    # What the redactor took out of the customer's words, by label ("[e-mail address]": 1).
    removed = models.JSONField(_("removed personal data"), default=dict, blank=True)
    answer = models.ForeignKey(
        "inbox.Message",
        verbose_name=_("answer"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    link_back = models.ForeignKey(
        "inbox.Message",
        verbose_name=_("link back"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("published"), default=timezone.now)

    class Meta:
        verbose_name = _("published conversation")
        verbose_name_plural = _("published conversations")
        indexes = [models.Index(fields=["created_at", "channel_kind"])]

    def __str__(self) -> str:
        return gettext("Conversation %(conversation)s → thread %(thread)s") % {
            "conversation": self.conversation_id or "-",  # the conversation was erased
            "thread": self.thread_id,
        }


class ShareState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENT = "sent", _("Posted")
    FAILED = "failed", _("Failed")


class SocialShare(models.Model):
    """A community thread posted (title and link) to one of the company's social accounts. Sent
    by the worker like the outbox: claimed, retried with back-off, the idempotency key given to
    the network so that a retry never posts twice."""

    thread = models.ForeignKey(
        "community.Thread", verbose_name=_("thread"), on_delete=models.CASCADE, related_name="+"
    )
    account = models.ForeignKey(
        "inbox.ChannelAccount",
        verbose_name=_("channel account"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    text = models.TextField(_("text"))
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("shared by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    idempotency_key = models.UUIDField(
        _("idempotency key"), default=uuid.uuid4, unique=True, editable=False
    )
    state = models.CharField(
        _("state"), max_length=10, choices=ShareState.choices, default=ShareState.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    claimed_until = models.DateTimeField(_("claimed until"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    external_id = models.CharField(_("external ID"), max_length=300, blank=True)
    url = models.URLField(_("URL"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("social share")
        verbose_name_plural = _("social shares")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(fields=["thread", "account"], name="one_share_per_account")
        ]
        indexes = [models.Index(fields=["state", "next_attempt_at"])]

    def __str__(self) -> str:
        return gettext("Thread %(thread)s on channel account %(account)s (%(state)s)") % {
            "thread": self.thread_id,
            "account": self.account_id,
            "state": self.get_state_display(),
        }
