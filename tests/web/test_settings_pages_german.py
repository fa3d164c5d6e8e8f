"""What session 22's walk of the staff pages and the admin in German (390 and 1280 px) found
reading English: an SLA policy's business hours ("Mon 08:30-17:30", "Around the clock"), the
fields of a policy rule and of a register term named by their code names ("Channel", "Term"),
the settings pages' refusals ("Lower-case letters, digits, …"), the headings Django 6.1's
admin gives a screen reader above a change list ("Search threads", "Pagination threads") and
the task queue's app ("Tasks Database Backend")."""

import pytest

from openline.accounts.models import Role
from openline.community.models import Thread
from openline.inbox.models import SlaPolicy

from ..factories import UserFactory
from .test_admin_labels import one_of
from .test_admin_names import text_in

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_admin(client):
    client.force_login(UserFactory(username="ada", role=Role.ADMIN))
    return client


def read(client, url: str, language: str) -> str:
    return text_in(client.get(url, HTTP_ACCEPT_LANGUAGE=language).text, tag="main")


def test_an_sla_policys_hours_read_in_german(as_admin):
    SlaPolicy.objects.create(
        name="Office", time_zone="Europe/Berlin", business_hours={"mon": "09:00-17:00"}
    )
    SlaPolicy.objects.create(name="Always")

    german = read(as_admin, "/settings/sla/", "de")
    english = read(as_admin, "/settings/sla/", "en")

    assert "Europe/Berlin: Mo 09:00-17:00" in german
    assert "Rund um die Uhr" in german
    assert "Europe/Berlin: Mon 09:00-17:00" in english
    assert "Around the clock" in english


def test_an_sla_policys_day_fields_are_named_in_german(as_admin):
    page = as_admin.get("/settings/sla/new/", HTTP_ACCEPT_LANGUAGE="de").text
    assert '<label for="id_mon">Mo' in page
    assert '<label for="id_sun">So' in page


@pytest.mark.parametrize(
    ("url", "german", "english"),
    [
        ("/settings/guidance-policy/new/", ["Kanal", "Notiz"], ["Channel", "Note"]),
        ("/settings/register/new/", ["Begriff", "Kategorie", "Varianten", "Notiz"],
         ["Term", "Category", "Variants", "Note"]),
    ],
)  # fmt: skip
def test_a_settings_forms_fields_are_named_in_german(as_admin, url, german, english):
    page = as_admin.get(url, HTTP_ACCEPT_LANGUAGE="de").text
    labels = {text_in(label, tag="label") for label in page.split("</label>")[:-1]}
    assert set(german) <= labels
    assert not set(english) & labels


def test_a_refused_rule_says_why_in_german(as_admin):
    answer = as_admin.post(
        "/settings/guidance-policy/new/",
        {"kind": "profanity", "action": "review", "channel": "E Mail!"},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert answer.status_code == 400
    assert "Nur Kleinbuchstaben, Ziffern, - und _" in answer.text


def test_a_refused_canned_reply_says_why_in_german(as_admin):
    answer = as_admin.post(
        "/settings/canned-replies/new/",
        {"title": "Hi", "body": "Hello {custmer_name}"},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert answer.status_code == 400
    assert "Unbekannte Variable {custmer_name}: Verwenden Sie {customer_name}" in answer.text


def test_a_change_lists_search_and_page_headings_read_german(admin_client, admin_user):
    one_of(Thread, {type(admin_user): admin_user})
    page = admin_client.get("/admin/community/thread/", HTTP_ACCEPT_LANGUAGE="de").text
    assert '<h2 id="changelist-search-form" class="visually-hidden">Themen durchsuchen</h2>' in (
        page
    )
    assert '<h2 id="pagination" class="visually-hidden">Seitennavigation: Themen</h2>' in page


def test_the_task_queues_app_is_named_in_german(admin_client):
    german = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="de").text
    english = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="en").text
    assert "Hintergrundaufgaben" in german
    assert "Tasks Database Backend" not in german
    assert "Background tasks" in english


def test_a_policys_too_long_name_is_refused_in_german(as_admin):
    answer = as_admin.post(
        "/settings/sla/new/",
        {"name": "x" * 81, "first_response_minutes": "60", "next_response_minutes": "60",
         "time_zone": "UTC"},
        HTTP_ACCEPT_LANGUAGE="de",
    )  # fmt: skip
    assert answer.status_code == 400
    assert "Der Name der Richtlinie darf höchstens 80 Zeichen lang sein." in answer.text
