"""A local server speaking X's API v2 as tweepy calls it: GET /2/users/me, GET
/2/users/:id/mentions (since_id, max_results, next_token paging, author and referenced-tweet
expansions), POST /2/tweets (403 for a text the account just posted, as X refuses
duplicates), 429 with x-rate-limit-reset, 401 for credentials it does not know.
It checks the bearer token, or verifies the OAuth 1.0a signature as X does."""

import json
import threading
import time
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs, urlsplit

from oauthlib.common import Request as OAuthRequest
from oauthlib.oauth1.rfc5849 import signature, utils

ACCOUNT_ID = "1001"
BEARER = "AAAAAAAAAAAAAAAAAAAAAHalden%2Fbearer"
KEYS = {
    "api_key": "xvz1evFS4wEEPTGEFPHBog",
    "api_secret": "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw",
    "access_token": "1001-NRvh5lGg7MOH1cVwYzWw2ox7ykOaWKRqWWR3Z5Y",
    "access_token_secret": "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE",
}
USERS = {
    "2244994945": {"id": "2244994945", "name": "Pat Customer", "username": "patcustomer"},
    "783214": {"id": "783214", "name": "Robin & Co", "username": "robinco"},
    ACCOUNT_ID: {"id": ACCOUNT_ID, "name": "Halden Support", "username": "haldensupport"},
}


def tweet(tweet_id: int, text: str, author: str = "2244994945", conversation: int = 0, **more):
    """A tweet as /2/users/:id/mentions returns it with our tweet.fields."""
    data = {
        "id": str(tweet_id),
        "text": text,
        "author_id": author,
        "conversation_id": str(conversation or tweet_id),
        "created_at": datetime.fromtimestamp(1_780_000_000 + tweet_id % 100_000, UTC)
        .isoformat()
        .replace("+00:00", ".000Z"),
        "edit_history_tweet_ids": [str(tweet_id)],
    }
    if conversation:
        data["in_reply_to_user_id"] = ACCOUNT_ID
        data["referenced_tweets"] = [{"type": "replied_to", "id": str(more.pop("replied_to"))}]
    return data


class XApi(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), XHandler)
        self.mentions: list[dict] = []  # any order; served newest first
        self.requests: list[tuple] = []  # method, path and query, headers
        self.posted: list[dict] = []
        self.timeline: list[dict] = []  # other tweets, which mentions may answer
        # A request for this page token waits until `release` (a worker killed mid-poll).
        self.hold_token: str | None = None
        self.holding = threading.Event()
        self.release = threading.Event()
        self.limited_until = 0
        self.remaining = 449  # x-rate-limit-remaining on answers to /mentions
        self.fail_posts_after: int | None = None  # answer 503 once this many were posted
        self.tokens: set[str] = set()  # the pagination tokens still valid
        self.next_id = 1_900_000_000_000_000_000

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def calls(self, path: str) -> int:
        return sum(1 for _, p, _ in self.requests if urlsplit(p).path == path)

    def handle_error(self, request, client_address) -> None:
        pass


class XHandler(BaseHTTPRequestHandler):
    server: XApi

    def _send(self, status: int, body: dict, headers: dict | None = None) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("content-type", "application/json; charset=utf-8")
        self.send_header("content-length", str(len(data)))
        self.send_header("x-rate-limit-limit", "450")
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _problem(self, status: int, title: str, detail: str, kind: str = "about:blank") -> None:
        self._send(status, {"title": title, "detail": detail, "type": kind, "status": status})

    def _auth(self) -> str:
        """'app', 'user' or '' (refused), as X checks it."""
        header = self.headers.get("authorization", "")
        if header == f"Bearer {BEARER}":
            return "app"
        if not header.startswith("OAuth "):
            return ""
        params = dict(utils.parse_authorization_header(header))
        if (params.get("oauth_consumer_key"), params.get("oauth_token")) != (
            KEYS["api_key"],
            KEYS["access_token"],
        ):
            return ""
        uri = "https://api.twitter.com" + self.path  # what the client signed
        request = OAuthRequest(uri, self.command, headers={"Authorization": header})
        request.params = signature.collect_parameters(
            uri_query=urlsplit(uri).query, headers={"Authorization": header}
        )
        request.signature = utils.unescape(params["oauth_signature"])
        ok = signature.verify_hmac_sha1(request, KEYS["api_secret"], KEYS["access_token_secret"])
        return "user" if ok else ""

    def _gate(self) -> str | None:
        self.server.requests.append((self.command, self.path, self.headers))
        if self.server.limited_until > time.time():
            self._send(
                429,
                {
                    "title": "Too Many Requests",
                    "detail": "Too Many Requests",
                    "type": "about:blank",
                    "status": 429,
                },
                {
                    "x-rate-limit-remaining": "0",
                    "x-rate-limit-reset": str(self.server.limited_until),
                },
            )
            return None
        auth = self._auth()
        if not auth:
            self._problem(401, "Unauthorized", "Unauthorized")
            return None
        return auth

    def do_GET(self) -> None:
        auth = self._gate()
        if auth is None:
            return
        url = urlsplit(self.path)
        query = {k: v[-1] for k, v in parse_qs(url.query).items()}
        if url.path == "/2/users/me":
            if auth != "user":
                self._problem(
                    403,
                    "Unsupported Authentication",
                    "Authenticating with OAuth 2.0 Application-Only is forbidden for this "
                    "endpoint.  Supported authentication types are [OAuth 1.0a User Context, "
                    "OAuth 2.0 User Context].",
                    "https://api.twitter.com/2/problems/unsupported-authentication",
                )
                return
            self._send(200, {"data": USERS[ACCOUNT_ID]})
        elif url.path == f"/2/users/{ACCOUNT_ID}/mentions":
            self._mentions(query)
        else:
            self._problem(404, "Not Found Error", f"Could not find {url.path}")

    def _mentions(self, query: dict[str, str]) -> None:
        assert set(query["tweet.fields"].split(",")) >= {"conversation_id", "created_at"}
        found = sorted(self.server.mentions, key=lambda t: -int(t["id"]))
        if "since_id" in query:
            found = [t for t in found if int(t["id"]) > int(query["since_id"])]
        token = query.get("pagination_token")
        if token is not None and token == self.server.hold_token:
            self.server.holding.set()
            self.server.release.wait(60)
        if token is not None:
            if token not in self.server.tokens:
                self._send(
                    400,
                    {
                        "errors": [
                            {
                                "parameters": {"pagination_token": [token]},
                                "message": f"The `pagination_token` query parameter value "
                                f"[{token}] is not valid",
                            }
                        ],
                        "title": "Invalid Request",
                        "detail": "One or more parameters to your request was invalid.",
                        "type": "https://api.twitter.com/2/problems/invalid-request",
                    },
                )
                return
            found = [t for t in found if int(t["id"]) < int(token.removeprefix("7140dibdnow9c"))]
        size = int(query.get("max_results", 10))
        page, rest = found[:size], found[size:]
        meta: dict = {"result_count": len(page)}
        body: dict = {"meta": meta}
        if page:
            body["data"] = page
            assert query["expansions"] == (
                "author_id,referenced_tweets.id,referenced_tweets.id.author_id"
            )
            known = {t["id"]: t for t in [*self.server.timeline, *self.server.mentions]}
            referenced = [
                known[r["id"]]
                for t in page
                for r in t.get("referenced_tweets", [])
                if r["id"] in known
            ]
            authors = dict.fromkeys(t["author_id"] for t in [*page, *referenced])
            body["includes"] = {"users": [USERS[a] for a in authors]}
            if referenced:
                body["includes"]["tweets"] = referenced
            meta.update(newest_id=page[0]["id"], oldest_id=page[-1]["id"])
        if rest:
            meta["next_token"] = "7140dibdnow9c" + page[-1]["id"]
            self.server.tokens.add(meta["next_token"])
        reset = str(int(time.time()) + 600)
        self._send(
            200,
            body,
            {"x-rate-limit-remaining": str(self.server.remaining), "x-rate-limit-reset": reset},
        )

    def do_POST(self) -> None:
        auth = self._gate()
        if auth is None:
            return
        body = json.loads(self.rfile.read(int(self.headers["content-length"])))
        if urlsplit(self.path).path != "/2/tweets" or auth != "user":
            self._problem(403, "Forbidden", "You are not permitted to perform this action.")
            return
        if self.server.fail_posts_after == len(self.server.posted):
            self._problem(503, "Service Unavailable", "Service Unavailable")
            return
        if len(body.get("text", "")) > 4000:  # weighted length, roughly: X checks 280 itself
            self._problem(400, "Invalid Request", "Your Tweet text is too long.")
            return
        if any(p["text"] == body["text"] for p in self.server.posted[-10:]):
            self._problem(
                403, "Forbidden", "You are not allowed to create a Tweet with duplicate content."
            )
            return
        self.server.posted.append(body)
        self.server.next_id += 1
        tweet_id = str(self.server.next_id)
        self._send(
            201,
            {"data": {"id": tweet_id, "text": body["text"], "edit_history_tweet_ids": [tweet_id]}},
        )

    def log_message(self, *args) -> None:
        pass
