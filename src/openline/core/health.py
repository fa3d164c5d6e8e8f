"""Health checks behind `openline status`: web, worker, task queues, database here; apps
register theirs when ready (channels: per-channel errors), as they do companions and periodic
jobs. A check answers OK, WARN (look at it) or FAIL (something does not work: the command
exits non-zero)."""

import http.client
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.models import Case, Count, F, Min, Q, When
from django.tasks import TaskResultStatus
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from . import heartbeat
from .models import WorkerHeartbeat

OK, WARN, FAIL = "ok", "warn", "fail"
# A task waiting longer than this means no worker is keeping up.
TASK_WAIT_FAIL = timedelta(minutes=5)


@dataclass
class Check:
    name: str
    state: str
    summary: str
    details: dict[str, Any] = field(default_factory=dict)


_checks: dict[str, Callable[[], Check]] = {}


def register(name: str, check: Callable[[], Check]) -> None:
    _checks[name] = check


def run_all(host: str, port: int) -> list[Check]:
    """Every check, each on its own: one that raises is reported as failed, not fatal."""
    checks = {
        "database": check_database,
        "web": lambda: check_web(host, port),
        "worker": check_worker,
        "tasks": check_tasks,
        **_checks,
    }
    return [_guarded(name, check) for name, check in checks.items()]


def _guarded(name: str, check: Callable[[], Check]) -> Check:
    try:
        return check()
    except Exception as error:
        return Check(name, FAIL, f"the check failed: {type(error).__name__}: {error}")


def ago(seconds: float) -> str:
    if seconds < 90:
        return f"{seconds:.0f} s ago"
    if seconds < 5400:
        return f"{seconds / 60:.0f} min ago"
    if seconds < 172800:
        return f"{seconds / 3600:.1f} h ago"
    return f"{seconds / 86400:.0f} days ago"


def check_web(host: str, port: int) -> Check:
    """Is something listening on the configured address, and does it answer like Openline?"""
    target = "127.0.0.1" if host in {"", "0.0.0.0", "::"} else host  # noqa: S104
    details: dict[str, Any] = {"address": f"{host}:{port}"}
    started = time.perf_counter()
    try:
        conn = http.client.HTTPConnection(target, port, timeout=5)
        conn.request("GET", "/robots.txt", headers={"Host": "127.0.0.1"})
        status = conn.getresponse().status
        conn.close()
    except OSError as error:  # refused, timed out, unreachable
        return Check("web", FAIL, f"nothing answers on {host}:{port} ({error})", details)
    details.update(status=status, ms=round((time.perf_counter() - started) * 1000, 1))
    state = OK if status < 500 else FAIL
    return Check("web", state, f"{host}:{port} answered {status} in {details['ms']} ms", details)


def _worker_state(row: WorkerHeartbeat, now: datetime) -> str:
    if heartbeat.is_fresh(row, now):
        return "running"
    return "stopped" if row.stopped_at else "lost"  # lost: killed, or its machine went down


def check_worker() -> Check:
    now = timezone.now()
    rows = list(WorkerHeartbeat.objects.order_by("-seen_at")[:20])
    workers: list[dict[str, Any]] = [
        {
            "id": row.worker_id,
            "host": row.hostname,
            "pid": row.pid,
            "seen_seconds_ago": round((now - row.seen_at).total_seconds(), 1),
            "state": _worker_state(row, now),
        }
        for row in rows
    ]
    alive = [w for w in workers if w["state"] == "running"]
    details = {"workers": workers, "alive": len(alive)}
    if alive:
        newest = min(w["seen_seconds_ago"] for w in alive)
        return Check("worker", OK, f"{len(alive)} alive, last heartbeat {ago(newest)}", details)
    if workers:
        last = workers[0]
        return Check(
            "worker",
            FAIL,
            f"none alive: the last one ({last['host']}, pid {last['pid']}) "
            f"{last['state']}, seen {ago(last['seen_seconds_ago'])}",
            details,
        )
    return Check("worker", FAIL, "no worker has ever run: start `openline worker`", details)


def check_tasks() -> Check:
    now = timezone.now()
    counts = {status: 0 for status in TaskResultStatus.values}
    queues: dict[str, dict[str, int]] = {}
    for row in (
        DBTaskResult.objects.order_by().values("queue_name", "status").annotate(n=Count("id"))
    ):
        queues.setdefault(row["queue_name"], dict.fromkeys(TaskResultStatus.values, 0))
        queues[row["queue_name"]][row["status"]] = row["n"]
        counts[row["status"]] += row["n"]
    waiting_since = DBTaskResult.objects.ready().aggregate(
        since=Min(
            Case(When(run_after=get_date_max(), then=F("enqueued_at")), default=F("run_after"))
        )
    )["since"]
    failed_today = DBTaskResult.objects.filter(
        Q(status=TaskResultStatus.FAILED), finished_at__gte=now - timedelta(days=1)
    ).count()
    wait = (now - waiting_since).total_seconds() if waiting_since else 0.0
    details = {
        "ready": counts["READY"],
        "running": counts["RUNNING"],
        "failed": counts["FAILED"],
        "successful": counts["SUCCESSFUL"],
        "failed_last_day": failed_today,
        "oldest_waiting_seconds": round(wait, 1),
        "queues": queues,
    }
    summary = (
        f"{counts['READY']} ready, {counts['RUNNING']} running, {counts['FAILED']} failed "
        f"({failed_today} in the last day), {counts['SUCCESSFUL']} done"
    )
    if waiting_since:
        summary += f"; oldest waiting since {ago(wait)}"
    if wait > TASK_WAIT_FAIL.total_seconds():
        return Check("tasks", FAIL, summary, details)
    return Check("tasks", WARN if failed_today else OK, summary, details)


def check_database() -> Check:
    connection.ensure_connection()
    executor = MigrationExecutor(connection)
    unapplied = [
        f"{migration.app_label}.{migration.name}"
        for migration, _ in executor.migration_plan(executor.loader.graph.leaf_nodes())
    ]
    details: dict[str, Any] = {"engine": connection.vendor, "unapplied_migrations": unapplied}
    if connection.vendor == "sqlite":
        path = Path(connection.settings_dict["NAME"])
        size = sum(p.stat().st_size for p in (path, Path(f"{path}-wal")) if p.exists())
        details.update(path=str(path), bytes=size)
        where = f"{path} ({size / 1e6:.1f} MB)"
    else:
        with connection.cursor() as cursor:
            cursor.execute("SELECT pg_database_size(current_database())")
            size = cursor.fetchone()[0]
        details.update(name=connection.settings_dict["NAME"], bytes=size)
        where = f"{connection.settings_dict['NAME']} ({size / 1e6:.1f} MB)"
    if unapplied:
        summary = (
            f"{connection.vendor} {where}: {len(unapplied)} migrations not applied "
            "(run `openline migrate`)"
        )
        return Check("database", FAIL, summary, details)
    return Check("database", OK, f"{connection.vendor} {where}, migrations applied", details)
