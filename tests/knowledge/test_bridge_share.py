"""A community thread shared to the company's social accounts (knowledge.bridge): staff queue a
post, the worker sends it through the network's `share`, failures are kept and retried.

The network here is a real one in shape: a class registered like every social network
(channels.social.base.register), posting over HTTP with the guarded client to a server on
127.0.0.1 that answers like Mastodon's POST /api/v1/statuses (an Idempotency-Key header makes a
repeated post return the first one)."""

import json
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.utils import timezone

from openline.channels.social import base
from openline.channels.social.base import Credentials, Page, RateLimited
from openline.channels.social.sharing import SharedPost
from openline.community import actions as community_actions
from openline.core import outbound
from openline.inbox.adapters import DeliveryError
from openline.inbox.models import ChannelAccount
from openline.knowledge.bridge.tasks import send_share, sweep_shares
from openline.knowledge.models import ShareState, SocialShare


class StatusesServer(BaseHTTPRequestHandler):
    """POST /api/v1/statuses: 200 with the new status, or the next queued failure."""

    posts: list[dict]
    by_key: dict[str, dict]
    failures: list[tuple[int, dict[str, str]]]

    def do_POST(self):
        body = json.loads(self.rfile.read(int(self.headers["Content-Length"])) or b"{}")
        if self.path != "/api/v1/statuses" or self.headers.get("Authorization") != "Bearer t0k":
            return self._answer(401, {"error": "The access token is invalid"})
        if self.failures:
            status, headers = self.failures.pop(0)
            return self._answer(status, {"error": "Try again later"}, headers)
        key = self.headers.get("Idempotency-Key", "")
        if key not in self.by_key:
            number = str(110_000 + len(self.posts))
            status = {
                "id": number,
                "url": f"http://127.0.0.1:{self.server.server_port}/@halden/{number}",
                "content": f"<p>{body['status']}</p>",
                "visibility": body.get("visibility", "public"),
            }
            self.posts.append({"status": body["status"], "key": key})
            self.by_key[key] = status
        self._answer(200, self.by_key[key])

    def _answer(self, status, payload, headers=None):
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, *args):
        pass


class LocalMastodon:
    """A network as the social modules write them, able to share a new post."""

    kind = "mastodon"
    length_limit = 500

    def fetch(self, account, cursor):
        return Page(items=[], cursor=cursor)

    def send(self, account, message, delivery):
        raise DeliveryError("Replies are not part of this test network.", permanent=True)

    def share(self, account, *, title, url, text, idempotency_key):
        with outbound.client(timeout=5) as http:
            answer = http.post(
                f"{account.config['instance']}/api/v1/statuses",
                json={"status": text, "visibility": "public"},
                headers={"Authorization": "Bearer t0k", "Idempotency-Key": idempotency_key},
            )
        if answer.status_code == 429:
            raise RateLimited(float(answer.headers.get("Retry-After", "60")))
        if answer.status_code >= 500:
            raise DeliveryError(f"Mastodon answered {outbound.status_reason(answer.status_code)}")
        if answer.status_code >= 400:
            raise DeliveryError(
                f"Mastodon refused the post: {answer.json().get('error', '')}", permanent=True
            )
        status = answer.json()
        return SharedPost(external_id=status["id"], url=status["url"])


@pytest.fixture
def server(settings):
    settings.OPENLINE = {**settings.OPENLINE, "OUTBOUND_ALLOWED_HOSTS": ["127.0.0.1"]}
    handler = type("Handler", (StatusesServer,), {"posts": [], "by_key": {}, "failures": []})
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    yield handler, f"http://127.0.0.1:{httpd.server_port}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture
def network():
    """Registers the network for the test, and puts back whatever was registered before."""
    saved = base._networks.get("mastodon"), base._registrations.get("mastodon")
    base.register(LocalMastodon(), lambda options: Credentials(config=options), ())
    yield
    for registry, value in zip((base._networks, base._registrations), saved, strict=True):
        registry.pop("mastodon", None)
        if value is not None:
            registry["mastodon"] = value


@pytest.fixture
def halden(db, server, network):
    return ChannelAccount.objects.create(
        kind="mastodon", name="Halden on Mastodon", config={"instance": server[1]}
    )


@pytest.fixture
def answered(agent, customer, space, post):
    thread = post(customer, space, "Thermostat shows E14 every morning")
    community_actions.create_reply(agent, thread, body="Hold the boost button for ten seconds.")
    return thread


def share_url(thread):
    return f"/t/{thread.pk}/-/share/"


def test_staff_share_a_thread_and_the_worker_posts_it(
    client, agent, answered, halden, server, settings, django_capture_on_commit_callbacks
):
    handler, _ = server
    client.force_login(agent)
    panel = client.get(share_url(answered), headers={"HX-Request": "true"}).content.decode()
    link = f"{settings.SITE_URL}{answered.get_absolute_url()}"
    assert "Halden on Mastodon (Mastodon, 500 characters)" in panel
    assert f"Thermostat shows E14 every morning {link}" in panel

    with django_capture_on_commit_callbacks(execute=True):
        answer = client.post(
            share_url(answered),
            {"accounts": [halden.pk], "text": f"How to clear E14 on a T2: {link}"},
            headers={"HX-Request": "true"},
        )

    share = SocialShare.objects.get()
    assert [p["status"] for p in handler.posts] == [f"How to clear E14 on a T2: {link}"]
    assert handler.posts[0]["key"] == str(share.idempotency_key)
    assert (share.state, share.external_id, share.shared_by) == (ShareState.SENT, "110000", agent)
    assert share.url.endswith("/@halden/110000")
    assert answer.status_code == 200
    shown = client.get(share_url(answered), headers={"HX-Request": "true"}).content.decode()
    assert "✓ Posted" in shown and share.url in shown
    assert 'name="accounts"' not in shown  # shared on every account there is


def test_the_thread_page_loads_the_share_panel_for_staff(client, agent, answered, halden):
    client.force_login(agent)
    page = client.get(answered.get_absolute_url()).content.decode()
    assert f'hx-get="{share_url(answered)}"' in page


def test_nothing_is_offered_when_no_account_can_share(client, agent, answered):
    # A Reddit account shares only into a subreddit its operator named (--share-subreddit).
    ChannelAccount.objects.create(kind="reddit", name="Halden on Reddit", config={})
    client.force_login(agent)

    panel = client.get(share_url(answered), headers={"HX-Request": "true"})
    refused = client.post(share_url(answered), {"accounts": ["1"], "text": "Look"})

    assert panel.status_code == 200 and panel.content.decode().strip() == ""
    assert refused.status_code == 400
    assert not SocialShare.objects.exists()


def test_a_server_error_is_retried_by_the_worker_with_the_same_key(
    client, agent, answered, halden, server, django_capture_on_commit_callbacks
):
    handler, _ = server
    handler.failures.append((503, {}))
    client.force_login(agent)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(share_url(answered), {"accounts": [halden.pk], "text": "E14, explained"})

    share = SocialShare.objects.get()
    assert (share.state, share.attempts) == (ShareState.QUEUED, 1)
    assert "503 Service Unavailable" in share.last_error
    panel = client.get(share_url(answered), headers={"HX-Request": "true"}).content.decode()
    assert "attempt 1 failed: Mastodon answered 503 Service Unavailable" in panel

    SocialShare.objects.filter(pk=share.pk).update(
        next_attempt_at=timezone.now() - timedelta(minutes=5)
    )
    assert sweep_shares() == 1

    share.refresh_from_db()
    assert (share.state, share.attempts, share.last_error) == (ShareState.SENT, 2, "")
    assert len(handler.posts) == 1


def test_a_post_sent_twice_after_a_lost_worker_appears_once(
    agent, answered, halden, server, django_capture_on_commit_callbacks
):
    from openline.knowledge.bridge import actions

    handler, _ = server
    with django_capture_on_commit_callbacks(execute=True):
        actions.share_thread(agent, answered, accounts=[halden], text="E14, explained")
    share = SocialShare.objects.get()
    # The worker posted, then died before recording it: the sweep hands it on again.
    SocialShare.objects.filter(pk=share.pk).update(
        state=ShareState.QUEUED, next_attempt_at=timezone.now() - timedelta(minutes=5)
    )
    send_share.call(share.pk)

    share.refresh_from_db()
    assert share.state == ShareState.SENT
    assert len(handler.posts) == 1


def test_a_refused_post_fails_and_staff_retry_it(
    client, agent, answered, halden, server, django_capture_on_commit_callbacks
):
    handler, _ = server
    handler.failures.append((422, {}))
    client.force_login(agent)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(share_url(answered), {"accounts": [halden.pk], "text": "E14, explained"})
    share = SocialShare.objects.get()
    assert share.state == ShareState.FAILED
    panel = client.get(share_url(answered), headers={"HX-Request": "true"}).content.decode()
    assert "✗ Failed after 1 attempt" in panel and "Retry" in panel

    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"{share_url(answered)}{share.pk}/retry/")

    share.refresh_from_db()
    assert share.state == ShareState.SENT
    assert len(handler.posts) == 1


def test_a_rate_limit_waits_as_long_as_the_network_says(
    agent, answered, halden, server, django_capture_on_commit_callbacks
):
    from openline.knowledge.bridge import actions

    handler, _ = server
    handler.failures.append((429, {"Retry-After": "900"}))
    with django_capture_on_commit_callbacks(execute=True):
        actions.share_thread(agent, answered, accounts=[halden], text="E14, explained")

    share = SocialShare.objects.get()
    assert share.state == ShareState.QUEUED
    assert share.next_attempt_at > timezone.now() + timedelta(minutes=14)


# --- refusals ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "error"),
    [
        ("", "This field is required."),
        ("x" * 501, "Mastodon takes 500 characters; this is 501."),
        ("Refunded to 4111 1111 1111 1111 today.", "payment card"),
    ],
)
def test_bad_posts_are_refused_and_nothing_is_queued(client, agent, answered, halden, text, error):
    client.force_login(agent)
    answer = client.post(share_url(answered), {"accounts": [halden.pk], "text": text})

    assert answer.status_code == 400
    assert error in answer.content.decode()
    assert not SocialShare.objects.exists()


def test_a_thread_is_shared_once_per_account(agent, answered, halden):
    from django.core.exceptions import ValidationError

    from openline.knowledge.bridge import actions

    actions.share_thread(agent, answered, accounts=[halden], text="E14, explained")
    with pytest.raises(ValidationError, match="Shared already on Halden on Mastodon"):
        actions.share_thread(agent, answered, accounts=[halden], text="Again")


def test_only_staff_share_and_only_public_threads(
    client, customer, superuser, agent, answered, halden, private_thread
):
    data = {"accounts": [halden.pk], "text": "E14, explained"}
    assert client.post(share_url(answered), data).status_code == 302  # sign in first
    client.force_login(customer)
    assert client.post(share_url(answered), data).status_code == 403
    client.force_login(superuser)
    assert client.post(share_url(answered), data).status_code == 403
    client.force_login(agent)
    assert client.post(share_url(private_thread), data).status_code == 403
    assert b"/-/share/" not in client.get(private_thread.get_absolute_url()).content
    assert not SocialShare.objects.exists()


def test_a_post_queued_for_an_account_switched_off_since_is_not_sent(
    agent, answered, halden, server, django_capture_on_commit_callbacks
):
    from openline.knowledge.bridge import actions

    handler, _ = server
    actions.share_thread(agent, answered, accounts=[halden], text="E14, explained")
    ChannelAccount.objects.filter(pk=halden.pk).update(is_active=False)
    send_share.call(SocialShare.objects.get().pk)

    share = SocialShare.objects.get()
    assert (share.state, share.last_error) == (ShareState.FAILED, "The account is switched off.")
    assert handler.posts == []


def test_the_share_panel_reads_the_same_number_of_queries_for_one_post_or_many(
    client, agent, answered, server, network
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from openline.knowledge.bridge import actions

    accounts = [
        ChannelAccount.objects.create(kind="mastodon", name=f"Account {n}",
                                      config={"instance": server[1]})
        for n in range(4)
    ]  # fmt: skip
    client.force_login(agent)
    actions.share_thread(agent, answered, accounts=accounts[:1], text="E14, explained")
    client.get(share_url(answered), headers={"HX-Request": "true"})  # the session's first read
    with CaptureQueriesContext(connection) as one:
        client.get(share_url(answered), headers={"HX-Request": "true"})
    actions.share_thread(agent, answered, accounts=accounts[1:], text="E14, explained")
    with CaptureQueriesContext(connection) as four:
        page = client.get(share_url(answered), headers={"HX-Request": "true"})

    assert page.content.decode().count('class="share share-queued"') == 4
    assert len(four) == len(one)
