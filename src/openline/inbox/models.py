import uuid
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from openline.language.models import TextLabel
from openline.people.models import Identity, Person

from . import sla


class ChannelKind(models.TextChoices):
    COMMUNITY = "community", _("Community")
    EMAIL = "email", _("E-mail")
    WEBHOOK = "webhook", _("Webhook")
    FEED = "feed", _("RSS/Atom feed")
    MASTODON = "mastodon", _("Mastodon")
    BLUESKY = "bluesky", _("Bluesky")
    X = "x", _("X")
    REDDIT = "reddit", _("Reddit")


class ChannelAccount(models.Model):
    """One connected source of conversations: a support address, a webhook source, a set of
    monitored feeds. `config` holds non-secret settings; the secret is stored encrypted."""

    kind = models.CharField(_("kind"), max_length=20, choices=ChannelKind.choices)
    name = models.CharField(_("name"), max_length=80, unique=True)
    config = models.JSONField(_("settings"), default=dict, blank=True)
    secret_encrypted = models.TextField(_("secret (encrypted)"), blank=True, editable=False)
    is_active = models.BooleanField(_("active"), default=True)
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("channel account")
        verbose_name_plural = _("channel accounts")

    def __str__(self) -> str:
        return f"{self.name} ({self.get_kind_display()})"

    @property
    def own_name(self) -> str:
        """The account's name where it says more than its channel's, else "": the community's
        own account is called "Community", and "Community · Community" says it twice."""
        return name_beside_kind(self.name, self.kind)


def name_beside_kind(name: str, kind: str) -> str:
    """`name`, or "" when it is only the channel's name (in English, as accounts are named by
    default, or in the reader's language)."""
    return "" if name.strip().lower() in kind_names(kind) else name


def channel_label(kind: str) -> str:
    """A stored channel ("email") as the reader calls it ("E-Mail"); one no kind knows as it is."""
    return str(ChannelKind(kind).label) if kind in ChannelKind.values else kind


def kind_names(kind: str) -> set[str]:
    """What a channel is called, lower-cased: its value, its English and its translated label."""
    if kind not in ChannelKind.values:
        return {kind}
    label = ChannelKind(kind).label
    with translation.override("en"):
        english = str(label)
    return {kind, english.lower(), str(label).lower()}


class SlaPolicy(models.Model):
    """Response targets: the first staff answer and every next answer after the customer wrote,
    in minutes of the policy's business hours (sla.py); no hours means around the clock."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    first_response_minutes = models.PositiveIntegerField(_("first response (minutes)"), default=240)
    next_response_minutes = models.PositiveIntegerField(_("next response (minutes)"), default=480)
    is_default = models.BooleanField(_("default"), default=False)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        choices=sla.zone_choices,
        default="UTC",
        help_text=_("Where the business hours are kept: Europe/Berlin."),
    )
    business_hours = models.JSONField(
        _("business hours"),
        default=dict,
        blank=True,
        help_text=_(
            'Per weekday: {"mon": "09:00-17:00", "tue": "09:00-12:00,13:00-17:00"}; '
            "a missing day is closed; none at all is around the clock."
        ),
    )

    class Meta:
        verbose_name = _("SLA policy")
        verbose_name_plural = _("SLA policies")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        sla.calendar(self.time_zone, self.business_hours)
        if self.business_hours and self.calendar.always_open:
            raise ValidationError({"business_hours": _("Give at least one open range, or none.")})

    @property
    def calendar(self) -> sla.Calendar:
        return sla.calendar(self.time_zone, self.business_hours)


class ConversationStatus(models.TextChoices):
    OPEN = "open", _("Open")
    PENDING = "pending", _("Waiting on customer")
    SOLVED = "solved", _("Solved")


class Conversation(models.Model):
    account = models.ForeignKey(
        ChannelAccount,
        verbose_name=_("channel account"),
        on_delete=models.PROTECT,
        related_name="conversations",
    )
    # The channel's own key for the conversation (mail thread root, webhook thread, thread id).
    external_id = models.CharField(_("external ID"), max_length=300)
    subject = models.CharField(_("subject"), max_length=300, blank=True)
    customer = models.ForeignKey(
        Person,
        verbose_name=_("customer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="conversations",
    )
    thread = models.OneToOneField(
        "community.Thread",
        verbose_name=_("thread"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="conversation",
    )
    status = models.CharField(
        _("status"),
        max_length=16,
        choices=ConversationStatus.choices,
        default=ConversationStatus.OPEN,
    )
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("assignee"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_conversations",
    )
    sla_policy = models.ForeignKey(
        SlaPolicy, verbose_name=_("SLA policy"), null=True, blank=True, on_delete=models.SET_NULL
    )
    # What the customer's latest message wants and how they feel (language.voice, set in the
    # background by the feedback app; a correction by an agent wins). Empty until read.
    intent = models.CharField(_("intent"), max_length=16, blank=True, default="")
    sentiment = models.CharField(_("sentiment"), max_length=10, blank=True, default="")
    # The product area it is about (a tag's slug, feedback.areas), empty when unassigned.
    product_area = models.CharField(_("product area"), max_length=60, blank=True, default="")
    # SLA clock: when a staff answer is due (None when nothing is owed to the customer).
    response_due_at = models.DateTimeField(_("response due"), null=True, blank=True)
    first_response_at = models.DateTimeField(_("first response"), null=True, blank=True)
    # The last time it was marked solved (kept when it is reopened), and how often it left
    # "solved" again: resolution time and reopen rate (insights) read them.
    solved_at = models.DateTimeField(_("solved"), null=True, blank=True)
    reopen_count = models.PositiveIntegerField(_("times reopened"), default=0)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    last_message_at = models.DateTimeField(_("last message"), default=timezone.now)
    last_inbound_at = models.DateTimeField(_("last inbound message"), null=True, blank=True)
    # "Most negative first" (selectors._ordering): the sentiment class, then waiting with a time
    # before waiting without one. Kept by the database so an index can serve the sort (the list
    # ordered by a CASE sorted the whole solved queue, 245,000 rows at 1 M messages).
    sentiment_order = models.GeneratedField(
        verbose_name=_("order by sentiment"),
        expression=models.Case(
            models.When(sentiment="negative", then=models.Value(0)),
            models.When(sentiment="neutral", then=models.Value(2)),
            models.When(sentiment="", then=models.Value(4)),
            default=models.Value(6),
        )
        + models.Case(
            models.When(last_inbound_at__isnull=True, then=models.Value(1)),
            default=models.Value(0),
        ),
        output_field=models.SmallIntegerField(),
        db_persist=True,
    )
    # The champion queue (champions/): the member answering it now; the area staff offered it
    # in (community problems in an area are offered without it) and when; and when it left the
    # champion queue (handed back, taken over, returned late, opted out; staff offering it
    # again clears it).
    champion = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("champion"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="champion_conversations",
    )
    champion_area = models.ForeignKey(
        "ChampionArea",
        verbose_name=_("champion area"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    champion_offered_at = models.DateTimeField(_("offered to champions"), null=True, blank=True)
    champion_closed_at = models.DateTimeField(_("champion's turn ended"), null=True, blank=True)

    # Not columns: set for the champion pages (champions.my_conversations, champion_views).
    turn: "ChampionAssignment | None"
    shown_subject: str
    asked_by: str
    offer_ends_at: datetime
    messages_list: "list[Message]"  # the API's conversation detail

    class Meta:
        verbose_name = _("conversation")
        verbose_name_plural = _("conversations")
        constraints = [
            models.UniqueConstraint(
                fields=["account", "external_id"], name="one_conversation_per_external_id"
            )
        ]
        indexes = [
            models.Index(fields=["status", "-last_message_at"]),
            models.Index(fields=["assignee", "status", "-last_message_at"]),
            models.Index(fields=["status", "response_due_at"]),
            models.Index(fields=["champion", "status", "-last_message_at"]),
            models.Index(fields=["created_at"]),
            # The backlog's size, age and middle (insights) from the index alone.
            models.Index(fields=["status", "created_at"]),
            # … and of one channel's backlog (its accounts), without walking the channel's year.
            models.Index(fields=["status", "account", "created_at"]),
            # "Most negative first" within a queue, read in order.
            models.Index(fields=["status", "sentiment_order", "last_inbound_at", "-id"]),
            # A queue narrowed to one intent, in its order, and its count from the index alone.
            models.Index(fields=["status", "intent", "-last_message_at"]),
            # Offered by staff to champions within the offer window.
            models.Index(fields=["champion_offered_at"]),
        ]

    def __str__(self) -> str:
        return self.subject or gettext("Conversation %(id)s") % {"id": self.pk}


class MessageKind(models.TextChoices):
    INBOUND = "inbound", _("From the customer")
    REPLY = "reply", _("Reply to the customer")
    NOTE = "note", _("Internal note")


class Message(models.Model):
    conversation = models.ForeignKey(
        Conversation,
        verbose_name=_("conversation"),
        on_delete=models.CASCADE,
        related_name="messages",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=MessageKind.choices)
    # Inbound: who wrote it. Replies and notes: the staff member.
    identity = models.ForeignKey(
        Identity,
        verbose_name=_("identity"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Inbound: the channel's id of the item, unique per account (ingestion is idempotent on it).
    account = models.ForeignKey(
        ChannelAccount,
        verbose_name=_("channel account"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    external_id = models.CharField(_("external ID"), max_length=300, null=True, blank=True)  # noqa: DJ001 - NULL for replies and notes, unique otherwise
    body = models.TextField(_("text"))
    body_html = models.TextField(_("text (HTML)"), blank=True)
    url = models.URLField(_("URL"), max_length=500, blank=True)
    raw = models.JSONField(
        _("raw data"),
        default=dict,
        blank=True,
        help_text=_("What the channel sent, for debugging."),
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    # Not a column: the stored reading of an inbound message, set by selectors.with_labels.
    label: "TextLabel | None"

    class Meta:
        verbose_name = _("message")
        verbose_name_plural = _("messages")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["account", "external_id"],
                condition=models.Q(external_id__isnull=False),
                name="one_message_per_external_id",
            )
        ]
        indexes = [
            models.Index(fields=["conversation", "created_at"]),
            # The expert finder counts conversations answered per author and channel from
            # this index alone.
            models.Index(
                fields=["author", "kind", "account", "conversation"], name="message_answers_idx"
            ),
        ]

    def __str__(self) -> str:
        return gettext("Message %(id)s (%(kind)s)") % {
            "id": self.pk,
            "kind": self.get_kind_display(),
        }


class Attachment(models.Model):
    message = models.ForeignKey(Message, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="attachments/%Y/%m/")
    filename = models.CharField(max_length=255)
    content_type = models.CharField(max_length=120)
    size = models.PositiveIntegerField()

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.filename


class DeliveryState(models.TextChoices):
    QUEUED = "queued", _("Queued")
    SENT = "sent", _("Sent")
    FAILED = "failed", _("Failed")


class Delivery(models.Model):
    """The outbox: one row per reply that must reach a channel, written in the reply's own
    transaction. The idempotency key goes to the channel so a retry never sends twice."""

    message = models.OneToOneField(
        Message, verbose_name=_("message"), on_delete=models.CASCADE, related_name="delivery"
    )
    idempotency_key = models.UUIDField(
        _("idempotency key"), default=uuid.uuid4, unique=True, editable=False
    )
    state = models.CharField(
        _("state"), max_length=10, choices=DeliveryState.choices, default=DeliveryState.QUEUED
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    last_error = models.TextField(_("last error"), blank=True)
    external_ref = models.CharField(_("external reference"), max_length=300, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    # A worker holds a delivery until this time; another may take it over afterwards.
    claimed_until = models.DateTimeField(_("claimed until"), null=True, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        indexes = [models.Index(fields=["state", "next_attempt_at"])]
        verbose_name_plural = _("deliveries")

    def __str__(self) -> str:
        return gettext("Delivery %(id)s (%(state)s)") % {
            "id": self.pk,
            "state": self.get_state_display(),
        }


class CannedReply(models.Model):
    """A saved answer. Variables: {customer_name}, {agent_name}, {company}, {subject}."""

    title = models.CharField(_("title"), max_length=120, unique=True)
    body = models.TextField(_("text"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("canned reply")
        verbose_name_plural = _("canned replies")
        ordering = ["title"]
        verbose_name_plural = _("canned replies")

    def __str__(self) -> str:
        return self.title


class AgentAvailability(models.Model):
    """Whether an agent takes new conversations in round-robin assignment."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="availability"
    )
    available = models.BooleanField(default=True)
    last_assigned_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("agent availability")
        verbose_name_plural = _("agent availability")

    def __str__(self) -> str:
        if self.available:
            return gettext("%(agent)s: available") % {"agent": self.user}
        return gettext("%(agent)s: away") % {"agent": self.user}


# --- the champion queue (champions/) ---------------------------------------------------------


class ChampionArea(models.Model):
    """A product area staff offer to champions: problem threads in a community space and/or
    with a tag (both, when both are set), and any conversation staff offer in it by hand."""

    name = models.CharField(max_length=80, unique=True)
    space = models.ForeignKey(
        "community.Space", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    tag = models.ForeignKey(
        "community.Tag", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    is_active = models.BooleanField(default=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("champion area")
        verbose_name_plural = _("champion areas")
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class ChampionOptIn(models.Model):
    """A member who chose to answer complaints and problems in some areas."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="champion_opt_in"
    )
    areas = models.ManyToManyField(ChampionArea, related_name="opt_ins", blank=True)
    active = models.BooleanField(default=True)
    opted_in_at = models.DateTimeField(default=timezone.now)
    opted_out_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("champion opt-in")
        verbose_name_plural = _("champion opt-ins")

    def __str__(self) -> str:
        if self.active:
            return gettext("Champion %(user)s (taking part)") % {"user": self.user_id}
        return gettext("Champion %(user)s (not taking part)") % {"user": self.user_id}


class ChampionEnd(models.TextChoices):
    HANDED_BACK = "handed_back", _("Handed back to staff")
    TAKEN_OVER = "taken_over", _("Taken over by staff")
    OPTED_OUT = "opted_out", _("Champion opted out")
    LATE = "late", _("Returned to staff: no first answer in time")


class ChampionAssignment(models.Model):
    """One champion's turn on one conversation: the history staff and the outcomes read. At
    most one turn per conversation is open (`ended_at` empty)."""

    conversation = models.ForeignKey(
        Conversation, on_delete=models.CASCADE, related_name="champion_assignments"
    )
    champion = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="champion_assignments"
    )
    area = models.ForeignKey(
        ChampionArea, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    taken_at = models.DateTimeField(default=timezone.now)
    answer_due_at = models.DateTimeField()
    first_answer_at = models.DateTimeField(null=True, blank=True)
    solved_at = models.DateTimeField(null=True, blank=True)
    ended_at = models.DateTimeField(null=True, blank=True)
    end_reason = models.CharField(max_length=16, choices=ChampionEnd.choices, blank=True)
    ended_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    note = models.TextField(blank=True)

    class Meta:
        verbose_name = _("champion assignment")
        verbose_name_plural = _("champion assignments")
        ordering = ["-taken_at", "-id"]
        constraints = [
            models.UniqueConstraint(
                fields=["conversation"],
                condition=models.Q(ended_at__isnull=True),
                name="one_open_champion_turn",
            )
        ]
        indexes = [
            models.Index(fields=["champion", "-taken_at"]),
            models.Index(fields=["-taken_at"]),
        ]

    def __str__(self) -> str:
        return gettext("Champion %(user)s on conversation %(conversation)s") % {
            "user": self.champion_id,
            "conversation": self.conversation_id,
        }
