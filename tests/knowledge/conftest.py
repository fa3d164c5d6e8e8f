import pytest

from openline.community import actions


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    """Posts a thread through the product's action and runs what follows the commit (the
    embedding task, run at once by the test task backend, as the worker would)."""

    def make(author, space, title: str, body: str = "Details follow in the thread.", **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return actions.create_thread(
                author, space, kind=kwargs.pop("kind", "question"), title=title, body=body,
                **kwargs,
            )  # fmt: skip

    return make


# --- the bridge: a customer's e-mail answered by staff ---------------------------------------

ASKED = (
    "Hello, since the update my T2 thermostat shows E14 every morning and the heating stays "
    "cold. Call me on +44 7700 900123 or write to pat.doe@example.com, thanks. Pat"
)
ANSWERED = (
    "E14 means the valve lost its calibration after the update. Hold the boost button for ten "
    "seconds until the display blinks; the valve calibrates itself in about two minutes."
)


@pytest.fixture
def mailbox(db):
    from openline.inbox.models import ChannelAccount

    return ChannelAccount.objects.create(
        kind="email", name="Support mail", config={"address": "help@halden.example"}
    )


@pytest.fixture
def email_conversation(mailbox, agent, django_capture_on_commit_callbacks):
    """Pat wrote by e-mail; Alex (an agent) answered, and the answer went out."""
    from openline.inbox import actions as inbox_actions
    from openline.inbox.adapters import InboundItem
    from openline.inbox.ingestion import ingest
    from openline.people.actions import Sender

    sender = Sender(
        channel_kind="email", external_id="pat.doe@example.com", name="Pat Doe",
        email="pat.doe@example.com",
    )  # fmt: skip
    message, _ = ingest(
        mailbox,
        InboundItem(
            external_id="<m1@example.com>",
            conversation_key="<m1@example.com>",
            sender=sender,
            text=ASKED,
            subject="E14 every morning",
        ),
    )
    with django_capture_on_commit_callbacks(execute=True):
        inbox_actions.reply(agent, message.conversation, body=ANSWERED)
    return message.conversation
