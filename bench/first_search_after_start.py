"""How long the first search takes after `openline serve` starts, and how soon it is ready.

    export SECRET_KEY=x OPENLINE_DATA_DIR=/tmp/demo-data  # seeded: `openline demo --no-serve`
    .venv/bin/python bench/first_search_after_start.py --port 18250 --rounds 5 \\
        --against OPENLINE_WARM_MODELS=off

Each round starts `openline serve --workers 1 --no-worker --no-smtpd` (one process, so the first
search is that process's first), polls `/robots.txt` until it answers (ready: the time from the
start), waits `--pause` seconds (a person's first search comes a little after the server is up),
then times `/search/?q=…` twice (first and second), reads the resident memory of the server's
processes before the first search and after the second, and stops the server. `--against NAME=VALUE`
runs each round a second time with that setting (e.g. OPENLINE_WARM_MODELS=off: the model loaded
on first use), the two alternating so that the machine's load moves both alike.
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


def group_rss_mb(group: int) -> float:
    """The resident memory of every process of the server's process group, in MB."""
    total = 0
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if os.getpgid(int(entry.name)) != group:
                continue
            status = (entry / "status").read_text()
        except (OSError, ProcessLookupError):
            continue
        for line in status.splitlines():
            if line.startswith("VmRSS:"):
                total += int(line.split()[1])
    return total / 1024


def one_round(port: int, pause: float, env: dict[str, str]) -> tuple[float, ...]:
    base = f"http://127.0.0.1:{port}"
    openline = str(Path(sys.executable).with_name("openline"))
    started = time.perf_counter()
    server = subprocess.Popen(
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
        before = group_rss_mb(server.pid)
        first = fetch(base + QUERY)
        second = fetch(base + QUERY)
        after = group_rss_mb(server.pid)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()
    return ready, first, second, before, after


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=18250)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--pause", type=float, default=3.0)
    parser.add_argument("--against", action="append", default=[])
    args = parser.parse_args()
    configs = {"default": {}}
    if args.against:
        configs[",".join(args.against)] = dict(item.split("=", 1) for item in args.against)
    print(
        f"{'round':>5} {'setting':>28} {'ready s':>8} {'first ms':>9} {'second ms':>10} "
        f"{'RSS before MB':>14} {'RSS after MB':>13}"
    )
    for n in range(args.rounds):
        for name, env in configs.items():
            ready, first, second, before, after = one_round(args.port, args.pause, env)
            print(
                f"{n + 1:>5} {name:>28} {ready:8.2f} {first * 1000:9.0f} {second * 1000:10.0f} "
                f"{before:14.0f} {after:13.0f}"
            )


if __name__ == "__main__":
    main()
