import json
import os
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from openline.core import health

MARKS = {health.OK: "ok  ", health.WARN: "WARN", health.FAIL: "FAIL"}


class Command(BaseCommand):
    help = (
        "Prints the health of the web server, the worker, the task queues, the channels and "
        "the database. Exits 1 when something does not work (a FAIL), 0 otherwise."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--host", default=os.environ.get("HOST", "127.0.0.1"))
        parser.add_argument("--port", type=int, default=int(os.environ.get("PORT", "8000")))
        parser.add_argument(
            "--json", action="store_true", dest="as_json", help="one JSON object, for scripts"
        )

    def handle(self, *args: Any, host: str, port: int, as_json: bool, **options: Any) -> None:
        checks = health.run_all(host, port)
        healthy = all(check.state != health.FAIL for check in checks)
        if as_json:
            self.stdout.write(_json(checks, healthy))
        else:
            for check in checks:
                self.stdout.write(f"{MARKS[check.state]}  {check.name:<9} {check.summary}")
                for line in _detail_lines(check):
                    self.stdout.write(f"                 {line}")
        if not healthy:
            failed = ", ".join(c.name for c in checks if c.state == health.FAIL)
            raise CommandError(f"Unhealthy: {failed}.", returncode=1)


def _json(checks: list[health.Check], healthy: bool) -> str:
    return json.dumps(
        {
            "healthy": healthy,
            "checks": {
                c.name: {"state": c.state, "summary": c.summary, **c.details} for c in checks
            },
        },
        indent=2,
        default=str,
    )


def _detail_lines(check: health.Check) -> list[str]:
    if check.name == "channels":
        return [
            f"{c['kind']} “{c['name']}” (#{c['id']}): {c['queued']} queued, {c['failed']} failed"
            + (f"; {'; '.join(c['problems'])}" if c["problems"] else "")
            for c in check.details.get("channels", [])
        ]
    if check.name == "tasks":
        return [
            f"queue {name}: " + ", ".join(f"{n} {status.lower()}" for status, n in counts.items())
            for name, counts in check.details.get("queues", {}).items()
        ]
    return []
