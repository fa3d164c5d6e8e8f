"""Likely duplicates: a new thread asking what an earlier one asks is flagged to triage when it
is posted, and triage merges, marks or dismisses it from one queue."""

import pytest
from django.utils import timezone

from openline.community import actions
from openline.community.models import Thread
from openline.knowledge.models import DuplicateFlag, FlagOutcome
from tests.factories import UserFactory, set_level


@pytest.fixture
def earlier(customer, space, post):
    return post(
        customer, space, "Thermostat keeps dropping off the wifi at night",
        "Every night around 2am the thermostat goes offline and the app cannot reach it.",
    )  # fmt: skip


@pytest.fixture
def repeat(other_customer, space, post, earlier):
    return post(
        other_customer, space, "My thermostat loses its wifi connection every night",
        "Each night the thermostat goes offline and the app says it cannot connect.",
    )  # fmt: skip


@pytest.fixture
def regular(other_customer):
    triager = UserFactory(username="reggie")
    set_level(triager, 3)
    return triager


def test_a_new_thread_asking_the_same_is_flagged_with_the_earlier_one(earlier, repeat):
    flag = DuplicateFlag.objects.get()
    assert (flag.thread, flag.candidate) == (repeat, earlier)
    assert flag.score >= 0.65 and flag.outcome == ""


def test_a_different_question_is_not_flagged(customer, space, post, earlier):
    post(customer, space, "How do I change the billing address on my invoice?",
         "We moved offices last month and need the new address on invoices.")  # fmt: skip
    assert not DuplicateFlag.objects.exists()


def test_the_earlier_thread_is_never_flagged_as_a_copy_of_the_later(earlier, repeat):
    assert not DuplicateFlag.objects.filter(thread=earlier).exists()


def test_a_public_thread_is_not_pointed_to_a_private_one(
    superuser, vip_space, customer, space, post
):
    night = "Every night around 2am the thermostat goes offline and the app cannot reach it."
    post(superuser, vip_space, "Thermostat keeps dropping off the wifi at night", night)
    post(customer, space, "My thermostat loses its wifi connection every night", night)
    assert not DuplicateFlag.objects.exists()


def test_triage_sees_the_queue_and_a_new_member_does_not(
    client, regular, customer, repeat, earlier
):
    client.force_login(customer)  # the asker of the earlier thread: trust level 0
    assert client.get("/triage/duplicates/").status_code == 403
    client.force_login(regular)
    page = client.get("/triage/duplicates/").content.decode()
    assert repeat.title in page and earlier.title in page
    assert "Merge into the earlier thread" in page


def test_merging_from_the_queue_merges_and_clears_the_flag(client, regular, repeat, earlier):
    client.force_login(regular)
    flag = DuplicateFlag.objects.get()
    answer = client.post(f"/triage/duplicates/{flag.pk}/", {"outcome": "merged"})
    assert answer.status_code == 302
    repeat.refresh_from_db()
    assert repeat.merged_at is not None and repeat.duplicate_of == earlier
    flag.refresh_from_db()
    assert (flag.outcome, flag.resolved_by) == (FlagOutcome.MERGED, regular)
    assert repeat.title not in client.get("/triage/duplicates/").content.decode()
    assert client.get(f"/t/{repeat.pk}/").status_code == 301


def test_marking_from_the_queue_points_readers_to_the_earlier_thread(
    client, regular, repeat, earlier
):
    client.force_login(regular)
    flag = DuplicateFlag.objects.get()
    client.post(f"/triage/duplicates/{flag.pk}/", {"outcome": "marked"})
    repeat.refresh_from_db()
    assert repeat.duplicate_of == earlier and repeat.merged_at is None


def test_dismissing_keeps_both_threads_and_the_flag_does_not_come_back(
    client, regular, repeat, earlier
):
    client.force_login(regular)
    flag = DuplicateFlag.objects.get()
    client.post(f"/triage/duplicates/{flag.pk}/", {"outcome": "dismissed"})
    assert Thread.objects.get(pk=repeat.pk).duplicate_of is None
    from openline.knowledge.duplicates import check_new_thread

    assert check_new_thread(repeat.pk) is None  # the task run again (a retry) flags nothing new
    assert DuplicateFlag.objects.get().outcome == FlagOutcome.DISMISSED


def test_a_decided_flag_or_a_bad_outcome_is_refused(client, regular, repeat):
    client.force_login(regular)
    flag = DuplicateFlag.objects.get()
    assert client.post(f"/triage/duplicates/{flag.pk}/", {"outcome": "delete"}).status_code == 400
    client.post(f"/triage/duplicates/{flag.pk}/", {"outcome": "dismissed"})
    assert client.post(f"/triage/duplicates/{flag.pk}/", {"outcome": "merged"}).status_code == 404
    assert Thread.objects.get(pk=repeat.pk).merged_at is None


def test_a_thread_marked_meanwhile_leaves_the_queue(moderator, client, regular, repeat, earlier):
    actions.mark_duplicate(moderator, repeat, original=earlier)
    client.force_login(regular)
    assert repeat.title not in client.get("/triage/duplicates/").content.decode()


def test_the_queue_reads_a_constant_number_of_queries(
    client, regular, customer, space, post, django_assert_max_num_queries
):
    for n in range(3):
        post(customer, space, f"Boiler pressure drops every week number {n}",
             "The boiler pressure falls below one bar every few days.")  # fmt: skip
    client.force_login(regular)
    with django_assert_max_num_queries(14) as few:
        client.get("/triage/duplicates/")
    for n in range(3, 8):
        newer = actions.create_thread(  # no task runs: flagged by hand below
            customer, space, kind="question", title=f"Radiator valve stuck case {n}", body="Stuck."
        )
        DuplicateFlag.objects.create(
            thread=newer,
            candidate=Thread.objects.first(), score=0.9, created_at=timezone.now(),
        )  # fmt: skip
    with django_assert_max_num_queries(len(few.captured_queries)):
        client.get("/triage/duplicates/")
