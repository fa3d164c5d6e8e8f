import pytest
from django.core import mail
from django.core.management import call_command

from openline.community import actions
from openline.notifications.models import Notification
from openline.notifications.tasks import send_notification_email

DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.mark.django_db(transaction=True)
def test_the_worker_sends_the_notification_emails_queued_in_the_database(settings, question, agent):
    settings.TASKS = DATABASE_TASKS
    actions.create_reply(agent, question, body="Update to 4.12.2, it fixes the drop-outs.")
    assert mail.outbox == []

    call_command("worker", batch=True)

    assert [m.to for m in mail.outbox] == [[question.author.email]]
    assert question.get_absolute_url() in mail.outbox[0].body


def test_no_mail_goes_to_someone_without_an_address(
    question, agent, django_capture_on_commit_callbacks
):
    question.author.email = ""
    question.author.save(update_fields=["email"])
    with django_capture_on_commit_callbacks(execute=True):
        actions.create_reply(agent, question, body="Update to 4.12.2.")
    assert Notification.objects.filter(recipient=question.author).exists()
    assert mail.outbox == []


def test_no_mail_names_a_thread_moved_into_a_private_space_before_it_went_out(
    question, agent, moderator, vip_space, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = DATABASE_TASKS  # queued, not sent
    with django_capture_on_commit_callbacks(execute=True):
        actions.create_reply(agent, question, body="Update to 4.12.2.")
    actions.move_thread(moderator, question, space=vip_space)
    notification = Notification.objects.get(recipient=question.author)

    assert send_notification_email.call(notification.pk) is False
    assert mail.outbox == []
