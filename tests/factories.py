"""Factories for tests: build rows through the same actions the product uses where it matters."""

from datetime import datetime, timedelta

import factory
from django.utils import timezone
from django.utils.text import slugify

from openline.accounts.models import Role, User
from openline.community import actions
from openline.community.models import Reply, Space, Tag, Thread, Vote
from openline.core.markdown import render_markdown
from openline.people.models import TrustLevel
from openline.people.permissions import forget_level

PASSWORD = "correct horse battery staple"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"person{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.com")
    display_name = factory.Faker("name")
    role = Role.CUSTOMER
    email_verified = True
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def _save(obj, create, extracted, **kwargs):
        if create:
            obj.save()


class SpaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Space

    name = factory.Sequence(lambda n: f"Space {n}")
    slug = factory.LazyAttribute(lambda s: slugify(s.name))
    description = "A place to ask."


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag
        django_get_or_create = ("slug",)

    slug = factory.Sequence(lambda n: f"area-{n}")
    name = factory.LazyAttribute(lambda t: t.slug.replace("-", " ").title())


class ThreadFactory(factory.django.DjangoModelFactory):
    """A thread row without side effects; use actions.create_thread to test behaviour."""

    class Meta:
        model = Thread

    space = factory.SubFactory(SpaceFactory)
    author = factory.SubFactory(UserFactory)
    title = factory.Sequence(lambda n: f"How do I set a heating schedule number {n}?")
    slug = factory.LazyAttribute(lambda t: slugify(t.title)[:80])
    body = "My thermostat ignores the schedule after 22:00."
    body_html = factory.LazyAttribute(lambda t: render_markdown(t.body))


# --- community histories at chosen times, built through the product's own actions ---------------


def ago(days: float = 0, hours: float = 0) -> datetime:
    return timezone.now() - timedelta(days=days, hours=hours)


def set_level(user: User, level: int) -> None:
    TrustLevel.objects.update_or_create(user=user, defaults={"level": level})
    forget_level(user)


def post(author, space, *, title="How do I pair a second valve?", days_ago=0.0, kind="question",
         tags=()) -> Thread:  # fmt: skip
    thread = actions.create_thread(author, space, kind=kind, title=title, body="Details.",
                                   tags=tags)  # fmt: skip
    Thread.objects.filter(pk=thread.pk).update(created_at=ago(days_ago))
    thread.refresh_from_db()
    return thread


def answer(author, thread, *, days_ago=0.0, body="Try pairing it again after a reset.") -> Reply:
    reply = actions.create_reply(author, thread, body=body)
    Reply.objects.filter(pk=reply.pk).update(created_at=ago(days_ago))
    reply.refresh_from_db()
    return reply


def upvote(voter, thread, reply=None, *, when=None) -> None:
    actions.toggle_vote(voter, thread, reply)
    if when is not None:
        Vote.objects.filter(user=voter, thread=thread, reply=reply).update(created_at=when)
