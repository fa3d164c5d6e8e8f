"""Replies by e-mail, sent over real SMTP to a catching server on loopback."""

import socket
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest
from aiosmtpd.controller import Controller

from openline.channels.email import parse_email
from openline.channels.email.outbound import reply_subject
from openline.inbox import actions, ingestion
from openline.inbox.models import ChannelAccount, Delivery, DeliveryState, Message
from openline.inbox.tasks import deliver

SUPPORT = "help@halden.example"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class CatchingHandler:
    """An SMTP server that keeps what it receives, or refuses every recipient when told."""

    def __init__(self) -> None:
        self.received: list[tuple[list[str], EmailMessage]] = []
        self.refusal = ""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if self.refusal:
            return self.refusal
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = BytesParser(policy=policy.default).parsebytes(envelope.original_content)
        self.received.append((list(envelope.rcpt_tos), message))
        return "250 OK"


@pytest.fixture
def catcher(settings):
    handler = CatchingHandler()
    server = Controller(handler, hostname="127.0.0.1", port=free_port(), server_hostname="mx")
    server.start()
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": server.port, "timeout": 5},
        }
    }
    yield handler
    server.stop()


@pytest.fixture
def account(db):
    return ChannelAccount.objects.create(
        kind="email", name="Support", config={"address": SUPPORT, "from_name": "Halden Support"}
    )


def customer_mail(message_id="<m2@example.com>", **headers) -> bytes:
    message = EmailMessage()
    message["From"] = "Pat Doe <pat@example.com>"
    message["To"] = SUPPORT
    message["Subject"] = "E14 again"
    message["Message-ID"] = message_id
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content("My T2 shows E14 again.")
    return message.as_bytes()


@pytest.fixture
def conversation(account):
    raw = customer_mail(In_Reply_To="<m1@example.com>", References="<m1@example.com>")
    return ingestion.ingest(account, parse_email(account, raw))[0].conversation


def answer(agent, conversation, capture, body="Please re-seat the OpenTherm wires."):
    with capture(execute=True):
        message = actions.reply(agent, conversation, body=body)
    return Delivery.objects.get(message=message)


def test_a_reply_reaches_the_customer_as_an_answer_in_their_mail_thread(
    catcher, conversation, agent, django_capture_on_commit_callbacks
):
    delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    [(recipients, sent)] = catcher.received
    message_id = f"<{delivery.idempotency_key}@halden.example>"
    assert recipients == ["pat@example.com"]
    assert (sent["From"], sent["To"], sent["Subject"]) == (
        f"Halden Support <{SUPPORT}>",
        "pat@example.com",
        "Re: E14 again",
    )
    assert (sent["Message-ID"], sent["In-Reply-To"], sent["References"]) == (
        message_id,
        "<m2@example.com>",
        "<m1@example.com> <m2@example.com>",
    )
    body = sent.get_content().replace("\r\n", "\n")
    assert body.startswith("Please re-seat the OpenTherm wires.\n\nOn ")
    assert body.endswith(", Pat Doe wrote:\n> My T2 shows E14 again.\n")
    assert (delivery.state, delivery.external_ref) == (DeliveryState.SENT, message_id)
    assert Message.objects.get(pk=delivery.message_id).external_id == message_id


def test_a_second_run_of_the_same_delivery_sends_nothing(
    catcher, conversation, agent, django_capture_on_commit_callbacks
):
    delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    deliver.call(delivery.pk)
    assert len(catcher.received) == 1


def test_the_customers_answer_to_our_reply_joins_the_conversation(
    catcher, account, conversation, agent, django_capture_on_commit_callbacks
):
    delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    ours = catcher.received[0][1]
    raw = customer_mail(
        "<m3@example.com>", In_Reply_To=ours["Message-ID"], References=ours["References"]
    )
    message, created = ingestion.ingest(account, parse_email(account, raw))
    assert created and message.conversation_id == conversation.pk
    assert delivery.message.conversation_id == conversation.pk


def test_a_refused_recipient_fails_the_delivery_for_good_with_the_reason(
    catcher, conversation, agent, django_capture_on_commit_callbacks
):
    catcher.refusal = "550 5.1.1 <pat@example.com>: Recipient address rejected"
    delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.FAILED
    assert "550 5.1.1 <pat@example.com>: Recipient address rejected" in delivery.last_error
    assert catcher.received == []


def test_a_temporary_refusal_is_retried(
    catcher, conversation, agent, django_capture_on_commit_callbacks
):
    catcher.refusal = "451 4.7.1 Greylisted, try again later"
    delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == (DeliveryState.QUEUED, 1)
    assert "451" in delivery.last_error


def test_an_unreachable_mail_server_is_retried(
    settings, conversation, agent, django_capture_on_commit_callbacks
):
    settings.MAILERS = {
        "default": {
            "BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "OPTIONS": {"host": "127.0.0.1", "port": free_port(), "timeout": 5},
        }
    }
    delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    delivery.refresh_from_db()
    assert (delivery.state, delivery.attempts) == (DeliveryState.QUEUED, 1)
    assert "Could not reach the mail server" in delivery.last_error


def test_an_account_without_an_address_fails_for_good(
    account, conversation, agent, django_capture_on_commit_callbacks
):
    ChannelAccount.objects.filter(pk=account.pk).update(config={})
    conversation.refresh_from_db()
    delivery = answer(agent, conversation, django_capture_on_commit_callbacks)
    delivery.refresh_from_db()
    assert delivery.state == DeliveryState.FAILED
    assert "no support address" in delivery.last_error


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        ("E14 again", "Re: E14 again"),
        ("RE: E14 again", "RE: E14 again"),
        ("re:E14", "re:E14"),
        ("", "Your message to Halden Home"),
    ],
)
def test_the_subject_is_answered_with_a_single_re(subject, expected, settings):
    settings.OPENLINE = {**settings.OPENLINE, "COMPANY_NAME": "Halden Home"}
    assert reply_subject(subject) == expected


def test_a_german_customers_mail_is_quoted_under_a_german_attribution_line(
    catcher, account, agent, django_capture_on_commit_callbacks
):
    """Session 19's walk: a German customer read "On Sat, 05 Dec 2026 at 14:00, … wrote:"
    under a German answer. The line now speaks the language the quoted mail was written in,
    in the form the inbound side cuts when the customer answers above it."""
    from openline.channels.email.inbound import trim_quoted

    mail = EmailMessage()
    mail["From"] = "Lukas Meyer <lukas@example.de>"
    mail["To"] = SUPPORT
    mail["Subject"] = "Rechnung"
    mail["Message-ID"] = "<de1@example.de>"
    mail.set_content("Hallo, ich brauche bitte die Rechnung mit unserem Firmennamen. Danke!")
    conversation = ingestion.ingest(account, parse_email(account, mail.as_bytes()))[0].conversation
    answer(agent, conversation, django_capture_on_commit_callbacks, body="Die Rechnung anbei.")
    [(_, sent)] = catcher.received
    body = sent.get_content().replace("\r\n", "\n")
    attribution = body.split("\n")[2]
    assert attribution.startswith("Am ") and attribution.endswith(" schrieb Lukas Meyer:")
    assert " um " in attribution and "wrote" not in body
    assert trim_quoted(f"Danke, passt.\n\n{attribution}\n> Die Rechnung anbei.") == "Danke, passt."
