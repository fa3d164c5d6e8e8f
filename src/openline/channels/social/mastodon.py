"""Mastodon, with Mastodon.py: mentions of the company's account and direct messages become
conversations, replies go out threaded with the visibility the customer chose.

Reading: `GET /api/v1/notifications?types[]=mention&min_id=<cursor>&limit=40`. `min_id` pages
forward from the cursor (the oldest new notifications first); the cursor is the `min_id` of the
answer's `Link: <…>; rel="prev"` header (the newest notification of the page). A direct message
reaches the account as a mention notification of a status with visibility `direct`. A new
account's first poll reads its latest mentions, up to 200 (older pages by the `rel="next"`
link, i.e. `max_id`); older ones are not imported.

Conversations: the key is the thread's root status, so every post of one thread joins one
conversation. For a post that answers another, `GET /api/v1/statuses/:id/context` gives the root
(its first ancestor) and the earlier posts of the thread, kept in the message's
`raw["thread_context"]` and shown to the agent with the message (fetched on ingest: the thread
is then there even when the earlier posts are deleted later, and the inbox page makes no call
to the instance).

Replying: `POST /api/v1/statuses` with `in_reply_to_id` (the customer's latest post),
`visibility` as the customer's post (a direct message is answered directly), the customer's
`@acct` (and the others they mentioned) put first when the text does not already mention them,
and the delivery's idempotency key as `Idempotency-Key` (a retried delivery never posts twice).
The limit is the instance's `configuration.statuses.max_characters` (`GET /api/v2/instance`),
500 otherwise; Mastodon counts a link as 23 characters and a mention without its domain."""

import logging
import re
import time
from datetime import datetime
from html import unescape
from typing import Any
from urllib.parse import urlsplit

import requests
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.html import strip_tags
from django.utils.translation import gettext_lazy
from mastodon import (
    Mastodon,
    MastodonAPIError,
    MastodonError,
    MastodonNetworkError,
    MastodonRatelimitError,
    MastodonUnauthorizedError,
)

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

from . import credentials, http
from .base import ChannelBroken, Credentials, Option, Page, RateLimited, register
from .sharing import SharedPost

log = logging.getLogger(__name__)
KIND = ChannelKind.MASTODON
DEFAULT_LIMIT = 500
PAGE_SIZE = 40
BACKFILL_MAX = 200  # a new account's first poll reads its latest 200 mentions at most
BACKFILL_PAGES = 5
CONTEXT_KEEP = 20  # earlier posts of a thread kept with a message
TIMEOUT = 20.0
RATE_RESERVE = 10  # calls left in the rate-limit window that polling leaves to replies
URL_LENGTH = 23  # Mastodon counts every link as 23 characters
USER_AGENT = "Openline (+https://github.com/openline)"
VISIBILITIES = ("public", "unlisted", "private", "direct")
OPTIONS = (
    Option(
        "--instance",
        gettext_lazy("The Mastodon instance's address, e.g. https://mastodon.social"),
        label=gettext_lazy("Instance"),
    ),
    Option(
        "--token",
        gettext_lazy("An access token of the account (read, write:statuses)"),
        secret=True,
        label=gettext_lazy("Access token"),
    ),
)

_http_url = URLValidator(schemes=["http", "https"])
_BLOCK_END = re.compile(r"(?i)<br\s*/?>|</(p|div|li|blockquote|pre|h[1-6])>")
_URL = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
_MENTION = re.compile(r"(?<![\w@])@(\w[\w.-]*)@[\w.-]+\.\w+", re.UNICODE)


# --- text ---------------------------------------------------------------------------------------


def plain_text(html: str) -> str:
    """A status's HTML as text: paragraphs and breaks are new lines, tags go (a link is its
    text, which Mastodon writes as the whole URL in hidden and shown spans), entities are
    decoded. The text is rendered again by the inbox's Markdown, which escapes any HTML."""
    html = " ".join((html or "").split())
    html = re.sub(r"(?i)</p>\s*<p[^>]*>", "\n\n", html)
    text = unescape(strip_tags(_BLOCK_END.sub("\n", html)))
    lines = [" ".join(line.split()) for line in text.split("\n")]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def count(text: str) -> int:
    """Characters as Mastodon counts them: a link is 23, `@user@domain` is `@user`."""
    text = _URL.sub("x" * URL_LENGTH, text)
    text = _MENTION.sub(lambda m: "@" + m.group(1), text)
    return len(text)


# --- the client ---------------------------------------------------------------------------------


def _client(instance: str, token: str) -> tuple[Mastodon, requests.Session]:
    session = http.guarded_session(TIMEOUT)
    api = Mastodon(
        api_base_url=instance,
        access_token=token,
        session=session,
        ratelimit_method="throw",  # the poller decides when to call again, never a sleep
        request_timeout=TIMEOUT,
        version_check_mode="none",
        user_agent=USER_AGENT,
    )
    return api, session


def client(account: ChannelAccount) -> tuple[Mastodon, requests.Session]:
    try:
        token = credentials.secret(account, "token")
    except ValueError as error:
        raise ChannelBroken(str(error)) from None
    if not token:
        raise ChannelBroken("No access token is stored: add one with `openline channel update`.")
    return _client(account.config["instance"], token)


def _status(error: MastodonError) -> int:
    code = error.args[1] if len(error.args) > 1 else 0
    return code if isinstance(code, int) else 0


def _retry_after(api: Mastodon) -> float:
    reset = api.ratelimit_reset
    return max(float(reset) - time.time(), 1.0) if reset else 60.0


def _budget_spent(api: Mastodon) -> float:
    """Seconds to wait when the last answer's `X-RateLimit-Remaining` is down to
    RATE_RESERVE calls (kept for replies), until its `X-RateLimit-Reset`; else 0."""
    remaining, reset = api.ratelimit_remaining, api.ratelimit_reset
    if remaining is None or reset is None or remaining > RATE_RESERVE:
        return 0.0
    return max(float(reset) - time.time(), 0.0)


def _translate(error: Exception, api: Mastodon, session: requests.Session, doing: str) -> Exception:
    """Mastodon.py's error as the poller's: RateLimited, ChannelBroken, or a passing error.
    The instance's own words are not repeated (they are shown to staff): its status is."""
    instance = api.api_base_url
    if isinstance(error, MastodonRatelimitError):
        return RateLimited(_retry_after(api), f"{instance} asked us to slow down (429) {doing}.")
    if isinstance(error, MastodonUnauthorizedError):
        return ChannelBroken(
            f"{instance} refused the access token (401 Unauthorized) {doing}: it was revoked "
            "or is wrong. Give a new one with `openline channel update`."
        )
    if isinstance(error, MastodonNetworkError) and (refused := http.refusal(session)):
        return ChannelBroken(
            f"{refused}. Allow the host with OPENLINE_OUTBOUND_ALLOWED_HOSTS if it is yours."
        )
    if isinstance(error, MastodonAPIError) and _status(error) in (403, 404, 410):
        return ChannelBroken(
            f"{instance} answered {outbound.status_reason(_status(error))} {doing}: is the "
            "account suspended, or the token missing the read scope?"
        )
    if isinstance(error, MastodonAPIError) and _status(error):
        return RuntimeError(f"{instance} answered {outbound.status_reason(_status(error))} {doing}")
    if isinstance(error, MastodonNetworkError):
        return RuntimeError(f"{instance} could not be reached {doing}: {error}")
    return error


# --- adding an account --------------------------------------------------------------------------


def clean(options: dict[str, Any]) -> Credentials:
    """Checks the instance and the token by asking the instance who the token is for, and its
    post length limit."""
    instance = (options.get("instance") or "").strip().rstrip("/")
    if instance and "://" not in instance:
        instance = "https://" + instance
    try:
        _http_url(instance)
    except ValidationError:
        raise ValidationError(
            f"--instance must be the instance's http(s) address, not {instance!r}."
        ) from None
    token = (options.get("token") or "").strip()
    if not token:
        raise ValidationError("--token is needed: an access token of the company's account.")
    api, session = _client(instance, token)
    try:
        me = api.account_verify_credentials()
    except MastodonError as error:
        problem = _translate(error, api, session, "checking the token")
        raise ValidationError(str(problem)) from None
    limit = DEFAULT_LIMIT
    try:
        statuses = (api.instance_v2().get("configuration") or {}).get("statuses") or {}
        limit = int(statuses.get("max_characters") or DEFAULT_LIMIT)
    except (MastodonError, TypeError, ValueError, AttributeError):
        log.info("%s does not say its post length limit; assuming %s", instance, DEFAULT_LIMIT)
    host = urlsplit(instance).hostname or ""
    acct = str(me.get("acct") or me.get("username") or "")
    return Credentials(
        config={
            "instance": instance,
            "account_id": str(me["id"]),
            "acct": acct if "@" in acct else f"{acct}@{host}",
            "length_limit": max(min(limit, 100_000), 50),
        },
        secrets={"token": token},
    )


# --- reading ------------------------------------------------------------------------------------


def _full_acct(account_data: Any, host: str) -> str:
    acct = str(account_data.get("acct") or account_data.get("username") or "")
    return acct if "@" in acct else f"{acct}@{host}"


def _id_key(value: str) -> tuple[int, str]:
    return (len(value), value) if value.isdigit() else (0, value)


def _newest(page: Any, notifications: list[Any]) -> str:
    prev = getattr(page, "_pagination_prev", None)
    if isinstance(prev, dict) and prev.get("min_id") is not None:
        return str(prev["min_id"])
    return max((str(n["id"]) for n in notifications), key=_id_key)


def _post_text(status: Any) -> str:
    text = plain_text(status.get("content") or "")
    if status.get("spoiler_text"):
        text = f"Content warning: {plain_text(status['spoiler_text'])}\n\n{text}"
    for media in status.get("media_attachments") or []:
        what = media.get("description") or media.get("type") or "attachment"
        text += f"\n\n[{plain_text(str(what))}] {media.get('url') or media.get('remote_url') or ''}"
    return text.strip()


def _context_entry(status: Any, host: str) -> dict[str, Any]:
    created = status.get("created_at")
    return {
        "id": str(status["id"]),
        "author": "@" + _full_acct(status["account"], host),
        "name": str(status["account"].get("display_name") or ""),
        "text": _post_text(status)[:2000],
        "url": _safe_url(status.get("url") or status.get("uri")),
        "created_at": created.isoformat() if isinstance(created, datetime) else str(created or ""),
    }


def _safe_url(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 500:
        return ""
    try:
        _http_url(value)
    except ValidationError:
        return ""
    return value


def _subject(text: str) -> str:
    """The post's first words, without the mentions it opens with (of us, mostly)."""
    words = text.split()
    while words and words[0].startswith("@"):
        words.pop(0)
    subject = " ".join(words)
    return subject if len(subject) <= 80 else subject[:79].rsplit(" ", 1)[0] + "…"


class MastodonNetwork:
    kind = KIND
    length_limit = DEFAULT_LIMIT
    length_unit = "characters"
    url_length = URL_LENGTH

    @staticmethod
    def count(text: str) -> int:
        return count(text)

    def fetch(self, account: ChannelAccount, cursor: dict[str, Any]) -> Page:
        api, session = client(account)
        min_id = cursor.get("min_id")
        try:
            page = api.notifications(types=["mention"], min_id=min_id, limit=PAGE_SIZE)
            notifications = [n for n in page if n.get("type") == "mention" and n.get("status")]
            # Oldest first: the order the customers wrote in.
            notifications.sort(key=lambda n: _id_key(str(n["id"])))
            items = [self._item(api, account, n) for n in notifications]
        except MastodonError as error:
            raise _translate(error, api, session, "reading mentions") from None
        if not page:
            # Nothing yet: from now on every mention counts, from the first one.
            return Page(
                [],
                {"min_id": str(min_id) if min_id else "0"},
                retry_after_seconds=_budget_spent(api),
            )
        cursor = {"min_id": _newest(page, list(page))}
        if min_id is None:  # the first poll: the latest mentions, older pages by `Link: next`
            items = self._backfill(api, session, account, page, items)
        # More may wait (an instance may also give fewer than asked): ask until a page is empty.
        return Page(
            items=items,
            cursor=cursor,
            # (a server that ignores min_id answers the same page again: stop there)
            more=min_id is not None and cursor["min_id"] != str(min_id),
            retry_after_seconds=_budget_spent(api),
        )

    def _backfill(
        self,
        api: Mastodon,
        session: requests.Session,
        account: ChannelAccount,
        page: Any,
        items: list[InboundItem],
    ) -> list[InboundItem]:
        """The first poll's older pages, up to BACKFILL_MAX notifications in all: a new
        account's inbox starts with its recent mentions (unanswered ones included), not with
        years of them."""
        older: list[InboundItem] = []
        seen = len(page)
        for _ in range(BACKFILL_PAGES * 2):  # fewer than 40 a page on some servers
            if seen >= BACKFILL_MAX:
                break
            oldest = min((str(n["id"]) for n in page), key=_id_key)
            try:
                if getattr(page, "_pagination_next", None):
                    page = api.fetch_next(page)
                else:  # no Link header: what its `next` link would say
                    page = api.notifications(types=["mention"], max_id=oldest, limit=PAGE_SIZE)
            except MastodonError as error:
                raise _translate(error, api, session, "reading older mentions") from None
            if not page:
                break
            kept = list(page)[: BACKFILL_MAX - seen]  # newest first: the oldest are left out
            seen += len(kept)
            notifications = [n for n in kept if n.get("type") == "mention" and n.get("status")]
            notifications.sort(key=lambda n: _id_key(str(n["id"])))
            try:
                older = [self._item(api, account, n) for n in notifications] + older
            except MastodonError as error:
                raise _translate(error, api, session, "reading older mentions") from None
        return older + items

    def _item(self, api: Mastodon, account: ChannelAccount, notification: Any) -> InboundItem:
        host = urlsplit(account.config["instance"]).hostname or ""
        status = notification["status"]
        status_id = str(status["id"])
        parent = str(status.get("in_reply_to_id") or "")
        root, context = status_id, []
        if parent:
            try:
                ancestors = api.status_context(status_id).get("ancestors") or []
            except (MastodonRatelimitError, MastodonUnauthorizedError):
                raise  # the whole page waits: the poller's back-off or pause
            except (MastodonError, AttributeError, TypeError) as error:
                # The thread is gone, private, or the server has no context: the parent is
                # the key; a later post of the thread still joins it by its parent.
                log.info("No context for status %s: %s", status_id, error)
                ancestors = []
            root = str(ancestors[0]["id"]) if ancestors else parent
            context = [_context_entry(a, host) for a in ancestors[-CONTEXT_KEEP:]]
        author = status["account"]
        acct = _full_acct(author, host)
        ours = str(account.config.get("account_id") or "")
        # As the instance writes them (`user` on this instance, `user@domain` elsewhere): the
        # way a reply mentions them, as Mastodon's own apps do.
        mentions = [
            str(m.get("acct") or "")
            for m in status.get("mentions") or []
            if str(m.get("id")) != ours and m.get("acct")
        ]
        text = _post_text(status)
        created = status.get("created_at")
        return without_nul(
            InboundItem(
                external_id=status_id,
                conversation_key=f"status:{root}",
                sender=Sender(
                    channel_kind=KIND,
                    external_id=acct.lower()[:300],
                    name=str(author.get("display_name") or author.get("username") or acct)[:200],
                    handle=("@" + acct)[:200],
                    url=_safe_url(author.get("url")),
                ),
                text=text,
                subject=_subject(text) or f"Mastodon post by @{acct}",
                url=_safe_url(status.get("url") or status.get("uri")),
                created_at=created if isinstance(created, datetime) else None,
                in_reply_to=parent,
                raw={
                    "notification_id": str(notification["id"]),
                    "status_id": status_id,
                    "visibility": str(status.get("visibility") or "public"),
                    "acct": str(author.get("acct") or author.get("username") or acct),
                    "acct_full": acct,
                    "mentions": mentions,
                    "in_reply_to_id": parent,
                    "thread_root": root,
                    "thread_context": context,
                },
            )
        )

    # --- replying -------------------------------------------------------------------------------

    def _answering(self, conversation: Conversation) -> Message | None:
        return (
            Message.objects.filter(conversation=conversation, kind=MessageKind.INBOUND)
            .exclude(external_id=None)
            .order_by("-created_at", "-pk")
            .first()
        )

    def _mentions(self, account: ChannelAccount, target: Message | None) -> list[str]:
        if target is None:
            return []
        raw = target.raw or {}
        ours = str(account.config.get("acct") or "").lower()
        local = ours.split("@", 1)[0]
        people = [str(raw.get("acct") or ""), *[str(m) for m in raw.get("mentions") or []]]
        seen: dict[str, str] = {}
        for acct in people:
            if acct and acct.lower() not in (ours, local):
                seen.setdefault(acct.lower(), acct)
        return list(seen.values())

    def reply_room(self, account: ChannelAccount, conversation: Conversation) -> int:
        limit = int(account.config.get("length_limit") or DEFAULT_LIMIT)
        mentions = self._mentions(account, self._answering(conversation))
        prefix = "".join(f"@{acct} " for acct in mentions)
        return max(limit - count(prefix), 0)

    def send(self, account: ChannelAccount, message: Message, delivery: Delivery) -> str:
        return self.send_parts(account, message, delivery, [message.body.strip()])

    def send_parts(
        self, account: ChannelAccount, message: Message, delivery: Delivery, parts: list[str]
    ) -> str:
        target = self._answering(message.conversation)
        if target is None or not target.external_id:
            raise DeliveryError(
                "There is no Mastodon post of the customer's to answer in this conversation.",
                permanent=True,
            )
        visibility = str((target.raw or {}).get("visibility") or "public")
        if visibility not in VISIBILITIES:
            visibility = "direct"  # unknown: the most private choice
        mentions = self._mentions(account, target)
        try:
            api, session = client(account)
        except ChannelBroken as error:
            raise DeliveryError(str(error), permanent=True) from None
        reply_to: str = target.external_id
        first = ""
        for number, part in enumerate(parts):
            missing = [a for a in mentions if not re.search(rf"(?i)@{re.escape(a)}\b", part)]
            text = "".join(f"@{acct} " for acct in missing) + part
            key = str(delivery.idempotency_key) + (f"-{number + 1}" if number else "")
            try:
                posted = api.status_post(
                    text, in_reply_to_id=reply_to, visibility=visibility, idempotency_key=key
                )
            except MastodonError as error:
                problem = _translate(error, api, session, "posting the reply")
                raise _delivery_error(problem, error) from None
            reply_to = str(posted["id"])
            if not first:
                first = reply_to
                # The customer's answer to our reply names it: it joins this conversation.
                inbox_actions.remember_reply_id(message, first)
        return first

    # --- sharing a thread (channels.social.sharing) --------------------------------------------

    def share_limit(self, account: ChannelAccount) -> int:
        return int(account.config.get("length_limit") or DEFAULT_LIMIT)

    def share(
        self, account: ChannelAccount, *, title: str, url: str, text: str, idempotency_key: str
    ) -> SharedPost:
        """A new public status with `text` (the link in it), `Idempotency-Key` the share's: a
        retried share returns the status posted before instead of posting it twice."""
        if count(text) > self.share_limit(account):
            raise DeliveryError(
                f"Mastodon takes {self.share_limit(account)} characters; this is {count(text)}.",
                permanent=True,
            )
        try:
            api, session = client(account)
        except ChannelBroken as error:
            raise DeliveryError(str(error), permanent=True) from None
        try:
            posted = api.status_post(text, visibility="public", idempotency_key=idempotency_key)
        except MastodonError as error:
            problem = _translate(error, api, session, "sharing the thread")
            if isinstance(problem, RateLimited):
                raise problem from None
            raise _delivery_error(problem, error) from None
        finally:
            session.close()
        return SharedPost(external_id=str(posted["id"]), url=_safe_url(posted.get("url")))


def _delivery_error(problem: Exception, error: MastodonError) -> DeliveryError:
    permanent = isinstance(problem, ChannelBroken) or (
        isinstance(error, MastodonAPIError)
        and 400 <= _status(error) < 500
        and _status(error) not in (408, 429)
    )
    reason = str(problem)
    if isinstance(error, MastodonAPIError) and _status(error) == 422:
        reason += " (the instance refused the post: too long, or the post answered is gone)"
    return DeliveryError(reason, permanent=permanent)


def install() -> None:
    register(MastodonNetwork(), clean, OPTIONS)
