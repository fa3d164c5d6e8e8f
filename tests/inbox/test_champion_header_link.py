"""The site header links a super-user who opted in to the champion queue (session 26, qa-v14:
before, they reached it only from the super-user programme page); nobody else sees the link."""

import pytest

from openline.inbox.champions import actions as champion_actions
from openline.inbox.models import ChampionArea

from ..factories import post

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
