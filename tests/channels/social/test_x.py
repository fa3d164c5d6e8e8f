"""The X channel against a local server speaking X's API v2 (GET /2/users/me,
GET /2/users/:id/mentions with since_id and next_token paging, POST /2/tweets, 429 with
x-rate-limit-reset), driven through the real tweepy client: the server checks the bearer token
or verifies the OAuth 1.0a signature as X does."""

import json
import threading
import time
from datetime import UTC, datetime
from io import StringIO
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from openline.channels import accounts
from openline.channels.social import base, credentials, polling, x
from openline.inbox import actions
from openline.inbox.models import (
    ChannelAccount,
    Conversation,
    Delivery,
    DeliveryState,
    Message,
)
from openline.inbox.tasks import deliver

from .x_server import ACCOUNT_ID, BEARER, KEYS, XApi, tweet

pytestmark = pytest.mark.usefixtures("local_hosts_allowed")


@pytest.fixture
def api():
    server = XApi()
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def add_account(api: XApi, name: str = "Halden on X", **options) -> ChannelAccount:
    """As `openline channel add x` adds it."""
    return accounts.add_social_account("x", name=name, options={"api_url": api.url, **options})


@pytest.fixture
def account(db, api):
    return add_account(api, **KEYS)


def poll(account: ChannelAccount) -> dict:
    """The worker's poll of the account (now, whatever its interval); returns the cursor it
    stored."""
    result = polling.poll_account(account, force=True)
    assert not result.error, result.error
    account.refresh_from_db()
    return account.config["state"]["cursor"]


def mentions_asked(api: XApi) -> list[dict]:
    return [
        {k: v[-1] for k, v in parse_qs(urlsplit(p).query).items()}
        for _, p, _ in api.requests
        if urlsplit(p).path.endswith("/mentions")
    ]


def test_mentions_become_conversations_once_threaded_by_conversation_id(account, api):
    api.mentions = [
        tweet(500, "@haldensupport my T2 shows E14 &amp; won't heat"),
        tweet(501, "@haldensupport still E14 after a reset", conversation=500, replied_to=500),
        tweet(502, "@haldensupport does the T2 work with Home Assistant?", author="783214"),
    ]
    cursor = poll(account)
    assert Message.objects.filter(account=account).count() == 3
    first = Conversation.objects.get(account=account, external_id="500")
    assert [m.body for m in first.messages.order_by("pk")] == [
        "@haldensupport my T2 shows E14 & won't heat",
        "@haldensupport still E14 after a reset",
    ]
    message = first.messages.order_by("pk").first()
    assert message.identity.handle == "patcustomer"
    assert message.url == "https://x.com/patcustomer/status/500"
    robin = Conversation.objects.get(account=account, external_id="502")
    assert robin.customer.name == "Robin & Co"
    assert cursor == {"since_id": "502", "user_id": ACCOUNT_ID}  # id looked up once
    assert api.calls("/2/users/me") == 1

    api.mentions.append(
        tweet(503, "@haldensupport thanks, it works", conversation=500, replied_to=501)
    )
    poll(account)
    poll(account)
    assert Message.objects.filter(account=account).count() == 4
    assert first.messages.count() == 3
    assert [q.get("since_id") for q in mentions_asked(api)] == [None, "502", "503"]
    assert api.calls("/2/users/me") == 1
    assert "4 items today" in polling.health(account).line


def test_a_long_run_is_read_page_by_page_and_nothing_is_asked_twice(account, api, monkeypatch):
    monkeypatch.setattr(x, "PAGE_SIZE", 5)
    api.mentions = [tweet(100, "@haldensupport first")]
    poll(account)
    api.mentions += [tweet(200 + i, f"@haldensupport question {i}") for i in range(12)]
    cursor = poll(account)
    assert cursor == {"since_id": "211", "user_id": ACCOUNT_ID}
    assert Conversation.objects.filter(account=account).count() == 13
    pages = [(q.get("since_id"), q.get("pagination_token")) for q in mentions_asked(api)]
    assert pages == [
        (None, None),
        ("100", None),
        ("100", "7140dibdnow9c207"),
        ("100", "7140dibdnow9c202"),
    ]


def test_a_restart_mid_run_neither_skips_nor_repeats(account, api, monkeypatch):
    monkeypatch.setattr(x, "PAGE_SIZE", 5)
    api.mentions = [tweet(100, "@haldensupport first")]
    poll(account)
    api.mentions += [tweet(200 + i, f"@haldensupport question {i}") for i in range(12)]
    monkeypatch.setattr(polling, "MAX_PAGES", 1)
    stored_cursor = poll(account)  # page 1 stored, then the worker is killed...
    x.NETWORK.fetch(account, stored_cursor)  # ...after fetching page 2, before storing it
    assert Message.objects.filter(account=account).count() == 6
    api.mentions += [tweet(300, "@haldensupport arrived while we were down")]

    monkeypatch.setattr(polling, "MAX_PAGES", 10)
    poll(account)  # the restarted worker resumes from what was stored
    ids = Message.objects.filter(account=account).values_list("external_id", flat=True)
    assert sorted(int(i) for i in ids) == [100, *range(200, 212)]
    cursor = poll(account)
    assert Message.objects.filter(account=account).count() == 14
    assert cursor["since_id"] == "300"


def test_an_expired_page_token_reads_the_run_again_from_since_id(account, api, monkeypatch):
    monkeypatch.setattr(x, "PAGE_SIZE", 5)
    api.mentions = [tweet(100, "@haldensupport first")]
    poll(account)
    api.mentions += [tweet(200 + i, f"@haldensupport question {i}") for i in range(8)]
    monkeypatch.setattr(polling, "MAX_PAGES", 1)
    assert "pagination_token" in poll(account)
    api.tokens.clear()  # X no longer knows the stored page token
    monkeypatch.setattr(polling, "MAX_PAGES", 10)
    cursor = poll(account)
    assert Message.objects.filter(account=account).count() == 9
    assert cursor["since_id"] == "207"


def test_the_tweet_a_mention_answers_comes_along_as_its_thread_context(account, api):
    api.timeline = [tweet(400, "Anyone else's thermostat stuck on E14?", author="783214")]
    api.mentions = [
        tweet(401, "@robinco @haldensupport same here!", conversation=400, replied_to=400)
    ]
    poll(account)
    message = Message.objects.get(account=account)
    assert message.conversation.external_id == "400"
    assert message.raw["thread_context"] == [
        {
            "id": "400",
            "author": "@robinco",
            "name": "Robin & Co",
            "text": "Anyone else's thermostat stuck on E14?",
            "url": "https://x.com/robinco/status/400",
            "created_at": api.timeline[0]["created_at"],
        }
    ]


def test_own_tweets_in_mentions_are_not_stored(account, api):
    api.mentions = [tweet(600, "@patcustomer we are on it", author=ACCOUNT_ID)]
    poll(account)
    assert not Message.objects.filter(account=account).exists()


def reply(agent, conversation, capture, body: str, **options) -> Message:
    with capture(execute=True):
        message = actions.reply(agent, conversation, body=body, **options)
    message.refresh_from_db()
    return message


def test_a_reply_goes_out_signed_in_the_thread_and_the_answer_joins_it(
    account, api, agent, no_checks, django_capture_on_commit_callbacks
):
    api.mentions = [
        tweet(500, "@haldensupport my T2 shows E14"),
        tweet(501, "@haldensupport still E14", conversation=500, replied_to=500),
    ]
    poll(account)
    conversation = Conversation.objects.get(account=account, external_id="500")
    body = "Please re-seat the OpenTherm wires."
    message = reply(agent, conversation, django_capture_on_commit_callbacks, body)
    assert message.delivery.state == DeliveryState.SENT
    assert api.posted == [{"text": body, "reply": {"in_reply_to_tweet_id": "501"}}]
    assert message.delivery.external_ref == message.external_id == str(api.next_id)

    api.mentions.append(
        tweet(502, "@haldensupport fixed!", conversation=500, replied_to=message.external_id)
    )
    poll(account)
    assert conversation.messages.count() == 4


def test_a_long_reply_is_refused_or_sent_as_a_numbered_thread(
    account, api, agent, no_checks, django_capture_on_commit_callbacks
):
    api.mentions = [tweet(500, "@haldensupport help")]
    poll(account)
    conversation = Conversation.objects.get(account=account, external_id="500")
    body = "Reset the thermostat, then re-pair it. " * 10  # 390 characters
    with pytest.raises(ValidationError, match="X takes 280 characters in a post; this reply has"):
        actions.reply(agent, conversation, body=body)
    message = reply(agent, conversation, django_capture_on_commit_callbacks, body, split=True)
    assert message.delivery.state == DeliveryState.SENT
    first, second = api.posted
    assert first["text"].endswith("(1/2)") and second["text"].endswith("(2/2)")
    assert first["reply"] == {"in_reply_to_tweet_id": "500"}
    assert second["reply"] == {"in_reply_to_tweet_id": message.external_id}
    assert all(x.count(p["text"]) <= 280 for p in api.posted)


def test_a_thread_cut_short_goes_on_from_the_next_part_when_retried(
    account, api, agent, no_checks, django_capture_on_commit_callbacks
):
    api.mentions = [tweet(500, "@haldensupport help")]
    poll(account)
    conversation = Conversation.objects.get(account=account, external_id="500")
    api.fail_posts_after = 1  # X fails after the first part
    body = "Reset the thermostat, then re-pair it. " * 10
    message = reply(agent, conversation, django_capture_on_commit_callbacks, body, split=True)
    assert (message.delivery.state, len(api.posted)) == (DeliveryState.QUEUED, 1)
    api.fail_posts_after = None
    Delivery.objects.filter(pk=message.delivery.pk).update(next_attempt_at=timezone.now())
    deliver.call(message.delivery.pk)
    message.refresh_from_db()
    assert message.delivery.state == DeliveryState.SENT
    assert [p["text"][-5:] for p in api.posted] == ["(1/2)", "(2/2)"]
    assert api.posted[1]["reply"] == {"in_reply_to_tweet_id": message.external_id}


def test_links_count_as_23_and_cjk_as_two():
    assert x.count("see https://example.com/a/very/long/path/to/somewhere/else") == 4 + 23
    assert x.count("温度") == 4
    assert x.NETWORK.count("abc") == 3


def test_a_read_only_account_reads_with_its_bearer_token_and_cannot_reply(
    db, api, agent, no_checks, django_capture_on_commit_callbacks
):
    account = add_account(api, bearer_token=BEARER, user_id=ACCOUNT_ID)
    api.mentions = [tweet(500, "@haldensupport help")]
    poll(account)
    assert api.requests[-1][2]["Authorization"] == f"Bearer {BEARER}"
    conversation = Conversation.objects.get(account=account, external_id="500")
    message = reply(agent, conversation, django_capture_on_commit_callbacks, "On it.")
    assert message.delivery.state == DeliveryState.FAILED
    assert "bearer token only" in message.delivery.last_error


def test_polling_pauses_when_the_monthly_request_budget_is_spent(db, api):
    account = add_account(api, user_id=ACCOUNT_ID, budget="2", **KEYS)
    api.mentions = [tweet(500, "@haldensupport help")]
    poll(account)
    poll(account)
    result = polling.poll_account(account, force=True)
    reason = "paused: request budget of 2 for this month spent"
    assert result.error == reason
    now = datetime.now(UTC)
    next_month = datetime(now.year + now.month // 12, now.month % 12 + 1, 1, tzinfo=UTC)
    assert abs((result.rate_limited_until - next_month).total_seconds()) < 5
    assert api.calls(f"/2/users/{ACCOUNT_ID}/mentions") == 2  # the third was never sent
    account.refresh_from_db()
    assert account.config["state"]["requests"] == {"period": f"{now:%Y-%m}", "used": 2}
    line = polling.health(account)
    assert line.trouble
    assert line.line.startswith(f"rate limited: {reason}; next try")
    assert polling.poll_account(account).pages == 0  # not due before next month

    # More budget: the operator's update lets it poll again at once.
    account = accounts.update_social_account(account, options={"budget": "3"})
    assert polling.poll_account(account).pages == 1
    account.refresh_from_db()
    assert account.config["state"]["requests"]["used"] == 3
    assert not polling.health(account).trouble


def test_a_new_period_starts_the_count_again(db, api):
    account = add_account(api, user_id=ACCOUNT_ID, budget="1", **KEYS)
    poll(account)
    with pytest.raises(base.RateLimited, match="request budget of 1 for this month spent"):
        x.NETWORK.fetch(account, {})
    polling.update_state(account, lambda s: s["requests"].update(period="2000-01"))
    x.NETWORK.fetch(account, {})
    account.refresh_from_db()
    assert account.config["state"]["requests"]["used"] == 1


def test_replies_are_counted_but_not_stopped_by_the_budget(
    db, api, agent, no_checks, django_capture_on_commit_callbacks
):
    account = add_account(api, user_id=ACCOUNT_ID, budget="1", budget_period="day", **KEYS)
    api.mentions = [tweet(500, "@haldensupport help")]
    poll(account)
    conversation = Conversation.objects.get(account=account, external_id="500")
    message = reply(agent, conversation, django_capture_on_commit_callbacks, "On it.")
    assert message.delivery.state == DeliveryState.SENT
    account.refresh_from_db()
    assert account.config["state"]["requests"]["used"] == 2
    with pytest.raises(base.RateLimited, match="request budget of 1 for this day spent"):
        x.NETWORK.fetch(account, {})


def test_a_429_asks_the_poller_to_wait_until_x_rate_limit_reset(account, api):
    api.limited_until = int(time.time()) + 120
    with pytest.raises(base.RateLimited) as limited:
        x.NETWORK.fetch(account, {"user_id": ACCOUNT_ID})
    assert 100 <= limited.value.retry_after_seconds <= 121
    result = polling.poll_account(account, force=True)
    assert result.error.startswith("X rate limit reached: retry in")
    assert not Message.objects.exists()


def test_when_the_window_is_spent_the_page_is_stored_and_polling_waits_for_the_reset(account, api):
    api.mentions = [tweet(500, "@haldensupport help")]
    api.remaining = 0
    result = polling.poll_account(account, force=True)
    assert (result.pages, result.created) == (1, 1)
    assert result.error.startswith("X says the rate limit is nearly spent: waiting")
    assert polling.poll_account(account).pages == 0


def test_credentials_x_refuses_pause_the_channel_with_a_clear_error(db, api):
    account = add_account(api, bearer_token="AAAA-revoked", user_id=ACCOUNT_ID)
    with pytest.raises(base.ChannelBroken, match=r"X refused the credentials of 'Halden on X'"):
        x.NETWORK.fetch(account, {})
    polling.poll_account(account, force=True)
    account.refresh_from_db()
    assert polling.health(account).line.startswith(
        "PAUSED: X refused the credentials of 'Halden on X' (401: Unauthorized)"
    )


def test_an_api_url_on_a_private_address_is_refused_unless_the_operator_allows_it(
    db, api, settings
):
    settings.OPENLINE = {**settings.OPENLINE, "OUTBOUND_ALLOWED_HOSTS": []}
    account = add_account(api, **KEYS)
    with pytest.raises(base.ChannelBroken, match="non-public address"):
        x.NETWORK.fetch(account, {})
    assert api.requests == []


@pytest.mark.parametrize(
    ("options", "error"),
    [
        ({}, "--bearer-token"),
        ({"api_key": "k", "api_secret": "s"}, "give --access-token, --access-token-secret"),
        ({"bearer_token": BEARER}, "--user-id"),
        ({"bearer_token": BEARER, "user_id": "@haldensupport"}, "numeric id"),
        ({**KEYS, "budget": "lots"}, "number of requests"),
        ({**KEYS, "budget_period": "week"}, "'month' or 'day'"),
        ({**KEYS, "api_url": "ftp://x"}, "not an http"),
    ],
)
def test_adding_an_account_refuses_incomplete_settings(db, options, error):
    with pytest.raises(ValidationError, match=error):
        accounts.add_social_account("x", name="X", options=options)


def test_the_channel_command_adds_an_x_account_with_its_budget(db, api):
    out = StringIO()
    call_command(
        "channel", "add", "x", "--name", "Halden on X", "--api-key", KEYS["api_key"],
        "--api-secret", KEYS["api_secret"], "--access-token", KEYS["access_token"],
        "--access-token-secret", KEYS["access_token_secret"], "--budget", "10000",
        "--poll-every", "300", "--api-url", api.url, "--json", stdout=out,
    )  # fmt: skip
    account = ChannelAccount.objects.get(pk=json.loads(out.getvalue())["id"])
    assert account.config["budget"] == 10000
    assert account.config["budget_period"] == "month"
    assert account.config["poll_every_seconds"] == 300
    assert KEYS["access_token_secret"] not in account.secret_encrypted + out.getvalue()
    assert credentials.secrets_of(account) == KEYS
