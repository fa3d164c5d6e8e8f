"""A Mastodon instance on 127.0.0.1 for tests: the endpoints Openline uses, with payloads and
headers as Mastodon 4.3 writes them (docs.joinmastodon.org/methods/…): bearer tokens, the
notifications list with `max_id`/`since_id`/`min_id` and `Link` paging, statuses posted as a
form or JSON with `Idempotency-Key`, thread context, 429 with `X-RateLimit-Reset`."""

import json
import re
import threading
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

TOKEN = "ZA-Yj3aBD8U8Cm7lKUp-lm9O9BmDgdhHzDeqsY8tlL0"
EPOCH = datetime(2026, 12, 1, 9, 0, tzinfo=UTC)


def mastodon_length(text: str) -> int:
    """As Mastodon's StatusLengthValidator counts: a URL is 23, a mention its local part."""
    text = re.sub(r"https?://\S+", "x" * 23, text)
    text = re.sub(r"@(\w+)@[\w.-]+\w", r"@\1", text)
    return len(text)


def _iso(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def account_json(host: str, id_: str, username: str, display_name: str, remote: str = "") -> dict:
    domain = remote or host
    acct = f"{username}@{remote}" if remote else username
    return {
        "id": id_,
        "username": username,
        "acct": acct,
        "display_name": display_name,
        "locked": False,
        "bot": False,
        "discoverable": True,
        "group": False,
        "created_at": "2024-03-01T00:00:00.000Z",
        "note": "<p>Hello</p>",
        "url": f"https://{domain}/@{username}",
        "uri": f"https://{domain}/users/{username}",
        "avatar": f"https://{host}/avatars/original/missing.png",
        "avatar_static": f"https://{host}/avatars/original/missing.png",
        "header": f"https://{host}/headers/original/missing.png",
        "header_static": f"https://{host}/headers/original/missing.png",
        "followers_count": 3,
        "following_count": 5,
        "statuses_count": 42,
        "last_status_at": "2026-12-01",
        "emojis": [],
        "fields": [],
    }


@dataclass
class MastodonState:
    host: str = "mastodon.test"
    token: str = TOKEN
    revoked: bool = False
    max_characters: int = 500
    me: dict = field(default_factory=dict)
    statuses: dict[str, dict] = field(default_factory=dict)
    notifications: list[dict] = field(default_factory=list)  # any order
    posted: list[dict] = field(default_factory=list)  # POST /api/v1/statuses as received
    by_idempotency: dict[str, dict] = field(default_factory=dict)
    requests: list[tuple[str, str]] = field(default_factory=list)  # (method, path?query)
    too_many: int = 0  # answer this many next requests with 429
    page_cap: int = 80  # Mastodon gives at most 80 a page; some servers fewer
    link_headers: bool = True  # some servers (Mastodon-compatible ones) send no Link header
    context_status: int = 200  # e.g. 500: a server whose context endpoint fails
    reset_in: int = 120  # seconds to X-RateLimit-Reset
    remaining: int = 299  # X-RateLimit-Remaining of successful answers
    hold_min_id: str | None = None  # hold a notifications request with this min_id...
    holding: threading.Event = field(default_factory=threading.Event)  # ...set while held
    release: threading.Event = field(default_factory=threading.Event)
    next_id: int = 109_000_000_000_000_000
    lock: threading.Lock = field(default_factory=threading.Lock)

    def new_id(self) -> str:
        with self.lock:
            self.next_id += 1000
            return str(self.next_id)

    # --- building the instance's content --------------------------------------------------

    def customer(self, username: str, name: str, remote: str = "example.social") -> dict:
        return account_json(self.host, str(200 + len(username)), username, name, remote)

    def post(
        self,
        author: dict,
        text: str,
        *,
        visibility: str = "public",
        in_reply_to: dict | None = None,
        mention_us: bool = True,
        spoiler: str = "",
    ) -> dict:
        """A status by `author`; with a mention notification for us when it mentions us."""
        status_id = self.new_id()
        created = EPOCH + timedelta(minutes=len(self.statuses))
        mentions = []
        html = f"<p>{text}</p>"
        if mention_us:
            mentions.append(
                {
                    "id": self.me["id"],
                    "username": self.me["username"],
                    "url": self.me["url"],
                    "acct": self.me["acct"],
                }
            )
            html = (
                f'<p><span class="h-card" translate="no"><a href="{self.me["url"]}" '
                f'class="u-url mention">@<span>{self.me["username"]}</span></a></span> {text}</p>'
            )
        status = {
            "id": status_id,
            "created_at": _iso(created),
            "in_reply_to_id": in_reply_to["id"] if in_reply_to else None,
            "in_reply_to_account_id": in_reply_to["account"]["id"] if in_reply_to else None,
            "sensitive": bool(spoiler),
            "spoiler_text": spoiler,
            "visibility": visibility,
            "language": "en",
            "uri": f"{author['uri']}/statuses/{status_id}",
            "url": f"{author['url']}/{status_id}",
            "replies_count": 0,
            "reblogs_count": 0,
            "favourites_count": 0,
            "edited_at": None,
            "content": html,
            "reblog": None,
            "application": None,
            "account": author,
            "media_attachments": [],
            "mentions": mentions,
            "tags": [],
            "emojis": [],
            "card": None,
            "poll": None,
        }
        self.statuses[status_id] = status
        if mention_us and author["id"] != self.me["id"]:
            self.notify("mention", author, status)
        return status

    def notify(self, kind: str, author: dict, status: dict | None) -> dict:
        notification = {
            "id": str(len(self.notifications) + 34_975_000),
            "type": kind,
            "group_key": f"ungrouped-{len(self.notifications)}",
            "created_at": status["created_at"] if status else _iso(EPOCH),
            "account": author,
            "status": status,
        }
        self.notifications.append(notification)
        return notification

    def ancestors(self, status: dict) -> list[dict]:
        chain = []
        parent = status.get("in_reply_to_id")
        while parent and parent in self.statuses:
            chain.append(self.statuses[parent])
            parent = self.statuses[parent].get("in_reply_to_id")
        return list(reversed(chain))


class MastodonServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), MastodonHandler)
        self.state = MastodonState()
        self.state.host = f"127.0.0.1:{self.server_address[1]}"
        self.state.me = account_json(self.state.host, "1", "halden", "Halden Support")
        self.state.me["url"] = f"https://{self.state.host}/@halden"
        self.thread = threading.Thread(target=self.serve_forever, args=(0.02,), daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def __enter__(self) -> "MastodonServer":
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.state.release.set()
        self.shutdown()
        self.server_close()


class MastodonHandler(BaseHTTPRequestHandler):
    server: MastodonServer

    def log_message(self, format: str, *args: Any) -> None:
        pass

    # --- plumbing -----------------------------------------------------------------------------

    @property
    def state(self) -> MastodonState:
        return self.server.state

    def _send(self, status: int, body: Any, headers: dict[str, str] | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        reset = datetime.now(UTC) + timedelta(seconds=self.state.reset_in)
        self.send_header("X-RateLimit-Limit", "300")
        remaining = 0 if status == 429 else self.state.remaining
        self.send_header("X-RateLimit-Remaining", str(remaining))
        self.send_header("X-RateLimit-Reset", reset.strftime("%Y-%m-%dT%H:%M:%S.%fZ"))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _authorised(self) -> bool:
        auth = self.headers.get("Authorization", "")
        if auth != f"Bearer {self.state.token}":
            self._send(401, {"error": "The access token is invalid"})
            return False
        if self.state.revoked:
            self._send(401, {"error": "The access token was revoked"})
            return False
        return True

    def _limited(self) -> bool:
        with self.state.lock:
            if self.state.too_many <= 0:
                return False
            self.state.too_many -= 1
        self._send(429, {"error": "Too many requests"})
        return True

    def _body(self) -> dict[str, Any]:
        length = int(self.headers.get("Content-Length") or 0)
        raw = self.rfile.read(length).decode()
        if "json" in self.headers.get("Content-Type", ""):
            return json.loads(raw or "{}")
        return {k: v[0] if len(v) == 1 else v for k, v in parse_qs(raw).items()}

    # --- endpoints ----------------------------------------------------------------------------

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        path, query = parts.path.rstrip("/"), parse_qs(parts.query)
        self.state.requests.append(("GET", self.path))
        if path == "/api/v2/instance":
            return self._instance()
        if self._limited() or not self._authorised():
            return None
        if path == "/api/v1/accounts/verify_credentials":
            return self._send(200, {**self.state.me, "source": {"privacy": "public", "note": ""}})
        if path == "/api/v1/notifications":
            return self._notifications(query)
        if path.startswith("/api/v1/statuses/") and path.endswith("/context"):
            if self.state.context_status != 200:
                return self._send(self.state.context_status, {"error": "Something went wrong"})
            status = self.state.statuses.get(path.split("/")[4])
            if status is None:
                return self._send(404, {"error": "Record not found"})
            return self._send(200, {"ancestors": self.state.ancestors(status), "descendants": []})
        return self._send(404, {"error": "Record not found"})

    def do_POST(self) -> None:
        path = urlsplit(self.path).path
        self.state.requests.append(("POST", self.path))
        if self._limited() or not self._authorised():
            return None
        if path != "/api/v1/statuses":
            return self._send(404, {"error": "Record not found"})
        body = self._body()
        key = self.headers.get("Idempotency-Key")
        self.state.posted.append(
            {"form": body, "idempotency_key": key, "content_type": self.headers["Content-Type"]}
        )
        if key and key in self.state.by_idempotency:
            return self._send(200, self.state.by_idempotency[key])
        text = str(body.get("status") or "")
        if not text:
            return self._send(422, {"error": "Validation failed: Text can't be blank"})
        if mastodon_length(text) > self.state.max_characters:
            limit = self.state.max_characters
            return self._send(
                422, {"error": f"Validation failed: Text character limit of {limit} exceeded"}
            )
        parent = None
        if body.get("in_reply_to_id"):
            parent = self.state.statuses.get(str(body["in_reply_to_id"]))
            if parent is None:
                return self._send(404, {"error": "Record not found"})
        status = self.state.post(
            self.state.me,
            text,
            visibility=str(body.get("visibility") or "public"),
            in_reply_to=parent,
            mention_us=False,
        )
        if key:
            self.state.by_idempotency[key] = status
        return self._send(200, status)

    def _instance(self) -> None:
        return self._send(
            200,
            {
                "domain": self.state.host,
                "title": "Mastodon test",
                "version": "4.3.2",
                "source_url": "https://github.com/mastodon/mastodon",
                "description": "A test instance",
                "usage": {"users": {"active_month": 3}},
                "thumbnail": {"url": f"https://{self.state.host}/thumb.png"},
                "languages": ["en"],
                "configuration": {
                    "urls": {"streaming": f"wss://{self.state.host}"},
                    "accounts": {"max_featured_tags": 10},
                    "statuses": {
                        "max_characters": self.state.max_characters,
                        "max_media_attachments": 4,
                        "characters_reserved_per_url": 23,
                    },
                    "media_attachments": {"image_size_limit": 16777216},
                    "polls": {"max_options": 4},
                    "translation": {"enabled": False},
                },
                "registrations": {"enabled": False, "approval_required": False},
                "contact": {"email": "admin@example.test", "account": None},
                "rules": [],
            },
        )

    def _notifications(self, query: dict[str, list[str]]) -> None:
        types = query.get("types[]") or []
        excluded = query.get("exclude_types[]") or []
        rows = [
            n
            for n in self.state.notifications
            if (not types or n["type"] in types) and n["type"] not in excluded
        ]
        rows.sort(key=lambda n: int(n["id"]), reverse=True)
        limit = min(int((query.get("limit") or ["40"])[0]), self.state.page_cap)
        max_id = (query.get("max_id") or [None])[0]
        since_id = (query.get("since_id") or [None])[0]
        min_id = (query.get("min_id") or [None])[0]
        if max_id:
            rows = [n for n in rows if int(n["id"]) < int(max_id)]
        if since_id:
            rows = [n for n in rows if int(n["id"]) > int(since_id)]
        if min_id:
            # The oldest `limit` after min_id, still newest first in the answer.
            rows = [n for n in rows if int(n["id"]) > int(min_id)][-limit:]
            if self.state.hold_min_id == min_id:
                self.state.holding.set()
                self.state.release.wait(60)
        rows = rows[:limit]
        headers = {}
        if rows and self.state.link_headers:
            base = f"http://{self.state.host}/api/v1/notifications"
            extra = [("types[]", t) for t in types]
            older = urlencode([("max_id", rows[-1]["id"]), *extra])
            newer = urlencode([("min_id", rows[0]["id"]), *extra])
            headers["Link"] = f'<{base}?{older}>; rel="next", <{base}?{newer}>; rel="prev"'
        return self._send(200, rows, headers)
