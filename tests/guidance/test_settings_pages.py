"""Guidance's settings pages: the policy shows the built-in defaults in force (not "0 rules"),
an admin overrides or switches off a default and the checks follow at once; the confidential
register is managed by moderators, with its errors next to the field."""

import logging
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openline.accounts.models import Role
from openline.guidance.checks import check_text
from openline.guidance.models import ConfidentialTerm, PolicyRule

from ..factories import UserFactory

PROFANE = "Sorry, that update was shit."


@pytest.fixture
def as_admin(client, db):
    client.force_login(UserFactory(username="ada", role=Role.ADMIN))
    return client


@pytest.fixture
def as_moderator(client, db):
    client.force_login(UserFactory(username="morgan", role=Role.MODERATOR))
    return client


def row(page: str, kind: str) -> str:
    return page.split(f'id="kind-{kind}"', 1)[1].split("</tr>", 1)[0]


def queries_for(client, path: str) -> int:
    client.get(path)  # the first page of a session reads what later pages have cached
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path).status_code == 200
    return len(queries)


# --- the policy ---------------------------------------------------------------------------------


def test_without_rules_the_page_shows_every_default_in_force(as_admin):
    page = as_admin.get("/settings/guidance-policy/").content.decode()
    assert '>Block</span> <span class="muted">(the default)' in row(page, "payment_card")
    assert '>Review</span> <span class="muted">(the default)' in row(page, "legal_risk")
    assert '>Warn</span> <span class="muted">(the default)' in row(page, "profanity")
    assert page.count('<tr id="kind-') == 8


def test_overriding_a_default_shows_the_rule_and_the_checks_follow(as_admin):
    response = as_admin.post(
        "/settings/guidance-policy/new/",
        {"kind": "profanity", "action": "block", "note": "Brand voice"},
    )
    assert response.status_code == 302
    assert check_text(PROFANE).action == "block"
    page = as_admin.get("/settings/guidance-policy/").content.decode()
    assert '>Block</span> <span class="muted">by a rule: Brand voice' in row(page, "profanity")
    assert "Warn" in row(page, "profanity")  # the built-in default beside it


def test_switching_a_kind_off_removes_its_findings(as_admin):
    as_admin.post("/settings/guidance-policy/new/", {"kind": "profanity", "action": "off"})
    result = check_text(PROFANE)
    assert (result.action, result.findings) == ("publish", [])


def test_card_numbers_cannot_be_switched_off(as_admin):
    response = as_admin.post(
        "/settings/guidance-policy/new/",
        {"kind": "payment_card", "action": "off", "note": "testing"},
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Secrets, card numbers and bank accounts are always reported" in page
    assert 'value="testing"' in page
    assert PolicyRule.objects.count() == 0


def test_a_narrower_rule_is_listed_under_its_kind_and_a_duplicate_refused(as_admin):
    rule = {"kind": "profanity", "action": "review", "channel": "email", "author_role": "agent"}
    as_admin.post("/settings/guidance-policy/new/", rule)
    assert "on E-mail, by agents: <strong>Review</strong>" in row(  # the channel by name
        as_admin.get("/settings/guidance-policy/").content.decode(), "profanity"
    )
    again = as_admin.post("/settings/guidance-policy/new/", rule)
    assert again.status_code == 400
    assert "A rule for this kind, channel and role exists already" in again.content.decode()


def test_deleting_the_rule_brings_the_default_back(as_admin):
    rule = PolicyRule.objects.create(kind="profanity", action="block")
    as_admin.post(f"/settings/guidance-policy/{rule.pk}/delete/")
    assert check_text(PROFANE).action == "warn"


def test_a_rule_change_is_written_to_the_server_log(as_admin, caplog):
    with caplog.at_level(logging.INFO, logger="openline.guidance.settings"):
        as_admin.post("/settings/guidance-policy/new/", {"kind": "profanity", "action": "inform"})
    (line,) = caplog.messages
    assert "ada" in line
    assert "action: None → 'inform'" in line
    assert "built-in default warn" in line


def test_the_policy_page_is_read_in_a_fixed_number_of_queries(as_admin):
    few = queries_for(as_admin, "/settings/guidance-policy/")
    for channel in ("email", "community", "x"):
        PolicyRule.objects.create(kind="profanity", action="block", channel=channel)
        PolicyRule.objects.create(kind="legal_risk", action="block", channel=channel)
    assert queries_for(as_admin, "/settings/guidance-policy/") == few


def test_moderators_do_not_change_the_policy(as_moderator):
    assert as_moderator.get("/settings/guidance-policy/").status_code == 403


# --- the confidential register ------------------------------------------------------------------


def test_a_moderator_adds_a_term_and_drafts_are_checked_against_it(as_moderator):
    response = as_moderator.post(
        "/settings/register/new/",
        {
            "term": "Project Osprey",
            "category": "code_name",
            "variants": "osprey-x\nOSP-7",
            "note": "Unannounced",
            "active": "on",
        },
    )
    assert response.status_code == 302
    term = ConfidentialTerm.objects.get()
    assert (term.variants, term.created_by.username) == (["osprey-x", "OSP-7"], "morgan")
    assert check_text("It ships with osprey-x next month.").action == "review"


def test_a_term_already_on_the_register_is_refused_with_what_was_typed_kept(as_moderator):
    ConfidentialTerm.objects.create(term="Bluefin")
    response = as_moderator.post(
        "/settings/register/new/",
        {
            "term": "blue-fin",
            "category": "code_name",
            "note": "Our new pump",
            "active": "on",
        },
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "“Bluefin” is already on the register." in page
    assert "Our new pump" in page


def test_a_term_can_be_edited_and_stop_being_matched(as_moderator):
    term = ConfidentialTerm.objects.create(term="Bluefin")
    as_moderator.post(
        f"/settings/register/{term.pk}/",
        {
            "term": "Bluefin pump",
            "category": "supplier",
            "variants": "",
            "note": "",
        },
    )
    term.refresh_from_db()
    assert (term.term, term.category, term.active) == ("Bluefin pump", "supplier", False)
    assert check_text("The Bluefin pump arrives soon.").action == "publish"
    as_moderator.post(f"/settings/register/{term.pk}/active/")
    assert check_text("The Bluefin pump arrives soon.").action == "review"


def test_the_register_is_read_in_a_fixed_number_of_queries(as_moderator):
    ConfidentialTerm.objects.create(term="Bluefin", created_by=UserFactory())
    few = queries_for(as_moderator, "/settings/register/")
    for name in ("Kestrel", "Osprey", "Heron", "Plover"):
        ConfidentialTerm.objects.create(term=name, created_by=UserFactory())
    assert queries_for(as_moderator, "/settings/register/") == few


def test_a_german_admin_hears_what_each_policy_link_does_in_german(as_admin):
    page = as_admin.get("/settings/guidance-policy/", HTTP_ACCEPT_LANGUAGE="de").text
    assert 'aria-label="Eine engere Regel für Kraftausdruck hinzufügen"' in page
    assert 'aria-label="Den Standard für Kraftausdruck überschreiben"' in page
    assert "Add a narrower rule" not in page and "Override the default" not in page


def test_a_german_admin_reads_the_policy_table_in_german_also_on_a_phone(as_admin):
    """The actions were the stored values ("Warn"), the phone's cell labels (`data-label`)
    and a narrower rule's delete button English."""
    PolicyRule.objects.create(kind="profanity", action="review", channel="email")
    page = as_admin.get("/settings/guidance-policy/", HTTP_ACCEPT_LANGUAGE="de").text
    profanity = row(page, "profanity")
    assert 'data-label="Überall gültig"' in profanity
    assert 'data-label="In force everywhere"' not in page and ">Warn<" not in page
    assert "auf E-Mail: <strong>Prüfen</strong>" in profanity  # not the stored "email"
    assert ">Blockieren<" in row(page, "secret")
    assert 'aria-label="Die Regel für Kraftausdruck löschen auf E-Mail"' in profanity


def test_a_german_admin_reads_the_role_of_a_narrower_rule_as_a_capitalised_noun(as_admin):
    """Session 17 left "durch agents": the label passed through `lower` and an English "s"."""
    PolicyRule.objects.create(kind="profanity", action="review", author_role="agent")
    english = row(as_admin.get("/settings/guidance-policy/").text, "profanity")
    german = row(
        as_admin.get("/settings/guidance-policy/", HTTP_ACCEPT_LANGUAGE="de").text, "profanity"
    )
    assert "by agents: <strong>Review</strong>" in english
    assert "durch Agenten: <strong>Prüfen</strong>" in german
    assert 'aria-label="Die Regel für Kraftausdruck löschen durch Agenten"' in german


def test_a_kinds_actions_stay_one_row_and_no_line_begins_with_a_separator(as_admin):
    """Session 29 (qa-v17): with a rule in force, "Narrower rule" followed the row of "Change"
    and "Back to default" on a line of its own that began with "·", at 1280 px and on a phone."""
    PolicyRule.objects.create(kind="profanity", action="block")
    page = as_admin.get("/settings/guidance-policy/").text
    for kind in ("profanity", "hostile_tone"):
        cell = row(page, kind).rsplit("<td>", 1)[1]
        actions = re.search(r'<div class="settings-row-actions">(.*)</div>\s*</td>', cell, re.S)
        assert actions is not None and "Narrower rule" in actions.group(1)
        assert not re.search(r"</div>\s*(&nbsp;)?\s*·", cell)
