"""Reads. `access_*` is the one way to fetch what a person may see: private spaces answer 404."""

from django.db.models import Q, QuerySet
from django.http import Http404

from openline.accounts.models import User

from .models import Reply, Space, Thread, ThreadStatus


def visible_spaces(user: User | None) -> QuerySet[Space]:
    spaces = Space.objects.all()
    if user is None or not user.is_authenticated:
        return spaces.filter(is_private=False)
    if user.is_staff_member:
        return spaces
    return spaces.filter(Q(is_private=False) | Q(members=user)).distinct()


def visible_threads(user: User | None) -> QuerySet[Thread]:
    threads = Thread.objects.all()
    if user is None or not user.is_authenticated:
        return threads.filter(space__is_private=False)
    if user.is_staff_member:
        return threads
    return threads.filter(
        Q(space__is_private=False) | Q(space__in=Space.objects.filter(members=user))
    )


def access_space(user: User | None, slug: str) -> Space:
    try:
        return visible_spaces(user).get(slug=slug)
    except Space.DoesNotExist:
        raise Http404("No such space.") from None


def access_thread(user: User | None, thread_id: int) -> Thread:
    try:
        return visible_threads(user).select_related("space", "author").get(pk=thread_id)
    except (Thread.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such thread.") from None


def access_reply(user: User | None, reply_id: int) -> Reply:
    try:
        return Reply.objects.select_related("thread__space", "author").get(
            pk=reply_id, thread__in=visible_threads(user)
        )
    except (Reply.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such reply.") from None


SORTS = {
    "latest": ["-last_activity_at", "-id"],
    "top": ["-upvote_count", "-last_activity_at"],
    "unanswered": ["-created_at", "-id"],
}


def thread_list(
    user: User | None, *, space: Space | None = None, tag_slug: str | None = None, sort: str = "latest"
) -> QuerySet[Thread]:
    threads = visible_threads(user) if space is None else Thread.objects.filter(space=space)
    if tag_slug:
        threads = threads.filter(tags__slug=tag_slug)
    if sort == "unanswered":
        threads = threads.filter(reply_count=0, status=ThreadStatus.OPEN)
    return threads.select_related("space", "author").order_by(*SORTS.get(sort, SORTS["latest"]))


def thread_replies(thread: Thread) -> QuerySet[Reply]:
    return thread.replies.select_related("author", "retracted_by").order_by("created_at", "id")


def voted_ids(user: User | None, thread: Thread) -> tuple[bool, set[int]]:
    """(has the person upvoted the thread, ids of the thread's replies they upvoted)."""
    if user is None or not user.is_authenticated:
        return False, set()
    rows = list(thread.votes.filter(user=user).values_list("reply_id", flat=True))
    return None in rows, {r for r in rows if r is not None}
