"""Ingestion throughput of signed webhooks over real HTTP, and the time until an inbox sees them.

    .venv/bin/python bench/ingest_webhooks.py [--messages 5000] [--batch 1] [--threads 8]

Starts `openline serve` on a free port against a throwaway SQLite data dir, creates a webhook
channel with `openline channel add webhook --json`, then POSTs N signed messages (Standard
Webhooks, signed at send time as a real source would) from a thread pool of keep-alive httpx
clients, one message per webhook or `--batch N` per webhook (a JSON array, stored in one
transaction). Half the messages start a conversation, half answer one; 1,000 distinct authors.

Reports: messages/s (202 answers over wall time), request latency, and the time from the start
of a POST to the message being visible to the inbox: every 50th message is watched by a
read-only reader of the database until the message shows in an open conversation (an open
inbox short-polls once a second, so a browser shows it within that plus up to 1 s).
Target (issue 3): ≥ 1,000 messages/s on SQLite on a 2-core machine.
"""

import argparse
import json
import os
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
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime
from pathlib import Path

import httpx
from standardwebhooks.webhooks import Webhook

ROOT = Path(__file__).resolve().parents[1]
OPENLINE = str(Path(sys.executable).with_name("openline"))
WATCH_EVERY = 50
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


class Watcher(threading.Thread):
    """Polls the database the way an open inbox would, for sampled messages."""

    def __init__(self, database: Path, account_id: int) -> None:
        super().__init__(daemon=True)
        self.database, self.account_id = database, account_id
        self.pending: dict[str, float] = {}
        self.lock = threading.Lock()
        self.latencies: list[float] = []
        self.done = threading.Event()

    def watch(self, external_id: str, started: float) -> None:
        with self.lock:
            self.pending[external_id] = started

    def run(self) -> None:
        db = sqlite3.connect(f"file:{self.database}?mode=ro", uri=True, check_same_thread=False)
        db.execute("PRAGMA busy_timeout = 5000")
        while not (self.done.is_set() and not self.pending):
            with self.lock:
                waiting = list(self.pending.items())
            for external_id, started in waiting:
                if db.execute(INBOX_QUERY, (self.account_id, external_id)).fetchone():
                    self.latencies.append(time.perf_counter() - started)
                    with self.lock:
                        del self.pending[external_id]
            time.sleep(0.005)
        db.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=1, help="messages per webhook")
    parser.add_argument("--threads", type=int, default=8, help="sending threads")
    parser.add_argument("--workers", type=int, default=2, help="`openline serve --workers`")
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
        report(args, url, signer, account["id"], data / "openline.sqlite3")
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=20)
        log.close()
        if not args.keep:
            shutil.rmtree(data, ignore_errors=True)


def report(args, url: str, signer: Webhook, account_id: int, database: Path) -> None:
    watcher = Watcher(database, account_id)
    watcher.start()
    local = threading.local()
    latencies: list[float] = []
    failures: list[str] = []

    def send(i: int, prefix: str = "bench") -> None:
        client = getattr(local, "client", None)
        if client is None:
            client = local.client = httpx.Client(timeout=30)
        numbers = range(i * args.batch, (i + 1) * args.batch)
        messages = [payload(n, prefix) for n in numbers]
        body = json.dumps(messages if args.batch > 1 else messages[0])
        started = time.perf_counter()
        headers = {
            "webhook-id": f"wh-{prefix}-{i}",
            "webhook-timestamp": str(int(time.time())),
            "webhook-signature": signer.sign(f"wh-{prefix}-{i}", datetime.now(tz=UTC), body),
            "content-type": "application/json",
        }
        for n in numbers:
            if n % WATCH_EVERY == 0 and prefix == "bench":
                watcher.watch(f"bench-{n}", started)
        response = client.post(url, content=body, headers=headers)
        latencies.append(time.perf_counter() - started)
        if response.status_code != 202:
            failures.append(f"{response.status_code} {response.text[:200]}")

    warm = max(1, min(200, args.messages // 10) // args.batch)  # connections and caches
    with ThreadPoolExecutor(args.threads) as pool:
        list(pool.map(lambda i: send(i, "warm"), range(warm)))
        latencies.clear()
        started = time.perf_counter()
        list(pool.map(send, range(args.messages // args.batch)))
        elapsed = time.perf_counter() - started
    watcher.done.set()
    watcher.join(timeout=30)

    db = sqlite3.connect(f"file:{database}?mode=ro", uri=True)
    stored = db.execute(
        "SELECT count(*) FROM inbox_message WHERE account_id = ? AND external_id LIKE 'bench-%'",
        (account_id,),
    ).fetchone()[0]
    conversations = db.execute(
        "SELECT count(*) FROM inbox_conversation WHERE account_id = ? "
        "AND external_id LIKE 'bench-%'",
        (account_id,),
    ).fetchone()[0]
    ms = [v * 1000 for v in latencies]
    seen = [v * 1000 for v in watcher.latencies]
    sent = args.messages // args.batch * args.batch
    print(
        f"# {datetime.now(tz=UTC):%Y-%m-%dT%H:%MZ} {os.cpu_count()} cores, SQLite, "
        f"{args.workers} server workers, {args.threads} sending threads, "
        f"{args.batch} message(s) per webhook"
    )
    print(f"messages: {sent:,} sent, {stored:,} stored, {len(failures)} webhooks not accepted")
    print(f"conversations: {conversations:,} (after {warm * args.batch} warm-up messages)")
    print(f"throughput: {sent / elapsed:,.0f} messages/s ({elapsed:.2f} s)")
    print(
        f"webhook POST → 202: p50 {percentile(ms, 50):.1f} ms, p99 {percentile(ms, 99):.1f} ms, "
        f"max {max(ms):.1f} ms"
    )
    if seen:
        print(
            f"POST → visible in the inbox query ({len(seen)} sampled): p50 "
            f"{statistics.median(seen):.1f} ms, p99 {percentile(seen, 99):.1f} ms, "
            f"max {max(seen):.1f} ms"
        )
    for failure in failures[:5]:
        print("not accepted:", failure)


if __name__ == "__main__":
    main()
