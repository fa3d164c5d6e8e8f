"""A Bluesky PDS on 127.0.0.1 for the tests: the XRPC endpoints Openline's Bluesky channel
calls, with the payloads of Bluesky's lexicons and API documentation (docs.bsky.app): sessions
with JWTs that expire, notifications paged by an opaque cursor, records, handles, and the chat
service behind the `atproto-proxy` header. Every request is recorded for the tests to read."""

import base64
import hashlib
import json
import re
import secrets
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlsplit

COMPANY_DID = "did:plc:z72i7hdynmk6r22z27h6tvur"
COMPANY_HANDLE = "support.halden.example"
APP_PASSWORD = "abcd-efgh-ijkl-mnop"
CHAT_PROXY = "did:web:api.bsky.chat#bsky_chat"
# Two hours before the tests run: within the day an account added now reads back.
T0 = datetime.now(UTC).replace(microsecond=0) - timedelta(hours=2)


def cid_of(value: Any) -> str:
    """A CIDv1 (dag-cbor, sha-256) in base32, as the PDS writes them: `bafyrei…`."""
    digest = hashlib.sha256(json.dumps(value, sort_keys=True).encode()).digest()
    return "bafyrei" + base64.b32encode(digest).decode().lower().rstrip("=")[:52]


def iso(at: datetime) -> str:
    return at.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _b64(value: dict[str, Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).decode().rstrip("=")


def jwt(payload: dict[str, Any]) -> str:
    header = {"typ": "at+jwt", "alg": "ES256K"}
    return f"{_b64(header)}.{_b64(payload)}.{secrets.token_urlsafe(64)}"


@dataclass
class Person:
    did: str
    handle: str
    display_name: str

    def profile(self) -> dict[str, Any]:
        return {
            "did": self.did,
            "handle": self.handle,
            "displayName": self.display_name,
            "avatar": f"https://cdn.bsky.app/img/avatar/plain/{self.did}/bafkreia@jpeg",
            "associated": {"chat": {"allowIncoming": "following"}},
            "labels": [],
            "createdAt": "2024-02-01T10:00:00.000Z",
            "indexedAt": "2024-02-01T10:00:00.000Z",
        }


PAT = Person("did:plc:ewvi7nxzyoun6zhxrhs64oiz", "pat.bsky.social", "Pat Doe")
ROBIN = Person("did:plc:vwzwgnygau7ed7b7wt5ux7y2", "robin.example.com", "Robin")
COMPANY = Person(COMPANY_DID, COMPANY_HANDLE, "Halden Support")


@dataclass
class Post:
    uri: str
    cid: str
    record: dict[str, Any]


@dataclass
class State:
    password: str = APP_PASSWORD
    access: dict[str, float] = field(default_factory=dict)  # token → exp (epoch)
    refresh: set[str] = field(default_factory=set)
    expired: set[str] = field(default_factory=set)  # tokens the server says have expired
    access_lifetime: float = 7200.0
    notifications: list[dict[str, Any]] = field(default_factory=list)
    records: dict[tuple[str, str, str], Post] = field(default_factory=dict)
    handles: dict[str, str] = field(default_factory=dict)
    rate_limits: dict[str, int] = field(default_factory=dict)  # nsid → reset epoch, once
    chat_allowed: bool = True
    chat_down: bool = False  # the chat service answers 502
    convos: dict[str, dict[str, Any]] = field(default_factory=dict)
    chat_log: list[dict[str, Any]] = field(default_factory=list)
    pds_endpoint: str = ""  # what the DID document names (default: this server)
    requests: list[tuple[str, str, dict[str, list[str]], dict[str, str], Any]] = field(
        default_factory=list
    )
    clock: int = 0
    # A page asked for with a cursor is answered only after `release` (set `hold_pages`):
    # `holding` says the client is waiting for it.
    hold_pages: bool = False
    holding: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)


TID = re.compile(r"^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$")


def _record_problem(record: dict[str, Any]) -> str:
    """What the PDS's lexicon check of app.bsky.feed.post refuses in facets and an external
    embed ('' when the record is valid)."""
    size = len(record.get("text", "").encode())
    for n, facet in enumerate(record.get("facets") or []):
        index = facet.get("index") or {}
        start, end = index.get("byteStart"), index.get("byteEnd")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= size:
            return f"Invalid app.bsky.feed.post record: Record/facets/{n}/index is out of range"
        for feature in facet.get("features") or []:
            if feature.get("$type") == "app.bsky.richtext.facet#link" and not str(
                feature.get("uri", "")
            ).startswith(("http://", "https://")):
                return f"Invalid app.bsky.feed.post record: Record/facets/{n} uri must be a uri"
    embed = record.get("embed")
    if embed and embed.get("$type") == "app.bsky.embed.external":
        external = embed.get("external") or {}
        for key in ("uri", "title", "description"):
            if not isinstance(external.get(key), str):
                return f"Invalid app.bsky.feed.post record: Record/embed/external must have {key}"
    return ""


class FakeBluesky(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: Any, client_address: Any) -> None:
        pass  # a client killed mid-answer

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.state = State()
        self.lock = threading.Lock()
        for person in (PAT, ROBIN, COMPANY):
            self.state.handles[person.handle] = person.did

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def calls(self, nsid: str) -> list[tuple[str, str, dict[str, list[str]], dict[str, str], Any]]:
        return [r for r in self.state.requests if r[1] == f"/xrpc/{nsid}"]

    # --- what happens on the network ---

    def _tick(self) -> str:
        self.state.clock += 1
        return f"3lcaaaa{self.state.clock:06d}"  # an increasing record key / revision

    def post(
        self,
        author: Person,
        text: str,
        *,
        reply_to: Post | None = None,
        at: datetime = T0,
        reason: str = "mention",
        facets: list[dict[str, Any]] | None = None,
        notify: bool = True,
    ) -> Post:
        """`author` posts; the company gets a notification (mention, reply or quote)."""
        record: dict[str, Any] = {
            "$type": "app.bsky.feed.post",
            "createdAt": iso(at - timedelta(seconds=1)),
            "langs": ["en"],
            "text": text,
        }
        if facets:
            record["facets"] = facets
        elif text.startswith(f"@{COMPANY_HANDLE}"):
            record["facets"] = [
                {
                    "$type": "app.bsky.richtext.facet",
                    "features": [{"$type": "app.bsky.richtext.facet#mention", "did": COMPANY_DID}],
                    "index": {"byteStart": 0, "byteEnd": len(COMPANY_HANDLE) + 1},
                }
            ]
        if reply_to is not None:
            root = reply_to.record.get("reply", {}).get("root") or {
                "uri": reply_to.uri,
                "cid": reply_to.cid,
            }
            record["reply"] = {"root": root, "parent": {"uri": reply_to.uri, "cid": reply_to.cid}}
        with self.lock:
            rkey = self._tick()
            post = Post(f"at://{author.did}/app.bsky.feed.post/{rkey}", cid_of(record), record)
            self.state.records[author.did, "app.bsky.feed.post", rkey] = post
            if notify:
                self.notify(author, post, reason=reason, at=at)
        return post

    def notify(self, author: Person, post: Post, *, reason: str, at: datetime) -> None:
        self.state.notifications.append(
            {
                "uri": post.uri,
                "cid": post.cid,
                "author": author.profile(),
                "reason": reason,
                "record": post.record,
                "isRead": False,
                "indexedAt": iso(at),
                "labels": [],
            }
        )

    def like(self, author: Person, post: Post, at: datetime) -> None:
        with self.lock:
            rkey = self._tick()
            like = {
                "$type": "app.bsky.feed.like",
                "createdAt": iso(at),
                "subject": {"uri": post.uri, "cid": post.cid},
            }
            self.state.notifications.append(
                {
                    "uri": f"at://{author.did}/app.bsky.feed.like/{rkey}",
                    "cid": cid_of(like),
                    "author": author.profile(),
                    "reason": "like",
                    "reasonSubject": post.uri,
                    "record": like,
                    "isRead": False,
                    "indexedAt": iso(at),
                    "labels": [],
                }
            )

    def dm(self, author: Person, text: str, at: datetime = T0) -> dict[str, Any]:
        with self.lock:
            convo_id = f"3l{author.handle.split('.')[0]}convo"
            rev = self._tick()
            message = {
                "$type": "chat.bsky.convo.defs#messageView",
                "id": f"3lmsg{rev}",
                "rev": rev,
                "text": text,
                "sender": {"did": author.did},
                "sentAt": iso(at),
            }
            convo = self.state.convos.setdefault(
                convo_id,
                {
                    "id": convo_id,
                    "members": [COMPANY.profile(), author.profile()],
                    "muted": False,
                    "status": "accepted",
                    "unreadCount": 0,
                },
            )
            convo["rev"], convo["lastMessage"] = rev, message
            convo["unreadCount"] += 1
            self.state.chat_log.append(
                {
                    "$type": "chat.bsky.convo.defs#logCreateMessage",
                    "rev": rev,
                    "convoId": convo_id,
                    "message": message,
                }
            )
            return message


class Handler(BaseHTTPRequestHandler):
    server: FakeBluesky

    def log_message(self, *args: Any) -> None:
        pass

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _reply(self, status: int, body: dict[str, Any], headers: dict[str, str] | None = None):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(data)

    def _error(self, status: int, error: str, message: str) -> None:
        self._reply(status, {"error": error, "message": message})

    def _serve(self, method: str) -> None:
        url = urlsplit(self.path)
        query = parse_qs(url.query)
        length = int(self.headers.get("Content-Length") or 0)
        body = json.loads(self.rfile.read(length)) if length else None
        state = self.server.state
        headers = {k.lower(): v for k, v in self.headers.items()}
        with self.server.lock:
            state.requests.append((method, url.path, query, headers, body))
        nsid = url.path.removeprefix("/xrpc/")
        reset = state.rate_limits.pop(nsid, None)
        if reset is not None:
            self._reply(
                429,
                {"error": "RateLimitExceeded", "message": "Rate Limit Exceeded"},
                {
                    "RateLimit-Limit": "3000",
                    "RateLimit-Remaining": "0",
                    "RateLimit-Reset": str(reset),
                    "RateLimit-Policy": "3000;w=300",
                },
            )
            return
        handler = getattr(self, "xrpc_" + nsid.replace(".", "_"), None)
        if handler is None:
            self._error(501, "MethodNotImplemented", f"Method Not Implemented: {nsid}")
            return
        if nsid.startswith("chat.") and headers.get("atproto-proxy") != CHAT_PROXY:
            self._error(501, "MethodNotImplemented", f"Method Not Implemented: {nsid}")
            return
        if nsid not in ("com.atproto.server.createSession", "com.atproto.server.refreshSession"):
            if not self._authorised(headers):
                return
            if nsid.startswith("chat.") and state.chat_down:
                self._error(502, "UpstreamFailure", "Upstream Failure")
                return
            if nsid.startswith("chat.") and not state.chat_allowed:
                self._error(401, "InvalidToken", "Bad token scope")
                return
        handler(query, body, headers)

    def _token(self, headers: dict[str, str]) -> str:
        return headers.get("authorization", "").removeprefix("Bearer ")

    def _authorised(self, headers: dict[str, str]) -> bool:
        token = self._token(headers)
        state = self.server.state
        if token in state.expired or (token in state.access and state.access[token] < time.time()):
            self._error(400, "ExpiredToken", "Token has expired")
            return False
        if token not in state.access:
            self._error(401, "AuthenticationRequired", "Authentication Required")
            return False
        return True

    def _session(self) -> dict[str, Any]:
        state = self.server.state
        now = int(time.time())
        access = jwt(
            {
                "scope": "com.atproto.appPass",
                "sub": COMPANY_DID,
                "iat": now,
                "exp": now + int(state.access_lifetime),
                "aud": "did:web:morel.us-east.host.bsky.network",
            }
        )
        refresh = jwt(
            {
                "scope": "com.atproto.refresh",
                "sub": COMPANY_DID,
                "aud": "did:web:bsky.social",
                "jti": secrets.token_urlsafe(32),
                "iat": now,
                "exp": now + 90 * 86400,
            }
        )
        state.access[access] = now + state.access_lifetime
        state.refresh.add(refresh)
        return {
            "accessJwt": access,
            "refreshJwt": refresh,
            "handle": COMPANY_HANDLE,
            "did": COMPANY_DID,
            "didDoc": {
                "@context": [
                    "https://www.w3.org/ns/did/v1",
                    "https://w3id.org/security/multikey/v1",
                    "https://w3id.org/security/suites/secp256k1-2019/v1",
                ],
                "id": COMPANY_DID,
                "alsoKnownAs": [f"at://{COMPANY_HANDLE}"],
                "verificationMethod": [
                    {
                        "id": f"{COMPANY_DID}#atproto",
                        "type": "Multikey",
                        "controller": COMPANY_DID,
                        "publicKeyMultibase": "zQ3shXjHeiBuRCKmM36cuYnm7YEMzhGnCmCyW92sRJ9pribSF",
                    }
                ],
                "service": [
                    {
                        "id": "#atproto_pds",
                        "type": "AtprotoPersonalDataServer",
                        "serviceEndpoint": state.pds_endpoint or self.server.url,
                    }
                ],
            },
            "email": "support@halden.example",
            "emailConfirmed": True,
            "emailAuthFactor": False,
            "active": True,
        }

    # --- com.atproto.server ---

    def xrpc_com_atproto_server_createSession(self, query, body, headers) -> None:
        state = self.server.state
        identifier = (body or {}).get("identifier")
        if (
            identifier not in (COMPANY_HANDLE, COMPANY_DID)
            or body.get("password") != state.password
        ):
            self._error(401, "AuthenticationRequired", "Invalid identifier or password")
            return
        self._reply(200, self._session())

    def xrpc_com_atproto_server_refreshSession(self, query, body, headers) -> None:
        state = self.server.state
        token = self._token(headers)
        if token in state.expired:
            self._error(400, "ExpiredToken", "Token has expired")
            return
        if token not in state.refresh:
            self._error(400, "InvalidToken", "Token has been revoked")
            return
        state.refresh.discard(token)  # refresh tokens are single use
        session = self._session()
        session.pop("email")
        session.pop("emailConfirmed")
        session.pop("emailAuthFactor")
        self._reply(200, session)

    # --- app.bsky.notification ---

    def xrpc_app_bsky_notification_listNotifications(self, query, body, headers) -> None:
        state = self.server.state
        limit = int(query.get("limit", ["50"])[0])
        reasons = set(query.get("reasons", []))
        with self.server.lock:
            items = sorted(
                state.notifications, key=lambda n: (n["indexedAt"], n["cid"]), reverse=True
            )
        if reasons:
            items = [n for n in items if n["reason"] in reasons]
        if "cursor" in query and state.hold_pages:
            state.holding.set()
            state.release.wait(60)
        if "cursor" in query:
            if "::" not in query["cursor"][0]:
                self._error(400, "InvalidRequest", "Malformed cursor")
                return
            after = tuple(query["cursor"][0].split("::", 1))
            items = [n for n in items if (n["indexedAt"], n["cid"]) < after]
        page = items[:limit]
        out: dict[str, Any] = {"notifications": page, "priority": False, "seenAt": iso(T0)}
        if len(items) > limit:
            out["cursor"] = f"{page[-1]['indexedAt']}::{page[-1]['cid']}"
        self._reply(200, out)

    def _post_view(self, post: Post) -> dict[str, Any]:
        did = post.uri.removeprefix("at://").split("/", 1)[0]
        person = next(p for p in (PAT, ROBIN, COMPANY) if p.did == did)
        author = {k: v for k, v in person.profile().items() if k != "indexedAt"}
        return {
            "uri": post.uri,
            "cid": post.cid,
            "author": author,
            "record": post.record,
            "replyCount": 1,
            "repostCount": 0,
            "likeCount": 2,
            "quoteCount": 0,
            "indexedAt": post.record["createdAt"],
            "labels": [],
        }

    def xrpc_app_bsky_feed_getPostThread(self, query, body, headers) -> None:
        by_uri = {post.uri: post for post in self.server.state.records.values()}
        post = by_uri.get(query["uri"][0])
        if post is None:
            self._error(400, "NotFound", f"Post not found: {query['uri'][0]}")
            return
        height = int(query.get("parentHeight", ["80"])[0])

        def view(post: Post, height: int) -> dict[str, Any]:
            node: dict[str, Any] = {
                "$type": "app.bsky.feed.defs#threadViewPost",
                "post": self._post_view(post),
                "replies": [],
            }
            parent = (post.record.get("reply") or {}).get("parent")
            if parent and height > 0:
                above = by_uri.get(parent["uri"])
                node["parent"] = (
                    view(above, height - 1)
                    if above
                    else {
                        "$type": "app.bsky.feed.defs#notFoundPost",
                        "uri": parent["uri"],
                        "notFound": True,
                    }
                )
            return node

        self._reply(200, {"thread": view(post, height)})

    # --- com.atproto.repo / identity ---

    def xrpc_com_atproto_repo_createRecord(self, query, body, headers) -> None:
        state = self.server.state
        if body.get("repo") != COMPANY_DID:
            self._error(401, "AuthenticationRequired", "Input/repo must be the authenticated DID")
            return
        record = body["record"]
        if len(record.get("text", "")) > 3000 or not record.get("createdAt"):
            self._error(400, "InvalidRecord", "Invalid app.bsky.feed.post record")
            return
        if body.get("rkey") and not TID.match(body["rkey"]):
            self._error(400, "InvalidRequest", "Invalid record key: must be a TID")
            return
        problem = _record_problem(record)
        if problem:
            self._error(400, "InvalidRecord", problem)
            return
        with self.server.lock:
            rkey = body.get("rkey") or self._tick_locked()
            key = (body["repo"], body["collection"], rkey)
            if key in state.records:
                self._error(400, "InvalidRequest", "Record already exists")
                return
            post = Post(f"at://{body['repo']}/{body['collection']}/{rkey}", cid_of(record), record)
            state.records[key] = post
        self._reply(
            200,
            {
                "uri": post.uri,
                "cid": post.cid,
                "commit": {"cid": cid_of({"commit": post.uri}), "rev": rkey},
                "validationStatus": "valid",
            },
        )

    def _tick_locked(self) -> str:
        return self.server._tick()

    def xrpc_com_atproto_repo_getRecord(self, query, body, headers) -> None:
        key = (query["repo"][0], query["collection"][0], query["rkey"][0])
        post = self.server.state.records.get(key)
        if post is None:
            self._error(400, "RecordNotFound", f"Could not locate record: at://{'/'.join(key)}")
            return
        self._reply(200, {"uri": post.uri, "cid": post.cid, "value": post.record})

    def xrpc_com_atproto_identity_resolveHandle(self, query, body, headers) -> None:
        did = self.server.state.handles.get(query["handle"][0])
        if did is None:
            self._error(400, "InvalidRequest", "Unable to resolve handle")
            return
        self._reply(200, {"did": did})

    # --- chat.bsky.convo (behind atproto-proxy) ---

    def xrpc_chat_bsky_convo_listConvos(self, query, body, headers) -> None:
        convos = sorted(self.server.state.convos.values(), key=lambda c: c["rev"], reverse=True)
        limit = int(query.get("limit", ["50"])[0])
        self._reply(200, {"convos": convos[:limit]})

    def xrpc_chat_bsky_convo_getConvo(self, query, body, headers) -> None:
        convo = self.server.state.convos.get(query["convoId"][0])
        if convo is None:
            self._error(400, "InvalidRequest", "Convo not found")
            return
        self._reply(200, {"convo": convo})

    def xrpc_chat_bsky_convo_getLog(self, query, body, headers) -> None:
        after = query.get("cursor", [""])[0]
        logs = [entry for entry in self.server.state.chat_log if entry["rev"] > after][:2]
        self._reply(200, {"logs": logs, "cursor": logs[-1]["rev"] if logs else after})

    def xrpc_chat_bsky_convo_sendMessage(self, query, body, headers) -> None:
        state = self.server.state
        convo = state.convos.get(body["convoId"])
        if convo is None:
            self._error(400, "InvalidRequest", "Convo not found")
            return
        with self.server.lock:
            rev = self.server._tick()
        message = {
            "id": f"3lmsg{rev}",
            "rev": rev,
            "text": body["message"]["text"],
            "facets": body["message"].get("facets") or [],
            "sender": {"did": COMPANY_DID},
            "sentAt": iso(datetime.now(UTC)),
        }
        state.chat_log.append(
            {
                "$type": "chat.bsky.convo.defs#logCreateMessage",
                "rev": rev,
                "convoId": body["convoId"],
                "message": {"$type": "chat.bsky.convo.defs#messageView", **message},
            }
        )
        self._reply(200, message)


def serve() -> FakeBluesky:
    server = FakeBluesky()
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    return server
