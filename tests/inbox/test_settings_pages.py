"""The inbox's settings pages: SLA policies with their time zone and business hours, canned
replies, and the champion areas list. Errors say what to fix next to the field and keep what
was typed; each change leaves a line in the server log."""

import logging
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openline.accounts.models import Role
from openline.inbox.models import CannedReply, ChampionArea, ChampionOptIn, SlaPolicy

from ..factories import UserFactory

WEEKDAYS = {"mon": "09:00-17:00", "tue": "09:00-12:00, 13:00-17:00"}


@pytest.fixture
def admin(db):
    return UserFactory(username="ada", role=Role.ADMIN)


@pytest.fixture
def as_admin(client, admin):
    client.force_login(admin)
    return client


def sla_form(**changes):
    form = {
        "name": "Business",
        "first_response_minutes": "120",
        "next_response_minutes": "240",
        "time_zone": "Europe/Berlin",
        **WEEKDAYS,
    }
    return {**form, **changes}


def queries_for(client, path: str) -> int:
    client.get(path)  # the first page of a session reads what later pages have cached
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


# --- SLA policies -------------------------------------------------------------------------------


def test_an_admin_adds_a_policy_with_its_time_zone_and_business_hours(as_admin):
    response = as_admin.post("/settings/sla/new/", sla_form(is_default="on"))
    assert response.status_code == 302
    policy = SlaPolicy.objects.get()
    assert (policy.time_zone, policy.first_response_minutes, policy.is_default) == (
        "Europe/Berlin",
        120,
        True,
    )
    assert policy.business_hours == {"mon": "09:00-17:00", "tue": "09:00-12:00, 13:00-17:00"}
    page = as_admin.get("/settings/sla/").content.decode()
    assert "Europe/Berlin: Mon 09:00-17:00\xa0· Tue 09:00-12:00, 13:00-17:00" in page


def test_overlapping_hours_are_shown_on_their_day_and_nothing_typed_is_lost(as_admin):
    response = as_admin.post(
        "/settings/sla/new/", sla_form(name="Late shift", wed="09:00-13:00,12:00-18:00")
    )
    assert response.status_code == 400
    page = response.content.decode()
    wednesday = page.split('name="wed"', 1)[1].split("</div>", 1)[0]
    assert "wed: the ranges overlap." in wednesday
    assert 'value="Late shift"' in page
    assert 'value="09:00-13:00,12:00-18:00"' in page
    assert SlaPolicy.objects.count() == 0


def test_an_unknown_time_zone_and_zero_minutes_are_refused_by_field(as_admin):
    response = as_admin.post(
        "/settings/sla/new/", sla_form(time_zone="Mars/Olympus", first_response_minutes="0")
    )
    assert response.status_code == 400
    assert "Select a valid choice" in response.content.decode()
    response = as_admin.post("/settings/sla/new/", sla_form(first_response_minutes="0"))
    first = response.content.decode().split('name="first_response_minutes"', 1)[1]
    assert "Between 1 and 86400 minutes (sixty days)." in first.split("</div>\n", 2)[1]
    assert SlaPolicy.objects.count() == 0


def test_a_new_default_policy_is_the_only_default(as_admin):
    old = SlaPolicy.objects.create(name="Standard", is_default=True)
    as_admin.post("/settings/sla/new/", sla_form(is_default="on"))
    old.refresh_from_db()
    assert not old.is_default
    assert SlaPolicy.objects.filter(is_default=True).get().name == "Business"


def test_two_policies_cannot_share_a_name(as_admin):
    SlaPolicy.objects.create(name="Business")
    response = as_admin.post("/settings/sla/new/", sla_form(name="business"))
    assert response.status_code == 400
    assert "A policy named “business” exists already." in response.content.decode()


def test_editing_a_policy_to_round_the_clock_clears_its_hours(as_admin):
    policy = SlaPolicy.objects.create(name="Business", business_hours=WEEKDAYS)
    form = sla_form(mon="", tue="")
    assert as_admin.post(f"/settings/sla/{policy.pk}/", form).status_code == 302
    policy.refresh_from_db()
    assert policy.business_hours == {}
    assert "Around the clock" in as_admin.get("/settings/sla/").content.decode()


def test_a_policy_change_is_written_to_the_server_log(as_admin, admin, caplog):
    policy = SlaPolicy.objects.create(name="Business", first_response_minutes=240)
    with caplog.at_level(logging.INFO, logger="openline.inbox.settings"):
        as_admin.post(f"/settings/sla/{policy.pk}/", sla_form())
    (line,) = caplog.messages
    assert f"ada (user {admin.pk}) changed SLA policy {policy.pk}" in line
    assert "first_response_minutes: 240 → 120" in line


def test_the_policy_list_is_read_in_a_fixed_number_of_queries(as_admin):
    SlaPolicy.objects.create(name="One")
    few = queries_for(as_admin, "/settings/sla/")
    for n in range(5):
        SlaPolicy.objects.create(name=f"Policy {n}", business_hours=WEEKDAYS)
    assert queries_for(as_admin, "/settings/sla/") == few


# --- canned replies -----------------------------------------------------------------------------


def test_an_admin_adds_edits_and_deletes_a_canned_reply(as_admin):
    as_admin.post(
        "/settings/canned-replies/new/",
        {"title": "Reset", "body": "Hi {customer_name}, hold the button for 10 s."},
    )
    canned = CannedReply.objects.get()
    as_admin.post(
        f"/settings/canned-replies/{canned.pk}/",
        {"title": "Reset the T2", "body": "Hold the button for 10 s."},
    )
    canned.refresh_from_db()
    assert (canned.title, canned.body) == ("Reset the T2", "Hold the button for 10 s.")
    as_admin.post(f"/settings/canned-replies/{canned.pk}/delete/")
    assert CannedReply.objects.count() == 0


def test_a_misspelt_variable_is_refused_and_the_reply_kept(as_admin):
    body = "Hi {custmer_name}, thanks for waiting."
    response = as_admin.post("/settings/canned-replies/new/", {"title": "Wait", "body": body})
    page = response.content.decode()
    assert response.status_code == 400
    assert "Unknown variable {custmer_name}: use {customer_name}" in page
    assert body in page
    assert CannedReply.objects.count() == 0


def test_the_canned_reply_list_is_read_in_a_fixed_number_of_queries(as_admin):
    CannedReply.objects.create(title="First", body="One")
    few = queries_for(as_admin, "/settings/canned-replies/")
    for n in range(6):
        CannedReply.objects.create(title=f"Reply {n}", body="Text")
    assert queries_for(as_admin, "/settings/canned-replies/") == few


# --- champion areas (moderators and admins; the page lives at /champions/areas/) ---------------


def test_the_champion_areas_list_is_read_in_a_fixed_number_of_queries(client, db):
    client.force_login(UserFactory(role=Role.MODERATOR))
    ChampionArea.objects.create(name="First")
    few = queries_for(client, "/champions/areas/")
    for n in range(5):
        area = ChampionArea.objects.create(name=f"Area {n}")
        ChampionOptIn.objects.create(user=UserFactory(role=Role.SUPERUSER)).areas.add(area)
    assert queries_for(client, "/champions/areas/") == few
    assert '<td data-label="Champions">1</td>' in client.get("/champions/areas/").content.decode()


def test_a_german_admin_hears_which_canned_reply_a_delete_button_deletes(as_admin):
    CannedReply.objects.create(title="Where is my order?", body="Text")
    page = as_admin.get("/settings/canned-replies/", HTTP_ACCEPT_LANGUAGE="de").text
    assert 'aria-label="„Where is my order?“ löschen"' in page


def test_a_german_admin_reads_the_settings_forms_and_phone_labels_in_german(as_admin):
    """Fields without a label were named by Django from the field ("Name", "Time zone") and
    the phone's cell labels (`data-label`) were English."""
    SlaPolicy.objects.create(name="Standard", first_response_minutes=60, is_default=True)
    CannedReply.objects.create(title="Where is my order?", body="Text")
    ChampionArea.objects.create(name="Valves")
    form = as_admin.get("/settings/sla/new/", HTTP_ACCEPT_LANGUAGE="de").text
    policies = as_admin.get("/settings/sla/", HTTP_ACCEPT_LANGUAGE="de").text
    canned = as_admin.get("/settings/canned-replies/", HTTP_ACCEPT_LANGUAGE="de").text
    areas = as_admin.get("/champions/areas/", HTTP_ACCEPT_LANGUAGE="de").text
    assert ">Zeitzone</label>" in form and ">Time zone</label>" not in form
    for page in (policies, canned, areas):
        assert re.findall(r'data-label="(First answer|Business hours|Reply|Space|Tag)"', page) == []
    assert '<td data-label="Forum">alle</td>' in areas


def test_a_german_admin_chooses_a_champion_areas_space_and_tag_in_german(as_admin):
    page = as_admin.get("/champions/areas/", HTTP_ACCEPT_LANGUAGE="de").text
    assert '<option value="" selected>Jedes Forum</option>' in page
    assert '<option value="" selected>Jedes Schlagwort</option>' in page
    assert "Select an option" not in page
