"""Factories for tests: build rows through the same actions the product uses where it matters."""

import factory
from django.utils.text import slugify

from openline.accounts.models import Role, User
from openline.community.models import Space, Tag, Thread
from openline.core.markdown import render_markdown

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
