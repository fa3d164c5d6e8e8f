"""Staff share a community thread on the company's real social accounts (knowledge.bridge's
share panel → the worker → each network's `share`), against the local fake servers driven
through the real client libraries: the post reaches the network once, a retry with the same
key does not post twice, a rate limit is waited out, a text too long is refused up front."""

import threading
import time
from datetime import timedelta

import pytest
from django.utils import timezone

from openline.channels import accounts
from openline.channels.social import bluesky, reddit
from openline.community import actions as community_actions
from openline.inbox.models import ChannelAccount
from openline.knowledge.bridge.tasks import send_share
from openline.knowledge.models import ShareState, SocialShare

from .bluesky_server import APP_PASSWORD, COMPANY_DID, COMPANY_HANDLE, serve
from .mastodon_server import TOKEN, MastodonServer, mastodon_length
from .reddit_server import CLIENT_ID, CLIENT_SECRET, PASSWORD, USERNAME, RedditApi
from .x_server import KEYS, XApi

pytestmark = pytest.mark.usefixtures("local_hosts_allowed")

TITLE = "Thermostat shows E14 every morning"


@pytest.fixture
def thread(agent, customer, space, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        made = community_actions.create_thread(
            customer, space, kind="question", title=TITLE, body="Since the update, every day."
        )
        community_actions.create_reply(agent, made, body="Hold the boost button for ten seconds.")
    return made


def link(thread, settings) -> str:
    return f"{settings.SITE_URL}{thread.get_absolute_url()}"


def share(client, agent, thread, account, text, capture):
    """What staff do on the thread page: open the share panel, post it; the worker runs."""
    client.force_login(agent)
    with capture(execute=True):
        return client.post(
            f"/t/{thread.pk}/-/share/",
            {"accounts": [account.pk], "text": text},
            headers={"HX-Request": "true"},
        )


def sent_again(share_row: SocialShare) -> SocialShare:
    """The worker posted and died before recording it: the sweep hands the share on again."""
    SocialShare.objects.filter(pk=share_row.pk).update(
        state=ShareState.QUEUED, next_attempt_at=timezone.now() - timedelta(minutes=5)
    )
    send_share.call(share_row.pk)
    share_row.refresh_from_db()
    return share_row


def panel(client, thread) -> str:
    return client.get(f"/t/{thread.pk}/-/share/", headers={"HX-Request": "true"}).content.decode()


def refused(client, agent, thread, account, text) -> str:
    client.force_login(agent)
    answer = client.post(f"/t/{thread.pk}/-/share/", {"accounts": [account.pk], "text": text})
    assert answer.status_code == 400
    assert not SocialShare.objects.exists()
    return answer.content.decode()


# --- Mastodon ---------------------------------------------------------------------------------


@pytest.fixture
def mastodon():
    with MastodonServer() as server:
        yield server


@pytest.fixture
def on_mastodon(db, mastodon):
    return accounts.add_social_account(
        "mastodon", name="Halden on Mastodon", options={"instance": mastodon.url, "token": TOKEN}
    )


def test_mastodon_a_shared_thread_is_one_public_status_even_when_sent_again(
    client, agent, thread, on_mastodon, mastodon, settings, django_capture_on_commit_callbacks
):
    client.force_login(agent)
    assert "Halden on Mastodon (Mastodon, 500 characters)" in panel(client, thread)
    text = f"How to clear E14 on a T2: {link(thread, settings)}"
    share(client, agent, thread, on_mastodon, text, django_capture_on_commit_callbacks)

    row = SocialShare.objects.get()
    assert row.state == ShareState.SENT, row.last_error
    (posted,) = mastodon.state.posted
    assert posted["form"]["status"] == text
    assert posted["form"]["visibility"] == "public"
    assert "in_reply_to_id" not in posted["form"] or not posted["form"]["in_reply_to_id"]
    assert posted["idempotency_key"] == str(row.idempotency_key)
    status = mastodon.state.statuses[row.external_id]
    assert row.url == status["url"]

    row = sent_again(row)
    assert row.state == ShareState.SENT and row.attempts == 2
    assert len(mastodon.state.posted) == 2  # asked twice...
    assert len(mastodon.state.statuses) == 1  # ...one status: the instance knew the key
    assert "✓ Posted" in panel(client, thread)


def test_mastodon_a_429_is_waited_out(
    client, agent, thread, on_mastodon, mastodon, django_capture_on_commit_callbacks
):
    mastodon.state.too_many = 1
    mastodon.state.reset_in = 900
    share(client, agent, thread, on_mastodon, "E14, explained", django_capture_on_commit_callbacks)

    row = SocialShare.objects.get()
    assert row.state == ShareState.QUEUED
    assert "429" in row.last_error
    assert row.next_attempt_at > timezone.now() + timedelta(minutes=14)
    assert mastodon.state.statuses == {}


def test_mastodon_counts_a_link_as_23_and_refuses_a_longer_text(
    client, agent, thread, on_mastodon, settings
):
    url = link(thread, settings)
    fits = "x" * (500 - 24) + " " + url
    assert mastodon_length(fits) == 500
    page = refused(client, agent, thread, on_mastodon, "!" + fits)
    assert "Mastodon takes 500 characters; this is 501." in page


# --- Bluesky ----------------------------------------------------------------------------------


@pytest.fixture
def pds():
    server = serve()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def on_bluesky(db, pds):
    return accounts.add_social_account(
        "bluesky",
        name="Halden on Bluesky",
        options={"service": pds.url, "handle": f"@{COMPANY_HANDLE}", "app_password": APP_PASSWORD},
    )


def test_bluesky_a_shared_thread_is_one_post_with_a_link_facet_and_a_card(
    client, agent, thread, on_bluesky, pds, settings, django_capture_on_commit_callbacks
):
    url = link(thread, settings)
    text = f"Ünïcode first — then the fix for E14: {url}"
    share(client, agent, thread, on_bluesky, text, django_capture_on_commit_callbacks)

    row = SocialShare.objects.get()
    assert row.state == ShareState.SENT, row.last_error
    rkey = bluesky.share_record_key(row.idempotency_key)
    post = pds.state.records[(COMPANY_DID, "app.bsky.feed.post", rkey)]
    assert row.external_id == post.uri == f"at://{COMPANY_DID}/app.bsky.feed.post/{rkey}"
    assert row.url == f"https://bsky.app/profile/{COMPANY_HANDLE}/post/{rkey}"
    record = post.record
    assert record["text"] == text and "reply" not in record
    (facet,) = record["facets"]
    start, end = facet["index"]["byteStart"], facet["index"]["byteEnd"]
    assert text.encode()[start:end].decode() == url
    assert facet["features"] == [{"$type": "app.bsky.richtext.facet#link", "uri": url}]
    assert record["embed"]["$type"] == "app.bsky.embed.external"
    external = record["embed"]["external"]
    assert (external["uri"], external["title"], external["description"]) == (url, TITLE, "")

    row = sent_again(row)
    assert row.state == ShareState.SENT and row.external_id == post.uri
    assert len(pds.calls("com.atproto.repo.createRecord")) == 2  # tried twice...
    posts = [k for k in pds.state.records if k[1] == "app.bsky.feed.post" and k[0] == COMPANY_DID]
    assert posts == [(COMPANY_DID, "app.bsky.feed.post", rkey)]  # ...one post


def test_bluesky_a_429_is_waited_out(
    client, agent, thread, on_bluesky, pds, django_capture_on_commit_callbacks
):
    pds.state.rate_limits["com.atproto.repo.createRecord"] = int(time.time()) + 1200
    share(client, agent, thread, on_bluesky, "E14, explained", django_capture_on_commit_callbacks)

    row = SocialShare.objects.get()
    assert row.state == ShareState.QUEUED
    assert row.next_attempt_at > timezone.now() + timedelta(minutes=19)


def test_bluesky_counts_graphemes_and_refuses_a_longer_text(client, agent, thread, on_bluesky):
    fits = "👍🏽" * 300  # 300 graphemes, 2,400 bytes
    assert bluesky.grapheme_count(fits) == 300
    page = refused(client, agent, thread, on_bluesky, fits + "!")
    assert "Bluesky takes 300 characters; this is 301." in page


# --- X ----------------------------------------------------------------------------------------


@pytest.fixture
def x_api():
    server = XApi()
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


@pytest.fixture
def on_x(db, x_api):
    return accounts.add_social_account(
        "x", name="Halden on X", options={"api_url": x_api.url, **KEYS}
    )


def test_x_a_shared_thread_is_one_post_and_a_repeat_is_refused_as_a_duplicate(
    client, agent, thread, on_x, x_api, settings, django_capture_on_commit_callbacks
):
    text = f"How to clear E14 on a T2: {link(thread, settings)}"
    share(client, agent, thread, on_x, text, django_capture_on_commit_callbacks)

    row = SocialShare.objects.get()
    assert row.state == ShareState.SENT, row.last_error
    assert x_api.posted == [{"text": text}]
    assert row.url == f"https://x.com/i/web/status/{row.external_id}"

    # X takes no idempotency key: sent again after a lost worker, X refuses the duplicate.
    row = sent_again(row)
    assert row.state == ShareState.FAILED
    assert "duplicate content" in row.last_error and "earlier try" in row.last_error
    assert len(x_api.posted) == 1


def test_x_a_429_is_waited_out(
    client, agent, thread, on_x, x_api, django_capture_on_commit_callbacks
):
    x_api.limited_until = int(time.time()) + 600
    share(client, agent, thread, on_x, "E14, explained", django_capture_on_commit_callbacks)

    row = SocialShare.objects.get()
    assert row.state == ShareState.QUEUED
    assert row.next_attempt_at > timezone.now() + timedelta(minutes=9)
    assert x_api.posted == []


def test_x_counts_a_link_as_23_and_refuses_a_longer_text(client, agent, thread, on_x, settings):
    url = link(thread, settings)
    page = refused(client, agent, thread, on_x, "x" * 257 + " " + url)  # 257 + 1 + 23
    assert "X takes 280 characters; this is 281." in page


def test_an_x_account_with_a_bearer_token_only_is_not_offered(client, agent, thread, x_api, db):
    from .x_server import ACCOUNT_ID, BEARER

    accounts.add_social_account(
        "x",
        name="Halden on X",
        options={"api_url": x_api.url, "bearer_token": BEARER, "user_id": ACCOUNT_ID},
    )
    client.force_login(agent)
    assert panel(client, thread).strip() == ""


# --- Reddit -----------------------------------------------------------------------------------


@pytest.fixture
def reddit_api():
    server = RedditApi()
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def add_reddit(api: RedditApi, **options) -> ChannelAccount:
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
def on_reddit(db, reddit_api):
    return add_reddit(reddit_api, share_subreddit="r/HaldenHome")


def test_reddit_a_shared_thread_is_one_link_post_in_the_share_subreddit(
    client, agent, thread, on_reddit, reddit_api, settings, django_capture_on_commit_callbacks
):
    client.force_login(agent)
    assert "Halden on Reddit (Reddit, 300 characters)" in panel(client, thread)
    url = link(thread, settings)
    share(client, agent, thread, on_reddit, f"How to clear E14 on a T2: {url}",
          django_capture_on_commit_callbacks)  # fmt: skip

    row = SocialShare.objects.get()
    assert row.state == ShareState.SENT, row.last_error
    (form,) = reddit_api.submitted
    assert (form["sr"], form["kind"], form["url"]) == ("HaldenHome", "link", url)
    assert form["title"] == "How to clear E14 on a T2"
    assert row.external_id == "t3_s00001"
    assert row.url == "https://www.reddit.com/r/HaldenHome/comments/s00001/"

    row = sent_again(row)
    assert row.state == ShareState.FAILED
    assert "ALREADY_SUB" in row.last_error and "earlier try" in row.last_error
    assert len(reddit_api.submitted) == 1


def test_reddit_a_text_that_is_only_the_link_takes_the_threads_title(
    client, agent, thread, on_reddit, reddit_api, settings, django_capture_on_commit_callbacks
):
    share(client, agent, thread, on_reddit, link(thread, settings),
          django_capture_on_commit_callbacks)  # fmt: skip
    assert [f["title"] for f in reddit_api.submitted] == [TITLE]


@pytest.mark.parametrize("limit", ["ratelimit_reply", "limited"])
def test_reddit_a_rate_limit_is_waited_out(
    client, agent, thread, on_reddit, reddit_api, limit, django_capture_on_commit_callbacks
):
    setattr(reddit_api, limit, True)  # RATELIMIT "7 minutes" in the answer, or a 429
    share(client, agent, thread, on_reddit, "E14, explained", django_capture_on_commit_callbacks)

    row = SocialShare.objects.get()
    assert row.state == ShareState.QUEUED, row.last_error
    assert row.next_attempt_at > timezone.now() + timedelta(minutes=3, seconds=50)
    assert reddit_api.submitted == []


def test_reddit_refuses_a_title_over_300_characters(client, agent, thread, on_reddit, settings):
    page = refused(client, agent, thread, on_reddit, "x" * 301 + " " + link(thread, settings))
    assert "Reddit takes 300 characters; this is 301." in page


def test_a_reddit_account_without_a_share_subreddit_is_not_offered(
    client, agent, thread, reddit_api
):
    account = add_reddit(reddit_api)
    client.force_login(agent)
    assert panel(client, thread).strip() == ""
    page = refused(client, agent, thread, account, "E14, explained")
    assert "Select a valid choice" in page or "cannot share" in page


def test_the_share_subreddit_must_be_a_subreddit_name(db, reddit_api):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError, match="not a subreddit name"):
        add_reddit(reddit_api, share_subreddit="no spaces allowed")
    assert reddit.share_title("Fix E14 — https://example.com/t/1/ ") == "Fix E14"
