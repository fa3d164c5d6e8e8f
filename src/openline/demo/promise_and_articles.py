"""The demo company's public service promise and its first knowledge-base articles (demo data:
nothing here is in the apps below)."""

from openline.accounts.models import User
from openline.community.models import Thread
from openline.insights.actions import save_promise
from openline.insights.models import PublishedFigure
from openline.knowledge import articles

PROMISE = """We answer every question about our thermostats, valves and the app in public, here
and on the social networks, so the next person with the same question finds the answer too.

- Every question gets an answer within one working day (Monday to Friday, 8:30–17:30 UK
  time): from a person in our team, or first from one of our community's members, whose
  answers our team reads too. When it will take longer, we tell you honestly.
- When we get something wrong, we correct it where everyone can see the correction.
- Ideas you vote for are read by the product team; we say here what we plan and what we don't."""

NOTES = """Firmware 4.2.0 caused many E14 questions in its first week: we were slower than we
promise while we found the cause, and fixed it in 4.2.1."""


def seed_promise_and_articles(admin: User, agent: User) -> None:
    save_promise(admin, text=PROMISE, notes=NOTES, published=list(PublishedFigure.values))
    solved = Thread.objects.filter(
        accepted_reply__isnull=False, space__is_private=False, kind="question"
    ).order_by("-upvote_count", "pk")[:3]
    for thread in solved:
        draft = articles.draft_from_threads(agent, [thread.pk])
        if draft.answer:
            articles.save_article(
                agent, None, question=draft.question, details=draft.details,
                answer=draft.answer, source_ids=draft.sources, publish=True,
            )  # fmt: skip
