"""How many pages overtake a page waiting at the page gate, inside `openline serve`'s processes
(issue 19, core.lanes). Counted in pages, not milliseconds, so a loaded machine does not move it.

    export OPENLINE_DATA_DIR=… SECRET_KEY=x
    PYTHONPATH=src .venv/bin/python bench/gate_overtakes.py /t/<id>/<slug>/ SESSION \\
        [--gate semaphore]

Starts Granian exactly as `openline serve --no-worker --no-smtpd` does (its argv and environment: 2
processes, 1 page thread and the lane's 8 beside it), with `config.wsgi`'s application whose page
gate counts, for every page, how many pages that arrived after it entered Django before it (0 for
every page when the gate admits them in order, but for the instant between a page taking its number
and joining the gate's queue, where a thread can lose the GIL), runs wrk on the path, then prints
the distribution. `--gate semaphore` puts back the `threading.BoundedSemaphore` the gate was before
signedin-v5, to compare in the same minute. The page's wait is about (pages ahead of it when it
came + pages that overtook it) times a page's time, so overtakes are what the tail adds beyond the
queue.
"""

import argparse
import json
import os
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

COUNTS_ENV = "OPENLINE_BENCH_OVERTAKES"  # the file each process appends its counts to
KIND_ENV = "OPENLINE_BENCH_GATE"


class Counting:
    """A gate (FairGate or a semaphore) that counts, per page, the later arrivals entering first."""

    def __init__(self, gate: object, out: Path) -> None:
        self.gate = gate
        self.lock = threading.Lock()
        self.arrived = 0
        self.waiting: dict[int, int] = {}  # ticket -> overtakes so far
        self.counts: list[int] = []
        self.out = out
        self.local = threading.local()

    def __enter__(self) -> None:
        with self.lock:
            ticket = self.arrived
            self.arrived += 1
            self.waiting[ticket] = 0
        self.gate.__enter__()  # type: ignore[attr-defined]
        with self.lock:
            overtakes = self.waiting.pop(ticket)
            for older in self.waiting:
                if older < ticket:
                    self.waiting[older] += 1
            self.counts.append(overtakes)
            if len(self.counts) >= 200:
                with self.out.open("a") as f:
                    f.write(json.dumps(self.counts) + "\n")
                self.counts = []

    def __exit__(self, *exc: object) -> None:
        self.gate.__exit__(*exc)  # type: ignore[attr-defined]


def application():  # type: ignore[no-untyped-def]
    """config.wsgi's application with its page gate counted (imported by Granian)."""
    from config import wsgi

    gated = wsgi.application.app.app  # SettledAfter(LiveFastPath(PageGate(django)))
    if os.environ.get(KIND_ENV) == "semaphore":
        gated.gate = threading.BoundedSemaphore(1)
    gated.gate = Counting(gated.gate, Path(os.environ[COUNTS_ENV]))
    return wsgi.application


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("session")
    parser.add_argument("--gate", choices=["fair", "semaphore"], default="fair")
    parser.add_argument("--duration", type=int, default=8)
    parser.add_argument("--port", type=int, default=18150)
    args = parser.parse_args()
    bench = Path(__file__).resolve().parent
    sys.path.insert(0, str(bench.parent / "src"))
    out = Path(tempfile.gettempdir()) / f"gate-overtakes-{os.getpid()}.jsonl"
    out.unlink(missing_ok=True)
    env = dict(
        os.environ,
        PYTHONPATH=f"{bench}:{os.environ.get('PYTHONPATH', 'src')}",
        OPENLINE_SERVE_THREADS="1",  # what `openline serve` sets (core.lanes)
        OPENLINE_SERVE_LANE="8",
        OPENLINE_SITE_URL=f"http://127.0.0.1:{args.port}",
        **{COUNTS_ENV: str(out), KIND_ENV: args.gate},
    )
    granian = str(Path(sys.executable).with_name("granian"))
    argv = [granian, "--interface", "wsgi", "--factory", "gate_overtakes:application"]
    argv += ["--host", "127.0.0.1", "--port", str(args.port), "--workers", "2", "--no-ws"]
    argv += ["--blocking-threads", "9"]
    server = subprocess.Popen(argv, env=env, start_new_session=True, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{args.port}"
    try:
        for _ in range(300):
            try:
                urllib.request.urlopen(base + "/robots.txt", timeout=2).read()  # noqa: S310
                break
            except OSError:
                time.sleep(0.2)
        cookie = f"Cookie: sessionid={args.session}"
        load = Path("/proc/loadavg").read_text().split()[0]
        wrk = ["wrk", "-t2", "-c16", f"-d{args.duration}s", "--latency", "-H", cookie]
        result = subprocess.run([*wrk, base + args.path], capture_output=True, text=True)
        lines = [line.strip() for line in result.stdout.splitlines()]
        summary = [x for x in lines if x.startswith(("99%", "Requests/sec"))]
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
    counts = sorted(n for line in out.read_text().splitlines() for n in json.loads(line))
    out.unlink()
    pick = lambda q: counts[min(len(counts) - 1, int(q * len(counts)))]  # noqa: E731
    print(
        f"gate {args.gate:9} load {load:>5}  {len(counts)} pages  overtaken: "
        f"{sum(1 for n in counts if n) / len(counts):6.1%} of pages, p50 {pick(0.5)}, "
        f"p90 {pick(0.9)}, p99 {pick(0.99)}, max {counts[-1]}  | wrk {' '.join(summary)}"
    )


if __name__ == "__main__":
    main()
