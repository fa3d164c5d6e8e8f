"""The WSGI application served over ASGI, plus a few routes that wait without a thread.

`openline serve` runs Granian's ASGI interface so that a request can wait for an event (an open
inbox waiting for the next change, inbox.waiting) on the event loop, costing a coroutine rather
than a thread. Every other request is the same WSGI application as before, called on a fixed
number of threads (`--threads`, 1 by default: fastest on SQLite), so pages, middleware and
tests see exactly what a WSGI server gives them. Django's own ASGIHandler was not used for them:
it hops threads for the request signals and again for the response, and the sync middleware
would pull an async view back onto a thread (docs/decisions.md, live-v2)."""

import asyncio
import io
import logging
import sys
from collections.abc import Awaitable, Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

log = logging.getLogger(__name__)

Scope = dict[str, Any]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]
Route = Callable[[Scope, Receive, Send], Awaitable[None]]
WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

_SPECIAL = {b"content-type": "CONTENT_TYPE", b"content-length": "CONTENT_LENGTH"}


def wsgi_environ(scope: Scope, body: bytes) -> dict[str, Any]:
    """PEP 3333's environ for an ASGI HTTP scope (strings carry the raw bytes as latin-1)."""
    server = scope.get("server") or ("localhost", 80)
    client = scope.get("client") or ("", 0)
    environ: dict[str, Any] = {
        "REQUEST_METHOD": scope["method"],
        "SCRIPT_NAME": scope.get("root_path", "").encode().decode("latin-1"),
        "PATH_INFO": scope["path"].encode().decode("latin-1"),
        "QUERY_STRING": scope.get("query_string", b"").decode("latin-1"),
        "SERVER_NAME": str(server[0]),
        "SERVER_PORT": str(server[1] or 80),
        "REMOTE_ADDR": str(client[0]),
        "SERVER_PROTOCOL": f"HTTP/{scope.get('http_version', '1.1')}",
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scope.get("scheme", "http"),
        "wsgi.input": io.BytesIO(body),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": True,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
    }
    for raw_name, raw_value in scope.get("headers", []):
        name = _SPECIAL.get(raw_name) or "HTTP_" + raw_name.decode("latin-1").upper().replace(
            "-", "_"
        )
        value = raw_value.decode("latin-1")
        if name in environ:
            value = environ[name] + ("; " if name == "HTTP_COOKIE" else ",") + value
        environ[name] = value
    return environ


class WSGIOverASGI:
    """An ASGI application: `routes(path)` names an async handler for a few paths; everything
    else goes to `wsgi` on `threads` threads."""

    def __init__(
        self, wsgi: WSGIApp, routes: Callable[[str], Route | None], threads: int = 1
    ) -> None:
        self.wsgi = wsgi
        self.routes = routes
        self.executor = ThreadPoolExecutor(max(1, threads), thread_name_prefix="wsgi")

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
            return
        if scope["type"] != "http":
            return
        route = self.routes(scope["path"])
        if route is not None:
            await route(scope, receive, send)
            return
        body = []
        while True:
            message = await receive()
            if message["type"] == "http.disconnect":
                return
            body.append(message.get("body", b""))
            if not message.get("more_body"):
                break
        loop = asyncio.get_running_loop()
        environ = wsgi_environ(scope, b"".join(body))
        whole = await loop.run_in_executor(self.executor, self._call, environ, send, loop)
        if whole is not None:
            status, headers, content = whole
            await send({"type": "http.response.start", "status": status, "headers": headers})
            await send({"type": "http.response.body", "body": content})

    def _call(
        self, environ: dict[str, Any], send: Send, loop: asyncio.AbstractEventLoop
    ) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
        """On a WSGI thread: the whole response, for the loop to send; a streamed one is sent
        from here chunk by chunk (None)."""
        started: list[Any] = []

        def start_response(
            status: str, headers: list[tuple[str, str]], exc_info: Any = None
        ) -> None:
            started[:] = [
                int(status.split(" ", 1)[0]),
                [(k.lower().encode("latin-1"), v.encode("latin-1")) for k, v in headers],
            ]

        async def sending(message: dict[str, Any]) -> None:
            await send(message)  # Granian's send is awaitable but not a coroutine

        def emit(message: dict[str, Any]) -> None:
            asyncio.run_coroutine_threadsafe(sending(message), loop).result()

        result = self.wsgi(environ, start_response)
        try:
            if not getattr(result, "streaming", True) or isinstance(result, list):
                content = b"".join(result)
                return started[0], started[1], content
            chunks = iter(result)
            first = next(chunks, b"")  # start_response may come with the first chunk
            emit({"type": "http.response.start", "status": started[0], "headers": started[1]})
            if first:
                emit({"type": "http.response.body", "body": first, "more_body": True})
            for chunk in chunks:
                if chunk:
                    emit({"type": "http.response.body", "body": chunk, "more_body": True})
            emit({"type": "http.response.body", "body": b""})
        except OSError:  # the client went away mid-response
            log.debug("client gone during a streamed response")
        finally:
            close = getattr(result, "close", None)
            if close is not None:
                close()  # request_finished: Django closes old database connections here
        return None

    @staticmethod
    async def _lifespan(receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await send({"type": "lifespan.shutdown.complete"})
                return
