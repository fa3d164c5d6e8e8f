"""`requests` sessions whose every request goes through `core.outbound`'s guard.

Client libraries built on requests (Mastodon.py, tweepy, praw) take a `requests.Session`; this
one hands each prepared request to the guarded httpx client, so an instance URL (or a redirect
it answers with) cannot make Openline call an internal address unless the operator allowed the
host (`OPENLINE_OUTBOUND_ALLOWED_HOSTS`). Proxies from the environment are ignored, as the
guard requires."""

from typing import Any

import httpx
import requests
from requests.adapters import BaseAdapter
from requests.structures import CaseInsensitiveDict

from openline.core import outbound

MAX_RESPONSE_BYTES = 10 * 1024 * 1024
DEFAULT_TIMEOUT = 20.0


class ResponseTooLarge(httpx.HTTPError):
    pass


class GuardedAdapter(BaseAdapter):
    def __init__(self, timeout: float) -> None:
        super().__init__()
        self.timeout = timeout
        self.refused: outbound.AddressRefused | None = None  # the last refusal, for the caller

    def send(
        self,
        request: requests.PreparedRequest,
        stream: bool = False,
        timeout: Any = None,
        verify: Any = True,
        cert: Any = None,
        proxies: Any = None,
    ) -> requests.Response:
        seconds = timeout if isinstance(timeout, int | float) else self.timeout
        raw = request.body
        if raw is not None and not isinstance(raw, str | bytes):
            raw = b"".join(p.encode() if isinstance(p, str) else p for p in raw)  # type: ignore[union-attr]
        body = raw.encode() if isinstance(raw, str) else raw
        headers = {
            name: value.decode("latin-1") if isinstance(value, bytes) else value
            for name, value in request.headers.items()
        }
        try:
            with (
                outbound.client(timeout=min(seconds, self.timeout)) as client,
                client.stream(
                    request.method or "GET",
                    request.url or "",
                    headers=headers,
                    content=body,
                ) as answer,
            ):
                content = bytearray()
                for chunk in answer.iter_bytes():
                    content += chunk
                    if len(content) > MAX_RESPONSE_BYTES:
                        raise ResponseTooLarge(f"larger than {MAX_RESPONSE_BYTES:,} bytes")
        except outbound.AddressRefused as error:
            self.refused = error
            raise requests.ConnectionError(str(error), request=request) from None
        except httpx.TimeoutException as error:
            raise requests.Timeout(f"{type(error).__name__}: {error}", request=request) from None
        except httpx.HTTPError as error:
            reason = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
            raise requests.ConnectionError(reason, request=request) from None
        response = requests.Response()
        response.status_code = answer.status_code
        response.headers = CaseInsensitiveDict(answer.headers.items())
        response._content = bytes(content)
        response.reason = answer.reason_phrase
        response.url = request.url or ""
        response.request = request
        response.encoding = answer.charset_encoding
        return response

    def close(self) -> None:
        pass


def guarded_session(timeout: float = DEFAULT_TIMEOUT) -> requests.Session:
    session = requests.Session()
    session.trust_env = False  # no proxies, no .netrc: the guard must see the real host
    adapter = GuardedAdapter(timeout)
    session.mount("http://", adapter)
    session.mount("https://", adapter)
    return session


def refusal(session: requests.Session) -> outbound.AddressRefused | None:
    """The guard's refusal behind the last ConnectionError of this session, if it was one."""
    adapter = session.get_adapter("https://")
    return adapter.refused if isinstance(adapter, GuardedAdapter) else None
