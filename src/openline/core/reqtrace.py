"""Where a web process's time goes, request by request (issue 19: the stalls under page load).

Off unless OPENLINE_REQUEST_TRACE names a directory (bench/live_inboxes.py --trace sets it).
Each process then writes `<pid>.jsonl` there with one line per request that took over
TRACE_MS: when it entered and left the process, its thread's CPU time, the time it waited at
the page gate, in database statements (and the slowest statement), and a line per garbage
collection over 5 ms; a sampler thread also writes, every 100 ms, how late its 10 ms sleep
woke (the GIL or the CPU withheld), the process's run-queue wait from /proc/self/schedstat
and /proc/loadavg. CPU time that barely moves while wall time grows is a wait: for the CPU
(run-queue wait grows), for the GIL (sleepers wake late, run-queue wait does not), or for a
lock (neither)."""

import gc
import json
import os
import threading
import time
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

TRACE_ENV = "OPENLINE_REQUEST_TRACE"
TRACE_MS = float(os.environ.get("OPENLINE_REQUEST_TRACE_MS", "100"))
GATE_KEY = "openline.trace.gate"
WSGIApp = Callable[[dict[str, Any], Callable[..., Any]], Iterable[bytes]]

_local = threading.local()
_lock = threading.Lock()
_out: list[Any] = []


def _write(record: dict[str, Any]) -> None:
    line = json.dumps(record) + "\n"
    with _lock:
        if _out:
            _out[0].write(line)


def _schedstat() -> tuple[float, float]:
    """(CPU seconds run, seconds waited on a run queue) of all this process's threads."""
    run = wait = 0
    for task in Path("/proc/self/task").iterdir():
        try:
            fields = (task / "schedstat").read_text().split()
        except OSError:
            continue
        run += int(fields[0])
        wait += int(fields[1])
    return run / 1e9, wait / 1e9


def _sampler() -> None:
    last = _schedstat()
    while True:
        asked = time.monotonic()
        time.sleep(0.01)
        late = time.monotonic() - asked - 0.01
        now = _schedstat()
        _write(
            {
                "k": "s",
                "t": time.monotonic(),
                "late": round(late * 1000, 1),
                "run": round((now[0] - last[0]) * 1000, 1),
                "rq": round((now[1] - last[1]) * 1000, 1),
                "load": Path("/proc/loadavg").read_text().split()[0],
            }
        )
        last = now
        time.sleep(0.09)


_gc_started = [0.0]


def _gc(phase: str, info: dict[str, Any]) -> None:
    if phase == "start":
        _gc_started[0] = time.perf_counter()
        return
    took = time.perf_counter() - _gc_started[0]
    if took > 0.005:
        _write(
            {
                "k": "gc",
                "t": time.monotonic(),
                "ms": round(took * 1000, 1),
                "gen": info.get("generation"),
                "n": info.get("collected"),
            }
        )


def _statement(execute: Any, sql: str, params: Any, many: bool, context: Any) -> Any:
    started = time.perf_counter()
    try:
        return execute(sql, params, many, context)
    finally:
        took = time.perf_counter() - started
        _local.db = getattr(_local, "db", 0.0) + took
        _local.n = getattr(_local, "n", 0) + 1
        if took > getattr(_local, "worst", (0.0, ""))[0]:
            _local.worst = (took, sql[:120])


class Traced:
    """Around the whole application: one record per slow request."""

    def __init__(self, app: WSGIApp) -> None:
        self.app = app

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        entered, cpu = time.monotonic(), time.thread_time()
        _local.db, _local.n, _local.worst = 0.0, 0, (0.0, "")
        try:
            return self.app(environ, start_response)
        finally:
            left = time.monotonic()
            if (left - entered) * 1000 >= TRACE_MS:
                _write(
                    {
                        "k": "r",
                        "t": entered,
                        "ms": round((left - entered) * 1000, 1),
                        "cpu": round((time.thread_time() - cpu) * 1000, 1),
                        "gate": round(environ.get(GATE_KEY, 0.0) * 1000, 1),
                        "db": round(_local.db * 1000, 1),
                        "q": _local.n,
                        "worst": [round(_local.worst[0] * 1000, 1), _local.worst[1]],
                        "path": environ.get("PATH_INFO", ""),
                        "poll": "HTTP_X_INBOX_TOKEN" in environ,
                        "gen": (environ.get("openline.inbox.counters") or [None])[0],
                        "thread": threading.get_ident() % 10000,
                    }
                )


class InDjango:
    """Inside the page gate: records how long the request waited at it, and times statements."""

    def __init__(self, app: WSGIApp, entered_key: str) -> None:
        self.app = app
        self.entered_key = entered_key

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        from django.db import connection

        at = environ.get(self.entered_key)
        if at is not None:
            environ[GATE_KEY] = time.monotonic() - at
        with connection.execute_wrapper(_statement):
            return self.app(environ, start_response)


class AtGate:
    def __init__(self, app: WSGIApp, entered_key: str) -> None:
        self.app = app
        self.entered_key = entered_key

    def __call__(
        self, environ: dict[str, Any], start_response: Callable[..., Any]
    ) -> Iterable[bytes]:
        environ[self.entered_key] = time.monotonic()
        return self.app(environ, start_response)


def enabled() -> bool:
    return bool(os.environ.get(TRACE_ENV))


def start() -> None:
    folder = Path(os.environ[TRACE_ENV])
    folder.mkdir(parents=True, exist_ok=True)
    _out.append((folder / f"{os.getpid()}.jsonl").open("a", buffering=1))
    gc.callbacks.append(_gc)
    threading.Thread(target=_sampler, daemon=True, name="reqtrace").start()
