"""parse_email on its own: threading headers, text extraction, refusals."""

from email.message import EmailMessage

import pytest

from openline.channels.email import parse_email, trim_quoted
from openline.inbox.models import ChannelAccount

SUPPORT = ChannelAccount(kind="email", name="Support", config={"address": "help@halden.example"})


def mail(**headers) -> EmailMessage:
    message = EmailMessage()
    message["From"] = headers.pop("From", "Pat Doe <Pat@Example.com>")
    message["To"] = "help@halden.example"
    message["Subject"] = headers.pop("Subject", "E14 again")
    for name, value in headers.items():
        message[name.replace("_", "-")] = value
    message.set_content("My T2 shows E14 again.")
    return message


def test_a_new_mail_starts_its_own_thread_and_the_sender_is_unverified():
    item = parse_email(SUPPORT, mail(Message_ID="<m1@example.com>").as_bytes())
    assert (item.external_id, item.conversation_key, item.in_reply_to) == (
        "<m1@example.com>",
        "<m1@example.com>",
        "",
    )
    assert (item.sender.external_id, item.sender.name, item.sender.email_verified) == (
        "pat@example.com",
        "Pat Doe",
        False,
    )
    assert (item.subject, item.text) == ("E14 again", "My T2 shows E14 again.")


def test_a_reply_is_keyed_on_the_root_of_its_references():
    raw = mail(
        Message_ID="<m3@example.com>",
        In_Reply_To="<m2@halden.example>",
        References="<m1@example.com> <m2@halden.example>",
    ).as_bytes()
    item = parse_email(SUPPORT, raw)
    assert (item.conversation_key, item.in_reply_to) == ("<m1@example.com>", "<m2@halden.example>")


def test_an_account_that_trusts_its_mta_marks_sender_addresses_verified():
    trusting = ChannelAccount(
        kind="email",
        name="Checked",
        config={"address": "help@halden.example", "trust_sender_address": True},
    )
    assert parse_email(trusting, mail().as_bytes()).sender.email_verified


def test_a_mail_without_message_id_gets_the_same_id_on_every_delivery():
    raw = mail().as_bytes()
    relayed = b"Received: from relay.example by mx.example; Mon, 1 Jan 2024\r\n" + raw
    assert parse_email(SUPPORT, raw).external_id == parse_email(SUPPORT, relayed).external_id
    assert parse_email(SUPPORT, raw).external_id.endswith("@no-message-id.openline.invalid>")


def test_quoted_history_is_trimmed_from_the_text_and_kept_in_raw():
    message = mail()
    message.set_content(
        "Still beeping.\n\nOn Mon, 3 Nov 2026 at 09:00, Halden Support <help@halden.example>\n"
        "wrote:\n> Please re-seat the wires.\n> Alex\n"
    )
    item = parse_email(SUPPORT, message.as_bytes())
    assert item.text == "Still beeping."
    assert "> Please re-seat the wires." in item.raw["text"]


def test_interleaved_answers_keep_their_quotes_and_trailing_quotes_go():
    text = "> Which model?\nThe T2.\n> Firmware?\n4.1\n\n> Thanks, Alex\n> Halden Support"
    assert trim_quoted(text) == "> Which model?\nThe T2.\n> Firmware?\n4.1"


def test_an_html_only_mail_becomes_plain_text_without_its_quoted_history():
    message = mail()
    message.set_content(
        "<html><head><style>p{color:red}</style></head><body><p>It fails &amp; beeps"
        "<br>every hour</p><script>alert(1)</script><div class=gmail_quote>On Mon, Support"
        " wrote:<blockquote>Please re-seat the wires.</blockquote></div></body></html>",
        subtype="html",
    )
    assert parse_email(SUPPORT, message.as_bytes()).text == "It fails & beeps\nevery hour"


def test_attachments_are_kept_with_their_names_and_types():
    message = mail()
    message.add_attachment(b"\x89PNG...", maintype="image", subtype="png", filename="e14.png")
    message.add_attachment(b"\x00\x01", maintype="application", subtype="octet-stream")
    item = parse_email(SUPPORT, message.as_bytes())
    assert [(a.filename, a.content_type, a.content) for a in item.attachments] == [
        ("e14.png", "image/png", b"\x89PNG..."),
        ("part-3.bin", "application/octet-stream", b"\x00\x01"),
    ]
    assert item.text == "My T2 shows E14 again."


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        (b"", "empty"),
        (b"just some words, no headers", "not an e-mail"),
        (b"Subject: hello\r\n\r\nwho am I?", "no From address"),
        (b"From: nobody\r\nSubject: x\r\n\r\nbody", "not a valid address"),
        (b"From: a@example.com, b@example.com\r\n\r\nbody", "more than one From"),
        (b"From: help@halden.example\r\n\r\nbody", "mail loop"),
    ],
)
def test_mail_that_cannot_be_stored_is_refused_with_a_reason(raw, reason):
    with pytest.raises(ValueError, match=reason):
        parse_email(SUPPORT, raw)
