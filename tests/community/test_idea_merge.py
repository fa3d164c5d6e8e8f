"""A moderator merges a duplicate idea into the original: votes join with nobody counted twice,
the duplicate's author and voters follow the original and are told, its address leads there."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

from openline.community import actions
from openline.community.models import Thread, Vote
from openline.notifications.models import Follow, Kind, Notification

from ..factories import UserFactory, set_level, upvote


@pytest.fixture
def original(customer, space):
    return actions.create_thread(
        customer, space, kind="idea", title="Group rooms by floor in the app",
        body="With twelve rooms the list is long.",
    )  # fmt: skip


@pytest.fixture
def duplicate(other_customer, space):
    return actions.create_thread(
        other_customer, space, kind="idea", title="Let me sort rooms into floors",
        body="Upstairs and downstairs, please.",
    )  # fmt: skip


def voters_of(thread: Thread) -> set[int]:
    return set(
        Vote.objects.filter(thread=thread, reply__isnull=True).values_list("user_id", flat=True)
    )


def test_merging_ideas_counts_every_supporter_once(
    original, duplicate, customer, other_customer, moderator
):
    both, only_b = UserFactory(), UserFactory()
    upvote(both, original)
    upvote(both, duplicate)
    upvote(only_b, duplicate)
    upvote(customer, duplicate)  # the original's author voted for the duplicate

    merged = actions.merge_thread(moderator, duplicate, into=original)

    # The duplicate's author wanted it too: their idea counts as a vote; the original's author
    # does not vote for their own idea; `both` counts once.
    assert voters_of(merged) == {both.pk, only_b.pk, other_customer.pk}
    assert merged.upvote_count == 3
    assert voters_of(duplicate) == set()


def test_the_duplicates_author_and_voters_follow_the_original_and_are_told(
    original, duplicate, other_customer, moderator, django_capture_on_commit_callbacks
):
    voter = UserFactory()
    upvote(voter, duplicate)
    with django_capture_on_commit_callbacks(execute=True):
        actions.merge_thread(moderator, duplicate, into=original)
    following = Follow.objects.filter(about_type="community.thread", about_id=original.pk)
    assert {other_customer.pk, voter.pk} <= set(following.values_list("user_id", flat=True))
    told = Notification.objects.filter(kind=Kind.COMMUNITY_STATUS, about_id=original.pk)
    assert set(told.values_list("recipient_id", flat=True)) == {other_customer.pk, voter.pk}
    assert "was merged into “Group rooms by floor in the app”" in told.first().text


def test_a_status_change_after_the_merge_reaches_the_duplicates_people(
    original, duplicate, other_customer, moderator, agent, django_capture_on_commit_callbacks
):
    voter = UserFactory()
    upvote(voter, duplicate)
    actions.merge_thread(moderator, duplicate, into=original)
    Notification.objects.all().delete()
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(agent, original, status="planned", reason="Spring release.")
    told = set(Notification.objects.values_list("recipient_id", flat=True))
    assert {other_customer.pk, voter.pk} <= told


def test_the_merged_idea_answers_301_to_the_original(client, original, duplicate, moderator):
    actions.merge_thread(moderator, duplicate, into=original)
    response = client.get(duplicate.get_absolute_url())
    assert response.status_code == 301
    assert response["Location"] == original.get_absolute_url()


def test_only_moderators_merge_ideas(client, original, duplicate, superuser):
    set_level(superuser, 3)  # may triage and merge questions, not ideas
    with pytest.raises(PermissionDenied):
        actions.merge_thread(superuser, duplicate, into=original)
    client.force_login(superuser)
    page = client.get(reverse("community:triage", args=[duplicate.pk])).content.decode()
    assert 'id="merge"' not in page
    response = client.post(
        reverse("community:triage", args=[duplicate.pk]),
        {"operation": "merge", "original": str(original.pk)},
    )
    assert response.status_code == 403
    assert Thread.objects.get(pk=duplicate.pk).merged_at is None


def test_an_idea_merges_only_into_an_idea(question, duplicate, moderator):
    with pytest.raises(ValidationError, match="only into another idea"):
        actions.merge_thread(moderator, duplicate, into=question)
    assert Thread.objects.get(pk=duplicate.pk).merged_at is None
