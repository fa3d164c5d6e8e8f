"""`http.guarded_session` with what the X and Reddit clients need besides the guard: it counts
the requests sent and keeps the last answer's headers (X's budget, Reddit's x-ratelimit-*), runs
a check before each request (a spent budget stops it), and can send one origin's requests to
another (tweepy always calls https://api.twitter.com; an operator's `--api-url` — a gateway, or
a test server — takes its place).

A URL the guard refuses raises `AddressRefused`, which is not a `ConnectionError`: praw would
retry those (three tries, seconds of sleep) though the answer cannot change."""

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

import requests

from . import http


class AddressRefused(requests.exceptions.RequestException):
    """The URL points at an address Openline does not call (core.outbound's guard)."""


@dataclass
class Traffic:
    requests: int = 0  # requests sent (each retry and redirect hop counts)
    headers: Mapping[str, str] | None = None  # the last answer's headers


class MeteredAdapter(http.GuardedAdapter):
    def __init__(
        self,
        traffic: Traffic,
        *,
        rewrite: Mapping[str, str] | None = None,
        before_send: Callable[[], None] | None = None,
    ) -> None:
        super().__init__(http.DEFAULT_TIMEOUT)
        self.traffic = traffic
        self.rewrite = dict(rewrite or {})  # origin -> origin
        self.before_send = before_send

    def _url(self, url: str) -> str:
        for origin, replacement in self.rewrite.items():
            if url == origin or url.startswith((origin + "/", origin + "?")):
                return replacement + url[len(origin) :]
        return url

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Any = None,
    ) -> requests.Response:
        if self.before_send is not None:
            self.before_send()
        sent = request.copy()
        sent.url = self._url(request.url or "")
        self.refused = None
        self.traffic.requests += 1
        try:
            response = super().send(sent, stream, timeout, verify, cert, proxies)
        except requests.ConnectionError:
            if self.refused is not None:
                raise AddressRefused(str(self.refused), request=request) from None
            raise
        response.url = request.url or ""
        response.request = request
        self.traffic.headers = response.headers
        return response


def metered_session(
    traffic: Traffic,
    *,
    rewrite: Mapping[str, str] | None = None,
    before_send: Callable[[], None] | None = None,
) -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # no proxies, no .netrc: the guard must see the real host
    adapter = MeteredAdapter(traffic, rewrite=rewrite, before_send=before_send)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session
