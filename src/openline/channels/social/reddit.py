"""Reddit as a channel, through praw (a "script" app signing in with the company account's
username and password).

Reading, one listing page per `fetch`, in rounds over these sources:
- "inbox": GET /message/inbox — mentions of the account (u/name) and replies to its posts and
  comments. Private messages (t4) are left to Reddit's own inbox.
- "new" and "comments": GET /r/{a+b}/new and /r/{a+b}/comments for the watched subreddits
  (listening): posts and comments that name a keyword (all of them without keywords, e.g. the
  company's own subreddit).
Every item is one inbox message, keyed by its fullname (`t1_…`, `t3_…`: a comment that is both
a mention and in a watched subreddit is stored once); its conversation is the post it belongs
to (`t3_…`). The account's own posts and comments are skipped.

The cursor, per source: {"newest": created_utc of the newest item of the last finished round,
"after": fullname of the page to read next while a round pages back, "run_newest": the newest
seen in that round}, plus "source" (the one to read next), "read" (inbox items to mark read)
and "wait_until". Listings are newest first; a round pages (`after`) until it reaches items
older than `newest`, and only then moves `newest` up, so a restart resumes from the stored page
and nothing is skipped. Items back to LOOKBACK_SECONDS before `newest` are taken again (Reddit's
listings show some items late; what comes twice is ingested once). The between-rounds mark is a
time, not Reddit's `before=<fullname>`: `before` returns nothing at all once that item is
deleted. A new account's first round reads the newest page of each source only.

Marking read: the inbox items of a page are marked read (POST /api/read_message) at the start
of the *next* fetch, from the cursor stored with them: only once they are safely in the inbox,
and reading never depends on it (a person reading the account's inbox on reddit.com skips
nothing here).

Rate limits: Reddit answers with x-ratelimit-remaining/-used/-reset. praw would sleep until the
reset when nothing remains; instead, once nothing remains the page says so
(`Page.retry_after_seconds`: the poller stores it and waits for the reset) and its cursor keeps
the time, so even a forced poll raises `RateLimited` without a request; a 429 raises it too.
praw's own sleep on a RATELIMIT error is capped (`ratelimit_seconds` = 0: at most one second).
Credentials Reddit refuses raise `ChannelBroken`."""

import logging
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

import praw
import prawcore
import requests
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _
from praw.exceptions import RedditAPIException

from openline.core.db import without_nul
from openline.inbox import actions as inbox_actions
from openline.inbox.adapters import DeliveryError, InboundItem
from openline.inbox.models import ChannelAccount, ChannelKind, Delivery, Message, MessageKind
from openline.people.actions import Sender

from .. import feeds
from . import base, credentials
from .metered_http import AddressRefused, Traffic, metered_session
from .sharing import SharedPost

log = logging.getLogger(__name__)
KIND = ChannelKind.REDDIT
LENGTH_LIMIT = 10_000
PAGE_SIZE = 100  # the most a listing returns per request
LOOKBACK_SECONDS = 300
DEFAULT_RATE_LIMIT_WAIT = 60.0
SITE = "https://www.reddit.com"
OAUTH_URL = "https://oauth.reddit.com"
INBOX_TYPES = frozenset({"username_mention", "comment_reply", "post_reply"})
_http_url = URLValidator(schemes=["http", "https"])
_subreddit = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_]{1,20}$")
_username = re.compile(r"^[A-Za-z0-9_-]{3,20}$")
_post_in_path = re.compile(r"/comments/([a-z0-9]+)")


# --- settings ---------------------------------------------------------------------------------


def _text(options: dict[str, Any], key: str) -> str:
    value = options.get(key)
    if value is None:
        return ""
    if not isinstance(value, str):
        raise ValidationError(_("--%(replace)s must be text.") % {"replace": key.replace("_", "-")})
    return value.strip()


def _many(options: dict[str, Any], key: str) -> list[str]:
    """A repeatable option: a list, or one text separated by commas."""
    value = options.get(key) or []
    values = value if isinstance(value, list | tuple) else [value]
    if not all(isinstance(v, str) for v in values):
        raise ValidationError(_("--%(key)s must be text.") % {"key": key})
    words = (w.strip() for v in values for w in v.split(","))
    return list(dict.fromkeys(w for w in words if w))


def clean(options: dict[str, Any]) -> base.Credentials:
    """Checks what an operator gave for a Reddit account (see OPTIONS)."""
    config: dict[str, Any] = {}
    secrets: dict[str, str] = {}
    for key, flag in (("client_id", "--client-id"), ("username", "--username")):
        config[key] = _text(options, key)
        if not config[key]:
            raise ValidationError(_("A Reddit channel needs the app's %(flag)s.") % {"flag": flag})
    for key, flag in (("client_secret", "--client-secret"), ("password", "--password")):
        secrets[key] = _text(options, key)
        if not secrets[key]:
            raise ValidationError(_("A Reddit channel needs the %(flag)s.") % {"flag": flag})
    username = config["username"].removeprefix("u/").removeprefix("/u/")
    if not _username.match(username):
        raise ValidationError(f"{config['username']!r} is not a Reddit username.")
    config["username"] = username
    config["user_agent"] = (
        _text(options, "user_agent") or f"server:openline:v1 (by /u/{config['username']})"
    )
    # `--subreddit` as given, else the stored list (an update that does not change them).
    given = _many(options, "subreddit") or _many(options, "subreddits")
    subreddits = [s.removeprefix("/").removeprefix("r/") for s in given]
    for name in subreddits:
        if not _subreddit.match(name):
            raise ValidationError(f"{name!r} is not a subreddit name (--subreddit).")
    config["subreddits"] = subreddits
    config["keywords"] = _many(options, "keyword") or _many(options, "keywords")
    if config["keywords"] and not subreddits:
        raise ValidationError(_("Keywords listen in subreddits: give at least one --subreddit."))
    share_in = _text(options, "share_subreddit").removeprefix("/").removeprefix("r/")
    if share_in and not _subreddit.match(share_in):
        raise ValidationError(f"{share_in!r} is not a subreddit name (--share-subreddit).")
    if share_in:
        config["share_subreddit"] = share_in
    api_url = _text(options, "api_url").rstrip("/")
    if api_url:
        try:
            _http_url(api_url)
        except ValidationError:
            raise ValidationError(f"--api-url is not an http(s) URL: {api_url!r}.") from None
        config["api_url"] = api_url
    return base.Credentials(config=config, secrets=secrets)


OPTIONS = (
    base.Option(
        "--client-id", _("The id of the account's Reddit app (type 'script')."), label=_("App id")
    ),
    base.Option("--client-secret", _("The app's secret."), secret=True, label=_("App secret")),
    base.Option(
        "--username",
        _("The company's Reddit account, one of the app's developers."),
        label=_("Username"),
    ),
    base.Option("--password", _("That account's password."), secret=True, label=_("Password")),
    base.Option(
        "--user-agent",
        _("What Reddit sees as the client (default 'server:openline:v1 (by /u/USERNAME)')."),
        required=False,
        label=_("User agent"),
    ),
    base.Option(
        "--subreddit",
        _("A subreddit to listen in (repeat, or separate with commas)."),
        required=False,
        label=_("Subreddits"),
    ),
    base.Option(
        "--keyword",
        _(
            "Listen for posts and comments naming this word or phrase (repeat, or separate with "
            "commas); without keywords every post and comment in the subreddits is taken."
        ),
        required=False,
        label=_("Keywords"),
    ),
    base.Option(
        "--share-subreddit",
        _(
            "Where staff share community threads as link posts (e.g. the company's subreddit); "
            "without it the account is not offered for sharing."
        ),
        required=False,
        label=_("Subreddit for sharing"),
    ),
    base.Option(
        "--api-url",
        format_lazy(
            _("Reddit's API base URL for both sign-in and API (default {site} and {oauth})."),
            site=SITE,
            oauth=OAUTH_URL,
        ),
        required=False,
        label=_("API URL"),
    ),
)


# --- the client -------------------------------------------------------------------------------


def _reddit(account: ChannelAccount, traffic: Traffic) -> tuple[praw.Reddit, requests.Session]:
    """A praw client for the account and its session (close it when done)."""
    secrets = credentials.secrets_of(account)
    api_url = account.config.get("api_url")
    session = metered_session(traffic)
    reddit = praw.Reddit(
        client_id=account.config["client_id"],
        client_secret=secrets.get("client_secret", ""),
        username=account.config["username"],
        password=secrets.get("password", ""),
        user_agent=account.config["user_agent"],
        oauth_url=api_url or OAUTH_URL,
        reddit_url=api_url or SITE,
        ratelimit_seconds=0,  # never sleep in the worker on a RATELIMIT answer
        check_for_updates=False,  # no call to PyPI
        check_for_async=False,
        requestor_kwargs={"session": session},
    )
    return reddit, session


def _header(response: Any, name: str) -> float | None:
    headers = getattr(response, "headers", None) or {}
    try:
        return float(headers[name])
    except (KeyError, TypeError, ValueError):
        return None


def _wait_of(traffic: Traffic) -> float | None:
    """Seconds until Reddit takes requests again, when the last answer said none remain."""
    headers = traffic.headers or {}
    try:
        remaining = float(headers.get("x-ratelimit-remaining", "1"))
        reset = float(headers.get("x-ratelimit-reset", DEFAULT_RATE_LIMIT_WAIT))
    except ValueError:
        return None
    return max(reset, 1.0) if remaining < 1 else None


def _broken(account: ChannelAccount, error: Exception) -> Exception:
    """What `fetch` raises for a failure of the client: RateLimited, ChannelBroken, or the
    error itself (server errors, lost connections: the poller backs off and retries)."""
    if isinstance(error, prawcore.TooManyRequests):
        wait = (
            _header(error.response, "retry-after")
            or _header(error.response, "x-ratelimit-reset")
            or DEFAULT_RATE_LIMIT_WAIT
        )
        return base.RateLimited(wait, f"Reddit rate limit reached: retry in {wait:.0f} s.")
    if isinstance(error, prawcore.OAuthException):
        return base.ChannelBroken(
            f"Reddit refused the username or password of {account.name!r} ({error.error}): "
            "check them, and that the account is a developer of the app."
        )
    if isinstance(error, prawcore.ResponseException) and error.response.status_code in (401, 403):
        what = "the app's client id or secret" if "access_token" in error.response.url else "access"
        return base.ChannelBroken(
            f"Reddit refused {what} for {account.name!r} ({error.response.status_code})."
        )
    if isinstance(error, prawcore.NotFound | prawcore.Redirect):
        return base.ChannelBroken(
            f"Reddit does not know a subreddit of {account.name!r}: "
            f"{', '.join(account.config.get('subreddits') or [])}."
        )
    if isinstance(error, prawcore.RequestException) and isinstance(
        error.original_exception, AddressRefused
    ):
        return base.ChannelBroken(
            f"The Reddit API URL of {account.name!r} is refused: {error.original_exception}"
        )
    return error


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Source:
    name: str  # the cursor's key
    path: str


def sources(account: ChannelAccount) -> list[Source]:
    found = [Source("inbox", "message/inbox/")]
    subreddits = "+".join(account.config.get("subreddits") or [])
    if subreddits:
        found += [
            Source("new", f"r/{subreddits}/new/"),
            Source("comments", f"r/{subreddits}/comments/"),
        ]
    return found


def _when(data: dict[str, Any]) -> float:
    try:
        return float(data.get("created_utc") or 0)
    except (TypeError, ValueError):
        return 0.0


def _post_of(data: dict[str, Any]) -> str:
    """The fullname of the post a comment belongs to (inbox comments carry only `context`)."""
    link_id = data.get("link_id")
    if isinstance(link_id, str) and link_id.startswith("t3_"):
        return link_id
    found = _post_in_path.search(str(data.get("context") or data.get("permalink") or ""))
    return f"t3_{found.group(1)}" if found else ""


def thing_item(kind: str, data: dict[str, Any]) -> InboundItem | None:
    """The inbox item for a comment (t1) or a post (t3), or None when it is neither."""
    fullname = str(data.get("name") or "")
    author = str(data.get("author") or "[deleted]")
    if kind == "t3":
        post = fullname
        subject = str(data.get("title") or "")
        text = str(data.get("selftext") or "") or str(data.get("url") or "") or subject
        link = str(data.get("permalink") or "")
    elif kind == "t1":
        post = _post_of(data)
        subject = str(data.get("link_title") or "")
        text = str(data.get("body") or "")
        link = str(data.get("context") or data.get("permalink") or "")
    else:
        return None
    if not fullname or not post:
        return None
    return without_nul(
        InboundItem(
            external_id=fullname,
            conversation_key=post,
            sender=Sender(
                channel_kind=KIND,
                external_id=str(data.get("author_fullname") or f"u/{author}"),
                name=author,
                handle=author,
                url=f"{SITE}/user/{author}" if author != "[deleted]" else "",
            ),
            text=text,
            subject=subject[:300],
            url=f"{SITE}{link}" if link.startswith("/") else "",
            created_at=datetime.fromtimestamp(_when(data), UTC) if _when(data) else None,
            in_reply_to=str(data.get("parent_id") or ""),
            raw={k: data.get(k) for k in ("name", "subreddit", "type", "permalink", "context")},
        )
    )


def _wanted(source: Source, kind: str, data: dict[str, Any], rules: feeds.Rules) -> bool:
    if source.name == "inbox":
        return kind == "t1" and data.get("type") in INBOX_TYPES
    if rules.keywords is None:
        return True
    text = f"{data.get('title') or ''}\n{data.get('selftext') or ''}\n{data.get('body') or ''}"
    return rules.match(text)


class Reddit:
    kind = KIND
    length_limit = LENGTH_LIMIT

    def fetch(self, account: ChannelAccount, cursor: dict[str, Any]) -> base.Page:
        cursor = {k: (dict(v) if isinstance(v, dict) else v) for k, v in cursor.items()}
        waited = float(cursor.get("wait_until") or 0) - time.time()
        if waited > 0:
            raise base.RateLimited(waited, f"Reddit rate limit reached: retry in {waited:.0f} s.")
        cursor.pop("wait_until", None)
        traffic = Traffic()
        reddit, session = _reddit(account, traffic)
        try:
            return self._fetch(account, reddit, traffic, cursor)
        except (prawcore.PrawcoreException, RedditAPIException) as error:
            raise _broken(account, error) from error
        finally:
            session.close()

    def _fetch(
        self, account: ChannelAccount, reddit: praw.Reddit, traffic: Traffic, cursor: dict[str, Any]
    ) -> base.Page:
        if cursor.get("read"):
            reddit.request(
                method="POST", path="api/read_message/", data={"id": ",".join(cursor["read"])}
            )
            cursor.pop("read")
            if (wait := _wait_of(traffic)) is not None:
                raise base.RateLimited(wait, f"Reddit rate limit reached: retry in {wait:.0f} s.")
        order = sources(account)
        index = int(cursor.get("source") or 0) % len(order)
        source = order[index]
        state: dict[str, Any] = cursor.get(source.name) or {}
        after = state.get("after")
        params: dict[str, str | int] = {"limit": PAGE_SIZE}
        if after:
            params["after"] = after
        listing = reddit.request(method="GET", path=source.path, params=params)
        data = (listing or {}).get("data") if isinstance(listing, dict) else None
        children = [c for c in (data or {}).get("children") or [] if isinstance(c, dict)]
        if after and not children:
            # The page's mark is gone (deleted): read this round again from the newest.
            state.pop("after", None)
            cursor[source.name] = state
            return base.Page(items=[], cursor=cursor, more=True)
        newest = state.get("newest")
        cutoff = float(newest) - LOOKBACK_SECONDS if newest else None
        fresh = [c for c in children if cutoff is None or _when(c.get("data") or {}) >= cutoff]
        me = str(account.config.get("username") or "").lower()
        rules = feeds.Rules.of({"keywords": account.config.get("keywords") or []})
        items, unread = [], []
        for child in reversed(fresh):  # listings are newest first: stored oldest first
            kind, thing = str(child.get("kind")), child.get("data") or {}
            if str(thing.get("author") or "").lower() == me or not _wanted(
                source, kind, thing, rules
            ):
                continue
            item = thing_item(kind, thing)
            if item is not None:
                items.append(item)
                if source.name == "inbox" and thing.get("new"):
                    unread.append(item.external_id)
        if unread:  # marked read by the next fetch, once these are stored
            cursor["read"] = unread
        run_newest = max(
            [state.get("run_newest") or 0, *(_when(c.get("data") or {}) for c in children)]
        )
        next_after = (data or {}).get("after")
        if newest and next_after and len(fresh) == len(children):
            # The whole page is new: older new items may follow on the next page.
            cursor[source.name] = {"newest": newest, "after": next_after, "run_newest": run_newest}
            more = True
        else:
            cursor[source.name] = {"newest": max(float(newest or 0), run_newest) or None}
            cursor["source"] = (index + 1) % len(order)
            more = cursor["source"] != 0
        wait = _wait_of(traffic)
        if wait is not None:  # the poller stores this page, then waits (so do forced polls)
            cursor["wait_until"] = time.time() + wait
            more = False
        return base.Page(items=items, cursor=cursor, more=more, retry_after_seconds=wait or 0.0)

    # --- replying -----------------------------------------------------------------------------

    def send(self, account: ChannelAccount, message: Message, delivery: Delivery) -> str:
        text = message.body.strip()
        if len(text) > LENGTH_LIMIT:
            raise DeliveryError(
                f"Reddit takes at most {LENGTH_LIMIT:,} characters; this reply has {len(text):,}.",
                permanent=True,
            )
        answering = (
            Message.objects.filter(
                conversation=message.conversation_id, kind=MessageKind.INBOUND, pk__lt=message.pk
            )
            .exclude(external_id=None)
            .order_by("-created_at", "-pk")
            .values_list("external_id", flat=True)
            .first()
        ) or message.conversation.external_id
        kind, _, thing_id = answering.partition("_")
        reddit, session = _reddit(account, Traffic())
        try:
            target = reddit.comment(thing_id) if kind == "t1" else reddit.submission(thing_id)
            comment = target.reply(text)
        except RedditAPIException as error:
            reasons = "; ".join(f"{i.error_type}: {i.message}" for i in error.items)
            limited = any(i.error_type == "RATELIMIT" for i in error.items)
            raise DeliveryError(
                f"Reddit refused the reply ({reasons}).", permanent=not limited
            ) from error
        except prawcore.TooManyRequests as error:
            raise DeliveryError("Reddit rate limit reached; will retry.") from error
        except (prawcore.ServerError, prawcore.RequestException) as error:
            if isinstance(error, prawcore.RequestException) and isinstance(
                error.original_exception, AddressRefused
            ):
                raise DeliveryError(
                    f"The Reddit API URL is refused: {error}", permanent=True
                ) from error
            raise DeliveryError(f"Reddit could not be reached: {error}") from error
        except prawcore.PrawcoreException as error:
            raise DeliveryError(
                f"Reddit refused the reply: {_broken(account, error)}", permanent=True
            ) from error
        finally:
            session.close()
        if comment is None:
            raise DeliveryError("Reddit answered without the new comment.", permanent=True)
        fullname = str(comment.fullname)
        if not inbox_actions.remember_reply_id(message, fullname):
            log.warning("Comment %s is taken on account %s", fullname, account.pk)
        return fullname

    # --- sharing a thread (channels.social.sharing) -------------------------------------------

    def can_share(self, account: ChannelAccount) -> bool:
        return bool(account.config.get("share_subreddit"))

    def share_limit(self, account: ChannelAccount) -> int:
        return TITLE_LIMIT

    @staticmethod
    def share_count(text: str) -> int:
        return len(share_title(text))

    def share(
        self, account: ChannelAccount, *, title: str, url: str, text: str, idempotency_key: str
    ) -> SharedPost:
        """A link post (POST /api/submit, kind "link") in the account's share subreddit: the
        title is the text staff wrote without its links (the thread's title when nothing else
        is left), the link the thread's address. Reddit takes no idempotency key; `resubmit`
        off makes it refuse a link already posted there, so a retried share is not posted
        twice (it fails saying so)."""
        subreddit = str(account.config.get("share_subreddit") or "")
        if not subreddit:
            raise DeliveryError(
                f"The Reddit channel {account.name!r} has no --share-subreddit.", permanent=True
            )
        heading = share_title(text) or " ".join(title.split())
        if len(heading) > TITLE_LIMIT:
            raise DeliveryError(
                f"A Reddit title takes {TITLE_LIMIT} characters; this is {len(heading)}.",
                permanent=True,
            )
        reddit, session = _reddit(account, Traffic())
        try:
            posted = reddit.subreddit(subreddit).submit(heading, url=url, resubmit=False)
        except RedditAPIException as error:
            for item in error.items:
                if item.error_type == "RATELIMIT":
                    wait = _ratelimit_seconds(item.message or "")
                    raise base.RateLimited(wait, f"Reddit: {item.message}") from error
            reasons = "; ".join(f"{i.error_type}: {i.message}" for i in error.items)
            if any(i.error_type == "ALREADY_SUB" for i in error.items):
                reasons += " (posted on an earlier try? check the subreddit)"
            raise DeliveryError(f"Reddit refused the post ({reasons}).", permanent=True) from error
        except prawcore.TooManyRequests as error:
            raise _broken(account, error) from error
        except (prawcore.ServerError, prawcore.RequestException) as error:
            if isinstance(error, prawcore.RequestException) and isinstance(
                error.original_exception, AddressRefused
            ):
                raise DeliveryError(
                    f"The Reddit API URL is refused: {error}", permanent=True
                ) from error
            raise DeliveryError(f"Reddit could not be reached: {error}") from error
        except prawcore.PrawcoreException as error:
            raise DeliveryError(
                f"Reddit refused the post: {_broken(account, error)}", permanent=True
            ) from error
        finally:
            session.close()
        if posted is None:
            raise DeliveryError("Reddit answered without the new post.", permanent=True)
        post_id = str(posted.id)
        return SharedPost(
            external_id=f"t3_{post_id}", url=f"{SITE}/r/{subreddit}/comments/{post_id}/"
        )


TITLE_LIMIT = 300  # a Reddit post's title
_link = re.compile(r"https?://\S+")
_minutes = re.compile(r"(\d+) (minute|second)")


def share_title(text: str) -> str:
    """The title of a shared link post: the text without its links, spaces collapsed."""
    return " ".join(_link.sub(" ", text).split()).strip(" :-\u2013\u2014")


def _ratelimit_seconds(message: str) -> float:
    """'Looks like you've been doing that a lot. Take a break for 5 minutes before trying
    again.' → 300."""
    found = _minutes.search(message)
    if not found:
        return DEFAULT_RATE_LIMIT_WAIT
    amount = float(found.group(1))
    return max(amount * (60 if found.group(2) == "minute" else 1), 1.0)


NETWORK = Reddit()


def install() -> None:
    base.register(NETWORK, clean, OPTIONS)
