"""Outbound e-mail: an agent's reply leaves from the account's support address as an answer in
the customer's mail thread.

The Message-ID is derived from the delivery's idempotency key, so a send retried after a crash
carries the same id and the customer's mail client shows it once. It is stored on the reply
(`Message.external_id`) before sending, so the customer's answer to it — which names it in
In-Reply-To — joins the same conversation."""

import logging
import smtplib
from email.utils import formataddr

from django.conf import settings
from django.core.mail import EmailMessage
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.translation import gettext

from openline.inbox import actions as inbox_actions
from openline.inbox.adapters import DeliveryError
from openline.inbox.models import ChannelAccount, Delivery, Message, MessageKind
from openline.language.cleaning import clean_message
from openline.language.detect import detect_language

from .inbound import KIND, REFERENCES_KEPT, address_of

log = logging.getLogger(__name__)
SEND_USING = "default"  # the MAILERS alias replies go through


def reply_subject(subject: str) -> str:
    subject = " ".join(subject.split())
    if not subject:
        return f"Your message to {settings.OPENLINE['COMPANY_NAME']}"
    return subject if subject[:3].lower() == "re:" else f"Re: {subject}"


def quote_language(text: str) -> str:
    """The language the customer wrote in, if the product speaks it (else English): the inbox
    knows no customer's language, but the mail it quotes shows it."""
    found = detect_language(clean_message(text))
    return found if found in dict(settings.LANGUAGES) else "en"


def _quote(parent: Message) -> str:
    """The quoted mail under the answer, its attribution line in the customer's language and
    the form their mail programs write ("Am 5. Dez. 2026 um 14:00 schrieb …:"), which the
    inbound side also recognises when the customer answers above it."""
    local = timezone.localtime(parent.created_at)
    identity = parent.identity
    assert identity is not None  # send() quotes only a customer's message, which has one
    who = identity.name or identity.email
    language = quote_language(parent.body)
    with translation.override(language):
        day = (
            local.strftime("%a, %d %b %Y")
            if language == "en"
            else date_format(local, "SHORT_DATE_FORMAT")
        )
        attribution = gettext("On %(date)s at %(time)s, %(who)s wrote:") % {
            "date": day, "time": local.strftime("%H:%M"), "who": who,
        }  # fmt: skip
    quoted = "\n".join(f"> {line}".rstrip() for line in parent.body.splitlines())
    return f"{attribution}\n{quoted}"


def _references(conversation_key: str, parent: Message) -> list[str]:
    chain = list(parent.raw.get("references") or [conversation_key])
    if parent.external_id and parent.external_id not in chain:
        chain.append(parent.external_id)
    chain = list(dict.fromkeys(i for i in chain if i.startswith("<")))
    return chain[:1] + chain[1:][-REFERENCES_KEPT:]  # RFC 5322: keep the root, trim the middle


def _refusal(error: smtplib.SMTPException) -> DeliveryError:
    """5xx answers are final (the address does not exist, the mail is refused); 4xx, lost
    connections and authentication problems are worth retrying."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _ in error.recipients.values()]
        details = "; ".join(
            f"{address}: {code} {_text(reply)}"
            for address, (code, reply) in error.recipients.items()
        )
        return DeliveryError(
            f"The mail server refused the recipient ({details}).",
            permanent=bool(codes) and all(code >= 500 for code in codes),
        )
    if isinstance(error, smtplib.SMTPAuthenticationError):
        return DeliveryError(f"Could not sign in to the mail server: {error}")
    if isinstance(error, smtplib.SMTPConnectError):
        return DeliveryError(f"The mail server did not accept the connection: {error}")
    if isinstance(error, smtplib.SMTPResponseException):
        return DeliveryError(
            f"The mail server answered {error.smtp_code} {_text(error.smtp_error)}",
            permanent=error.smtp_code >= 500,
        )
    return DeliveryError(f"Sending failed: {error}")


def _ascii_domain(address: str) -> str:
    domain = address.rsplit("@", 1)[1]
    try:
        return domain.encode("idna").decode("ascii")
    except UnicodeError:
        return "openline.invalid"


def _text(reply: bytes | str) -> str:
    return reply.decode(errors="replace") if isinstance(reply, bytes) else str(reply)


class EmailAdapter:
    kind = KIND

    def send(self, account: ChannelAccount, message: Message, delivery: Delivery) -> str:
        address = address_of(account)
        if "@" not in address:
            raise DeliveryError(
                f"The e-mail account {account.name!r} has no support address configured.",
                permanent=True,
            )
        conversation = message.conversation
        parent = (
            Message.objects.filter(
                conversation=conversation, kind=MessageKind.INBOUND, pk__lt=message.pk
            )
            .select_related("identity")
            .order_by("-pk")
            .first()
        )
        if parent is None or parent.identity is None or not parent.identity.email:
            raise DeliveryError(
                "No customer e-mail address to answer in this conversation.", permanent=True
            )
        message_id = f"<{delivery.idempotency_key}@{_ascii_domain(address)}>"
        headers = {"Message-ID": message_id}
        if parent.external_id:
            headers["In-Reply-To"] = parent.external_id
        references = _references(conversation.external_id, parent)
        if references:
            headers["References"] = " ".join(references)
        name = account.config.get("from_name") or settings.OPENLINE["COMPANY_NAME"]
        mail = EmailMessage(
            subject=reply_subject(conversation.subject),
            body=f"{message.body}\n\n{_quote(parent)}\n",
            from_email=formataddr((str(name), address)),
            to=[parent.identity.email],
            headers=headers,
        )
        if not inbox_actions.remember_reply_id(message, message_id):
            log.warning("Message-ID %s is taken on account %s", message_id, account.pk)
        try:
            mail.send(using=SEND_USING)
        except smtplib.SMTPException as error:
            raise _refusal(error) from error
        except ValueError as error:  # an address the backend cannot put on the envelope
            raise DeliveryError(f"Cannot send to this address: {error}", permanent=True) from error
        except OSError as error:  # connection refused, timeout, TLS failure
            raise DeliveryError(f"Could not reach the mail server: {error}") from error
        return message_id
