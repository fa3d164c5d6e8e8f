"""The server's CPU per request and wrk's latency, for one or more checkouts in turn (issue 19).

    export SECRET_KEY=x
    .venv/bin/python bench/serve_cpu.py --tree main=src:/tmp/data-new:SESSION \\
        --tree old=/tmp/old/src:/tmp/data-old:SESSION2 /t/<id>/<slug>/ --rounds 3 --duration 5

Each round starts `openline serve --no-worker --no-smtpd` from each tree in turn (on its own
data directory, signed in with its session key), warms it, runs `wrk -t2 -c16` on the path, and
reads the CPU time (user + system, all threads) of every process of the server from /proc before
and after: CPU per request is that difference over the requests wrk counted. It does not move
with the machine's load the way req/s and p99 do, so a change of the server's own work (a
thread handing requests to another, a collection, a wrapper) shows in it even on a busy
machine. `--env NAME=VALUE` (per tree: `--tree name=src:data:session:NAME=VALUE,…`) sets what
`openline serve` reads, so its defaults can be compared with one setting changed.
"""

import argparse
import os
import re
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

CLK_TCK = os.sysconf("SC_CLK_TCK")
ROOT = Path(__file__).resolve().parents[1]


def tree_pids(root: int) -> list[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    found, todo = [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(children.get(pid, []))
    return found


def cpu_seconds(pids: list[int]) -> float:
    total = 0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime, stime
    return total / CLK_TCK


def wait_up(url: str) -> None:
    for _ in range(300):
        try:
            urllib.request.urlopen(url, timeout=2).read()  # noqa: S310 - our own local server
            return
        except OSError:
            time.sleep(0.2)
    raise SystemExit(f"{url} never answered")


def parse_ms(text: str) -> float:
    value = float(re.match(r"[\d.]+", text).group())  # type: ignore[union-attr]
    return value * {"us": 1e-3, "ms": 1, "s": 1e3}[re.sub(r"[\d.]+", "", text)]


def one(name: str, spec: str, args: argparse.Namespace, port: int) -> str:
    src, data, session, *extra = spec.split(":")
    env = dict(os.environ, PYTHONPATH=src, OPENLINE_DATA_DIR=data)
    env["OPENLINE_SITE_URL"] = f"http://127.0.0.1:{port}"
    for pair in [p for p in (extra[0].split(",") if extra else []) if p]:
        key, _, value = pair.partition("=")
        env[key] = value
    openline = str(Path(sys.executable).with_name("openline"))
    nice = ["nice", "-n", str(args.nice)] if args.nice else []
    server = subprocess.Popen(
        [*nice, openline, "serve", "--port", str(port), "--no-worker", "--no-smtpd"],
        env=env,
        cwd=str(Path(src).resolve().parent),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        base = f"http://127.0.0.1:{port}"
        wait_up(base + "/robots.txt")
        cookie = {"Cookie": f"sessionid={session}"}
        warm = urllib.request.Request(base + args.path, headers=cookie)  # noqa: S310 - http only
        for _ in range(20):
            urllib.request.urlopen(warm, timeout=10).read()  # noqa: S310 - http only
        pids = tree_pids(server.pid)
        load = open("/proc/loadavg").read().split()[0]  # noqa: SIM115
        before = cpu_seconds(pids)
        out = subprocess.run(
            [
                *nice,
                "wrk",
                "-t2",
                f"-c{args.connections}",
                f"-d{args.duration}s",
                "--latency",
                "-H",
                f"Cookie: sessionid={session}",
                base + args.path,
            ],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        used = cpu_seconds(pids) - before
        requests = int(re.search(r"(\d+) requests in", out).group(1))  # type: ignore[union-attr]
        rate = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))  # type: ignore[union-attr]
        lat = dict(re.findall(r"^\s+(50|90|99)%\s+(\S+)", out, re.M))
        bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        return (
            f"{name:14} load {load:>5}  {rate:8.0f} req/s  p50 {parse_ms(lat['50']):6.1f} ms  "
            f"p90 {parse_ms(lat['90']):6.1f} ms  p99 {parse_ms(lat['99']):6.1f} ms  "
            f"server CPU {used / requests * 1e3:5.2f} ms/request"
            + (f"  NON-2xx {bad.group(1)}" if bad else "")
        )
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=10)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument(
        "--tree", action="append", required=True, help="name=src:data:session[:ENV=V,…]"
    )
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--duration", type=int, default=5)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--port", type=int, default=18100)
    parser.add_argument(
        "--nice",
        type=int,
        default=0,
        help="run the server and wrk at this niceness (as root, e.g. -10: the machine's other "
        "work yields to them, nearly a quiet machine for the few seconds of a run)",
    )
    args = parser.parse_args()
    for round_ in range(args.rounds):
        for spec in args.tree:
            name, _, rest = spec.partition("=")
            print(f"{round_ + 1} {one(name, rest, args, args.port)}", flush=True)


if __name__ == "__main__":
    main()
