"""The champion's view of a conversation: who asked and what was said, with the customer's
private data masked. Text from private channels (e-mail, webhooks, any channel but the public
ones) is redacted through `core.redaction` and rendered again from the redacted text; notes,
attachments, identities and links to the original are never shown."""

from dataclasses import dataclass
from datetime import datetime

from openline.core.markdown import render_markdown
from openline.core.redaction import has_redactors, redact

from ..models import ChannelKind, Conversation, Message, MessageKind

# Channels whose messages are public anyway; everything else (e-mail, webhooks, any other
# channel) is private and redacted for champions.
PUBLIC_CHANNELS = {ChannelKind.COMMUNITY, ChannelKind.FEED}
HIDDEN = "(hidden: this text comes from a private channel and cannot be redacted right now)"


def is_private_channel(kind: str) -> bool:
    return kind not in PUBLIC_CHANNELS


def private_text(conversation: Conversation, text: str) -> str:
    """Text as a champion may read it: masked when it comes from a private channel."""
    if not is_private_channel(conversation.account.kind) or not text:
        return text
    return redact(text) if has_redactors() else HIDDEN


def shown_subject(conversation: Conversation) -> str:
    return private_text(conversation, conversation.subject) or "(no subject)"


def customer_label(conversation: Conversation) -> str:
    """Who asked, as a champion sees it: the public name on the community; on a private
    channel only a first name, never an address or a handle."""
    if conversation.thread is not None:
        return conversation.thread.author.name
    # Person.name falls back to the handle, which may be a phone number or an address: only
    # a first name made of letters is shown.
    name = (conversation.customer.name if conversation.customer else "").strip()
    first = name.split()[0] if name else ""
    return first if first.replace("-", "").replace("'", "").isalpha() else "The customer"


@dataclass(frozen=True)
class ShownMessage:
    pk: int
    kind: str
    who: str
    body_html: str
    created_at: datetime
    hidden_attachments: int


def shown_messages(conversation: Conversation) -> list[ShownMessage]:
    """The dialogue without internal notes, attachments, links to the original or the raw
    message; text from private channels redacted and rendered again from the redacted text."""
    private = is_private_channel(conversation.account.kind)
    shown = []
    for m in (
        conversation.messages.exclude(kind=MessageKind.NOTE)
        .select_related("author")
        .prefetch_related("attachments")
    ):
        if m.kind == MessageKind.INBOUND:
            who = customer_label(conversation) if private else _public_sender(m, conversation)
        else:
            who = m.author.name if m.author else "Staff"
        html = render_markdown(private_text(conversation, m.body)) if private else m.body_html
        shown.append(ShownMessage(m.pk, m.kind, who, html, m.created_at, len(m.attachments.all())))
    return shown


def _public_sender(message: Message, conversation: Conversation) -> str:
    identity = message.identity
    if identity is not None and identity.handle:
        return identity.name or identity.handle
    return customer_label(conversation)
