"""A local server speaking Reddit's API as praw calls it: POST /api/v1/access_token (password
grant, HTTP basic client credentials), GET /message/inbox and /r/{subs}/new and /comments as
Listings of t1 and t3 things paged by `after`, POST /api/comment, POST /api/submit (link posts,
`resubmit` false refuses a link already posted: ALREADY_SUB), POST /api/read_message,
x-ratelimit-* headers, 429, and 401 for tokens it did not issue."""

import base64
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

CLIENT_ID, CLIENT_SECRET = "p-jcoLKBynTLew", "gko_LXELoV07ZBNUXrvWZfzE3aI"
USERNAME, PASSWORD = "HaldenSupport", "correct horse battery staple"
T0 = 1_780_000_000.0


def mention(n: int, body: str, post: str = "1abcd2", *, kind: str = "username_mention", **more):
    """An inbox comment as /message/inbox lists it (mentions carry `context`, not `link_id`)."""
    data = {
        "first_message": None,
        "first_message_name": None,
        "subreddit": "HaldenHome",
        "likes": None,
        "replies": "",
        "author_fullname": "t2_6l4z3",
        "id": f"k{n:05d}",
        "subject": kind.replace("_", " "),
        "score": 1,
        "author": "pat_heats",
        "num_comments": 4,
        "parent_id": f"t3_{post}",
        "subreddit_name_prefixed": "r/HaldenHome",
        "new": True,
        "type": kind,
        "body": body,
        "link_title": "My T2 shows E14 after the update",
        "dest": USERNAME,
        "was_comment": True,
        "name": f"t1_k{n:05d}",
        "created": T0 + n,
        "created_utc": T0 + n,
        "context": f"/r/HaldenHome/comments/{post}/my_t2_shows_e14/k{n:05d}/?context=3",
        "distinguished": None,
    }
    data.update(more)
    return {"kind": "t1", "data": data}


def private_message(n: int) -> dict:
    return {
        "kind": "t4",
        "data": {
            "name": f"t4_m{n:05d}",
            "id": f"m{n:05d}",
            "author": "pat_heats",
            "subject": "hello",
            "body": "A private question",
            "was_comment": False,
            "created_utc": T0 + n,
            "new": True,
            "type": "unknown",
        },
    }


def post(n: int, title: str, selftext: str = "", author: str = "robin_diy") -> dict:
    """A post as /r/{sub}/new lists it."""
    return {
        "kind": "t3",
        "data": {
            "subreddit": "thermostats",
            "selftext": selftext,
            "author_fullname": f"t2_{author}",
            "title": title,
            "name": f"t3_p{n:05d}",
            "id": f"p{n:05d}",
            "author": author,
            "permalink": f"/r/thermostats/comments/p{n:05d}/slug/",
            "url": f"https://www.reddit.com/r/thermostats/comments/p{n:05d}/slug/",
            "created_utc": T0 + n,
            "num_comments": 0,
            "is_self": True,
        },
    }


def comment(n: int, body: str, on_post: int, author: str = "robin_diy") -> dict:
    """A comment as /r/{sub}/comments lists it."""
    return {
        "kind": "t1",
        "data": {
            "subreddit": "thermostats",
            "link_id": f"t3_p{on_post:05d}",
            "link_title": "Which thermostat?",
            "author_fullname": f"t2_{author}",
            "author": author,
            "body": body,
            "name": f"t1_c{n:05d}",
            "id": f"c{n:05d}",
            "parent_id": f"t3_p{on_post:05d}",
            "permalink": f"/r/thermostats/comments/p{on_post:05d}/slug/c{n:05d}/",
            "created_utc": T0 + n,
        },
    }


class RedditApi(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), RedditHandler)
        self.inbox: list[dict] = []
        self.posts: list[dict] = []
        self.comments: list[dict] = []
        self.requests: list[tuple[str, str, dict]] = []  # method, path, query or form
        self.read: list[str] = []
        self.replies: list[dict] = []
        self.submitted: list[dict] = []  # POST /api/submit forms that made a post
        self.subreddits = {"HaldenHome", "thermostats"}
        self.tokens: set[str] = set()
        self.remaining = 996.0
        self.limited = False
        self.ratelimit_reply = False
        # A listing request with this `after` waits until `release` (a worker killed mid-poll).
        self.hold_after: str | None = None
        self.holding = threading.Event()
        self.release = threading.Event()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def listing_calls(self, path: str) -> list[dict]:
        return [q for m, p, q in self.requests if m == "GET" and p == path]

    def handle_error(self, request, client_address) -> None:
        pass


class RedditHandler(BaseHTTPRequestHandler):
    server: RedditApi

    def _send(self, status: int, body, headers: dict | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json; charset=UTF-8")
        self.send_header("content-length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _rate_headers(self) -> dict:
        used = 1000 - self.server.remaining
        return {
            "x-ratelimit-used": str(int(used)),
            "x-ratelimit-remaining": f"{self.server.remaining:.1f}",
            "x-ratelimit-reset": "240",
        }

    def _form(self) -> dict[str, str]:
        body = self.rfile.read(int(self.headers.get("content-length") or 0)).decode()
        return {k: v[-1] for k, v in parse_qs(body).items()}

    def _authorized(self) -> bool:
        token = self.headers.get("authorization", "").removeprefix("bearer ")
        if token in self.server.tokens:
            return True
        self._send(
            401,
            {"message": "Unauthorized", "error": 401},
            {"www-authenticate": 'Bearer realm="reddit", error="invalid_token"'},
        )
        return False

    def _limited(self) -> bool:
        if not self.server.limited:
            return False
        self._send(
            429,
            {"message": "Too Many Requests", "error": 429},
            {**self._rate_headers(), "x-ratelimit-remaining": "0.0"},
        )
        return True

    def do_POST(self) -> None:
        url = urlsplit(self.path)
        form = self._form()
        self.server.requests.append(("POST", url.path, form))
        if url.path == "/api/v1/access_token":
            self._token(form)
            return
        if self._limited() or not self._authorized():
            return
        if url.path == "/api/read_message/":
            self.server.read += form["id"].split(",")
            for thing in self.server.inbox:
                thing["data"]["new"] = (
                    thing["data"]["new"] and thing["data"]["name"] not in self.server.read
                )
            self._send(200, {}, self._rate_headers())
        elif url.path == "/api/comment/":
            self._comment(form)
        elif url.path == "/api/submit/":
            self._submit(form)
        else:
            self._send(404, {"message": "Not Found", "error": 404})

    def _token(self, form: dict[str, str]) -> None:
        expected = base64.b64encode(f"{CLIENT_ID}:{CLIENT_SECRET}".encode()).decode()
        if self.headers.get("authorization") != f"Basic {expected}":
            self._send(401, {"message": "Unauthorized", "error": 401})
            return
        if (form.get("grant_type"), form.get("username"), form.get("password")) != (
            "password",
            USERNAME,
            PASSWORD,
        ):
            self._send(200, {"error": "invalid_grant"})
            return
        token = f"eyJhbGciOiJSUzI1NiIs-{len(self.server.tokens)}"
        self.server.tokens.add(token)
        self._send(
            200, {"access_token": token, "token_type": "bearer", "expires_in": 86400, "scope": "*"}
        )

    def _comment(self, form: dict[str, str]) -> None:
        if self.server.ratelimit_reply:
            self._send(
                200,
                {
                    "json": {
                        "errors": [
                            [
                                "RATELIMIT",
                                "Looks like you've been doing that a lot. Take a break for 3 "
                                "minutes before trying again.",
                                "ratelimit",
                            ]
                        ]
                    }
                },
                self._rate_headers(),
            )
            return
        assert form["api_type"] == "json"
        self.server.replies.append(form)
        n = len(self.server.replies)
        parent = form["thing_id"]
        link = parent if parent.startswith("t3_") else "t3_1abcd2"
        data = {
            "author": USERNAME,
            "body": form["text"],
            "id": f"r{n:05d}",
            "name": f"t1_r{n:05d}",
            "parent_id": parent,
            "link_id": link,
            "subreddit": "HaldenHome",
            "created_utc": time.time(),
            "permalink": f"/r/HaldenHome/comments/{link[3:]}/slug/r{n:05d}/",
        }
        self._send(
            200,
            {"json": {"errors": [], "data": {"things": [{"kind": "t1", "data": data}]}}},
            self._rate_headers(),
        )

    def _errors(self, *errors: list[str]) -> None:
        self._send(200, {"json": {"errors": list(errors)}}, self._rate_headers())

    def _submit(self, form: dict[str, str]) -> None:
        """As reddit.com answers POST /api/submit (api_type=json)."""
        if self.server.ratelimit_reply:
            return self._errors(
                [
                    "RATELIMIT",
                    "Looks like you've been doing that a lot. Take a break for 7 minutes before "
                    "trying again.",
                    "ratelimit",
                ]
            )
        if form.get("sr") not in self.server.subreddits:
            return self._errors(["SUBREDDIT_NOEXIST", "that community doesn't exist", "sr"])
        title = form.get("title", "")
        if not title.strip():
            return self._errors(["NO_TEXT", "we need something here", "title"])
        if len(title) > 300:
            return self._errors(["TOO_LONG", "this is too long (max: 300)", "title"])
        posted_before = any(
            p["url"] == form.get("url") and p["sr"] == form["sr"] for p in self.server.submitted
        )
        if form.get("kind") == "link" and form.get("resubmit") != "True" and posted_before:
            return self._errors(["ALREADY_SUB", "that link has already been submitted", "url"])
        self.server.submitted.append(form)
        post_id = f"s{len(self.server.submitted):05d}"
        self._send(
            200,
            {
                "json": {
                    "errors": [],
                    "data": {
                        "url": f"https://www.reddit.com/r/{form['sr']}/comments/{post_id}/slug/",
                        "drafts_count": 0,
                        "id": post_id,
                        "name": f"t3_{post_id}",
                    },
                }
            },
            self._rate_headers(),
        )

    def do_GET(self) -> None:
        url = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        self.server.requests.append(("GET", url.path, query))
        if self._limited() or not self._authorized():
            return
        subs = "HaldenHome+thermostats"
        things = {
            "/message/inbox/": self.server.inbox,
            f"/r/{subs}/new/": self.server.posts,
            f"/r/{subs}/comments/": self.server.comments,
        }.get(url.path)
        if things is None:
            self._send(404, {"message": "Not Found", "error": 404})
            return
        if query.get("after") and query["after"] == self.server.hold_after:
            self.server.holding.set()
            self.server.release.wait(60)
        ordered = sorted(things, key=lambda t: -t["data"]["created_utc"])
        if "after" in query:
            names = [t["data"]["name"] for t in ordered]
            ordered = ordered[names.index(query["after"]) + 1 :] if query["after"] in names else []
        limit = int(query.get("limit", 25))
        page = ordered[:limit]
        after = page[-1]["data"]["name"] if len(ordered) > limit else None
        body = {
            "kind": "Listing",
            "data": {
                "after": after,
                "dist": len(page),
                "modhash": None,
                "geo_filter": "",
                "children": page,
                "before": None,
            },
        }
        self._send(200, body, self._rate_headers())

    def log_message(self, *args) -> None:
        pass
