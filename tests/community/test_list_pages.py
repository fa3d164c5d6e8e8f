"""Home and space pages for signed-in readers (issue 19): each reader gets their own controls,
header and token from a page shared by readers of their kind, every change shows on the next
request, and the pages ask a fixed number of queries whatever the community holds."""

import re

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from openline.accounts.models import Role
from openline.community import actions, moderation, notify, selectors, thread_page
from openline.community.models import Space, Tag
from openline.notifications.models import Kind, Notification

from ..factories import PASSWORD, SpaceFactory, TagFactory, UserFactory

TOKEN = re.compile(r'name="csrfmiddlewaretoken" value="([A-Za-z0-9]{64})"')
MASKED = re.compile(r"[A-Za-z0-9]{64}")  # a masked CSRF token: a new one on every page


def reader(user) -> Client:
    client = Client()
    client.login(username=user.username, password=PASSWORD)
    return client


def page(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return response.content.decode()


def badge(html: str) -> str | None:
    found = re.search(
        r'class="notif"[^>]*>Notifications(?: <span class="count">([^<]+)</span>)?', html
    )
    assert found, "the header has a notifications link"
    return found.group(1)


@pytest.mark.parametrize(
    "url", ["/", "/s/thermostats/", "/s/thermostats/?sort=top", "/tags/firmware/"]
)
def test_a_list_page_asks_three_queries_whatever_the_community_holds(
    url, space, question, customer, other_customer, superuser
):
    TagFactory(slug="firmware", name="Firmware")
    client = reader(other_customer)
    page(client, url)
    with CaptureQueriesContext(connection) as few:
        page(client, url)
    for n in range(3):
        SpaceFactory(name=f"Valves {n}")
        private = SpaceFactory(name=f"Beta {n}", is_private=True)
        private.members.add(other_customer, superuser)
        notify.set_following(other_customer, private, following=True)
        actions.create_thread(
            customer, space, kind="question", title=f"Valve number {n}", body="Clicks.",
            tags=["firmware"],
        )  # fmt: skip
        actions.create_thread(
            superuser, private, kind="idea", title=f"Beta build {n} notes", body="Fine."
        )
        Notification.objects.create(
            recipient=other_customer, kind=Kind.COMMUNITY_REPLY, text=f"Reply {n}", url="/",
            about_type=notify.THREAD, about_id=question.pk,
        )  # fmt: skip
    page(client, url)  # renders the new list once
    with CaptureQueriesContext(connection) as many:
        html = page(client, url)
    assert "Valve number 2" in html and 'href="/s/beta-2/"' in html
    # The session, the user, and the page's own state: the spaces the reader may see, the
    # lists counter, the spaces they follow, their unread count (and the tag, if followed).
    assert len(few) == len(many) == 3


def test_two_readers_of_one_space_each_see_their_own_controls_and_header(
    space, question, customer, other_customer, moderator
):
    hidden = actions.create_thread(
        other_customer, space, kind="question", title="Rude title here", body="Rude words."
    )
    moderation.hide_post(moderator, hidden)
    notify.set_following(customer, space, following=True)
    url = "/s/thermostats/"
    seen = {}
    for person in (customer, other_customer, moderator, customer, other_customer, moderator):
        client = reader(person)
        seen[person.username] = (page(client, url), client)

    casey, casey_client = seen["casey"]
    olive, olive_client = seen["olive"]
    morgan, _ = seen["morgan"]
    assert 'href="/u/casey/">Casey Customer</a>' in casey
    assert "Olive Other</a>" not in casey and "/u/olive/" not in casey
    assert 'href="/u/olive/">Olive Other</a>' in olive
    assert 'aria-pressed="true"' in casey and "✓ Following" in casey
    assert 'aria-pressed="false"' in olive and "✓ Following" not in olive
    # Only the moderator's list shows the hidden thread, and their header the flag queue.
    assert "Rude title here" in morgan and 'href="/moderation/flags/"' in morgan
    assert "Rude title here" not in casey and 'href="/moderation/flags/"' not in casey
    # Every form carries the reader's own CSRF token: posting with it is accepted.
    token = TOKEN.search(olive).group(1)
    assert set(TOKEN.findall(olive)) == {token}
    assert token not in casey
    response = olive_client.post(
        "/s/thermostats/follow/", {"follow": "1", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302
    assert "✓ Following" in page(olive_client, url)
    assert "✓ Following" in page(casey_client, url)


def test_each_reader_sees_their_own_unread_count_at_once(question, customer, other_customer):
    def notify_of_a_reply(person) -> None:
        Notification.objects.create(
            recipient=person, kind=Kind.COMMUNITY_REPLY, text="A reply", url="/",
            about_type=notify.THREAD, about_id=question.pk,
        )  # fmt: skip

    casey, olive = reader(customer), reader(other_customer)
    assert badge(page(casey, "/")) is None
    notify_of_a_reply(customer)
    for _ in range(3):
        notify_of_a_reply(other_customer)
    assert badge(page(casey, "/")) == "1"
    assert badge(page(olive, "/")) == "3"
    assert badge(page(casey, "/s/thermostats/")) == "1"


def test_a_readers_name_is_escaped_where_the_shared_page_puts_it(space, question):
    sly = UserFactory(username="sly", display_name="<b>Sly</b> & co", role=Role.CUSTOMER)
    html = page(reader(sly), "/")
    assert "&lt;b&gt;Sly&lt;/b&gt; &amp; co" in html and "<b>Sly</b>" not in html


def test_a_new_thread_shows_on_the_next_home_and_space_page(space, question, customer, agent):
    client = reader(agent)
    for url in ("/", "/s/thermostats/"):
        assert "Valve clicks at night" not in page(client, url)
    thread = actions.create_thread(
        customer, space, kind="question", title="Valve clicks at night", body="Since Monday."
    )
    for url in ("/", "/s/thermostats/"):
        assert "Valve clicks at night" in page(client, url)
    moderation.hide_post(UserFactory(role=Role.MODERATOR), thread)
    for url in ("/", "/s/thermostats/"):
        assert "Valve clicks at night" not in page(client, url)


def test_a_reply_shows_in_the_lists_count_at_once(space, question, agent, other_customer):
    client = reader(other_customer)
    assert "<strong>0</strong>" in page(client, "/s/thermostats/")
    actions.create_reply(agent, question, body="Update to 4.12.2, please.")
    assert "<strong>1</strong>" in page(client, "/s/thermostats/")


def test_a_private_space_shows_to_a_member_at_once_and_to_nobody_else(
    space, question, customer, other_customer
):
    beta = SpaceFactory(name="Beta testers", slug="beta", is_private=True)
    client, other = reader(customer), reader(other_customer)
    assert "Beta testers" not in page(client, "/")
    assert client.get("/s/beta/").status_code == 404
    beta.members.add(customer)
    assert "Beta testers" in page(client, "/")
    assert "Beta testers" in page(client, "/s/beta/")
    assert "Beta testers" not in page(other, "/")
    assert other.get("/s/beta/").status_code == 404
    Space.objects.filter(pk=beta.pk).update(name="Beta circle")
    assert "Beta circle" in page(client, "/") and "Beta testers" not in page(client, "/")


def test_a_reader_in_german_gets_the_german_page_after_an_english_reader(space, question):
    english = UserFactory(username="erin", role=Role.CUSTOMER)
    german = UserFactory(username="greta", role=Role.CUSTOMER, language="de")
    assert 'lang="en"' in page(reader(english), "/")
    html = page(reader(german), "/")
    assert '<html lang="de">' in html and 'href="/u/greta/"' in html


def test_the_spaces_come_in_the_order_everyone_else_reads_them(db, customer):
    SpaceFactory(name="Zeta", slug="zeta", position=1)
    SpaceFactory(name="Alpha", slug="alpha", position=2)
    SpaceFactory(name="Beta", slug="beta", position=1)
    html = page(reader(customer), "/")
    sidebar = html[html.index('<aside class="sidebar">') :]
    found = re.findall(r'<li><a href="/s/([a-z]+)/">', sidebar)
    assert found == ["beta", "zeta", "alpha"]


def test_a_signed_in_list_page_is_the_page_a_full_render_gives(
    monkeypatch, space, question, private_thread, superuser
):
    client = reader(superuser)
    url = "/s/champions/"
    other = UserFactory(role=Role.SUPERUSER)
    private_thread.space.members.add(other)
    page(reader(other), url)  # another member's visit renders the shared page
    shared = MASKED.sub("TOKEN", page(client, url))
    with monkeypatch.context() as patch:
        patch.setattr(thread_page, "shared_page", lambda *args: None)
        full = MASKED.sub("TOKEN", page(client, url))
    assert shared == full


def test_each_page_and_sort_of_a_list_is_its_own_and_a_page_past_the_last_is_not_found(
    settings, space, customer, agent
):
    settings.OPENLINE = {**settings.OPENLINE, "PAGE_SIZE": 2}
    for n in range(5):
        actions.create_thread(
            customer, space, kind="question", title=f"Pairing question {n}", body="How?"
        )
    actions.toggle_vote(agent, space.threads.get(title="Pairing question 0"))
    client = reader(agent)
    for url in ("/", "/s/thermostats/"):
        first, second = page(client, url), page(client, f"{url}?page=2")
        assert "Pairing question 4" in first and "Pairing question 4" not in second
        assert "Pairing question 2" in second and "Pairing question 2" not in first
        assert "Pairing question 0" in page(client, f"{url}?sort=top")
        assert "Pairing question 0" not in page(client, url)
        assert client.get(f"{url}?page=9").status_code == 404
        assert client.get(f"{url}?page=9").status_code == 404  # not kept as a page either


def test_parameters_a_list_does_not_read_get_the_same_page_without_keeping_another(
    space, question, agent
):
    client = reader(agent)
    plain = MASKED.sub("TOKEN", page(client, "/s/thermostats/"))
    kept = len(thread_page._PAGES)
    for query in ("?x=1", "?utm_source=newsletter&ref=abc", "?sort=latest&x=2"):
        assert MASKED.sub("TOKEN", page(client, f"/s/thermostats/{query}")) == plain
    assert len(thread_page._PAGES) == kept


def test_staff_readers_see_their_own_header_counts(space, question, agent, moderator, customer):
    agent_page, customer_page = page(reader(agent), "/"), page(reader(customer), "/")
    assert 'href="/inbox/"' in agent_page and 'href="/inbox/"' not in customer_page
    assert 'href="/moderation/flags/"' not in agent_page
    assert 'href="/moderation/flags/"' in page(reader(moderator), "/")


@pytest.mark.parametrize("who", [None, "customer", "superuser", "agent"])
def test_the_state_of_a_list_page_names_the_spaces_the_reader_may_see(
    request, who, space, vip_space, customer
):
    SpaceFactory(name="Archive", slug="archive", is_private=True, position=5)
    SpaceFactory(name="Apps", slug="apps", position=0)
    notify.set_following(customer, space, following=True)
    user = request.getfixturevalue(who) if who else None
    state = selectors.list_page_state(user)
    assert [s.slug for s in state.spaces] == [s.slug for s in selectors.visible_spaces(user)]
    assert state.following(space) is (None if who is None else who == "customer")


def test_a_tag_page_is_each_readers_own_and_shows_a_new_thread_at_once(
    monkeypatch, space, customer, other_customer, agent
):
    firmware = TagFactory(slug="firmware", name="Firmware")
    notify.set_following(customer, firmware, following=True)
    casey, olive = reader(customer), reader(other_customer)
    assert "✓ Following" in page(casey, "/tags/firmware/")
    assert "✓ Following" not in page(olive, "/tags/firmware/")
    actions.create_thread(
        agent,
        space,
        kind="question",
        title="Firmware 4.13 rollout",
        body="When?",
        tags=["firmware"],
    )
    assert "Firmware 4.13 rollout" in page(olive, "/tags/firmware/")
    Tag.objects.filter(pk=firmware.pk).update(name="Device firmware")
    shared = MASKED.sub("TOKEN", page(olive, "/tags/firmware/"))
    assert "Tagged “Device firmware”" in shared
    with monkeypatch.context() as patch:
        patch.setattr(thread_page, "shared_page", lambda *args: None)
        assert MASKED.sub("TOKEN", page(olive, "/tags/firmware/")) == shared
    assert reader(agent).get("/tags/no-such-tag/").status_code == 404


def test_a_german_reader_sees_the_authors_role_badges_in_german(client, space, superuser, agent):
    actions.create_thread(superuser, space, kind="question", title="Valve clicks", body="Why?")
    actions.create_thread(agent, space, kind="question", title="Valve hums", body="Why?")
    german = client.get(f"/s/{space.slug}/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    badges = re.findall(r'<span class="badge[^"]*">([^<]*)</span>', german)
    assert "Super-User" in badges
    assert [b for b in badges if b.startswith("Mitarbeitende")] != []
    assert [b for b in badges if b in ("Super-user", "Staff") or b.startswith("Staff ·")] == []
