"""Where a web process's time goes (core.reqtrace, issue 19): a slow request is written down with
the time it waited at the page gate and its thread's CPU time, so that a wait (for the gate, a
lock, the CPU) shows as wall time that CPU time does not explain; a fast request is not."""

import io
import json
import threading
import time

import pytest

from openline.core import lanes, reqtrace


@pytest.fixture
def written(monkeypatch):
    out = io.StringIO()
    monkeypatch.setattr(reqtrace, "_out", [out])
    return lambda: [json.loads(line) for line in out.getvalue().splitlines()]


def traced(page):
    entered = "test.trace.at"
    gated = lanes.PageGate(reqtrace.InDjango(page, entered), 1)
    return reqtrace.Traced(reqtrace.AtGate(gated, entered))


def call(app, path="/inbox/"):
    environ = {"PATH_INFO": path, "REQUEST_METHOD": "GET"}
    return b"".join(app(environ, lambda status, headers: None))


@pytest.mark.django_db
def test_a_request_held_at_the_gate_is_written_down_with_its_wait_and_little_cpu(written):
    inside, release = threading.Event(), threading.Event()

    def page(environ, start_response):
        if environ["PATH_INFO"] == "/slow/":
            inside.set()
            release.wait(5)
        start_response("200 OK", [])
        return [b"page"]

    app = traced(page)
    slow = threading.Thread(target=call, args=(app, "/slow/"))
    slow.start()
    assert inside.wait(5)
    threading.Timer(0.3, release.set).start()
    assert call(app, "/inbox/") == b"page"  # waited at the gate for /slow/
    slow.join(5)
    records = {r["path"]: r for r in written() if r["k"] == "r"}
    assert records["/inbox/"]["gate"] >= 200 and records["/inbox/"]["ms"] >= 200
    assert records["/inbox/"]["cpu"] < 100  # a wait, not work
    assert records["/slow/"]["gate"] < 100 and records["/slow/"]["ms"] >= 200


def test_a_fast_request_is_not_written_down(written, monkeypatch):
    def page(environ, start_response):
        start_response("200 OK", [])
        return [b"fast"]

    # A threshold a loaded machine cannot reach by chance: the test is about what stays under it.
    monkeypatch.setattr(reqtrace, "TRACE_MS", 2000.0)
    started = time.monotonic()
    assert call(traced(page), "/robots.txt") == b"fast"
    assert time.monotonic() - started < reqtrace.TRACE_MS / 1000
    assert written() == []
