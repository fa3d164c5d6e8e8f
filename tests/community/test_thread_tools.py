"""Moderators' thread tools in the product: pin, move, merge (the target found by searching),
edit with a visible note, every one checked and logged; members are refused; the queue keeps
its query count as it grows."""

from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation
from django.utils.formats import date_format

from openline.community import actions, moderation, watched
from openline.community.models import ModerationLog, Revision, Thread

from ..factories import PASSWORD, UserFactory, answer, set_level


def sign_in(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


@pytest.fixture
def other_thread(other_customer, space):
    return actions.create_thread(
        other_customer, space, kind="question", title="Wifi drops on my thermostat overnight",
        body="Every night the app says offline.",
    )  # fmt: skip


def test_a_pinned_thread_leads_its_space_and_says_so(client, moderator, question, other_thread):
    page = client.get("/s/thermostats/").content.decode()
    assert page.index(other_thread.title) < page.index(question.title)
    sign_in(client, moderator).post(f"/moderation/t/{question.pk}/", {"operation": "pin"})
    page = client.get("/s/thermostats/").content.decode()
    assert page.index(question.title) < page.index(other_thread.title)
    assert "Pinned" in page
    client.post(f"/moderation/t/{question.pk}/", {"operation": "unpin"})
    question.refresh_from_db()
    assert not question.is_pinned
    logged = ModerationLog.objects.filter(thread=question).values_list("action", flat=True)
    assert sorted(logged) == ["pin", "unpin"]


def test_the_merge_target_is_found_by_searching_its_title(
    client, moderator, question, other_thread
):
    tools = f"/moderation/t/{other_thread.pk}/tools/"
    page = sign_in(client, moderator).get(f"{tools}?find=loses wi-fi")
    html = page.content.decode()
    assert f'name="into" value="{question.pk}"' in html
    assert "Merge into this one" in html
    nothing = client.get(f"/moderation/t/{other_thread.pk}/tools/?find=zebra").content.decode()
    assert "No thread matches “zebra”" in nothing


def test_a_moderator_merges_from_the_tools_page(client, moderator, question, other_thread):
    response = sign_in(client, moderator).post(
        f"/moderation/t/{other_thread.pk}/tools/", {"operation": "merge", "into": question.pk}
    )
    assert response.status_code == 302 and response["Location"] == question.get_absolute_url()
    other_thread.refresh_from_db()
    assert other_thread.merged_at is not None and other_thread.duplicate_of_id == question.pk
    log = ModerationLog.objects.get(action="merge")
    assert (log.actor, log.thread_id) == (moderator, other_thread.pk)


def test_merging_into_nothing_says_so_and_changes_nothing(client, moderator, other_thread):
    response = sign_in(client, moderator).post(
        f"/moderation/t/{other_thread.pk}/tools/", {"operation": "merge", "into": "999999"}
    )
    assert response.status_code == 400
    assert "Choose the thread to merge into" in response.content.decode()
    other_thread.refresh_from_db()
    assert other_thread.merged_at is None


def test_a_moderator_moves_a_thread_into_a_private_space(client, moderator, question, vip_space):
    sign_in(client, moderator).post(
        f"/moderation/t/{question.pk}/tools/", {"operation": "move", "space": vip_space.slug}
    )
    question.refresh_from_db()
    assert question.space == vip_space
    assert ModerationLog.objects.get(action="move").note == "Thermostats → Champions"


@pytest.mark.parametrize("level", [0, 3])
def test_members_cannot_use_the_moderator_tools(client, question, other_thread, level):
    member = UserFactory()
    set_level(member, level)
    sign_in(client, member)
    tools = f"/moderation/t/{question.pk}/tools/"
    assert client.get(tools).status_code == 403
    assert client.post(tools, {"operation": "merge", "into": other_thread.pk}).status_code == 403
    for operation in ["pin", "approve", "suspend"]:
        data = {"operation": operation, "days": "7", "reason": "x"}
        assert client.post(f"/moderation/t/{question.pk}/", data).status_code == 403
    assert client.get("/moderation/suspensions/").status_code == 403
    question.refresh_from_db()
    assert not question.is_pinned and question.merged_at is None
    assert not question.author.is_suspended
    assert not ModerationLog.objects.exists()


def test_a_moderators_edit_is_noted_on_the_post_and_kept_in_the_history(
    client, moderator, customer, question
):
    actions.edit_thread(moderator, question, title=question.title, body="Rewritten by a mod.")
    page = client.get(question.get_absolute_url()).content.decode()
    assert "Edited by a moderator" in page
    assert Revision.objects.get(thread=question).body.startswith("Since firmware 4.12")
    assert ModerationLog.objects.get(action="edit").member == customer


def test_an_authors_own_edit_carries_no_moderator_note(client, customer, question):
    actions.edit_thread(customer, question, title=question.title, body="My own new words.")
    assert "Edited by a moderator" not in client.get(question.get_absolute_url()).content.decode()


def test_a_moderator_suspends_a_flagged_author_from_the_queue(
    client, moderator, customer, question
):
    response = sign_in(client, moderator).post(
        f"/moderation/t/{question.pk}/",
        {"operation": "suspend", "days": "7", "reason": "Spam", "next": "/moderation/flags/"},
        follow=True,
    )
    assert "is suspended until" in response.content.decode()
    customer.refresh_from_db()
    assert customer.is_suspended
    assert ModerationLog.objects.get(action="suspend").member == customer


def test_a_german_moderator_reads_what_the_queue_did_in_german_with_a_german_date(
    client, moderator, customer, question
):
    """The queue's confirmations were English f-strings with "%d %b %Y" dates."""
    sign_in(client, moderator)
    until = timezone.now() + timedelta(days=7)
    with translation.override("de"):
        german_until = date_format(until, "SHORT_DATE_FORMAT")  # "12. Dez. 2026"
    locked = client.post(
        f"/moderation/t/{question.pk}/", {"operation": "lock"}, follow=True,
        HTTP_ACCEPT_LANGUAGE="de",
    ).content.decode()  # fmt: skip
    suspended = client.post(
        f"/moderation/t/{question.pk}/", {"operation": "suspend", "days": "7", "reason": "Spam"},
        follow=True, HTTP_ACCEPT_LANGUAGE="de",
    ).content.decode()  # fmt: skip
    assert "Geschlossen: keine neuen Antworten." in locked
    assert f"{customer.name} ist bis {german_until} gesperrt und abgemeldet." in suspended


def test_a_moderator_cannot_suspend_staff_from_the_queue(client, moderator, agent, question):
    reply = answer(agent, question, body="Staff answer")
    response = sign_in(client, moderator).post(
        f"/moderation/r/{reply.pk}/", {"operation": "suspend", "days": "7", "reason": "x"},
        follow=True,
    )  # fmt: skip
    assert "Staff are suspended by an admin only" in response.content.decode()
    agent.refresh_from_db()
    assert not agent.is_suspended


def test_the_suspensions_page_suspends_and_lifts_by_username(client, moderator, customer):
    sign_in(client, moderator)
    client.post("/moderation/suspensions/", {"username": "casey", "days": "3", "reason": "Spam"})
    customer.refresh_from_db()
    assert customer.is_suspended
    page = client.get("/moderation/suspensions/").content.decode()
    assert "Spam" in page and "Lift now" in page
    client.post("/moderation/suspensions/", {"username": "casey", "operation": "lift"})
    customer.refresh_from_db()
    assert not customer.is_suspended
    unknown = client.post("/moderation/suspensions/", {"username": "nobody", "reason": "x"})
    assert unknown.status_code == 400 and "No member by that username" in unknown.content.decode()


def test_the_queue_query_count_does_not_grow_with_its_rows(client, moderator, space):
    watched.add_watched_word(moderator, phrase="giveaway", action="hold")
    sign_in(client, moderator)

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/moderation/flags/").status_code == 200
        return len(captured)

    def add_rows() -> None:
        author, flagger = UserFactory(), UserFactory()
        thread = actions.create_thread(author, space, kind="question", title="A question here",
                                       body="Body.")  # fmt: skip
        reply = answer(UserFactory(), thread, body="Spam here.")
        moderation.flag_post(flagger, thread, reason="spam")
        moderation.flag_post(flagger, reply, reason="rude")
        held = actions.create_thread(author, space, kind="question", title="Held question one",
                                     body="A giveaway!")  # fmt: skip
        actions.create_reply(UserFactory(), held, body="giveaway again")

    add_rows()
    queries()  # the first page after signing in also reads what a new session needs
    few = queries()
    for _ in range(4):
        add_rows()
    assert queries() == few
    assert Thread.objects.exclude(held_reason="").count() == 5
