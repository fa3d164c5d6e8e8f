"""The public promise's figures count one population, the questions that came in on every
channel: a community question a member answered before the team is answered (its asker got an
answer), and the community's figure is a part of the answered, never a second count beside
them (session 19: "1 of 15 answered" next to "20 first answered by the community")."""

from datetime import timedelta

import pytest
from django.utils import timezone

from openline.accounts.models import Role
from openline.community import actions as community
from openline.community.models import Reply, Thread
from openline.inbox.models import ChannelAccount, Conversation
from openline.insights import rollups
from openline.insights.actions import save_promise

from ..factories import UserFactory

FIGURES = ["answered", "first_answer", "public", "solved", "community"]


def _back(obj, when) -> None:
    type(obj).objects.filter(pk=obj.pk).update(created_at=when)


@pytest.fixture
def history(db, customer, other_customer, space, agent, django_capture_on_commit_callbacks):
    """Three hours ago: a community question a member answered after 20 minutes (the team an
    hour later), one the team answered after 40 minutes, one nobody answered; an e-mail the
    team answered after 2 hours."""
    came = timezone.now() - timedelta(hours=3)
    threads = []
    for title in ("Valve keeps clicking", "Display flickers at night", "Battery drains fast"):
        with django_capture_on_commit_callbacks(execute=True):
            threads.append(
                community.create_thread(customer, space, kind="question", title=title, body="?")
            )
    by_member, by_team, unanswered = threads
    with django_capture_on_commit_callbacks(execute=True):
        member = community.create_reply(other_customer, by_member, body="Re-seat the wires.")
        team_late = community.create_reply(agent, by_member, body="Yes, and update it.")
        team = community.create_reply(agent, by_team, body="Turn off night dimming.")
    for thread in threads:
        _back(thread, came)
    for reply, minutes in ((member, 20), (team_late, 80), (team, 40)):
        _back(reply, came + timedelta(minutes=minutes))
    for conversation in Conversation.objects.select_related("thread"):
        Conversation.objects.filter(pk=conversation.pk).update(created_at=came)
        answered = {by_member.pk: 80, by_team.pk: 40}.get(conversation.thread_id)
        if answered is not None:
            Conversation.objects.filter(pk=conversation.pk).update(
                first_response_at=came + timedelta(minutes=answered)
            )
    email = ChannelAccount.objects.create(kind="email", name="Support mail")
    Conversation.objects.create(
        account=email, external_id="e0", created_at=came,
        first_response_at=came + timedelta(minutes=120),
    )  # fmt: skip
    rollups.refresh()
    return {"unanswered": unanswered}


def _page(client, **headers) -> str:
    admin = UserFactory(username="ada", role=Role.ADMIN)
    save_promise(admin, text="We answer every question.", notes="", published=FIGURES)
    return client.get("/promise/", **headers).content.decode()


def test_a_question_a_member_answered_first_counts_as_answered_and_as_the_communitys(
    client, history
):
    page = _page(client)
    assert "Questions answered</dt><dd>3 of 4</dd>" in page
    assert "First answered by the community</dt><dd>1 of 3</dd>" in page
    # the waits of the answered: 20 (the member's), 40 and 120 minutes
    assert "Median time to first answer</dt><dd>40 min</dd>" in page
    assert "Answered in public</dt><dd>2 of 3</dd>" in page


def test_the_community_figure_is_never_larger_than_the_answered_one(client, history):
    """Every answer on the page comes from the same questions: no figure counts more
    questions than came in, and the community's are among the answered."""
    page = _page(client)
    assert "of 4</dd>" in page and "Questions first answered by the community" not in page
    assert "on every channel, the community included" in page


def test_a_members_reply_after_the_team_leaves_the_question_the_teams(client, history):
    thread = history["unanswered"]
    conversation = Conversation.objects.get(thread=thread)
    came = conversation.created_at
    Conversation.objects.filter(pk=conversation.pk).update(
        first_response_at=came + timedelta(minutes=10)
    )
    late = Reply.objects.create(
        thread=thread, author=UserFactory(username="late"), body="Same here.", body_html=""
    )
    _back(late, came + timedelta(minutes=30))
    Thread.objects.filter(pk=thread.pk).update(version=thread.version + 1)
    rollups.refresh(full=True)
    page = _page(client)
    assert "Questions answered</dt><dd>4 of 4</dd>" in page
    assert "First answered by the community</dt><dd>1 of 4</dd>" in page


def test_a_german_reader_is_told_which_questions_the_figures_count(client, history):
    page = _page(client, HTTP_ACCEPT_LANGUAGE="de")
    assert "Zuerst von der Community beantwortet</dt><dd>1 von 3</dd>" in page
    assert "auf allen Kanälen, die Community eingeschlossen" in page


def test_the_staff_dashboard_says_whose_answers_it_counts(client, history, agent):
    """The dashboard's "answered" is the team's; beside it the promise's count, so the two
    pages do not seem to disagree: the team answered 3 (one after a member had), and of the 3
    answered by anyone 1 was first answered by a member."""
    client.force_login(agent)
    page = client.get("/staff/service/").content.decode()
    assert "<strong>3</strong>answered by the team" in page
    assert "<strong>3</strong>answered by anyone, as the public promise counts (1 first" in page
