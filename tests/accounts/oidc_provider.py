"""A small, real OpenID Connect provider on 127.0.0.1 for the single sign-on tests.

It speaks the endpoints and payloads of the authorization code flow (discovery, authorize,
token with client secret and PKCE, JWKS, userinfo) and signs ID tokens with RS256. It signs in
whoever `person` describes without asking (the tests are about the relying party). `tamper`
makes it misbehave the way an attacker or a broken provider would: "signature" (signed with
another key under the same key id), "nonce", "issuer", "audience", or "token" (the token
endpoint refuses every code).
"""

import base64
import hashlib
import json
import secrets
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import jwt
from cryptography.hazmat.primitives.asymmetric import rsa

CLIENT_ID = "openline-test"
CLIENT_SECRET = "s3cret-for-tests"
KID = "test-key-1"
# Made once: a 2048-bit key takes a noticeable fraction of a second.
KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)
OTHER_KEY = rsa.generate_private_key(public_exponent=65537, key_size=2048)


@dataclass
class Provider:
    person: dict[str, Any] = field(default_factory=dict)
    tamper: str = ""
    key: rsa.RSAPrivateKey = KEY
    codes: dict[str, dict[str, Any]] = field(default_factory=dict)
    tokens: dict[str, dict[str, Any]] = field(default_factory=dict)
    requests: list[str] = field(default_factory=list)
    server: ThreadingHTTPServer | None = None

    @property
    def issuer(self) -> str:
        assert self.server is not None
        return f"http://127.0.0.1:{self.server.server_address[1]}"

    def discovery(self) -> dict[str, Any]:
        return {
            "issuer": self.issuer,
            "authorization_endpoint": f"{self.issuer}/authorize",
            "token_endpoint": f"{self.issuer}/token",
            "userinfo_endpoint": f"{self.issuer}/userinfo",
            "jwks_uri": f"{self.issuer}/jwks",
            "response_types_supported": ["code"],
            "subject_types_supported": ["public"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "code_challenge_methods_supported": ["S256"],
        }

    def jwks(self) -> dict[str, Any]:
        public = jwt.algorithms.RSAAlgorithm.to_jwk(self.key.public_key(), as_dict=True)
        return {"keys": [{**public, "kid": KID, "alg": "RS256", "use": "sig"}]}

    def id_token(self, nonce: str) -> str:
        now = int(time.time())
        claims = {
            "iss": self.issuer if self.tamper != "issuer" else "http://127.0.0.1:1",
            "aud": CLIENT_ID if self.tamper != "audience" else "someone-else",
            "sub": self.person["sub"],
            "iat": now,
            "exp": now + 300,
            "nonce": nonce if self.tamper != "nonce" else "not-the-nonce",
            "email": self.person.get("email"),
        }
        key = self.key
        if self.tamper == "signature":
            key = OTHER_KEY
        return jwt.encode(claims, key, algorithm="RS256", headers={"kid": KID})


def _handler(provider: Provider) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        def log_message(self, format: str, *args: Any) -> None:
            pass

        def _json(self, status: int, body: dict[str, Any]) -> None:
            data = json.dumps(body).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def do_GET(self) -> None:
            url = urlsplit(self.path)
            query = {k: v[0] for k, v in parse_qs(url.query).items()}
            provider.requests.append(f"GET {url.path}")
            if url.path == "/.well-known/openid-configuration":
                return self._json(200, provider.discovery())
            if url.path == "/jwks":
                return self._json(200, provider.jwks())
            if url.path == "/authorize":
                if query.get("client_id") != CLIENT_ID or query.get("response_type") != "code":
                    return self._json(400, {"error": "invalid_request"})
                code = secrets.token_urlsafe(16)
                provider.codes[code] = query
                target = (
                    f"{query['redirect_uri']}?{urlencode({'code': code, 'state': query['state']})}"
                )
                self.send_response(302)
                self.send_header("Location", target)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return None
            if url.path == "/userinfo":
                token = self.headers.get("Authorization", "").removeprefix("Bearer ")
                if token not in provider.tokens:
                    return self._json(401, {"error": "invalid_token"})
                return self._json(200, provider.tokens[token])
            return self._json(404, {"error": "not_found"})

        def do_POST(self) -> None:
            provider.requests.append(f"POST {self.path}")
            length = int(self.headers.get("Content-Length", "0"))
            form = {k: v[0] for k, v in parse_qs(self.rfile.read(length).decode()).items()}
            if self.path != "/token":
                return self._json(404, {"error": "not_found"})
            asked = provider.codes.pop(form.get("code", ""), None)
            if (
                provider.tamper == "token"
                or asked is None
                or form.get("client_id") != CLIENT_ID
                or form.get("client_secret") != CLIENT_SECRET
                or form.get("redirect_uri") != asked["redirect_uri"]
                or form.get("grant_type") != "authorization_code"
            ):
                return self._json(400, {"error": "invalid_grant"})
            verifier = form.get("code_verifier", "")
            challenge = (
                base64.urlsafe_b64encode(hashlib.sha256(verifier.encode()).digest())
                .rstrip(b"=")
                .decode()
            )
            if challenge != asked.get("code_challenge"):
                return self._json(400, {"error": "invalid_grant", "error_description": "PKCE"})
            access = secrets.token_urlsafe(16)
            provider.tokens[access] = dict(provider.person)
            body = {
                "access_token": access,
                "token_type": "Bearer",
                "expires_in": 300,
                "id_token": provider.id_token(asked.get("nonce", "")),
            }
            return self._json(200, body)

    return Handler


def start(provider: Provider) -> Provider:
    provider.server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(provider))
    threading.Thread(target=provider.server.serve_forever, args=(0.02,), daemon=True).start()
    return provider


def stop(provider: Provider) -> None:
    if provider.server is not None:
        provider.server.shutdown()
        provider.server.server_close()
