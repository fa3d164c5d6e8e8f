"""Notifications and their e-mails are written in each recipient's language (issue 17): their
profile's choice, else English; the same event reads differently to each."""

from django.core import mail
from django.utils import translation

from openline.community import actions, notify
from openline.notifications.models import Notification

from ..factories import UserFactory


def test_a_german_profile_gets_the_reply_notification_and_its_email_in_german(
    committed, question, agent
):
    question.author.language = "de"
    question.author.save(update_fields=["language"])
    with committed():
        actions.create_reply(agent, question, body="Bitte aktualisieren Sie auf 4.12.2.")

    note = Notification.objects.get(recipient=question.author)
    assert note.text == f"Alex Agent hat auf „{question.title}“ geantwortet"
    [message] = mail.outbox
    assert message.subject == note.text
    assert message.body.startswith("Hallo Casey Customer,")
    assert "Diese E-Mails abbestellen:" in message.body
    assert "Stop these e-mails" not in message.body


def test_each_recipient_reads_the_same_event_in_their_own_language(committed, question, agent):
    follower = UserFactory(username="fritz", display_name="Fritz", language="de")
    english = UserFactory(username="emma", display_name="Emma")
    notify.set_following(follower, question, following=True)
    notify.set_following(english, question, following=True)
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")

    texts = dict(Notification.objects.values_list("recipient__username", "text"))
    assert texts["fritz"] == f"Alex Agent hat auf „{question.title}“ geantwortet"
    assert texts["emma"] == f"Alex Agent replied to “{question.title}”"
    assert texts["casey"] == f"Alex Agent replied to “{question.title}”"


def test_a_german_reader_of_a_request_does_not_make_an_english_recipients_mail_german(
    committed, question, agent
):
    with translation.override("de"), committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")
    [message] = mail.outbox
    assert message.subject == f"Alex Agent replied to “{question.title}”"
    assert message.body.startswith("Hello Casey Customer,")
