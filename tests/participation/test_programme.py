import pytest
from django.core import mail

from openline.accounts.models import Role, User
from openline.community.models import SpaceMembership
from openline.people.models import (
    BadgeAward,
    InvitationStatus,
    Reputation,
    SuperUserInvitation,
)


@pytest.fixture
def invited(client, moderator, customer, vip_space, django_capture_on_commit_callbacks):
    client.force_login(moderator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/staff/superusers/invite/", {"username": customer.username,
                "message": "Your wiring answers are the best we have.",
                    "spaces": [vip_space.slug]})  # fmt: skip
    client.force_login(customer)
    return SuperUserInvitation.objects.get(user=customer)


def test_the_invited_member_gets_an_email_and_sees_the_invitation(client, invited):
    page = client.get("/me/programme/").content.decode()
    assert "You are invited" in page
    assert "Your wiring answers are the best we have." in page
    assert mail.outbox[0].subject == "You are invited to be a Halden Home super-user"


def test_accepting_makes_a_super_user_with_the_private_space_and_the_badge(
    client, invited, customer, vip_space, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post("/me/programme/", {"answer": "accept"})
    customer.refresh_from_db()
    assert customer.role == Role.SUPERUSER
    assert SpaceMembership.objects.filter(space=vip_space, user=customer).exists()
    assert BadgeAward.objects.filter(user=customer, badge__slug="super-user").exists()
    assert mail.outbox[-1].subject == "Welcome, Halden Home super-user"


def test_the_new_super_user_reads_the_private_space(client, invited, private_thread):
    client.post("/me/programme/", {"answer": "accept"})
    assert client.get(private_thread.get_absolute_url()).status_code == 200


def test_declining_changes_nothing_but_the_invitation(client, invited, customer):
    client.post("/me/programme/", {"answer": "decline"})
    invited.refresh_from_db()
    customer.refresh_from_db()
    assert (invited.status, customer.role) == (InvitationStatus.DECLINED, Role.CUSTOMER)


def test_leaving_the_programme_undoes_role_and_membership(client, invited, customer, vip_space):
    client.post("/me/programme/", {"answer": "accept"})
    client.post("/me/programme/", {"answer": "leave"})
    customer.refresh_from_db()
    assert customer.role == Role.CUSTOMER
    assert not SpaceMembership.objects.filter(space=vip_space, user=customer).exists()


def test_a_customer_cannot_invite(client, customer, other_customer):
    client.force_login(customer)
    answer = client.post("/staff/superusers/invite/", {"username": other_customer.username})
    assert answer.status_code == 403
    assert not SuperUserInvitation.objects.exists()


def test_an_invitation_from_someone_no_longer_moderating_cannot_be_accepted(
    client, invited, moderator, customer
):
    User.objects.filter(pk=moderator.pk).update(role=Role.AGENT)
    client.post("/me/programme/", {"answer": "accept"})
    customer.refresh_from_db()
    assert customer.role == Role.CUSTOMER


def test_a_withdrawn_invitation_can_no_longer_be_accepted(client, invited, moderator, customer):
    client.force_login(moderator)
    client.post(f"/staff/superusers/invitations/{invited.pk}/withdraw/")
    client.force_login(customer)
    client.post("/me/programme/", {"answer": "accept"})
    customer.refresh_from_db()
    assert customer.role == Role.CUSTOMER


def test_staff_thank_you_notes_show_on_the_public_profile(client, agent, superuser):
    client.force_login(agent)
    client.post(f"/u/{superuser.username}/-/thank/", {"body": "You saved our Friday, thank you."})
    client.logout()
    page = client.get(f"/u/{superuser.username}/").content.decode()
    assert "You saved our Friday, thank you." in page
    assert "one of the community's super-users" in page


def test_the_directory_lists_the_super_users(client, superuser, customer):
    page = client.get("/superusers/").content.decode()
    assert superuser.name in page
    assert customer.name not in page


def test_the_directory_groups_the_figures_as_the_readers_language_writes_them(client, superuser):
    """Session 27 (qa-v15): "7820 reputation" beside a profile's "1,660 reputation"."""
    Reputation.objects.update_or_create(user=superuser, defaults={"points": 7820})

    assert "<strong>7,820</strong> reputation" in client.get("/superusers/").content.decode()
    german = client.get("/superusers/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "<strong>7.820</strong>" in german


def test_a_moderator_pins_a_trust_level_from_the_profile(client, moderator, customer):
    client.force_login(moderator)
    client.post(f"/u/{customer.username}/-/trust/", {"level": "3"})
    client.force_login(customer)
    page = client.get(f"/u/{customer.username}/").content.decode()
    assert "trust level <strong>3</strong>" in page
