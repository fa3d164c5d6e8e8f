"""RSS and Atom monitoring: social listening on blogs and news.

A feed account lists feed URLs and keyword rules (`{"urls": [...], "keywords": [...],
"exclude": [...]}`). Every poll fetches each feed (conditional GET), and each entry whose title
or summary mentions a keyword, and no excluded word, becomes a conversation, once. A broken feed
is logged and recorded in the account's `config["state"][url]["last_error"]`; the others keep
flowing. `openline worker` polls every 5 minutes; `openline channel poll <id>` polls now."""

import calendar
import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from html import unescape
from typing import Any

import feedparser
import httpx
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone
from django.utils.html import strip_tags

from openline.core import outbound, periodic
from openline.core.db import without_nul
from openline.inbox import adapters
from openline.inbox.adapters import DeliveryError, InboundItem
from openline.inbox.ingestion import ingest
from openline.inbox.models import ChannelAccount, ChannelKind, Delivery, Message
from openline.people.actions import Sender

log = logging.getLogger(__name__)
KIND = ChannelKind.FEED
FETCH_TIMEOUT = 10.0
FEED_MAX_BYTES = 5 * 1024 * 1024
POLL_EVERY_SECONDS = 300
USER_AGENT = "Openline feed monitor (+https://github.com/openline)"
# Benign complaints: the feed parsed fine, only its declared encoding or type was off.
_BENIGN = (feedparser.CharacterEncodingOverride, feedparser.NonXMLContentType)
_http_url = URLValidator(schemes=["http", "https"])
_BLOCK_END = re.compile(r"(?i)<br\s*/?>|</(p|div|li|h[1-6]|blockquote|pre|tr)>")


class FeedBroken(Exception):
    """This feed could not be read this time: an HTTP error, a timeout, not a feed."""


@dataclass
class PollResult:
    feeds: int = 0
    entries: int = 0
    matched: int = 0
    created: int = 0
    errors: dict[str, str] = field(default_factory=dict)


# --- matching ---------------------------------------------------------------------------------


def _pattern(words: list[str]) -> re.Pattern[str] | None:
    """Whole words or phrases, any case; inner spaces match any run of white space."""
    parts = [r"\s+".join(re.escape(piece) for piece in w.split()) for w in words if w.strip()]
    if not parts:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


@dataclass(frozen=True)
class Rules:
    keywords: re.Pattern[str] | None
    exclude: re.Pattern[str] | None

    @classmethod
    def of(cls, config: dict[str, Any]) -> "Rules":
        return cls(_pattern(config.get("keywords") or []), _pattern(config.get("exclude") or []))

    def match(self, text: str) -> bool:
        if self.keywords is None or not self.keywords.search(text):
            return False
        return not (self.exclude and self.exclude.search(text))


def plain_text(html: str) -> str:
    """Feed text is HTML: white space is a space, paragraphs and breaks are new lines."""
    html = " ".join((html or "").split())
    text = unescape(strip_tags(_BLOCK_END.sub("\n", html)))
    lines = (" ".join(line.split()) for line in text.splitlines())
    return "\n".join(line for line in lines if line).strip()


# --- fetching ---------------------------------------------------------------------------------


def fetch(url: str, state: dict[str, Any]) -> feedparser.FeedParserDict | None:
    """The parsed feed, or None when it has not changed since the last poll (HTTP 304)."""
    headers = {"user-agent": USER_AGENT}
    if state.get("etag"):
        headers["if-none-match"] = state["etag"]
    if state.get("modified"):
        headers["if-modified-since"] = state["modified"]
    try:
        with (
            outbound.client(timeout=FETCH_TIMEOUT, follow_redirects=True) as client,
            client.stream("GET", url, headers=headers) as response,
        ):
            if response.status_code == 304:
                return None
            if response.status_code != 200:
                raise FeedBroken(f"HTTP {response.status_code}")
            content = bytearray()
            for chunk in response.iter_bytes():
                content += chunk
                if len(content) > FEED_MAX_BYTES:
                    raise FeedBroken(f"larger than {FEED_MAX_BYTES:,} bytes")
    except httpx.HTTPError as error:
        reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        raise FeedBroken(reason) from None
    parsed = feedparser.parse(
        bytes(content), response_headers={"content-type": response.headers.get("content-type", "")}
    )
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and not isinstance(problem, _BENIGN):
        raise FeedBroken(f"not a well-formed feed: {problem}")
    if not parsed.get("version"):
        raise FeedBroken("not an RSS or Atom feed")
    state["etag"] = response.headers.get("etag", "")
    state["modified"] = response.headers.get("last-modified", "")
    return parsed


# --- entries to conversations -----------------------------------------------------------------


def _safe_url(value: Any) -> str:
    if not isinstance(value, str) or len(value) > 500:
        return ""
    try:
        _http_url(value)
    except ValidationError:
        return ""
    return value


def _key(entry: feedparser.FeedParserDict) -> str:
    key = entry.get("id") or entry.get("link") or ""
    if len(key) > 300:
        key = "sha256:" + hashlib.sha256(key.encode()).hexdigest()
    return key


def _when(entry: feedparser.FeedParserDict) -> datetime | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return datetime.fromtimestamp(calendar.timegm(parsed), tz=UTC)


def entry_item(url: str, feed: feedparser.FeedParserDict, entry) -> InboundItem | None:
    """The inbox item for one entry, or None when it has neither id nor link."""
    key = _key(entry)
    if not key:
        return None
    feed_title = plain_text(feed.feed.get("title", "")) or url
    author = plain_text(entry.get("author", ""))
    detail = entry.get("author_detail") or {}
    site = _safe_url(feed.feed.get("link")) or url
    profile = _safe_url(detail.get("href"))
    summary = entry.get("summary") or ""
    if not summary and entry.get("content"):
        summary = entry["content"][0].get("value", "")
    return without_nul(  # PostgreSQL cannot store NUL; a feed may carry one
        InboundItem(
            external_id=key,
            conversation_key=key,
            sender=Sender(
                channel_kind=KIND,
                external_id=(profile or f"{site}#{author or feed_title}")[:300],
                name=(author or feed_title)[:200],
                url=profile or site,
            ),
            text=plain_text(summary) or plain_text(entry.get("title", "")),
            subject=plain_text(entry.get("title", ""))[:300],
            url=_safe_url(entry.get("link")),
            created_at=_when(entry),
            raw={"feed": url, "id": entry.get("id", ""), "link": entry.get("link", "")},
        )
    )


def _matches(rules: Rules, entry) -> bool:
    text = plain_text(entry.get("title", "")) + "\n" + plain_text(entry.get("summary", ""))
    return rules.match(text)


def poll_feed_account(account: ChannelAccount) -> PollResult:
    """Polls every feed of the account once; returns what happened. Never raises for a
    broken feed: its error goes to the log and to the account's state."""
    rules = Rules.of(account.config)
    state: dict[str, dict[str, Any]] = {
        url: dict(value) for url, value in (account.config.get("state") or {}).items()
    }
    result = PollResult()
    for url in account.config.get("urls") or []:
        feed_state = state.setdefault(url, {})
        feed_state["last_polled_at"] = timezone.now().isoformat()
        result.feeds += 1
        try:
            parsed = fetch(url, feed_state)
        except FeedBroken as error:
            log.warning("Feed %s of channel %s is broken: %s", url, account.pk, error)
            feed_state["last_error"] = str(error)[:500]
            result.errors[url] = feed_state["last_error"]
            continue
        feed_state["last_error"] = ""
        if parsed is None:
            continue
        for entry in parsed.entries:
            result.entries += 1
            if not _matches(rules, entry):
                continue
            item = entry_item(url, parsed, entry)
            if item is None:
                continue
            result.matched += 1
            try:
                _, created = ingest(account, item)
            except Exception:  # one bad entry must not stop the feed
                log.exception("Entry %s of feed %s could not be stored", item.external_id, url)
                continue
            result.created += created
    _save_state(account, state)
    return result


def _save_state(account: ChannelAccount, state: dict[str, dict[str, Any]]) -> None:
    """Writes only the state back, over the freshest settings (an admin may be editing)."""
    with transaction.atomic():
        config = (
            ChannelAccount.objects.select_for_update()
            .filter(pk=account.pk)
            .values_list("config", flat=True)
            .first()
        )
        if config is None:
            return
        urls = set(config.get("urls") or [])
        config["state"] = {url: value for url, value in state.items() if url in urls}
        ChannelAccount.objects.filter(pk=account.pk).update(config=config)
    account.config = config


def poll_all_feeds() -> dict[int, PollResult]:
    results = {}
    for account in ChannelAccount.objects.filter(kind=KIND, is_active=True):
        try:
            results[account.pk] = poll_feed_account(account)
        except Exception:  # e.g. the database went away: the next round tries again
            log.exception("Polling feed channel %s failed", account.pk)
    return results


class FeedAdapter:
    """Feeds are read-only: answer the author where they wrote (their blog, by e-mail)."""

    kind = KIND

    def send(self, account: ChannelAccount, message: Message, delivery: Delivery) -> str:
        raise DeliveryError(
            "Feed channels are read-only: answer on the author's site and add a note here.",
            permanent=True,
        )


def install() -> None:
    adapters.register(FeedAdapter())
    periodic.register("channels.poll_feeds", POLL_EVERY_SECONDS, poll_all_feeds)
