"""The thread page and thread lists from shared fragments (community.fragments): each reader
sees their own controls and never a stale reply, whoever rendered the shared part first."""

import re

import pytest
from django.test import Client
from django.urls import reverse

from openline.community import actions, moderation, notify, watched
from openline.community.models import FlagReason, Reply
from openline.notifications import actions as notifications
from openline.notifications.models import Kind, Notification
from openline.people import trust
from openline.people.models import TrustLevel

from ..factories import PASSWORD


def reader(user) -> Client:
    client = Client()
    client.login(username=user.username, password=PASSWORD)
    return client


def reply_html(page, reply: Reply) -> str:
    """The <article> of one reply on a thread page."""
    html = page.content.decode()
    match = re.search(rf'<article [^>]*id="reply-{reply.pk}">(.*?)</article>', html, re.S)
    assert match is not None, f"reply {reply.pk} is not on the page"
    return match.group(1)


def page(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return response.content.decode()


def vote_pressed(page, reply: Reply) -> str:
    match = re.search(r'aria-pressed="(true|false)"', reply_html(page, reply))
    assert match is not None
    return match.group(1)


@pytest.fixture
def two_replies(question, agent, other_customer):
    first = actions.create_reply(agent, question, body="Update to **4.12.2** please.")
    second = actions.create_reply(other_customer, question, body="Same here since Tuesday.")
    return first, second


def test_two_readers_each_see_their_own_votes(question, two_replies, customer, other_customer):
    first, _ = two_replies
    actions.toggle_vote(customer, question, first)
    url = question.get_absolute_url()
    voter, other = reader(customer), reader(other_customer)
    # Twice each, so the second view of each is served from the shared fragments.
    for _ in range(2):
        assert vote_pressed(voter.get(url), first) == "true"
        assert vote_pressed(other.get(url), first) == "false"


def test_each_reader_sees_edit_controls_only_on_their_own_reply(
    question, two_replies, customer, other_customer
):
    first, second = two_replies
    url = question.get_absolute_url()
    author, someone = reader(other_customer), reader(customer)
    for _ in range(2):
        by_author, by_someone = author.get(url), someone.get(url)
        assert f"/r/{second.pk}/edit/" in reply_html(by_author, second)
        assert f"/r/{first.pk}/edit/" not in reply_html(by_author, first)
        assert "/edit/" not in reply_html(by_someone, second)
        # Flagging is offered on other people's replies, never on one's own.
        assert "Flag for the moderators" not in reply_html(by_author, second)
        assert "Flag for the moderators" in reply_html(by_someone, second)


def test_the_asker_may_accept_and_another_member_may_not(
    question, two_replies, customer, other_customer
):
    first, _ = two_replies
    url = question.get_absolute_url()
    assert "Accept this answer" in reply_html(reader(customer).get(url), first)
    assert "Accept this answer" not in reply_html(reader(other_customer).get(url), first)


def test_an_edit_shows_at_once_to_a_reader_who_saw_the_reply_before(
    question, two_replies, customer, other_customer
):
    _, second = two_replies
    url = question.get_absolute_url()
    someone = reader(customer)
    assert "Same here since Tuesday." in reply_html(someone.get(url), second)
    actions.edit_reply(other_customer, second, body="Fixed by the **4.12.3** update.")
    after = reply_html(someone.get(url), second)
    assert "<strong>4.12.3</strong>" in after
    assert "Same here since Tuesday." not in after
    assert ">edited</a>" in after


def test_a_vote_count_shows_at_once(question, two_replies, customer, other_customer):
    first, _ = two_replies
    url = question.get_absolute_url()
    someone = reader(other_customer)
    assert '<span class="n" aria-label="upvotes">0</span>' in reply_html(someone.get(url), first)
    actions.toggle_vote(customer, question, first)
    assert '<span class="n" aria-label="upvotes">1</span>' in reply_html(someone.get(url), first)


def test_a_deleted_reply_loses_its_text_for_everyone_at_once(
    question, two_replies, customer, moderator
):
    _, second = two_replies
    url = question.get_absolute_url()
    someone = reader(customer)
    assert "Same here since Tuesday." in reply_html(someone.get(url), second)
    moderation.delete_post(moderator, second, reason="Personal data in the text")
    for client in (someone, reader(moderator), Client()):
        html = reply_html(client.get(url), second)
        assert "Same here since Tuesday." not in html
        assert "Deleted by a moderator</strong>: Personal data in the text" in html


def test_a_hidden_reply_is_read_by_its_author_and_moderators_only(
    question, two_replies, customer, other_customer, moderator
):
    _, second = two_replies
    url = question.get_absolute_url()
    reader(customer).get(url)  # the shared fragment is rendered before the change
    moderation.hide_post(moderator, second)
    for client, sees in [
        (reader(customer), False),
        (Client(), False),
        (reader(other_customer), True),  # its author
        (reader(moderator), True),
    ]:
        html = reply_html(client.get(url), second)
        assert ("Same here since Tuesday." in html) is sees
        assert "Hidden by a moderator" in html


def test_a_moderator_sees_moderation_tools_a_member_does_not(
    question, two_replies, customer, moderator
):
    first, _ = two_replies
    url = question.get_absolute_url()
    member_view, moderator_view = reader(customer).get(url), reader(moderator).get(url)
    assert "Moderate</summary>" not in reply_html(member_view, first)
    tools = reply_html(moderator_view, first)
    assert "Moderate</summary>" in tools
    assert f'action="/moderation/r/{first.pk}/"' in tools
    # Member first, then moderator, then member: nothing of one leaks into the other's page.
    assert "Moderate</summary>" not in reader(customer).get(url).content.decode()


def test_a_staff_reply_offers_mark_as_a_mistake_to_a_moderator_only(
    question, two_replies, customer, moderator
):
    first, _ = two_replies  # by the agent
    url = question.get_absolute_url()
    assert f"/mistakes/{first.pk}/" in reply_html(reader(moderator).get(url), first)
    assert "/mistakes/" not in reply_html(reader(customer).get(url), first)


def test_every_form_on_the_page_carries_the_readers_csrf_token(question, two_replies, customer):
    client = Client(enforce_csrf_checks=True)
    client.login(username=customer.username, password=PASSWORD)
    first, _ = two_replies
    page = client.get(question.get_absolute_url())
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', reply_html(page, first))
    assert token is not None
    vote = client.post(
        f"/t/{question.pk}/-/vote/{first.pk}/",
        {"csrfmiddlewaretoken": token.group(1)},
        HTTP_HX_REQUEST="true",
    )
    assert vote.status_code == 200
    assert 'aria-pressed="true"' in vote.content.decode()


def test_a_visitor_sees_no_controls_and_no_csrf_token(client, question, two_replies):
    first, _ = two_replies
    html = reply_html(client.get(question.get_absolute_url()), first)
    assert "csrfmiddlewaretoken" not in html
    assert '<span aria-hidden="true">▲</span>' in html
    assert "Flag" not in html


def test_a_signed_in_thread_view_runs_fewer_queries_once_the_replies_are_cached(
    question, two_replies, customer, django_assert_max_num_queries
):
    client = reader(customer)
    url = question.get_absolute_url()
    client.get(url)
    # session, user, the thread's version (with the reader's right to its space), and the
    # reader's votes, flags, follow, trust level and unread count in one: the replies, tags,
    # status history and the thread row come from the cache
    with django_assert_max_num_queries(4):
        client.get(url)


def test_a_signed_in_thread_list_runs_a_fixed_number_of_queries(
    space, customer, agent, django_assert_num_queries
):
    from ..factories import post

    for i in range(3):
        post(agent, space, title=f"Pairing question number {i}")
    client = reader(customer)
    client.get("/")
    # session, user, and in one query the spaces (for the list's scope and the sidebar), the
    # lists counter, the spaces followed and the unread count
    with django_assert_num_queries(3):
        client.get("/")
    for i in range(10):
        post(agent, space, title=f"Another pairing question {i}")
    client.get("/")
    with django_assert_num_queries(3):
        assert "Another pairing question 9" in client.get("/").content.decode()


def test_a_private_space_list_is_not_served_to_a_reader_who_cannot_see_it(
    client, private_thread, customer, superuser
):
    """Readers who see different spaces never share a cached list."""
    assert private_thread.title in reader(superuser).get("/").content.decode()
    assert private_thread.title not in reader(customer).get("/").content.decode()


def test_a_moderator_list_with_hidden_threads_is_not_served_to_members(
    question, customer, moderator
):
    moderation.hide_post(moderator, question)
    assert question.title in reader(moderator).get("/").content.decode()
    assert question.title not in reader(customer).get("/").content.decode()


def test_a_held_reply_waits_for_its_author_and_moderators_only_then_shows_approved(
    question, customer, other_customer, moderator
):
    watched.add_watched_word(moderator, phrase="giveaway", action="hold", replacement="")
    held = actions.create_reply(other_customer, question, body="A giveaway for you")
    url = question.get_absolute_url()
    member = reader(customer)
    for _ in range(2):  # the second view of each from the shared fragments
        assert "A giveaway for you" not in member.get(url).content.decode()
        own = reply_html(reader(other_customer).get(url), held)
        assert "Waiting for review" in own and "A giveaway for you" in own
        tools = reply_html(reader(moderator).get(url), held)
        assert 'value="approve"' in tools
    moderation.approve_post(moderator, held)
    shown = reply_html(member.get(url), held)
    assert "A giveaway for you" in shown and "Waiting for review" not in shown


# --- the reader's own state, read in one query (perf-signed-in) ------------------------------


def test_two_readers_each_see_their_own_flags(question, two_replies, customer, superuser):
    first, second = two_replies
    moderation.flag_post(customer, first, reason=FlagReason.SPAM)
    url = question.get_absolute_url()
    flagger, other = reader(customer), reader(superuser)
    for _ in range(2):
        assert "Flag for the moderators" not in reply_html(flagger.get(url), first)
        assert "Flag for the moderators" in reply_html(flagger.get(url), second)
        assert "Flag for the moderators" in reply_html(other.get(url), first)


def test_two_readers_each_see_their_own_follow_button(question, customer, other_customer):
    notify.set_following(other_customer, question, following=True)
    notify.set_following(customer, question, following=False)
    url = question.get_absolute_url()
    follower, other = reader(other_customer), reader(customer)
    for _ in range(2):
        assert "✓ Following" in follower.get(url).content.decode()
        assert "✓ Following" not in other.get(url).content.decode()


def test_the_header_counts_the_readers_own_unread_notifications(
    question, customer, superuser, agent
):
    for _ in range(2):
        notifications.notify(
            [customer.pk], kind=Kind.COMMUNITY_REPLY, actor=agent, line="community.reply",
            values={"actor": agent.name, "title": question.title},
            url=question.get_absolute_url(), about=notify.about(question),
        )  # fmt: skip
    unread = Notification.objects.filter(recipient=customer, read_at__isnull=True).count()
    assert unread == 2
    url = question.get_absolute_url()
    assert f'Notifications <span class="count">{unread}</span>' in page(reader(customer), url)
    assert 'Notifications <span class="count">' not in page(reader(superuser), url)


def test_triage_follows_each_readers_own_trust_level(question, customer, other_customer):
    TrustLevel.objects.create(user=other_customer, level=trust.TRIAGE_LEVEL)
    triage = reverse("community:triage", args=[question.pk])
    url = question.get_absolute_url()
    for _ in range(2):
        assert triage in page(reader(other_customer), url)
        assert triage not in page(reader(customer), url)


def test_the_reader_state_costs_the_same_queries_however_much_they_voted_and_flagged(
    question, agent, customer, other_customer, django_assert_num_queries
):
    client = reader(customer)
    url = question.get_absolute_url()
    for i in range(12):
        reply = actions.create_reply(agent if i % 2 else other_customer, question, body=f"R{i}")
        actions.toggle_vote(customer, question, reply)
        moderation.flag_post(customer, reply, reason=FlagReason.OFF_TOPIC)
        client.get(url)
        with django_assert_num_queries(4):
            html = page(client, url)
        assert html.count('title="Take back your upvote"') == i + 1


# --- sessions: a signed-out or changed-password session is never served as signed in ----------

SESSION_ENGINES = [
    "django.contrib.sessions.backends.db",
    # What settings choose with Redis: sessions read from the cache (one shared by every worker)
    "django.contrib.sessions.backends.cached_db",
]


@pytest.mark.parametrize("engine", SESSION_ENGINES)
def test_a_signed_out_session_is_not_served_the_signed_in_page(
    settings, engine, question, two_replies, customer
):
    settings.SESSION_ENGINE = engine
    first, _ = two_replies
    url = question.get_absolute_url()
    client = reader(customer)
    assert "Sign out" in page(client, url)
    assert "Sign out" in page(client, url)  # the session as the cache keeps it
    old = client.cookies["sessionid"].value
    client.post("/accounts/signout/")
    replay = Client()
    replay.cookies["sessionid"] = old
    response = replay.get(url)
    assert "Sign out" not in response.content.decode()
    assert "csrfmiddlewaretoken" not in reply_html(response, first)


@pytest.mark.parametrize("engine", SESSION_ENGINES)
def test_a_password_change_ends_the_other_sessions_at_once(settings, engine, question, customer):
    settings.SESSION_ENGINE = engine
    url = question.get_absolute_url()
    client = reader(customer)
    assert "Sign out" in page(client, url)
    customer.set_password("a-new-and-long-passphrase")
    customer.save()
    assert "Sign out" not in page(client, url)


# --- the thread bundle: access is checked on every view, the cached head is never stale -------


def test_a_private_thread_is_not_served_from_the_bundle_to_a_non_member(
    private_thread, superuser, customer, moderator
):
    url = private_thread.get_absolute_url()
    member = reader(superuser)
    assert member.get(url).status_code == 200
    assert member.get(url).status_code == 200  # the bundle is cached now
    assert reader(customer).get(url).status_code == 404
    actions.remove_space_member(moderator, private_thread.space, superuser)
    assert member.get(url).status_code == 404


def test_a_status_change_and_its_history_show_at_once(question, agent, customer):
    url = question.get_absolute_url()
    someone = reader(customer)
    assert 'id="status-history"' not in page(someone, url)
    actions.change_status(agent, question, status="planned", reason="We can reproduce it.")
    actions.change_status(agent, question, status="answered", reason="Fixed in 4.12.2.")
    html = page(someone, url)
    assert 'id="status-history"' in html
    assert "We can reproduce it." in html and "Fixed in 4.12.2." in html


def test_the_bundle_keeps_no_password_hash_nor_address(question, two_replies):
    from django.core.cache import cache

    from openline.community.fragments import _kept, _key

    Client().get(question.get_absolute_url())
    question.refresh_from_db()
    # In the cache (Redis), or kept in the process (with the per-process cache).
    key = _key(question.pk, question.version)
    bundle = cache.get(key) or _kept(key)
    assert bundle is not None
    people = [bundle.thread.author] + [r.author for r in bundle.replies]
    assert all("password" not in p.__dict__ and "email" not in p.__dict__ for p in people[1:])


def test_a_signed_in_space_page_reads_the_visible_spaces_once(
    space, customer, agent, django_assert_num_queries
):
    from ..factories import post

    for i in range(3):
        post(agent, space, title=f"Pairing question number {i}")
    client = reader(customer)
    client.get(space.get_absolute_url())
    # session, user, and in one query the spaces (the page's and the sidebar's), the lists
    # counter, the spaces followed and the unread count
    with django_assert_num_queries(3):
        client.get(space.get_absolute_url())


def test_a_private_space_page_is_not_found_for_a_non_member(vip_space, superuser, customer):
    assert reader(superuser).get(vip_space.get_absolute_url()).status_code == 200
    assert reader(customer).get(vip_space.get_absolute_url()).status_code == 404
    assert reader(customer).get("/s/no-such-space/").status_code == 404
