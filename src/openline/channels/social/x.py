"""X (formerly Twitter) as a channel, through tweepy's API v2 client.

Reading: the account's mentions, polled with GET /2/users/:id/mentions (expansions author_id and
the referenced tweets with their authors; tweet.fields conversation_id, created_at,
in_reply_to_user_id, referenced_tweets). Each mention is one inbox message; its conversation is
the tweet's `conversation_id`, so a thread of replies stays one conversation. The tweet a mention
answers or quotes comes in the same answer and is kept as the message's `thread_context`. The
account's own tweets are skipped (our replies come back as mentions when the customer's tweet
named us again).

The cursor (stored by the poller with the items of each page, in one transaction):
    {"since_id": "...",          the newest mention of the last *finished* run: the next run
                                 asks only for mentions after it
     "newest_id": "...",         while a run pages back in time: the newest mention it found
     "pagination_token": "...",  while a run pages: the page to read next
     "user_id": "..."}           the account's id when it was looked up with GET /2/users/me
X pages from the newest mention back to `since_id`; `since_id` moves up to the run's
`newest_id` only once the last page is stored, so a restart mid-run goes on from the stored
page (or, should X refuse that page token, runs again from `since_id`: what comes twice is
ingested once) and nothing is skipped. A new account's first poll reads the newest page only
and starts there: older mentions are not imported (each page is a paid request).

Costs: X bills API requests, so the operator sets the account's request budget (`budget`
requests per `budget_period`, "month" — the default — or "day", in UTC) and the poll interval.
Every request this module makes is counted before it is sent, including replies. When the count
reaches the budget, polling stops until the next period: `fetch` raises `RateLimited` (the
seconds until the period ends and the reason, which the poller shows as the channel's state).
Replies still go out and are counted: an answer an agent wrote is what the budget is for.

The count is the state key `account.config["state"]["requests"]` = {"period": "2026-12" (or
"2026-12-03" for a daily budget), "used": 17}, written through `polling.update_state` (row locked,
beside the poller's keys). The pause is the poller's rate-limit state (`retry_at` = the next
period, `last_error` = "paused: request budget of 1000 for this month spent"), so the health
line says "rate limited: paused: request budget of 1000 for this month spent; next try ...".
Raising the budget (`openline channel update ID --budget N`) resumes polling at once.

Replies are posts of at most 280 as X counts (`count`: links 23, CJK and emoji 2); a longer
answer goes out as a thread of numbered posts when the agent chooses so (`send_parts`).

Rate limits: a 429 carries `x-rate-limit-reset` (epoch seconds): `RateLimited` until then; an
answer whose `x-rate-limit-remaining` is 0 is stored and the poller waits for the reset
(`Page.retry_after_seconds`) before asking for a 429.
Credentials X refuses (401, or 403 for an app without access) raise `ChannelBroken`."""

import calendar
import html
import logging
import re
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

import requests
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from openline.core.db import without_nul
from openline.inbox import actions as inbox_actions
from openline.inbox.adapters import DeliveryError, InboundItem
from openline.inbox.models import ChannelAccount, ChannelKind, Delivery, Message, MessageKind
from openline.people.actions import Sender

from . import base, credentials, polling
from .metered_http import AddressRefused, Traffic, metered_session
from .sharing import SharedPost

# tweepy is imported where it is used, not here (~0.15 s at start-up under load), like
# atproto_client in bluesky.py: every openline process imports this module at start-up.
if TYPE_CHECKING:
    import tweepy

log = logging.getLogger(__name__)
KIND = ChannelKind.X
LENGTH_LIMIT = 280
TWEEPY_HOST = "https://api.twitter.com"  # where tweepy sends every request
PAGE_SIZE = 100  # the most /mentions returns per request
DEFAULT_RATE_LIMIT_WAIT = 60.0  # a 429 without x-rate-limit-reset
PERIODS = ("month", "day")
TWEET_FIELDS = ["conversation_id", "created_at", "in_reply_to_user_id", "referenced_tweets"]
USER_FIELDS = ["name", "username"]
OAUTH1 = ("api_key", "api_secret", "access_token", "access_token_secret")
URL_LENGTH = 23  # every link is shortened to a t.co link of this length
PARTS_KEY = "x_thread"  # on a reply's `raw`: the ids of the posts of its thread sent so far
_http_url = URLValidator(schemes=["http", "https"])
_URL = re.compile(r"https?://[^\s<>\"]+", re.IGNORECASE)
_LIGHT = ((0, 4351), (8192, 8205), (8208, 8223), (8242, 8247))  # weight 1 of 2


# --- settings ---------------------------------------------------------------------------------


def _text(options: dict[str, Any], key: str) -> str:
    value = options.get(key)
    if value is None:
        return ""
    if not isinstance(value, str | int):
        raise ValidationError(_("--%(replace)s must be text.") % {"replace": key.replace("_", "-")})
    return str(value).strip()


def clean(options: dict[str, Any]) -> base.Credentials:
    """Checks what an operator gave for an X account (see OPTIONS)."""
    secrets = {key: _text(options, key) for key in ("bearer_token", *OAUTH1)}
    secrets = {key: value for key, value in secrets.items() if value}
    given = [key for key in OAUTH1 if key in secrets]
    if given and len(given) < len(OAUTH1):
        missing = ", ".join("--" + k.replace("_", "-") for k in OAUTH1 if k not in secrets)
        raise ValidationError(
            _("OAuth 1.0a user context needs all four keys: give %(missing)s.")
            % {"missing": missing}
        )
    if not secrets:
        raise ValidationError(
            _(
                "Give the account's --bearer-token (read only) or its OAuth 1.0a user context "
                "(--api-key, --api-secret, --access-token, --access-token-secret) to reply."
            )
        )
    config: dict[str, Any] = {}
    user_id = _text(options, "user_id")
    if user_id and not user_id.isdigit():
        raise ValidationError(f"--user-id is the account's numeric id, not {user_id!r}.")
    if not user_id and not given:
        raise ValidationError(
            _(
                "With a bearer token only, give the account's numeric --user-id (looking it up "
                "needs the OAuth 1.0a user context)."
            )
        )
    if user_id:
        config["user_id"] = user_id
    budget = _text(options, "budget") or "0"
    if not budget.isdigit():
        raise ValidationError(f"--budget is a number of requests, not {budget!r}.")
    config["budget"] = int(budget)
    period = _text(options, "budget_period").lower() or "month"
    if period not in PERIODS:
        raise ValidationError(f"--budget-period is 'month' or 'day', not {period!r}.")
    config["budget_period"] = period
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
        "--bearer-token", _("App-only bearer token: reads mentions."), True, False,
        _("Bearer token"),
    ),
    base.Option(
        "--api-key", _("OAuth 1.0a consumer key (replies need user context)."), True, False,
        _("API key"),
    ),
    base.Option("--api-secret", _("OAuth 1.0a consumer secret."), True, False, _("API secret")),
    base.Option(
        "--access-token", _("OAuth 1.0a access token of the account."), True, False,
        _("Access token"),
    ),
    base.Option(
        "--access-token-secret", _("OAuth 1.0a access token secret."), True, False,
        _("Access token secret"),
    ),
    base.Option(
        "--user-id", _("The account's numeric id (else looked up)."), required=False,
        label=_("User id"),
    ),
    base.Option(
        "--budget",
        _(
            "Requests allowed per budget period (X bills each one); polling pauses when they "
            "are spent. 0: no limit."
        ),
        required=False,
        label=_("Request budget"),
    ),
    base.Option(
        "--budget-period", _("'month' (default) or 'day', in UTC."), required=False,
        label=_("Budget period"),
    ),
    base.Option(
        "--api-url",
        format_lazy(_("The X API's base URL (default {host})."), host=TWEEPY_HOST),
        required=False,
        label=_("API URL"),
    ),
)  # fmt: skip


# --- the request budget -----------------------------------------------------------------------


def _period(now: datetime, kind: str) -> tuple[str, datetime]:
    """The period's name and when the next one starts (UTC)."""
    now = now.astimezone(UTC)
    if kind == "day":
        start = now.replace(hour=0, minute=0, second=0, microsecond=0)
        return f"{now:%Y-%m-%d}", start + timedelta(days=1)
    days = calendar.monthrange(now.year, now.month)[1]
    start = now.replace(day=1, hour=0, minute=0, second=0, microsecond=0)
    return f"{now:%Y-%m}", start + timedelta(days=days)


def budget_reason(budget: int, kind: str) -> str:
    return f"paused: request budget of {budget:,} for this {kind} spent"


@dataclass
class Budget:
    """Counts every request of one account before it is sent; `enforce` refuses one past the
    budget (polling) instead of counting it over (replies)."""

    account: ChannelAccount
    enforce: bool

    def spend(self) -> None:
        limit = int(self.account.config.get("budget") or 0)
        kind = self.account.config.get("budget_period") or "month"
        name, next_start = _period(timezone.now(), kind)
        refused = False

        def count(state: dict[str, Any]) -> None:
            nonlocal refused
            usage = state.get("requests")
            if not isinstance(usage, dict) or usage.get("period") != name:
                usage = {"period": name, "used": 0}
            refused = bool(self.enforce and limit and usage["used"] >= limit)
            usage["used"] += 0 if refused else 1
            state["requests"] = usage

        polling.update_state(self.account, count)
        if refused:
            wait = (next_start - timezone.now()).total_seconds()
            raise base.RateLimited(max(wait, 1.0), budget_reason(limit, kind))


# --- the client -------------------------------------------------------------------------------


def _client(
    account: ChannelAccount, budget: Budget, traffic: Traffic | None = None
) -> "tweepy.Client":
    import tweepy

    secrets = credentials.secrets_of(account)
    client = tweepy.Client(
        bearer_token=secrets.get("bearer_token"),
        consumer_key=secrets.get("api_key"),
        consumer_secret=secrets.get("api_secret"),
        access_token=secrets.get("access_token"),
        access_token_secret=secrets.get("access_token_secret"),
        return_type=dict,
        wait_on_rate_limit=False,  # never sleep in the worker: the poller waits
    )
    api_url = account.config.get("api_url") or TWEEPY_HOST
    rewrite = {TWEEPY_HOST: api_url} if api_url != TWEEPY_HOST else {}
    client.session = metered_session(
        traffic or Traffic(), rewrite=rewrite, before_send=budget.spend
    )
    return client


def _has_user_context(account: ChannelAccount) -> bool:
    secrets = credentials.secrets_of(account)
    return all(secrets.get(key) for key in OAUTH1)


def _messages(error: "tweepy.HTTPException") -> str:
    found = [m for m in error.api_messages if m]
    if not found:
        try:
            body = error.response.json()
        except ValueError:
            body = {}
        found = [str(body[key]) for key in ("detail", "title") if body.get(key)][:1]
    return "; ".join(found)[:300] or str(error.response.status_code)


def _reset_in(error: "tweepy.TooManyRequests") -> float:
    reset = error.response.headers.get("x-rate-limit-reset", "")
    try:
        return max(float(reset) - time.time(), 1.0)
    except ValueError:
        return DEFAULT_RATE_LIMIT_WAIT


def _spent_for(traffic: Traffic) -> float:
    """Seconds until X's rate-limit window resets, when the last answer said none remain."""
    headers = traffic.headers or {}
    try:
        remaining = int(headers.get("x-rate-limit-remaining", "1"))
        reset = float(headers.get("x-rate-limit-reset", "0"))
    except ValueError:
        return 0.0
    return max(reset - time.time(), 1.0) if remaining <= 0 and reset else 0.0


def _broken(account: ChannelAccount, error: Exception) -> Exception:
    """The exception `fetch` raises for a failure of the client: RateLimited, ChannelBroken, or
    the error itself (a server error or a lost connection: the poller backs off and retries)."""
    import tweepy

    if isinstance(error, tweepy.TooManyRequests):
        wait = _reset_in(error)
        return base.RateLimited(wait, f"X rate limit reached: retry in {wait:.0f} s.")
    if isinstance(error, tweepy.Unauthorized):
        return base.ChannelBroken(
            f"X refused the credentials of {account.name!r} (401: {_messages(error)}): "
            "check the bearer token or the OAuth 1.0a keys."
        )
    if isinstance(error, tweepy.Forbidden | tweepy.NotFound):
        return base.ChannelBroken(
            f"X refused access for {account.name!r} ({error.response.status_code}: "
            f"{_messages(error)})."
        )
    if isinstance(error, AddressRefused):
        return base.ChannelBroken(f"The X API URL of {account.name!r} is refused: {error}")
    return error


# --- reading ----------------------------------------------------------------------------------


def _when(value: Any) -> datetime | None:
    return parse_datetime(value) if isinstance(value, str) else None


def _context(
    tweet: dict[str, Any], tweets: dict[str, dict[str, Any]], users: dict[str, dict[str, Any]]
) -> list[dict[str, str]]:
    """The tweets this one answers or quotes, as X expanded them in the same answer (no extra
    request): the agent sees what the customer is talking about."""
    posts = []
    for ref in tweet.get("referenced_tweets") or []:
        found = tweets.get(str(ref.get("id")))
        if found is None or ref.get("type") not in ("replied_to", "quoted"):
            continue
        author = users.get(str(found.get("author_id")), {})
        username = str(author.get("username") or "")
        posts.append(
            {
                "id": str(found["id"]),
                "author": f"@{username}" if username else "",
                "name": str(author.get("name") or ""),
                "text": html.unescape(str(found.get("text") or "")),
                "url": f"https://x.com/{username or 'i/web'}/status/{found['id']}",
                "created_at": str(found.get("created_at") or ""),
            }
        )
    return posts


def tweet_item(
    tweet: dict[str, Any],
    users: dict[str, dict[str, Any]],
    tweets: dict[str, dict[str, Any]] | None = None,
) -> InboundItem:
    author = users.get(str(tweet.get("author_id")), {})
    username = str(author.get("username") or "")
    replied_to = next(
        (
            str(ref.get("id"))
            for ref in tweet.get("referenced_tweets") or []
            if ref.get("type") == "replied_to"
        ),
        "",
    )
    tweet_id = str(tweet["id"])
    profile = f"https://x.com/{username}" if username else ""
    return without_nul(
        InboundItem(
            external_id=tweet_id,
            conversation_key=str(tweet.get("conversation_id") or tweet_id),
            sender=Sender(
                channel_kind=KIND,
                external_id=str(tweet.get("author_id") or ""),
                name=str(author.get("name") or username)[:200],
                handle=username,
                url=profile,
            ),
            # X escapes &, < and > in tweet text.
            text=html.unescape(str(tweet.get("text") or "")),
            url=f"https://x.com/{username or 'i/web'}/status/{tweet_id}",
            created_at=_when(tweet.get("created_at")),
            in_reply_to=replied_to,
            raw={**tweet, "thread_context": _context(tweet, tweets or {}, users)},
        )
    )


def count(text: str) -> int:
    """A post's length as X weighs it (twitter-text v3): a link is 23; Latin, Cyrillic, Greek
    and most punctuation 1; other characters (CJK, emoji) 2."""
    text = _URL.sub("x" * URL_LENGTH, text)
    return sum(1 if any(lo <= ord(c) <= hi for lo, hi in _LIGHT) else 2 for c in text)


def _bad_page_token(error: "tweepy.BadRequest") -> bool:
    return any("pagination_token" in message for message in error.api_messages)


class X:
    kind = KIND
    length_limit = LENGTH_LIMIT
    length_unit = "characters"
    url_length = URL_LENGTH

    @staticmethod
    def count(text: str) -> int:
        return count(text)

    def fetch(self, account: ChannelAccount, cursor: dict[str, Any]) -> base.Page:
        import tweepy

        traffic = Traffic()
        client = _client(account, Budget(account, enforce=True), traffic)
        try:
            page = self._fetch(account, client, dict(cursor))
            wait = _spent_for(traffic)
            if not wait:
                return page
            # X's 15-minute window is spent: the poller stores this page, then waits.
            return base.Page(page.items, page.cursor, more=False, retry_after_seconds=wait)
        except (tweepy.HTTPException, AddressRefused) as error:
            raise _broken(account, error) from error
        finally:
            client.session.close()

    def _fetch(
        self, account: ChannelAccount, client: "tweepy.Client", cursor: dict[str, Any]
    ) -> base.Page:
        import tweepy

        user_auth = not credentials.secrets_of(account).get("bearer_token")
        user_id = account.config.get("user_id") or cursor.get("user_id")
        if not user_id:
            me = client.get_me(user_auth=True)
            user_id = cursor["user_id"] = str(me["data"]["id"])
        since_id, token = cursor.get("since_id"), cursor.get("pagination_token")
        params: dict[str, Any] = {
            "max_results": PAGE_SIZE,
            "expansions": ["author_id", "referenced_tweets.id", "referenced_tweets.id.author_id"],
            "tweet_fields": TWEET_FIELDS,
            "user_fields": USER_FIELDS,
            "user_auth": user_auth,
        }
        if since_id:
            params["since_id"] = since_id
        try:
            page = {"pagination_token": token} if token else {}
            answer = client.get_users_mentions(user_id, **params, **page)
        except tweepy.BadRequest as error:
            if not token or not _bad_page_token(error):
                raise
            # The stored page token expired: run again from since_id (repeats are ingested once).
            log.info("X refused the page token of account %s; reading again", account.pk)
            cursor.pop("pagination_token", None)
            cursor.pop("newest_id", None)
            token = None
            answer = client.get_users_mentions(user_id, **params)
        meta = answer.get("meta") or {}
        includes = answer.get("includes") or {}
        users = {str(u["id"]): u for u in includes.get("users") or []}
        tweets = {str(t["id"]): t for t in includes.get("tweets") or []}
        items = [  # X lists the newest first: stored oldest first
            tweet_item(tweet, users, tweets)
            for tweet in reversed(answer.get("data") or [])
            if str(tweet.get("author_id")) != str(user_id)
        ]
        newest = cursor.get("newest_id") if token else meta.get("newest_id")
        newest = newest or since_id
        next_token = meta.get("next_token")
        if next_token and since_id:  # more of this run to read
            cursor.update(since_id=since_id, newest_id=newest, pagination_token=next_token)
            return base.Page(items=items, cursor=cursor, more=True)
        cursor.pop("pagination_token", None)
        cursor.pop("newest_id", None)
        if newest:
            cursor["since_id"] = str(newest)
        return base.Page(items=items, cursor=cursor, more=False)

    # --- replying -----------------------------------------------------------------------------

    def send(self, account: ChannelAccount, message: Message, delivery: Delivery) -> str:
        return self.send_parts(account, message, delivery, [message.body.strip()])

    def send_parts(
        self, account: ChannelAccount, message: Message, delivery: Delivery, parts: list[str]
    ) -> str:
        """Posts `parts` as a thread under the customer's latest tweet, each answering the one
        before. X takes no idempotency key: the ids of the parts posted are kept on the
        message, so a retry after a failure goes on with the next part instead of posting
        the first ones again (X would refuse them as duplicates)."""
        import tweepy

        if not _has_user_context(account):
            raise DeliveryError(
                f"The X channel {account.name!r} has a bearer token only: replies need its "
                "OAuth 1.0a user context (--api-key, --api-secret, --access-token, "
                "--access-token-secret).",
                permanent=True,
            )
        for part in parts:
            if count(part) > LENGTH_LIMIT:
                raise DeliveryError(
                    f"X takes {LENGTH_LIMIT} characters in a post; this one has {count(part)}.",
                    permanent=True,
                )
        posted = [str(i) for i in (message.raw or {}).get(PARTS_KEY) or []]
        reply_to = posted[-1] if posted else _answering(message)
        client = _client(account, Budget(account, enforce=False))
        try:
            for part in parts[len(posted) :]:
                answer = client.create_tweet(
                    text=part, in_reply_to_tweet_id=reply_to, user_auth=True
                )
                reply_to = str(answer["data"]["id"])
                posted.append(reply_to)
                if len(posted) == 1:
                    # The customer's answer names our reply: it joins this conversation (and
                    # our reply, should X list it as a mention, is not stored again).
                    inbox_actions.remember_reply_id(message, reply_to)
                if len(parts) > 1:
                    inbox_actions.remember_reply_parts(message, PARTS_KEY, posted)
        except tweepy.TooManyRequests as error:
            wait = _reset_in(error)
            raise DeliveryError(f"X rate limit reached: retry in {wait:.0f} s.") from error
        except tweepy.TwitterServerError as error:
            raise DeliveryError(f"X answered {error.response.status_code}; will retry.") from error
        except tweepy.HTTPException as error:
            raise DeliveryError(
                f"X refused the reply ({error.response.status_code}: {_messages(error)}).",
                permanent=True,
            ) from error
        except AddressRefused as error:
            raise DeliveryError(f"The X API URL is refused: {error}", permanent=True) from error
        except requests.RequestException as error:
            raise DeliveryError(f"X could not be reached: {error}") from error
        finally:
            client.session.close()
        return posted[0]

    # --- sharing a thread (channels.social.sharing) -------------------------------------------

    def can_share(self, account: ChannelAccount) -> bool:
        return _has_user_context(account)  # a bearer token alone cannot post

    def share(
        self, account: ChannelAccount, *, title: str, url: str, text: str, idempotency_key: str
    ) -> SharedPost:
        """A new post (POST /2/tweets). X takes no idempotency key; it refuses a post whose
        text the account posted just before (403, duplicate content): a share retried after
        a worker died once it had posted fails with that said, and is not posted twice."""
        import tweepy

        if not _has_user_context(account):
            raise DeliveryError(
                f"The X channel {account.name!r} has a bearer token only: posting needs its "
                "OAuth 1.0a user context.",
                permanent=True,
            )
        if count(text) > LENGTH_LIMIT:
            raise DeliveryError(
                f"X takes {LENGTH_LIMIT} characters; this is {count(text)}.", permanent=True
            )
        client = _client(account, Budget(account, enforce=False))
        try:
            answer = client.create_tweet(text=text, user_auth=True)
        except tweepy.TooManyRequests as error:
            wait = _reset_in(error)
            raise base.RateLimited(wait, f"X rate limit reached: retry in {wait:.0f} s.") from error
        except tweepy.TwitterServerError as error:
            raise DeliveryError(f"X answered {error.response.status_code}; will retry.") from error
        except tweepy.HTTPException as error:
            said = _messages(error)
            if "duplicate" in said.casefold():
                said += " (posted on an earlier try? check the account's posts)"
            raise DeliveryError(
                f"X refused the post ({error.response.status_code}: {said}).", permanent=True
            ) from error
        except AddressRefused as error:
            raise DeliveryError(f"The X API URL is refused: {error}", permanent=True) from error
        except requests.RequestException as error:
            raise DeliveryError(f"X could not be reached: {error}") from error
        finally:
            client.session.close()
        tweet_id = str(answer["data"]["id"])
        return SharedPost(external_id=tweet_id, url=f"https://x.com/i/web/status/{tweet_id}")


def _answering(message: Message) -> str:
    """The tweet a reply answers: the customer's latest one in the conversation."""
    latest = (
        Message.objects.filter(
            conversation=message.conversation_id, kind=MessageKind.INBOUND, pk__lt=message.pk
        )
        .exclude(external_id=None)
        .order_by("-created_at", "-pk")
        .values_list("external_id", flat=True)
        .first()
    )
    return latest or message.conversation.external_id


NETWORK = X()


def install() -> None:
    base.register(NETWORK, clean, OPTIONS)
