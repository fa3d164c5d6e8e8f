"""Browser tests: Debian's Chromium driven through Playwright, one browser for this package."""

import os
import shutil

import pytest

from .live import REQUESTS, SERVING, OneRequestAtATime

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
FLAGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


@pytest.fixture(scope="session")
def live_server(request):
    """pytest-django's live server, answering one request at a time (`OneRequestAtATime`)."""
    from pytest_django.live_server_helper import LiveServer

    addr = request.config.getvalue("liveserver") or os.getenv(
        "DJANGO_LIVE_TEST_SERVER_ADDRESS", "localhost"
    )
    server = LiveServer(addr, start=False)
    static_handler = server.thread.static_handler
    server.thread.static_handler = lambda app: OneRequestAtATime(static_handler(app))
    server.start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _no_request_while_the_database_is_flushed(transactional_db):
    """Torn down after the test's pages are closed and before its database is flushed: waits
    for a request the server may still be answering, and turns away the requests still queued
    behind it (a poll sent just before the page closed) until the next test starts."""
    SERVING.set()
    yield
    with REQUESTS:
        SERVING.clear()


@pytest.fixture(scope="package")
def browser():
    if not os.path.exists(CHROMIUM):
        pytest.skip("Debian's chromium is not installed (make test installs it as root)")
    from playwright.sync_api import sync_playwright

    # Playwright's sync API runs an event loop in this thread while the browser is open, so
    # Django takes every ORM call as made from async code; the calls the tests make themselves
    # (fixtures, assertions) are synchronous and safe. Allowed only while the browser is open:
    # the rest of the suite keeps Django's guard.
    with pytest.MonkeyPatch.context() as patch, sync_playwright() as playwright:
        patch.setenv("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
        yield browser
        browser.close()


@pytest.fixture
def new_page(browser):
    contexts = []

    def make():
        context = browser.new_context()
        contexts.append(context)
        return context.new_page()

    yield make
    for context in contexts:
        context.close()


@pytest.fixture(autouse=True)
def _fresh_rate_limits(transactional_db):
    """Every browser test signs in from 127.0.0.1; the rate limits' counts live in Redis or in
    the RateCount table (which the flush empties) and formerly in the shared cache's table
    (which it does not): each test starts with none."""
    from django.core.cache import caches

    caches["shared"].clear()
    yield
    caches["shared"].clear()
