"""The settings index and who reaches each settings page: admins everything, moderators the
register and the champion areas, agents and members nothing (403), visitors the sign-in page."""

import pytest
from django.urls import reverse

from openline.accounts.models import Role
from openline.guidance.models import ConfidentialTerm, PolicyRule
from openline.inbox.models import CannedReply, ChampionArea, ChannelAccount, SlaPolicy

from ..factories import UserFactory

ALL_SECTIONS = [
    "SLA policies",
    "Canned replies",
    "Guidance policy",
    "Goodwill allowance",
    "Confidential register",
    "Channels",
    "Champion areas",
    "Staff and teams",
]
MODERATOR_SECTIONS = ["Confidential register", "Champion areas"]


@pytest.fixture
def objects(db):
    return {
        "sla": SlaPolicy.objects.create(name="Standard"),
        "canned": CannedReply.objects.create(title="Thanks", body="Thanks, {customer_name}!"),
        "rule": PolicyRule.objects.create(kind="profanity", action="inform"),
        "term": ConfidentialTerm.objects.create(term="Bluefin"),
        "channel": ChannelAccount.objects.create(
            kind="webhook", name="Shop", config={}, secret_encrypted=""
        ),
        "area": ChampionArea.objects.create(name="Heating"),
    }


def admin_only_pages(o) -> list[tuple[str, str]]:
    """(method, path) of every page only admins may use."""
    return [
        ("get", "/settings/sla/"),
        ("get", "/settings/sla/new/"),
        ("post", "/settings/sla/new/"),
        ("get", f"/settings/sla/{o['sla'].pk}/"),
        ("post", f"/settings/sla/{o['sla'].pk}/"),
        ("get", "/settings/canned-replies/"),
        ("get", "/settings/canned-replies/new/"),
        ("post", "/settings/canned-replies/new/"),
        ("get", f"/settings/canned-replies/{o['canned'].pk}/"),
        ("post", f"/settings/canned-replies/{o['canned'].pk}/delete/"),
        ("get", "/settings/guidance-policy/"),
        ("get", "/settings/guidance-policy/new/"),
        ("post", "/settings/guidance-policy/new/"),
        ("get", f"/settings/guidance-policy/{o['rule'].pk}/"),
        ("post", f"/settings/guidance-policy/{o['rule'].pk}/delete/"),
        ("get", "/settings/goodwill/"),
        ("post", "/settings/goodwill/"),
        ("get", "/settings/channels/"),
        ("get", "/settings/channels/new/email/"),
        ("post", "/settings/channels/new/webhook/"),
        ("get", f"/settings/channels/{o['channel'].pk}/"),
        ("post", f"/settings/channels/{o['channel'].pk}/"),
        ("post", f"/settings/channels/{o['channel'].pk}/rotate-secret/"),
        ("get", "/accounts/staff/"),
        ("post", "/accounts/staff/teams/rename/"),
    ]


def moderator_pages(o) -> list[tuple[str, str]]:
    return [
        ("get", "/settings/register/"),
        ("get", "/settings/register/new/"),
        ("post", "/settings/register/new/"),
        ("get", f"/settings/register/{o['term'].pk}/"),
        ("post", f"/settings/register/{o['term'].pk}/active/"),
        ("get", "/champions/areas/"),
        ("post", "/champions/areas/"),
    ]


@pytest.mark.parametrize("role", [Role.CUSTOMER, Role.SUPERUSER, Role.AGENT])
def test_members_and_agents_are_refused_every_settings_page_and_change(client, objects, role):
    client.force_login(UserFactory(role=role))
    pages = [("get", "/settings/"), *admin_only_pages(objects), *moderator_pages(objects)]
    refused = {
        (method, path): getattr(client, method)(path, {"name": "x", "title": "x"}).status_code
        for method, path in pages
    }
    assert set(refused.values()) == {403}
    assert SlaPolicy.objects.count() == 1
    assert CannedReply.objects.filter(pk=objects["canned"].pk).exists()
    assert ConfidentialTerm.objects.get().active


def test_moderators_reach_the_register_and_champion_areas_but_no_admin_page(client, objects):
    client.force_login(UserFactory(role=Role.MODERATOR))
    statuses = {
        path: client.get(path).status_code
        for method, path in moderator_pages(objects)
        if method == "get"
    }
    assert set(statuses.values()) == {200}
    refused = {
        path: getattr(client, method)(path).status_code
        for method, path in admin_only_pages(objects)
    }
    assert set(refused.values()) == {403}


def test_visitors_are_sent_to_sign_in(client, objects):
    for method, path in [("get", "/settings/"), *admin_only_pages(objects)]:
        response = getattr(client, method)(path)
        assert response.status_code == 302
        assert response["Location"].startswith(reverse("accounts:signin"))


def test_the_index_links_every_section_an_admin_manages(client, db):
    client.force_login(UserFactory(role=Role.ADMIN, is_staff=True))
    page = client.get("/settings/").content.decode()
    assert [title for title in ALL_SECTIONS if f">{title}</a></h2>" in page] == ALL_SECTIONS
    assert 'href="/admin/"' in page


def test_a_moderator_sees_only_their_sections_on_the_index(client, db):
    client.force_login(UserFactory(role=Role.MODERATOR))
    page = client.get("/settings/").content.decode()
    assert [t for t in ALL_SECTIONS if f">{t}</a></h2>" in page] == MODERATOR_SECTIONS


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_index_offers_the_django_admin_only_to_whom_it_lets_in(client, db, language):
    """The Django admin admits only `is_staff`: to a moderator (or an admin role without it)
    the link opened a second sign-in page saying they may not see it."""
    client.force_login(UserFactory(role=Role.MODERATOR))
    page = client.get("/settings/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert 'href="/admin/"' not in page
    assert client.get("/admin/").status_code == 302  # the admin's own sign-in page
    intro = {"en": "What you may change here, in Openline", "de": "Was Sie hier in Openlines"}
    assert intro[language] in page


@pytest.mark.parametrize(
    ("role", "shown"),
    [(Role.ADMIN, True), (Role.MODERATOR, True), (Role.AGENT, False), (Role.CUSTOMER, False)],
)
def test_the_header_links_settings_for_those_who_may_use_them(client, db, role, shown):
    client.force_login(UserFactory(role=role))
    header = client.get("/").content.decode().split("</header>", 1)[0]
    assert ('href="/settings/">Settings</a>' in header) is shown


def test_a_german_admin_reads_every_section_of_the_index_in_german(client, db):
    client.force_login(UserFactory(username="ada", role=Role.ADMIN))
    page = client.get("/settings/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Mitarbeitende und Teams" in page
    assert "Codenamen, interne Hosts und andere Wörter" in page
    assert "Antwortziele, ihre Zeitzone und die wöchentlichen Geschäftszeiten." in page
    for english in ["Staff and teams", "Response targets", "Code names", "Saved answers",
                    "Which product areas", "What each kind", "Support addresses"]:  # fmt: skip
        assert english not in page, english
