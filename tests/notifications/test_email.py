"""E-mails: at once with one-click unsubscribe (RFC 8058), or once a day in a digest."""

import datetime as dt
import re
from urllib.parse import urlparse

import pytest
from django.core import mail
from django.core.management import call_command

from openline.community import actions
from openline.notifications.models import DigestSent, Notification, Preference
from openline.notifications.tasks import enqueue_due_digests, send_digest
from openline.notifications.tokens import make_unsubscribe_token

MORNING = dt.datetime(2026, 12, 3, 8, 0, tzinfo=dt.UTC)


def _unsubscribe_path(message) -> str:
    header = message.extra_headers["List-Unsubscribe"]
    return urlparse(re.fullmatch(r"<(.+)>", header).group(1)).path


def test_a_reply_is_mailed_at_once_with_one_click_unsubscribe_headers(
    settings, committed, question, agent
):
    settings.SITE_URL = "https://community.example.com"
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")

    [message] = mail.outbox
    assert message.to == [question.author.email]
    assert message.subject == f"Alex Agent replied to “{question.title}”"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert message.extra_headers["List-Unsubscribe"].startswith(
        "<https://community.example.com/notifications/unsubscribe/"
    )
    assert "https://community.example.com/t/" in message.body
    assert "Stop these e-mails: https://community.example.com/notifications/unsubscribe/" in (
        message.body
    )
    assert Notification.objects.get().emailed_at is not None


def test_the_one_click_post_works_without_signing_in_and_keeps_the_site_notifications(
    client, committed, question, agent
):
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")
    path = _unsubscribe_path(mail.outbox[0])

    answer = client.post(path, "List-Unsubscribe=One-Click", content_type="text/plain")

    assert answer.status_code == 200
    assert "no more e-mails for" in answer.content.decode()
    assert Preference.objects.get(user=question.author, kind="community.reply").delivery == "app"
    mail.outbox.clear()
    with committed():
        actions.create_reply(agent, question, body="And 4.12.3 is out.")
    assert mail.outbox == []
    assert Notification.objects.filter(recipient=question.author).count() == 2


def test_the_unsubscribe_link_opened_in_a_browser_asks_before_it_changes_anything(client, customer):
    token = make_unsubscribe_token(customer.pk, "community.reply")
    page = client.get(f"/notifications/unsubscribe/{token}/").content.decode()
    assert "Stop e-mails for <strong>Replies in threads you follow</strong>?" in page
    assert not Preference.objects.exists()


def _tampered(customer, other_customer) -> list[str]:
    mine = make_unsubscribe_token(customer.pk, None)
    theirs = make_unsubscribe_token(other_customer.pk, None)
    payload, signature = mine.rsplit(":", 1)
    flipped = signature[:-1] + ("A" if signature[-1] != "A" else "B")
    return [
        f"{payload}:{flipped}",  # the signature changed
        f"{theirs.rsplit(':', 1)[0]}:{signature}",  # someone else's id under my signature
        "not-a-token",
    ]


def test_a_tampered_unsubscribe_token_is_refused_and_nothing_changes(
    client, customer, other_customer
):
    for token in _tampered(customer, other_customer):
        answer = client.post(f"/notifications/unsubscribe/{token}/")
        assert answer.status_code == 400
        assert "This unsubscribe link is not valid" in answer.content.decode()
    assert not Preference.objects.exists()


def test_the_unsubscribe_endpoint_is_the_only_one_without_csrf(client, customer):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    token = make_unsubscribe_token(customer.pk, None)
    assert strict.post(f"/notifications/unsubscribe/{token}/").status_code == 200
    strict.force_login(customer)
    assert strict.post("/notifications/preferences/", {"community.reply": "off"}).status_code == 403


def _digest_reader(question, client, sign_in):
    sign_in(question.author)
    client.post("/notifications/preferences/", {"community.reply": "digest"})
    client.logout()


def test_the_daily_digest_collects_the_days_notifications_and_is_sent_once(
    client, sign_in, committed, question, agent, superuser
):
    _digest_reader(question, client, sign_in)
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")
    with committed():
        actions.create_reply(superuser, question, body="Worked for me.")
    # The asker chose the digest: nothing at once (Alex, who replied first, is mailed at once).
    assert [m.to for m in mail.outbox] == [[agent.email]]
    mail.outbox.clear()

    with committed():
        assert enqueue_due_digests(MORNING) == 1

    [digest] = mail.outbox
    assert digest.to == [question.author.email]
    assert digest.subject == "2 new notifications for you"
    assert "Alex Agent replied to" in digest.body and "Sunny Super replied to" in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # Later rounds the same day, a restarted worker, a second worker: nothing more.
    with committed():
        assert enqueue_due_digests(MORNING + dt.timedelta(hours=3)) == 0
    assert send_digest.call(question.author.pk, MORNING.date().isoformat()) is False
    assert len(mail.outbox) == 1
    assert DigestSent.objects.get().count == 2


def test_no_digest_before_the_hour_and_none_for_what_was_already_seen_on_the_site(
    client, sign_in, committed, question, agent
):
    _digest_reader(question, client, sign_in)
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")
    assert enqueue_due_digests(MORNING.replace(hour=5)) == 0

    sign_in(question.author)
    client.get("/notifications/")
    with committed():
        assert enqueue_due_digests(MORNING) == 0
    assert mail.outbox == []


def test_the_digests_unsubscribe_link_stops_every_email_kind(
    client, sign_in, committed, question, agent
):
    _digest_reader(question, client, sign_in)
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")
    with committed():
        enqueue_due_digests(MORNING)
    client.post(_unsubscribe_path(mail.outbox[0]))

    chosen = dict(Preference.objects.filter(user=question.author).values_list("kind", "delivery"))
    assert set(chosen.values()) == {"app"}
    assert "community.mention" in chosen and "inbox.mention" not in chosen


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_the_digest_queued_in_the_database(settings, question, agent):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    Preference.objects.create(user=question.author, kind="community.reply", delivery="digest")
    actions.create_reply(agent, question, body="Please update to 4.12.2.")
    enqueue_due_digests(MORNING)
    enqueue_due_digests(MORNING)  # queued twice (two rounds before the worker ran)
    assert mail.outbox == []

    call_command("worker", batch=True)

    assert [m.subject for m in mail.outbox] == ["1 new notification for you"]
