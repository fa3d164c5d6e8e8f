from datetime import timedelta
from xml.etree import ElementTree

import pytest
from django.test import override_settings
from django.utils import timezone

from openline.community import actions
from openline.community.models import Thread

from ..factories import PASSWORD, SpaceFactory, TagFactory, ThreadFactory

ATOM = {"atom": "http://www.w3.org/2005/Atom"}
SITE = "https://help.example"


def read_feed(client, path: str) -> ElementTree.Element:
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/atom+xml; charset=utf-8"
    return ElementTree.fromstring(response.content)  # noqa: S314 (our own output)


def entry_titles(feed: ElementTree.Element) -> list[str]:
    return [e.findtext("atom:title", namespaces=ATOM) for e in feed.findall("atom:entry", ATOM)]


def test_the_community_feed_lists_public_threads_and_never_a_private_one(
    client, question, private_thread
):
    feed = read_feed(client, "/feed.atom")
    assert entry_titles(feed) == [question.title]
    assert private_thread.title not in client.get("/feed.atom").content.decode()


def test_a_member_of_a_private_space_still_gets_the_public_feed_only(
    client, superuser, question, private_thread
):
    client.login(username=superuser.username, password=PASSWORD)
    assert entry_titles(read_feed(client, "/feed.atom")) == [question.title]


@override_settings(SITE_URL=SITE)
def test_an_entry_carries_absolute_links_the_author_the_html_and_the_last_activity(
    client, question, agent
):
    TagFactory(slug="wifi", name="Wi-Fi")
    actions.edit_thread(
        question.author, question, title=question.title, body="It **drops**.", tags=["wifi"]
    )
    actions.create_reply(agent, question, body="We are on it.")
    question.refresh_from_db()
    entry = read_feed(client, "/feed.atom").find("atom:entry", ATOM)
    assert entry.find("atom:link", ATOM).get("href") == SITE + question.get_absolute_url()
    assert entry.findtext("atom:id", namespaces=ATOM) == f"{SITE}/t/{question.pk}/"
    assert entry.findtext("atom:author/atom:name", namespaces=ATOM) == "Casey Customer"
    assert entry.findtext("atom:author/atom:uri", namespaces=ATOM) == f"{SITE}/u/casey/"
    assert entry.findtext("atom:content", namespaces=ATOM) == "<p>It <strong>drops</strong>.</p>\n"
    assert entry.findtext("atom:updated", namespaces=ATOM) == question.last_activity_at.isoformat()
    assert entry.findtext("atom:published", namespaces=ATOM) == question.created_at.isoformat()
    assert entry.find("atom:category", ATOM).get("term") == "Wi-Fi"


@override_settings(SITE_URL=SITE)
def test_the_feed_names_itself_on_the_public_address(client, db):
    feed = read_feed(client, "/feed.atom")
    assert feed.findtext("atom:title", namespaces=ATOM) == "Halden Home Community"
    assert feed.findtext("atom:id", namespaces=ATOM) == f"{SITE}/feed.atom"
    links = {link.get("rel"): link.get("href") for link in feed.findall("atom:link", ATOM)}
    assert links == {"alternate": f"{SITE}/", "self": f"{SITE}/feed.atom"}


def test_the_feed_holds_the_50_most_recently_active_threads(client, customer, space):
    start = timezone.now() - timedelta(days=1)
    Thread.objects.bulk_create(
        ThreadFactory.build(
            space=space, author=customer, title=f"Schedule question number {n}",
            last_activity_at=start + timedelta(minutes=n),
        )
        for n in range(51)
    )  # fmt: skip
    titles = entry_titles(read_feed(client, "/feed.atom"))
    assert len(titles) == 50
    assert titles[0] == "Schedule question number 50"
    assert "Schedule question number 0" not in titles


def test_a_space_feed_lists_only_that_space(client, customer, question):
    other = SpaceFactory(name="Boilers", slug="boilers")
    actions.create_thread(
        customer, other, kind="question", title="Boiler pressure keeps dropping", body="1.2 bar.",
    )  # fmt: skip
    feed = read_feed(client, "/s/thermostats/feed.atom")
    assert entry_titles(feed) == [question.title]
    assert feed.findtext("atom:title", namespaces=ATOM) == "Thermostats · Halden Home Community"


def test_a_private_space_feed_is_not_found_even_for_its_members(client, superuser, private_thread):
    assert client.get("/s/champions/feed.atom").status_code == 404
    client.login(username=superuser.username, password=PASSWORD)
    assert client.get("/s/champions/feed.atom").status_code == 404


def test_an_unknown_space_feed_is_not_found(client, db):
    assert client.get("/s/no-such-space/feed.atom").status_code == 404


def test_a_control_character_in_a_post_does_not_break_the_feed(client, customer, space):
    actions.create_thread(
        customer, space, kind="question", title="Pasted\x01 from a PDF viewer",
        body="Odd\x08 characters\x1b here.",
    )  # fmt: skip
    feed = read_feed(client, "/feed.atom")
    assert entry_titles(feed) == ["Pasted from a PDF viewer"]


@pytest.mark.parametrize(
    ("path", "queries"),
    [
        ("/feed.atom", 3),
        ("/s/thermostats/feed.atom", 3),
    ],  # public spaces or the space, threads, tags
)
def test_a_feed_takes_a_fixed_number_of_queries_whatever_its_length(
    client, space, customer, path, queries, django_assert_num_queries
):
    for n in range(5):
        actions.create_thread(
            customer, space, kind="idea", title=f"Idea number {n} for the app", body="Please.",
        )  # fmt: skip
    with django_assert_num_queries(queries):
        client.get(path)
