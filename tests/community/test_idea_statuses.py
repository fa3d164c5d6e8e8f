"""An idea's road (new → under review → planned → in progress → shipped, or declined): each
change with a public reason, kept in a history on the page, told to everyone who wants it."""

import importlib

import pytest
from django.apps import apps
from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from openline.community import actions
from openline.community.models import StatusChange, Thread, ThreadStatus
from openline.notifications import actions as notifications
from openline.notifications.models import Kind, Notification

from ..factories import ThreadFactory, UserFactory, set_level, upvote


@pytest.fixture
def idea(customer, space):
    return actions.create_thread(
        customer, space, kind="idea", title="Group rooms by floor in the app",
        body="With twelve rooms the list is long.",
    )  # fmt: skip


def test_a_new_idea_starts_as_new_and_a_question_as_open(idea, question):
    assert idea.status == ThreadStatus.NEW
    assert question.status == ThreadStatus.OPEN


def test_each_status_change_is_kept_with_its_reason_and_shown_on_the_idea(client, idea, agent):
    actions.change_status(agent, idea, status="under_review", reason="The app team is looking.")
    actions.change_status(agent, idea, status="planned", reason="In the spring release.")
    history = list(StatusChange.objects.filter(thread=idea).values_list("previous", "status"))
    assert history == [("new", "under_review"), ("under_review", "planned")]
    page = client.get(idea.get_absolute_url()).content.decode()
    history_html = page[page.index('id="status-history"') :]  # shown from the second change
    assert history_html.index("The app team is looking.") < history_html.index(
        "In the spring release."
    )


def test_an_idea_takes_only_the_statuses_of_its_road(idea, question, agent):
    with pytest.raises(ValidationError, match="Under review"):
        actions.change_status(agent, idea, status="answered", reason="Someone replied.")
    with pytest.raises(ValidationError):
        actions.change_status(agent, question, status="shipped", reason="Not a question's status.")
    actions.change_status(agent, question, status="wont_fix", reason="Hardware limit.")
    assert Thread.objects.get(pk=question.pk).status == ThreadStatus.WONT_FIX


def test_only_staff_change_an_ideas_status(client, idea, superuser):
    set_level(superuser, 3)
    with pytest.raises(PermissionDenied):
        actions.change_status(superuser, idea, status="shipped", reason="I wish.")
    client.force_login(superuser)
    response = client.post(
        reverse("community:status", args=[idea.pk]), {"status": "shipped", "reason": "I wish."}
    )
    assert response.status_code == 403
    assert Thread.objects.get(pk=idea.pk).status == ThreadStatus.NEW


def test_the_status_form_offers_an_ideas_road_to_staff(client, idea, agent):
    client.force_login(agent)
    page = client.get(idea.get_absolute_url()).content.decode()
    assert '<option value="in_progress">In progress</option>' in page
    assert 'value="answered"' not in page


def test_author_voters_and_followers_hear_the_change_with_the_reason_by_mail_with_unsubscribe(
    idea, customer, agent, django_capture_on_commit_callbacks
):
    voter, follower, left = UserFactory(), UserFactory(), UserFactory()
    upvote(voter, idea)
    upvote(left, idea)
    notifications.follow(follower, ("community.thread", idea.pk), label=idea.title, url="/")
    notifications.follow(left, ("community.thread", idea.pk), label=idea.title, url="/")
    notifications.unfollow(left, ("community.thread", idea.pk))  # chose to stop hearing
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(agent, idea, status="shipped", reason="In app 5.2, out today.")
    told = Notification.objects.filter(kind=Kind.COMMUNITY_STATUS)
    assert set(told.values_list("recipient_id", flat=True)) == {customer.pk, voter.pk, follower.pk}
    assert all("Shipped: In app 5.2, out today." in n.text for n in told)
    sent = {m.to[0]: m for m in mail.outbox}
    assert set(sent) == {customer.email, voter.email, follower.email}
    assert "In app 5.2, out today." in sent[voter.email].body
    assert sent[voter.email].extra_headers["List-Unsubscribe"].startswith("<http")


def test_someone_who_turned_status_mail_off_is_told_on_the_site_only(
    idea, agent, django_capture_on_commit_callbacks
):
    voter = UserFactory()
    upvote(voter, idea)
    notifications.set_preferences(voter, {Kind.COMMUNITY_STATUS.value: "app"})
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(agent, idea, status="declined", reason="Out of scope for now.")
    assert Notification.objects.filter(recipient=voter, kind=Kind.COMMUNITY_STATUS).exists()
    assert voter.email not in [m.to[0] for m in mail.outbox]


def test_the_api_shows_an_ideas_new_status(client, idea, agent):
    actions.change_status(agent, idea, status="in_progress", reason="Being built.")
    data = client.get(f"/api/v1/threads/{idea.pk}").json()
    assert (data["status"], data["status_reason"]) == ("in_progress", "Being built.")


def test_the_migration_maps_ideas_old_statuses_and_leaves_questions_alone(space, agent):
    migration = importlib.import_module("openline.community.migrations.0014_idea_statuses")
    open_idea, planned, wont_fix = (ThreadFactory(space=space, kind="idea") for _ in range(3))
    question = ThreadFactory(space=space, kind="question")
    Thread.objects.filter(pk=open_idea.pk).update(status="open")
    Thread.objects.filter(pk=planned.pk).update(
        status="planned", status_reason="Spring.", status_changed_by=agent
    )
    Thread.objects.filter(pk__in=[wont_fix.pk, question.pk]).update(status="wont_fix")
    migration.ideas_forward(apps, None)
    statuses = dict(Thread.objects.values_list("pk", "status"))
    assert statuses[open_idea.pk] == "new"
    assert statuses[planned.pk] == "planned"
    assert statuses[wont_fix.pk] == "declined"
    assert statuses[question.pk] == "wont_fix"
    first = StatusChange.objects.get(thread=planned)
    assert (first.status, first.reason, first.changed_by_id) == ("planned", "Spring.", agent.pk)
