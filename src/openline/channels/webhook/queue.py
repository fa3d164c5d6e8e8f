"""The webhook queue, on SQLite: answer first, store in batches.

SQLite takes one writer at a time, and a transaction per webhook costs several ms here (most
of it fixed: the reads, and a commit that writes every page it touched), which caps
one-message webhooks near 400 a second. So the request appends the verified body to a queue
in a file of its own beside the database (`<database>.webhook-queue`, SQLite too, so that
queueing never waits for the main database's writer) and answers 202 ("queued"); a thread in
each server process then stores what is queued as messages, up to `ingestion.BATCH_MAX` per
transaction, so the busier the endpoint the larger the batches. One process drains at a time
(a lock beside the database); a process that finds the lock taken leaves its webhook to the
holder, who looks again after letting go. A batch webhook is not queued: it is stored before
the answer (see inbound.receive).

Nothing is lost: a body leaves the queue only after the transaction that stored its messages
committed, and if the process dies in between, storing it again changes nothing (ingestion is
idempotent on the message id). Every drainer also looks at the queue once a second, and so does
the worker's periodic job. A body that cannot be stored is retried with backoff, then kept
with its error: `openline channel queue` lists those and sends them round again. When
QUEUE_MAX bodies wait, webhooks are refused with 503 and Retry-After until the backlog shrinks,
so a flood slows its senders instead of growing the queue without end.

Not used on PostgreSQL (it takes concurrent writers, and its servers may be on several
machines, which a file lock would not order), with an in-memory database, nor with
OPENLINE["WEBHOOK_QUEUE"] off: there the request stores the messages before answering."""

import logging
import os
import sqlite3
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass

from django.conf import settings
from django.db import close_old_connections, connection, transaction

from openline.core import db
from openline.inbox.adapters import InboundItem
from openline.inbox.ingestion import BATCH_MAX, ingest_many
from openline.inbox.models import ChannelAccount

from .payload import parse_messages

log = logging.getLogger(__name__)
MAX_ATTEMPTS = 8
ROWS_PER_ROUND = 1000
LOOK_EVERY_SECONDS = 1.0
GATHER_SECONDS = 0.02
POLL_SECONDS = 0.02  # the companion process looks this often
DRAINER_FLAG = "OPENLINE_WEBHOOK_DRAINER"  # set by `openline serve` when it started one
QUEUE_MAX = 50_000  # waiting bodies: ~40 s of work at 1,200 a second, then 503 Retry-After
_drain_lock = db.ProcessLock("webhook-drain")
# Writers of the queue file take turns on this (as the main database's writers do on
# db.sqlite_write_gate): SQLite's own wait sleeps 1, 2, 5… ms, long beside a 0.1 ms INSERT.
_queue_gate = db.ProcessLock("webhook-queue-gate")
_SCHEMA = """
    CREATE TABLE IF NOT EXISTS queued (
        id INTEGER PRIMARY KEY,
        account_id INTEGER NOT NULL,
        body TEXT NOT NULL,
        received_at REAL NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL,  -- NULL: given up
        last_error TEXT NOT NULL DEFAULT ''
    )
"""


@dataclass(frozen=True)
class Queued:
    id: int
    account_id: int
    body: str
    received_at: float
    attempts: int
    next_attempt_at: float | None
    last_error: str


def enabled() -> bool:
    return (
        bool(settings.OPENLINE.get("WEBHOOK_QUEUE"))
        and db.is_sqlite()
        and not db.is_in_memory_sqlite()
    )


def path() -> str:
    return f"{connection.settings_dict['NAME']}.webhook-queue"


def backup_path() -> str | None:
    """The queue file for backups: on any SQLite file database, queue on or off (bodies
    queued before it was turned off are still in it)."""
    return path() if db.is_sqlite() and not db.is_in_memory_sqlite() else None


_local = threading.local()


def _queue() -> sqlite3.Connection:
    """This thread's connection to the queue file (a new one after a fork)."""
    key = (os.getpid(), path())
    if getattr(_local, "key", None) != key:
        queue = sqlite3.connect(key[1], timeout=20, isolation_level=None)  # autocommit
        queue.execute("PRAGMA journal_mode=WAL")
        queue.execute("PRAGMA synchronous=NORMAL")
        queue.execute(_SCHEMA)
        _local.key, _local.queue = key, queue
    return _local.queue


class QueueFull(Exception):
    """More is waiting than the drainers can store soon: the source should retry later (a
    Standard Webhooks sender retries a 503 with backoff)."""

    retry_after = 30


_depth = threading.local()


def _check_room(now: float) -> None:
    """Raises QueueFull while QUEUE_MAX bodies wait. Counted at most once a second per
    thread: a count walks the waiting rows, and a full queue is when that costs most."""
    if now - getattr(_depth, "at", 0.0) >= 1.0:
        row = _queue().execute("SELECT count(*) FROM queued WHERE next_attempt_at IS NOT NULL")
        _depth.at, _depth.count = now, row.fetchone()[0]
    if _depth.count >= QUEUE_MAX:
        raise QueueFull(f"{_depth.count:,} webhooks are waiting to be stored; try again shortly.")


def enqueue(account: ChannelAccount, body: bytes) -> int:
    """Queues a verified, valid body (one INSERT, its own transaction) and wakes this process's
    drainer. Returns its place in the queue; raises QueueFull when too much is waiting."""
    now = time.time()
    _check_room(now)
    with _queue_gate.held():
        cursor = _queue().execute(
            "INSERT INTO queued (account_id, body, received_at, next_attempt_at) "
            "VALUES (?, ?, ?, ?)",
            (account.pk, body.decode(), now, now),
        )
    if os.environ.get(DRAINER_FLAG):
        _drainer()  # the companion process drains; this thread only looks once a second
    else:
        _drainer().wake()
    row_id = cursor.lastrowid
    assert row_id is not None  # set by the INSERT
    return row_id


def waiting() -> list[Queued]:
    """What is in the queue, oldest first (normally nothing for more than a second)."""
    rows = _queue().execute("SELECT * FROM queued ORDER BY id").fetchall()
    return [Queued(*row) for row in rows]


def retry_given_up() -> int:
    """Sends the webhooks that were given up round again; returns how many."""
    cursor = _queue().execute(
        "UPDATE queued SET attempts = 0, next_attempt_at = ? WHERE next_attempt_at IS NULL",
        (time.time(),),
    )
    _drainer().wake()
    return cursor.rowcount


# --- draining ---------------------------------------------------------------------------------


def drain() -> int:
    """Stores every due webhook as messages unless another thread or process is at it (which
    then looks again after letting go). Returns how many queued webhooks were stored here."""
    stored = 0
    while True:
        with _drain_lock.held(blocking=False) as held:
            if not held:
                return stored
            while rows := _due(ROWS_PER_ROUND):
                stored += _store_round(rows)
        if not _due(1):  # queued while we let go, by someone who found the lock taken
            return stored


def drain_if_enabled() -> int:
    return drain() if enabled() else 0


def _due(limit: int) -> list[Queued]:
    rows = (
        _queue()
        .execute(
            "SELECT * FROM queued WHERE next_attempt_at <= ? ORDER BY id LIMIT ?",
            (time.time(), limit),
        )
        .fetchall()
    )
    return [Queued(*row) for row in rows]


def _store_round(rows: list[Queued]) -> int:
    """Stores a prefix of `rows` of about BATCH_MAX messages in one transaction; a failure
    there is retried webhook by webhook, so one bad body cannot hold back the others."""
    ids = list({row.account_id for row in rows})
    where = f"id IN ({db.placeholders(ids)})"
    accounts = {account.pk: account for account in db.fetch(ChannelAccount, where, ids)}
    batch: list[tuple[Queued, list[InboundItem]]] = []
    size = 0
    for row in rows:
        if row.account_id not in accounts:  # the channel was deleted since: nowhere to store
            log.error(
                "Queued webhook %s dropped: channel %s no longer exists", row.id, row.account_id
            )
            with _queue_gate.held():
                _queue().execute("DELETE FROM queued WHERE id = ?", (row.id,))
            continue
        try:
            items = parse_messages(accounts[row.account_id], row.body.encode())
        except Exception as error:  # valid when queued: only a changed format gets here
            _postpone(row, error)
            continue
        if batch and size + len(items) > BATCH_MAX:
            break
        batch.append((row, items))
        size += len(items)
    if not batch:
        return 0
    try:
        _store(batch, accounts)
    except Exception:
        log.exception("Storing %d queued webhooks failed; storing them one by one", len(batch))
        stored = 0
        for row, items in batch:
            try:
                _store([(row, items)], accounts)
                stored += 1
            except Exception as error:
                _postpone(row, error)
        return stored
    return len(batch)


def _store(
    batch: Sequence[tuple[Queued, list[InboundItem]]], accounts: dict[int, ChannelAccount]
) -> None:
    by_account: dict[int, list[InboundItem]] = {}
    for row, items in batch:
        by_account.setdefault(row.account_id, []).extend(items)
    with db.sqlite_write_gate(), transaction.atomic():
        for account_id, items in by_account.items():
            for part in db.chunks(items, BATCH_MAX):
                ingest_many(accounts[account_id], part)
    # Only once stored: were the process to die first, storing them again changes nothing.
    ids = [row.id for row, _ in batch]
    with _queue_gate.held():
        _queue().execute(f"DELETE FROM queued WHERE id IN ({', '.join('?' * len(ids))})", ids)  # noqa: S608


def _postpone(row: Queued, error: Exception) -> None:
    attempts = row.attempts + 1
    given_up = attempts >= MAX_ATTEMPTS
    log.error(
        "Queued webhook %s (account %s) could not be stored, attempt %d%s: %s",
        row.id,
        row.account_id,
        attempts,
        "; giving up (openline channel queue --retry sends it round again)" if given_up else "",
        error,
    )
    with _queue_gate.held():
        _queue().execute(
            "UPDATE queued SET attempts = ?, next_attempt_at = ?, last_error = ? WHERE id = ?",
            (
                attempts,
                None if given_up else time.time() + 2**attempts,
                f"{type(error).__name__}: {error}",
                row.id,
            ),
        )


# --- the companion process of `openline serve` --------------------------------------------


def run_drainer(parent: int | None = None) -> None:
    """Drains the queue every POLL_SECONDS until `parent` (the web server) is gone. A process
    of its own: a thread in each web process would hold that process's GIL while it stores a
    batch, and the process would answer no webhook meanwhile (measured: ~15-30 % of the CPU
    then idle under load)."""
    while parent is None or os.getppid() == parent:
        time.sleep(POLL_SECONDS)
        try:
            close_old_connections()
            drain_if_enabled()
        except Exception:
            log.exception("Draining the webhook queue failed; trying again shortly")


# --- the thread in each server process --------------------------------------------------------


class _Drainer:
    def __init__(self) -> None:
        self._wake = threading.Event()
        self._stopping = threading.Event()
        self._thread = threading.Thread(target=self._run, name="openline-webhooks", daemon=True)
        self._thread.start()

    def wake(self) -> None:
        self._wake.set()

    def stop(self, timeout: float = 5.0) -> bool:
        """Ends the thread once its drain under way is done, its database connection closed
        (a test, before its database is emptied). False where it is still draining."""
        self._stopping.set()
        self._wake.set()
        self._thread.join(timeout)
        return not self._thread.is_alive()

    def _run(self) -> None:
        """Drains when woken (no companion process) or once a second (a safety net when there
        is one: it finds the lock taken and leaves at once)."""
        try:
            while not self._stopping.is_set():
                if self._wake.wait(LOOK_EVERY_SECONDS) and not self._stopping.is_set():
                    # Let the webhooks arriving meanwhile join the batch: a message costs ~2 ms
                    # stored alone, ~0.3 ms in a batch of 100 (bench/ingest_inprocess.py).
                    time.sleep(GATHER_SECONDS)
                self._wake.clear()
                if self._stopping.is_set():
                    break
                try:
                    close_old_connections()
                    drain_if_enabled()
                except Exception:
                    log.exception("Draining the webhook queue failed; trying again shortly")
        finally:
            connection.close()


_drainers: dict[int, _Drainer] = {}
_starting = threading.Lock()


def _drainer() -> _Drainer:
    """This process's drainer, started on first use (after a fork, a new one)."""
    pid = os.getpid()
    if pid not in _drainers:
        with _starting:
            if pid not in _drainers:
                _drainers[pid] = _Drainer()
    return _drainers[pid]


def stop_drainer(timeout: float = 5.0) -> bool:
    """Stops this process's drainer thread, if it runs (the next webhook starts another).
    False where it is still draining after `timeout`."""
    with _starting:
        drainer = _drainers.pop(os.getpid(), None)
    return drainer is None or drainer.stop(timeout)
