"""Pages on `openline serve --threads` threads, short answers on the threads beside them
(core.lanes): the gate lets that many requests into Django at once and holds the rest."""

import threading
import time

import pytest

from openline.core import lanes


class Page:
    """A WSGI application whose requests stay inside until the test lets them go."""

    def __init__(self) -> None:
        self.inside = 0
        self.most = 0
        self.entered = threading.Semaphore(0)
        self.release = threading.Event()
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self.lock:
            self.inside += 1
            self.most = max(self.most, self.inside)
        self.entered.release()
        self.release.wait(5)
        with self.lock:
            self.inside -= 1
        start_response("200 OK", [])
        return [b"page"]


def request(app) -> threading.Thread:
    thread = threading.Thread(target=lambda: list(app({}, lambda status, headers: None)))
    thread.start()
    return thread


def test_the_gate_lets_as_many_pages_in_as_there_are_page_threads_and_holds_the_rest():
    page = Page()
    gated = lanes.PageGate(page, 2)
    threads = [request(gated) for _ in range(4)]
    assert page.entered.acquire(timeout=5) and page.entered.acquire(timeout=5)
    assert not page.entered.acquire(timeout=0.2)  # the third waits at the gate
    page.release.set()
    for thread in threads:
        thread.join(5)
    assert page.most == 2
    assert page.inside == 0


def test_without_a_gate_every_request_goes_in():
    page = Page()
    threads = [request(lanes.PageGate(page, None)) for _ in range(3)]
    assert all(page.entered.acquire(timeout=5) for _ in threads)
    page.release.set()
    for thread in threads:
        thread.join(5)
    assert page.most == 3


@pytest.mark.parametrize(
    ("threads", "lane", "gate"),
    [
        (None, None, None),  # not under `openline serve`: the server chooses its threads
        ("1", "8", 1),
        ("4", "8", 4),
        ("2", "0", None),  # the lane turned off: every thread runs pages, as before
    ],
)
def test_the_gate_follows_what_openline_serve_set(monkeypatch, threads, lane, gate):
    for name, value in ((lanes.THREADS_ENV, threads), (lanes.LANE_ENV, lane)):
        if value is None:
            monkeypatch.delenv(name, raising=False)
        else:
            monkeypatch.setenv(name, value)
    assert lanes.page_gate() == gate


def test_an_urgent_request_enters_before_the_pages_waiting_at_the_gate():
    entered: list[str] = []
    first_inside, let_first_go = threading.Event(), threading.Event()

    def app(environ, start_response):
        entered.append(environ["name"])
        if environ["name"] == "first":
            first_inside.set()
            let_first_go.wait(5)
        start_response("200 OK", [])
        return [b""]

    gated = lanes.PageGate(app, 1)

    def call(name, **extra):
        thread = threading.Thread(
            target=lambda: list(gated({"name": name, **extra}, lambda status, headers: None))
        )
        thread.start()
        return thread

    threads = [call("first")]
    assert first_inside.wait(5)
    threads += [call("page"), call("another page")]
    time.sleep(0.1)  # both wait at the gate
    threads.append(call("urgent", **{lanes.URGENT_KEY: True}))
    time.sleep(0.1)
    let_first_go.set()
    for thread in threads:
        thread.join(5)
    assert entered[:2] == ["first", "urgent"]
    assert sorted(entered[2:]) == ["another page", "page"]
