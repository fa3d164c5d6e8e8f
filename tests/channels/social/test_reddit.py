"""The Reddit channel against a local server speaking Reddit's API (POST /api/v1/access_token with
the password grant, GET /message/inbox and /r/{subs}/new and /comments as Listings of t1 and t3
things paged by `after`, POST /api/comment, POST /api/read_message, x-ratelimit-* headers and
429), driven through the real praw client pointed at it with praw's oauth_url/reddit_url."""

import json
import threading
import time
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.db import transaction

from openline.channels import accounts
from openline.channels.social import base, credentials, polling, reddit
from openline.inbox import actions
from openline.inbox.ingestion import ingest_many
from openline.inbox.models import ChannelAccount, Conversation, DeliveryState, Message

from .reddit_server import (
    CLIENT_ID,
    CLIENT_SECRET,
    PASSWORD,
    T0,
    USERNAME,
    RedditApi,
    comment,
    mention,
    post,
    private_message,
)

pytestmark = pytest.mark.usefixtures("local_hosts_allowed")


@pytest.fixture
def api():
    server = RedditApi()
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def add_account(api: RedditApi, **options) -> ChannelAccount:
    """As `openline channel add reddit` adds it."""
    given = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "username": USERNAME,
        "password": PASSWORD,
        "api_url": api.url,
        **options,
    }
    return accounts.add_social_account("reddit", name="Halden on Reddit", options=given)


@pytest.fixture
def account(db, api):
    return add_account(api)


@pytest.fixture
def listening(db, api):
    return add_account(api, subreddit="HaldenHome, r/thermostats", keyword="halden,T2")


def poll(account: ChannelAccount) -> dict:
    """The worker's poll of the account (now, whatever its interval); returns the cursor it
    stored."""
    result = polling.poll_account(account, force=True)
    assert not result.error, result.error
    account.refresh_from_db()
    return account.config["state"]["cursor"]


def stored_ids(account: ChannelAccount) -> list[str]:
    return sorted(Message.objects.filter(account=account).values_list("external_id", flat=True))


def test_mentions_and_replies_to_the_account_become_conversations_once(account, api):
    api.inbox = [
        mention(1, "u/HaldenSupport my T2 shows E14 since the update"),
        mention(2, "Still E14 after a reset", kind="comment_reply", parent_id="t1_r00001"),
        mention(3, "u/haldensupport does the T2 work with Home Assistant?", post="9zzzz9"),
        private_message(4),
    ]
    poll(account)
    assert stored_ids(account) == ["t1_k00001", "t1_k00002", "t1_k00003"]
    conversation = Conversation.objects.get(account=account, external_id="t3_1abcd2")
    first = conversation.messages.order_by("pk").first()
    assert first.body == "u/HaldenSupport my T2 shows E14 since the update"
    assert conversation.subject == "My T2 shows E14 after the update"
    assert first.identity.handle == "pat_heats"
    assert first.url.startswith("https://www.reddit.com/r/HaldenHome/comments/1abcd2/")
    assert conversation.messages.count() == 2

    api.inbox.append(mention(5, "Thanks, that fixed it", kind="comment_reply"))
    poll(account)
    poll(account)
    assert Message.objects.filter(account=account).count() == 4
    assert conversation.messages.count() == 3
    assert api.read == ["t1_k00001", "t1_k00002", "t1_k00003", "t1_k00005"]
    assert [q["username"] for m, p, q in api.requests if p == "/api/v1/access_token"] == [
        USERNAME
    ] * 3


def test_listening_takes_posts_and_comments_naming_a_keyword(listening, api):
    api.posts = [
        post(10, "Halden T2 or Nest?", "Thinking about the Halden T2."),
        post(11, "Radiator bleeding tips"),
        post(12, "My own post", author=USERNAME.lower()),
    ]
    api.comments = [
        comment(13, "I have a halden, it's quiet", on_post=11),
        comment(14, "Bleed from the top valve", on_post=11),
        comment(15, "The T2 app is great", on_post=10),
    ]
    cursor = poll(listening)  # one poll: a round over the inbox, new posts and comments
    assert stored_ids(listening) == ["t1_c00013", "t1_c00015", "t3_p00010"]
    halden = Conversation.objects.get(account=listening, external_id="t3_p00010")
    assert [m.external_id for m in halden.messages.order_by("created_at")] == [
        "t3_p00010",
        "t1_c00015",
    ]
    assert halden.subject == "Halden T2 or Nest?"
    assert cursor["source"] == 0
    assert [p for m, p, q in api.requests if m == "GET"] == [
        "/message/inbox/",
        "/r/HaldenHome+thermostats/new/",
        "/r/HaldenHome+thermostats/comments/",
    ]


def test_a_long_run_is_read_page_by_page_and_nothing_is_asked_twice(account, api, monkeypatch):
    monkeypatch.setattr(reddit, "PAGE_SIZE", 5)
    api.inbox = [mention(1, "u/HaldenSupport first")]
    poll(account)
    api.inbox += [
        mention(1000 + i, f"u/HaldenSupport question {i}", post=f"q{i:05d}") for i in range(12)
    ]
    cursor = poll(account)
    assert Conversation.objects.filter(account=account).count() == 13
    afters = [q.get("after") for q in api.listing_calls("/message/inbox/")]
    assert afters == [None, None, "t1_k01007", "t1_k01002"]
    assert cursor["inbox"] == {"newest": T0 + 1011}


def test_a_restart_mid_run_neither_skips_nor_repeats(account, api, monkeypatch):
    monkeypatch.setattr(reddit, "PAGE_SIZE", 5)
    api.inbox = [mention(1, "u/HaldenSupport first")]
    poll(account)
    api.inbox += [
        mention(1000 + i, f"u/HaldenSupport question {i}", post=f"q{i:05d}") for i in range(12)
    ]
    monkeypatch.setattr(polling, "MAX_PAGES", 1)
    stored_cursor = poll(account)  # page 1 stored, then the worker is killed...
    reddit.NETWORK.fetch(account, stored_cursor)  # ...after fetching page 2, before storing it
    assert Message.objects.filter(account=account).count() == 6
    api.inbox.append(mention(2000, "u/HaldenSupport arrived while we were down", post="late01"))

    monkeypatch.setattr(polling, "MAX_PAGES", 10)
    poll(account)
    poll(account)
    assert Message.objects.filter(account=account).count() == 14
    assert len(set(stored_ids(account))) == 14


def test_inbox_items_are_marked_read_only_once_stored(account, api):
    api.inbox = [mention(1, "u/HaldenSupport help"), mention(2, "and again", kind="comment_reply")]
    page = reddit.NETWORK.fetch(account, {})
    reddit.NETWORK.fetch(account, {})  # the first page was never stored: it is read again
    assert api.read == []
    with transaction.atomic():
        ingest_many(account, page.items)
    reddit.NETWORK.fetch(account, page.cursor)  # the next poll, from the stored cursor
    assert sorted(api.read) == ["t1_k00001", "t1_k00002"]


def test_a_reply_goes_out_under_the_latest_comment_and_the_answer_joins_it(
    account, api, agent, django_capture_on_commit_callbacks
):
    api.inbox = [
        mention(1, "u/HaldenSupport my T2 shows E14"),
        mention(2, "Still E14 after a reset", kind="comment_reply"),
    ]
    poll(account)
    conversation = Conversation.objects.get(account=account, external_id="t3_1abcd2")
    with django_capture_on_commit_callbacks(execute=True):
        message = actions.reply(agent, conversation, body="Please re-seat the **OpenTherm** wires.")
    message.refresh_from_db()
    assert message.delivery.state == DeliveryState.SENT
    assert [(r["thing_id"], r["text"]) for r in api.replies] == [
        ("t1_k00002", "Please re-seat the **OpenTherm** wires.")
    ]
    assert message.delivery.external_ref == message.external_id == "t1_r00001"

    api.inbox.append(mention(3, "That fixed it!", kind="comment_reply", parent_id="t1_r00001"))
    poll(account)
    assert conversation.messages.count() == 4


def test_a_reply_reddit_asks_to_hold_back_is_retried_later(
    account, api, agent, django_capture_on_commit_callbacks
):
    api.inbox = [mention(1, "u/HaldenSupport help")]
    poll(account)
    api.ratelimit_reply = True
    conversation = Conversation.objects.get(account=account)
    with django_capture_on_commit_callbacks(execute=True):
        message = actions.reply(agent, conversation, body="On it.")
    message.refresh_from_db()
    assert message.delivery.state == DeliveryState.QUEUED
    assert "RATELIMIT: Looks like you've been doing that a lot" in message.delivery.last_error


def test_a_429_asks_the_poller_to_wait(account, api):
    api.limited = True
    started = time.monotonic()
    with pytest.raises(base.RateLimited) as limited:
        reddit.NETWORK.fetch(account, {})
    assert limited.value.retry_after_seconds == 240
    assert time.monotonic() - started < 5  # praw did not sleep it out
    result = polling.poll_account(account, force=True)
    assert result.error == "Reddit rate limit reached: retry in 240 s."
    assert polling.health(account).line.startswith("rate limited: Reddit rate limit reached")


def test_when_no_requests_remain_the_page_is_stored_and_polling_waits_without_asking(account, api):
    api.inbox = [mention(1, "u/HaldenSupport help")]
    api.remaining = 0.0
    result = polling.poll_account(account, force=True)
    assert (result.pages, result.created) == (1, 1)  # stored first
    assert result.error.startswith("Reddit says the rate limit is nearly spent: waiting 240 s")
    asked = len(api.requests)
    assert polling.poll_account(account).pages == 0  # not before the reset
    account.refresh_from_db()
    with pytest.raises(base.RateLimited) as limited:  # nor when an operator forces a poll
        reddit.NETWORK.fetch(account, account.config["state"]["cursor"])
    assert 230 <= limited.value.retry_after_seconds <= 240
    assert len(api.requests) == asked


@pytest.mark.parametrize(
    ("options", "error"),
    [
        (
            {"password": "wrong"},
            r"refused the username or password of 'Halden on Reddit' \(invalid_grant\)",
        ),
        (
            {"client_secret": "wrong"},
            r"refused the app's client id or secret for 'Halden on Reddit' \(401\)",
        ),
    ],
)
def test_credentials_reddit_refuses_pause_the_channel_with_a_clear_error(db, api, options, error):
    account = add_account(api, **options)
    with pytest.raises(base.ChannelBroken, match=error):
        reddit.NETWORK.fetch(account, {})
    polling.poll_account(account, force=True)
    account.refresh_from_db()
    assert polling.health(account).line.startswith("PAUSED: Reddit refused")

    # The operator gives the right ones: it polls again.
    account = accounts.update_social_account(
        account, options={"password": PASSWORD, "client_secret": CLIENT_SECRET}
    )
    assert polling.poll_account(account).pages == 1


def test_an_api_url_on_a_private_address_is_refused_unless_the_operator_allows_it(
    db, api, settings
):
    settings.OPENLINE = {**settings.OPENLINE, "OUTBOUND_ALLOWED_HOSTS": []}
    account = add_account(api)
    started = time.monotonic()
    with pytest.raises(base.ChannelBroken, match="non-public address"):
        reddit.NETWORK.fetch(account, {})
    assert api.requests == []
    assert time.monotonic() - started < 2  # not retried


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({"client_id": ""}, "--client-id"),
        ({"password": " "}, "--password"),
        ({"username": "no spaces please"}, "not a Reddit username"),
        ({"subreddit": "r/has space"}, "not a subreddit name"),
        ({"keyword": "halden"}, "give at least one --subreddit"),
        ({"api_url": "not a url"}, "not an http"),
    ],
)
def test_adding_an_account_refuses_incomplete_settings(db, options, error):
    given = {
        "client_id": CLIENT_ID,
        "client_secret": CLIENT_SECRET,
        "username": USERNAME,
        "password": PASSWORD,
        **options,
    }
    with pytest.raises(ValidationError, match=error):
        accounts.add_social_account("reddit", name="R", options=given)


def test_settings_are_tidied_and_secrets_stored_encrypted(db, api):
    account = add_account(
        api, username="u/HaldenSupport", subreddit="HaldenHome, thermostats", keyword=["halden"]
    )
    assert account.config["username"] == "HaldenSupport"
    assert account.config["subreddits"] == ["HaldenHome", "thermostats"]
    assert account.config["user_agent"] == "server:openline:v1 (by /u/HaldenSupport)"
    assert PASSWORD not in account.secret_encrypted + json.dumps(account.config)
    assert credentials.secrets_of(account) == {
        "client_secret": CLIENT_SECRET,
        "password": PASSWORD,
    }


def test_an_update_keeps_what_it_does_not_change(listening):
    account = accounts.update_social_account(listening, options={"password": "new password"})
    assert account.config["subreddits"] == ["HaldenHome", "thermostats"]
    assert account.config["keywords"] == ["halden", "T2"]
    assert credentials.secrets_of(account)["password"] == "new password"
    account = accounts.update_social_account(account, options={"keyword": "valve"})
    assert account.config["keywords"] == ["valve"]


def test_the_channel_command_adds_a_reddit_account_that_listens(db, api):
    out = StringIO()
    call_command(
        "channel", "add", "reddit", "--name", "Halden on Reddit", "--client-id", CLIENT_ID,
        "--client-secret", CLIENT_SECRET, "--username", USERNAME, "--password", PASSWORD,
        "--subreddit", "HaldenHome,thermostats", "--keyword", "halden",
        "--keyword", "T2 thermostat",
        "--api-url", api.url, "--json", stdout=out,
    )  # fmt: skip
    account = ChannelAccount.objects.get(pk=json.loads(out.getvalue())["id"])
    assert account.config["subreddits"] == ["HaldenHome", "thermostats"]
    assert account.config["keywords"] == ["halden", "T2 thermostat"]
    assert PASSWORD not in account.secret_encrypted + out.getvalue() + json.dumps(account.config)
