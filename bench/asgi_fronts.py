"""Server CPU per request through each way `openline serve` can run the pages (issue 19):
Granian's WSGI interface (the default), the home-made ASGI front of `--held-waits`
(openline.core.asgi) and the same front built on a2wsgi (bench/a2wsgi_front.py).

    OPENLINE_DATA_DIR=<a migrated data dir> SECRET_KEY=x PYTHONPATH=src:. \\
        .venv/bin/python bench/asgi_fronts.py [--port 9440] [--rounds 2] [--path /robots.txt]

One Granian worker, one page thread, `wrk -t1 -c8 -d10s` on the path; the CPU time of the
server's processes (/proc, the whole process group) over the wrk run divided by the requests
served. The fronts are taken in turn, `--rounds` times, so the machine's load moves over all.
"""

import argparse
import os
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
from live_inboxes import group_cpu

FRONTS = {
    "Granian WSGI": ["--interface", "wsgi", "config.wsgi:application", "--blocking-threads", "1"],
    "ASGI front (core.asgi)": ["--interface", "asgi", "config.asgi:application"],
    "a2wsgi front": ["--interface", "asgi", "bench.a2wsgi_front:application"],
}


def measure(front: list[str], port: int, path: str) -> tuple[float, float]:
    granian = str(Path(sys.executable).with_name("granian"))
    argv = [granian, *front, "--host", "127.0.0.1", "--port", str(port), "--workers", "1",
            "--no-ws"]  # fmt: skip
    env = {**os.environ, "OPENLINE_SERVE_THREADS": "1"}
    server = subprocess.Popen(
        argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True
    )
    try:
        for _ in range(200):
            try:
                if httpx.get(f"http://127.0.0.1:{port}/robots.txt", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        url = f"http://127.0.0.1:{port}{path}"
        subprocess.run(["wrk", "-t1", "-c4", "-d3s", url], check=True, capture_output=True)
        before = group_cpu(server.pid)
        out = subprocess.run(
            ["wrk", "-t1", "-c8", "-d10s", url], check=True, capture_output=True, text=True
        ).stdout
        used = group_cpu(server.pid) - before
        count = int(re.search(r"(\d+) requests in", out).group(1))
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
        return used / count * 1e6, rate
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=8)
        except subprocess.TimeoutExpired:  # the a2wsgi front does not stop on SIGTERM
            os.killpg(server.pid, signal.SIGKILL)
            server.wait(timeout=8)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--port", type=int, default=9440)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--path", default="/robots.txt")
    args = parser.parse_args()
    for round_ in range(args.rounds):
        for name, front in FRONTS.items():
            us, rate = measure(front, args.port, args.path)
            load = os.getloadavg()[0]
            print(f"round {round_ + 1} {name:24} {us:6.0f} µs/request  {rate:7,.0f} req/s  "
                  f"load {load:.1f}", flush=True)  # fmt: skip


if __name__ == "__main__":
    main()
