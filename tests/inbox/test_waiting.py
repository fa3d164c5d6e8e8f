"""Open inboxes wait for the next change: the wait is held on the event loop of the ASGI
application `openline serve` runs (config.asgi) and answered when a message arrives; the
fragment itself still needs a staff session."""

import asyncio
import re
import threading
import time

import httpx
import pytest
from django.core.wsgi import get_wsgi_application
from django.db import DatabaseError, connection

from openline.accounts import staff
from openline.core import counters
from openline.core.asgi import WSGIOverASGI
from openline.inbox import actions, ingestion, waiting

from .conftest import item

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def watch(monkeypatch):
    """A fresh watch per test (each test runs its own event loop)."""
    fresh = waiting.GenerationWatch()
    monkeypatch.setattr(waiting, "WATCH", fresh)
    yield fresh
    fresh.close()


@pytest.fixture
def app(watch):
    return WSGIOverASGI(get_wsgi_application(), waiting.route)


def ask(app, url, **headers) -> tuple[httpx.Response, float]:
    async def go():
        transport = httpx.ASGITransport(app=app)
        async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
            return await c.get(url, headers=headers)

    started = time.monotonic()
    answer = asyncio.run(go())
    return answer, time.monotonic() - started


def page_token(client) -> dict[str, str]:
    """The headers inbox.js sends with a wait: the page's live token, the session cookie."""
    token = re.search(r'data-live-token="([^"]+)"', client.get("/inbox/").content.decode())
    return {"X-Inbox-Token": token.group(1), "Cookie": f"sessionid={session_key(client)}"}


def session_key(client) -> str:
    return client.cookies["sessionid"].value


def later(seconds, work):
    """`work` on another thread after `seconds`, as a webhook or a colleague would."""

    def run():
        time.sleep(seconds)
        try:
            work()
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread


def generation() -> int:
    return counters.read(actions.INBOX_COUNTER)


@pytest.fixture
def agent_client(client, agent):
    client.force_login(agent)
    return client


def test_a_new_message_reaches_an_open_inbox_as_soon_as_it_is_stored(
    app, agent_client, account, sla
):
    ingestion.ingest(account, item())
    token, seen = page_token(agent_client), generation()
    arrives = later(0.4, lambda: ingestion.ingest(account, item("m2", "c2", text="Blank display")))
    answer, took = ask(app, f"/inbox/live/wait/?v={seen}", **token)
    arrives.join()
    assert answer.status_code == 204 and answer.headers["X-Inbox-Held"] == "1"
    assert generation() >= int(answer.headers["X-Inbox-Generation"]) > seen
    assert 0.35 < took < 2.0  # held until the message, answered within the watch's pace
    fragment = agent_client.get(f"/inbox/live/?queue=all&v={seen}")
    assert fragment.status_code == 200 and "Blank display" in fragment.content.decode()


def test_a_wait_ends_at_its_hold_when_nothing_changes(app, agent_client):
    token, seen = page_token(agent_client), generation()
    answer, took = ask(app, f"/inbox/live/wait/?v={seen}&hold=0.5", **token)
    assert answer.status_code == 204 and answer.headers["X-Inbox-Generation"] == str(seen)
    assert took >= 0.45


def test_a_page_behind_the_current_generation_is_answered_at_once(app, agent_client):
    token, shown = page_token(agent_client), generation()
    counters.bump(actions.INBOX_COUNTER)
    answer, took = ask(app, f"/inbox/live/wait/?v={shown}", **token)
    assert answer.headers["X-Inbox-Generation"] == str(shown + 1) and took < 1.0


def test_a_wait_for_a_malformed_generation_is_a_bad_request(app, agent_client):
    token = page_token(agent_client)
    for bad in ("-1", "1e3", "x", "9" * 40):
        answer, _ = ask(app, f"/inbox/live/wait/?v={bad}", **token)
        assert answer.status_code == 400 and "X-Inbox-Generation" not in answer.headers


def test_a_wait_without_a_good_live_token_is_refused_and_says_nothing(app, agent_client):
    token = page_token(agent_client)
    tampered = {**token, "X-Inbox-Token": token["X-Inbox-Token"][:-2] + "xx"}
    for headers in ({}, tampered, {"X-Inbox-Token": token["X-Inbox-Token"]}):
        answer, _ = ask(app, "/inbox/live/wait/?v=0", **headers)
        assert answer.status_code == 403 and "X-Inbox-Generation" not in answer.headers
    # The good token is held (a short hold: the default is WAIT_SECONDS of nothing happening).
    answer, _ = ask(app, "/inbox/live/wait/?v=0&hold=0.3", **token)
    assert answer.status_code == 204 and answer.headers["X-Inbox-Held"] == "1"


def test_a_held_wait_is_refused_as_soon_as_its_agent_loses_access(
    app, client, agent, admin, account, sla
):
    """A colleague's change of access wakes every wait; the one whose token it made stale gets
    403 (inbox.js then polls in full and is refused), not even the news that something
    changed, and the list itself needs the session, checked in full."""
    client.force_login(agent)
    token, seen = page_token(client), generation()
    demoted = later(0.3, lambda: staff.change_role(admin, agent, "customer"))
    answer, took = ask(app, f"/inbox/live/wait/?v={seen}", **token)
    demoted.join()
    assert answer.status_code == 403 and "X-Inbox-Generation" not in answer.headers
    assert took < 2.0  # woken by the change, not at the end of its hold
    ingestion.ingest(account, item("m9", "c9", text="Order 4471"))
    fragment = client.get(f"/inbox/live/?queue=all&v={seen}", headers=token)
    assert fragment.status_code == 403 and b"4471" not in fragment.content


def test_the_other_waits_are_woken_by_a_colleagues_change_of_access_and_go_on(
    app, agent_client, moderator, admin
):
    token, seen = page_token(agent_client), generation()
    changed = later(0.3, lambda: staff.set_active(admin, moderator, active=False))
    answer, took = ask(app, f"/inbox/live/wait/?v={seen}", **token)
    changed.join()
    assert answer.status_code == 403 and took < 2.0  # a stale token: its page asks in full
    renewed = agent_client.get(f"/inbox/live/?v={seen}", headers=token)
    assert renewed.status_code == 204 and renewed["X-Inbox-Token"]
    fresh = {**token, "X-Inbox-Token": renewed["X-Inbox-Token"]}
    answer, _ = ask(app, f"/inbox/live/wait/?v={seen}&hold=0.3", **fresh)
    assert answer.status_code == 204 and answer.headers["X-Inbox-Held"] == "1"


def test_pages_are_the_same_wsgi_application_served_over_asgi(app, agent_client):
    robots, _ = ask(app, "/robots.txt")
    script, _ = ask(app, "/static/openline/inbox.js")  # a streamed (file) response
    inbox, _ = ask(app, "/inbox/", Cookie=f"sessionid={agent_client.cookies['sessionid'].value}")
    assert robots.status_code == 200 and robots.content == agent_client.get("/robots.txt").content
    assert script.status_code == 200 and "X-Inbox-Held" in script.text
    assert inbox.status_code == 200 and 'data-wait-url="/inbox/live/wait/"' in inbox.text


def test_without_an_asgi_server_the_wait_is_answered_at_once_and_not_held(agent_client):
    token, seen = page_token(agent_client), generation()
    answer = agent_client.get(f"/inbox/live/wait/?v={seen}", headers=token)
    assert answer.status_code == 204 and "X-Inbox-Held" not in answer
    assert answer["X-Inbox-Generation"] == str(seen)


def test_one_read_a_pace_serves_every_waiter_of_a_process():
    reads, value = [0], [7]

    def read():
        reads[0] += 1
        return value[0], 0

    watch = waiting.GenerationWatch(read, every=0.02)

    async def run():
        waiters = [asyncio.ensure_future(watch.wait_past(7, 5.0)) for _ in range(300)]
        await asyncio.sleep(0.2)
        value[0] = 8
        return await asyncio.gather(*waiters)

    started = time.monotonic()
    assert asyncio.run(run()) == [8] * 300
    assert time.monotonic() - started < 1.0
    assert reads[0] < 40  # ~0.25 s at 20 ms a read, not one per waiter


def test_the_waiters_outlast_a_database_restart():
    answers = iter([3, DatabaseError("restarting"), DatabaseError("restarting"), 4])

    def read():
        answer = next(answers, 4)
        if isinstance(answer, Exception):
            raise answer
        return answer, 0

    watch = waiting.GenerationWatch(read, every=0.01)
    assert asyncio.run(watch.wait_past(3, 10.0)) == 4
