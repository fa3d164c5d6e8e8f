"""Ingestion throughput of signed webhooks over real HTTP, and the time until an inbox sees them.

    .venv/bin/python bench/ingest_webhooks.py [--seconds 10] [--batch 1] [--connections 8]
        [--workers 2] [--queue on|off]

Starts `openline serve` on a free port against a throwaway SQLite data dir, creates a webhook
channel with `openline channel add webhook --json`, signs enough distinct webhooks (Standard
Webhooks; signed just before the run, well within the 5-minute tolerance) and has `wrk` POST
them for `--seconds` over keep-alive connections: one message per webhook, or `--batch N` (a
JSON array, stored all together). Half the messages start a conversation, half answer one;
1,000 distinct authors. wrk is the load generator because a Python client would take the CPU the
server needs (2 cores here).

Reports: messages/s stored (messages in the database over the wall time from the first POST
until the last one is stored: with the webhook queue on, the default on SQLite, webhooks are
answered before they are stored), the latency of a POST, and the time from a POST to the
message being visible to the inbox, probed every 100 ms during the load by a separate client
that polls the database the way an open inbox's query would (a browser then shows it within
that plus its 1 s poll). Target (issue 3): ≥ 1,000 messages/s on SQLite on this machine.
"""

import argparse
import json
import os
import re
import shutil
import signal
import socket
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import httpx
from standardwebhooks.webhooks import Webhook

ROOT = Path(__file__).resolve().parents[1]
OPENLINE = str(Path(sys.executable).with_name("openline"))
# Visible to the inbox: the message is stored in an open conversation.
INBOX_QUERY = """
    SELECT c.id FROM inbox_conversation c JOIN inbox_message m ON m.conversation_id = c.id
    WHERE m.account_id = ? AND m.external_id = ? AND c.status = 'open'
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * p / 100))]


def payload(i: int, prefix: str) -> dict:
    conversation = i // 2
    body = {
        "id": f"{prefix}-{i}",
        "conversation_id": f"{prefix}-conv-{conversation}",
        "author": {"id": f"user-{i % 1000}", "name": f"Customer {i % 1000}", "handle": f"c{i}"},
        "text": f"My T2 thermostat shows E{i % 40:02d} again since the update. Message {i}.",
        "subject": f"E{i % 40:02d} on my T2 (#{conversation})",
        "created_at": datetime.now(tz=UTC).isoformat(),
    }
    if i % 2:
        body["in_reply_to"] = f"{prefix}-{i - 1}"
    return body


LUA = """
data = {}
local f = assert(io.open("%(requests)s"))
for line in f:lines() do
  local id, ts, sig, body = line:match("^(.-)\t(.-)\t(.-)\t(.*)$")
  data[#data + 1] = {id, ts, sig, body}
end
f:close()
local threads = {}
function setup(thread) threads[#threads + 1] = thread; thread:set("tid", #threads) end
function init(args)
  step, k = %(threads)d, -1
end
function request()
  -- A thread sends whole pairs (a message, then its answer), in turn with the other threads.
  k = k + 1
  local i = (math.floor(k / 2) * step + tid - 1) * 2 + k %% 2
  local d = data[(i %% #data) + 1]
  return wrk.format("POST", nil, {["Host"] = "%(host)s", ["Content-Type"] = "application/json",
    ["webhook-id"] = d[1], ["webhook-timestamp"] = d[2], ["webhook-signature"] = d[3]}, d[4])
end
"""


def write_requests(path: Path, signer: Webhook, count: int, batch: int) -> None:
    """`count` signed webhooks, one per line: id, timestamp, signature, body."""
    with path.open("w") as out:
        for i in range(count):
            messages = [payload(n, "bench") for n in range(i * batch, (i + 1) * batch)]
            body = json.dumps(messages if batch > 1 else messages[0])
            now = int(time.time())
            signature = signer.sign(f"wh-{i}", datetime.fromtimestamp(now, tz=UTC), body)
            out.write(f"wh-{i}\t{now}\t{signature}\t{body}\n")


class Prober(threading.Thread):
    """Every 100 ms, POSTs one signed webhook of its own and times it until the inbox query
    finds the message in an open conversation."""

    def __init__(self, url: str, signer: Webhook, database: Path, account_id: int) -> None:
        super().__init__(daemon=True)
        self.url, self.signer, self.database, self.account_id = url, signer, database, account_id
        self.latencies: list[float] = []
        self.done = threading.Event()

    def run(self) -> None:
        db = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True, check_same_thread=False)
        db.execute("PRAGMA busy_timeout = 5000")
        with httpx.Client(timeout=30) as client:
            n = 0
            while not self.done.wait(0.1):
                n += 1
                body = json.dumps(payload(n, "probe"))
                headers = {
                    "webhook-id": f"probe-{n}",
                    "webhook-timestamp": str(int(time.time())),
                    "webhook-signature": self.signer.sign(f"probe-{n}", datetime.now(tz=UTC), body),
                    "content-type": "application/json",
                }
                started = time.perf_counter()
                client.post(self.url, content=body, headers=headers)
                while not db.execute(INBOX_QUERY, (self.account_id, f"probe-{n}")).fetchone():
                    if time.perf_counter() - started > 30:
                        break
                    time.sleep(0.002)
                self.latencies.append(time.perf_counter() - started)
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="how long wrk sends")
    parser.add_argument("--batch", type=int, default=1, help="messages per webhook")
    parser.add_argument("--connections", type=int, default=8, help="wrk's connections")
    parser.add_argument("--workers", type=int, default=2, help="`openline serve --workers`")
    parser.add_argument(
        "--queue", choices=["on", "off"], default="on", help="OPENLINE_WEBHOOK_QUEUE"
    )
    parser.add_argument("--keep", action="store_true", help="keep the data dir")
    args = parser.parse_args()

    data = Path(tempfile.mkdtemp(prefix="openline-bench-ingest-"))
    port = free_port()
    env = {
        **os.environ,
        "OPENLINE_DATA_DIR": str(data),
        "SECRET_KEY": "bench-only-not-secret",
        "OPENLINE_SITE_URL": f"http://127.0.0.1:{port}",
        "OPENLINE_LOG_LEVEL": "WARNING",
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "OPENLINE_WEBHOOK_QUEUE": args.queue,
    }
    run = {"env": env, "cwd": ROOT, "check": True, "capture_output": True, "text": True}
    subprocess.run([OPENLINE, "migrate", "--no-input"], **run)
    added = subprocess.run(
        [OPENLINE, "channel", "add", "webhook", "--name", "bench", "--json",
         "--reply-url", "http://127.0.0.1:9/unused"],
        **run,
    )  # fmt: skip
    account = json.loads(added.stdout)
    signer = Webhook(account["secret"])
    url = f"http://127.0.0.1:{port}/hooks/{account['id']}/"

    log = (data / "server.log").open("w")
    server = subprocess.Popen(
        [OPENLINE, "serve", "--port", str(port), "--workers", str(args.workers)],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        for _ in range(200):
            try:
                if httpx.get(url, timeout=1).status_code == 405:
                    break
            except httpx.HTTPError:
                pass
            time.sleep(0.1)
        else:
            sys.exit(f"openline serve did not start; see {data / 'server.log'}")
        report(args, url, signer, account["id"], data)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
        log.close()
        if not args.keep:
            shutil.rmtree(data, ignore_errors=True)


def report(args, url: str, signer: Webhook, account_id: int, data: Path) -> None:
    database = data / "openline.sqlite3"
    requests, script = data / "requests.tsv", data / "requests.lua"
    # More than wrk can send in the time (here at most 3,000 webhooks/s, or 300 batches/s of
    # 100 messages): none is sent twice.
    count = args.seconds * (3000 if args.batch == 1 else 30_000 // args.batch)
    write_requests(requests, signer, count, args.batch)
    host = url.split("/")[2]
    script.write_text(LUA % {"requests": requests, "threads": 2, "host": host})
    prober = Prober(url, signer, database, account_id)
    prober.start()
    started = time.perf_counter()
    wrk = subprocess.run(
        ["wrk", "-t2", f"-c{args.connections}", f"-d{args.seconds}s", "--latency",
         "-s", str(script), url],
        check=True, capture_output=True, text=True,
    )  # fmt: skip
    answered = time.perf_counter() - started
    sent_webhooks = int(re.search(r"(\d+) requests in", wrk.stdout).group(1))
    refused = re.search(r"Non-2xx or 3xx responses: (\d+)", wrk.stdout)
    sent = min(sent_webhooks, count) * args.batch
    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    count_sql = (
        "SELECT count(*) FROM inbox_message WHERE account_id = ? AND external_id LIKE 'bench-%'"
    )
    # Until every message is stored: wrk does not count the webhooks still in flight when it
    # stops, so wait for the count to reach what wrk saw sent and then to stay still.
    deadline = time.perf_counter() + 120
    stored, last_change = 0, time.perf_counter()
    while time.perf_counter() < deadline:
        now = db.execute(count_sql, (account_id,)).fetchone()[0]
        if now != stored:
            stored, last_change = now, time.perf_counter()
        elif stored >= sent and time.perf_counter() - last_change > 1.5:
            break
        time.sleep(0.01)
    elapsed = last_change - started
    prober.done.set()
    prober.join(timeout=30)
    conversations = db.execute(
        "SELECT count(*) FROM inbox_conversation WHERE account_id = ? "
        "AND external_id LIKE 'bench-%'",
        (account_id,),
    ).fetchone()[0]
    seen = [v * 1000 for v in prober.latencies]
    print(
        f"# {datetime.now(tz=UTC):%Y-%m-%dT%H:%MZ} {os.cpu_count()} cores, SQLite, "
        f"{args.workers} server workers, webhook queue {args.queue}, wrk -c{args.connections}, "
        f"{args.batch} message(s) per webhook"
    )
    print(
        f"messages: {sent:,} sent in {sent_webhooks:,} webhooks, {stored:,} stored, "
        f"{int(refused.group(1)) if refused else 0} webhooks not accepted"
    )
    print(f"conversations: {conversations:,}")
    print(
        f"throughput: {stored / elapsed:,.0f} messages/s stored ({elapsed:.2f} s from the first "
        f"POST until all were stored; wrk sent for {answered:.2f} s)"
    )
    latency = re.search(r"50%\s+(\S+)\s+75%\s+(\S+)\s+90%\s+(\S+)\s+99%\s+(\S+)", wrk.stdout)
    if latency:
        print(f"webhook POST → 202 (wrk): p50 {latency.group(1)}, p99 {latency.group(4)}")
    if seen:
        print(
            f"POST → visible in the inbox query ({len(seen)} probes under load): p50 "
            f"{statistics.median(seen):.1f} ms, p99 {percentile(seen, 99):.1f} ms, "
            f"max {max(seen):.1f} ms"
        )


if __name__ == "__main__":
    main()
