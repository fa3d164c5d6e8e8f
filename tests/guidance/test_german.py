"""Issue 17: every finding says why it matters and how to fix it in the reader's language.
A finding found while an English author wrote is read in German by a German reviewer, and the
other way round; what is stored is English plus the phrases to say it again."""

import json

import pytest
from django.urls import reverse
from django.utils import translation

from openline.community import actions as community
from openline.core.publishing import HeldForReview
from openline.guidance.checks import check_text, localised
from openline.guidance.models import ReviewRequest

pytestmark = pytest.mark.django_db

GERMAN = {"HTTP_ACCEPT_LANGUAGE": "de"}  # what a German browser sends

ADMISSION = "This is entirely our fault, I'm sorry."
CARD = "Refunded to 4111 1111 1111 1111."


def test_a_finding_is_said_in_the_active_language():
    english = check_text(CARD, channel="email").findings[0]

    with translation.override("de"):
        german = check_text(CARD, channel="email").findings[0].as_dict()

    assert english.as_dict()["message"].startswith("This is a valid payment card number.")
    assert german["label"] == "Zahlungskartennummer"
    assert german["message"].startswith("Das ist eine gültige Zahlungskartennummer.")
    assert "letzten vier Ziffern" in german["suggestion"]
    assert (german["kind"], german["severity"]) == ("payment_card", "block")  # codes stay


def test_placeholders_keep_the_authors_words_in_a_german_message():
    text = "Here is the login. Password: Hunter2-Sommer!"

    with translation.override("de"):
        finding = check_text(text, channel="email").findings[0].as_dict()

    assert finding["kind"] == "secret"
    assert finding["message"].startswith("Das sieht nach einem Passwort aus.")


def test_a_stored_finding_is_english_and_said_again_in_the_readers_language():
    with translation.override("de"):  # the author reads German
        stored = check_text(CARD, channel="email").findings[0].stored()

    assert stored["message"].startswith("This is a valid payment card number.")
    assert json.loads(json.dumps(stored)) == stored  # plain JSON for the review's column
    with translation.override("de"):
        assert localised(stored)["message"].startswith("Das ist eine gültige")
        assert localised(stored)["label"] == "Zahlungskartennummer"
    assert localised(stored)["message"] == stored["message"]


def test_a_german_reviewer_reads_an_english_authors_held_reply_in_german(
    signed_in, agent, moderator, question
):
    with pytest.raises(HeldForReview) as held:
        community.create_reply(agent, question, body=ADMISSION)
    review = ReviewRequest.objects.get(pk=held.value.review_id)

    german = signed_in(moderator).get(reverse("guidance:review", args=[review.pk]), **GERMAN)
    english = signed_in(moderator).get(reverse("guidance:review", args=[review.pk]))

    assert "Rechtliches Risiko" in german.content.decode()
    assert "Das räumt Schuld oder Fahrlässigkeit ein." in german.content.decode()
    assert "Prüfwarteschlange" in german.content.decode()
    assert "This admits fault or negligence." in english.content.decode()
    assert ADMISSION.replace("'", "&#x27;") in german.content.decode()  # their words stay


def test_the_live_check_answers_in_the_browsers_language(client, agent):
    client.force_login(agent)
    url = reverse("api-v1:check_draft")
    body = {"text": CARD, "channel": "email"}

    german = client.post(url, body, content_type="application/json", **GERMAN).json()
    english = client.post(url, body, content_type="application/json").json()

    assert german["findings"][0]["message"].startswith("Das ist eine gültige")
    assert english["findings"][0]["message"].startswith("This is a valid")
    assert german["action"] == english["action"] == "block"


def test_the_review_outcome_mail_is_in_the_authors_language_not_the_reviewers(
    signed_in, moderator, agent, question, django_capture_on_commit_callbacks
):
    from django.core import mail

    agent.language = "de"
    agent.save(update_fields=["language"])
    with pytest.raises(HeldForReview) as held:
        community.create_reply(agent, question, body=ADMISSION)
    url = reverse("guidance:review", args=[held.value.review_id])

    with django_capture_on_commit_callbacks(execute=True):
        signed_in(moderator).post(
            url,
            {"decision": "return", "text": ADMISSION, "note": "Bitte ohne Schuldeingeständnis."},
        )

    told = [m for m in mail.outbox if m.to == [agent.email]]
    assert [m.subject for m in told] == ["Ihre Antwort wurde mit einer Notiz zurückgegeben"]
    assert "Hallo " in told[0].body and "Bitte ohne Schuldeingeständnis." in told[0].body
