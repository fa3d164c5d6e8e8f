"""Codes the admin's forms let an operator type by hand although their values are a known set
(session 22): an SLA policy's time zone and what a notification or follow is about are chosen
from a list, each named as the reader calls it; a typo is refused instead of stored."""

import re

import pytest

from openline.inbox.models import SlaPolicy
from openline.notifications import models as notifications
from openline.notifications.models import Follow

pytestmark = pytest.mark.django_db


def options(page: str, name: str) -> dict[str, str]:
    """A select's options: value → text."""
    select = page.split(f'name="{name}"')[1].split("</select>")[0]
    return {
        value: " ".join(text.split())
        for value, text in re.findall(r'<option value="([^"]*)"[^>]*>([^<]*)</option>', select)
    }


def test_an_sla_policys_time_zone_is_chosen_from_the_known_zones(admin_client):
    page = admin_client.get("/admin/inbox/slapolicy/add/", HTTP_ACCEPT_LANGUAGE="de").text

    zones = options(page, "time_zone")
    assert zones["Europe/Berlin"] == "Europe/Berlin"
    assert "UTC" in zones
    assert 'name="time_zone" value=' not in page  # no text box


def test_an_unknown_time_zone_is_refused_in_the_admin(admin_client):
    answer = admin_client.post(
        "/admin/inbox/slapolicy/add/",
        {"name": "Office", "first_response_minutes": 240, "next_response_minutes": 480,
         "time_zone": "Europe/Berln", "business_hours": "{}"},
        HTTP_ACCEPT_LANGUAGE="de",
    )  # fmt: skip

    assert answer.status_code == 200
    assert "Europe/Berln ist keine gültige Auswahl" in answer.text
    assert not SlaPolicy.objects.filter(name="Office").exists()


def test_what_a_follow_is_about_is_chosen_by_the_models_german_name(admin_client, admin_user):
    follow = Follow.objects.create(
        user=admin_user, about_type="community.thread", about_id=1, label="x", url="/t/1/"
    )
    german = admin_client.get(
        f"/admin/notifications/follow/{follow.pk}/change/", HTTP_ACCEPT_LANGUAGE="de"
    ).text
    english = admin_client.get(
        f"/admin/notifications/follow/{follow.pk}/change/", HTTP_ACCEPT_LANGUAGE="en"
    ).text

    assert options(german, "about_type")["community.thread"] == "Thema"
    assert options(german, "about_type")["inbox.conversation"] == "Unterhaltung"
    assert options(english, "about_type")["community.thread"] == "Thread"
    assert re.search(r'<option value="community.thread" selected>', german)


def test_every_type_a_notification_is_about_fits_its_column():
    """The stored types in use are among the choices (a model's label, 32 characters at most)."""
    types = dict(notifications.about_types())
    assert {"community.thread", "inbox.conversation", "accounts.user"} <= set(types)
    assert max(len(value) for value in types) <= Follow._meta.get_field("about_type").max_length
