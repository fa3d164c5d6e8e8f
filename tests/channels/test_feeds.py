"""Feed monitoring against real RSS and Atom documents served on 127.0.0.1: matching entries
become conversations once, broken feeds are recorded and skipped, the rest keeps flowing."""

import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from openline.channels import accounts, feeds
from openline.core import periodic
from openline.inbox.models import ChannelAccount, Conversation, Message

pytestmark = pytest.mark.usefixtures("local_hosts_allowed")

RSS = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel>
  <title>Heating Weekly</title><link>https://heating.example/</link>
  <item>
    <title>Halden's T2 reviewed</title><link>https://heating.example/t2-review</link>
    <guid>https://heating.example/?p=1</guid>
    <pubDate>Sun, 01 Nov 2026 09:00:00 GMT</pubDate>
    <description>&lt;p&gt;The &lt;b&gt;T2&lt;/b&gt; is quiet &amp;amp; smart.&lt;/p&gt;&lt;p&gt;But
      E14 shows up.&lt;/p&gt;</description>
  </item>
  <item>
    <title>Haldenite: a mineral</title><link>https://heating.example/haldenite</link>
    <description>Not about thermostats.</description>
  </item>
  <item>
    <title>Halden is hiring</title><link>https://heating.example/jobs</link>
    <description>A job at Halden.</description>
  </item>
  <item>
    <title>Firmware news</title><link>https://heating.example/firmware</link>
    <description>My t2
      Thermostat got 4.13 overnight.</description>
  </item>
</channel></rss>"""

ATOM = b"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
  <title>Robin's blog</title><link href="https://robin.example/"/>
  <id>tag:robin.example,2026:feed</id><updated>2026-11-02T10:00:00Z</updated>
  <entry>
    <title>A week with a HALDEN thermostat</title>
    <link href="https://robin.example/halden-week"/>
    <id>tag:robin.example,2026:1</id><updated>2026-11-02T10:00:00Z</updated>
    <author><name>Robin Blogger</name><uri>https://robin.example/about</uri></author>
    <summary type="html">&lt;p&gt;Mostly happy.&lt;/p&gt;</summary>
  </entry>
</feed>"""


class FeedServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), FeedHandler)
        self.requests: list[tuple[str, dict]] = []

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}{path}"

    def handle_error(self, request, client_address) -> None:
        pass  # the slow feed's reader hung up


class FeedHandler(BaseHTTPRequestHandler):
    server: FeedServer
    documents = {
        "/rss": ("application/rss+xml", RSS),
        "/atom": ("application/atom+xml", ATOM),
        "/html": ("text/html", b"<html><body><h1>Halden fan page</h1></body></html>"),
        "/truncated": ("application/rss+xml", RSS[:400]),
    }

    redirects = {
        "/moved": "/atom",
        "/to-localhost": "http://localhost:{port}/atom",
        "/to-metadata": "http://169.254.169.254/latest/meta-data/",
        "/to-private": "http://10.0.0.1/feed",
    }

    def do_GET(self) -> None:
        self.server.requests.append((self.path, dict(self.headers)))
        if self.path in self.redirects:
            self.send_response(302)
            location = self.redirects[self.path].format(port=self.server.server_address[1])
            self.send_header("location", location)
            self.end_headers()
            return
        if self.path == "/slow":
            time.sleep(0.5)
        if self.path not in self.documents:
            self.send_response(500)
            self.end_headers()
            return
        content_type, body = self.documents[self.path]
        etag = f'"{hash(body)}"'
        if self.headers.get("if-none-match") == etag:
            self.send_response(304)
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("content-type", content_type)
        self.send_header("etag", etag)
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args) -> None:
        pass


@pytest.fixture
def server():
    server = FeedServer()
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    yield server
    server.shutdown()
    server.server_close()


def feed_account(server, *paths: str, **config) -> ChannelAccount:
    config = {
        "urls": [server.url(p) for p in paths],
        "keywords": ["halden", "T2 thermostat"],
        "exclude": ["hiring"],
        **config,
    }
    return accounts.add_channel_account("feed", name="Press", config=config)[0]


def test_matching_rss_entries_become_conversations(db, server):
    account = feed_account(server, "/rss")
    result = feeds.poll_feed_account(account)
    assert (result.entries, result.matched, result.created) == (4, 2, 2)
    assert list(Conversation.objects.order_by("pk").values_list("subject", flat=True)) == [
        "Halden's T2 reviewed",
        "Firmware news",
    ]


def test_an_rss_entry_is_stored_as_plain_text_from_the_feed(db, server):
    feeds.poll_feed_account(feed_account(server, "/rss"))
    review = Message.objects.select_related("identity", "conversation").get(
        external_id="https://heating.example/?p=1"
    )
    assert review.conversation.external_id == "https://heating.example/?p=1"
    assert review.body == "The T2 is quiet & smart.\nBut E14 shows up."
    assert (review.url, review.created_at) == (
        "https://heating.example/t2-review",
        datetime(2026, 11, 1, 9, 0, tzinfo=UTC),
    )
    assert (review.identity.name, review.identity.url) == (
        "Heating Weekly",
        "https://heating.example/",
    )


def test_an_atom_entry_is_from_its_author(db, server):
    feeds.poll_feed_account(feed_account(server, "/atom"))
    entry = Message.objects.select_related("identity").get()
    assert (entry.external_id, entry.body, entry.url) == (
        "tag:robin.example,2026:1",
        "Mostly happy.",
        "https://robin.example/halden-week",
    )
    assert (entry.identity.name, entry.identity.url) == (
        "Robin Blogger",
        "https://robin.example/about",
    )


def test_polling_again_asks_only_for_changes_and_stores_nothing_twice(db, server):
    account = feed_account(server, "/rss", "/atom")
    feeds.poll_feed_account(account)
    second = feeds.poll_feed_account(ChannelAccount.objects.get(pk=account.pk))
    assert (second.entries, second.created, Message.objects.count()) == (0, 0, 3)
    conditional = [h.get("if-none-match") for path, h in server.requests[2:]]
    assert all(conditional) and len(conditional) == 2


def test_entries_seen_before_are_not_stored_again_when_the_feed_changes(db, server):
    account = feed_account(server, "/rss")
    feeds.poll_feed_account(account)
    ChannelAccount.objects.filter(pk=account.pk).update(config={**account.config, "state": {}})
    again = feeds.poll_feed_account(ChannelAccount.objects.get(pk=account.pk))
    assert (again.matched, again.created, Message.objects.count()) == (2, 0, 2)


def test_broken_feeds_are_recorded_and_skipped_while_the_others_flow(db, server, monkeypatch):
    monkeypatch.setattr(feeds, "FETCH_TIMEOUT", 0.2)
    account = feed_account(server, "/missing", "/html", "/truncated", "/slow", "/atom")
    result = feeds.poll_feed_account(account)
    assert result.created == 1
    state = ChannelAccount.objects.get(pk=account.pk).config["state"]
    errors = {url.rsplit("/", 1)[1]: s["last_error"].split(":")[0] for url, s in state.items()}
    assert errors == {
        "missing": "HTTP 500",
        "html": "not an RSS or Atom feed",
        "truncated": "not a well-formed feed",
        "slow": "ReadTimeout",
        "atom": "",
    }


def test_a_feed_that_works_again_clears_its_error(db, server):
    account = feed_account(server, "/missing")
    feeds.poll_feed_account(account)
    config = ChannelAccount.objects.get(pk=account.pk).config
    config["urls"] = [server.url("/atom")]
    ChannelAccount.objects.filter(pk=account.pk).update(config=config)
    feeds.poll_feed_account(ChannelAccount.objects.get(pk=account.pk))
    state = ChannelAccount.objects.get(pk=account.pk).config["state"]
    assert {url: s["last_error"] for url, s in state.items()} == {server.url("/atom"): ""}


def test_an_unreachable_host_is_a_recorded_error(db):
    account = accounts.add_channel_account(
        "feed", name="Gone", config={"urls": ["http://127.0.0.1:9/feed"], "keywords": ["halden"]}
    )[0]
    result = feeds.poll_feed_account(account)
    assert list(result.errors.values()) == ["ConnectError: [Errno 111] Connection refused"]


def test_a_redirect_within_an_allowed_host_is_followed(db, server):
    result = feeds.poll_feed_account(feed_account(server, "/moved"))
    assert (result.created, result.errors) == (1, {})


@pytest.mark.parametrize(
    ("path", "address"),
    [("/to-localhost", "127.0.0.1"), ("/to-metadata", "169.254.169.254"), ("/to-private", "10.")],
)
def test_a_redirect_from_an_allowed_host_to_a_private_address_is_refused(db, server, path, address):
    account = feed_account(server, path)
    result = feeds.poll_feed_account(account)
    [error] = result.errors.values()
    assert error.startswith("AddressRefused") and address in error
    assert [p for p, _ in server.requests] == [path]
    assert Message.objects.count() == 0


def test_a_feed_on_a_loopback_address_is_refused_unless_the_operator_allows_it(
    db, server, settings
):
    settings.OPENLINE = {**settings.OPENLINE, "OUTBOUND_ALLOWED_HOSTS": []}
    result = feeds.poll_feed_account(feed_account(server, "/atom"))
    assert list(result.errors.values()) == [
        "AddressRefused: 127.0.0.1 is a non-public address (127.0.0.1); not called"
    ]
    assert server.requests == []


def test_the_worker_polls_active_feed_channels_only(db, server):
    active = feed_account(server, "/atom")
    sleeping = accounts.add_channel_account(
        "feed", name="Asleep", config={"urls": [server.url("/rss")], "keywords": ["halden"]}
    )[0]
    ChannelAccount.objects.filter(pk=sleeping.pk).update(is_active=False)
    job = periodic._jobs["channels.poll_feeds"]
    job.run()
    assert job.every_seconds == 300
    assert list(Message.objects.values_list("account_id", flat=True)) == [active.pk]


@pytest.mark.parametrize(
    ("text", "matches"),
    [
        ("Halden support", True),
        ("HALDEN!", True),
        ("the haldenite rock", False),
        ("my T2\n thermostat", True),
        ("T2thermostat", False),
        ("Halden is hiring", False),
    ],
)
def test_keywords_match_whole_words_in_any_case_and_exclusions_win(text, matches):
    rules = feeds.Rules.of({"keywords": ["halden", "T2 thermostat"], "exclude": ["Hiring"]})
    assert rules.match(text) is matches
