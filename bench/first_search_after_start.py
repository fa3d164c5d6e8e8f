"""How long the first search takes after `openline serve` starts, and how soon the server is ready.

    export SECRET_KEY=x OPENLINE_DATA_DIR=/tmp/demo-data   # a seeded demo (`openline demo --no-serve`)
    .venv/bin/python bench/first_search_after_start.py --port 18250 --rounds 3 [--env NAME=VALUE]

Each round starts `openline serve --workers 1 --no-worker --no-smtpd` (one process, so the first
search is that process's first), polls `/robots.txt` until it answers (ready: the time from the
start), waits `--pause` seconds (a person's first search comes a little after the server is up),
then times `/search/?q=…` twice (first and second) and stops the server. `--env` sets what the
server reads, e.g. OPENLINE_WARM_MODELS=off to compare with the models loaded on first use.
"""

import argparse
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERY = "/search/?q=dishwasher+leaking+water"


def fetch(url: str) -> float:
    started = time.perf_counter()
    with urllib.request.urlopen(url, timeout=60) as response:  # noqa: S310 - our own server
        response.read()
    return time.perf_counter() - started


def one_round(port: int, pause: float, env: dict[str, str]) -> tuple[float, float, float]:
    base = f"http://127.0.0.1:{port}"
    openline = str(Path(sys.executable).with_name("openline"))
    started = time.perf_counter()
    server = subprocess.Popen(  # noqa: S603 - our own command
        [openline, "serve", "--port", str(port), "--workers", "1", "--no-worker", "--no-smtpd"],
        env={**os.environ, "PYTHONPATH": str(ROOT / "src"), **env},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        while True:
            try:
                fetch(f"{base}/robots.txt")
                break
            except OSError:
                time.sleep(0.05)
        ready = time.perf_counter() - started
        time.sleep(pause)
        first = fetch(base + QUERY)
        second = fetch(base + QUERY)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()
    return ready, first, second


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=18250)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pause", type=float, default=3.0)
    parser.add_argument("--env", action="append", default=[])
    args = parser.parse_args()
    env = dict(item.split("=", 1) for item in args.env)
    print(f"{'round':>5} {'ready s':>8} {'first ms':>9} {'second ms':>10}")
    for n in range(args.rounds):
        ready, first, second = one_round(args.port, args.pause, env)
        print(f"{n + 1:>5} {ready:8.2f} {first * 1000:9.0f} {second * 1000:10.0f}")


if __name__ == "__main__":
    main()
