"""Bluesky: mentions of the company's account, replies and quotes become conversations; agents
answer in the thread (a post whose `reply` names the thread's root and the parent post by URI
and CID), and direct messages come and go through the chat service when the app password was
created with access to them.

Position (the cursor the poller stores with each page's items): notifications come newest first,
paged backwards by an opaque cursor. A *sweep* reads pages from the newest down to the stored
`since` (the newest `indexedAt` of the last finished sweep); while it runs, the cursor holds the
next page's opaque cursor, so a restart resumes at the page after the last stored one. A sweep
ends at the first notification older than `since`; only then does `since` move up to the newest
notification the sweep saw. Nothing newer than `since` is skipped, nothing stored is fetched
again (notifications at exactly `since` are remembered by URI), and ingestion is idempotent on
the post's URI anyway. Direct messages follow the chat service's event log (`getLog`), whose
cursor is a revision.

Sessions: logging in (`createSession`) is limited to 30 per 5 minutes and 300 a day per account,
so the session (access and refresh tokens) is kept, encrypted with the app password, and
reused; the client refreshes the access token before it expires and when the server says it has
(`ExpiredToken`), logs in again with the app password when the refresh token is dead too, and
the channel is broken only when the app password itself is refused.

Every request goes through `core.outbound`'s guard, including to the account's own PDS (the
session's DID document names it), so a service URL or a DID document cannot make Openline call
an internal address unless the operator allowed that host."""

import logging
import re
import unicodedata
import uuid
from collections.abc import Callable
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

import httpx
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy

from openline.core import outbound
from openline.core.db import without_nul
from openline.inbox import actions as inbox_actions
from openline.inbox.adapters import DeliveryError, InboundItem
from openline.inbox.models import (
    ChannelAccount,
    ChannelKind,
    Conversation,
    Delivery,
    Message,
    MessageKind,
)
from openline.people.actions import Sender

from . import credentials
from .base import ChannelBroken, Credentials, Option, Page, RateLimited, register
from .sharing import SharedPost

# atproto_client is imported where it is used, not here: its package loads every generated
# namespace, sync and async (~1 s), and every openline process imports this module at start-up.
if TYPE_CHECKING:
    from atproto_client import Client
    from atproto_client.client.session import Session, SessionEvent
    from atproto_client.exceptions import RateLimitExceededError, RequestErrorBase

log = logging.getLogger(__name__)

KIND = ChannelKind.BLUESKY
DEFAULT_SERVICE = "https://bsky.social"
LENGTH_LIMIT = 300  # graphemes, as Bluesky counts them (app.bsky.feed.post: maxGraphemes)
BYTES_LIMIT = 3000  # the same record's maxLength, in UTF-8 bytes
CHAT_LENGTH_LIMIT = 1000  # graphemes in a direct message (chat.bsky.convo.defs#messageInput)
TIMEOUT = 15.0
PAGE_SIZE = 50
REASONS = ("mention", "reply", "quote")
# A new account's first sweep goes back this far: the mention that made someone connect the
# account is answered, a year of old mentions does not flood the inbox.
BACKFILL = timedelta(days=1)
CONTEXT_KEEP = 20  # earlier posts of a thread kept with a message
CHAT_RETRY = timedelta(hours=6)  # after the chat service refused us (scope, not served)
CHAT_SOON = timedelta(minutes=10)  # after it failed (down, a 5xx)
RATE_LIMIT_DEFAULT_SECONDS = 60.0
CHAT_PREFIX = "bsky-chat:"  # conversation keys of direct messages
POST_COLLECTION = "app.bsky.feed.post"
MIN_TID = "2222222222222"  # the smallest revision: the whole log of an account with no chats
# Errors that mean "the token is no good": refresh, or log in again.
AUTH_ERRORS = frozenset({"ExpiredToken", "InvalidToken", "AuthenticationRequired", "AuthMissing"})
_APP_PASSWORD = re.compile(r"^[a-z0-9]{4}(-[a-z0-9]{4}){3}$")
_DID = re.compile(r"^did:(plc|web):[a-zA-Z0-9._:%-]{1,2000}$")
_http_url = URLValidator(schemes=["http", "https"])
_TID_ALPHABET = "234567abcdefghijklmnopqrstuvwxyz"
_OPENING_MENTIONS = re.compile(r"^(@[\w.:-]+\s*)+")
_SAFE_PART = re.compile(r"^[A-Za-z0-9._:~-]{1,300}$")  # a handle, DID or record key in a URL


class ServiceError(Exception):
    """Bluesky could not be reached or answered with an error worth trying again later."""


# --- text -------------------------------------------------------------------------------------


def grapheme_count(text: str) -> int:
    """What a person sees as characters, as Bluesky's 300 counts them: a base character with its
    combining marks, an emoji with its skin tone, variation selector or zero-width-joined
    partners, a flag (two regional indicators), CR LF. (Close to Unicode's extended grapheme
    clusters, UAX #29, for the text people write; Hangul jamo sequences count per jamo.)"""
    count = 0
    joined = False  # the previous character was a zero width joiner
    flag_open = False  # an odd regional indicator waits for its pair
    previous = ""
    for char in text:
        code = ord(char)
        if joined:
            joined = False
            previous = char
            continue
        if code == 0x200D:
            joined = count > 0
            previous = char
            continue
        if previous == "\r" and char == "\n":
            previous = char
            continue
        previous = char
        if count and (
            unicodedata.category(char) in ("Mn", "Mc", "Me")
            or 0x1F3FB <= code <= 0x1F3FF  # skin tones
            or 0xE0020 <= code <= 0xE007F  # tag characters (subdivision flags)
            or 0xFE00 <= code <= 0xFE0F  # variation selectors
        ):
            continue
        if 0x1F1E6 <= code <= 0x1F1FF:
            if flag_open:
                flag_open = False
                continue
            flag_open = True
        else:
            flag_open = False
        count += 1
    return count


def _expanded_text(record: dict[str, Any]) -> str:
    """The post's text with each shortened link (`example.com/long-pa...`, the full address in
    a link facet) written out in full; mentions stay as the `@handle` the text shows."""
    text = str(record.get("text") or "")
    data = text.encode()
    links = []
    for facet in record.get("facets") or []:
        index = facet.get("index") or {}
        start, end = index.get("byteStart"), index.get("byteEnd")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(data)):
            continue
        for feature in facet.get("features") or []:
            uri = feature.get("uri")
            if feature.get("$type") == "app.bsky.richtext.facet#link" and isinstance(uri, str):
                links.append((start, end, uri))
    out, at = bytearray(), 0
    for start, end, uri in sorted(links):
        if start < at:
            continue  # overlapping facets: keep the first
        shown = data[start:end].decode(errors="replace")
        out += data[at:start] + (shown if uri.endswith(shown) else uri).encode()
        at = end
    out += data[at:]
    return out.decode(errors="replace")


def _embed_lines(embed: Any, did: str) -> list[str]:
    """What a post carries besides its text, as lines an agent can read and open: images and
    videos (their alt text and the CDN address), link cards, the quoted post."""
    if not isinstance(embed, dict):
        return []
    kind = embed.get("$type")
    lines: list[str] = []
    if kind == "app.bsky.embed.recordWithMedia":
        lines += _embed_lines(embed.get("media"), did)
        lines += _embed_lines(embed.get("record"), did)
    elif kind == "app.bsky.embed.images":
        for image in embed.get("images") or []:
            link = ((image.get("image") or {}).get("ref") or {}).get("$link")
            alt = " ".join(str(image.get("alt") or "").split()) or "no description"
            url = f"https://cdn.bsky.app/img/feed_fullsize/plain/{did}/{link}@jpeg"
            ok = isinstance(link, str) and _SAFE_PART.match(link) and _SAFE_PART.match(did)
            lines.append(f"[image: {alt}]" + (f" {url}" if ok else ""))
    elif kind == "app.bsky.embed.video":
        alt = " ".join(str(embed.get("alt") or "").split()) or "no description"
        lines.append(f"[video: {alt}]")
    elif kind == "app.bsky.embed.external":
        external = embed.get("external") or {}
        uri = str(external.get("uri") or "")
        title = " ".join(str(external.get("title") or "").split())
        if uri.startswith(("https://", "http://")):
            lines.append(f"[link: {title or uri}] {uri}")
    elif kind == "app.bsky.embed.record":
        uri = str((embed.get("record") or {}).get("uri") or "")
        url = post_url(uri)
        if url:
            lines.append(f"[quoting] {url}")
    return lines


def _subject(text: str) -> str:
    """The first words, without the mentions a post opens with (`@support.example.com …`)."""
    line = _OPENING_MENTIONS.sub("", " ".join(text.split())) or " ".join(text.split())
    return line if len(line) <= 80 else line[:79].rstrip() + "…"


def _time(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        return None
    return parsed if parsed.tzinfo else parsed.replace(tzinfo=UTC)


def _iso(value: datetime) -> str:
    return value.astimezone(UTC).isoformat().replace("+00:00", "Z")


def profile_url(did: str, handle: str = "") -> str:
    actor = handle if _SAFE_PART.match(handle) else did if _SAFE_PART.match(did) else ""
    return f"https://bsky.app/profile/{actor}" if actor else ""


def post_url(uri: str, handle: str = "") -> str:
    """The web address of a post: at://did/app.bsky.feed.post/rkey → bsky.app/profile/…/post/…"""
    parts = uri.removeprefix("at://").split("/")
    if len(parts) != 3 or parts[1] != POST_COLLECTION or not _SAFE_PART.match(parts[2]):
        return ""
    profile = profile_url(parts[0], handle)
    return f"{profile}/post/{parts[2]}" if profile else ""


def _author(uri: str) -> str:
    return uri.removeprefix("at://").split("/", 1)[0]


def record_key(created_at: datetime, idempotency_key: uuid.UUID) -> str:
    """A TID for the reply's record: its time is the reply's, its clock id comes from the
    delivery's idempotency key. A retried delivery writes the same record key, so a post that
    went out before a worker died is found, not posted twice."""
    micros = int(created_at.timestamp() * 1_000_000) & ((1 << 53) - 1)
    value = (micros << 10) | (idempotency_key.int & 0x3FF)
    chars = []
    for _ in range(13):
        chars.append(_TID_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


# --- settings ---------------------------------------------------------------------------------


OPTIONS = (
    Option(
        "--service",
        format_lazy(
            gettext_lazy("The account's PDS or entryway (default {service})"),
            service=DEFAULT_SERVICE,
        ),
        required=False,
        label=gettext_lazy("Service"),
    ),
    Option(
        "--handle",
        gettext_lazy("The company account's handle, e.g. support.example.com"),
        label=gettext_lazy("Handle"),
    ),
    Option(
        "--app-password",
        gettext_lazy(
            "An app password (Settings → Privacy and security → App passwords), like "
            "abcd-efgh-ijkl-mnop; tick 'Allow access to your direct messages' to answer DMs"
        ),
        secret=True,
        label=gettext_lazy("App password"),
    ),
)


def clean_service(value: Any) -> str:
    service = str(value or "").strip() or DEFAULT_SERVICE
    try:
        _http_url(service)
    except ValidationError:
        raise ValidationError(f"--service must be an http(s) URL, not {service!r}.") from None
    parts = urlsplit(service)
    path = parts.path.rstrip("/").removesuffix("/xrpc")
    if parts.query or parts.fragment or path:
        raise ValidationError(
            f"--service is the server's address only (like {DEFAULT_SERVICE}), not {service!r}."
        )
    return f"{parts.scheme}://{parts.netloc}".lower()


def clean_handle(value: Any) -> str:
    from atproto_client.models.string_formats import is_valid_handle

    handle = str(value or "").strip().removeprefix("@")
    if _DID.match(handle):
        return handle
    handle = handle.lower()
    if not handle or not is_valid_handle(handle):
        raise ValidationError(
            f"{value!r} is not a Bluesky handle: give one like support.example.com or "
            "name.bsky.social (--handle)."
        )
    return str(handle)


def clean(options: dict[str, Any]) -> Credentials:
    """The account's settings, checked; then a login to the service, so a wrong handle or app
    password is refused now rather than found by the worker. The session it opens is kept
    (encrypted) for the first poll."""
    service = clean_service(options.get("service"))
    handle = clean_handle(options.get("handle"))
    password = str(options.get("app_password") or "").strip().lower()
    if not _APP_PASSWORD.match(password):
        raise ValidationError(
            "--app-password must be an app password (Settings → Privacy and security → App "
            "passwords), which looks like abcd-efgh-ijkl-mnop: never the account's own password."
        )
    connection = Connection(service, handle, password)
    try:
        connection.login()
    except ChannelBroken as error:
        raise ValidationError(str(error)) from None
    except (ServiceError, RateLimited) as error:
        raise ValidationError(f"Cannot log in to {service} now: {error}") from None
    finally:
        connection.close()
    return Credentials(
        config={"service": service, "handle": handle, "did": connection.did},
        secrets={"app_password": password, "session": connection.session_string},
    )


# --- the connection ---------------------------------------------------------------------------


def _xrpc_error(error: "RequestErrorBase") -> str:
    content = getattr(error.response, "content", None)
    return str(getattr(content, "error", "") or "")


def _is_scope_error(error: Exception) -> bool:
    """The token is fine but may not do this (an app password without access to messages)."""
    from atproto_client.exceptions import RequestErrorBase

    return isinstance(error, RequestErrorBase) and "scope" in str(error).lower()


def _is_auth_error(error: Exception) -> bool:
    from atproto_client.exceptions import BadRequestError, LoginRequiredError, UnauthorizedError

    if isinstance(error, LoginRequiredError):
        return True
    if _is_scope_error(error):
        return False
    if isinstance(error, UnauthorizedError):
        return True
    return isinstance(error, BadRequestError) and _xrpc_error(error) in AUTH_ERRORS


def _chat_refused(error: BaseException | None) -> bool:
    """Whether the chat service refused us for good (no access, not served), not just failed."""
    from atproto_client.exceptions import RequestErrorBase

    if not isinstance(error, RequestErrorBase) or error.response is None:
        return False
    return _is_scope_error(error) or error.response.status_code in (401, 403, 404, 501)


def _wait_seconds(error: "RateLimitExceededError") -> float:
    """From `ratelimit-reset` (epoch seconds, Bluesky's header) or `retry-after`."""
    if error.reset_at is not None:
        return max((error.reset_at - datetime.now(UTC)).total_seconds(), 1.0)
    if error.retry_after is not None:
        return max(float(error.retry_after), 1.0)
    return RATE_LIMIT_DEFAULT_SECONDS


def _as_dict(model: Any) -> Any:
    """A response model as the JSON the service sent (`$type` keys included)."""
    from atproto_client.models.utils import get_model_as_dict

    return get_model_as_dict(model)


class Connection:
    """A logged-in atproto client for one account, whose every request goes through the
    outbound guard. `on_session` gets each new session string (login, refresh) to store."""

    def __init__(
        self,
        service: str,
        handle: str,
        password: str,
        *,
        session_string: str = "",
        on_session: Callable[[str], None] | None = None,
    ) -> None:
        from atproto_client import Client
        from atproto_client.request import Request

        self.service = service
        self.handle = handle
        self._password = password
        self._on_session = on_session
        self.did = ""
        self.session_string = ""
        # httpx follows redirects here (atproto asks it to); each hop goes through the guard.
        request = Request(
            transport=outbound.GuardedTransport(),
            timeout=TIMEOUT,
            max_redirects=outbound.MAX_REDIRECTS,
        )
        self.client = Client(base_url=service, request=request)
        self.client.on_session_change(self._session_changed)
        if session_string:
            try:
                self.client.login(session_string=session_string, fetch_bsky_profile=False)
            except (ValueError, TypeError):
                log.warning("The stored Bluesky session of %s is unreadable; logging in", handle)

    def _session_changed(self, event: "SessionEvent", session: "Session") -> None:
        from atproto_client.client.session import SessionEvent

        self.did = session.did
        self.session_string = session.encode()
        if event is not SessionEvent.IMPORT and self._on_session is not None:
            self._on_session(self.session_string)

    def close(self) -> None:
        self.client.request.close()

    def login(self) -> None:
        """createSession with the app password; ChannelBroken when it is refused."""
        from atproto_client.exceptions import BadRequestError, UnauthorizedError

        try:
            self.client.login(self.handle, self._password, fetch_bsky_profile=False)
        except (UnauthorizedError, BadRequestError) as error:
            raise ChannelBroken(
                f"{self.service} refused the handle {self.handle} with this app password "
                f"({error}): check both, or create a new app password and update the channel."
            ) from None
        except Exception as error:
            raise self._translated(error) from error

    def _refresh(self) -> None:
        """refreshSession; a login with the app password when the refresh token is dead too."""
        try:
            self.client._refresh_and_set_session()  # what the client runs before expiry
            return
        except Exception as error:
            if not _is_auth_error(error):
                raise self._translated(error) from error
        self.login()

    def call[T](self, request: "Callable[[Client], T]") -> T:
        """Runs `request`; on an expired or refused token, refreshes (or logs in) and runs it
        once more. Raises RateLimited, ChannelBroken or ServiceError."""
        if not self.session_string:
            self.login()
        try:
            return request(self.client)
        except Exception as error:
            if not _is_auth_error(error):
                raise self._translated(error) from error
            log.info("Bluesky session of %s refused (%s); refreshing", self.handle, error)
        self._refresh()
        try:
            return request(self.client)
        except Exception as error:
            if _is_auth_error(error):
                raise ChannelBroken(
                    f"{self.service} refuses the session of {self.handle} even after a new "
                    f"login ({error})."
                ) from error
            raise self._translated(error) from error

    def _translated(self, error: Exception) -> Exception:
        from atproto_client.exceptions import RateLimitExceededError, RequestErrorBase

        if isinstance(error, RateLimited | ChannelBroken | ServiceError):
            return error
        if isinstance(error, RateLimitExceededError):
            return RateLimited(_wait_seconds(error), f"Bluesky rate limit: {error}")
        if isinstance(error, outbound.AddressRefused):
            return ChannelBroken(
                f"{error}. Allow the host in OPENLINE_OUTBOUND_ALLOWED_HOSTS if it is yours."
            )
        if isinstance(error, RequestErrorBase):
            status = error.response.status_code if error.response is not None else None
            cause = error.__cause__ or error.__context__
            detail = str(error) if error.response is not None else f"{type(cause).__name__}"
            return ServiceError(f"{self.service}: {detail or status}")
        if isinstance(error, httpx.HTTPError):
            return ServiceError(f"{self.service}: {type(error).__name__}: {error}")
        return error


def _secrets(account: ChannelAccount) -> dict[str, str]:
    try:
        return credentials.secrets_of(account)
    except ValueError as error:
        raise ChannelBroken(
            f"{error} Give the app password again (`openline channel update`)."
        ) from None


def _store_session(account: ChannelAccount, session_string: str) -> None:
    """Writes the new session into the account's encrypted secrets (its own short transaction:
    a refreshed token must outlive a poll that fails afterwards)."""
    with transaction.atomic():
        token = (
            ChannelAccount.objects.select_for_update()
            .filter(pk=account.pk)
            .values_list("secret_encrypted", flat=True)
            .first()
        )
        if token is None:
            return
        account.secret_encrypted = token
        credentials.store_secrets(account, {**_secrets(account), "session": session_string})


def connect(account: ChannelAccount) -> Connection:
    secrets = _secrets(account)
    config = account.config
    if not secrets.get("app_password") or not config.get("handle"):
        raise ChannelBroken(
            f"The Bluesky channel {account.name} has no handle or app password: add it again."
        )
    return Connection(
        str(config.get("service") or DEFAULT_SERVICE),
        str(config["handle"]),
        secrets["app_password"],
        session_string=secrets.get("session", ""),
        on_session=lambda session: _store_session(account, session),
    )


# --- notifications to inbox items -------------------------------------------------------------


def _strong_ref(value: Any) -> dict[str, str] | None:
    if isinstance(value, dict) and isinstance(value.get("uri"), str) and value.get("cid"):
        return {"uri": value["uri"], "cid": str(value["cid"])}
    return None


def notification_item(notification: dict[str, Any], own_did: str) -> InboundItem | None:
    """The inbox item for a mention, reply or quote (None for anything else, or a post without
    text nor an address). The conversation is the thread's root post; under the company's own
    posts (an announcement many answer) it is the root and the customer, so that each customer
    gets their own conversation."""
    record = notification.get("record") or {}
    uri, cid = notification.get("uri"), notification.get("cid")
    if notification.get("reason") not in REASONS or not isinstance(uri, str) or not cid:
        return None
    if record.get("$type", POST_COLLECTION) != POST_COLLECTION:
        return None
    author = notification.get("author") or {}
    did = str(author.get("did") or _author(uri))
    if did == own_did:
        return None
    reply = record.get("reply") or {}
    root, parent = _strong_ref(reply.get("root")), _strong_ref(reply.get("parent"))
    key = root["uri"] if root else uri
    if _author(key) == own_did:
        key = f"{key}#{did}"
    handle = str(author.get("handle") or "")
    body = _expanded_text(record)
    text = "\n\n".join([body, *_embed_lines(record.get("embed"), did)]).strip()
    embedded = (record.get("embed") or {}).get("record") or {}
    quoted = (embedded.get("record") or embedded).get("uri")  # recordWithMedia nests it
    return without_nul(
        InboundItem(
            external_id=uri,
            conversation_key=key,
            sender=Sender(
                channel_kind=KIND,
                external_id=did,
                name=str(author.get("displayName") or handle)[:200],
                handle=handle[:200],
                url=profile_url(did, handle),
            ),
            text=text,
            subject=_subject(body or text),
            url=post_url(uri, handle),
            created_at=_time(notification.get("indexedAt")),
            in_reply_to=parent["uri"] if parent else "",
            raw={
                "uri": uri,
                "cid": str(cid),
                "reason": notification["reason"],
                "root": root,
                "parent": parent,
                "quoted": quoted if isinstance(quoted, str) else None,
                "langs": record.get("langs") or [],
            },
        )
    )


def _chat_item(
    convo_id: str, message: dict[str, Any], members: dict[str, dict[str, Any]]
) -> InboundItem | None:
    message_id, did = message.get("id"), (message.get("sender") or {}).get("did")
    if not isinstance(message_id, str) or not isinstance(did, str):
        return None
    member = members.get(did, {})
    handle = str(member.get("handle") or "")
    text = _expanded_text(message)
    return without_nul(
        InboundItem(
            external_id=f"{CHAT_PREFIX}{convo_id}/{message_id}",
            conversation_key=f"{CHAT_PREFIX}{convo_id}",
            sender=Sender(
                channel_kind=KIND,
                external_id=did,
                name=str(member.get("displayName") or handle)[:200],
                handle=handle[:200],
                url=profile_url(did, handle),
            ),
            text=text,
            subject=_subject(text),
            created_at=_time(message.get("sentAt")),
            raw={"convo": convo_id, "id": message_id, "rev": message.get("rev")},
        )
    )


# --- the network ------------------------------------------------------------------------------


class Bluesky:
    kind = KIND
    length_limit = LENGTH_LIMIT  # of a post (a direct message holds more: reply_room)
    length_unit = "graphemes"  # the reply box counts with Intl.Segmenter, the server with count

    # fetching

    def fetch(self, account: ChannelAccount, cursor: dict[str, Any]) -> Page:
        connection = connect(account)
        try:
            return self._fetch(account, connection, dict(cursor or {}))
        finally:
            connection.close()

    def _fetch(
        self, account: ChannelAccount, connection: Connection, cursor: dict[str, Any]
    ) -> Page:
        own_did = str(account.config.get("did") or "")
        if cursor.pop("chat_more", False):  # the chat log has more: notifications can wait
            chat_items, more = self._fetch_chat(connection, cursor, connection.did or own_did)
            return Page(items=chat_items, cursor={**cursor, "chat_more": more}, more=more)
        since = _time(cursor.get("since")) or account.created_at - BACKFILL
        since_uris = set(cursor.get("since_uris") or [])
        sweep = dict(cursor.get("sweep") or {})
        response = self._notifications(connection, sweep)
        own_did = connection.did or own_did
        items: list[InboundItem] = []
        top = _time(sweep.get("top"))
        top_uris = set(sweep.get("top_uris") or [])
        reached = False
        for model in response.notifications:
            notification = _as_dict(model)
            at = _time(notification.get("indexedAt"))
            uri = notification.get("uri")
            if at is None:
                continue
            if at < since:
                reached = True
                continue
            if at == since and uri in since_uris:
                continue
            if top is None or at > top:
                top, top_uris = at, set()
            if at == top:
                top_uris.add(uri)
            item = notification_item(notification, own_did)
            if item is not None:
                items.append(item)
        items = self._with_context(account, connection, items)
        new: dict[str, Any] = {k: v for k, v in cursor.items() if k != "sweep"}
        more = bool(response.cursor) and bool(response.notifications) and not reached
        if more:
            new["sweep"] = {
                "cursor": response.cursor,
                "top": _iso(top) if top else None,
                "top_uris": sorted(top_uris),
            }
            return Page(items=items, cursor=new, more=True)
        if top is not None and top > since:
            new["since"], new["since_uris"] = _iso(top), sorted(top_uris)
        else:
            new["since"], new["since_uris"] = _iso(since), sorted(since_uris | top_uris)
        chat_items, chat_more = self._fetch_chat(connection, new, own_did)
        new["chat_more"] = chat_more
        return Page(items=items + chat_items, cursor=new, more=chat_more)

    def _with_context(
        self, account: ChannelAccount, connection: Connection, items: list[InboundItem]
    ) -> list[InboundItem]:
        """A reply whose parent the inbox has not seen (a mention deep in someone else's
        thread) gets the earlier posts of its thread (getPostThread), kept with the message:
        the agent sees what is being answered, and the inbox page makes no call to Bluesky."""
        parents = {item.in_reply_to for item in items if item.in_reply_to}
        known = set(
            Message.objects.filter(account=account, external_id__in=parents).values_list(
                "external_id", flat=True
            )
        )
        known |= {item.external_id for item in items}
        out = []
        for item in items:
            if item.in_reply_to and item.in_reply_to not in known:
                context = self._thread_context(connection, item.external_id)
                if context:
                    item = replace(item, raw={**item.raw, "thread_context": without_nul(context)})
            out.append(item)
        return out

    def _thread_context(self, connection: Connection, uri: str) -> list[dict[str, str]]:
        try:
            thread = connection.call(
                lambda client: client.app.bsky.feed.get_post_thread(
                    params={"uri": uri, "depth": 0, "parent_height": CONTEXT_KEEP}
                )
            ).thread
        except RateLimited:
            raise
        except (ServiceError, ChannelBroken) as error:  # deleted, blocked: the post will do
            log.info("No thread context for %s: %s", uri, error)
            return []
        ancestors = []
        node = _as_dict(thread).get("parent")
        while isinstance(node, dict) and node.get("$type") == "app.bsky.feed.defs#threadViewPost":
            post = node.get("post") or {}
            author = post.get("author") or {}
            handle = str(author.get("handle") or "")
            ancestors.append(
                {
                    "id": str(post.get("uri") or ""),
                    "author": f"@{handle}" if handle else str(author.get("did") or ""),
                    "name": str(author.get("displayName") or ""),
                    "text": _expanded_text(post.get("record") or {})[:2000],
                    "url": post_url(str(post.get("uri") or ""), handle),
                    "created_at": str(post.get("indexedAt") or ""),
                }
            )
            node = node.get("parent")
        return list(reversed(ancestors))  # the root first

    def _notifications(self, connection: Connection, sweep: dict[str, Any]) -> Any:
        """One page of notifications: the newest, or the one after the sweep's cursor. A
        cursor the service no longer takes restarts the sweep from the newest (what it had
        stored is found again and ingested once)."""
        from atproto_client.exceptions import BadRequestError

        params: dict[str, Any] = {"limit": PAGE_SIZE, "reasons": list(REASONS)}
        if sweep.get("cursor"):
            params["cursor"] = sweep["cursor"]
        try:
            return connection.call(
                lambda client: client.app.bsky.notification.list_notifications(params=params)
            )
        except ServiceError as error:
            if "cursor" not in params or not isinstance(error.__cause__, BadRequestError):
                raise
            log.warning("Bluesky refused a stored cursor of %s (%s)", connection.handle, error)
            sweep.clear()
            params.pop("cursor")
            return connection.call(
                lambda client: client.app.bsky.notification.list_notifications(params=params)
            )

    def _fetch_chat(
        self, connection: Connection, cursor: dict[str, Any], own_did: str
    ) -> tuple[list[InboundItem], bool]:
        """New direct messages from the chat service's log; when the service refuses (an app
        password without access to messages, a PDS that does not proxy chat), a note in the
        cursor and a retry hours later: mentions keep flowing."""
        chat = dict(cursor.get("chat") or {})
        paused = _time(chat.get("paused_until"))
        if paused and paused > timezone.now():
            return [], False
        # A clone sharing the session and the guarded transport (closed with the connection);
        # through `connection.call`, so an expired token is refreshed as for notifications.
        chat_client = connection.client.with_bsky_chat_proxy()
        convo_api = chat_client.chat.bsky.convo
        try:
            if not chat.get("rev"):
                convos = connection.call(
                    lambda _: convo_api.list_convos(params={"limit": 1})
                ).convos
                chat["rev"] = convos[0].rev if convos else MIN_TID
                cursor["chat"] = chat
                return [], False
            response = connection.call(lambda _: convo_api.get_log(params={"cursor": chat["rev"]}))
            messages: list[tuple[str, dict[str, Any]]] = []
            for entry in response.logs:
                log_entry = _as_dict(entry)
                if log_entry.get("$type") != "chat.bsky.convo.defs#logCreateMessage":
                    continue
                message = log_entry.get("message") or {}
                sender = (message.get("sender") or {}).get("did")
                if message.get("$type") == "chat.bsky.convo.defs#messageView" and (
                    sender and sender != own_did
                ):
                    messages.append((str(log_entry.get("convoId")), message))
            members: dict[str, dict[str, Any]] = {}

            def get_convo(convo_id: str) -> Any:
                return connection.call(
                    lambda _: convo_api.get_convo(params={"convo_id": convo_id})
                ).convo

            for convo_id in dict.fromkeys(convo for convo, _ in messages):
                try:
                    convo = get_convo(convo_id)
                except ServiceError as error:  # a conversation left since: the DID will do
                    log.info("No members for Bluesky chat %s: %s", convo_id, error)
                    continue
                for member in convo.members:
                    members[member.did] = _as_dict(member)
        except RateLimited as limited:
            wait = timedelta(seconds=limited.retry_after_seconds)
            chat["paused_until"] = _iso(timezone.now() + wait)
            cursor["chat"] = chat
            return [], False
        except ServiceError as error:
            refused = _chat_refused(error.__cause__)
            log.warning("Bluesky direct messages of %s are not read: %s", connection.handle, error)
            if refused:
                chat["error"] = (
                    f"Direct messages are not read ({str(error)[:300]}): the app password needs "
                    "'Allow access to your direct messages', and the service must serve chat. "
                    f"Trying again after {CHAT_RETRY}."
                )
            else:
                chat["error"] = f"Direct messages could not be read ({str(error)[:300]})."
            chat["paused_until"] = _iso(timezone.now() + (CHAT_RETRY if refused else CHAT_SOON))
            cursor["chat"] = chat
            return [], False
        items = [i for i in (_chat_item(c, m, members) for c, m in messages) if i is not None]
        more = bool(response.logs) and bool(response.cursor) and response.cursor != chat["rev"]
        chat["rev"] = response.cursor or chat["rev"]
        chat.pop("error", None)
        chat.pop("paused_until", None)
        cursor["chat"] = chat
        return items, more

    @staticmethod
    def health_note(cursor: dict[str, Any]) -> str:
        """What the health line should add: why direct messages are not read, if they are not."""
        return str((cursor.get("chat") or {}).get("error") or "")

    # sending (replies.send_reply calls send_parts: one part, or a numbered thread)

    @staticmethod
    def count(text: str) -> int:
        return grapheme_count(text)

    def share(
        self, account: ChannelAccount, *, title: str, url: str, text: str, idempotency_key: str
    ) -> SharedPost:
        """A new post (`createRecord` with a record key from the idempotency key), the link
        as a facet and as an external embed card with the thread's title."""
        return _share(account, title=title, url=url, text=text, key=idempotency_key)

    def reply_room(self, account: ChannelAccount, conversation: Conversation) -> int:
        if conversation.external_id.startswith(CHAT_PREFIX):
            return CHAT_LENGTH_LIMIT
        return LENGTH_LIMIT

    def send(self, account: ChannelAccount, message: Message, delivery: Delivery) -> str:
        return self.send_parts(account, message, delivery, [message.body.strip()])

    def send_parts(
        self, account: ChannelAccount, message: Message, delivery: Delivery, parts: list[str]
    ) -> str:
        """Posts the parts in order, the first answering the customer's newest post and each
        next one the part before, all in the thread's root; returns the first post's URI."""
        conversation = message.conversation
        chat = conversation.external_id.startswith(CHAT_PREFIX)
        limit = CHAT_LENGTH_LIMIT if chat else LENGTH_LIMIT
        for part in parts:
            graphemes = grapheme_count(part)
            if graphemes > limit or (not chat and len(part.encode()) > BYTES_LIMIT):
                what = "direct message" if chat else "post"
                raise DeliveryError(
                    f"A Bluesky {what} holds {limit} characters; this reply has {graphemes}: "
                    "shorten it or send it as a thread.",
                    permanent=True,
                )
        if chat:
            return self._send_chat(account, message, parts)
        newest = _parent_post(message)
        if newest is None:
            raise DeliveryError(
                "No Bluesky post in this conversation to answer: reply on Bluesky directly.",
                permanent=True,
            )
        parent = {"uri": newest.raw["uri"], "cid": newest.raw["cid"]}
        root = newest.raw.get("root") or parent
        connection = _connect_for_send(account)
        first = ""
        try:
            for index, part in enumerate(parts):
                rkey = record_key(
                    message.created_at + timedelta(microseconds=index), delivery.idempotency_key
                )
                parent = self._post(connection, part, rkey, root=root, parent=parent)
                first = first or parent["uri"]
        finally:
            connection.close()
        if not inbox_actions.remember_reply_id(message, first):
            log.warning("Bluesky post %s is already a message of account %s", first, account.pk)
        return first

    def _post(
        self,
        connection: Connection,
        text: str,
        rkey: str,
        *,
        root: dict[str, str],
        parent: dict[str, str],
    ) -> dict[str, str]:
        """One post in the thread; its reference. A post this delivery made on an earlier try
        (same record key) is found instead of posted again."""
        from atproto_client import models

        facets = _sending(connection, lambda client: client.detect_facets(text))
        record = models.AppBskyFeedPost.Record(
            created_at=_iso(timezone.now()),
            text=text,
            facets=facets or None,
            reply=models.AppBskyFeedPost.ReplyRef(
                root=models.ComAtprotoRepoStrongRef.Main(uri=root["uri"], cid=root["cid"]),
                parent=models.ComAtprotoRepoStrongRef.Main(uri=parent["uri"], cid=parent["cid"]),
            ),
        )
        try:
            created = connection.call(
                lambda client: client.app.bsky.feed.post.create(connection.did, record, rkey=rkey)
            )
        except Exception as error:  # a retry may find the post sent before
            found = _already_posted(connection, rkey)
            if found is None:
                raise _delivery_error(error) from error
            return found
        return {"uri": str(created.uri), "cid": str(created.cid)}

    def _send_chat(self, account: ChannelAccount, message: Message, parts: list[str]) -> str:
        """Each part as a direct message (sendMessage takes no idempotency key: a worker that
        dies between sending and recording sends it again on the retry)."""
        from atproto_client import models

        convo_id = message.conversation.external_id.removeprefix(CHAT_PREFIX)
        connection = _connect_for_send(account)
        chat = connection.client.with_bsky_chat_proxy()

        def send_one(text: str) -> str:
            facets = _sending(connection, lambda client: client.detect_facets(text))
            data = {
                "convo_id": convo_id,
                "message": models.ChatBskyConvoDefs.MessageInput(text=text, facets=facets or None),
            }
            sent = _sending(connection, lambda _: chat.chat.bsky.convo.send_message(data=data))
            return f"{CHAT_PREFIX}{convo_id}/{sent.id}"

        try:
            references = [send_one(part) for part in parts]
        finally:
            connection.close()
        inbox_actions.remember_reply_id(message, references[0])
        return references[0]


def _parent_post(message: Message) -> Message | None:
    """The newest post of the customer's in the conversation: the reply answers it."""
    candidates = Message.objects.filter(
        conversation_id=message.conversation_id, kind=MessageKind.INBOUND
    ).order_by("-created_at", "-id")
    for candidate in candidates[:50]:
        if candidate.raw.get("uri") and candidate.raw.get("cid"):
            return candidate
    return None


def _connect_for_send(account: ChannelAccount) -> Connection:
    try:
        return connect(account)
    except ChannelBroken as error:
        raise DeliveryError(str(error)) from error


def _delivery_error(error: Exception) -> DeliveryError:
    from atproto_client.exceptions import RequestErrorBase

    if isinstance(error, DeliveryError):
        return error
    if isinstance(error, RequestErrorBase) and error.response is not None:
        if _is_scope_error(error):
            return DeliveryError(
                "The app password has no access to direct messages: create one with 'Allow "
                "access to your direct messages' and `openline channel update` the channel.",
                permanent=True,
            )
        if error.response.status_code == 400:  # the record was refused (a deleted parent)
            return DeliveryError(f"Bluesky refused the reply: {error}", permanent=True)
    return DeliveryError(str(error) or type(error).__name__)


def _sending[T](connection: Connection, request: "Callable[[Client], T]") -> T:
    """`connection.call` for a send: every failure is a DeliveryError the outbox understands
    (a rate limit or a broken session is tried again later)."""
    from atproto_client.exceptions import RequestErrorBase

    try:
        return connection.call(request)
    except (RateLimited, ChannelBroken, ServiceError) as error:
        cause = error.__cause__
        if isinstance(cause, RequestErrorBase):
            raise _delivery_error(cause) from error
        raise DeliveryError(str(error)) from error
    except RequestErrorBase as error:
        raise _delivery_error(error) from error


def _already_posted(connection: Connection, rkey: str) -> dict[str, str] | None:
    """The reference of the record this delivery wrote on an earlier try, or None."""
    try:
        found = connection.call(lambda client: client.app.bsky.feed.post.get(connection.did, rkey))
    except Exception:  # not there (RecordNotFound) or not reachable: the send failed
        return None
    return {"uri": str(found.uri), "cid": str(found.cid)}


# --- sharing a thread (channels.social.sharing) -----------------------------------------------


def share_record_key(idempotency_key: uuid.UUID) -> str:
    """The record key of a shared post, from the share's idempotency key alone (the share
    carries no time): 63 of the key's bits as a TID. A retried share writes the same key, so a
    post made before a worker died is found, not posted twice. The PDS checks only the TID's
    form; the post's time people see is its `createdAt`."""
    value = idempotency_key.int & ((1 << 63) - 1)
    chars = []
    for _ in range(13):
        chars.append(_TID_ALPHABET[value & 31])
        value >>= 5
    return "".join(reversed(chars))


def link_facets(text: str, url: str) -> list[dict[str, Any]]:
    """A link facet for each place `url` is written in `text` (byte offsets, UTF-8)."""
    if not url:
        return []
    data, needle = text.encode(), url.encode()
    facets, start = [], data.find(needle)
    while start >= 0:
        facets.append(
            {
                "$type": "app.bsky.richtext.facet",
                "index": {"byteStart": start, "byteEnd": start + len(needle)},
                "features": [{"$type": "app.bsky.richtext.facet#link", "uri": url}],
            }
        )
        start = data.find(needle, start + len(needle))
    return facets


def _share(account: ChannelAccount, *, title: str, url: str, text: str, key: str) -> SharedPost:
    graphemes = grapheme_count(text)
    if graphemes > LENGTH_LIMIT or len(text.encode()) > BYTES_LIMIT:
        raise DeliveryError(
            f"Bluesky takes {LENGTH_LIMIT} characters; this is {graphemes}.", permanent=True
        )
    try:
        rkey = share_record_key(uuid.UUID(key))
    except ValueError:
        raise DeliveryError(f"Not an idempotency key: {key!r}.", permanent=True) from None
    record: dict[str, Any] = {
        "$type": "app.bsky.feed.post",
        "text": text,
        "createdAt": _iso(timezone.now()),
    }
    if facets := link_facets(text, url):
        record["facets"] = facets
    if url:  # the link card under the post
        record["embed"] = {
            "$type": "app.bsky.embed.external",
            "external": {"uri": url, "title": title[:300], "description": ""},
        }
    connection = _connect_for_send(account)
    data = {"repo": "", "collection": POST_COLLECTION, "rkey": rkey, "record": record}
    try:
        try:
            created = connection.call(
                lambda client: client.com.atproto.repo.create_record(
                    data={**data, "repo": connection.did}
                )
            )
        except RateLimited:
            raise
        except Exception as error:  # a retry finds the post sent before
            found = _already_posted(connection, rkey)
            if found is None:
                cause = error.__cause__ if isinstance(error, ServiceError) else error
                if isinstance(error, ChannelBroken):
                    raise DeliveryError(str(error)) from error
                raise _delivery_error(cause if isinstance(cause, Exception) else error) from error
            uri = found["uri"]
        else:
            uri = str(created.uri)
    finally:
        connection.close()
    return SharedPost(external_id=uri, url=post_url(uri, str(account.config.get("handle") or "")))


NETWORK = Bluesky()


def install() -> None:
    register(NETWORK, clean, OPTIONS)  # the poller and the inbox adapter (polling.install) use it
