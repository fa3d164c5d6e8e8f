"""Issue 17: an agent whose browser asks for German reads the inbox, a conversation and the
inbox's settings pages in German; without Accept-Language nothing changes."""

import pytest
from django.urls import reverse

from openline.inbox import ingestion

from .conftest import item

pytestmark = pytest.mark.django_db

GERMAN = {"HTTP_ACCEPT_LANGUAGE": "de"}  # what a German browser sends


@pytest.fixture
def conversation(account, sla):
    return ingestion.ingest(account, item())[0].conversation


@pytest.fixture
def agent_client(client, agent):
    client.force_login(agent)
    return client


def test_the_inbox_list_is_in_german_for_a_german_browser(agent_client, conversation):
    page = agent_client.get(reverse("inbox:index"), **GERMAN).content.decode()

    assert "Posteingang" in page
    assert "Unterhaltungen suchen und filtern" in page
    assert "E14 again" in page  # the customer's words are never translated
    assert "Search and filter conversations" not in page


def test_a_conversation_is_in_german_for_a_german_browser(agent_client, conversation):
    url = reverse("inbox:conversation", args=[conversation.pk])

    page = agent_client.get(url, **GERMAN).content.decode()

    assert "Antwort senden" in page
    assert "Interne Notiz" in page
    assert "Textbaustein" in page
    assert "My T2 shows E14 again." in page
    assert "Send reply" not in page
    assert 'id="reply-form"' in page  # the structure scripts rely on is unchanged


def test_english_stays_the_default(agent_client, conversation):
    page = agent_client.get(reverse("inbox:conversation", args=[conversation.pk]))

    assert "Send reply" in page.content.decode()
    assert "Antwort senden" not in page.content.decode()


def test_plurals_follow_german_grammar(agent_client, account, sla):
    conversation = ingestion.ingest(account, item())[0].conversation
    message = conversation.messages.get()
    message.raw = {"thread_context": [{"author": "a", "text": "x"}, {"author": "b", "text": "y"}]}
    message.save(update_fields=["raw"])

    page = agent_client.get(reverse("inbox:conversation", args=[conversation.pk]), **GERMAN)

    assert "Früher im Thread (2 Beiträge)" in page.content.decode()


def test_a_settings_page_and_its_errors_are_in_german(client, db):
    from openline.accounts.models import Role

    from ..factories import UserFactory

    client.force_login(UserFactory(role=Role.ADMIN))
    form = {"name": "Business", "first_response_minutes": "120",
            "next_response_minutes": "240", "time_zone": "Europe/Berlin",
            "mon": "09:00-12:00, 11:00-17:00"}  # fmt: skip

    listing = client.get(reverse("inbox_settings:sla"), **GERMAN).content.decode()
    refused = client.post(reverse("inbox_settings:sla_new"), form, **GERMAN).content.decode()

    assert "SLA-Richtlinien" in listing and "Eine Richtlinie hinzufügen" in listing
    assert "Die Zeiträume überschneiden sich." in refused
    assert "Bitte korrigieren Sie, was unten markiert ist" in refused


def test_an_assignment_notification_is_in_the_assignees_language(
    agent_client, agent, conversation, django_capture_on_commit_callbacks
):
    from openline.accounts.models import Role
    from openline.inbox import actions
    from openline.notifications.models import Notification

    from ..factories import UserFactory

    colleague = UserFactory(role=Role.AGENT, language="de")
    with django_capture_on_commit_callbacks(execute=True):
        actions.assign(agent, conversation, colleague)

    assert Notification.objects.get(recipient=colleague).text == (
        f"{agent.name} hat Ihnen „E14 again“ zugewiesen"
    )
