"""Notifications and their e-mails are written in each recipient's language (issue 17): their
profile's choice, else English; the same event reads differently to each."""

from django.core import mail
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from openline.community import actions, moderation, notify
from openline.inbox import actions as inbox
from openline.notifications.models import Notification
from openline.notifications.tasks import enqueue_due_digests

from ..factories import UserFactory
from .test_email import MORNING


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


# Session 30: a notification is stored as a line and its values and told when it is shown, so
# the page reads in the language its reader reads now, whatever the language it was sent in.


def test_the_page_tells_each_notification_in_the_language_the_reader_reads_now(
    client, sign_in, committed, question, agent, moderator
):
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")
    with committed():
        moderation.hide_post(moderator, question)
    reader = question.author
    reader.language = "de"
    reader.save(update_fields=["language"])

    page = sign_in(reader).get("/notifications/").content.decode()
    assert f"Alex Agent hat auf „{question.title}“ geantwortet" in page
    assert f"Ein Moderator hat „{question.title}“ ausgeblendet." in page
    assert "replied to" not in page and "A moderator" not in page


def test_a_reader_without_a_profile_language_reads_the_language_of_the_switcher(
    client, sign_in, committed, conversation, agent, moderator
):
    with committed():
        inbox.assign(agent, conversation, moderator)
    sign_in(moderator)
    client.cookies["django_language"] = "de"

    page = client.get("/notifications/").content.decode()
    assert "Alex Agent hat Ihnen „E14 again“ zugewiesen" in page
    assert "assigned “E14 again” to you" not in page


def test_a_german_readers_notification_reads_in_english_once_they_switch_to_english(
    client, sign_in, committed, conversation, agent, moderator
):
    moderator.language = "de"
    moderator.save(update_fields=["language"])
    with committed():
        inbox.add_note(agent, conversation, body="@morgan can you check the warranty?")
    assert "in einer Notiz" in Notification.objects.get().text
    moderator.language = "en"
    moderator.save(update_fields=["language"])

    page = sign_in(moderator).get("/notifications/").content.decode()
    assert "Alex Agent mentioned you in a note on “E14 again”" in page


def test_the_digest_is_written_in_the_recipients_language_when_it_is_sent(
    client, sign_in, committed, question, agent
):
    sign_in(question.author).post("/notifications/preferences/", {"community.reply": "digest"})
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")
    question.author.language = "de"
    question.author.save(update_fields=["language"])
    mail.outbox.clear()

    with committed():
        enqueue_due_digests(MORNING)
    [digest] = mail.outbox
    assert f"Alex Agent hat auf „{question.title}“ geantwortet" in digest.body
    assert "replied to" not in digest.body


def test_a_notification_stored_before_lines_still_reads_as_it_was_written(
    client, sign_in, question, customer
):
    Notification.objects.create(
        recipient=customer, kind="community.reply", text="Sam replied to “Old thread”",
        url=question.get_absolute_url(), about_type="community.thread", about_id=question.pk,
    )  # fmt: skip
    sign_in(customer)
    client.cookies["django_language"] = "de"
    assert "Sam replied to “Old thread”" in client.get("/notifications/").content.decode()


# Session 31: someone who never chose a language is written to in the language they read the
# site in (the switcher's cookie or their browser's), remembered from their last signed-in page.


def test_a_reader_without_a_profile_language_gets_e_mails_in_the_language_they_read_the_site_in(
    client, sign_in, committed, question, agent
):
    sign_in(question.author)
    client.cookies["django_language"] = "de"
    client.get("/notifications/")
    with committed():
        actions.create_reply(agent, question, body="Bitte aktualisieren Sie auf 4.12.2.")

    [message] = mail.outbox
    assert message.subject == f"Alex Agent hat auf „{question.title}“ geantwortet"
    assert message.body.startswith("Hallo Casey Customer,")


def test_the_e_mails_follow_the_browser_back_to_english(
    client, sign_in, committed, question, agent
):
    sign_in(question.author)
    client.get("/notifications/", HTTP_ACCEPT_LANGUAGE="de")
    client.get("/notifications/", HTTP_ACCEPT_LANGUAGE="en")
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")

    [message] = mail.outbox
    assert message.subject == f"Alex Agent replied to “{question.title}”"


def test_a_profile_language_wins_over_the_language_the_site_was_read_in(
    client, sign_in, committed, question, agent
):
    question.author.language = "en"
    question.author.save(update_fields=["language"])
    sign_in(question.author)
    client.get("/notifications/", HTTP_ACCEPT_LANGUAGE="de")
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")

    [message] = mail.outbox
    assert message.subject == f"Alex Agent replied to “{question.title}”"


def test_reading_the_site_in_its_own_language_costs_no_write_and_a_change_costs_one(
    client, sign_in, question
):
    """The remembered language is written only when it changes whom the e-mails speak to: the
    pages of someone who reads the site in its own language run the same queries as before
    (CI's query-count tests of the thread, champion queue and live inbox found the write)."""
    sign_in(question.author)
    client.get("/notifications/", HTTP_ACCEPT_LANGUAGE="en")
    question.author.refresh_from_db()
    assert question.author.last_language == ""
    with CaptureQueriesContext(connection) as english:
        client.get("/notifications/", HTTP_ACCEPT_LANGUAGE="en")
    with CaptureQueriesContext(connection) as german:
        client.get("/notifications/", HTTP_ACCEPT_LANGUAGE="de")

    def remembered(queries):
        return [q["sql"] for q in queries.captured_queries if 'last_language" =' in q["sql"]]

    assert remembered(english) == []
    assert len(remembered(german)) == 1
    assert len(german) == len(english) + 1
    question.author.refresh_from_db()
    assert question.author.last_language == "de"
