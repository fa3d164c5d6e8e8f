"""The site header links a super-user or a trust-level-4 member who opted in to the champion
queue (session 26, qa-v14, for super-users: before, they reached it only from the super-user
programme page; session 27, qa-v15, for trust level 4, without a query more on any member's
page); nobody else sees the link."""

import copy

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openline.inbox.champions import actions as champion_actions
from openline.inbox.models import ChampionArea

from ..factories import post, set_level

LINK = '<a href="/champions/">'


def header_of(client, url: str, language: str = "en") -> str:
    page = client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    assert page.status_code == 200
    return page.text.split("</header>", 1)[0]


@pytest.fixture
def area(space):
    return ChampionArea.objects.create(name="Thermostats", space=space)


def test_a_super_user_who_opted_in_finds_the_champion_queue_in_the_header(
    client, superuser, area, space, customer
):
    champion_actions.opt_in(superuser, areas=[area])
    thread = post(customer, space)
    client.force_login(superuser)

    assert f"{LINK}Champion queue</a>" in header_of(client, "/")
    assert f"{LINK}Champion-Warteschlange</a>" in header_of(client, "/", "de")
    # the thread page, served from a skeleton shared by readers of the same kind
    assert LINK in header_of(client, thread.get_absolute_url())
    assert client.get("/champions/").status_code == 200


@pytest.mark.parametrize("who", ["customer", "agent", "moderator"])
def test_nobody_but_a_champion_sees_the_champion_queue_in_the_header(
    client, who, request, space, customer
):
    thread = post(customer, space)
    client.force_login(request.getfixturevalue(who))

    assert LINK not in header_of(client, "/")
    assert LINK not in header_of(client, thread.get_absolute_url())


def test_a_super_user_who_did_not_opt_in_or_left_has_no_link(
    client, superuser, area, space, customer
):
    """The queue would send them to the opt-in page; the programme page offers that."""
    thread = post(customer, space)
    client.force_login(superuser)
    assert LINK not in header_of(client, "/")
    assert LINK not in header_of(client, thread.get_absolute_url())

    champion_actions.opt_in(superuser, areas=[area])
    champion_actions.opt_out(superuser)

    assert LINK not in header_of(client, "/")
    assert LINK not in header_of(client, thread.get_absolute_url())


# Trust-level-4 members (session 27, qa-v15): champions by trust, not by the programme's role.


def test_a_trust_level_4_member_who_opted_in_finds_the_champion_queue_in_the_header(
    client, customer, area, space
):
    set_level(customer, 4)
    champion_actions.opt_in(customer, areas=[area])
    thread = post(customer, space)
    client.force_login(customer)

    # a list page, the thread page, and pages that read neither level nor opt-in themselves
    for url in ("/", space.get_absolute_url(), thread.get_absolute_url(), "/notifications/"):
        assert f"{LINK}Champion queue</a>" in header_of(client, url), url
    assert f"{LINK}Champion-Warteschlange</a>" in header_of(
        client, f"/u/{customer.username}/", "de"
    )
    assert client.get("/champions/").status_code == 200


def test_a_trust_level_4_member_who_did_not_opt_in_has_no_link(client, customer, space):
    set_level(customer, 4)
    thread = post(customer, space)
    client.force_login(customer)

    for url in ("/", thread.get_absolute_url(), "/notifications/"):
        assert LINK not in header_of(client, url), url


def test_a_member_whose_level_fell_below_4_loses_the_link_though_still_opted_in(
    client, customer, area, space
):
    set_level(customer, 4)
    champion_actions.opt_in(customer, areas=[area])
    client.force_login(customer)
    assert LINK in header_of(client, "/notifications/")

    set_level(customer, 3)

    for url in ("/", space.get_absolute_url(), "/notifications/"):
        assert LINK not in header_of(client, url), url


def _queries(client, url: str) -> int:
    client.get(url)  # the shared pages' first render
    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


def _without_the_champion_link(settings) -> None:
    templates = copy.deepcopy(settings.TEMPLATES)
    processors = templates[0]["OPTIONS"]["context_processors"]
    processors.remove("openline.inbox.context_processors.champions")
    settings.TEMPLATES = templates


def test_the_champion_link_costs_a_member_no_query_on_any_page(
    client, customer, other_customer, space, settings
):
    set_level(other_customer, 2)
    thread = post(customer, space)
    client.force_login(other_customer)
    urls = ("/", space.get_absolute_url(), thread.get_absolute_url(), "/notifications/",
            f"/u/{customer.username}/", "/search/?q=valve")  # fmt: skip
    with_link = {url: _queries(client, url) for url in urls}

    _without_the_champion_link(settings)

    assert with_link == {url: _queries(client, url) for url in urls}
