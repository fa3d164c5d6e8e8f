from xml.etree import ElementTree

import pytest
from django.test import override_settings

from openline.community import actions
from openline.knowledge.sitemaps import ThreadSitemap

from ..factories import SpaceFactory, TagFactory

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
SITE = "https://help.example"

pytestmark = pytest.mark.usefixtures("public_site_url")


@pytest.fixture
def public_site_url():
    with override_settings(SITE_URL=SITE):
        yield


def read_xml(client, path: str) -> ElementTree.Element:
    response = client.get(path, HTTP_HOST="127.0.0.1")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/xml; charset=utf-8"
    return ElementTree.fromstring(response.content)  # noqa: S314 (our own output)


def entries(document: ElementTree.Element, kind: str = "url") -> dict[str, str | None]:
    """loc → lastmod of every <url> (or <sitemap>) in the document."""
    return {
        e.findtext("sm:loc", namespaces=NS): e.findtext("sm:lastmod", namespaces=NS)
        for e in document.findall(f"sm:{kind}", NS)
    }


def test_the_sitemap_index_lists_each_section_on_the_public_address(client, question):
    index = entries(read_xml(client, "/sitemap.xml"), "sitemap")
    assert list(index) == [
        f"{SITE}/sitemap-threads.xml",
        f"{SITE}/sitemap-articles.xml",
        f"{SITE}/sitemap-spaces.xml",
        f"{SITE}/sitemap-tags.xml",
    ]
    question.refresh_from_db()
    assert index[f"{SITE}/sitemap-threads.xml"] == question.last_activity_at.isoformat(
        timespec="seconds"
    )


def test_the_threads_sitemap_lists_public_threads_with_lastmod_and_never_private_ones(
    client, question, private_thread, agent
):
    actions.create_reply(agent, question, body="Update the firmware please.")
    question.refresh_from_db()
    urls = entries(read_xml(client, "/sitemap-threads.xml"))
    assert urls == {
        SITE + question.get_absolute_url(): question.last_activity_at.isoformat(timespec="seconds")
    }


def page_of(thread, limit: int = 2) -> int:
    return (thread.pk - 1) // limit + 1


def sitemap_page(number: int) -> str:
    return f"{SITE}/sitemap-threads.xml" + ("" if number == 1 else f"?p={number}")


def test_a_big_community_is_split_over_pages_listed_in_the_index(
    client, customer, space, monkeypatch
):
    monkeypatch.setattr(ThreadSitemap, "limit", 2)
    threads = [
        actions.create_thread(
            customer, space, kind="idea", title=f"Idea number {n} for you", body="x"
        )
        for n in range(5)
    ]
    pages = sorted({page_of(t) for t in threads})
    index = entries(read_xml(client, "/sitemap.xml"), "sitemap")
    assert [loc for loc in index if "threads" in loc] == [sitemap_page(n) for n in pages]
    assert len(pages) >= 3
    assert list(entries(read_xml(client, sitemap_page(pages[-1])))) == [
        SITE + t.get_absolute_url() for t in threads if page_of(t) == pages[-1]
    ]


def test_a_page_holding_only_private_threads_is_left_out(
    client, customer, space, superuser, vip_space, monkeypatch
):
    monkeypatch.setattr(ThreadSitemap, "limit", 2)
    first = actions.create_thread(
        customer, space, kind="idea", title="Public idea number one", body="x"
    )
    # Three private threads in a row fill at least one whole page of two.
    for n in range(3):
        actions.create_thread(
            superuser, vip_space, kind="idea", title=f"Secret idea {n} here", body="x"
        )
    last = actions.create_thread(
        customer, space, kind="idea", title="Public idea number two", body="x"
    )
    index = entries(read_xml(client, "/sitemap.xml"), "sitemap")
    assert [loc for loc in index if "threads" in loc] == [
        sitemap_page(page_of(first)),
        sitemap_page(page_of(last)),
    ]
    assert client.get(f"/sitemap-threads.xml?p={page_of(last) - 1}").status_code == 404
    assert list(entries(read_xml(client, sitemap_page(page_of(last))))) == [
        SITE + last.get_absolute_url()
    ]


@pytest.mark.parametrize("page", ["0", "-1", "abc", "1.5", "99", "9" * 30])
def test_a_page_that_does_not_exist_is_not_found(client, question, page):
    assert client.get(f"/sitemap-threads.xml?p={page}").status_code == 404


def test_an_empty_community_still_has_a_valid_threads_sitemap(client, db):
    assert entries(read_xml(client, "/sitemap-threads.xml")) == {}


def test_an_unknown_section_is_not_found(client, db):
    assert client.get("/sitemap-nothing.xml").status_code == 404


def test_a_threads_page_is_one_query_whatever_its_length(
    client, customer, space, django_assert_num_queries
):
    for n in range(5):
        actions.create_thread(
            customer, space, kind="idea", title=f"Idea number {n} for you", body="x"
        )
    with django_assert_num_queries(1):
        client.get("/sitemap-threads.xml")


def test_the_spaces_sitemap_lists_public_spaces_only(client, question, private_thread):
    SpaceFactory(name="Boilers", slug="boilers")
    question.refresh_from_db()
    assert entries(read_xml(client, "/sitemap-spaces.xml")) == {
        f"{SITE}/s/thermostats/": question.last_activity_at.isoformat(timespec="seconds"),
        f"{SITE}/s/boilers/": None,
    }


def test_the_tags_sitemap_lists_tags_of_public_threads_only(
    client, customer, superuser, space, vip_space
):
    TagFactory(slug="wifi", name="Wi-Fi")
    TagFactory(slug="beta", name="Beta")
    TagFactory(slug="unused", name="Unused")
    public = actions.create_thread(
        customer, space, kind="question", title="Wi-Fi drops at night", body="x", tags=["wifi"]
    )
    actions.create_thread(
        superuser,
        vip_space,
        kind="idea",
        title="Beta boost mode feedback",
        body="x",
        tags=["beta", "wifi"],
    )
    assert entries(read_xml(client, "/sitemap-tags.xml")) == {
        f"{SITE}/tags/wifi/": public.last_activity_at.isoformat(timespec="seconds")
    }


def test_sitemaps_ask_not_to_be_shown_in_results_themselves(client, db):
    assert client.get("/sitemap.xml")["X-Robots-Tag"] == "noindex"
