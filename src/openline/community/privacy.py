"""The community's part of privacy requests (core.privacy): a member's threads, replies,
earlier versions and votes, exported; on erasure their posts stay where they are (threads keep
their replies, answers stay accepted) but are shown as by "Deleted member", and under the
"remove" policy their text, titles and earlier versions are gone, from pages and from search."""

from typing import Any

from django.db.models import Count, F, Q

from openline.accounts.privacy import deleted_member
from openline.core import counters, privacy
from openline.core.markdown import render_markdown
from openline.core.privacy import Export, Subject
from openline.notifications.privacy import forget_about

from . import events, search
from .models import LISTS_COUNTER, Reply, Revision, Thread, Vote
from .notify import THREAD

REMOVED_TITLE = "Removed post"


def _export(subject: Subject) -> Export:
    if not subject.user_id:
        return Export(None)
    user = subject.user_id
    threads = Thread.objects.filter(author_id=user).select_related("space").order_by("pk")
    replies = Reply.objects.filter(author_id=user).select_related("thread").order_by("pk")
    data: dict[str, Any] = {
        "threads": [
            {
                "id": t.pk,
                "url": t.get_absolute_url(),
                "space": t.space.name,
                "title": t.title,
                "body": t.body,
                "created_at": t.created_at,
                "edited_at": t.edited_at,
            }
            for t in threads
        ],
        "replies": [
            {
                "id": r.pk,
                "thread": r.thread_id,
                "url": r.get_absolute_url(),
                "body": r.body,
                "created_at": r.created_at,
                "edited_at": r.edited_at,
            }
            for r in replies
        ],
        "earlier_versions": list(
            Revision.objects.filter(
                Q(thread__author_id=user, reply=None) | Q(reply__author_id=user)
            )
            .order_by("pk")
            .values("thread_id", "reply_id", "title", "body", "created_at")
        ),
        "votes": list(
            Vote.objects.filter(user_id=user).values("thread_id", "reply_id", "created_at")
        ),
    }
    return Export(data)


def _erase(subject: Subject, policy: str) -> dict[str, int]:
    if not subject.user_id:
        return {}
    user = subject.user_id
    placeholder = deleted_member()
    threads = list(Thread.objects.filter(author_id=user))
    replies = list(Reply.objects.filter(author_id=user).select_related("thread"))
    earlier = Revision.objects.filter(
        Q(thread__author_id=user, reply=None) | Q(reply__author_id=user)
    )
    texts = [f"{t.title}\n{t.body}" for t in threads] + [r.body for r in replies]
    texts += [f"{title}\n{body}" for title, body in earlier.values_list("title", "body")]
    revisions = earlier.delete()[0] if policy == privacy.REMOVE else 0
    Revision.objects.filter(editor_id=user).update(editor=placeholder)
    votes = _remove_votes(user)
    removed_html = render_markdown(f"*{privacy.REMOVED_TEXT}*")
    for thread in threads:
        thread.author = placeholder
        fields = ["author"]
        if policy == privacy.REMOVE:
            thread.title, thread.slug, thread.body = REMOVED_TITLE, "removed", privacy.REMOVED_TEXT
            thread.body_html = removed_html
            fields += ["title", "slug", "body", "body_html"]
        thread.save(update_fields=fields)
        if policy == privacy.REMOVE:
            search.index_thread(thread)
            events.emit_on_commit(events.THREAD_EDITED, thread_id=thread.pk)
    for reply in replies:
        reply.author = placeholder
        fields = ["author"]
        if policy == privacy.REMOVE:
            reply.body, reply.body_html = privacy.REMOVED_TEXT, removed_html
            fields += ["body", "body_html"]
        reply.save(update_fields=fields)
        if policy == privacy.REMOVE:
            search.index_reply(reply)
    if policy == privacy.REMOVE:
        search.forget_unused_words(
            w
            for text in texts
            for w in search.words_of(f"{text}\n{search.compound_variants(text)}")
        )
    if policy == privacy.REMOVE and threads:
        forget_about(THREAD, {t.pk: t.get_absolute_url() for t in threads}, label=REMOVED_TITLE)
    touched = {t.pk for t in threads} | {r.thread_id for r in replies}
    Thread.objects.filter(pk__in=touched).update(version=F("version") + 1)  # cached pages
    counters.bump(LISTS_COUNTER)
    return {"threads": len(threads), "replies": len(replies), "earlier_versions": revisions,
            "votes": votes}  # fmt: skip


def _remove_votes(user: int) -> int:
    """Their votes go; the counts shown on what they voted for follow."""
    votes = Vote.objects.filter(user_id=user)
    thread_ids = set(votes.filter(reply=None).values_list("thread_id", flat=True))
    reply_ids = set(votes.exclude(reply=None).values_list("reply_id", flat=True))
    removed = votes.delete()[0]
    for thread in Thread.objects.filter(pk__in=thread_ids).annotate(
        n=Count("votes", filter=Q(votes__reply=None))
    ):
        Thread.objects.filter(pk=thread.pk).update(upvote_count=thread.n)
    for reply in Reply.objects.filter(pk__in=reply_ids).annotate(n=Count("votes")):
        Reply.objects.filter(pk=reply.pk).update(upvote_count=reply.n)
    return removed


def install() -> None:
    privacy.register(privacy.Part("community", _export, _erase))
