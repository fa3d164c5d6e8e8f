"""Writes. Each action validates, runs in one transaction and queues its side effects
(e-mail, cache invalidation) on commit. Views and the API call these, nothing else writes."""

from collections.abc import Iterable

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.formats import number_format
from django.utils.text import slugify
from django.utils.translation import gettext

from openline.accounts.models import User
from openline.core import counters
from openline.core.errors import UnknownReference
from openline.core.markdown import link_mentions, mentioned_usernames, render_markdown
from openline.core.publishing import (
    Draft,
    NeedsAcknowledgement,
    PublishRefused,
    check_before_publish,
)
from openline.notifications.models import Kind

from . import events, notify, permissions, search, watched
from .models import (
    ANSWERABLE_KINDS,
    LISTS_COUNTER,
    ModerationAction,
    ModerationLog,
    Reply,
    Revision,
    SearchEntry,
    SearchMiss,
    Space,
    SpaceMembership,
    StatusChange,
    Tag,
    Thread,
    ThreadKind,
    ThreadStatus,
    Vote,
    initial_status,
    statuses_for,
)

TITLE_MIN = 8


# --- validation -------------------------------------------------------------------------------


def clean_title(title: str) -> str:
    title = " ".join((title or "").split())
    limit = settings.OPENLINE["TITLE_MAX"]
    if len(title) < TITLE_MIN:
        raise ValidationError(
            {
                "title": gettext("Give your post a title of at least %(min)d characters.")
                % {"min": TITLE_MIN}
            }
        )
    if len(title) > limit:
        raise ValidationError(
            {
                "title": gettext("Keep the title under %(limit)d characters (%(now)d now).")
                % {"limit": limit, "now": len(title)}
            }
        )
    return title


def clean_body(body: str) -> str:
    body = (body or "").strip()
    limit = settings.OPENLINE["BODY_MAX"]
    if not body:
        raise ValidationError({"body": gettext("Write something first: the text is empty.")})
    if len(body) > limit:
        raise ValidationError(
            {
                "body": gettext("Keep the text under %(limit)s characters (%(now)s now).")
                % {
                    "limit": number_format(limit, force_grouping=True),
                    "now": number_format(len(body), force_grouping=True),
                }
            }
        )
    return body


def clean_tags(slugs: Iterable[str]) -> list[Tag]:
    wanted = {s.strip().lower() for s in slugs if s and s.strip()}
    if len(wanted) > 5:
        raise ValidationError({"tags": gettext("Use at most five tags.")})
    tags = list(Tag.objects.filter(slug__in=wanted))
    unknown = wanted - {t.slug for t in tags}
    if unknown:
        raise UnknownReference(
            {"tags": gettext("Unknown tag: %(tags)s.") % {"tags": ", ".join(sorted(unknown))}}
        )
    return tags


def _render(author: User, body: str) -> tuple[str, set[str]]:
    """The body's HTML with @mentions of existing people linked, and those people's usernames."""
    names = mentioned_usernames(body)
    known = (
        {
            u.lower()
            for u in User.objects.alias(lower_username=Lower("username"))
            .filter(lower_username__in=names)
            .values_list("username", flat=True)
        }
        if names
        else set()
    )
    html = render_markdown(link_mentions(body, known), trusted=author.is_trusted_author)
    return html, known


def render_preview(author: User, body: str) -> str:
    """The HTML a post with this body would show, through the same Markdown, sanitiser and
    @mention links as publishing; nothing is written."""
    return _render(author, body.strip())[0] if body.strip() else ""


def slug_for(title: str) -> str:
    return slugify(title)[:80].strip("-") or "thread"


# --- side effects -----------------------------------------------------------------------------


def _touch(thread: Thread, *, activity: bool = False) -> None:
    """Invalidates the cached public page of the thread and of every list."""
    fields: dict[str, object] = {"version": F("version") + 1}
    if activity:
        fields["last_activity_at"] = timezone.now()
    Thread.objects.filter(pk=thread.pk).update(**fields)
    counters.bump(LISTS_COUNTER)


# --- threads ----------------------------------------------------------------------------------


def create_thread(
    author: User,
    space: Space,
    *,
    kind: str,
    title: str,
    body: str,
    tags: Iterable[str] = (),
    acknowledged: bool = False,
) -> Thread:
    """Posts a thread. The pre-publish checks run on the title and text before anything is
    written (core.publishing's exceptions propagate to the caller); `acknowledged`: the author
    read the warnings and posts anyway."""
    permissions.check_post_in_space(author, space)
    permissions.check_verified_email(author, new_thread=True)
    if kind not in ThreadKind.values:
        raise ValidationError(
            {"kind": gettext("Choose one of: %(kinds)s.") % {"kinds": ", ".join(ThreadKind.values)}}
        )
    title, body, held = _watched(author, title=clean_title(title), body=clean_body(body))
    permissions.check_post_limits(author, body, new_post=True)
    tag_objs = clean_tags(tags)
    context = {"new_thread": True, "space": space}
    draft = Draft(author, f"{title}\n\n{body}", "community", acknowledged, context)
    check_before_publish(draft)
    held = held or draft.hold  # a check lets it through for a moderator to approve
    html, _ = _render(author, body)
    with transaction.atomic():
        thread = Thread.objects.create(
            space=space, author=author, kind=kind, title=title, slug=slug_for(title), body=body,
            body_html=html, status=initial_status(kind), held_reason=held,
            hidden_at=timezone.now() if held else None,
        )  # fmt: skip
        thread.tags.set(tag_objs)
        counters.bump(LISTS_COUNTER)
        notify.watch(author, thread)
        if not held:
            announce_thread(thread)
    return thread


def _watched(author: User, **texts: str) -> tuple[str, str, str]:
    """(title, body, why the post is held or "") after the watched words (which may refuse it)
    and the new-member policy. Replacements may change the length: the texts are checked
    again."""
    outcome = watched.apply(author, texts)
    title, body = outcome.texts.get("title", ""), outcome.texts["body"]
    if "title" in texts and title != texts["title"]:
        title = clean_title(title)
    if body != texts["body"]:
        body = clean_body(body)
    if outcome.hold is not None:
        return title, body, watched.hold_reason(outcome.hold)
    return title, body, permissions.new_member_hold(author, f"{title}\n\n{body}")


def announce_thread(thread: Thread) -> None:
    """What publishing a thread sets off: search, followers, mentions, the thread.created
    event. At once for a published thread, on approval for a held one. In a transaction."""
    _, mentioned = _render(thread.author, thread.body)
    search.index_thread(thread)
    tag_ids = list(thread.tags.values_list("pk", flat=True))
    notify.thread_created(thread.author, thread, mentioned, tag_ids)
    events.emit_in_transaction(events.THREAD_CREATED, thread=thread)
    events.emit_on_commit(events.THREAD_CREATED, thread_id=thread.pk)


class PartsRefused(PublishRefused):
    """Some of the texts published together in one step were refused: `parts` maps each text's
    name to its refusal, so a page shows each text's findings beside that text. `blocked` when
    any of them must change; otherwise the author may acknowledge every warning at once."""

    def __init__(self, parts: dict[str, PublishRefused]) -> None:
        self.parts = parts
        self.blocked = any(not isinstance(r, NeedsAcknowledgement) for r in parts.values())
        message = (
            "Some of it cannot be published as it is."
            if self.blocked
            else "Read the warnings before you publish."
        )
        super().__init__(message, [f for r in parts.values() for f in r.findings])


def check_drafts(drafts: dict[str, Draft]) -> None:
    """Runs the pre-publish checks on every draft before any is written, and raises one
    PartsRefused with every refusal, so that acknowledging warnings never covers one not shown."""
    refusals: dict[str, PublishRefused] = {}
    for name, draft in drafts.items():
        try:
            check_before_publish(draft)
        except PublishRefused as refused:
            refusals[name] = refused
    if refusals:
        raise PartsRefused(refusals)


def create_answered_thread(
    publisher: User,
    space: Space,
    *,
    kind: str,
    title: str,
    body: str,
    tags: Iterable[str] = (),
    answer_author: User,
    answer: str,
    acknowledged: bool = False,
    also_check: dict[str, Draft] | None = None,
    context: dict[str, object] | None = None,
) -> Thread:
    """Staff publish a question with its answer in one step (an answer first given in the
    inbox): the thread by `publisher`, the reply by `answer_author`, accepted. Both texts pass
    the pre-publish checks (with `also_check`: other texts the caller publishes in the same
    step) before anything is written; they cannot wait for a reviewer, as there is no queue for
    a thread and its answer together, so a text that would need one is refused (like a
    correction). One transaction: the caller may wrap it in its own."""
    permissions.check_publish_answered_thread(publisher, space)
    if kind not in ANSWERABLE_KINDS:
        raise ValidationError(
            {"kind": gettext("Choose question or problem: it gets an accepted answer.")}
        )
    if not permissions.can_publish_answered_thread(answer_author, space):
        raise ValidationError({"answer": gettext("The answer's author is no longer on the staff.")})
    title = clean_title(title)
    body = clean_body(body)
    try:
        answer = clean_body(answer)
    except ValidationError as error:
        raise ValidationError({"answer": error.message_dict["body"]}) from None
    tag_objs = clean_tags(tags)
    shared = {**(context or {}), "reviewable": False}
    check_drafts(
        {
            "question": Draft(publisher, f"{title}\n\n{body}", "community", acknowledged, shared),
            "answer": Draft(answer_author, answer, "community", acknowledged, shared),
            **(also_check or {}),
        }
    )
    html, mentioned = _render(publisher, body)
    answer_html, answer_mentioned = _render(answer_author, answer)
    with transaction.atomic():
        thread = Thread.objects.create(
            space=space, author=publisher, kind=kind, title=title, slug=slug_for(title), body=body,
            body_html=html,
        )  # fmt: skip
        thread.tags.set(tag_objs)
        reply = Reply.objects.create(
            thread=thread, author=answer_author, body=answer, body_html=answer_html
        )
        thread.accepted_reply, thread.status = reply, ThreadStatus.SOLVED
        thread.reply_count, thread.last_activity_at = 1, reply.created_at
        thread.save(update_fields=["accepted_reply", "status", "reply_count", "last_activity_at"])
        search.index_thread(thread)
        search.index_reply(reply)
        counters.bump(LISTS_COUNTER)
        notify.watch(publisher, thread)
        notify.watch(answer_author, thread)
        notify.mentions(publisher, thread, None, mentioned)
        notify.mentions(answer_author, thread, reply, answer_mentioned)
        notify.tell(Kind.COMMUNITY_ACCEPTED, publisher, thread, reply, {answer_author.pk})
        events.emit_in_transaction(events.THREAD_CREATED, thread=thread)
        events.emit_in_transaction(
            events.THREAD_SOLVED, thread=thread, reply=reply, actor=publisher
        )
        events.emit_on_commit(events.THREAD_CREATED, thread_id=thread.pk)
        events.emit_on_commit(events.REPLY_CREATED, reply_id=reply.pk)
    return thread


def edit_thread(
    editor: User, thread: Thread, *, title: str, body: str, tags: Iterable[str] | None = None
) -> Thread:
    permissions.check_edit_thread(editor, thread)
    title, body, held = _watched(editor, title=clean_title(title), body=clean_body(body))
    permissions.check_post_limits(editor, body, new_post=False)
    tag_objs = clean_tags(tags) if tags is not None else None
    if title == thread.title and body == thread.body and tag_objs is None:
        return thread
    html, mentioned = _render(thread.author, body)
    fields = ["title", "slug", "body", "body_html", "edited_at"]
    with transaction.atomic():
        Revision.objects.create(thread=thread, editor=editor, title=thread.title, body=thread.body)
        thread.title, thread.slug = title, slug_for(title)
        thread.body, thread.body_html = body, html
        thread.edited_at = timezone.now()
        fields += _mark_edit(editor, thread, held)
        thread.save(update_fields=fields)
        if tag_objs is not None:
            thread.tags.set(tag_objs)
        if not thread.is_held:
            search.index_thread(thread)
        _touch(thread)
        notify.mentions(editor, thread, None, mentioned)
        events.emit_on_commit(events.THREAD_EDITED, thread_id=thread.pk)
    return thread


def _mark_edit(editor: User, post: Thread | Reply, held: str) -> list[str]:
    """A moderator's edit of someone else's post is noted on it and in the moderation log; an
    edit that a watched word holds (by a member) takes the post back to the queue. Returns the
    fields changed."""
    fields = []
    if editor.pk != post.author_id and editor.is_moderator:
        post.moderator_edited_at = post.edited_at
        fields.append("moderator_edited_at")
        thread, reply = (post.thread, post) if isinstance(post, Reply) else (post, None)
        ModerationLog.objects.create(
            actor=editor, action=ModerationAction.EDIT, thread=thread, reply=reply,
            member_id=post.author_id,
        )  # fmt: skip
    if held and not post.is_held:
        post.hidden_at, post.hidden_by, post.held_reason = timezone.now(), None, held
        fields += ["hidden_at", "hidden_by", "held_reason"]
        if isinstance(post, Reply):
            search.remove_reply(post)
    return fields


def change_status(actor: User, thread: Thread, *, status: str, reason: str) -> Thread:
    """Staff set the public status with a reason; both are shown on the thread and kept in its
    history. An idea has its own road (new … shipped, declined); the other kinds keep theirs.
    Everyone who asked, voted for or follows it hears why (an idea's voters want to know)."""
    permissions.check_change_status(actor, thread)
    allowed = statuses_for(thread.kind)
    if status not in allowed:
        labels = ", ".join(str(s.label) for s in allowed)
        raise ValidationError({"status": gettext("Choose one of: %(kinds)s.") % {"kinds": labels}})
    reason = " ".join((reason or "").split())
    if not reason:
        raise ValidationError({"reason": gettext("Say why, in a sentence the public will read.")})
    if len(reason) > 1000:
        raise ValidationError({"reason": gettext("Keep the reason under 1,000 characters.")})
    if status == ThreadStatus.SOLVED and thread.accepted_reply_id is None:
        raise ValidationError({"status": gettext("Accept the answer that solved it instead.")})
    if thread.merged_at is not None:
        raise ValidationError(
            gettext("This thread was merged: set the status of the one it lives in.")
        )
    previous = thread.status
    with transaction.atomic():
        thread.status, thread.status_reason = status, reason
        thread.status_changed_by, thread.status_changed_at = actor, timezone.now()
        thread.save(
            update_fields=["status", "status_reason", "status_changed_by", "status_changed_at"]
        )
        StatusChange.objects.create(
            thread=thread, previous=previous, status=status, reason=reason, changed_by=actor,
            created_at=thread.status_changed_at,
        )  # fmt: skip
        _touch(thread, activity=True)
        notify.status_changed(actor, thread)
        events.emit_in_transaction(
            events.THREAD_STATUS_CHANGED, thread=thread, previous=previous, actor=actor
        )
    return thread


# --- replies ----------------------------------------------------------------------------------


def create_reply(
    author: User,
    thread: Thread,
    *,
    body: str,
    acknowledged: bool = False,
    approved_review: object | None = None,
) -> Reply:
    """Publishes a reply. The pre-publish checks run on the validated text before anything is
    written; they may refuse it (core.publishing's exceptions propagate to the caller).
    `acknowledged`: the author read the warnings and publishes anyway. `approved_review`: the
    review request a reviewer approved, so the text is not held again."""
    permissions.check_reply(author, thread)
    if thread.merged_at is not None:
        raise ValidationError(gettext("This question was merged into another thread: reply there."))
    if approved_review is None:  # approved replies were held for review: hold mode
        permissions.check_verified_email(author, new_thread=False)
    _, body, held = _watched(author, body=clean_body(body))
    if approved_review is not None:
        held = ""  # a reviewer approved this very text already
    permissions.check_post_limits(author, body, new_post=True)
    context = {"thread": thread, "approved_review": approved_review}
    check_before_publish(Draft(author, body, "community", acknowledged, context))
    html, _ = _render(author, body)
    with transaction.atomic():
        reply = Reply.objects.create(
            thread=thread, author=author, body=body, body_html=html, held_reason=held,
            hidden_at=timezone.now() if held else None,
        )  # fmt: skip
        notify.watch(author, thread)
        if held:
            _touch(thread)  # its author and the moderators see it waiting on the page
        else:
            announce_reply(reply)
    thread.refresh_from_db(fields=["reply_count", "status", "last_activity_at", "version"])
    return reply


def announce_reply(reply: Reply) -> None:
    """What publishing a reply sets off (counts, status, search, notifications, the event): at
    once, or on approval for a held one. In a transaction."""
    thread = reply.thread
    _, mentioned = _render(reply.author, reply.body)
    fields: dict[str, object] = {
        "reply_count": F("reply_count") + 1,
        "last_activity_at": max(reply.created_at, thread.last_activity_at),
        "version": F("version") + 1,
    }
    if thread.status == ThreadStatus.OPEN and reply.author_id != thread.author_id:
        fields["status"] = ThreadStatus.ANSWERED
    Thread.objects.filter(pk=thread.pk).update(**fields)
    counters.bump(LISTS_COUNTER)
    search.index_reply(reply)
    notify.reply_created(reply.author, thread, reply, mentioned)
    events.emit_on_commit(events.REPLY_CREATED, reply_id=reply.pk)


def edit_reply(
    editor: User,
    reply: Reply,
    *,
    body: str,
    acknowledged: bool = False,
    approved_review: object | None = None,
) -> Reply:
    """Changes a reply's text, keeping the earlier text as a revision. The new text is checked
    like a new reply, as written by the editor."""
    permissions.check_edit_reply(editor, reply)
    _, body, held = _watched(editor, body=clean_body(body))
    if approved_review is not None:
        held = ""
    permissions.check_post_limits(editor, body, new_post=False)
    if body == reply.body:
        return reply
    context = {"thread": reply.thread, "reply": reply, "approved_review": approved_review}
    check_before_publish(Draft(editor, body, "community", acknowledged, context))
    html, mentioned = _render(reply.author, body)
    with transaction.atomic():
        Revision.objects.create(thread=reply.thread, reply=reply, editor=editor, body=reply.body)
        reply.body, reply.body_html, reply.edited_at = body, html, timezone.now()
        fields = ["body", "body_html", "edited_at", *_mark_edit(editor, reply, held)]
        reply.save(update_fields=fields)
        if not reply.is_held and not reply.is_hidden and not reply.is_deleted:
            search.index_reply(reply)
        _touch(reply.thread)
        notify.mentions(editor, reply.thread, reply, mentioned)
    return reply


def retract_reply(actor: User, reply: Reply, *, note: str) -> Reply:
    """Takes a reply back in the open: the text stays in the history, the note is shown."""
    permissions.check_retract_reply(actor, reply)
    note = " ".join((note or "").split())
    if not note:
        raise ValidationError(
            {"note": gettext("Say briefly why the reply is retracted: readers see it.")}
        )
    if len(note) > 1000:
        raise ValidationError({"note": gettext("Keep the note under 1,000 characters.")})
    thread = reply.thread
    with transaction.atomic():
        reply.retracted_at, reply.retracted_by, reply.retraction_note = timezone.now(), actor, note
        reply.save(update_fields=["retracted_at", "retracted_by", "retraction_note"])
        if thread.accepted_reply_id == reply.pk:
            _unaccept(thread)
        search.remove_reply(reply)
        _touch(thread)
    return reply


def correct_reply(
    actor: User, reply: Reply, *, correction: str, acknowledged: bool = False
) -> Reply:
    """Marks a staff reply as a mistake in the open: the correction is shown on the reply, the
    text stays as it was and is kept as a revision, so the history shows what was published.
    The correction is public text too and passes the pre-publish checks; it cannot wait for a
    reviewer, so what would need one is refused."""
    permissions.check_correct_reply(actor, reply)
    correction = (correction or "").strip()
    if not correction:
        raise ValidationError({"correction": gettext("Write the correction readers will see.")})
    if len(correction) > 2000:
        raise ValidationError(
            {"correction": gettext("Keep the correction under 2,000 characters.")}
        )
    thread = reply.thread
    context = {"thread": thread, "reply": reply, "reviewable": False}
    check_before_publish(Draft(actor, correction, "community", acknowledged, context))
    with transaction.atomic():
        Revision.objects.create(thread=thread, reply=reply, editor=actor, body=reply.body)
        reply.correction, reply.corrected_at, reply.corrected_by = (
            correction,
            timezone.now(),
            actor,
        )
        reply.save(update_fields=["correction", "corrected_at", "corrected_by"])
        _touch(thread)
    return reply


# --- votes and answers ------------------------------------------------------------------------


def toggle_vote(user: User, thread: Thread, reply: Reply | None = None) -> tuple[bool, int]:
    """Upvotes, or takes the upvote back. Returns (voted now, new count)."""
    permissions.check_vote(user)
    target_author = reply.author_id if reply else thread.author_id
    if target_author == user.pk:
        raise ValidationError(gettext("You cannot vote for your own post."))
    model = Reply if reply else Thread
    target = reply or thread
    with transaction.atomic():
        deleted, _ = Vote.objects.filter(user=user, thread=thread, reply=reply).delete()
        if deleted:
            delta, voted = -1, False
        else:
            try:
                with transaction.atomic():
                    Vote.objects.create(user=user, thread=thread, reply=reply)
            except IntegrityError:  # a concurrent double click already voted
                return True, model.objects.get(pk=target.pk).upvote_count
            delta, voted = 1, True
        model.objects.filter(pk=target.pk).update(upvote_count=F("upvote_count") + delta)
        _touch(thread)
    count = model.objects.values_list("upvote_count", flat=True).get(pk=target.pk)
    return voted, count


def accept_answer(actor: User, reply: Reply) -> Thread:
    thread = reply.thread
    permissions.check_accept_answer(actor, thread)
    if reply.is_retracted:
        raise ValidationError(gettext("A retracted reply cannot be the accepted answer."))
    if reply.author_id == thread.author_id:
        raise ValidationError(gettext("Accept an answer written by someone else."))
    with transaction.atomic():
        thread.accepted_reply = reply
        thread.status = ThreadStatus.SOLVED
        thread.save(update_fields=["accepted_reply", "status"])
        _touch(thread, activity=True)
        notify.tell(Kind.COMMUNITY_ACCEPTED, actor, thread, reply, {reply.author_id})
        events.emit_in_transaction(events.THREAD_SOLVED, thread=thread, reply=reply, actor=actor)
    return thread


def _unaccept(thread: Thread) -> None:
    thread.accepted_reply = None
    thread.status = ThreadStatus.ANSWERED
    thread.save(update_fields=["accepted_reply", "status"])


def unaccept_answer(actor: User, thread: Thread) -> Thread:
    permissions.check_accept_answer(actor, thread)
    if thread.accepted_reply_id is None:
        return thread
    with transaction.atomic():
        _unaccept(thread)
        _touch(thread)
    return thread


# --- triage (trust level 3, super-users and staff) --------------------------------------------


def retag_thread(actor: User, thread: Thread, *, tags: Iterable[str]) -> Thread:
    permissions.check_triage(actor, thread)
    tag_objs = clean_tags(tags)
    if {t.pk for t in tag_objs} == set(thread.tags.values_list("pk", flat=True)):
        return thread
    with transaction.atomic():
        thread.tags.set(tag_objs)
        _touch(thread)
    return thread


def move_thread(actor: User, thread: Thread, *, space: Space) -> Thread:
    """Moves a thread to another space. Into or out of a private space only by moderators:
    that changes who can read it."""
    permissions.check_triage(actor, thread)
    if space.pk == thread.space_id:
        return thread
    if not permissions.can_view_space(actor, space):
        raise ValidationError({"space": gettext("No such space.")})
    private = space.is_private or thread.space.is_private
    if private and not permissions.can_move_between_private_spaces(actor):
        raise PermissionDenied(
            gettext("Only moderators can move threads into or out of private spaces.")
        )
    with transaction.atomic():
        thread.space = space
        thread.save(update_fields=["space"])
        _touch(thread)
        # Their cached pages name this thread as the original: who may see that changed.
        Thread.objects.filter(duplicate_of=thread).update(version=F("version") + 1)
    return thread


def _original_of(thread: Thread, original: Thread) -> Thread:
    """Where `thread` is answered: `original`, or the thread that one is itself a duplicate of.
    Readers of the duplicate must be able to read it."""
    if original.pk == thread.pk:
        raise ValidationError({"original": gettext("A thread cannot duplicate itself.")})
    seen = {thread.pk}
    root = original
    while root.duplicate_of_id is not None and root.pk not in seen:
        seen.add(root.pk)
        root = Thread.objects.select_related("space").get(pk=root.duplicate_of_id)
    if root.pk in seen:
        raise ValidationError(
            {"original": gettext("That thread is itself marked as its duplicate.")}
        )
    if root.space.is_private and root.space_id != thread.space_id:
        raise ValidationError(
            {"original": gettext("Point to a thread everyone who reads this one can read.")}
        )
    return root


def mark_duplicate(actor: User, thread: Thread, *, original: Thread | None) -> Thread:
    """Points a thread to the one where it is answered (None takes the mark off). Readers of the
    duplicate must be able to read the original."""
    permissions.check_triage(actor, thread)
    if thread.merged_at is not None:
        raise ValidationError(
            gettext("This thread was merged: its replies live in the original now.")
        )
    if original is not None:
        original = _original_of(thread, original)
    if thread.duplicate_of_id == (original.pk if original else None):
        return thread
    with transaction.atomic():
        thread.duplicate_of = original
        thread.save(update_fields=["duplicate_of"])
        _touch(thread)
    return thread


def merge_thread(actor: User, thread: Thread, *, into: Thread) -> Thread:
    """Merges a duplicate question into the thread where it is answered, in one transaction:
    the question becomes a reply there by its asker (its title in bold), its replies move with
    their votes, its upvotes join the original's (one per person), and its address answers 301
    to the original from now on. An accepted answer stays a reply: accepting one in the original
    is its asker's or staff's call. Ideas merge into ideas only, by moderators: the duplicate's
    author counts as a vote for the original, its voters follow the original and are told.
    Returns the original."""
    permissions.check_triage(actor, thread)
    if thread.merged_at is not None:
        raise ValidationError(gettext("This thread was merged already."))
    original = _original_of(thread, into)
    permissions.check_triage(actor, original)
    ideas = thread.is_idea or original.is_idea
    if ideas:
        permissions.check_merge_ideas(actor)
        if not (thread.is_idea and original.is_idea):
            raise ValidationError({"original": gettext("Merge an idea only into another idea.")})
    if original.space.is_private != thread.space.is_private:
        raise ValidationError(
            {"original": gettext("Merge only between public threads, or within one private space.")}
        )
    now = timezone.now()
    body = f"**{thread.title}**\n\n{thread.body}".strip()
    html, _ = _render(thread.author, body)
    with transaction.atomic():
        locked = Thread.objects.select_for_update().get(pk=thread.pk)
        if locked.merged_at is not None:
            raise ValidationError(gettext("This thread was merged already."))
        question = Reply.objects.create(
            thread=original, author=thread.author, body=body, body_html=html,
            created_at=thread.created_at,
        )  # fmt: skip
        moved = list(Reply.objects.filter(thread=thread).values_list("pk", flat=True))
        Reply.objects.filter(pk__in=moved).update(thread=original)
        Vote.objects.filter(reply_id__in=moved).update(thread=original)
        duplicate_voters = set(
            Vote.objects.filter(thread=thread, reply__isnull=True).values_list("user_id", flat=True)
        )
        voters = Vote.objects.filter(thread=original, reply__isnull=True).values("user_id")
        Vote.objects.filter(thread=thread, reply__isnull=True, user_id__in=voters).delete()
        # Nobody votes for their own post, not even through a merge.
        Vote.objects.filter(thread=thread, reply__isnull=True, user_id=original.author_id).delete()
        Vote.objects.filter(thread=thread, reply__isnull=True).update(thread=original)
        if ideas and thread.author_id != original.author_id:
            # Whoever posted the duplicate idea wanted it: that counts as their vote, once.
            Vote.objects.get_or_create(user_id=thread.author_id, thread=original, reply=None)
        SearchEntry.objects.filter(reply_id__in=moved).update(thread=original)
        SearchEntry.objects.filter(thread=thread, reply__isnull=True).delete()
        search.index_reply(question)
        replies = Reply.objects.filter(thread=original)
        fields: dict[str, object] = {
            "reply_count": replies.count(),
            "upvote_count": Vote.objects.filter(thread=original, reply__isnull=True).count(),
            "last_activity_at": max(
                original.last_activity_at, thread.last_activity_at, question.created_at
            ),
            "version": F("version") + 1,
        }
        if (
            original.status == ThreadStatus.OPEN
            and replies.exclude(author=original.author_id).exists()
        ):
            fields["status"] = ThreadStatus.ANSWERED
        Thread.objects.filter(pk=original.pk).update(**fields)
        Thread.objects.filter(pk=thread.pk).update(
            duplicate_of=original, merged_at=now, merged_by=actor, accepted_reply=None,
            reply_count=0, upvote_count=0, version=F("version") + 1,
        )  # fmt: skip
        counters.bump(LISTS_COUNTER)
        # Whoever asked or replied in the duplicate follows the original, where replies go now.
        movers = set(Reply.objects.filter(pk__in=moved).values_list("author_id", flat=True))
        if ideas:  # an idea's voters follow where their vote went, and hear about it
            movers |= duplicate_voters
            notify.merged(actor, thread, original, {thread.author_id, *duplicate_voters})
        for person in User.objects.filter(pk__in={thread.author_id, *movers}):
            notify.watch(person, original)
        events.emit_in_transaction(events.THREAD_MERGED, thread=thread, original=original)
        events.emit_on_commit(events.THREAD_MERGED, thread_id=thread.pk, into_id=original.pk)
    original.refresh_from_db()
    return original


# --- private-space membership -----------------------------------------------------------------


def add_space_member(actor: User, space: Space, user: User) -> bool:
    """A moderator adds a member to a private space. Returns whether they were added."""
    if not (actor.is_authenticated and actor.is_moderator):
        raise PermissionDenied(gettext("Only moderators can add members to a space."))
    _, created = SpaceMembership.objects.get_or_create(space=space, user=user)
    return created


def remove_space_member(actor: User, space: Space, user: User) -> bool:
    """A moderator removes a member from a space, or a member leaves it."""
    if not (actor.is_authenticated and (actor.is_moderator or actor.pk == user.pk)):
        raise PermissionDenied(gettext("Only moderators can remove members from a space."))
    deleted, _ = SpaceMembership.objects.filter(space=space, user=user).delete()
    return bool(deleted)


# --- searches that found nothing (the content gap list) --------------------------------------

SEARCH_MISS_MAX = 100  # characters of a query kept
SEARCH_MISSES_PER_DAY = 2000  # distinct queries a day; past it, new ones are not counted


def record_search_miss(query: str) -> None:
    """Counts a search that found nothing under its normalised text (lower case, spaces
    collapsed, cut). No person is recorded. A flood of distinct queries stops at a daily cap."""
    text = " ".join(query.lower().split())[:SEARCH_MISS_MAX]
    if not text:
        return
    day = timezone.localdate()
    if SearchMiss.objects.filter(query=text, day=day).update(count=F("count") + 1):
        return
    if SearchMiss.objects.filter(day=day).count() >= SEARCH_MISSES_PER_DAY:
        return
    try:
        with transaction.atomic():
            SearchMiss.objects.create(query=text, day=day, count=1)
    except IntegrityError:  # another request created it in between
        SearchMiss.objects.filter(query=text, day=day).update(count=F("count") + 1)
