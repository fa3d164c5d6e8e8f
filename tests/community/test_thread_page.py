"""The signed-in thread page from the shared page (community.thread_page): for every role, the
page assembled from a page another reader's visit rendered is the page a full render gives this
reader, and it asks a fixed number of queries."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from openline.accounts.models import Role
from openline.community import actions, moderation, thread_page
from openline.community.models import FlagReason, Reply

from ..factories import PASSWORD, UserFactory

TOKEN = re.compile(r"[A-Za-z0-9]{64}")  # a masked CSRF token: a new one on every page


def reader(user) -> Client:
    client = Client()
    client.login(username=user.username, password=PASSWORD)
    return client


def served(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200
    return TOKEN.sub("TOKEN", response.content.decode())


def full_render(client: Client, url: str, monkeypatch) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(thread_page, "signed_in_page", lambda *args: None)
        return served(client, url)


@pytest.fixture
def admin(db):
    return UserFactory(username="ada", display_name="Ada Admin", role=Role.ADMIN)


@pytest.fixture
def busy_thread(question, customer, other_customer, superuser, agent, moderator):
    """A question with replies in every state a reader's controls depend on."""
    staff = actions.create_reply(agent, question, body="Update to **4.12.2**, please.")
    others = actions.create_reply(other_customer, question, body="Same here since Tuesday.")
    actions.create_reply(customer, question, body="Thanks, trying it tonight.")
    champions = actions.create_reply(superuser, question, body="Reset the router first.")
    hidden = actions.create_reply(other_customer, question, body="Rude words here.")
    deleted = actions.create_reply(superuser, question, body="Spam link.")
    retracted = actions.create_reply(agent, question, body="The V1 does not fit.")
    held = actions.create_reply(superuser, question, body="Waiting for a moderator.")
    actions.toggle_vote(other_customer, question, staff)
    actions.toggle_vote(superuser, question, others)
    actions.toggle_vote(agent, question)
    moderation.flag_post(other_customer, champions, reason=FlagReason.SPAM)
    moderation.hide_post(moderator, hidden)
    moderation.delete_post(moderator, deleted, reason="Advertising.")
    actions.retract_reply(agent, retracted, note="Wrong: it fits.")
    actions.accept_answer(customer, others)
    Reply.objects.filter(pk=held.pk).update(
        held_reason="A new member's first post", hidden_at=timezone.now()
    )
    actions._touch(question)
    question.refresh_from_db()
    return question


ROLES = ["customer", "other_customer", "superuser", "agent", "moderator", "admin", "newcomer"]


@pytest.fixture
def newcomer(db):
    """Signed up, address not confirmed yet: the page shows them the banner with it."""
    return UserFactory(
        username="nia", display_name="Nia <New> & Co", role=Role.CUSTOMER, email_verified=False
    )


@pytest.mark.parametrize("role", ROLES)
def test_each_reader_gets_the_page_a_full_render_gives_them(
    request, busy_thread, monkeypatch, role, admin, newcomer
):
    url = busy_thread.get_absolute_url()
    # Every other reader first: the shared pages are rendered by someone else's visit.
    for other in ROLES:
        if other != role:
            served(reader(request.getfixturevalue(other)), url)
    client = reader(request.getfixturevalue(role))
    expected = full_render(client, url, monkeypatch)
    assert served(client, url) == expected
    assert served(client, url) == expected  # and from the page this one rendered


def test_a_reader_of_the_same_kind_never_gets_anothers_name_votes_or_controls(
    busy_thread, customer, other_customer, monkeypatch
):
    third = UserFactory(username="quinn", display_name="Quinn Third", role=Role.CUSTOMER)
    url = busy_thread.get_absolute_url()
    served(reader(other_customer), url)  # renders the shared page for customers
    page = served(reader(third), url)
    assert "Olive Other</a>\n          <form" not in page
    assert '<a href="/u/quinn/">Quinn Third</a>' in page
    assert '/u/olive/">Olive Other</a>\n' not in page.split("</header>")[0]
    assert page.count('aria-pressed="true"') == 0  # olive's vote is hers
    assert "/edit/" not in page  # olive may edit her replies; quinn has none
    assert page == full_render(reader(third), url, monkeypatch)


def test_a_readers_own_strings_are_escaped(busy_thread, newcomer):
    page = served(reader(newcomer), busy_thread.get_absolute_url())
    assert "Nia &lt;New&gt; &amp; Co" in page
    assert "Nia <New>" not in page
    assert "olmark" not in page  # every marker was filled


def test_an_edit_vote_and_acceptance_show_at_once(busy_thread, customer, other_customer, agent):
    url = busy_thread.get_absolute_url()
    watcher = reader(agent)
    served(watcher, url)
    reply = busy_thread.replies.get(body__startswith="Same here")
    actions.edit_reply(other_customer, reply, body="Same here since Wednesday, actually.")
    assert "since Wednesday, actually" in served(watcher, url)
    staff = busy_thread.replies.get(body__startswith="Update to")
    actions.toggle_vote(customer, busy_thread, staff)
    article = re.search(rf'id="reply-{staff.pk}">(.*?)</article>', served(watcher, url), re.S)
    assert article is not None
    assert '<span class="n" aria-label="upvotes">2</span>' in article.group(1)


def test_a_held_reply_of_the_readers_own_is_shown_to_them_alone(
    busy_thread, superuser, other_customer
):
    url = busy_thread.get_absolute_url()
    held = busy_thread.replies.get(held_reason__gt="")
    assert f'id="reply-{held.pk}"' not in served(reader(other_customer), url)
    assert f'id="reply-{held.pk}"' in served(reader(superuser), url)
    assert f'id="reply-{held.pk}"' not in served(reader(other_customer), url)


def test_the_signed_in_thread_page_asks_four_queries_whatever_its_replies(
    busy_thread, other_customer, agent
):
    client = reader(other_customer)
    url = busy_thread.get_absolute_url()
    served(client, url)
    with CaptureQueriesContext(connection) as few:
        served(client, url)
    for n in range(20):
        actions.create_reply(
            agent, busy_thread, body=f"Thanks for the details, here is update {n}."
        )
    served(client, url)
    with CaptureQueriesContext(connection) as many:
        served(client, url)
    # Session, user, the thread's version with the right to its space, the reader's state.
    assert len(few) == len(many) == 4


def full_list_render(client: Client, url: str, monkeypatch) -> str:
    with monkeypatch.context() as patch:
        patch.setattr(thread_page, "shared_page", lambda *args: None)
        return served(client, url)


@pytest.mark.parametrize("role", ROLES)
@pytest.mark.parametrize("url", ["/", "/s/thermostats/", "/s/champions/", "/?sort=top"])
def test_home_and_spaces_are_the_pages_a_full_render_gives_each_reader(
    request, busy_thread, private_thread, monkeypatch, role, url, admin, newcomer
):
    for other in ROLES:  # the shared pages rendered by other readers' visits
        if other != role:
            reader(request.getfixturevalue(other)).get(url)
    client = reader(request.getfixturevalue(role))
    response = client.get(url)
    if response.status_code == 404:  # a private space, for a reader who is not a member
        assert role not in {"superuser", "agent", "moderator", "admin"}
        return
    expected = full_list_render(client, url, monkeypatch)
    assert served(client, url) == expected
    assert served(client, url) == expected


def test_a_new_thread_shows_on_the_next_home_page(customer, space, other_customer):
    client = reader(other_customer)
    served(client, "/")
    actions.create_thread(customer, space, kind="question", title="Valve clicks at night", body="?")
    assert "Valve clicks at night" in served(client, "/")


def test_the_user_row_read_by_id_is_the_orms(customer):
    from openline.accounts.models import User

    fast = User.objects.get(pk=customer.pk)
    orm = User.objects.filter(pk=customer.pk).get()
    fields = [f.attname for f in User._meta.concrete_fields]
    assert [getattr(fast, f) for f in fields] == [getattr(orm, f) for f in fields]
    assert fast.email_verified is True and fast.date_joined.tzinfo is not None
    with pytest.raises(User.DoesNotExist):
        User.objects.get(pk=customer.pk + 1000)


@pytest.mark.parametrize("role", ["agent", "admin", "other_customer"])
def test_a_readers_next_view_reuses_the_page_rendered_for_their_kind(request, busy_thread, role):
    client = reader(request.getfixturevalue(role))
    for url in (busy_thread.get_absolute_url(), "/", "/s/thermostats/"):
        served(client, url)
        kept = len(thread_page._SKELETONS) + len(thread_page._PAGES)
        served(client, url)
        assert len(thread_page._SKELETONS) + len(thread_page._PAGES) == kept
