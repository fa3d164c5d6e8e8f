"""The receiving side: an SMTP server (aiosmtpd) that accepts mail for the configured support
addresses and ingests it. Put it behind the organisation's MTA, which checks SPF/DKIM and
relays mail for the support addresses to `openline smtpd`.

Replies follow RFC 5321: unknown recipient 550, unreadable message 554, over the size limit
552 (aiosmtpd, from the SIZE we announce), and 451 when storing fails so the sender retries —
the ingestion is idempotent on the Message-ID, so a retried mail is stored once. What would
fail every time is made storable by the parser (file names, NUL characters, long names) or,
should the database still refuse a value, answered 554: a 451 would be retried for days."""

import logging

from aiosmtpd.controller import Controller
from asgiref.sync import sync_to_async
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import DataError, close_old_connections

from openline.inbox.ingestion import ingest
from openline.inbox.models import ChannelAccount

from .inbound import KIND, address_of, parse_email

log = logging.getLogger(__name__)
DEFAULT_MAX_BYTES = 25 * 1024 * 1024


def max_message_bytes() -> int:
    return int(settings.OPENLINE.get("EMAIL_MAX_BYTES", DEFAULT_MAX_BYTES))


def accounts_for(recipient: str) -> list[ChannelAccount]:
    """Active e-mail accounts for an address; support+anything@ reaches support@."""
    recipient = recipient.strip().lower()
    local, _, domain = recipient.rpartition("@")
    base = f"{local.split('+', 1)[0]}@{domain}"
    return [
        account
        for account in ChannelAccount.objects.filter(kind=KIND, is_active=True).order_by("pk")
        if address_of(account) in (recipient, base)
    ]


def _reply(code: str, text: str) -> str:
    """One safe SMTP reply line: the reason may quote the sender's own headers."""
    clean = " ".join(text.encode("ascii", errors="replace").decode().split())
    return f"{code} {clean[:300]}"


def receive(recipients: list[str], raw: bytes) -> str:
    """Stores one mail for every support address it was sent to. Returns the SMTP reply."""
    close_old_connections()
    try:
        accounts = list({a.pk: a for r in recipients for a in accounts_for(r)}.values())
        if not accounts:
            return _reply("550 5.1.1", "No such support address here.")
        try:
            items = [(account, parse_email(account, raw)) for account in accounts]
        except ValueError as error:
            log.warning("Refused mail for %s: %s", ", ".join(recipients), error)
            return _reply("554 5.6.0", f"Message refused: {error}")
        except Exception:  # a parser bug: refuse this one mail, keep serving the others
            log.exception("Could not read mail for %s", ", ".join(recipients))
            return _reply("554 5.6.0", "Message refused: it could not be read.")
        try:
            for account, item in items:
                message, created = ingest(account, item)
                log.info(
                    "Mail %s for %s: %s",
                    item.external_id,
                    address_of(account),
                    f"conversation {message.conversation_id}" if created else "seen before",
                )
        except ValidationError as error:
            log.warning("Refused mail %s: %s", items[0][1].external_id, error)
            return _reply("554 5.6.0", f"Message refused: {'; '.join(error.messages)}")
        except DataError:  # a value the database cannot hold: retrying would fail again
            log.exception("Could not store mail %s", items[0][1].external_id)
            return _reply("554 5.6.0", "Message refused: it cannot be stored.")
        except Exception:  # the database is away: the sending server will try again
            log.exception("Could not store mail for %s", ", ".join(recipients))
            return _reply("451 4.3.0", "Temporary failure storing the message, try again later.")
        return _reply("250 2.0.0", "Message accepted.")
    finally:
        close_old_connections()


class SupportMailHandler:
    """aiosmtpd handler: the database work runs in Django's thread-sensitive executor."""

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if not await sync_to_async(_known_recipient)(address):
            log.info("Refused RCPT %s from %s", address, session.peer)
            return _reply("550 5.1.1", f"<{address}>: no such support address here.")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        raw = envelope.original_content or b""
        return await sync_to_async(receive)(list(envelope.rcpt_tos), raw)


def _known_recipient(address: str) -> bool:
    close_old_connections()
    try:
        return bool(accounts_for(address))
    finally:
        close_old_connections()


def controller(host: str, port: int, *, server_hostname: str | None = None) -> Controller:
    """A threaded SMTP server for the support addresses; `start()` it, `stop()` it."""
    return Controller(
        SupportMailHandler(),
        hostname=host,
        port=port,
        server_hostname=server_hostname or host,
        data_size_limit=max_message_bytes(),
        enable_SMTPUTF8=True,
    )
