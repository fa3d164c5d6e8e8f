"""How long pages wait at the page gate when more arrive than it lets in (issue 19, core.lanes).

    PYTHONPATH=src .venv/bin/python bench/gate_order.py [--clients 8] [--work-ms 1] [--seconds 5]

One process, as a web process of `openline serve` under wrk: `--clients` threads each ask for a
page again as soon as the last one is answered (a closed loop, like wrk's connections on one
process), a page holds the GIL for `--work-ms` of pure Python inside the gate (1 page at a time),
and the answer's trip back and the next request's arrival are a 0.2 ms sleep. Prints the time
from arrival to answer (p50, p99, max) and the pages per second, for the gate as it was (a
`threading.BoundedSemaphore`) and for `lanes.PageGate` now. CPU-bound and in one process, so it
reads the order the gate admits waiting pages in, not the machine: with the semaphore a request
arriving just as the gate opens takes the place of the one woken for it, which queues again at
the back, so some pages wait many times their share.
"""

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from openline.core import lanes


def burn(seconds: float) -> None:
    end = time.thread_time() + seconds
    while time.thread_time() < end:
        pass


def run(gate: object, clients: int, work: float, seconds: float) -> tuple[list[float], float]:
    def page(environ, start_response):  # type: ignore[no-untyped-def]
        burn(work)
        return [b""]

    app = lanes.PageGate(page, 1)
    app.gate = gate  # type: ignore[assignment]
    waits: list[float] = []
    stop = time.monotonic() + seconds

    def client() -> None:
        while time.monotonic() < stop:
            asked = time.perf_counter()
            list(app({}, lambda status, headers: None))
            waits.append(time.perf_counter() - asked)
            time.sleep(0.0002)

    threads = [threading.Thread(target=client) for _ in range(clients)]
    started = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return waits, len(waits) / (time.monotonic() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=8)
    parser.add_argument("--work-ms", type=float, default=1.0)
    parser.add_argument("--seconds", type=float, default=5.0)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    with open("/proc/loadavg") as f:
        print(f"# {args.clients} clients, {args.work_ms} ms per page, load {f.read().split()[0]}")
    for round_ in range(args.rounds):
        for name, gate in (
            ("semaphore (before)", threading.BoundedSemaphore(1)),
            ("PageGate (now)", lanes.PageGate(lambda e, s: [], 1).gate),
        ):
            waits, rate = run(gate, args.clients, args.work_ms / 1e3, args.seconds)
            ordered = sorted(waits)
            print(
                f"{round_ + 1} {name:20} {rate:6.0f} pages/s  "
                f"p50 {statistics.median(waits) * 1e3:6.1f} ms  "
                f"p99 {ordered[int(0.99 * len(ordered))] * 1e3:6.1f} ms  "
                f"max {ordered[-1] * 1e3:6.1f} ms",
                flush=True,
            )


if __name__ == "__main__":
    main()
