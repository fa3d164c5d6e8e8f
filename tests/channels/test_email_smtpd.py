"""`openline smtpd` end to end: real SMTP on loopback into the inbox.

The server answers from its own thread, so these tests use committed transactions."""

import smtplib
import socket
from email.message import EmailMessage

import pytest
from django.core.management import CommandError, call_command

from openline.channels.email import smtpd
from openline.inbox.models import ChannelAccount, Conversation, Message

pytestmark = pytest.mark.django_db(transaction=True)
SUPPORT = "help@halden.example"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def account():
    return ChannelAccount.objects.create(kind="email", name="Support", config={"address": SUPPORT})


@pytest.fixture
def start_server(account):
    servers = []

    def start():
        server = smtpd.controller("127.0.0.1", free_port(), server_hostname="localhost")
        server.start()
        servers.append(server)
        return server

    yield start
    for server in servers:
        server.stop()


@pytest.fixture
def server(start_server):
    return start_server()


def send(server, message: EmailMessage | bytes, to=SUPPORT):
    with smtplib.SMTP(server.hostname, server.port, local_hostname="localhost") as client:
        if isinstance(message, bytes):
            return client.sendmail("pat@example.com", [to], message)
        return client.send_message(message, to_addrs=[to])


def mail(message_id="<m1@example.com>", text="My T2 shows E14 again.", **headers):
    message = EmailMessage()
    message["From"] = "Pat Doe <pat@example.com>"
    message["To"] = SUPPORT
    message["Subject"] = "E14 again"
    message["Message-ID"] = message_id
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content(text)
    return message


def test_a_mail_to_the_support_address_becomes_a_conversation_with_text_and_attachment(server):
    message = mail()
    message.add_attachment(b"\x89PNG wiring", maintype="image", subtype="png", filename="e14.png")
    assert send(server, message) == {}
    conversation = Conversation.objects.get()
    inbound = conversation.messages.get()
    assert (conversation.subject, conversation.external_id) == ("E14 again", "<m1@example.com>")
    assert (inbound.body, inbound.identity.email) == ("My T2 shows E14 again.", "pat@example.com")
    attachment = inbound.attachments.get()
    assert (attachment.filename, attachment.file.read()) == ("e14.png", b"\x89PNG wiring")


def test_a_reply_to_our_answer_joins_the_same_conversation(server):
    send(server, mail())
    send(
        server,
        mail(
            "<m3@example.com>",
            "Still beeping.\n\nOn Mon, Halden Support wrote:\n> Please re-seat the wires.",
            In_Reply_To="<m2@halden.example>",
            References="<m1@example.com> <m2@halden.example>",
        ),
    )
    conversation = Conversation.objects.get()
    assert list(conversation.messages.values_list("body", flat=True)) == [
        "My T2 shows E14 again.",
        "Still beeping.",
    ]


def test_plus_addressing_reaches_the_support_address(server):
    send(server, mail(), to="help+urgent@halden.example")
    assert Conversation.objects.get().account.config["address"] == SUPPORT


def test_the_same_mail_delivered_twice_is_stored_once(server):
    send(server, mail())
    assert send(server, mail(text="A copy with other text")) == {}
    assert Message.objects.get().body == "My T2 shows E14 again."


def test_malformed_mail_is_refused_with_554_and_nothing_is_saved(server):
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(server, b"Subject: who am I?\r\n\r\nThere is no From header.")
    assert refused.value.smtp_code == 554
    assert b"no From address" in refused.value.smtp_error
    assert not Conversation.objects.exists()


def test_mail_for_an_unknown_address_is_refused_with_550(server):
    with pytest.raises(smtplib.SMTPRecipientsRefused) as refused:
        send(server, mail(), to="sales@halden.example")
    assert refused.value.recipients["sales@halden.example"][0] == 550
    assert not Conversation.objects.exists()


def test_an_inactive_account_receives_nothing(server, account):
    ChannelAccount.objects.filter(pk=account.pk).update(is_active=False)
    with pytest.raises(smtplib.SMTPRecipientsRefused):
        send(server, mail())


def test_attachments_with_hostile_names_are_stored_under_safe_names(server):
    message = mail()
    for name in ("..", "nul\x00byte.pdf", "\u202eexe.pdf", "y" * 300 + ".txt"):
        message.add_attachment(b"part", maintype="application", subtype="pdf", filename=name)
    assert send(server, message) == {}
    inbound = Message.objects.get()
    assert sorted(a.filename for a in inbound.attachments.all()) == sorted(
        ["attachment", "nulbyte.pdf", "exe.pdf", "y" * 196 + ".txt"]
    )


def test_nul_characters_and_long_names_are_stored_not_retried_for_ever(server):
    raw = (
        b"From: " + b"Pat \x00" + b"D" * 300 + b" <pat@example.com>\r\n"
        b"To: " + SUPPORT.encode() + b"\r\n"
        b"Subject: E14\x00 again\r\n"
        b"Message-ID: <nul@example.com>\r\n"
        b"Content-Type: text/plain; charset=utf-8\r\n\r\n"
        b"My T2\x00 shows E14.\r\n"
    )
    assert send(server, raw) == {}
    inbound = Message.objects.select_related("conversation", "identity").get()
    assert (inbound.body, inbound.conversation.subject) == ("My T2 shows E14.", "E14 again")
    assert inbound.identity.name.startswith("Pat DDD") and len(inbound.identity.name) <= 200
    assert "\x00" not in str(inbound.raw)


def test_a_from_address_longer_than_mail_allows_is_refused_for_good(server):
    message = mail()
    message.replace_header("From", f"Pat <{'p' * 250}@example.com>")
    with pytest.raises(smtplib.SMTPDataError) as refused:
        send(server, message)
    assert refused.value.smtp_code == 554
    assert not Message.objects.exists()


def test_an_oversize_attachment_is_dropped_with_a_note(server, settings):
    settings.OPENLINE = {**settings.OPENLINE, "ATTACHMENT_MAX": 1000}
    message = mail()
    message.add_attachment(b"x" * 900, maintype="image", subtype="jpeg", filename="wiring.jpg")
    message.add_attachment(b"x" * 5000, maintype="video", subtype="mp4", filename="beeping.mp4")
    send(server, message)
    inbound = Message.objects.get()
    assert [a.filename for a in inbound.attachments.all()] == ["wiring.jpg"]
    assert "beeping.mp4" in inbound.raw["dropped_attachments"][0]


def test_a_message_over_the_size_limit_is_refused_with_552(start_server, settings):
    settings.OPENLINE = {**settings.OPENLINE, "EMAIL_MAX_BYTES": 10_000}
    server = start_server()
    message = mail()
    message.add_attachment(b"x" * 20_000, maintype="video", subtype="mp4", filename="big.mp4")
    with pytest.raises(smtplib.SMTPSenderRefused) as refused:
        send(server, message)
    assert refused.value.smtp_code == 552
    assert not Conversation.objects.exists()


def test_the_command_refuses_a_port_out_of_range():
    with pytest.raises(CommandError, match="--port"):
        call_command("smtpd", port=70000)
