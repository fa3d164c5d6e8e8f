from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import Role, roles_in_sentence
from openline.inbox.models import channel_label

from .limit_words import limit_words


class Kind(models.TextChoices):
    """What a finding is about. The order is the order findings are explained in."""

    SECRET = "secret", _("Secret (key, token, password)")
    PAYMENT_CARD = "payment_card", _("Payment card number")
    IBAN = "iban", _("Bank account (IBAN)")
    PERSONAL_DATA = "personal_data", _("Personal data")
    INTERNAL_REFERENCE = "internal_reference", _("Confidential reference")
    LEGAL_RISK = "legal_risk", _("Legal risk")
    HOSTILE_TONE = "hostile_tone", _("Hostile tone")
    PROFANITY = "profanity", _("Profanity")


class Action(models.TextChoices):
    """What happens to a reply with a finding, mildest first."""

    INFORM = "inform", _("Inform: show it, nothing to confirm")
    WARN = "warn", _("Warn: the author confirms before publishing")
    REVIEW = "review", _("Review: a reviewer approves before it is published")
    BLOCK = "block", _("Block: it cannot be published")
    # Only a policy rule's action: the kind is not reported at all (policy.OFF_REFUSED lists
    # the kinds that are always reported).
    OFF = "off", _("Off: not reported")


class TermCategory(models.TextChoices):
    CODE_NAME = "code_name", _("Code name")
    INTERNAL_HOST = "internal_host", _("Internal host or domain")
    INTERNAL_URL = "internal_url", _("Internal URL")
    EXTENSION = "extension", _("Internal phone extension")
    RECALL = "recall", _("Unannounced recall")
    SUPPLIER = "supplier", _("Confidential supplier")
    OTHER = "other", _("Other")


class ConfidentialTerm(models.Model):
    """A word or name that must not appear in public. Matching ignores case and punctuation and
    forgives a small typo; an internal host also covers every host and URL under it."""

    term = models.CharField(_("term"), max_length=200)
    category = models.CharField(
        _("category"), max_length=20, choices=TermCategory.choices, default=TermCategory.CODE_NAME
    )
    note = models.CharField(
        _("note"),
        max_length=500,
        blank=True,
        help_text=_("Why it is confidential; shown to the author."),
    )
    variants = models.JSONField(
        _("variants"), default=list, blank=True,
        help_text=_("Other ways of writing it, matched like the term: abbreviations, ids, the "
        "phrase people use for it (\"x4471\", \"the batch we're quietly pulling\")."),
    )  # fmt: skip
    ordinary_contexts = models.JSONField(
        _("ordinary contexts"), default=list, blank=True,
        help_text=_("Words that, beside the term, mark its ordinary sense (one context per "
        "line, learned from accepted \"not confidential here\" reports: \"hovering car park\")."),
    )  # fmt: skip
    active = models.BooleanField(_("active"), default=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("added by"),
        null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["term"]
        verbose_name = _("confidential term")
        verbose_name_plural = _("confidential terms")

    def __str__(self) -> str:
        return self.term


class ReportKind(models.TextChoices):
    ORDINARY = "ordinary", _("Not confidential here")
    VARIANT = "variant", _("Another way of writing the term")


class ReportStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a register manager")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")


class RegisterReport(models.Model):
    """A correction of the register by someone who saw it err: a finding that was the word in
    its ordinary sense ("not confidential here"), or a phrase that names a term another way
    ("this is <term>"). A register manager's own report is accepted as it is made; others wait
    for one. Who, what, where and when are kept whatever the outcome."""

    kind = models.CharField(max_length=10, choices=ReportKind.choices)
    term = models.ForeignKey(ConfidentialTerm, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    words = models.CharField(
        max_length=200, help_text=_("What the finding pointed at, or the phrase selected.")
    )
    sentence = models.CharField(max_length=1000, help_text=_("The sentence it was said in."))
    cues = models.CharField(
        max_length=300, blank=True,
        help_text=_("Ordinary use: the words beside it that mark the ordinary sense."),
    )  # fmt: skip
    review = models.ForeignKey(
        "ReviewRequest", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reply = models.ForeignKey(
        "community.Reply", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    status = models.CharField(
        max_length=10, choices=ReportStatus.choices, default=ReportStatus.PENDING
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("register report")
        verbose_name_plural = _("register reports")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["status", "created_at"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.words} ({self.get_status_display()})"

    @property
    def is_pending(self) -> bool:
        return self.status == ReportStatus.PENDING


class ContactKind(models.TextChoices):
    EMAIL = "email", _("E-mail address")
    PHONE = "phone", _("Phone number")
    ADDRESS = "address", _("Postal address")


class PublicContact(models.Model):
    """One of the company's own public e-mail addresses, phone numbers or postal addresses:
    quoting it (or part of it) in a reply is fine, so it is not reported as personal data."""

    value = models.CharField(
        _("contact"), max_length=254, help_text=_("As written, e.g. +44 161 496 0000.")
    )
    kind = models.CharField(_("kind"), max_length=8, choices=ContactKind.choices)
    normalised = models.CharField(
        _("normalised"),
        max_length=254,
        unique=True,
        help_text=_(
            "Lower-case e-mail address, the number as +E.164, or the postal address in "
            "lower-case letters and digits only."
        ),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["kind", "normalised"]
        verbose_name = _("public contact")
        verbose_name_plural = _("public contacts")

    def __str__(self) -> str:
        return self.value


class GoodwillLimit(models.Model):
    """One line of the company's goodwill allowance: the most an agent may give without asking,
    an amount of a currency ("£25") or a number of a unit ("1 free month", "15 credits").
    Goodwill in a draft above the limit of its currency or unit is a legal-risk finding; at or
    below it, none. No limits: goodwill is read as it was before there was an allowance."""

    written = models.CharField(
        _("as entered"), max_length=80, help_text=_("The line as the operator wrote it.")
    )
    amount = models.DecimalField(_("amount"), max_digits=12, decimal_places=2)
    currency = models.CharField(
        _("currency"), max_length=3, blank=True, help_text=_("ISO 4217 code; blank for a unit.")
    )
    unit = models.CharField(
        _("unit"), max_length=40, blank=True,
        help_text=_("What is counted (\"month\", \"credit\"), singular; blank for money."),
    )  # fmt: skip
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["position", "id"]
        verbose_name = _("goodwill limit")
        verbose_name_plural = _("goodwill allowance")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(currency="") ^ models.Q(unit=""), name="goodwill_money_or_unit"
            ),
            models.CheckConstraint(condition=models.Q(amount__gt=0), name="goodwill_positive"),
        ]

    def __str__(self) -> str:
        return self.written

    @property
    def read_as(self) -> str:
        """How the checks read the line, in the reader's language: "GBP 25", "1 free month",
        15 of "credit" (the words a draft's over-allowance suggestion uses)."""
        msgid, params = limit_words(self.amount, self.currency, self.unit)
        return gettext(msgid) % params if params else gettext(msgid)


class PolicyRule(models.Model):
    """Maps a kind of finding to an action, for every channel and role or only some. The most
    specific rule wins: channel and role, then channel only, then role only, then neither."""

    kind = models.CharField(_("kind"), max_length=24, choices=Kind.choices)
    action = models.CharField(_("action"), max_length=8, choices=Action.choices)
    channel = models.CharField(
        _("channel"),
        max_length=32,
        blank=True,
        help_text=_("e.g. community or email; blank for every channel."),
    )
    author_role = models.CharField(
        _("author's role"),
        max_length=16,
        choices=Role.choices,
        blank=True,
        help_text=_("Blank for every role."),
    )
    note = models.CharField(_("note"), max_length=200, blank=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        ordering = ["kind", "channel", "author_role"]
        verbose_name = _("policy rule")
        verbose_name_plural = _("policy rules")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "channel", "author_role"], name="unique_policy_rule"
            )
        ]

    def __str__(self) -> str:
        where = ", ".join(
            filter(None, [channel_label(self.channel), self.get_author_role_display()])
        )
        where = where or gettext("everywhere")
        return f"{self.get_kind_display()} → {self.get_action_display()} ({where})"

    @property
    def author_roles_in_sentence(self) -> str:
        """ "agents" / "Agenten", for "by agents"; blank for every role."""
        return roles_in_sentence(self.author_role) if self.author_role else ""


class ReviewStatus(models.TextChoices):
    PENDING = "pending", _("Waiting for a reviewer")
    APPROVED = "approved", _("Approved and published")
    RETURNED = "returned", _("Returned to the author")
    WITHDRAWN = "withdrawn", _("Withdrawn by the author")


class ReviewRequest(models.Model):
    """A reply held back until a reviewer approves it. It targets a community thread (a new
    reply), a community reply (an edit) or an inbox conversation, kept as a plain id so that
    guidance does not depend on the inbox's tables."""

    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="review_requests",
    )
    channel = models.CharField(_("channel"), max_length=32)
    text = models.TextField(_("draft"), help_text=_("The draft as the author wrote it."))
    findings = models.JSONField(_("findings"), default=list)
    thread = models.ForeignKey(
        "community.Thread",
        verbose_name=_("thread"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    target_reply = models.ForeignKey(
        "community.Reply", verbose_name=_("reply edited"),
        null=True, blank=True, on_delete=models.CASCADE, related_name="+",
        help_text=_("The reply being edited, when the draft is an edit."),
    )  # fmt: skip
    conversation_id = models.PositiveBigIntegerField(_("conversation (ID)"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=ReviewStatus.choices, default=ReviewStatus.PENDING
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("reviewer"),
        null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    final_text = models.TextField(
        _("published text"), blank=True, help_text=_("What was published, after any edit.")
    )
    edited = models.BooleanField(
        _("edited by the reviewer"), default=False, help_text=_("The reviewer changed the text.")
    )
    note = models.TextField(
        _("note"), blank=True, help_text=_("The reviewer's note to the author.")
    )
    published_reply = models.ForeignKey(
        "community.Reply",
        verbose_name=_("published reply"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    time_in_review = models.DurationField(_("time in review"), null=True, blank=True)
    outcome_seen_at = models.DateTimeField(_("outcome seen"), null=True, blank=True)

    # Not columns: set by views.my_reviews for the page (core.publishing.findings_context, and
    # its register findings with their places).
    guidance: dict[str, Any]
    register_findings: list[tuple[int, dict[str, Any]]]

    class Meta:
        verbose_name = _("review request")
        verbose_name_plural = _("review requests")
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["status", "created_at"]),
            models.Index(fields=["author", "-created_at"]),
        ]

    def __str__(self) -> str:
        return gettext("Review request %(id)s (%(status)s)") % {
            "id": self.pk,
            "status": self.get_status_display(),
        }

    @property
    def is_pending(self) -> bool:
        return self.status == ReviewStatus.PENDING


class AuditDecision(models.TextChoices):
    PUBLISHED_OVER_WARNING = "published_over_warning", _("Published over warning")
    APPROVED = "approved", _("Approved in review")
    APPROVED_EDITED = "approved_edited", _("Edited and approved in review")
    RETURNED = "returned", _("Returned in review")


class AuditLog(models.Model):
    """Every publish decision that overrode a finding: who, when, where, what and why. Rows are
    only ever added."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("actor"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"),
        null=True, on_delete=models.SET_NULL, related_name="+",
        help_text=_("Whose text it is (the actor, unless a reviewer decided)."),
    )  # fmt: skip
    decision = models.CharField(_("decision"), max_length=24, choices=AuditDecision.choices)
    channel = models.CharField(_("channel"), max_length=32)
    excerpt = models.CharField(_("excerpt"), max_length=500)
    findings = models.JSONField(_("findings"), default=list)
    thread = models.ForeignKey(
        "community.Thread",
        verbose_name=_("thread"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    conversation_id = models.PositiveBigIntegerField(_("conversation (ID)"), null=True, blank=True)
    review = models.ForeignKey(
        ReviewRequest,
        verbose_name=_("review"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    note = models.TextField(_("note"), blank=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["-created_at"])]
        verbose_name = _("audit log entry")
        verbose_name_plural = _("audit log")

    def __str__(self) -> str:
        return gettext("%(decision)s by user %(actor)s at %(when)s") % {
            "decision": self.get_decision_display(),
            "actor": self.actor_id or "-",
            "when": f"{self.created_at:%Y-%m-%d %H:%M}",
        }


class LearningCase(models.Model):
    """A mistake turned into a lesson: what happened, why, and what we do now. Cases are
    about what went wrong, never a score of who made it; `anonymised` hides the author."""

    reply = models.ForeignKey(
        "community.Reply",
        verbose_name=pgettext_lazy("model", "reply"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("author"),
        null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+", help_text=_("Who wrote the reply the case is about."),
    )  # fmt: skip
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    kind = models.CharField(
        _("kind"),
        max_length=24,
        choices=Kind.choices,
        blank=True,
        help_text=_("The guidance kind, if any."),
    )
    title = models.CharField(_("title"), max_length=140)
    what_happened = models.TextField(_("what happened"))
    why = models.TextField(_("why"), blank=True)
    what_now = models.TextField(
        _("what now"), help_text=_("What we do now, so it does not happen again.")
    )
    anonymised = models.BooleanField(_("anonymised"), default=False)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        verbose_name = _("learning case")
        verbose_name_plural = _("learning cases")
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["-created_at"])]

    def __str__(self) -> str:
        return self.title
