"""The Mastodon channel against a Mastodon instance on 127.0.0.1, driven through the real
Mastodon.py: accounts added with a checked token, mentions and direct messages as
conversations (one per thread), paging that never skips or repeats, rate limits, revoked
tokens, and replies threaded with the customer's visibility."""

import json
import re
from datetime import datetime, timedelta
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.utils import timezone

from openline.channels import accounts
from openline.channels.health import check_channels
from openline.channels.social import credentials, polling
from openline.core import health as health_state
from openline.inbox import actions, adapters
from openline.inbox.models import ChannelAccount, Conversation, Delivery, DeliveryState, Message

from ...factories import UserFactory
from .mastodon_server import TOKEN, mastodon_length

pytestmark = pytest.mark.usefixtures("local_hosts_allowed")


def fresh(account) -> ChannelAccount:
    return ChannelAccount.objects.get(pk=account.pk)


def inbound(account) -> list[str]:
    return list(
        Message.objects.filter(account=account, kind="inbound")
        .order_by("pk")
        .values_list("external_id", flat=True)
    )


# --- adding an account ----------------------------------------------------------------------


def test_adding_an_account_asks_the_instance_who_the_token_is_for_and_its_limit(mastodon, db):
    mastodon.state.max_characters = 1000
    account = accounts.add_social_account(
        "mastodon", name="Halden", options={"instance": mastodon.url + "/", "token": TOKEN}
    )
    assert account.config["instance"] == mastodon.url
    assert account.config["acct"] == "halden@127.0.0.1"
    assert account.config["account_id"] == "1"
    assert account.config["length_limit"] == 1000
    assert account.config["poll_every_seconds"] == polling.DEFAULT_EVERY_SECONDS
    assert TOKEN not in json.dumps(account.config)
    assert TOKEN not in account.secret_encrypted
    assert credentials.secrets_of(fresh(account)) == {"token": TOKEN}


def test_a_wrong_token_is_refused_when_adding_with_a_clear_reason(mastodon, db):
    with pytest.raises(ValidationError, match=r"refused the access token \(401 Unauthorized\)"):
        accounts.add_social_account(
            "mastodon", name="Halden", options={"instance": mastodon.url, "token": "wrong"}
        )
    assert not ChannelAccount.objects.exists()


def test_an_instance_on_an_internal_address_is_refused_unless_the_operator_allows_it(
    mastodon, db, settings
):
    settings.OPENLINE = {**settings.OPENLINE, "OUTBOUND_ALLOWED_HOSTS": []}
    with pytest.raises(ValidationError, match="non-public address"):
        accounts.add_social_account(
            "mastodon", name="Halden", options={"instance": mastodon.url, "token": TOKEN}
        )
    assert mastodon.state.requests == []


def test_the_command_adds_the_account_and_prints_it_as_json_without_the_token(mastodon, db):
    out = StringIO()
    call_command(
        "channel", "add", "mastodon", "--name", "Halden", "--instance", mastodon.url,
        "--token", TOKEN, "--json", stdout=out,
    )  # fmt: skip
    row = json.loads(out.getvalue())
    assert row["kind"] == "mastodon"
    assert row["name"] == "Halden"
    assert row["settings"]["instance"] == mastodon.url
    assert TOKEN not in out.getvalue()
    assert ChannelAccount.objects.get(pk=row["id"]).kind == "mastodon"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--instance", "URL"], "A mastodon channel needs --token."),
        (["--token", TOKEN], "A mastodon channel needs --instance."),
        (["--instance", "ftp://x", "--token", TOKEN], "--instance must be the instance's http"),
        (["--instance", "URL", "--token", TOKEN, "--poll-every", "5"], "at most every 10 s"),
    ],
)
def test_the_command_refuses_incomplete_or_bad_options_and_adds_nothing(
    mastodon, db, args, message
):
    args = [mastodon.url if a == "URL" else a for a in args]
    with pytest.raises(CommandError, match=re.escape(message)):
        call_command("channel", "add", "mastodon", "--name", "Halden", *args)
    assert not ChannelAccount.objects.exists()


def test_mastodon_options_are_refused_for_other_kinds(db):
    with pytest.raises(Exception, match="--token cannot be used for a feed channel"):
        call_command(
            "channel", "add", "feed", "--name", "Press", "--url", "https://x.example/feed",
            "--keyword", "halden", "--token", "x",
        )  # fmt: skip


# --- reading mentions ---------------------------------------------------------------------


def test_mentions_and_direct_messages_become_conversations_one_per_thread(mastodon, account):
    state = mastodon.state
    polling.poll_account(account, force=True)  # no mentions yet: reading starts here
    ana = state.customer("ana", "Ana Ortiz")
    bo = state.customer("bo", "Bo")
    question = state.post(ana, "My T2 shows E14 &amp; <b>beeps</b>.")
    state.post(bo, "Do you ship to Norway?", visibility="direct")
    state.notify("favourite", bo, question)  # not a mention: ignored
    state.notify("follow", bo, None)
    result = polling.poll_account(fresh(account), force=True)
    assert (result.items, result.created, result.error) == (2, 2, "")
    first = Message.objects.get(external_id=question["id"])
    assert first.body == "@halden My T2 shows E14 & beeps."
    assert first.raw["visibility"] == "public"
    assert first.identity.handle == "@ana@example.social"
    assert first.conversation.external_id == f"status:{question['id']}"
    assert first.conversation.subject == "My T2 shows E14 & beeps."
    dm = Message.objects.exclude(pk=first.pk).get()
    assert dm.raw["visibility"] == "direct"
    assert dm.conversation != first.conversation
    # Ana answers in the thread, Bo too: both join Ana's conversation, with the thread shown.
    again = state.post(ana, "It started after the update.", in_reply_to=question)
    state.post(bo, "Same here!", in_reply_to=again)
    polling.poll_account(fresh(account), force=True)
    assert Conversation.objects.count() == 2
    thread = Message.objects.filter(conversation=first.conversation).order_by("pk")
    assert [m.body.split(" ", 1)[1] for m in thread] == [
        "My T2 shows E14 & beeps.", "It started after the update.", "Same here!",
    ]  # fmt: skip
    last = thread.last()
    assert [p["author"] for p in last.raw["thread_context"]] == [
        "@ana@example.social", "@ana@example.social",
    ]  # fmt: skip
    assert last.raw["thread_context"][1]["text"] == "@halden It started after the update."


def test_the_inbox_api_gives_the_agent_the_earlier_posts_of_the_thread(
    client, bearer, mastodon, account
):
    state = mastodon.state
    polling.poll_account(account, force=True)
    ana = state.customer("ana", "Ana Ortiz")
    question = state.post(ana, "E14 again")
    answer = state.post(ana, "Any news?", in_reply_to=question)
    polling.poll_account(fresh(account), force=True)
    conversation = Message.objects.get(external_id=question["id"]).conversation
    agent = UserFactory(username="alex", role="agent")
    detail = client.get(f"/api/v1/conversations/{conversation.pk}", headers=bearer(agent)).json()
    assert [m["thread_context"] for m in detail["messages"]] == [
        [],
        [
            {
                "id": question["id"],
                "author": "@ana@example.social",
                "name": "Ana Ortiz",
                "text": "@halden E14 again",
                "url": question["url"],
                "created_at": "2026-12-01T09:00:00+00:00",
            }
        ],
    ]
    assert detail["messages"][1]["url"] == answer["url"]


def test_pages_are_read_oldest_first_and_nothing_is_skipped_or_repeated_across_restarts(
    mastodon, account
):
    state = mastodon.state
    polling.poll_account(account, force=True)
    assert fresh(account).config["state"]["cursor"] == {"min_id": "0"}
    people = [state.customer(f"user{n}", f"User {n}") for n in range(5)]
    posts = [state.post(people[n % 5], f"Question {n}") for n in range(95)]
    result = polling.poll_account(fresh(account), force=True)
    assert (result.pages, result.created) == (4, 95)  # 40 + 40 + 15 + none left
    assert inbound(account) == [p["id"] for p in posts]
    newest = max(state.notifications, key=lambda n: int(n["id"]))["id"]
    assert fresh(account).config["state"]["cursor"] == {"min_id": newest}
    # A restart: a new process reads the stored cursor; nothing comes twice.
    assert polling.poll_account(fresh(account), force=True).created == 0
    later = state.post(people[0], "One more")
    assert polling.poll_account(fresh(account), force=True).created == 1
    assert inbound(account) == [p["id"] for p in [*posts, later]]
    asked = [path for method, path in state.requests if "/notifications" in path]
    assert all("min_id=" in path and "types%5B%5D=mention" in path for path in asked[1:])


@pytest.mark.parametrize("links", [True, False])
def test_a_new_accounts_first_poll_reads_its_latest_200_mentions(mastodon, account, links):
    state = mastodon.state
    state.link_headers = links
    ana = state.customer("ana", "Ana")
    posts = [state.post(ana, f"Question {n}") for n in range(230)]
    result = polling.poll_account(account, force=True)
    assert (result.pages, result.created) == (1, 200)
    assert inbound(account) == [p["id"] for p in posts[30:]]  # oldest first
    newest = max(state.notifications, key=lambda n: int(n["id"]))["id"]
    assert fresh(account).config["state"]["cursor"] == {"min_id": newest}
    later = state.post(ana, "And now?")
    assert polling.poll_account(fresh(account), force=True).created == 1
    assert inbound(account)[-1] == later["id"]


def test_a_server_giving_fewer_than_asked_a_page_is_read_to_the_end(mastodon, account):
    state = mastodon.state
    state.page_cap = 15
    ana = state.customer("ana", "Ana")
    first = [state.post(ana, f"Before {n}") for n in range(50)]
    assert polling.poll_account(account, force=True).created == 50  # backfill by 15s
    later = [state.post(ana, f"After {n}") for n in range(50)]
    result = polling.poll_account(fresh(account), force=True)
    assert (result.pages, result.created) == (5, 50)  # 15 + 15 + 15 + 5 + none left
    assert inbound(account) == [p["id"] for p in first + later]


def test_a_server_without_thread_context_still_threads_by_the_parent(mastodon, account):
    state = mastodon.state
    state.context_status = 500
    polling.poll_account(account, force=True)
    ana = state.customer("ana", "Ana")
    question = state.post(ana, "Hello")
    polling.poll_account(fresh(account), force=True)
    answer = state.post(ana, "Still there?", in_reply_to=question)
    result = polling.poll_account(fresh(account), force=True)
    assert (result.created, result.error) == (1, "")
    assert Message.objects.get(external_id=answer["id"]).conversation == (
        Message.objects.get(external_id=question["id"]).conversation
    )


def test_a_failure_between_the_items_and_the_cursor_loses_and_repeats_nothing(
    mastodon, account, monkeypatch
):
    """The kill at the transaction boundary: the page's items and cursor are one write."""
    state = mastodon.state
    polling.poll_account(account, force=True)
    posts = [state.post(state.customer("ana", "Ana"), f"Question {n}") for n in range(45)]
    real = polling.update_state
    calls = []

    def dies_on_second_page(account, change):
        calls.append(change)
        if len(calls) == 3:  # poll start, first page, then the second page's cursor
            raise KeyboardInterrupt("worker killed")
        return real(account, change)

    monkeypatch.setattr(polling, "update_state", dies_on_second_page)
    with pytest.raises(KeyboardInterrupt):
        polling.poll_account(fresh(account), force=True)
    assert inbound(account) == [p["id"] for p in posts[:40]]  # the second page rolled back
    monkeypatch.setattr(polling, "update_state", real)
    assert polling.poll_account(fresh(account), force=True).created == 5
    assert inbound(account) == [p["id"] for p in posts]


def test_a_429_is_honoured_until_the_reset_time_the_instance_gives(mastodon, account):
    state = mastodon.state
    polling.poll_account(account, force=True)
    state.post(state.customer("ana", "Ana"), "Hello?")
    state.too_many, state.reset_in = 1, 300
    result = polling.poll_account(fresh(account), force=True)
    assert result.rate_limited_until is not None
    wait = (result.rate_limited_until - timezone.now()).total_seconds()
    assert 250 < wait <= 301
    health = polling.health(fresh(account))
    assert health.trouble
    assert health.line.startswith("rate limited: ")
    assert "next try" in health.line
    asked = len(state.requests)
    polling.poll_due()  # the worker's tick: not due
    assert len(state.requests) == asked
    # After the reset time the worker polls again and gets the mention.
    polling.update_state(
        account, lambda s: s.update(retry_at=(timezone.now() - timedelta(seconds=1)).isoformat())
    )
    assert polling.poll_due()[account.pk].created == 1
    assert not polling.health(fresh(account)).trouble


def test_a_nearly_spent_rate_limit_stops_polling_before_a_429_until_the_reset(mastodon, account):
    state = mastodon.state
    polling.poll_account(account, force=True)
    posts = [state.post(state.customer("ana", "Ana"), f"Question {n}") for n in range(45)]
    state.remaining, state.reset_in = 5, 200
    result = polling.poll_account(fresh(account), force=True)
    assert result.created == 40  # the page read is stored; the next one waits
    assert result.rate_limited_until is not None
    assert 150 < (result.rate_limited_until - timezone.now()).total_seconds() <= 201
    assert "rate limit is nearly spent" in polling.health(fresh(account)).line
    state.remaining = 299
    polling.update_state(
        account, lambda s: s.update(retry_at=(timezone.now() - timedelta(seconds=1)).isoformat())
    )
    assert polling.poll_due()[account.pk].created == 5
    assert inbound(account) == [p["id"] for p in posts]


def test_a_revoked_token_pauses_the_account_until_an_operator_gives_a_new_one(mastodon, account):
    state = mastodon.state
    polling.poll_account(account, force=True)
    state.post(state.customer("ana", "Ana"), "Hello?")
    state.revoked = True
    result = polling.poll_account(fresh(account), force=True)
    assert "refused the access token (401 Unauthorized)" in result.paused
    health = polling.health(fresh(account))
    assert health.trouble
    assert health.line.startswith("PAUSED: ")
    assert f"openline channel resume {account.pk}" in health.line
    out = StringIO()
    call_command("channel", "list", stdout=out)
    assert "PAUSED: " in out.getvalue()
    status = check_channels()  # `openline status`
    assert status.state == health_state.WARN
    assert status.details["channels"][0]["polling"] == health.line
    polling.update_state(account, lambda s: s.update(last_poll_at=""))
    asked = len(state.requests)
    polling.poll_due()
    assert len(state.requests) == asked  # paused: the worker leaves it alone
    state.revoked, state.token = False, "a-new-token"
    call_command("channel", "update", str(account.pk), "--token", "a-new-token", stdout=StringIO())
    assert credentials.secret(fresh(account), "token") == "a-new-token"
    assert polling.poll_due()[account.pk].created == 1
    assert not polling.health(fresh(account)).trouble


def test_an_unreachable_instance_backs_off_longer_each_time(mastodon, account):
    polling.poll_account(account, force=True)
    account.config["instance"] = "http://127.0.0.1:9"
    ChannelAccount.objects.filter(pk=account.pk).update(config=account.config)
    waits = []
    for _ in range(3):
        result = polling.poll_account(fresh(account), force=True)
        assert "could not be reached" in result.error
        state = fresh(account).config["state"]
        retry_at, failed_at = (
            datetime.fromisoformat(state[k]) for k in ("retry_at", "last_error_at")
        )
        waits.append(round((retry_at - failed_at).total_seconds()))
    assert waits == [60, 120, 240]
    assert polling.health(fresh(account)).line.startswith("error: ")


def test_the_worker_polls_each_account_at_its_own_interval(mastodon, account):
    polling.poll_account(account, force=True)
    mastodon.state.post(mastodon.state.customer("ana", "Ana"), "Hi")
    assert polling.poll_due() == {account.pk: polling.PollResult()}  # polled just now
    polling.update_state(
        account,
        lambda s: s.update(last_poll_at=(timezone.now() - timedelta(seconds=61)).isoformat()),
    )
    assert polling.poll_due()[account.pk].created == 1


# --- replies -------------------------------------------------------------------------------


@pytest.fixture
def agent(db):
    return UserFactory(username="alex", display_name="Alex Agent", role="agent")


def _conversation_of(mastodon, account, **post):
    state = mastodon.state
    polling.poll_account(account, force=True)
    status = state.post(state.customer("ana", "Ana Ortiz"), "Where is my order?", **post)
    polling.poll_account(fresh(account), force=True)
    return Message.objects.get(external_id=status["id"]).conversation, status


@pytest.mark.usefixtures("no_checks")
@pytest.mark.parametrize("visibility", ["direct", "public", "private", "unlisted"])
def test_a_reply_goes_out_threaded_with_the_customers_visibility(
    mastodon, account, agent, visibility, django_capture_on_commit_callbacks
):
    conversation, status = _conversation_of(mastodon, account, visibility=visibility)
    with django_capture_on_commit_callbacks(execute=True):
        reply = actions.reply(agent, conversation, body="It left our warehouse today.")
    delivery = Delivery.objects.get(message=reply)
    assert delivery.state == DeliveryState.SENT, delivery.last_error
    [posted] = mastodon.state.posted
    assert posted["content_type"] == "application/x-www-form-urlencoded"
    assert posted["form"] == {
        "status": "@ana@example.social It left our warehouse today.",
        "in_reply_to_id": status["id"],
        "visibility": visibility,
        "sensitive": "0",  # Mastodon.py always sends it
    }
    assert posted["idempotency_key"] == str(delivery.idempotency_key)
    ours = mastodon.state.statuses[delivery.external_ref]
    assert ours["in_reply_to_id"] == status["id"]
    assert ours["visibility"] == visibility
    # Ana answers our reply: it joins the same conversation.
    thanks = mastodon.state.post(status["account"], "Thanks!", in_reply_to=ours)
    polling.poll_account(fresh(account), force=True)
    assert Message.objects.get(external_id=thanks["id"]).conversation == conversation


@pytest.mark.usefixtures("no_checks")
def test_a_customer_on_the_same_instance_is_mentioned_as_the_instance_writes_them(
    mastodon, account, agent, django_capture_on_commit_callbacks
):
    state = mastodon.state
    polling.poll_account(account, force=True)
    local = state.customer("kim", "Kim", remote="")
    status = state.post(local, "Hi there", visibility="private")
    polling.poll_account(fresh(account), force=True)
    conversation = Message.objects.get(external_id=status["id"]).conversation
    assert conversation.customer.identities.get().handle == "@kim@127.0.0.1"
    with django_capture_on_commit_callbacks(execute=True):
        actions.reply(agent, conversation, body="Hello Kim!")
    [posted] = state.posted
    assert posted["form"]["status"] == "@kim Hello Kim!"
    assert posted["form"]["visibility"] == "private"


@pytest.mark.usefixtures("no_checks")
def test_a_retried_delivery_never_posts_twice(
    mastodon, account, agent, django_capture_on_commit_callbacks
):
    conversation, _ = _conversation_of(mastodon, account, visibility="direct")
    with django_capture_on_commit_callbacks(execute=True):
        reply = actions.reply(agent, conversation, body="Sorry for the wait.")
    delivery = Delivery.objects.get(message=reply)
    again = adapters.adapter_for("mastodon").send(account, reply, delivery)
    assert again == delivery.external_ref
    assert len(mastodon.state.posted) == 2  # sent twice with the same Idempotency-Key...
    assert len(mastodon.state.by_idempotency) == 1  # ...posted once


@pytest.mark.usefixtures("no_checks")
def test_a_long_reply_is_refused_unless_the_agent_sends_it_as_a_numbered_thread(
    mastodon, account, agent, django_capture_on_commit_callbacks
):
    conversation, status = _conversation_of(mastodon, account, visibility="direct")
    long = " ".join(f"Step {n}: check the wiring of valve {n} again." for n in range(1, 25))
    with pytest.raises(ValidationError, match="takes 495 characters in a post"):
        actions.reply(agent, conversation, body=long)
    assert not mastodon.state.posted
    with django_capture_on_commit_callbacks(execute=True):
        reply = actions.reply(agent, conversation, body=long, split=True)
    delivery = Delivery.objects.get(message=reply)
    assert delivery.state == DeliveryState.SENT, delivery.last_error
    posts = mastodon.state.posted
    assert len(posts) == 3
    assert [p["form"]["status"][-5:] for p in posts] == ["(1/3)", "(2/3)", "(3/3)"]
    assert all(p["form"]["status"].startswith("@ana@example.social ") for p in posts)
    assert all(mastodon_length(p["form"]["status"]) <= 500 for p in posts)
    assert all(p["form"]["visibility"] == "direct" for p in posts)
    keys = [p["idempotency_key"] for p in posts]
    key = str(delivery.idempotency_key)
    assert keys == [key, f"{key}-2", f"{key}-3"]
    ids = [mastodon.state.by_idempotency[k]["id"] for k in keys]
    assert [p["form"]["in_reply_to_id"] for p in posts] == [status["id"], *ids[:2]]
    assert " ".join(p["form"]["status"] for p in posts).count("Step") == 24


def test_the_reply_box_counts_down_from_the_instances_limit(client, mastodon, account, agent):
    conversation, _ = _conversation_of(mastodon, account, visibility="public")
    client.force_login(agent)
    page = client.get(f"/inbox/{conversation.pk}/").content.decode()
    assert "data-length-counter" in page
    assert 'data-limit="495"' in page  # 500 less "@ana " (Mastodon counts no domain)
    assert 'data-unit="characters"' in page
    assert 'name="split"' in page
    assert "Earlier in the thread" not in page


def test_the_inbox_shows_each_social_accounts_health(client, mastodon, account, agent):
    polling.poll_account(account, force=True)
    client.force_login(agent)
    page = client.get("/inbox/").content.decode()
    assert "Social channels" in page
    assert "Halden on Mastodon" in page
    assert "polled 0 s ago\xa0· last success 0 s ago\xa0· 0 items today" in page


@pytest.mark.usefixtures("no_checks")
def test_a_reply_through_the_inbox_api_reaches_the_instance(
    post_json, bearer, mastodon, account, agent, django_capture_on_commit_callbacks
):
    conversation, status = _conversation_of(mastodon, account, visibility="direct")
    with django_capture_on_commit_callbacks(execute=True):
        answer = post_json(
            f"/api/v1/conversations/{conversation.pk}/reply",
            {"body": "We sent a new one.", "status": "solved"},
            bearer(agent),
        )
    assert answer.status_code == 201, answer.content
    sent = Delivery.objects.get(message_id=answer.json()["id"])
    assert sent.state == DeliveryState.SENT, sent.last_error
    [posted] = mastodon.state.posted
    assert posted["form"]["in_reply_to_id"] == status["id"]
    assert posted["form"]["visibility"] == "direct"
    too_long = post_json(
        f"/api/v1/conversations/{conversation.pk}/reply", {"body": "x " * 400}, bearer(agent)
    )
    assert too_long.status_code == 422
    assert "takes 495 characters" in too_long.json()["errors"]["body"][0]
