from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from . import held


class Space(models.Model):
    """A category of the community. Private spaces are visible to members and staff only."""

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=80)
    description = models.CharField(_("description"), max_length=300, blank=True)
    is_private = models.BooleanField(_("private"), default=False)
    position = models.PositiveIntegerField(_("position"), default=0)
    members = models.ManyToManyField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("members"),
        through="SpaceMembership",
        related_name="spaces",
        blank=True,
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("space")
        verbose_name_plural = _("spaces")
        ordering = ["position", "name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("community:space", args=[self.slug])


class SpaceMembership(models.Model):
    space = models.ForeignKey(Space, verbose_name=_("space"), on_delete=models.CASCADE)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("member"), on_delete=models.CASCADE
    )
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("space membership")
        verbose_name_plural = _("space memberships")
        constraints = [models.UniqueConstraint(fields=["space", "user"], name="unique_membership")]

    def __str__(self) -> str:
        return gettext("%(member)s in %(space)s") % {"member": self.user, "space": self.space}


class Tag(models.Model):
    """A product area."""

    slug = models.SlugField(_("slug"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=50)

    class Meta:
        verbose_name = _("tag")
        verbose_name_plural = _("tags")
        ordering = ["slug"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("community:tag", args=[self.slug])


class ThreadKind(models.TextChoices):
    QUESTION = "question", _("Question")
    PROBLEM = "problem", _("Problem")
    FEEDBACK = "feedback", _("Feedback")
    IDEA = "idea", _("Idea")
    PRAISE = "praise", _("Praise")
    DISCUSSION = "discussion", _("Discussion")


ANSWERABLE_KINDS = {ThreadKind.QUESTION, ThreadKind.PROBLEM}


class ThreadStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ANSWERED = "answered", _("Answered")
    SOLVED = "solved", _("Solved")
    WONT_FIX = "wont_fix", _("Won't fix")
    # An idea's road, in order (IDEA_STATUSES); "planned" was shared with the other kinds.
    NEW = "new", _("New")
    UNDER_REVIEW = "under_review", _("Under review")
    PLANNED = "planned", _("Planned")
    IN_PROGRESS = "in_progress", _("In progress")
    SHIPPED = "shipped", _("Shipped")
    DECLINED = "declined", _("Declined")


IDEA_STATUSES = (
    ThreadStatus.NEW,
    ThreadStatus.UNDER_REVIEW,
    ThreadStatus.PLANNED,
    ThreadStatus.IN_PROGRESS,
    ThreadStatus.SHIPPED,
    ThreadStatus.DECLINED,
)
# What staff may set on the other kinds ("solved" needs an accepted answer).
THREAD_STATUSES = (
    ThreadStatus.OPEN,
    ThreadStatus.ANSWERED,
    ThreadStatus.SOLVED,
    ThreadStatus.PLANNED,
    ThreadStatus.WONT_FIX,
)


def statuses_for(kind: str) -> tuple[ThreadStatus, ...]:
    return IDEA_STATUSES if kind == ThreadKind.IDEA else THREAD_STATUSES


def initial_status(kind: str) -> ThreadStatus:
    return ThreadStatus.NEW if kind == ThreadKind.IDEA else ThreadStatus.OPEN


# An idea's place on its road for a status of the other kinds (imports, seeded content, the
# migration of older data): won't fix is declined, planned stays, the rest is new.
_IDEA_ROAD = {
    ThreadStatus.WONT_FIX: ThreadStatus.DECLINED,
    ThreadStatus.PLANNED: ThreadStatus.PLANNED,
}


def status_for(kind: str, status: str) -> str:
    """`status` as the kind has it: for an idea, a status of the other road mapped onto its own."""
    if kind != ThreadKind.IDEA or status in IDEA_STATUSES:
        return status
    return _IDEA_ROAD.get(ThreadStatus(status), ThreadStatus.NEW)


# The idea statuses the public promise page counts, in this order, each under its own label:
# a status is published there by adding it here, one line.
IDEA_PROGRESS = (
    ThreadStatus.PLANNED,
    ThreadStatus.IN_PROGRESS,
    ThreadStatus.SHIPPED,
)  # fmt: skip


class Thread(models.Model):
    space = models.ForeignKey(
        Space, verbose_name=_("space"), on_delete=models.PROTECT, related_name="threads"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="threads",
    )
    kind = models.CharField(
        _("kind"), max_length=16, choices=ThreadKind.choices, default=ThreadKind.QUESTION
    )
    title = models.CharField(_("title"), max_length=200)
    slug = models.SlugField(_("slug"), max_length=80, allow_unicode=False)
    body = models.TextField(_("text"))
    body_html = models.TextField(_("text (HTML)"))
    tags = models.ManyToManyField(Tag, verbose_name=_("tags"), related_name="threads", blank=True)

    status = models.CharField(
        _("status"), max_length=16, choices=ThreadStatus.choices, default=ThreadStatus.OPEN
    )
    status_reason = models.TextField(_("reason for the status"), blank=True)
    status_changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("status changed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    status_changed_at = models.DateTimeField(_("status changed"), null=True, blank=True)
    accepted_reply = models.OneToOneField(
        "Reply",
        verbose_name=_("accepted answer"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Set by triage (trust level 3, super-users, staff): where this question is answered.
    duplicate_of = models.ForeignKey(
        "self",
        verbose_name=_("duplicate of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="duplicates",
    )
    # Set when triage merged this thread into `duplicate_of`: its question and replies live
    # there now, and its address answers 301 to the original.
    merged_at = models.DateTimeField(_("merged"), null=True, blank=True)
    merged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("merged by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    # Moderation (moderation.py): hidden (by a moderator, or by enough flags until reviewed;
    # hidden_by is None then), deleted with a reason shown in its place, locked against replies.
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    deletion_reason = models.TextField(_("reason for deletion"), blank=True)
    locked_at = models.DateTimeField(_("locked"), null=True, blank=True)
    # Held for review by policy (a watched word, a new member's first post or link): hidden
    # (hidden_by None) until a moderator approves it; the reason is what the author and the
    # moderators read. Empty for every published post.
    held_reason = models.CharField(_("reason held"), max_length=200, blank=True, default="")
    # Pinned to the top of its space's list by a moderator.
    pinned_at = models.DateTimeField(_("pinned"), null=True, blank=True)
    # A moderator edited another person's post: the page says so, the history keeps the text.
    moderator_edited_at = models.DateTimeField(_("edited by a moderator"), null=True, blank=True)

    reply_count = models.PositiveIntegerField(_("replies"), default=0)
    upvote_count = models.IntegerField(_("upvotes"), default=0)
    view_count = models.PositiveIntegerField(_("views"), default=0)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now)
    # Bumped by every change that alters the public page: the key of its cached copy.
    version = models.PositiveIntegerField(_("version"), default=1)

    class Meta:
        verbose_name = _("thread")
        verbose_name_plural = _("threads")
        indexes = [
            models.Index(fields=["space", "-last_activity_at"]),
            models.Index(fields=["-last_activity_at"]),
            models.Index(fields=["space", "-upvote_count"]),
            models.Index(fields=["-upvote_count"]),
            models.Index(
                fields=["space", "-created_at"],
                condition=models.Q(reply_count=0, status="open"),
                name="thread_unanswered_in_space",
            ),
            models.Index(
                fields=["-created_at"],
                condition=models.Q(reply_count=0, status="open"),
                name="thread_unanswered",
            ),
            models.Index(fields=["author", "-created_at"]),
            # The ideas board: ideas by votes, per status.
            models.Index(
                fields=["kind", "status", "-upvote_count"],
                condition=models.Q(merged_at__isnull=True),
                name="thread_ideas_board",
            ),
            models.Index(
                fields=["created_at"], condition=~models.Q(held_reason=""), name="thread_held"
            ),
            models.Index(
                fields=["-pinned_at"],
                condition=models.Q(pinned_at__isnull=False),
                name="thread_pinned",
            ),
        ]

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("community:thread", args=[self.pk, self.slug or "-"])

    @property
    def is_answerable(self) -> bool:
        return self.kind in ANSWERABLE_KINDS

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_locked(self) -> bool:
        return self.locked_at is not None

    @property
    def is_idea(self) -> bool:
        return self.kind == ThreadKind.IDEA

    @property
    def is_held(self) -> bool:
        return bool(self.held_reason) and self.hidden_at is not None

    @property
    def held_reason_shown(self) -> str:
        """Why it waits for a moderator, in the reader's language (community.held)."""
        return held.describe(self.held_reason)

    @property
    def is_pinned(self) -> bool:
        return self.pinned_at is not None


class StatusChange(models.Model):
    """One public status change of a thread with its reason: the history shown on the page.
    The thread's own status fields hold the latest; these rows are never edited."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="status_changes")
    previous = models.CharField(max_length=16, choices=ThreadStatus.choices, blank=True)
    status = models.CharField(max_length=16, choices=ThreadStatus.choices)
    reason = models.TextField()
    changed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["thread", "created_at"])]

    def __str__(self) -> str:
        return gettext("Thread %(thread)s: %(previous)s → %(status)s") % {
            "thread": self.thread_id,
            "previous": self.get_previous_display() or "-",
            "status": self.get_status_display(),
        }


class Reply(models.Model):
    thread = models.ForeignKey(
        Thread, verbose_name=_("thread"), on_delete=models.CASCADE, related_name="replies"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="replies",
    )
    body = models.TextField(_("text"))
    body_html = models.TextField(_("text (HTML)"))
    upvote_count = models.IntegerField(_("upvotes"), default=0)
    created_at = models.DateTimeField(_("created"), default=timezone.now)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    # Replies are never silently removed: a retraction stays visible with its note.
    retracted_at = models.DateTimeField(_("retracted"), null=True, blank=True)
    retracted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("retracted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    retraction_note = models.TextField(_("retraction note"), blank=True)
    # A staff mistake is corrected in the open: the note is shown on the reply, whose text stays.
    correction = models.TextField(_("correction"), blank=True)
    corrected_at = models.DateTimeField(_("corrected"), null=True, blank=True)
    corrected_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("corrected by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Moderation, as on Thread.
    hidden_at = models.DateTimeField(_("hidden"), null=True, blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("hidden by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    deleted_at = models.DateTimeField(_("deleted"), null=True, blank=True)
    deletion_reason = models.TextField(_("reason for deletion"), blank=True)
    held_reason = models.CharField(_("reason held"), max_length=200, blank=True, default="")
    moderator_edited_at = models.DateTimeField(_("edited by a moderator"), null=True, blank=True)

    # Not columns: set per viewer by selectors.thread_page_context for the thread page.
    voted: bool
    can_edit: bool
    can_correct: bool
    shows_text: bool
    can_flag: bool
    # Not columns: the HTML every reader sees alike, set by community.fragments.
    shared_head: str
    shared_body: str
    shared_correction: str

    class Meta:
        verbose_name = pgettext_lazy("model", "reply")
        verbose_name_plural = _("replies")
        ordering = ["created_at", "id"]
        indexes = [
            models.Index(fields=["thread", "created_at"]),
            models.Index(fields=["author", "-created_at"]),
            models.Index(
                fields=["created_at"], condition=~models.Q(held_reason=""), name="reply_held"
            ),
        ]
        verbose_name_plural = _("replies")

    def __str__(self) -> str:
        return gettext("Reply %(reply)s to thread %(thread)s") % {
            "reply": self.pk,
            "thread": self.thread_id,
        }

    def get_absolute_url(self) -> str:
        return f"{self.thread.get_absolute_url()}#reply-{self.pk}"

    @property
    def is_retracted(self) -> bool:
        return self.retracted_at is not None

    @property
    def is_corrected(self) -> bool:
        return self.corrected_at is not None

    @property
    def is_hidden(self) -> bool:
        return self.hidden_at is not None

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None

    @property
    def is_held(self) -> bool:
        return bool(self.held_reason) and self.hidden_at is not None

    @property
    def held_reason_shown(self) -> str:
        """Why it waits for a moderator, in the reader's language (community.held)."""
        return held.describe(self.held_reason)


class Revision(models.Model):
    """An earlier text of a thread or reply, kept and shown when it is edited."""

    thread = models.ForeignKey(
        Thread, verbose_name=_("thread"), on_delete=models.CASCADE, related_name="revisions"
    )
    reply = models.ForeignKey(
        Reply,
        verbose_name=pgettext_lazy("model", "reply"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="revisions",
    )
    editor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("edited by"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    title = models.CharField(_("title"), max_length=200, blank=True)
    body = models.TextField(_("text"))
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        verbose_name = _("revision")
        verbose_name_plural = _("revisions")
        ordering = ["created_at", "id"]
        indexes = [models.Index(fields=["thread", "reply", "created_at"])]

    def __str__(self) -> str:
        return gettext("Revision %(id)s") % {"id": self.pk}


class Vote(models.Model):
    """One upvote by one person on a thread or (with `reply`) on a reply."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="votes")
    reply = models.ForeignKey(
        Reply, null=True, blank=True, on_delete=models.CASCADE, related_name="votes"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("vote")
        verbose_name_plural = _("votes")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "thread"],
                condition=models.Q(reply__isnull=True),
                name="one_vote_per_thread",
            ),
            models.UniqueConstraint(
                fields=["user", "reply"],
                condition=models.Q(reply__isnull=False),
                name="one_vote_per_reply",
            ),
        ]

    def __str__(self) -> str:
        return gettext("Vote by user %(user)s") % {"user": self.user_id}


class FlagReason(models.TextChoices):
    SPAM = "spam", _("Spam")
    OFF_TOPIC = "off_topic", _("Off-topic")
    RUDE = "rude", _("Rude or abusive")
    PERSONAL_DATA = "personal_data", _("Personal data")
    OTHER = "other", _("Something else")


class Flag(models.Model):
    """A member's report of a thread (reply=None) or reply to the moderators, once per person
    per post. Open until a moderator acts on the post or dismisses its flags."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="flags")
    reply = models.ForeignKey(
        Reply, null=True, blank=True, on_delete=models.CASCADE, related_name="flags"
    )
    reason = models.CharField(max_length=16, choices=FlagReason.choices)
    note = models.CharField(max_length=500, blank=True)
    # The flagger's trust level when flagging: what counted towards hiding the post.
    level = models.PositiveSmallIntegerField(default=0)
    created_at = models.DateTimeField(default=timezone.now)
    resolved_at = models.DateTimeField(null=True, blank=True)
    resolved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    outcome = models.CharField(max_length=16, blank=True)

    class Meta:
        verbose_name = _("flag")
        verbose_name_plural = _("flags")
        ordering = ["created_at", "id"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "thread"],
                condition=models.Q(reply__isnull=True),
                name="one_flag_per_thread",
            ),
            models.UniqueConstraint(
                fields=["user", "reply"],
                condition=models.Q(reply__isnull=False),
                name="one_flag_per_reply",
            ),
        ]
        indexes = [
            models.Index(
                fields=["created_at"],
                condition=models.Q(resolved_at__isnull=True),
                name="flag_open",
            )
        ]

    def __str__(self) -> str:
        if self.reply_id:
            text = gettext("Flag by user %(user)s on reply %(reply)s")
        else:
            text = gettext("Flag by user %(user)s on thread %(thread)s")
        return text % {"user": self.user_id, "thread": self.thread_id, "reply": self.reply_id}


class Silence(models.Model):
    """A member a moderator silenced until a time, with the reason they are shown: they read
    but cannot post. The latest row counts; lifting it sets `until` to now."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    until = models.DateTimeField()
    reason = models.CharField(max_length=500)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("silence")
        verbose_name_plural = _("silences")
        indexes = [models.Index(fields=["user", "-until"])]

    def __str__(self) -> str:
        return gettext("User %(user)s silenced until %(until)s") % {
            "user": self.user_id,
            "until": f"{self.until:%Y-%m-%d %H:%M}",
        }


class WatchedAction(models.TextChoices):
    BLOCK = "block", _("Block: the post is refused")
    HOLD = "hold", _("Hold: a moderator approves the post first")
    REPLACE = "replace", _("Replace: the words are replaced")


class WatchedWord(models.Model):
    """A word or phrase moderators watch for in new threads and replies (watched.py). Matched
    whatever the case, accents, look-alike digits (l33t) and stretched letters; a trailing *
    matches any ending ("crypto*")."""

    phrase = models.CharField(max_length=100)
    # The phrase folded as posts are (watched.fold): two rules for the same words are one.
    folded = models.CharField(max_length=100, unique=True)
    action = models.CharField(max_length=8, choices=WatchedAction.choices)
    replacement = models.CharField(max_length=100, blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("watched word")
        verbose_name_plural = _("watched words")
        ordering = ["phrase"]

    def __str__(self) -> str:
        return f"{self.phrase} ({self.get_action_display()})"


class ModerationAction(models.TextChoices):
    HIDE = "hide", pgettext_lazy("moderation log", "Hid")
    UNHIDE = "unhide", pgettext_lazy("moderation log", "Showed again")
    DELETE = "delete", pgettext_lazy("moderation log", "Deleted")
    DISMISS = "dismiss", pgettext_lazy("moderation log", "Dismissed the flags on")
    LOCK = "lock", pgettext_lazy("moderation log", "Locked")
    UNLOCK = "unlock", pgettext_lazy("moderation log", "Unlocked")
    PIN = "pin", pgettext_lazy("moderation log", "Pinned")
    UNPIN = "unpin", pgettext_lazy("moderation log", "Unpinned")
    MOVE = "move", pgettext_lazy("moderation log", "Moved")
    MERGE = "merge", pgettext_lazy("moderation log", "Merged")
    EDIT = "edit", pgettext_lazy("moderation log", "Edited")
    APPROVE = "approve", pgettext_lazy("moderation log", "Approved")
    SILENCE = "silence", pgettext_lazy("moderation log", "Silenced")
    SUSPEND = "suspend", pgettext_lazy("moderation log", "Suspended")
    LIFT = "lift", pgettext_lazy("moderation log", "Lifted the suspension of")
    WATCH = "watch", pgettext_lazy("moderation log", "Added a watched word")
    UNWATCH = "unwatch", pgettext_lazy("moderation log", "Removed a watched word")


class ModerationLog(models.Model):
    """One moderator action: who did what to which post or member, when, with the note they
    gave. Written by every action in moderation.py and the thread tools; never edited."""

    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(max_length=10, choices=ModerationAction.choices)
    thread = models.ForeignKey(
        Thread, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reply = models.ForeignKey(
        Reply, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    member = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL,
        related_name="+",
    )  # fmt: skip
    note = models.CharField(max_length=500, blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("moderation log entry")
        verbose_name_plural = _("moderation log entries")
        indexes = [models.Index(fields=["-created_at"])]

    def __str__(self) -> str:
        if self.reply_id:
            target = gettext("reply %(id)s") % {"id": self.reply_id}
        elif self.thread_id:
            target = gettext("thread %(id)s") % {"id": self.thread_id}
        elif self.member_id:
            target = gettext("member %(id)s") % {"id": self.member_id}
        else:  # a watched word added or removed
            return gettext("%(action)s (by user %(actor)s)") % {
                "action": self.get_action_display(),
                "actor": self.actor_id or "-",
            }
        return gettext("%(action)s %(target)s (by user %(actor)s)") % {
            "action": self.get_action_display(),
            "target": target,
            "actor": self.actor_id or "-",
        }


class SearchEntry(models.Model):
    """Plain text of one thread (reply=None) or reply, indexed by the database's full-text
    engine: an FTS5 table on SQLite, a GIN tsvector index on PostgreSQL (see search.py)."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="+")
    reply = models.OneToOneField(
        Reply, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    title = models.CharField(max_length=200, blank=True)
    body = models.TextField()
    # Joined forms of the hyphenated compounds in title and body ("wi-fi" → "wifi"), indexed so
    # that either spelling finds the other; never shown.
    variants = models.TextField(blank=True, default="")

    class Meta:
        verbose_name = _("search entry")
        constraints = [
            models.UniqueConstraint(
                fields=["thread"],
                condition=models.Q(reply__isnull=True),
                name="one_entry_per_thread",
            )
        ]
        verbose_name_plural = _("search entries")

    def __str__(self) -> str:
        return gettext("Search entry %(id)s") % {"id": self.pk}


class SearchWord(models.Model):
    """The words of the search index, for typo tolerance: a misspelt query word is compared
    with the words of the same first letter and a similar length (see search.py)."""

    word = models.CharField(max_length=40, primary_key=True)
    head = models.CharField(max_length=1)
    length = models.PositiveSmallIntegerField()

    class Meta:
        verbose_name = _("search word")
        verbose_name_plural = _("search words")
        indexes = [models.Index(fields=["head", "length"], name="search_word_bucket")]

    def __str__(self) -> str:
        return self.word


class ImportedThread(models.Model):
    """A thread brought in by `openline import threads`: its id in the file it came from, so a
    second run of the same file skips it."""

    external_id = models.CharField(max_length=200, unique=True)
    thread = models.OneToOneField(Thread, on_delete=models.CASCADE, related_name="imported_as")
    imported_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("imported thread")
        verbose_name_plural = _("imported threads")

    def __str__(self) -> str:
        return gettext("%(external_id)s → thread %(thread)s") % {
            "external_id": self.external_id,
            "thread": self.thread_id,
        }


class SearchMiss(models.Model):
    """A search that found nothing, counted per normalised query and day: the content gap list
    (insights). The query is cut to 100 characters and only counted, never tied to a person."""

    query = models.CharField(max_length=100)
    day = models.DateField()
    count = models.PositiveIntegerField(default=0)

    class Meta:
        verbose_name = _("search without results")
        verbose_name_plural = _("searches without results")
        constraints = [models.UniqueConstraint(fields=["query", "day"], name="one_miss_per_day")]
        indexes = [models.Index(fields=["day"])]

    def __str__(self) -> str:
        return gettext("“%(query)s” on %(day)s") % {"query": self.query, "day": self.day}


# Bumped by every change a thread list or a search result shows (community.actions): the
# version in the keys of cached lists and search results.
LISTS_COUNTER = "community.lists"
