"""Open inboxes' waits held on the WSGI server's threads (inbox.holds), as `openline serve`
runs them: the wait is answered when a message arrives or at its hold, a reader who lost access
meanwhile is told nothing, a token is only ever good for its own reader, and past the slots a
wait is answered at once so that the page polls."""

import re
import threading
import time

import pytest
from django.core.wsgi import get_wsgi_application
from django.db import DatabaseError, connection
from django.test import Client, RequestFactory

from openline.accounts import staff
from openline.core import counters
from openline.inbox import actions, fastpath, holds, ingestion

from .conftest import item

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def held(monkeypatch):
    """Waits held as under `openline serve` (two slots), with a fresh watch for the test."""
    monkeypatch.setenv(holds.HOLDS_ENV, "2")
    holds.forget()
    watch = holds.ThreadWatch(every=0.02, linger=0.2)
    monkeypatch.setattr(holds, "WATCH", watch)
    yield watch
    # Its thread lingers and reads the counters: it must be gone before the database is
    # emptied for the next test (SQLite's shared in-memory database refuses the flush).
    assert watch.stop()
    holds.forget()


@pytest.fixture
def served():
    """config.wsgi's application as Granian calls it: the fast path, Django behind it."""
    return fastpath.LiveFastPath(get_wsgi_application())


def wait(served, client: Client, token: str, url: str) -> tuple[int, dict[str, str], float]:
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    environ = RequestFactory().get(url, HTTP_COOKIE=cookie, HTTP_X_INBOX_TOKEN=token).environ
    said: list = []
    started = time.monotonic()
    b"".join(served(environ, lambda status, headers: said.extend([status, dict(headers)])))
    took = time.monotonic() - started
    connection.close()  # Django's answer may have used this thread's connection
    return int(said[0].split()[0]), said[1], took


def page_token(client: Client) -> str:
    return re.search(r'data-live-token="([^"]+)"', client.get("/inbox/").text).group(1)


def generation() -> int:
    return counters.read(actions.INBOX_COUNTER)


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


@pytest.fixture
def agent_client(client, agent):
    client.force_login(agent)
    return client


def test_a_held_wait_is_answered_when_a_message_arrives_and_the_page_then_gets_it(
    held, served, agent_client, account, sla
):
    ingestion.ingest(account, item())
    token, seen = page_token(agent_client), generation()
    arrives = later(0.4, lambda: ingestion.ingest(account, item("m2", "c2", text="Blank display")))
    status, headers, took = wait(served, agent_client, token, f"/inbox/live/wait/?v={seen}")
    arrives.join()
    assert status == 204 and headers[holds.HELD_HEADER] == "1"
    assert int(headers[fastpath.GENERATION_HEADER]) > seen
    assert 0.35 < took < 2.0  # held until the message, answered within the watch's pace
    fragment = agent_client.get(
        f"/inbox/live/?queue=all&v={seen}", headers={"X-Inbox-Token": token}
    )
    assert fragment.status_code == 200 and "Blank display" in fragment.text


def test_a_held_wait_ends_at_its_hold_when_nothing_changes(held, served, agent_client):
    token, seen = page_token(agent_client), generation()
    status, headers, took = wait(
        served, agent_client, token, f"/inbox/live/wait/?v={seen}&hold=0.4"
    )
    assert status == 204 and headers[fastpath.GENERATION_HEADER] == str(seen)
    assert headers[holds.HELD_HEADER] == "1" and 0.35 < took < 2.0


def test_a_page_behind_the_generation_is_answered_at_once_and_told_waits_are_held(
    held, served, agent_client
):
    token, shown = page_token(agent_client), generation()
    counters.bump(actions.INBOX_COUNTER)
    status, headers, took = wait(served, agent_client, token, f"/inbox/live/wait/?v={shown}")
    assert status == 204 and headers[fastpath.GENERATION_HEADER] == str(shown + 1)
    assert took < 1.0
    assert headers[holds.HELD_HEADER] == "1"  # else inbox.js would poll for good


def test_a_reader_signed_out_while_waiting_is_refused_and_told_nothing(
    held, served, agent_client, account, sla
):
    token, seen = page_token(agent_client), generation()

    def sign_out_in_another_tab():
        tab = Client()
        tab.cookies["sessionid"] = agent_client.cookies["sessionid"].value
        assert tab.post("/accounts/signout/").status_code == 302

    signed_out = later(0.3, sign_out_in_another_tab)
    status, headers, took = wait(served, agent_client, token, f"/inbox/live/wait/?v={seen}")
    signed_out.join()
    assert status == 403 and fastpath.GENERATION_HEADER not in headers
    assert took < 2.0  # woken by the change of access, not at the end of its hold
    ingestion.ingest(account, item("m9", "c9", text="Order 4471"))
    status, headers, _ = wait(served, agent_client, token, f"/inbox/live/wait/?v={seen}")
    assert status == 403  # and again, at once, without a hold


def test_a_demoted_reader_is_refused_while_a_colleague_renews_their_token_and_waits_on(
    held, served, client, agent, moderator, admin
):
    client.force_login(agent)
    colleague = Client()
    colleague.force_login(moderator)
    mine, theirs, seen = page_token(client), page_token(colleague), generation()
    demoted = later(0.3, lambda: staff.change_role(admin, agent, "customer"))
    answers = {}
    other = threading.Thread(
        target=lambda: answers.update(
            colleague=wait(served, colleague, theirs, f"/inbox/live/wait/?v={seen}")
        )
    )
    other.start()
    status, _, _ = wait(served, client, mine, f"/inbox/live/wait/?v={seen}")
    other.join()
    demoted.join()
    assert status == 403
    assert answers["colleague"][0] == 403  # every token names the old counter: ask in full
    renewed = colleague.get(f"/inbox/live/?v={seen}", headers={"X-Inbox-Token": theirs})
    assert renewed.status_code == 204 and renewed["X-Inbox-Token"]
    status, headers, _ = wait(
        served, colleague, renewed["X-Inbox-Token"], f"/inbox/live/wait/?v={seen}&hold=0.3"
    )
    assert status == 204 and headers[holds.HELD_HEADER] == "1"


def test_a_token_is_never_held_or_answered_for_another_readers_session(
    held, served, client, agent, moderator, account, sla
):
    ingestion.ingest(account, item())
    client.force_login(agent)
    colleague = Client()
    colleague.force_login(moderator)
    theirs, seen = page_token(colleague), generation()
    status, headers, took = wait(served, client, theirs, f"/inbox/live/wait/?v={seen}")
    assert status == 403 and fastpath.GENERATION_HEADER not in headers and took < 1.0
    # The list with the colleague's token: the full check, then the agent's own token.
    answer = client.get(f"/inbox/live/?queue=all&v={seen - 1}", headers={"X-Inbox-Token": theirs})
    assert answer.status_code == 200 and theirs not in answer.text
    assert answer["X-Inbox-Token"] != theirs


def test_past_its_slots_a_process_answers_a_wait_at_once_and_the_page_polls(
    held, served, agent_client, account, sla, monkeypatch
):
    token, seen = page_token(agent_client), generation()
    slots, taken = holds.slots(), threading.Semaphore(0)
    take = slots.take

    def counted() -> bool:
        if got := take():
            taken.release()
        return got

    monkeypatch.setattr(slots, "take", counted)
    url = f"/inbox/live/wait/?v={seen}&hold=1.5"
    first = [threading.Thread(target=wait, args=(served, agent_client, token, url)) for _ in "ab"]
    for thread in first:
        thread.start()
    # Both slots held (a fixed sleep was not always enough for two threads on a loaded machine).
    assert taken.acquire(timeout=5) and taken.acquire(timeout=5)
    status, headers, took = wait(served, agent_client, token, url)
    assert status == 204 and holds.HELD_HEADER not in headers and took < 1.0  # not its 1.5 s
    for thread in first:
        thread.join()
    status, headers, _ = wait(served, agent_client, token, f"/inbox/live/wait/?v={seen}&hold=0.2")
    assert headers[holds.HELD_HEADER] == "1"  # the slots are given back


def test_without_openline_serve_the_wait_is_not_held(served, agent_client, monkeypatch):
    monkeypatch.delenv(holds.HOLDS_ENV, raising=False)
    holds.forget()
    token, seen = page_token(agent_client), generation()
    status, headers, took = wait(served, agent_client, token, f"/inbox/live/wait/?v={seen}")
    assert status == 204 and holds.HELD_HEADER not in headers and took < 1.0


def test_one_read_a_pace_serves_every_waiter_of_a_process():
    reads, value = [0], [(7, 0)]

    def read():
        reads[0] += 1
        return value[0]

    watch = holds.ThreadWatch(read, every=0.02, linger=0.1)
    answers: list = []
    waiters = [
        threading.Thread(target=lambda: answers.append(watch.wait_past((7, 0), 5.0)))
        for _ in range(200)
    ]
    started = time.monotonic()
    for waiter in waiters:
        waiter.start()
    time.sleep(0.2)
    value[0] = (8, 0)
    for waiter in waiters:
        waiter.join()
    assert answers == [(8, 0)] * 200 and time.monotonic() - started < 1.5
    assert reads[0] < 40  # ~0.25 s at 20 ms a read, not one per waiter


def test_a_change_of_access_alone_wakes_the_waiters():
    value = [(7, 3)]
    watch = holds.ThreadWatch(lambda: value[0], every=0.02, linger=0.1)
    threading.Timer(0.2, lambda: value.__setitem__(0, (7, 4))).start()
    started = time.monotonic()
    assert watch.wait_past((7, 3), 5.0) == (7, 4) and time.monotonic() - started < 1.0


def test_a_reading_asked_since_a_moment_was_begun_after_it():
    value = [1]
    watch = holds.ThreadWatch(lambda: (value[0], 0), every=0.05, linger=0.1)
    assert watch.recent() == (1, 0)
    value[0] = 2
    assert watch.since(time.monotonic()) == (2, 0)  # never the reading from before


def test_the_waiters_outlast_a_database_restart():
    answers = iter([(3, 0), DatabaseError("restarting"), DatabaseError("restarting"), (4, 0)])

    def read():
        answer = next(answers, (4, 0))
        if isinstance(answer, Exception):
            raise answer
        return answer

    watch = holds.ThreadWatch(read, every=0.01, linger=0.1)
    assert watch.wait_past((3, 0), 10.0) == (4, 0)


def test_a_list_poll_is_decided_on_a_reading_begun_after_it_came(
    held, served, agent_client, account, sla, monkeypatch
):
    """Where waits are held a poll takes the process's watch's reading, never one from before
    it came: a reader signed out a moment ago is not sent the new list from an older one."""
    ingestion.ingest(account, item())
    token, seen = page_token(agent_client), generation()
    asked: list[float] = []
    since = held.since
    monkeypatch.setattr(held, "since", lambda moment, **kw: asked.append(moment) or since(moment))
    before = time.monotonic()
    status, _, _ = wait(served, agent_client, token, f"/inbox/live/?queue=all&v={seen}")
    assert status == 204 and asked and asked[0] >= before


def test_changes_close_together_wake_the_waiters_once_a_spacing_but_access_at_once():
    value = [(1, 0)]
    watch = holds.ThreadWatch(lambda: value[0], every=0.01, linger=0.5, spacing=0.6)
    assert watch.recent() == (1, 0)
    time.sleep(0.7)  # a quiet spell
    value[0] = (2, 0)
    started = time.monotonic()
    assert watch.wait_past((1, 0), 5.0) == (2, 0)  # the first change after a quiet spell
    assert time.monotonic() - started < 0.3
    value[0] = (3, 0)  # the worker's readings, a moment later
    woken = time.monotonic()
    assert watch.wait_past((2, 0), 5.0) == (3, 0)
    assert time.monotonic() - woken > 0.4  # once the spacing since the last wake-up is over
    threading.Timer(0.05, lambda: value.__setitem__(0, (3, 1))).start()  # someone lost access
    lost = time.monotonic()
    assert watch.wait_past((3, 0), 5.0) == (3, 1)
    assert time.monotonic() - lost < 0.3  # within the spacing all the same


def test_a_stopped_watch_reads_no_more_and_starts_again_when_asked():
    reads, value = [0], [(1, 0)]

    def read():
        reads[0] += 1
        return value[0]

    watch = holds.ThreadWatch(read, every=0.01, linger=30.0)
    assert watch.recent() == (1, 0)
    assert watch.stop(timeout=2.0)  # without waiting out its 30 s linger
    after = reads[0]
    time.sleep(0.1)
    assert reads[0] == after
    value[0] = (2, 0)
    assert watch.since(time.monotonic()) == (2, 0) and watch.linger == 30.0
    assert watch.stop(timeout=2.0)
