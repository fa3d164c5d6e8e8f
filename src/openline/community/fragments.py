"""The thread page's replies, rendered once for every reader and finished per reader.

Django's template engine costs about a millisecond per reply with its vote, byline, correction
and moderation controls, which made a signed-in thread page of 50 replies 80 times slower than
the anonymous page cache (issue 19). Here each reply is split in two:

- the part every reader sees alike (byline, accepted label, retraction notice, body,
  correction) is rendered once per *thread version* and kept in the cache with the reply rows.
  Every change a reader could see on a reply (an edit, a vote, a retraction, a correction, an
  accepted answer, hiding or deleting) bumps `Thread.version` in its transaction
  (`actions._touch`), so a new version is a new key: no reader is shown a stale reply, on any
  web node. Keys also carry the static release, as the anonymous page cache's do; entries live
  `ANON_CACHE_SECONDS`, which bounds how old a relative date ("3 hours ago") gets, as there.
- the per-reader parts (vote state, accept, flag, moderate, correct, edit and retract controls,
  the CSRF token, and the text of a hidden reply for its author and the moderators) are joined
  in per request with `format_html`, from flags `selectors.thread_page_context` computes for
  that reader. They are plain server-side HTML: correct without JavaScript.

The byline is rendered in Python rather than in a template: it is the same markup the anonymous
page shows, and rendering it this way keeps a cache miss (the first view after a change) cheap.
"""

from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.middleware.csrf import get_token
from django.template.defaultfilters import date as format_date
from django.template.defaultfilters import linebreaksbr
from django.urls import reverse
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe

from openline.accounts.models import Role, User
from openline.core.cache import release
from openline.web.templatetags.time_tags import ago

from .models import FlagReason, Reply, Thread

# The parts of a reply every reader sees alike, by attribute name on the cached Reply.
SHARED = ("shared_head", "shared_body", "shared_correction")


def _key(thread: Thread) -> str:
    return f"replies:{release()}:{thread.pk}:{thread.version}"


def thread_replies(thread: Thread) -> list[Reply]:
    """The thread's replies in order, each with its shared HTML: from the cache when the thread
    has not changed since they were rendered, else loaded and rendered (and cached)."""
    key = _key(thread)
    replies: list[Reply] | None = cache.get(key)
    if replies is None:
        replies = list(
            thread.replies.select_related("author", "retracted_by", "corrected_by").order_by(
                "created_at", "id"
            )
        )
        history_url = reverse("community:history", args=[thread.pk])
        for reply in replies:
            reply.shared_head = _head(reply, thread)
            reply.shared_body = format_html('<div class="body">{}</div>', mark_safe(reply.body_html))  # noqa: S308 - sanitised by core.markdown when saved
            reply.shared_correction = _correction(reply, history_url)
        cache.set(key, replies, settings.OPENLINE["ANON_CACHE_SECONDS"])
    for reply in replies:
        reply.thread = thread  # the rows were cached without it: no query for reply.thread
    return replies


def byline(person: User, when: Any, edited: object, history_url: str) -> SafeString:
    badge = ""
    if person.badge:
        superuser = " superuser" if person.role == Role.SUPERUSER else ""
        badge = format_html('<span class="badge{}">{}</span>', superuser, person.badge)
    edited_html = format_html('<span>· <a href="{}">edited</a></span>', history_url) if edited else ""
    return format_html(
        '<div class="byline">\n  <a href="/u/{}/">{}</a>\n  {}\n'
        '  <span>· <time datetime="{}" title="{} UTC">{}</time></span>\n  {}\n</div>',
        person.username,
        person.name,
        badge,
        format_date(when, "c"),
        format_date(when, "j M Y H:i"),
        ago(when),
        edited_html,
    )


def _head(reply: Reply, thread: Thread) -> str:
    history_url = reverse("community:history", args=[thread.pk])
    parts = [byline(reply.author, reply.created_at, reply.edited_at, history_url)]
    if reply.pk == thread.accepted_reply_id:
        parts.append(mark_safe('<p class="accepted-label">✔ Accepted answer</p>'))
    if reply.is_retracted:
        retracted_by = reply.retracted_by.name if reply.retracted_by else ""
        parts.append(
            format_html(
                '<p class="notice"><strong>Retracted</strong> by {}: {}</p>',
                retracted_by,
                reply.retraction_note,
            )
        )
    return "\n".join(parts)


def _correction(reply: Reply, history_url: str) -> str:
    if not reply.is_corrected:
        return ""
    by = reply.corrected_by
    badge = format_html(' <span class="badge">{}</span>', by.badge) if by and by.badge else ""
    return format_html(
        '<div class="correction" id="correction-{}">\n'
        '<strong>Correction</strong> by {}{}, <time datetime="{}" title="{} UTC">{}</time>:\n'
        '<span class="correction-text">{}</span>\n<a href="{}">history</a>\n</div>',
        reply.pk,
        by.name if by else "staff",
        badge,
        format_date(reply.corrected_at, "c"),
        format_date(reply.corrected_at, "j M Y H:i"),
        format_date(reply.corrected_at, "j M Y"),
        linebreaksbr(reply.correction, autoescape=True),
        history_url,
    )


# --- per reader -------------------------------------------------------------------------------


def csrf_input(request: Any) -> SafeString:
    """The CSRF field, masked once for the page: every form on it may carry the same one."""
    return format_html(
        '<input type="hidden" name="csrfmiddlewaretoken" value="{}">', get_token(request)
    )


def vote_widget(
    *, vote_id: str, vote_url: str, voted: bool, count: int, can_vote: bool, csrf: str
) -> SafeString:
    """The upvote button and count: on the page for the thread and each reply, and alone as
    the htmx answer to a vote."""
    if can_vote:
        title = "Take back your upvote" if voted else "Upvote: this is useful"
        button = format_html(
            '<form method="post" action="{0}" hx-post="{0}" hx-target="#{1}" hx-swap="outerHTML">'
            '{2}\n    <button type="submit" aria-pressed="{3}" title="{4}">▲</button>\n  </form>',
            vote_url,
            vote_id,
            csrf,
            "true" if voted else "false",
            title,
        )
    else:
        button = mark_safe('<span aria-hidden="true">▲</span>')
    return format_html(
        '<div class="vote" id="{}">\n  {}\n  <span class="n" aria-label="upvotes">{}</span>\n</div>',
        vote_id,
        button,
        count,
    )


def moderation_note(post: Thread | Reply, *, user: User | None, can_moderate: bool) -> str:
    if post.deleted_at is not None:
        return format_html(
            '<p class="notice moderation-note"><strong>Deleted by a moderator</strong>: {}</p>',
            post.deletion_reason,
        )
    if post.hidden_at is None:
        return ""
    who = "Hidden by a moderator" if post.hidden_by_id else "Hidden until a moderator reviews the flags"
    own = user is not None and user.is_authenticated and user.pk == post.author_id
    aside = " — only its author and the moderators see the text" if own or can_moderate else ""
    return format_html(
        '<p class="notice moderation-note"><strong>{}</strong>{}.</p>', who, aside
    )


def _flag_reasons() -> str:
    return "".join(
        format_html(
            '<label><input type="radio" name="reason" value="{}" required> {}</label>', value, label
        )
        for value, label in FlagReason.choices
    )


def flag_form(flag_url: str, csrf: str) -> SafeString:
    return format_html(
        '<details class="inline flag"><summary>Flag</summary>\n'
        '  <form method="post" action="{}" class="stack">{}\n'
        "    <fieldset><legend>Why should a moderator look at this?</legend>\n    {}\n"
        "    </fieldset>\n"
        '    <input type="text" name="note" maxlength="500" aria-label="Note" '
        'placeholder="A note for the moderators (needed for “Something else”)">\n'
        '    <button type="submit">Flag for the moderators</button>\n  </form>\n</details>',
        flag_url,
        csrf,
        mark_safe(_flag_reasons()),  # noqa: S308 - built with format_html from constants
    )


def moderate_form(post: Thread | Reply, *, kind: str, next_path: str, csrf: str) -> SafeString:
    moderate_url = reverse("community:moderate", args=[kind, post.pk])
    hidden = post.hidden_at is not None
    buttons = [
        format_html(
            '<button type="submit" name="operation" value="{}">{}</button>',
            "unhide" if hidden else "hide",
            "Unhide" if hidden else "Hide",
        )
    ]
    if kind == "t":
        locked = getattr(post, "locked_at", None) is not None
        buttons.append(
            format_html(
                '<button type="submit" name="operation" value="{}">{}</button>',
                "unlock" if locked else "lock",
                "Unlock" if locked else "Lock",
            )
        )
    delete = ""
    if post.deleted_at is None:
        delete = format_html(
            '\n  <form method="post" action="{}" class="stack">{}\n'
            '    <input type="hidden" name="next" value="{}">\n'
            '    <input type="hidden" name="operation" value="delete">\n'
            '    <textarea name="reason" rows="2" required maxlength="500" aria-label="Reason" '
            'placeholder="The reason, shown publicly in the post\'s place"></textarea>\n'
            '    <button type="submit">Delete with this reason</button>\n  </form>',
            moderate_url,
            csrf,
            next_path,
        )
    return format_html(
        '<details class="inline moderate"><summary>Moderate</summary>\n'
        '  <form method="post" action="{}" class="actions">{}\n'
        '    <input type="hidden" name="next" value="{}">\n    {}\n  </form>{}\n</details>',
        moderate_url,
        csrf,
        next_path,
        mark_safe("".join(buttons)),  # noqa: S308 - built with format_html above
        delete,
    )


def reader_replies(request: Any, context: dict[str, Any]) -> SafeString:
    """The replies as this reader sees them: the shared parts of each with this reader's
    controls, from `selectors.thread_page_context(...)`'s flags. Only strings are joined here:
    about 30 µs a reply."""
    thread: Thread = context["thread"]
    user: User | None = request.user if request.user.is_authenticated else None
    can_vote: bool = context["can_vote"]
    can_accept: bool = context["can_accept"]
    can_moderate: bool = context["can_moderate"]
    csrf = csrf_input(request) if user is not None else ""
    next_path = request.get_full_path() if can_moderate else ""
    flag_url = reverse("community:flag", args=["r", 987654321987])
    out: list[str] = []
    for r in context["replies"]:
        accepted = r.pk == thread.accepted_reply_id
        classes = "card reply" + (" accepted" if accepted else "") + (
            " retracted" if r.is_retracted else ""
        )
        actions: list[str] = []
        if can_accept and not r.is_retracted and r.author_id != thread.author_id:
            button = (
                '<input type="hidden" name="undo" value="1"><button type="submit">Unaccept</button>'
                if accepted
                else '<button type="submit" class="primary">Accept this answer</button>'
            )
            actions.append(
                format_html(
                    '<form method="post" action="{}" class="inline">{}\n  {}\n</form>',
                    r.accept_url,
                    csrf,
                    mark_safe(button),
                )
            )
        if r.can_flag:
            actions.append(flag_form(flag_url.replace("987654321987", str(r.pk)), csrf))
        if can_moderate:
            actions.append(moderate_form(r, kind="r", next_path=next_path, csrf=csrf))
        if r.can_correct:
            actions.append(
                format_html('<a href="{}">Mark as a mistake</a>', reverse("guidance:mistake", args=[r.pk]))
            )
        if r.can_edit:
            actions.append(
                format_html(
                    '<a href="{}">Edit</a>\n<details class="inline"><summary>Retract</summary>\n'
                    '  <form method="post" action="{}" class="stack">{}\n'
                    '    <textarea name="note" rows="2" required placeholder="Why you take it back'
                    ' — readers see this note"></textarea>\n'
                    '    <button type="submit">Retract in public</button>\n  </form>\n</details>',
                    r.edit_url,
                    r.retract_url,
                    csrf,
                )
            )
        vote = vote_widget(
            vote_id=r.vote_id,
            vote_url=r.vote_url,
            voted=r.voted,
            count=r.upvote_count,
            can_vote=can_vote,
            csrf=csrf,
        )
        note = moderation_note(r, user=user, can_moderate=can_moderate)
        out.append(
            f'<article class="{classes}" id="reply-{r.pk}">\n  <div class="post">\n    {vote}\n'
            f"    <div>\n      {r.shared_head}\n      {note}"
            f"{r.shared_body if r.shows_text else ''}{r.shared_correction}\n"
            f'      <div class="actions">\n        {"".join(actions)}\n      </div>\n'
            "    </div>\n  </div>\n</article>\n"
        )
    return mark_safe("".join(out))  # noqa: S308 - every part above is escaped or format_html


__all__ = ["SHARED", "escape", "reader_replies", "thread_replies", "vote_widget"]
