"""Pages on `openline serve --threads` threads, short answers on the threads beside them
(core.lanes): the gate lets that many requests into Django at once and holds the rest."""

import threading

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


def test_an_urgent_request_does_not_wait_for_the_pages_at_the_gate():
    page = Page()
    gated = lanes.PageGate(page, 1)
    threads = [request(gated), request(gated)]
    assert page.entered.acquire(timeout=5)
    assert not page.entered.acquire(timeout=0.2)  # the second page waits at the gate
    urgent = threading.Thread(
        target=lambda: list(gated({lanes.URGENT_KEY: True}, lambda status, headers: None))
    )
    urgent.start()
    assert page.entered.acquire(timeout=5)  # in beside the page in progress
    page.release.set()
    for thread in [*threads, urgent]:
        thread.join(5)
    assert page.most == 2


def test_a_webhook_goes_past_the_gate_while_the_pages_hold_it_but_a_page_does_not():
    page = Page()
    gated = lanes.PageGate(page, 1, beside=("/hooks/",))
    call = lambda path: threading.Thread(  # noqa: E731
        target=lambda: list(gated({"PATH_INFO": path}, lambda status, headers: None))
    )
    first, hook, other = call("/inbox/"), call("/hooks/3/"), call("/hooksmith/")
    first.start()
    assert page.entered.acquire(timeout=5)
    hook.start()
    assert page.entered.acquire(timeout=5)  # beside the page in progress
    other.start()
    assert not page.entered.acquire(timeout=0.2)  # a page that merely looks alike waits
    page.release.set()
    for thread in (first, hook, other):
        thread.join(5)
    assert page.most == 2


def test_a_page_given_back_goes_to_the_longest_waiter_not_to_whoever_asks_next():
    gate = lanes.PageGate(Page(), 1).gate
    assert gate is not None
    gate.acquire()
    entered = threading.Event()

    def waiter() -> None:
        with gate:
            entered.set()

    thread = threading.Thread(target=waiter)
    thread.start()
    assert not entered.wait(0.2)  # waiting for the page in progress
    gate.release()
    # Asked at once, before the waiter could wake: a semaphore would hand the slot over here.
    assert not gate.acquire(blocking=False)
    assert entered.wait(5)
    thread.join(5)
    assert gate.acquire(blocking=False)  # free again once the waiter has left


def test_waiting_pages_enter_in_the_order_they_came():
    gate = lanes.PageGate(Page(), 1).gate
    assert gate is not None
    gate.acquire()
    order: list[int] = []

    def waiter(n: int) -> None:
        with gate:
            order.append(n)

    threads = []
    for n in range(6):
        threads.append(threading.Thread(target=waiter, args=(n,)))
        threads[-1].start()
        threading.Event().wait(0.05)  # each is waiting before the next comes
    gate.release()
    for thread in threads:
        thread.join(5)
    assert order == list(range(6))


class Recorded:
    """A WSGI application that notes the thread each request ran on and where it was closed."""

    def __init__(self, streaming: bool = False) -> None:
        self.threads: set[str] = set()
        self.closed_on: list[str] = []
        self.streaming = streaming
        self.lock = threading.Lock()

    def __call__(self, environ, start_response):
        with self.lock:
            self.threads.add(threading.current_thread().name)
        start_response("200 OK", [("Content-Type", "text/plain")])
        app = self

        class Body:
            streaming = app.streaming

            def __iter__(self):
                return iter([b"pa", b"ge"])

            def close(self):
                app.closed_on.append(threading.current_thread().name)

        return Body()


def test_with_held_waits_django_runs_on_a_few_threads_of_its_own_whatever_calls_it():
    app = Recorded()
    gated = lanes.PageGate(app, 1, beside=("/hooks/",), own_threads=True)
    answers: list = []

    def call(path):
        said = []
        body = gated({"PATH_INFO": path}, lambda status, headers: said.append(status))
        answers.append((said, b"".join(body)))

    callers = [threading.Thread(target=call, args=(p,)) for p in ["/inbox/", "/hooks/1/"] * 40]
    for caller in callers:
        caller.start()
    for caller in callers:
        caller.join(5)
    assert answers == [(["200 OK"], b"page")] * 80
    caller_threads = {caller.name for caller in callers}
    assert app.threads and not app.threads & caller_threads  # never on the server's threads
    assert len(app.threads) <= 1 + lanes.LANE_THREADS
    assert set(app.closed_on) <= app.threads  # request_finished where the request ran


def test_with_held_waits_pages_still_enter_one_at_a_time():
    page = Page()
    gated = lanes.PageGate(page, 1, own_threads=True)
    threads = [request(gated), request(gated)]
    assert page.entered.acquire(timeout=5)
    assert not page.entered.acquire(timeout=0.2)  # the second page waits its turn
    page.release.set()
    for thread in threads:
        thread.join(5)
    assert page.most == 1


def test_with_held_waits_a_streamed_answer_is_sent_from_the_servers_thread():
    app = Recorded(streaming=True)
    gated = lanes.PageGate(app, 1, own_threads=True)
    body = gated({"PATH_INFO": "/static/x.js"}, lambda status, headers: None)
    assert b"".join(body) == b"page"
    body.close()
    assert app.closed_on == [threading.current_thread().name]
