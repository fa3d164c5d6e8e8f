"""Helpers to build community histories at chosen times, through the product's own actions."""

from datetime import timedelta

from django.utils import timezone

from openline.community import actions
from openline.community.models import Reply, Thread, Vote
from openline.people.models import TrustLevel
from openline.people.permissions import forget_level


def ago(days: float = 0, hours: float = 0):
    return timezone.now() - timedelta(days=days, hours=hours)


def set_level(user, level: int) -> None:
    TrustLevel.objects.update_or_create(user=user, defaults={"level": level})
    forget_level(user)


def post(author, space, *, title="How do I pair a second valve?", days_ago=0.0, kind="question",
         tags=()):  # fmt: skip
    thread = actions.create_thread(author, space, kind=kind, title=title, body="Details.",
                                   tags=tags)  # fmt: skip
    Thread.objects.filter(pk=thread.pk).update(created_at=ago(days_ago))
    thread.refresh_from_db()
    return thread


def answer(author, thread, *, days_ago=0.0, body="Try pairing it again after a reset."):
    reply = actions.create_reply(author, thread, body=body)
    Reply.objects.filter(pk=reply.pk).update(created_at=ago(days_ago))
    reply.refresh_from_db()
    return reply


def upvote(voter, thread, reply=None, *, when=None):
    actions.toggle_vote(voter, thread, reply)
    if when is not None:
        Vote.objects.filter(user=voter, thread=thread, reply=reply).update(created_at=when)
