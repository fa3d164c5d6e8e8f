"""Merging a duplicate question into the thread that answers it: nothing is lost, both
addresses keep working, and lists show the question once."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.test import Client

from openline.community import actions, search
from openline.community.models import Thread, ThreadStatus, Vote
from tests.factories import UserFactory, set_level


@pytest.fixture
def original(customer, space):
    return actions.create_thread(
        customer, space, kind="question", title="Thermostat loses Wi-Fi every night",
        body="It drops off around 2am.",
    )  # fmt: skip


@pytest.fixture
def duplicate(other_customer, space):
    return actions.create_thread(
        other_customer, space, kind="question", title="Wifi drops on my thermostat overnight",
        body="Every night the app says offline.",
    )  # fmt: skip


def test_merging_moves_the_question_replies_and_votes_into_the_original(
    original, duplicate, agent, moderator, superuser, other_customer
):
    answer = actions.create_reply(agent, duplicate, body="Update to firmware 4.13, it fixes it.")
    actions.toggle_vote(superuser, duplicate, answer)
    actions.toggle_vote(superuser, duplicate)  # votes for both questions: counted once
    actions.toggle_vote(superuser, original)
    actions.toggle_vote(moderator, duplicate)
    actions.accept_answer(other_customer, answer)

    merged = actions.merge_thread(moderator, duplicate, into=original)

    assert merged == original
    bodies = [r.body for r in original.replies.order_by("created_at", "id")]
    assert bodies == [
        "**Wifi drops on my thermostat overnight**\n\nEvery night the app says offline.",
        "Update to firmware 4.13, it fixes it.",
    ]
    assert original.replies.first().author == other_customer
    assert original.reply_count == 2
    assert original.status == ThreadStatus.ANSWERED  # accepting is the original asker's call
    assert original.upvote_count == 2  # superuser once, moderator once
    assert Vote.objects.filter(thread=original, reply__isnull=True).count() == 2
    answer.refresh_from_db()
    assert answer.thread == original and answer.upvote_count == 1

    duplicate.refresh_from_db()
    assert duplicate.merged_at is not None and duplicate.merged_by == moderator
    assert duplicate.duplicate_of == original
    assert duplicate.reply_count == 0 and duplicate.accepted_reply is None


def test_the_old_address_answers_301_to_the_original(original, duplicate, moderator):
    actions.merge_thread(moderator, duplicate, into=original)
    client = Client()
    for path in (duplicate.get_absolute_url(), f"/t/{duplicate.pk}/"):
        answer = client.get(path)
        assert answer.status_code == 301
        assert answer["Location"] == original.get_absolute_url()


def test_a_merged_question_is_listed_and_found_once(original, duplicate, moderator):
    actions.merge_thread(moderator, duplicate, into=original)
    home = Client().get("/").content.decode()
    assert original.title in home and duplicate.title not in home
    hits = search.search(None, "wifi drops thermostat overnight")
    assert [h.thread.pk for h in hits] == [original.pk]
    sitemap = Client().get("/sitemap-threads.xml").content.decode()
    assert f"/t/{original.pk}/" in sitemap and f"/t/{duplicate.pk}/" not in sitemap


def test_a_merge_through_the_triage_page_leads_to_the_original(
    client, original, duplicate, other_customer
):
    set_level(other_customer, 3)  # regulars may triage
    client.force_login(other_customer)
    answer = client.post(
        f"/t/{duplicate.pk}/-/triage/", {"operation": "merge", "original": f"/t/{original.pk}/"}
    )
    assert answer.status_code == 302
    assert answer["Location"] == original.get_absolute_url()
    assert Thread.objects.get(pk=duplicate.pk).merged_at is not None


def test_a_new_member_cannot_merge(client, original, duplicate):
    newcomer = UserFactory(username="newbie")
    with pytest.raises(PermissionDenied):
        actions.merge_thread(newcomer, duplicate, into=original)
    client.force_login(newcomer)
    answer = client.post(
        f"/t/{duplicate.pk}/-/triage/", {"operation": "merge", "original": str(original.pk)}
    )
    assert answer.status_code == 403
    assert Thread.objects.get(pk=duplicate.pk).merged_at is None


def test_merging_twice_or_into_itself_is_refused_with_a_reason(original, duplicate, moderator):
    with pytest.raises(ValidationError, match="cannot duplicate itself"):
        actions.merge_thread(moderator, duplicate, into=duplicate)
    actions.merge_thread(moderator, duplicate, into=original)
    with pytest.raises(ValidationError, match="merged already"):
        actions.merge_thread(moderator, Thread.objects.get(pk=duplicate.pk), into=original)


def test_a_public_question_is_not_merged_into_a_private_space(duplicate, moderator, private_thread):
    with pytest.raises(ValidationError, match="everyone who reads this one can read"):
        actions.merge_thread(moderator, duplicate, into=private_thread)
    assert Thread.objects.get(pk=duplicate.pk).merged_at is None


def test_a_reply_to_a_merged_thread_is_refused_with_where_to_go(
    original, duplicate, moderator, agent
):
    actions.merge_thread(moderator, duplicate, into=original)
    with pytest.raises(ValidationError, match="merged into another thread"):
        actions.create_reply(agent, Thread.objects.get(pk=duplicate.pk), body="Late answer")


def test_a_thread_merged_into_one_that_was_merged_leads_to_the_last(
    original, duplicate, moderator, customer, space
):
    third = actions.create_thread(
        customer, space, kind="question", title="Thermostat goes offline at 2am",
        body="Same here.",
    )  # fmt: skip
    actions.merge_thread(moderator, third, into=duplicate)
    actions.merge_thread(moderator, Thread.objects.get(pk=duplicate.pk), into=original)
    answer = Client().get(f"/t/{third.pk}/")
    assert answer["Location"] == original.get_absolute_url()
    # the second question, and the third one (a reply in the second since the first merge)
    assert original.replies.count() == 2
