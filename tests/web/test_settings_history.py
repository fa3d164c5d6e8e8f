"""Each settings section keeps its history: who changed what and when, written with the change
(nothing when the change is refused) and shown, the last 20, on the section's page to the
people allowed to open it."""

import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation

from openline.accounts.models import Role
from openline.channels import accounts
from openline.channels import settings_actions as channel_settings
from openline.core.models import SettingsChange
from openline.guidance import settings_actions as guidance_settings
from openline.inbox import settings_actions as inbox_settings

from ..factories import UserFactory

SLA = {
    "first_response_minutes": 60,
    "next_response_minutes": 120,
    "time_zone": "UTC",
    "business_hours": {},
    "is_default": False,
}


@pytest.fixture
def admin(db):
    return UserFactory(username="ada", display_name="Ada Admin", role=Role.ADMIN)


@pytest.fixture
def as_admin(client, admin):
    client.force_login(admin)
    return client


def history(client, path: str) -> list[str]:
    """The lines of the page's History, newest first, tags stripped."""
    response = client.get(path)
    assert response.status_code == 200
    found = re.search(
        r'<section class="settings-history".*?</section>', response.content.decode(), re.S
    )
    assert found, "the page shows no History"
    return [
        re.sub(r"<[^>]+>|\s+", " ", li).strip()
        for li in re.findall(r"<li>(.*?)</li>", found.group(0), re.S)
    ]


def test_an_sla_policy_change_shows_who_changed_what_on_the_sla_page(as_admin, admin):
    policy = inbox_settings.save_sla_policy(admin, None, name="Standard", **SLA)
    inbox_settings.save_sla_policy(
        admin, policy, name="Standard", **{**SLA, "first_response_minutes": 30}
    )
    lines = history(as_admin, "/settings/sla/")
    assert len(lines) == 2
    assert "Ada Admin" in lines[0] and "Changed SLA policy “Standard”" in lines[0]
    assert "first response (minutes): 60 → 30" in lines[0]
    assert "Created SLA policy “Standard”" in lines[1]
    assert history(as_admin, "/settings/canned-replies/") == []  # each section its own


def test_canned_replies_added_and_deleted_are_in_their_history(as_admin, admin):
    canned = inbox_settings.save_canned_reply(admin, None, title="Thanks", body="Thank you!")
    inbox_settings.delete_canned_reply(admin, canned)
    lines = history(as_admin, "/settings/canned-replies/")
    assert "Deleted canned reply “Thanks”" in lines[0]
    assert lines[1].endswith("Created canned reply “Thanks”")


def test_a_refused_change_leaves_no_line(admin):
    with pytest.raises(ValidationError):
        inbox_settings.save_sla_policy(admin, None, name="", **SLA)
    assert not SettingsChange.objects.exists()


def test_register_and_policy_changes_show_on_their_guidance_pages(as_admin, admin):
    term = guidance_settings.add_term(
        admin, term="Project Falcon", category="code_name", note="", variants=""
    )
    guidance_settings.set_term_active(admin, term, active=False)
    lines = history(as_admin, "/settings/register/")
    assert "Deactivated “Project Falcon”" in lines[0] and "Added “Project Falcon”" in lines[1]
    assert history(as_admin, "/settings/guidance-policy/") == []


def test_a_policy_rule_change_is_told_in_the_pages_words_not_its_stored_codes(as_admin, admin):
    """Session 28 (qa-v16): the history read "kind: None → 'profanity'; action: None → …"."""
    rule = guidance_settings.save_policy_rule(admin, None, kind="profanity", action="warn")
    guidance_settings.save_policy_rule(admin, rule, kind="profanity", action="block")
    changed, created = history(as_admin, "/settings/guidance-policy/")
    assert "Created rule “Profanity → Warn: the author confirms before publishing" in created
    assert "Changed rule “Profanity → Block: it cannot be published (everywhere)”, was" in changed
    assert "None" not in created + changed and "'" not in created + changed


def test_a_channel_change_names_what_changed_and_never_the_secret(as_admin, admin):
    account, _ = accounts.add_channel_account("webhook", name="Shop", config={})
    secret = accounts.new_webhook_secret()
    channel_settings.update_channel(
        admin, account, name="Shop app", is_active=True, fields={"new_secret": secret}
    )
    (line,) = history(as_admin, "/settings/channels/")
    assert "Changed “Shop app”: the name, a new secret" in line
    assert secret not in line


def test_the_page_shows_the_last_twenty_changes(as_admin, admin):
    policy = inbox_settings.save_sla_policy(admin, None, name="Standard", **SLA)
    for minutes in range(31, 56):
        inbox_settings.save_sla_policy(
            admin, policy, name="Standard", **{**SLA, "first_response_minutes": minutes}
        )
    lines = history(as_admin, "/settings/sla/")
    assert len(lines) == 20
    assert "54 → 55" in lines[0] and "35 → 36" in lines[-1]


def test_the_history_shows_only_to_those_allowed_into_the_section(client, admin):
    """A moderator keeps the register (and sees its history) but not the guidance policy."""
    moderator = UserFactory(username="morgan", role=Role.MODERATOR)
    guidance_settings.add_term(admin, term="Falcon", category="code_name", note="", variants="")
    client.force_login(moderator)
    assert "Added “Falcon”" in history(client, "/settings/register/")[0]
    assert client.get("/settings/guidance-policy/").status_code == 403


def test_the_history_is_headed_verlauf_in_german_not_the_admins_geschichte(as_admin):
    """Django's admin translates "History" too, as "Geschichte", and its catalog comes first:
    every settings page read "Geschichte" over its change log."""
    page = as_admin.get("/settings/sla/", HTTP_ACCEPT_LANGUAGE="de").content.decode()

    heading = re.search(r'<h2 id="settings-history-title">(.*?)</h2>', page)
    assert heading is not None and heading.group(1) == "Verlauf"


def test_each_reader_sees_the_lines_in_their_own_language_whoever_made_the_change(as_admin, admin):
    """Session 29 (qa-v17): a line was stored as text in its maker's language, so an English
    reader read "Regel „Kraftausdruck → Warnen…“ angelegt" and a German one "Added …"."""
    with translation.override("de"):
        rule = guidance_settings.save_policy_rule(admin, None, kind="profanity", action="warn")
        term = guidance_settings.add_term(
            admin, term="Falcon", category="code_name", note="", variants=""
        )
    with translation.override("en"):
        guidance_settings.save_policy_rule(admin, rule, kind="profanity", action="block")
        guidance_settings.edit_term(
            admin, term, term_text="Falcon", category="supplier", note="", variants="",
            active=True,
        )  # fmt: skip

    en_policy = history(as_admin, "/settings/guidance-policy/")
    en_register = history(as_admin, "/settings/register/")
    as_admin.cookies["django_language"] = "de"
    de_policy = history(as_admin, "/settings/guidance-policy/")
    de_register = history(as_admin, "/settings/register/")

    assert "Created rule “Profanity → Warn" in en_policy[1]
    assert "Added “Falcon”" in en_register[1]
    assert "Changed “Falcon”: category: Code name → Confidential supplier" in en_register[0]
    assert (
        "Regel „Kraftausdruck → Blockieren" in de_policy[0] and "geändert, vorher" in de_policy[0]
    )
    assert "„Falcon“ hinzugefügt" in de_register[1]
    assert "„Falcon“ geändert: Kategorie: Codename → Vertraulicher Lieferant" in de_register[0]


def test_a_line_stored_before_lines_had_kinds_still_reads_as_stored(as_admin, admin):
    SettingsChange.objects.create(
        section="register", actor=admin, actor_name="Ada Admin", summary="Added “Old Falcon”"
    )
    (line,) = history(as_admin, "/settings/register/")
    assert line.endswith("Ada Admin : Added “Old Falcon”")
