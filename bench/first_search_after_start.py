"""How long the first search takes after `openline serve` starts, and how soon it is ready.

    export SECRET_KEY=x OPENLINE_DATA_DIR=/tmp/demo-data  # seeded: `openline demo --no-serve`
    .venv/bin/python bench/first_search_after_start.py --port 18250 --rounds 5 \\
        --against OPENLINE_WARM_MODELS=off

Each round starts `openline serve --workers 1 --no-worker --no-smtpd` (one process, so the first
search is that process's first), polls `/robots.txt` until it answers (ready: the time from the
start), waits `--pause` seconds (a person's first search comes a little after the server is up),
signs in as the demo's `admin`, then times `/search/?q=…` twice and `/staff/superusers/` (whose
candidates' tone guidance reads) twice, reads the resident memory of the server's processes
before the first search and after the last page, and stops the server. `--against NAME=VALUE`
runs each round a second time with that setting (e.g. OPENLINE_WARM_MODELS=off: the model loaded
on first use), the two alternating so that the machine's load moves both alike.
"""

import argparse
import http.cookiejar
import os
import re
import signal
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
QUERY = "/search/?q=dishwasher+leaking+water"
STAFF_PAGE = "/staff/superusers/"  # the super-user candidates: their tone read by guidance
DEMO_PASSWORD = "openline-demo"  # noqa: S105 - the demo's published sign-in


def fetch(url: str, opener: urllib.request.OpenerDirector | None = None) -> float:
    started = time.perf_counter()
    with (opener or urllib.request.build_opener()).open(url, timeout=60) as response:
        response.read()
    return time.perf_counter() - started


def signed_in(base: str, username: str) -> urllib.request.OpenerDirector:
    """An opener with the session of `username` (the demo's password)."""
    opener = urllib.request.build_opener(
        urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar())
    )
    with opener.open(f"{base}/accounts/signin/", timeout=60) as response:
        page = response.read().decode()
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    assert token is not None
    data = urllib.parse.urlencode(
        {"csrfmiddlewaretoken": token[1], "username": username, "password": DEMO_PASSWORD}
    ).encode()
    request = urllib.request.Request(f"{base}/accounts/signin/", data=data)  # noqa: S310
    request.add_header("Referer", f"{base}/accounts/signin/")
    with opener.open(request, timeout=60) as response:
        response.read()
    return opener


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
        admin = signed_in(base, "admin")
        time.sleep(pause)
        before = group_rss_mb(server.pid)
        first = fetch(base + QUERY)
        second = fetch(base + QUERY)
        staff = fetch(base + STAFF_PAGE, admin)
        staff_again = fetch(base + STAFF_PAGE, admin)
        after = group_rss_mb(server.pid)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait()
    return ready, first, second, staff, staff_again, before, after


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
        f"{'round':>5} {'setting':>28} {'ready s':>8} {'search 1 ms':>12} {'search 2 ms':>12} "
        f"{'staff 1 ms':>11} {'staff 2 ms':>11} {'RSS before MB':>14} {'RSS after MB':>13}"
    )
    for n in range(args.rounds):
        for name, env in configs.items():
            ready, *times, before, after = one_round(args.port, args.pause, env)
            shown = " ".join(f"{t * 1000:11.0f}" for t in times)
            print(f"{n + 1:>5} {name:>28} {ready:8.2f} {shown} {before:14.0f} {after:13.0f}")


if __name__ == "__main__":
    main()
