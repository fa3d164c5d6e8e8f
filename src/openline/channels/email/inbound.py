"""Inbound e-mail: one RFC 5322 message → one `InboundItem`.

Threading follows the headers mail clients already write: the conversation is the root of the
References chain (else In-Reply-To, else the message itself), so a customer's reply to our
answer joins the conversation even when an intermediate message never reached us.

Sender addresses are *claims*: SPF, DKIM and DMARC are not checked here (that is the job of the
MTA in front of `openline smtpd`), so an address is only treated as verified — and used to join
identities of the same person across channels — when the account's config says
`"trust_sender_address": true` because the MTA rejects mail that fails those checks."""

import hashlib
import html
import mimetypes
import re
from collections.abc import Iterator
from datetime import timedelta
from email import policy
from email.message import EmailMessage, MIMEPart
from email.parser import BytesParser
from email.utils import parsedate_to_datetime

import nh3
from django.utils import timezone

from openline.core.db import without_nul
from openline.core.files import safe_filename
from openline.inbox.adapters import InboundAttachment, InboundItem
from openline.inbox.models import ChannelAccount
from openline.people.actions import Sender

KIND = "email"
ID_MAX = 300  # Message.external_id and Conversation.external_id
ADDRESS_MAX = 254  # Identity.email, and RFC 5321's limit
REFERENCES_KEPT = 20
RAW_TEXT_MAX = 200_000

MSGID_RE = re.compile(r"<[^<>\s]+>")
# Attribution lines that start quoted history, in the languages our customers write in.
ATTRIBUTION_RE = re.compile(
    r"^\s*("
    r"On\s.+\swrote:"
    r"|Am\s.+\sschrieb\s.+:"
    r"|Op\s.+\sschreef\s.+:"
    r"|Le\s.+\sa\s+écrit\s*:"
    r"|El\s.+\sescribió:"
    r"|-{2,}\s*Original Message\s*-{2,}"
    r"|-{2,}\s*Ursprüngliche Nachricht\s*-{2,}"
    r"|_{10,}"  # Outlook's rule above "From: … Sent: …"
    r")\s*$",
    re.IGNORECASE,
)
QUOTE_OPEN, QUOTE_CLOSE = "\ue000", "\ue001"  # private-use marks for <blockquote> in HTML mail
BLOCK_END_RE = re.compile(r"<br\s*/?>|</(p|div|li|tr|h[1-6]|pre|table)\s*>", re.IGNORECASE)


def address_of(account: ChannelAccount) -> str:
    return str(account.config.get("address", "")).strip().lower()


def parse_email(account: ChannelAccount, raw: bytes) -> InboundItem:
    """Parses one message delivered to `account`. Raises ValueError, with a reason fit for an
    SMTP reply, for anything that is not an e-mail we can store."""
    if not isinstance(raw, bytes | bytearray) or not raw.strip():
        raise ValueError("The message is empty.")
    try:
        msg = BytesParser(policy=policy.default).parsebytes(bytes(raw))
    except Exception as error:  # the parser is lenient; anything it raises is unreadable mail
        raise ValueError(f"The message could not be parsed: {error}") from error
    if not isinstance(msg, EmailMessage) or not msg.keys():
        raise ValueError("This is not an e-mail: it has no headers.")

    name, address = _from(msg)
    if address == address_of(account):
        raise ValueError("Mail from the support address itself is refused (mail loop).")
    message_id = _message_id(msg, raw)
    references = [_normalise_id(i) for i in MSGID_RE.findall(_header(msg, "References"))]
    in_reply_to = next(
        (_normalise_id(i) for i in MSGID_RE.findall(_header(msg, "In-Reply-To"))), ""
    )
    full_text, html_text = _body(msg)
    text = trim_quoted(full_text)
    attachments = tuple(_attachments(msg))
    subject = " ".join(_header(msg, "Subject").split())
    trusted = account.config.get("trust_sender_address") is True
    item = InboundItem(
        external_id=message_id,
        conversation_key=(references[0] if references else in_reply_to or message_id),
        in_reply_to=in_reply_to,
        sender=Sender(
            channel_kind=KIND,
            external_id=address,
            name=name[:200],
            handle=address,
            email=address,
            email_verified=trusted,
        ),
        subject=subject[:300],
        text=text,
        created_at=_date(msg),
        attachments=attachments,
        raw={
            "message_id": message_id,
            "in_reply_to": in_reply_to,
            "references": references[:1] + references[1:][-REFERENCES_KEPT:],
            "from": _header(msg, "From"),
            "to": _header(msg, "To"),
            "cc": _header(msg, "Cc"),
            "date": _header(msg, "Date"),
            "subject": subject,
            "auto_submitted": _header(msg, "Auto-Submitted"),
            "sender_verified": trusted,
            "text": full_text[:RAW_TEXT_MAX],
            "html_only": html_text,
            "size": len(raw),
        },
    )
    # PostgreSQL cannot store NUL, and mail may carry one in any header or body: taken out
    # (the same way every time, so a retried mail is still recognised by its id).
    return without_nul(item)


# --- headers ----------------------------------------------------------------------------------


def _header(msg: EmailMessage, name: str) -> str:
    try:
        value = msg.get(name)
    except Exception:  # a header so broken the policy cannot even fold it
        return ""
    return str(value).strip() if value is not None else ""


def _from(msg: EmailMessage) -> tuple[str, str]:
    try:
        header = msg.get("From")
        addresses = header.addresses if header is not None else ()
    except Exception as error:
        raise ValueError("The From header cannot be read.") from error
    if not addresses:
        raise ValueError("The message has no From address.")
    if len(addresses) != 1:
        raise ValueError("The message has more than one From address.")
    sender = addresses[0]
    if not sender.username or not sender.domain or "@" not in sender.addr_spec:
        raise ValueError(f"The From address {str(header)!r} is not a valid address.")
    if len(sender.addr_spec) > ADDRESS_MAX:
        raise ValueError(f"The From address is longer than {ADDRESS_MAX} characters.")
    return sender.display_name.strip(), sender.addr_spec.strip().lower()


def _normalise_id(value: str) -> str:
    """Message ids are kept with their angle brackets; an absurdly long one is hashed to fit
    the database (the same way wherever it appears, so threading still matches)."""
    value = value.strip()
    if len(value) <= ID_MAX:
        return value
    return f"<{hashlib.sha256(value.encode()).hexdigest()}@long-id.openline.invalid>"


def _message_id(msg: EmailMessage, raw: bytes) -> str:
    found = MSGID_RE.findall(_header(msg, "Message-ID"))
    if found:
        return _normalise_id(found[0])
    # No id: derive one from what a relay does not change (it adds Received lines), so the
    # same mail delivered twice is still recognised.
    _head, _, body = bytes(raw).replace(b"\r\n", b"\n").partition(b"\n\n")
    digest = hashlib.sha256(body)
    for name in ("From", "To", "Cc", "Date", "Subject"):
        digest.update(f"\n{name}:{_header(msg, name)}".encode())
    return f"<{digest.hexdigest()}@no-message-id.openline.invalid>"


def _date(msg: EmailMessage):
    """The Date header, when it is believable; else the time of arrival is used."""
    try:
        when = parsedate_to_datetime(_header(msg, "Date"))
    except (TypeError, ValueError, IndexError):
        return None
    now = timezone.now()
    if when.tzinfo is None or not now - timedelta(days=30) < when < now + timedelta(minutes=5):
        return None
    return when


# --- body -------------------------------------------------------------------------------------


def _text_of(part: MIMEPart) -> str:
    try:
        text: str = part.get_content()
        return text
    except (LookupError, UnicodeError, AssertionError):  # unknown or lying charset
        payload = part.get_payload(decode=True)
        return payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""


def _body(msg: EmailMessage) -> tuple[str, bool]:
    """(text, True when it had to be made from HTML)."""
    try:
        plain = msg.get_body(preferencelist=("plain",))
        if plain is not None:
            return _clean_lines(_text_of(plain)), False
        rich = msg.get_body(preferencelist=("html",))
        if rich is not None:
            return html_to_text(_text_of(rich)), True
    except (ValueError, TypeError, KeyError, IndexError, AttributeError):
        raise ValueError("The message body cannot be decoded.") from None
    return "", False  # attachments only, or an empty body


def _clean_lines(text: str) -> str:
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").replace("\r", "\n").split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_to_text(markup: str) -> str:
    """Plain text from an HTML mail: tags stripped by nh3, blocks as lines, quotes as '> '."""
    markup = re.sub(r"<blockquote\b[^>]*>", f"\n{QUOTE_OPEN}\n", markup, flags=re.IGNORECASE)
    markup = re.sub(r"</blockquote\s*>", f"\n{QUOTE_CLOSE}\n", markup, flags=re.IGNORECASE)
    markup = BLOCK_END_RE.sub("\n", markup)
    text = html.unescape(
        nh3.clean(
            markup,
            tags=set(),
            attributes={},
            clean_content_tags={"script", "style", "head", "title"},
        )
    )
    depth, lines = 0, []
    for line in text.split("\n"):
        depth += line.count(QUOTE_OPEN) - line.count(QUOTE_CLOSE)
        line = " ".join(line.replace(QUOTE_OPEN, "").replace(QUOTE_CLOSE, "").split())
        if line or not depth:
            lines.append("> " * max(depth, 0) + line)
    return _clean_lines("\n".join(lines))


def trim_quoted(text: str) -> str:
    """The new part of a reply: everything from the first "On … wrote:" line (or Outlook's
    "Original Message" rule) and the quoted lines at the end are cut. Quotes interleaved with
    answers stay. A message that is nothing but a quote is kept whole."""
    lines = text.split("\n")
    for index, line in enumerate(lines):
        joined = f"{line} {lines[index + 1]}" if index + 1 < len(lines) else line
        if ATTRIBUTION_RE.match(line) or (
            line.strip().startswith("On ") and ATTRIBUTION_RE.match(joined)
        ):
            lines = lines[:index]
            break
    while lines and (not lines[-1].strip() or lines[-1].lstrip().startswith(">")):
        lines.pop()
    trimmed = "\n".join(lines).strip()
    return trimmed or text.strip()


# --- attachments ------------------------------------------------------------------------------


def _leaves(part: MIMEPart, *, in_alternative: bool = False) -> Iterator[tuple[MIMEPart, bool]]:
    if part.get_content_type() == "message/rfc822":
        yield part, in_alternative
    elif part.is_multipart():
        alternative = part.get_content_type() == "multipart/alternative"
        for sub in part.iter_parts():
            yield from _leaves(sub, in_alternative=in_alternative or alternative)
    else:
        yield part, in_alternative


def _attachments(msg: EmailMessage):
    """Every part that is not the text we show: files, inline images, forwarded mails."""
    body_parts = {id(msg.get_body(preferencelist=("plain",)))}
    body_parts.add(id(msg.get_body(preferencelist=("html",))))
    for number, (part, in_alternative) in enumerate(_leaves(msg), start=1):
        content_type = part.get_content_type()
        filename = part.get_filename()
        if id(part) in body_parts or (
            part.get_content_maintype() == "text"
            and not filename
            and not part.is_attachment()
            and (in_alternative or content_type == "text/html")
        ):
            continue
        if content_type == "message/rfc822":
            inner = part.get_payload(0) if part.is_multipart() else part.get_payload()
            content = inner.as_bytes() if hasattr(inner, "as_bytes") else b""
        else:
            content = part.get_payload(decode=True) or b""
        if not filename:
            extension = ".eml" if content_type == "message/rfc822" else None
            extension = extension or mimetypes.guess_extension(content_type) or ".bin"
            filename = f"part-{number}{extension}"
        yield InboundAttachment(
            filename=safe_filename(filename),
            content_type=content_type,
            content=content,
        )
