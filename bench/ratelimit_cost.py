"""What one counted request costs the rate limiter without Redis (the database cache).

    .venv/bin/python bench/ratelimit_cost.py [--checks 2000]

On a throwaway SQLite database (WAL, the embedded default) and no REDIS_URL, so
`caches["shared"]` is the database table: `ratelimit.hit()` for one key, counted (under the
limit) and refused (over it). Prints the SQL statements per check and the microseconds per
check, p50 / p95.
"""

import argparse
import contextlib
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def setup() -> None:
    os.environ["OPENLINE_DATA_DIR"] = tempfile.mkdtemp(prefix="openline-bench-ratelimit-")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.pop("REDIS_URL", None)
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.base"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def measure(checks: int, key_prefix: str, limit: int) -> tuple[float, list[float]]:
    from django.conf import settings
    from django.db import connection, reset_queries
    from django.test.utils import CaptureQueriesContext

    from openline.core.ratelimit import RateLimited, hit

    settings.OPENLINE["RATE_BENCH"] = (limit, 600)
    times: list[float] = []
    queries = 0
    for n in range(checks):
        key = f"{key_prefix}{n % 50}"  # 50 callers, as a busy sign-in page would see
        reset_queries()
        with CaptureQueriesContext(connection) as captured:
            start = time.perf_counter()
            with contextlib.suppress(RateLimited):
                hit("bench", key)
            times.append((time.perf_counter() - start) * 1e6)
        queries += len(captured.captured_queries)
    return queries / checks, times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--checks", type=int, default=2000)
    args = parser.parse_args()
    setup()
    from django.conf import settings

    print(f"shared cache: {settings.CACHES['shared']['BACKEND']}")
    for label, limit in (("counted", 10**9), ("refused", 0)):
        per_check, times = measure(args.checks, f"{label}-", limit)
        cuts = statistics.quantiles(times, n=100)
        print(
            f"{label}: {per_check:.1f} queries per check, "
            f"p50 {cuts[49]:.0f} µs, p95 {cuts[94]:.0f} µs ({args.checks} checks)"
        )


if __name__ == "__main__":
    main()
