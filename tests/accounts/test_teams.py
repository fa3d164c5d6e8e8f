"""Teams on the staff page: an admin moves a colleague to a team and renames a team for all
its members; nobody else can."""

import pytest
from django.contrib.messages import get_messages

from openline.accounts.models import Invitation, Role

from ..factories import UserFactory


@pytest.fixture
def as_admin(client, db):
    client.force_login(UserFactory(username="ada", role=Role.ADMIN))
    return client


def texts(response) -> list[str]:
    return [str(m) for m in get_messages(response.wsgi_request)]


def test_an_admin_moves_a_colleague_to_a_team(as_admin):
    sam = UserFactory(role=Role.AGENT, display_name="Sam", team="")
    response = as_admin.post(f"/accounts/staff/{sam.pk}/", {"action": "team", "team": " Billing  "})
    sam.refresh_from_db()
    assert sam.team == "Billing"
    assert texts(response) == ["Sam is in Billing."]
    page = as_admin.get("/accounts/staff/").content.decode()
    teams = page.split('id="teams"', 1)[1].split("</section>", 1)[0]
    assert '<td><strong>Billing</strong></td><td data-label="Active members">1</td>' in teams


def test_renaming_a_team_moves_every_member_and_open_invitation(as_admin):
    members = [UserFactory(role=Role.AGENT, team="Care") for _ in range(3)]
    other = UserFactory(role=Role.AGENT, team="Billing")
    invitation = Invitation.objects.create(
        email="new@example.com",
        role=Role.AGENT,
        team="Care",
        expires_at="2099-01-01T00:00:00Z",
        invited_by=other,
    )
    response = as_admin.post(
        "/accounts/staff/teams/rename/", {"old": "Care", "team": "Customer Care"}
    )
    assert texts(response) == ["“Care” is now “Customer Care” (3 people)."]
    assert {m.team for m in type(other).objects.filter(pk__in=[m.pk for m in members])} == {
        "Customer Care"
    }
    invitation.refresh_from_db()
    assert invitation.team == "Customer Care"
    other.refresh_from_db()
    assert other.team == "Billing"


def test_a_team_name_too_long_is_refused(as_admin):
    sam = UserFactory(role=Role.AGENT, team="Care")
    response = as_admin.post(f"/accounts/staff/{sam.pk}/", {"action": "team", "team": "x" * 81})
    assert texts(response) == ["Keep the team name under 80 characters."]
    sam.refresh_from_db()
    assert sam.team == "Care"


@pytest.mark.parametrize("role", [Role.AGENT, Role.MODERATOR, Role.CUSTOMER])
def test_only_admins_change_teams(client, db, role):
    sam = UserFactory(role=Role.AGENT, team="Care")
    client.force_login(UserFactory(role=role))
    assert (
        client.post(f"/accounts/staff/{sam.pk}/", {"action": "team", "team": "X"}).status_code
        == 403
    )
    assert (
        client.post("/accounts/staff/teams/rename/", {"old": "Care", "team": "X"}).status_code
        == 403
    )
    sam.refresh_from_db()
    assert sam.team == "Care"
