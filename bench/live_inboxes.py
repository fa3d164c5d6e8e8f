"""500 open inboxes: the time from a new message to every inbox showing it, and what the polls
cost the pages served beside them (issue 19).

    .venv/bin/python bench/live_inboxes.py [--agents 500] [--messages 8] [--seed 200]
        [--duration 10] [--keep] [--idle-pages]

Starts `openline serve` (default workers, worker and drainer beside it) on a throwaway SQLite
data dir with a webhook channel, `--seed` conversations stored through signed webhooks, and
`--agents` staff members, each signed in. A separate process then opens one inbox per agent
(the unassigned list, the default) and polls it exactly as inbox.js does: the live URL the page
shows, its session cookie and the `X-Inbox-Token` of the last answer, `?v=` the generation of
the last fragment (left out every 30 s, and once when the list's next SLA deadline passes), one
keep-alive connection per inbox. Where the page offers a wait URL and the served inbox.js uses
it (`WAIT_MS`, branch live-v2) each inbox waits there (`?v=`, `hold=` up to the next refresh)
and fetches the fragment when the answer names another generation; else it polls a poll
interval after each answer (inbox.js's own `POLL_MS` and jitter, read from the served script).
Run it with `PYTHONPATH=<other checkout>/src` to measure that checkout's server the same way.
Each inbox opens at a random moment within one interval. The pollers are raw asyncio sockets
so that they cost the two cores little; their own CPU time is reported.

Then `--messages` new conversations arrive as signed webhooks (the real ingest path), spaced
out. For each: the time of the POST, the time the message is stored (the inbox generation that
shows it, read from the database), and per inbox the time the poll brings a fragment of that
generation or later ("seen"). Reported: p50/p95/p99 over (inbox, message) of POST → seen, and
the per-message time until every inbox had it. The same again while wrk loads the pages.

Pages beside the polls: `wrk -t1 -c4` for `--duration` s on /robots.txt and on a signed-in
inbox page (a separate agent), first with no inbox open, then with all of them polling (with
`--idle-pages` also with all of them open and nothing changing, before the first message).
`OPENLINE_SERVE_HOLDS=400` in the environment serves with held waits on the server's threads
(inbox.holds, session 17); `OPENLINE_SERVE_HOLDS=0` (the default) without. Where
wrk is not installed, a built-in loader does the same (4 keep-alive connections, back to back).
"""

import argparse
import asyncio
import json
import os
import random
import re
import resource
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
from standardwebhooks.webhooks import Webhook

ROOT = Path(__file__).resolve().parents[1]
WAIT_SECONDS = 25.0  # inbox.js's WAIT_MS
ASKED = [0]  # requests the open inboxes made
ANSWERS: list[tuple[float, float]] = []  # (asked at, seconds until answered) of every request
OPENLINE = str(Path(sys.executable).with_name("openline"))

SETUP = """
import json
from django.contrib.sessions.backends.db import SessionStore
from openline.accounts.models import User
out = []
for i in range(COUNT + 1):
    u, _ = User.objects.get_or_create(
        username=f'bench-agent-{i}', defaults={'role': 'agent', 'display_name': f'Agent {i}'}
    )
    s = SessionStore(); s['_auth_user_id'] = str(u.pk)
    s['_auth_user_backend'] = 'django.contrib.auth.backends.ModelBackend'
    s['_auth_user_hash'] = u.get_session_auth_hash(); s.create()
    out.append([s.session_key, ""])  # the first poll is checked in full and gets a token
print('SESSIONS ' + json.dumps(out))
"""
STORED = """
    SELECT (SELECT value FROM core_counter WHERE name = 'inbox')
    FROM inbox_message WHERE account_id = ? AND external_id = ?
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def group_cpu(pgid: int) -> float:
    """CPU seconds used so far by the processes of a process group (the server, its workers
    and companions), from /proc."""
    total = 0.0
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid:  # after the name: state, ppid, pgrp, …, utime, stime
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def webhook(signer: Webhook, key: str, text: str) -> tuple[str, dict]:
    body = json.dumps(
        {
            "id": key,
            "conversation_id": f"conv-{key}",
            "author": {"id": f"author-{key}", "name": f"Customer {key}", "handle": key},
            "text": text,
            "subject": f"Question {key}",
            "created_at": datetime.now(tz=UTC).isoformat(),
        }
    )
    headers = {
        "webhook-id": key,
        "webhook-timestamp": str(int(time.time())),
        "webhook-signature": signer.sign(key, datetime.now(tz=UTC), body),
        "content-type": "application/json",
    }
    return body, headers


def served(pgid: int, url: str, seconds: int, cookie: str = "") -> str:
    """`wrk` on `url`, and the server's CPU meanwhile per page served (session 17): on a shared,
    loaded machine the pages' rate moves with the others' load, their CPU less so."""
    cpu, at = group_cpu(pgid), time.monotonic()
    said = wrk(url, seconds, cookie)
    used, span = group_cpu(pgid) - cpu, time.monotonic() - at
    pages = float(said.split("req/s", 1)[0].replace(",", "")) * seconds
    return f"{said}; server CPU {used / span:.0%} of a core, {used * 1000 / pages:.2f} ms a page"


# --- the pollers (a separate process) --------------------------------------------------------


async def read_response(reader: asyncio.StreamReader) -> tuple[int, dict[str, str], bytes]:
    head = await reader.readuntil(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split(" ", 2)[1])
    headers = {}
    for line in lines[1:]:
        if line:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
    if "content-length" in headers:
        body = await reader.readexactly(int(headers["content-length"]))
    elif headers.get("transfer-encoding") == "chunked":
        parts = []
        while True:
            size = int((await reader.readuntil(b"\r\n")).split(b";")[0], 16)
            parts.append(await reader.readexactly(size + 2))
            if size == 0:
                break
        body = b"".join(p[:-2] for p in parts)
    else:
        body = b""
    return status, headers, body


async def inbox(
    host, port, path, session, token, poll, jitter, refresh, stop, log, opened, wait, unheld,
    from_ask,
):  # fmt: skip
    """One open inbox, as inbox.js runs it: with `wait` (the page's wait URL), a held wait for
    the next generation, then the fragment; without, a poll every `poll` ± `jitter` s. With
    `unheld` (inbox.js of live-v3), a wait answered at once turns the page to polling. With
    `from_ask` (live-v4) the pace counts from each poll's start, not from its answer."""
    reader, writer = await asyncio.open_connection(host, port)
    generation = None
    rendered = time.monotonic()
    due, forced_for = 0.0, None
    refused = False

    async def ask(url: str) -> tuple[int, dict[str, str], bytes]:
        nonlocal reader, writer
        request = (
            f"GET {url} HTTP/1.1\r\nHost: {host}:{port}\r\nCookie: sessionid={session}\r\n"
            f"X-Inbox-Token: {token}\r\nAccept: */*\r\nCache-Control: no-store\r\n\r\n"
        )
        ASKED[0] += 1
        try:
            asked = time.monotonic()
            writer.write(request.encode())
            answered = await read_response(reader)
            ANSWERS.append((asked, time.monotonic() - asked))
            return answered
        except (asyncio.IncompleteReadError, ConnectionError):
            log.append((time.monotonic(), -1, 0))
            writer.close()
            await asyncio.sleep(5)  # inbox.js's ERROR_POLL_MS
            reader, writer = await asyncio.open_connection(host, port)
            return 0, {}, b""

    async def full_poll() -> bool:
        """The live view, as inbox.js's poll(); False when the page would stop."""
        nonlocal generation, rendered, due, forced_for, token
        now = time.monotonic()
        wall_due = due and time.time() >= due and forced_for != due
        url = path
        if generation is not None and now - rendered < refresh and not wall_due:
            url += f"&v={generation}"
        if wall_due:
            forced_for = due
        status, headers, body = await ask(url)
        token = headers.get("x-inbox-token", token)
        if status == 200:
            generation = int(headers["x-inbox-generation"])
            rendered = time.monotonic()
            found = re.search(rb'data-next-due="(\d*)"', body)
            due = float(found.group(1)) if found and found.group(1) else 0.0
            log.append((rendered, generation, len(body)))
            if len(log) == 1:
                opened()
        elif status not in (0, 204):
            log.append((time.monotonic(), -status, 0))
            return False
        return True

    def spread() -> float:
        return max(0.0, poll + (random.uniform(-jitter, jitter) if jitter else 0))

    await asyncio.sleep(random.uniform(0, poll))
    if wait and not await full_poll():  # the page's own first fragment
        return
    while not stop.is_set():
        if not wait:
            asked = time.monotonic()
            if not await full_poll():
                return
            await asyncio.sleep(max(0.0, spread() - (time.monotonic() - asked if from_ask else 0)))
            continue
        left = refresh - (time.monotonic() - rendered)
        if due and forced_for != due:
            left = min(left, due - time.time())
        if refused or generation is None or left <= 0:
            if not await full_poll():
                return
            if refused:
                await asyncio.sleep(spread())
            refused = False
            continue
        hold = max(1.0, min(WAIT_SECONDS, left))
        status, headers, _ = await ask(f"{wait}?v={generation}&hold={hold:.3f}")
        if status == 0:
            continue
        if status != 204:
            refused = True
            continue
        if int(headers["x-inbox-generation"]) != generation:
            # Woken: the wait's answer, before the fragment (a separate figure, not "seen").
            log.append((time.monotonic(), int(headers["x-inbox-generation"]), -1))
            if not await full_poll():
                return
        elif "x-inbox-held" not in headers:
            await asyncio.sleep(spread())  # (the first unheld wait only, where `unheld`)
        if unheld and "x-inbox-held" not in headers:
            wait = None
    writer.close()


async def pollers_main(config: dict) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    logs: list[list] = [[] for _ in config["sessions"]]
    started, count = time.monotonic(), [0]

    def opened() -> None:
        count[0] += 1
        if count[0] == len(logs):
            print(f"OPENED {time.monotonic() - started:.1f}", flush=True)

    tasks = [
        asyncio.create_task(
            inbox(
                config["host"],
                config["port"],
                config["path"],
                session,
                token,
                config["poll"],
                config["jitter"],
                config["refresh"],
                stop,
                logs[i],
                opened,
                config["wait"],
                config.get("unheld", False),
                config.get("from_ask", False),
            )
        )
        for i, (session, token) in enumerate(config["sessions"])
    ]
    lags: list[tuple[float, float]] = []  # (at, ms) where this process's loop woke > 50 ms late

    async def lag() -> None:
        while not stop.is_set():
            asked = time.monotonic()
            await asyncio.sleep(0.01)
            late = time.monotonic() - asked - 0.01
            if late > 0.05:
                lags.append((asked, late * 1000))

    lagging = asyncio.create_task(lag())
    print("READY", flush=True)
    await stop.wait()
    lagging.cancel()
    await asyncio.wait(tasks, timeout=5)
    usage = resource.getrusage(resource.RUSAGE_SELF)
    Path(config["out"]).write_text(
        json.dumps(
            {
                "logs": logs,
                "cpu": usage.ru_utime + usage.ru_stime,
                "asked": ASKED[0],
                "answers": ANSWERS,
                "lags": lags,
            }
        )
    )


# --- the run ---------------------------------------------------------------------------------


async def loader_main(config: dict) -> None:
    """wrk's stand-in where wrk is not installed: `connections` keep-alive connections asking
    one URL back to back for `seconds`; raw asyncio sockets, so it costs the cores little."""
    host, port, path = config["host"], config["port"], config["path"]
    cookie = f"Cookie: sessionid={config['cookie']}\r\n" if config["cookie"] else ""
    request = f"GET {path} HTTP/1.1\r\nHost: {host}:{port}\r\n{cookie}\r\n".encode()
    times: list[float] = []
    bad = [0]
    end = time.monotonic() + config["seconds"]

    async def one() -> None:
        reader, writer = await asyncio.open_connection(host, port)
        while time.monotonic() < end:
            started = time.monotonic()
            writer.write(request)
            status, _, _ = await read_response(reader)
            times.append(time.monotonic() - started)
            if status >= 400:
                bad[0] += 1
        writer.close()

    started = time.monotonic()
    await asyncio.gather(*(one() for _ in range(config["connections"])))
    span = time.monotonic() - started
    print(json.dumps({"count": len(times), "span": span, "bad": bad[0], "times": times}))


def wrk(url: str, seconds: int, cookie: str = "") -> str:
    """`wrk -t1 -c4` where installed, else the same load from `loader_main`."""
    if shutil.which("wrk"):
        argv = ["wrk", "-t1", "-c4", f"-d{seconds}s", "--latency", url]
        if cookie:
            argv[1:1] = ["-H", f"Cookie: sessionid={cookie}"]
        out = subprocess.run(argv, check=True, capture_output=True, text=True).stdout
        rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
        lat = re.search(r"50%\s+(\S+)\s+75%\s+(\S+)\s+90%\s+(\S+)\s+99%\s+(\S+)", out)
        bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
        tail = f", {bad.group(1)} non-2xx" if bad else ""
        return f"{float(rate.group(1)):8,.0f} req/s, p50 {lat.group(1)}, p99 {lat.group(4)}{tail}"
    parts = httpx.URL(url)
    config = {
        "host": parts.host, "port": parts.port, "path": parts.raw_path.decode(),
        "cookie": cookie, "seconds": seconds, "connections": 4,
    }  # fmt: skip
    out = subprocess.run(
        [sys.executable, __file__, "--loader", json.dumps(config)],
        check=True, capture_output=True, text=True,
    ).stdout  # fmt: skip
    result = json.loads(out)
    ms = [t * 1000 for t in result["times"]] or [0.0]
    tail = f", {result['bad']} non-2xx" if result["bad"] else ""
    return (
        f"{result['count'] / result['span']:8,.0f} req/s, p50 {percentile(ms, 50):.2f}ms, "
        f"p99 {percentile(ms, 99):.2f}ms{tail} (built-in loader, 4 connections)"
    )


def inject(client, url, signer, database, account_id, key) -> tuple[float, float, int]:
    """Posts one new conversation; returns (posted at, stored at, generation that shows it)."""
    body, headers = webhook(signer, key, f"My thermostat shows E{len(key):02d}. ({key})")
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    db.execute("PRAGMA busy_timeout = 5000")
    posted = time.monotonic()
    try:
        client.post(url, content=body, headers=headers, timeout=120).raise_for_status()
    except httpx.HTTPError as error:
        print(f"webhook {key}: {error!r}")
    while True:
        row = db.execute(STORED, (account_id, key)).fetchone()
        if row:
            stored = time.monotonic()
            break
        if time.monotonic() - posted > 180:
            sys.exit(f"message {key} not stored after 180 s")
        time.sleep(0.002)
    db.close()
    return posted, stored, row[0]


def inbox_generation(database: Path) -> int:
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    try:
        row = db.execute("SELECT value FROM core_counter WHERE name = 'inbox'").fetchone()
    finally:
        db.close()
    return row[0] if row else 0


def delays(logs: list[list], posted: float, generation: int) -> list[float]:
    out = []
    for log in logs:
        seen = next((t for t, g, n in log if g >= generation and t >= posted and n >= 0), None)
        out.append(float("inf") if seen is None else seen - posted)
    return out


def woken(logs: list[list], posted: float, generation: int) -> list[float]:
    """Per inbox, POST → the held wait answered with that generation or later."""
    out = []
    for log in logs:
        seen = next((t for t, g, n in log if g >= generation and t >= posted and n == -1), None)
        if seen is not None:
            out.append(seen - posted)
    return out


def summary(name: str, injections: list, logs: list[list]) -> None:
    every, each, stored = [], [], []
    for posted, stored_at, generation in injections:
        d = delays(logs, posted, generation)
        each += d
        every.append(max(d))
        stored.append(stored_at - posted)
    ms = [v * 1000 for v in each]
    print(
        f"{name}: {len(injections)} messages x {len(logs)} inboxes; POST → stored p50 "
        f"{statistics.median(stored) * 1000:.0f} ms; POST → seen p50 {percentile(ms, 50):.0f} ms, "
        f"p95 {percentile(ms, 95):.0f} ms, p99 {percentile(ms, 99):.0f} ms, max {max(ms):.0f} ms; "
        f"every inbox (per message) median {statistics.median(every) * 1000:.0f} ms, "
        f"max {max(every) * 1000:.0f} ms"
    )
    wakes = [
        v * 1000 for posted, _, generation in injections for v in woken(logs, posted, generation)
    ]
    if wakes:
        print(
            f"  of which POST → wait answered (before the fragment is fetched): p50 "
            f"{percentile(wakes, 50):.0f} ms, p95 {percentile(wakes, 95):.0f} ms, "
            f"p99 {percentile(wakes, 99):.0f} ms"
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--agents", type=int, default=500)
    parser.add_argument("--messages", type=int, default=8, help="new conversations per phase")
    parser.add_argument("--seed", type=int, default=200, help="conversations before the run")
    parser.add_argument("--duration", type=int, default=10, help="wrk seconds per page")
    parser.add_argument("--keep", action="store_true", help="keep the data dir")
    parser.add_argument("--port", type=int, help="the server's port (default: a free one)")
    parser.add_argument("--threads", type=int, help="`openline serve --threads` (default: its own)")
    parser.add_argument(
        "--held-waits", action="store_true", help="serve with `openline serve --held-waits`"
    )
    parser.add_argument(
        "--trace",
        action="store_true",
        help="trace slow requests, GC and run-queue waits in the web processes (core.reqtrace) "
        "into the data dir's trace/ (with --keep)",
    )
    parser.add_argument(
        "--poller-processes", type=int, default=4, help="processes the inboxes are spread over"
    )
    parser.add_argument(
        "--idle-pages",
        action="store_true",
        help="also measure the pages with every inbox open and nothing changing",
    )
    parser.add_argument("--pollers", help=argparse.SUPPRESS)  # the child process's config
    parser.add_argument("--loader", help=argparse.SUPPRESS)  # the page loader's config
    args = parser.parse_args()
    if args.loader:
        asyncio.run(loader_main(json.loads(args.loader)))
        return
    if args.pollers:
        asyncio.run(pollers_main(json.loads(Path(args.pollers).read_text())))
        return

    data = Path(tempfile.mkdtemp(prefix="openline-bench-live-"))
    port = args.port or free_port()
    env = {
        **os.environ,
        "OPENLINE_DATA_DIR": str(data),
        "SECRET_KEY": "bench-only-not-secret",
        "OPENLINE_SITE_URL": f"http://127.0.0.1:{port}",
        "OPENLINE_LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        **({"OPENLINE_REQUEST_TRACE": str(data / "trace")} if args.trace else {}),
    }
    run = {"env": env, "cwd": ROOT, "check": True, "capture_output": True, "text": True}
    subprocess.run([OPENLINE, "migrate", "--no-input"], **run)
    # A community with a 50-reply thread, for the signed-in thread page measured beside the polls.
    seeded = subprocess.run([OPENLINE, "seed", "--threads", "20"], **run)
    thread_path = re.findall(r"^(/t/\S+)$", seeded.stdout, re.MULTILINE)[-1]
    added = subprocess.run(
        [OPENLINE, "channel", "add", "webhook", "--name", "bench", "--json",
         "--reply-url", "http://127.0.0.1:9/unused"],
        **run,
    )  # fmt: skip
    account = json.loads(added.stdout)
    signer = Webhook(account["secret"])
    shell = subprocess.run(
        [OPENLINE, "shell", "--no-imports", "-c", SETUP.replace("COUNT", str(args.agents))], **run
    )
    sessions = json.loads(shell.stdout.split("SESSIONS ", 1)[1])
    page_session, sessions = sessions[0], sessions[1:]
    base = f"http://127.0.0.1:{port}"
    hook = f"{base}/hooks/{account['id']}/"

    log = (data / "server.log").open("w")
    server = subprocess.Popen(
        [OPENLINE, "serve", "--port", str(port), *(["--held-waits"] if args.held_waits else []),
         *(["--threads", str(args.threads)] if args.threads else [])],
        env=env, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True,
    )  # fmt: skip
    pollers = None
    try:
        for _ in range(300):
            try:
                if httpx.get(f"{base}/robots.txt", timeout=1).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        else:
            sys.exit(f"openline serve did not start; see {data / 'server.log'}")
        database = data / "openline.sqlite3"
        client = httpx.Client(timeout=30)
        for i in range(args.seed):
            body, headers = webhook(signer, f"seed-{i}", f"Seeded question {i} about E{i % 40}.")
            client.post(hook, content=body, headers=headers).raise_for_status()
        inject(client, hook, signer, database, account["id"], "seed-last")
        time.sleep(3)  # the worker's readings of the seeded messages

        cookies = {"sessionid": page_session[0]}
        page = client.get(f"{base}/inbox/", cookies=cookies).text
        path = re.search(r'data-live-url="([^"]+)"', page).group(1).replace("&amp;", "&")
        script = client.get(f"{base}/static/openline/inbox.js").text
        poll = int(re.search(r"var POLL_MS = (\d+);", script).group(1)) / 1000
        jitter_ms = re.search(r"var POLL_JITTER_MS = (\d+);", script)
        jitter = int(jitter_ms.group(1)) / 1000 if jitter_ms else 0.0
        refresh = int(re.search(r"var REFRESH_MS = (\d+);", script).group(1)) / 1000
        # Held waits where the page offers a wait URL and inbox.js uses it, as a browser does.
        wait_url = re.search(r'data-wait-url="([^"]+)"', page)
        wait = wait_url.group(1) if wait_url and "var WAIT_MS" in script else None
        unheld = "var unheld = false" in script  # live-v3: an unheld wait turns to polling
        from_ask = "function nextPoll(asked)" in script  # live-v4: the pace counts from the ask

        print(
            f"# {datetime.now(tz=UTC):%Y-%m-%dT%H:%MZ} {os.cpu_count()} cores, load "
            f"{os.getloadavg()[0]:.1f}, SQLite, `openline serve` defaults, {args.agents} inboxes "
            + (
                f"waiting at {wait} (held where the server holds it"
                + ("; else polling the fragment's URL" if unheld else "")
                + (", paced from each ask" if from_ask else "")
                + f"), fetching {path} on a change"
                if wait
                else f"polling {path} every {poll * 1000:.0f} ms ± {jitter * 1000:.0f} ms"
            )
        )
        robots, inbox_page = f"{base}/robots.txt", f"{base}/inbox/"
        thread_page = f"{base}{thread_path}"
        print(f"no inbox open: /robots.txt {served(server.pid, robots, args.duration)}")
        print(
            "no inbox open: thread      "
            f"{served(server.pid, thread_page, args.duration, page_session[0])}"
        )
        print(
            "no inbox open: /inbox/     "
            f"{served(server.pid, inbox_page, args.duration, page_session[0])}"
        )

        config = {
            "host": "127.0.0.1", "port": port, "path": path, "sessions": sessions,
            "poll": poll, "jitter": jitter, "refresh": refresh, "out": str(data / "polls.json"),
            "wait": wait, "unheld": unheld, "from_ask": from_ask,
        }  # fmt: skip
        # The inboxes in --poller-processes processes: in one, the answers to 500 inboxes after
        # a change are read in one turn of its event loop, which took up to 1 s on this loaded
        # machine (the "lag" below): the client, not the server, was then late.
        parts = max(1, args.poller_processes)
        pollers = []
        for n in range(parts):
            own = {**config, "sessions": sessions[n::parts], "out": str(data / f"polls{n}.json")}
            (data / f"pollers{n}.json").write_text(json.dumps(own))
            pollers.append(
                subprocess.Popen(
                    [sys.executable, __file__, "--pollers", str(data / f"pollers{n}.json")],
                    stdout=subprocess.PIPE,
                    text=True,
                )
            )
        for one in pollers:
            assert one.stdout is not None
            one.stdout.readline()
        # Every inbox open, its first fragment shown (all at once: the worst case of a start).
        opened_after = max(float(one.stdout.readline().split()[1]) for one in pollers)  # type: ignore[union-attr]
        print(f"all {args.agents} inboxes open after {opened_after:.1f} s")
        time.sleep(poll + 3)
        # What the open inboxes cost the server while nothing changes (the 30 s refresh aside).
        cpu, at, moved = group_cpu(server.pid), time.monotonic(), inbox_generation(database)
        time.sleep(5)
        idle = (group_cpu(server.pid) - cpu) / (time.monotonic() - at)
        moved = inbox_generation(database) - moved  # the worker's late readings, say
        print(
            f"server CPU with {args.agents} inboxes open, nothing changing: {idle:.0%} of a core"
            f" (the inbox generation moved {moved} times meanwhile)"
        )
        if args.idle_pages:
            # The pages beside the open inboxes while nothing changes (session 17): what an
            # open inbox costs by itself, apart from delivering changes to it.
            print(
                f"{args.agents} inboxes open, nothing changing: /robots.txt "
                f"{served(server.pid, robots, args.duration)}"
            )
            print(
                f"{args.agents} inboxes open, nothing changing: thread      "
                f"{served(server.pid, thread_page, args.duration, page_session[0])}"
            )
            print(
                f"{args.agents} inboxes open, nothing changing: /inbox/     "
                f"{served(server.pid, inbox_page, args.duration, page_session[0])}"
            )
        started = time.monotonic()
        quiet = []
        for i in range(args.messages):
            quiet.append(inject(client, hook, signer, database, account["id"], f"quiet-{i}"))
            time.sleep(3 + random.random())
        quiet_span = time.monotonic() - started
        quiet_end = load_start = time.monotonic()

        loaded: list = []
        stop = False

        def keep_injecting() -> None:
            with httpx.Client(timeout=30) as own:
                n = 0
                while not stop:
                    time.sleep(2 + random.random())
                    if stop:
                        break
                    loaded.append(inject(own, hook, signer, database, account["id"], f"load-{n}"))
                    n += 1

        import threading

        injector = threading.Thread(target=keep_injecting, daemon=True)
        injector.start()
        beside = [
            f"{args.agents} inboxes open: /robots.txt {served(server.pid, robots, args.duration)}",
            f"{args.agents} inboxes open: thread      "
            f"{served(server.pid, thread_page, args.duration, page_session[0])}",
            f"{args.agents} inboxes open: /inbox/     "
            f"{served(server.pid, inbox_page, args.duration, page_session[0])}",
        ]
        stop = True
        load_end = time.monotonic()
        injector.join()
        time.sleep(poll + 2)
        for one in pollers:
            one.send_signal(signal.SIGTERM)
        results = []
        for n, one in enumerate(pollers):
            one.wait(timeout=60)
            results.append(json.loads((data / f"polls{n}.json").read_text()))
        logs = [[] for _ in sessions]
        for n, part in enumerate(results):
            logs[n::parts] = part["logs"]
        result = {
            "cpu": sum(part["cpu"] for part in results),
            "asked": sum(part["asked"] for part in results),
            "answers": [a for part in results for a in part["answers"]],
            "lags": [a for part in results for a in part["lags"]],
        }
        (data / "polls.json").write_text(json.dumps({**result, "logs": logs}))
        for line in beside:
            print(line)
        errors = sum(1 for log in logs for _, g, _ in log if g < 0)
        renders = sum(1 for log in logs for _, g, n in log if g >= 0 and n >= 0)
        sizes = [n for log in logs for _, g, n in log if g >= 0 and n > 0] or [0]
        span = time.monotonic() - started
        print(
            f"pollers: {result['asked']:,} requests ({result['asked'] / span:,.0f}/s), "
            f"{renders:,} fragments (median {statistics.median(sizes) / 1000:.0f} KB), "
            f"{errors} errors; their own CPU "
            f"{result['cpu']:.1f} s over {span:.0f} s "
            f"({result['cpu'] / span * 100:.0f} % of a core)"
        )
        (data / "injections.json").write_text(
            json.dumps({"quiet": quiet, "loaded": loaded, "load": [load_start, load_end]})
        )
        summary(f"quiet ({quiet_span:.0f} s)", quiet, logs)
        if loaded:
            summary("while wrk loads the pages", loaded, logs)
        for name, begin, end in (
            ("quiet", started, quiet_end),
            ("while wrk loads the pages", load_start, load_end),
        ):
            took = [t * 1000 for at, t in result["answers"] if begin <= at < end] or [0.0]
            print(
                f"one poll, asked → answered ({name}): p50 {percentile(took, 50):.1f} ms, "
                f"p95 {percentile(took, 95):.1f} ms, p99 {percentile(took, 99):.1f} ms, "
                f"max {max(took):.0f} ms"
            )
        for name, begin, end in (
            ("quiet", started, quiet_end),
            ("while wrk loads the pages", load_start, load_end),
        ):
            lags = [ms for at, ms in result["lags"] if begin <= at < end] or [0.0]
            print(
                f"the pollers' own event loops ({name}): {len(lags)} turns over 50 ms late, "
                f"the worst {max(lags):.0f} ms"
            )
        print(f"load average at the end: {os.getloadavg()[0]:.1f}")
    finally:
        for one in pollers or []:
            if one.poll() is None:
                one.kill()
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
        log.close()
        if not args.keep:
            shutil.rmtree(data, ignore_errors=True)


if __name__ == "__main__":
    main()
