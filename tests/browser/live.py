"""The live server of the browser tests answers one request at a time (`OneRequestAtATime`),
and the test's own thread holds `REQUESTS` while it writes to the database a page is polling
(`served_alone`): with SQLite's in-memory test database every thread shares one connection."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager

REQUESTS = threading.Lock()  # held while the live server answers a request
# Set while a test runs. A request the browser sent before its page closed can still be waiting
# for REQUESTS when the test ends; once this is cleared it is answered 503 without touching the
# database, which is being flushed for the next test.
SERVING = threading.Event()


class OneRequestAtATime:
    """The live server's requests, one at a time. With SQLite's in-memory test database every
    request thread of Django's live server shares one connection, which two threads must never
    use at once ("bad parameter or other API misuse", "table is locked" when the test's database
    is flushed). A browser loads a page's htmx panels in parallel, so requests do overlap: each
    is answered whole, body included, before the next starts."""

    def __init__(self, app):
        self.app = app

    def __call__(self, environ, start_response):
        with REQUESTS:
            if not SERVING.is_set():
                start_response("503 Service Unavailable", [("Content-Type", "text/plain")])
                return [b"between tests"]
            response = self.app(environ, start_response)
            try:
                return [b"".join(response)]
            finally:
                if hasattr(response, "close"):
                    response.close()  # request_finished, as the server would send it


@contextmanager
def served_alone() -> Iterator[None]:
    """The test writes while no request is being answered (a page polling the inbox, say)."""
    with REQUESTS:
        yield
