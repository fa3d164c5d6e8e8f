"""The Bluesky channel against a PDS on 127.0.0.1 that speaks the real XRPC endpoints, driven
through the real atproto client: mentions and replies become conversations once, paging and
restarts neither skip nor repeat, replies go out in the thread with the right references, and
rate limits, expired sessions and refused passwords say what happened."""

import json
import time
from datetime import datetime, timedelta
from io import StringIO

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import transaction
from django.utils import timezone

from openline.accounts.models import Role
from openline.channels import accounts
from openline.channels.social import bluesky, polling
from openline.channels.social.base import ChannelBroken, Page, RateLimited, registration
from openline.core import crypto
from openline.inbox import actions
from openline.inbox.adapters import DeliveryError
from openline.inbox.ingestion import ingest_many
from openline.inbox.models import ChannelAccount, Conversation, Delivery, DeliveryState, Message

from ...factories import UserFactory
from .bluesky_server import (
    APP_PASSWORD,
    COMPANY,
    COMPANY_DID,
    COMPANY_HANDLE,
    PAT,
    ROBIN,
    T0,
    serve,
)

pytestmark = pytest.mark.usefixtures("local_hosts_allowed")


@pytest.fixture
def pds():
    server = serve()
    yield server
    server.shutdown()
    server.server_close()


def add_account(pds, name="Halden on Bluesky") -> ChannelAccount:
    """As `openline channel add bluesky` adds it."""
    return accounts.add_social_account(
        "bluesky",
        name=name,
        options={"service": pds.url, "handle": f"@{COMPANY_HANDLE}", "app_password": APP_PASSWORD},
    )


@pytest.fixture
def account(db, pds):
    return add_account(pds)


def fresh(account: ChannelAccount) -> ChannelAccount:
    return ChannelAccount.objects.get(pk=account.pk)


def cursor(account: ChannelAccount) -> dict:
    return fresh(account).config["state"]["cursor"]


def store(account: ChannelAccount, page: Page) -> None:
    """What the poller does with a page: its items and its cursor in one transaction."""
    with transaction.atomic():
        ingest_many(account, page.items)
        polling.update_state(account, lambda state: state.update(cursor=page.cursor))


def poll(account: ChannelAccount) -> int:
    """The worker's poll, now; returns how many pages it took."""
    result = polling.poll_account(fresh(account), force=True)
    assert not result.error, result.error
    return result.pages


def ref(value: dict) -> dict:
    """A strong reference without its optional `$type`."""
    return {"uri": value["uri"], "cid": value["cid"]}


def texts(conversation: Conversation) -> list[str]:
    return list(conversation.messages.order_by("created_at", "id").values_list("body", flat=True))


# --- adding the account -----------------------------------------------------------------------


def test_adding_the_account_logs_in_and_keeps_only_an_encrypted_session(account, pds):
    assert account.config == {
        "service": pds.url,
        "handle": COMPANY_HANDLE,
        "did": COMPANY_DID,
        "poll_every_seconds": 60,
    }
    secrets = json.loads(crypto.decrypt(account.secret_encrypted))
    assert secrets["app_password"] == APP_PASSWORD
    assert COMPANY_DID in secrets["session"]  # the session string, encrypted at rest
    assert APP_PASSWORD not in account.secret_encrypted
    assert len(pds.calls("com.atproto.server.createSession")) == 1


def test_a_wrong_app_password_is_refused_when_the_account_is_added(db, pds):
    with pytest.raises(ValidationError) as refused:
        registration("bluesky").clean(
            {"service": pds.url, "handle": COMPANY_HANDLE, "app_password": "wxyz-wxyz-wxyz-wxyz"}
        )
    assert f"{pds.url} refused the handle {COMPANY_HANDLE}" in refused.value.messages[0]
    assert "Invalid identifier or password" in refused.value.messages[0]


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"handle": "not a handle", "app_password": APP_PASSWORD}, "is not a Bluesky handle"),
        ({"handle": COMPANY_HANDLE, "app_password": "hunter2"}, "must be an app password"),
        (
            {
                "service": "ftp://pds.example",
                "handle": COMPANY_HANDLE,
                "app_password": APP_PASSWORD,
            },
            "must be an http(s) URL",
        ),
        (
            {
                "service": "https://pds.example/some/path",
                "handle": "a.example",
                "app_password": APP_PASSWORD,
            },
            "the server's address only",
        ),
    ],
)
def test_bad_settings_are_refused_with_what_to_give(db, options, message):
    with pytest.raises(ValidationError) as refused:
        registration("bluesky").clean(options)
    assert message in refused.value.messages[0]


def test_an_internal_service_address_is_not_called_unless_the_operator_allows_it(db, settings, pds):
    settings.OPENLINE = {**settings.OPENLINE, "OUTBOUND_ALLOWED_HOSTS": []}
    with pytest.raises(ValidationError) as refused:
        registration("bluesky").clean(
            {"service": pds.url, "handle": COMPANY_HANDLE, "app_password": APP_PASSWORD}
        )
    assert "127.0.0.1 is a non-public address" in refused.value.messages[0]
    assert pds.state.requests == []


def test_a_did_document_naming_an_internal_pds_is_not_followed(account, pds):
    pds.state.pds_endpoint = "http://169.254.169.254"
    pds.state.expired.update(pds.state.access)  # the next call logs in again, reading the doc
    pds.state.refresh.clear()
    with pytest.raises(ChannelBroken, match=r"169\.254\.169\.254 is a non-public address"):
        bluesky.NETWORK.fetch(account, {})


# --- mentions and replies ---------------------------------------------------------------------


def test_new_mentions_become_conversations_once(account, pds):
    mention = pds.post(PAT, f"@{COMPANY_HANDLE} my T2 shows E14 again", at=T0)
    pds.like(ROBIN, mention, at=T0 + timedelta(minutes=1))
    pds.post(ROBIN, f"@{COMPANY_HANDLE} is the app down?", at=T0 + timedelta(minutes=2))
    poll(account)
    poll(account)
    assert Conversation.objects.count() == 2
    pat = Conversation.objects.get(external_id=mention.uri)
    assert texts(pat) == [f"@{COMPANY_HANDLE} my T2 shows E14 again"]
    assert pat.subject == "my T2 shows E14 again"
    message = pat.messages.get()
    assert message.external_id == mention.uri
    assert (
        message.url
        == f"https://bsky.app/profile/pat.bsky.social/post/{mention.uri.rsplit('/', 1)[1]}"
    )
    assert message.identity.name == "Pat Doe"
    assert message.created_at == T0
    assert Message.objects.count() == 2


def test_replies_join_the_conversation_of_their_thread_root(account, pds):
    mention = pds.post(PAT, f"@{COMPANY_HANDLE} my T2 shows E14 again", at=T0)
    poll(account)
    first = pds.post(
        PAT,
        "It started after the update.",
        reply_to=mention,
        reason="reply",
        at=T0 + timedelta(minutes=5),
    )
    pds.post(ROBIN, "Same here!", reply_to=first, reason="reply", at=T0 + timedelta(minutes=6))
    poll(account)
    conversation = Conversation.objects.get()
    assert conversation.external_id == mention.uri
    assert texts(conversation) == [
        f"@{COMPANY_HANDLE} my T2 shows E14 again",
        "It started after the update.",
        "Same here!",
    ]


def test_a_mention_deep_in_someone_else_s_thread_comes_with_the_posts_before_it(account, pds):
    root = pds.post(ROBIN, "Any heat pump recommendations?", at=T0, notify=False)
    middle = pds.post(PAT, "Not the Halden one, it keeps showing E14", reply_to=root, notify=False)
    mention = pds.post(PAT, f"@{COMPANY_HANDLE} can you fix this?", reply_to=middle, at=T0)
    poll(account)
    message = Message.objects.get()
    assert [(p["author"], p["text"]) for p in message.raw["thread_context"]] == [
        ("@robin.example.com", "Any heat pump recommendations?"),
        ("@pat.bsky.social", "Not the Halden one, it keeps showing E14"),
    ]
    assert message.raw["thread_context"][0]["url"].startswith("https://bsky.app/profile/robin")
    # a reply to a post the inbox has needs no context call
    pds.post(PAT, "Hello?", reply_to=mention, reason="reply", at=T0 + timedelta(minutes=1))
    calls = len(pds.calls("app.bsky.feed.getPostThread"))
    poll(account)
    assert len(pds.calls("app.bsky.feed.getPostThread")) == calls == 1
    hello = Message.objects.get(body="Hello?")
    assert "thread_context" not in hello.raw
    assert hello.conversation == message.conversation


def test_replies_under_the_company_s_own_post_are_one_conversation_per_customer(account, pds):
    announcement = pds.post(COMPANY, "Firmware 4.13 is out.", notify=False)
    pds.post(PAT, "Mine won't update", reply_to=announcement, reason="reply", at=T0)
    pds.post(ROBIN, "Love it", reply_to=announcement, reason="reply", at=T0 + timedelta(minutes=1))
    poll(account)
    assert sorted(Conversation.objects.values_list("external_id", flat=True)) == sorted(
        [f"{announcement.uri}#{PAT.did}", f"{announcement.uri}#{ROBIN.did}"]
    )


def test_a_shortened_link_is_written_out_in_full(account, pds):
    text = "See example.com/very-lo... for the fix"
    start = len(b"See ")
    end = start + len(b"example.com/very-lo...")
    pds.post(
        PAT,
        text,
        at=T0,
        facets=[
            {
                "features": [
                    {
                        "$type": "app.bsky.richtext.facet#link",
                        "uri": "https://example.com/very-long-path",
                    }
                ],
                "index": {"byteStart": start, "byteEnd": end},
            }
        ],
    )
    poll(account)
    assert Message.objects.get().body == "See https://example.com/very-long-path for the fix"


def test_images_link_cards_and_quotes_are_written_out_for_the_agent(account, pds):
    quoted = pds.post(ROBIN, "Halden's new firmware is out", at=T0, notify=False)
    post = pds.post(PAT, "", at=T0, reason="quote")
    post.record["embed"] = {
        "$type": "app.bsky.embed.recordWithMedia",
        "media": {
            "$type": "app.bsky.embed.images",
            "images": [
                {
                    "alt": "Thermostat display showing E14",
                    "image": {
                        "$type": "blob",
                        "ref": {
                            "$link": "bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku"
                        },
                        "mimeType": "image/jpeg",
                        "size": 183204,
                    },
                    "aspectRatio": {"height": 1000, "width": 750},
                }
            ],
        },
        "record": {
            "$type": "app.bsky.embed.record",
            "record": {"uri": quoted.uri, "cid": quoted.cid},
        },
    }
    poll(account)
    message = Message.objects.get()
    rkey = quoted.uri.rsplit("/", 1)[1]
    assert message.body == (
        "[image: Thermostat display showing E14] https://cdn.bsky.app/img/feed_fullsize/plain/"
        f"{PAT.did}/bafkreihdwdcefgh4dqkjv67uzcmw7ojee6xedzdetojuzjevtenxquvyku@jpeg\n\n"
        f"[quoting] https://bsky.app/profile/{ROBIN.did}/post/{rkey}"
    )
    assert message.raw["quoted"] == quoted.uri
    assert message.raw["reason"] == "quote"


# --- paging and restarts ----------------------------------------------------------------------


def test_many_new_notifications_are_read_page_by_page_each_once(account, pds):
    for n in range(120):
        pds.post(
            PAT if n % 2 else ROBIN, f"@{COMPANY_HANDLE} question {n}", at=T0 + timedelta(seconds=n)
        )
    pages = poll(account)
    assert pages == 3
    assert Conversation.objects.count() == 120
    calls = pds.calls("app.bsky.notification.listNotifications")
    assert "cursor" not in calls[0][2]
    assert calls[1][2]["cursor"] and calls[2][2]["cursor"]
    assert calls[0][2]["reasons"] == ["mention", "reply", "quote"]
    poll(account)  # nothing new: one page, nothing stored
    assert Conversation.objects.count() == 120
    assert "cursor" not in pds.calls("app.bsky.notification.listNotifications")[-1][2]


def test_a_restart_mid_sweep_neither_skips_nor_repeats(account, pds):
    for n in range(120):
        pds.post(PAT, f"@{COMPANY_HANDLE} question {n}", at=T0 + timedelta(seconds=n))
    first = bluesky.NETWORK.fetch(account, {})
    store(account, first)
    assert first.more and len(first.items) == 50
    # the worker dies after fetching the second page, before storing it
    lost = bluesky.NETWORK.fetch(account, cursor(account))
    assert len(lost.items) == 50
    # meanwhile a new mention arrives, newer than everything in this sweep
    late = pds.post(ROBIN, f"@{COMPANY_HANDLE} still there?", at=T0 + timedelta(hours=1))
    restarted = fresh(account)  # a fresh process reads the store
    poll(restarted)  # finishes the sweep it was in
    assert Message.objects.count() == 120
    poll(restarted)  # the next poll starts from the top again
    assert Message.objects.filter(external_id=late.uri).exists()
    assert sorted(Message.objects.values_list("body", flat=True)) == sorted(
        [f"@{COMPANY_HANDLE} question {n}" for n in range(120)]
        + [f"@{COMPANY_HANDLE} still there?"]
    )
    poll(restarted)
    assert Message.objects.count() == 121


def test_notifications_at_the_same_instant_as_the_last_stored_one_are_not_lost(account, pds):
    pds.post(PAT, f"@{COMPANY_HANDLE} one", at=T0)
    poll(account)
    pds.post(ROBIN, f"@{COMPANY_HANDLE} two, same millisecond", at=T0)
    page = bluesky.NETWORK.fetch(account, cursor(account))
    assert [i.text for i in page.items] == [f"@{COMPANY_HANDLE} two, same millisecond"]


def test_a_cursor_the_service_no_longer_takes_restarts_the_sweep_without_loss(account, pds):
    for n in range(60):
        pds.post(PAT, f"@{COMPANY_HANDLE} question {n}", at=T0 + timedelta(seconds=n))
    store(account, bluesky.NETWORK.fetch(account, {}))
    stale = {**cursor(account), "sweep": {**cursor(account)["sweep"], "cursor": "expired"}}
    polling.update_state(account, lambda state: state.update(cursor=stale))
    poll(account)
    assert Message.objects.count() == 60


def test_mentions_older_than_a_day_before_the_account_was_added_are_not_imported(account, pds):
    pds.post(PAT, "ancient", at=account.created_at - timedelta(days=3))
    pds.post(PAT, f"@{COMPANY_HANDLE} this morning", at=account.created_at - timedelta(hours=2))
    poll(account)
    assert list(Message.objects.values_list("body", flat=True)) == [
        f"@{COMPANY_HANDLE} this morning"
    ]


# --- replying ---------------------------------------------------------------------------------


def test_an_agent_s_reply_goes_out_in_the_thread_with_root_and_parent(
    account, pds, agent, django_capture_on_commit_callbacks
):
    mention = pds.post(PAT, f"@{COMPANY_HANDLE} my T2 shows E14 again", at=T0)
    follow_up = pds.post(
        PAT, "Firmware 4.12", reply_to=mention, reason="reply", at=T0 + timedelta(minutes=1)
    )
    poll(account)
    conversation = Conversation.objects.get()
    with django_capture_on_commit_callbacks(execute=True):
        reply = actions.reply(
            agent, conversation, body="@pat.bsky.social please update: https://halden.example/fw"
        )
    delivery = Delivery.objects.get(message=reply)
    assert delivery.state == DeliveryState.SENT, delivery.last_error
    (call,) = pds.calls("com.atproto.repo.createRecord")
    body = call[4]
    assert body["repo"] == COMPANY_DID and body["collection"] == "app.bsky.feed.post"
    record = body["record"]
    assert ref(record["reply"]["root"]) == {"uri": mention.uri, "cid": mention.cid}
    assert ref(record["reply"]["parent"]) == {"uri": follow_up.uri, "cid": follow_up.cid}
    assert record["text"] == "@pat.bsky.social please update: https://halden.example/fw"
    features = {f["features"][0]["$type"]: (f["index"], f["features"][0]) for f in record["facets"]}
    mention_index, mention_feature = features["app.bsky.richtext.facet#mention"]
    assert mention_feature["did"] == PAT.did
    assert (mention_index["byteStart"], mention_index["byteEnd"]) == (0, len("@pat.bsky.social"))
    link_index, link_feature = features["app.bsky.richtext.facet#link"]
    assert link_feature["uri"] == "https://halden.example/fw"
    start = len(b"@pat.bsky.social please update: ")
    assert (link_index["byteStart"], link_index["byteEnd"]) == (start, start + 25)
    assert delivery.external_ref == f"at://{COMPANY_DID}/app.bsky.feed.post/{body['rkey']}"
    reply.refresh_from_db()
    assert reply.external_id == delivery.external_ref
    # the customer answers the agent: the answer joins the conversation
    agent_post = pds.state.records[COMPANY_DID, "app.bsky.feed.post", body["rkey"]]
    pds.post(
        PAT, "Done, thanks!", reply_to=agent_post, reason="reply", at=T0 + timedelta(minutes=9)
    )
    poll(account)
    assert Conversation.objects.count() == 1
    answer = conversation.messages.get(body="Done, thanks!")
    assert answer.raw["parent"]["uri"] == reply.external_id


def test_a_reply_to_a_reply_in_someone_else_s_thread_names_that_thread_s_root(
    account, pds, agent, django_capture_on_commit_callbacks
):
    root = pds.post(ROBIN, "Any heat pump recommendations?", at=T0, notify=False)
    mention = pds.post(PAT, f"@{COMPANY_HANDLE} what about yours?", reply_to=root, at=T0)
    poll(account)
    conversation = Conversation.objects.get()
    assert conversation.external_id == root.uri
    with django_capture_on_commit_callbacks(execute=True):
        actions.reply(agent, conversation, body="Ours is the H1.")
    record = pds.calls("com.atproto.repo.createRecord")[0][4]["record"]
    assert ref(record["reply"]["root"]) == {"uri": root.uri, "cid": root.cid}
    assert ref(record["reply"]["parent"]) == {"uri": mention.uri, "cid": mention.cid}


def test_a_retried_delivery_finds_the_post_it_already_made(account, pds):
    mention = pds.post(PAT, f"@{COMPANY_HANDLE} hi", at=T0)
    poll(account)
    conversation = Conversation.objects.get()
    message = actions.publish_reply(_staff(), conversation, body="Hello!")
    delivery = Delivery.objects.get(message=message)
    first = bluesky.NETWORK.send(account, message, delivery)
    again = bluesky.NETWORK.send(account, message, delivery)  # the worker died before recording
    assert first == again
    assert len([k for k in pds.state.records if k[0] == COMPANY_DID]) == 1
    assert mention.uri != first


def _staff():
    return UserFactory(role=Role.AGENT)


def test_a_reply_longer_than_300_graphemes_is_refused_unless_sent_as_a_thread(
    account, pds, agent, django_capture_on_commit_callbacks
):
    mention = pds.post(PAT, f"@{COMPANY_HANDLE} hi", at=T0)
    poll(account)
    conversation = Conversation.objects.get()
    with pytest.raises(ValidationError, match="takes 300 graphemes in a post; this reply has 301"):
        actions.reply(agent, conversation, body="👍🏽" * 301)
    assert pds.calls("com.atproto.repo.createRecord") == []
    long = " ".join(["Please reset the thermostat and pair the valve again."] * 10)
    with django_capture_on_commit_callbacks(execute=True):
        reply = actions.reply(agent, conversation, body=long, split=True)
    delivery = Delivery.objects.get(message=reply)
    assert delivery.state == DeliveryState.SENT
    records = [call[4]["record"] for call in pds.calls("com.atproto.repo.createRecord")]
    assert len(records) == 2
    assert [r["text"][-6:] for r in records] == [" (1/2)", " (2/2)"]
    assert all(bluesky.grapheme_count(r["text"]) <= 300 for r in records)
    (first,) = [p for p in pds.state.records.values() if p.uri == delivery.external_ref]
    assert ref(records[0]["reply"]["parent"]) == {"uri": mention.uri, "cid": mention.cid}
    assert ref(records[1]["reply"]["parent"]) == {"uri": first.uri, "cid": first.cid}
    assert ref(records[1]["reply"]["root"]) == {"uri": mention.uri, "cid": mention.cid}


def test_the_send_guard_refuses_a_part_over_the_limit_without_calling_bluesky(account, pds):
    pds.post(PAT, f"@{COMPANY_HANDLE} hi", at=T0)
    poll(account)
    message = actions.publish_reply(_staff(), Conversation.objects.get(), body="short")
    delivery = Delivery.objects.get(message=message)
    with pytest.raises(DeliveryError, match="holds 300 characters; this reply has 301") as refused:
        bluesky.NETWORK.send_parts(account, message, delivery, ["x" * 301])
    assert refused.value.permanent


def test_graphemes_are_counted_as_people_see_them():
    assert bluesky.grapheme_count("👍🏽" * 300) == 300
    assert bluesky.grapheme_count("e\u0301👨‍👩‍👧🇩🇪\r\nok") == 6
    assert bluesky.NETWORK.length_limit == 300


# --- rate limits and sessions -----------------------------------------------------------------


def test_a_429_is_a_rate_limit_with_the_wait_from_its_reset_header(account, pds):
    pds.state.rate_limits["app.bsky.notification.listNotifications"] = int(time.time()) + 120
    with pytest.raises(RateLimited) as limited:
        bluesky.NETWORK.fetch(account, {})
    assert 110 <= limited.value.retry_after_seconds <= 121
    pds.post(PAT, f"@{COMPANY_HANDLE} hi", at=T0)
    poll(account)  # once the wait is over, nothing was lost
    assert Message.objects.count() == 1


def test_an_expired_token_is_refreshed_and_the_new_session_stored_encrypted(account, pds):
    pds.post(PAT, f"@{COMPANY_HANDLE} hi", at=T0)
    pds.state.expired.update(pds.state.access)  # the server says: ExpiredToken
    poll(account)
    assert Message.objects.count() == 1
    assert len(pds.calls("com.atproto.server.refreshSession")) == 1
    assert len(pds.calls("com.atproto.server.createSession")) == 1  # only when it was added
    account.refresh_from_db()
    session = json.loads(crypto.decrypt(account.secret_encrypted))["session"]
    assert any(token in session for token in pds.state.access if token not in pds.state.expired)


def test_an_access_token_about_to_expire_is_refreshed_before_it_is_used(db, pds):
    pds.state.access_lifetime = 60  # expires within the client's 15 minutes of margin
    account = add_account(pds)
    pds.post(PAT, f"@{COMPANY_HANDLE} hi", at=T0)
    poll(account)
    assert Message.objects.count() == 1
    assert len(pds.calls("com.atproto.server.refreshSession")) >= 1
    errors = [r for r in pds.state.requests if r[1].endswith("listNotifications")]
    assert len(errors) == 1  # never sent with a stale token


def test_a_dead_refresh_token_means_a_new_login_with_the_app_password(account, pds):
    pds.state.expired.update(pds.state.access)
    pds.state.expired.update(pds.state.refresh)
    pds.post(PAT, f"@{COMPANY_HANDLE} hi", at=T0)
    poll(account)
    assert Message.objects.count() == 1
    assert len(pds.calls("com.atproto.server.createSession")) == 2


def test_a_revoked_app_password_breaks_the_channel_with_what_to_do(account, pds):
    pds.state.expired.update(pds.state.access)
    pds.state.expired.update(pds.state.refresh)
    pds.state.password = "qqqq-qqqq-qqqq-qqqq"
    with pytest.raises(ChannelBroken, match="create a new app password and update the channel"):
        bluesky.NETWORK.fetch(account, {})


# --- direct messages --------------------------------------------------------------------------


def test_direct_messages_become_conversations_and_replies_go_back_in_the_chat(
    account, pds, agent, django_capture_on_commit_callbacks
):
    poll(account)  # the first poll notes where the chat log stands
    pds.dm(PAT, "Can I send you my serial number privately?", at=T0)
    pds.dm(PAT, "It is T2-0042.", at=T0 + timedelta(seconds=5))
    pds.dm(ROBIN, "Hello?", at=T0 + timedelta(seconds=6))
    poll(account)
    poll(account)
    pat = Conversation.objects.get(external_id="bsky-chat:3lpatconvo")
    assert texts(pat) == ["Can I send you my serial number privately?", "It is T2-0042."]
    assert pat.messages.first().identity.name == "Pat Doe"
    assert Conversation.objects.count() == 2
    assert {r[3]["atproto-proxy"] for r in pds.state.requests if "/chat." in r[1]} == {
        "did:web:api.bsky.chat#bsky_chat"
    }
    with django_capture_on_commit_callbacks(execute=True):
        reply = actions.reply(agent, pat, body="Thanks, registered.")
    assert Delivery.objects.get(message=reply).state == DeliveryState.SENT
    (sent,) = pds.calls("chat.bsky.convo.sendMessage")
    assert (sent[4]["convoId"], sent[4]["message"]["text"]) == ("3lpatconvo", "Thanks, registered.")
    poll(account)  # our own message in the log is not a customer's
    assert texts(pat)[-1] == "Thanks, registered."
    assert pat.messages.count() == 3


def test_without_access_to_messages_mentions_flow_and_the_channel_says_why(account, pds):
    pds.state.chat_allowed = False
    pds.post(PAT, f"@{COMPANY_HANDLE} hi", at=T0)
    poll(account)
    assert Message.objects.count() == 1
    note = cursor(account)["chat"]["error"]
    assert "Bad token scope" in note and "Allow access to your direct messages" in note
    assert polling.health(fresh(account)).line.endswith(f"1 item today\xa0· {note}")
    chat_calls = len([r for r in pds.state.requests if "/chat." in r[1]])
    poll(account)  # not asked again for hours
    assert len([r for r in pds.state.requests if "/chat." in r[1]]) == chat_calls


# --- through the operator's command and the health line ---------------------------------------


def test_the_command_adds_the_account_and_the_worker_polls_it(db, pds):
    out = StringIO()
    call_command(
        "channel", "add", "bluesky", "--name", "Halden", "--service", pds.url,
        "--handle", COMPANY_HANDLE, "--app-password", APP_PASSWORD, "--json", stdout=out,
    )  # fmt: skip
    row = json.loads(out.getvalue())
    assert row["kind"] == "bluesky"
    assert APP_PASSWORD not in out.getvalue()
    account = ChannelAccount.objects.get(pk=row["id"])
    pds.post(PAT, f"@{COMPANY_HANDLE} hello from the command", at=T0)
    polling.poll_due()
    assert Message.objects.get().body == f"@{COMPANY_HANDLE} hello from the command"
    assert "1 item today" in polling.health(fresh(account)).line


def test_the_command_says_why_a_wrong_app_password_is_refused(db, pds):
    with pytest.raises(CommandError, match=r"refused the handle support\.halden\.example"):
        call_command(
            "channel", "add", "bluesky", "--name", "Halden", "--service", pds.url,
            "--handle", COMPANY_HANDLE, "--app-password", "wxyz-wxyz-wxyz-wxyz",
        )  # fmt: skip
    assert not ChannelAccount.objects.exists()


def test_a_revoked_app_password_pauses_the_channel_and_the_health_line_says_so(account, pds):
    pds.state.expired.update(pds.state.access)
    pds.state.expired.update(pds.state.refresh)
    pds.state.password = "qqqq-qqqq-qqqq-qqqq"
    result = polling.poll_account(fresh(account), force=True)
    assert "create a new app password" in result.paused
    health = polling.health(fresh(account))
    assert health.trouble and health.line.startswith("PAUSED: ")


def test_a_rate_limited_poll_waits_until_the_reset(account, pds):
    pds.state.rate_limits["app.bsky.notification.listNotifications"] = int(time.time()) + 300
    result = polling.poll_account(fresh(account), force=True)
    assert result.rate_limited_until is not None
    wait = (result.rate_limited_until - timezone.now()).total_seconds()
    assert 290 <= wait <= 301
    assert polling.health(fresh(account)).line.startswith("rate limited: ")


def test_a_chat_service_that_fails_is_tried_again_in_minutes_not_hours(account, pds):
    pds.state.chat_down = True
    pds.post(PAT, f"@{COMPANY_HANDLE} hi", at=T0)
    poll(account)
    assert Message.objects.count() == 1
    chat = cursor(account)["chat"]
    assert chat["error"].startswith("Direct messages could not be read")
    paused = datetime.fromisoformat(chat["paused_until"])
    assert timedelta(minutes=9) < paused - timezone.now() <= timedelta(minutes=10)
