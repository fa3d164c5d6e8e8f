"""Issue 3, end to end: an e-mail arrives over SMTP, appears live in an open inbox, an agent
answers, and the customer's mailbox receives the reply in the same mail thread."""

import smtplib
import socket
import time
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser

import pytest
from aiosmtpd.controller import Controller
from playwright.sync_api import expect

from openline.accounts.models import Role
from openline.channels.email import smtpd
from openline.inbox.models import ChannelAccount, SlaPolicy

from ..factories import UserFactory
from .signin import sign_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
SUPPORT = "help@halden.example"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


class Mailbox:
    """The customer's mail server: keeps every message it receives."""

    def __init__(self) -> None:
        self.received: list[EmailMessage] = []

    async def handle_DATA(self, server, session, envelope):
        self.received.append(
            BytesParser(policy=policy.default).parsebytes(envelope.original_content)
        )
        return "250 OK"


@pytest.fixture
def mailbox(settings):
    handler = Mailbox()
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
def support_smtpd():
    ChannelAccount.objects.create(kind="email", name="Support", config={"address": SUPPORT})
    server = smtpd.controller("127.0.0.1", free_port(), server_hostname="localhost")
    server.start()
    yield server
    server.stop()


def test_an_email_appears_live_and_the_answer_reaches_the_customers_mail_thread(
    live_server, new_page, mailbox, support_smtpd
):
    SlaPolicy.objects.create(name="Standard", is_default=True)
    UserFactory(username="alex", display_name="Alex Agent", role=Role.AGENT, team="Customer Care")
    page = new_page()
    sign_in(page, live_server.url, "alex")
    page.goto(f"{live_server.url}/inbox/")

    question = EmailMessage()
    question["From"] = "Pat Doe <pat@example.com>"
    question["To"] = SUPPORT
    question["Subject"] = "T2 shows E14 every morning"
    question["Message-ID"] = "<e14-question@example.com>"
    question.set_content("Since Monday my T2 says E14 at 6am. The boiler is a Vaillant.")
    with smtplib.SMTP(
        support_smtpd.hostname, support_smtpd.port, local_hostname="localhost"
    ) as smtp:
        smtp.send_message(question)

    row = page.locator(".inbox-row", has_text="T2 shows E14 every morning")
    expect(row).to_be_visible(timeout=10_000)  # live, without a reload
    row.locator("a").first.click()
    page.fill(
        "#reply-form textarea[name=body]",
        "E14 means the boiler link dropped: re-seat the OpenTherm wires.",
    )
    page.click("#reply-form button[type=submit]")

    deadline = time.monotonic() + 30  # the worker of a busy machine
    while not mailbox.received and time.monotonic() < deadline:
        time.sleep(0.1)
    [answer] = mailbox.received
    assert answer["To"].addresses[0].addr_spec == "pat@example.com"
    assert answer["Subject"] == "Re: T2 shows E14 every morning"
    assert answer["In-Reply-To"] == "<e14-question@example.com>"
    assert "<e14-question@example.com>" in answer["References"]
    assert "re-seat the OpenTherm wires" in answer.get_body(("plain",)).get_content()
