"""CPU time per signed-in page, in process (issue 19): less sensitive to a loaded machine than wrk.

    export OPENLINE_DATA_DIR=<a data dir seeded with `openline seed --threads 2000`> SECRET_KEY=x
    PYTHONPATH=src .venv/bin/python bench/signed_in_cpu.py /t/<id>/<slug>/ /s/ideas/ [--runs 50]

Each page is asked `--runs` times through Django's test client (the whole middleware stack)
signed in as `customer`, after two warm-up requests; `time.thread_time()` around each request
gives its CPU time (no waiting on other processes counted). The anonymous thread page is also
timed with the cache (and what the process keeps by version) cleared before each request: the
first view after a change (the page cache, the reply fragments and the thread head all miss).
Prints median and p95 and the number of queries of one request.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, os.environ.get("OPENLINE_SRC", str(ROOT / "src")))  # another checkout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("thread")
    parser.add_argument("space")
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--user", default="customer")
    parser.add_argument("--tag", help="a tag's slug: its page is timed too")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.cache import cache
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext

    try:  # what a process keeps besides the cache (this branch on): dropped with it
        from openline.community.thread_page import forget
    except ImportError:  # an older checkout
        forget = lambda: None  # noqa: E731

    user = get_user_model().objects.get(username=args.user)
    signed_in = Client(HTTP_HOST="127.0.0.1")
    signed_in.force_login(user)
    anonymous = Client(HTTP_HOST="127.0.0.1")

    def measure(client: Client, path: str, *, clear: bool = False) -> tuple[list[float], int]:
        for _ in range(2):
            assert client.get(path).status_code == 200, path
        samples = []
        for _ in range(args.runs):
            if clear:
                cache.clear()
                forget()
            start = time.thread_time()
            response = client.get(path)
            samples.append(time.thread_time() - start)
            assert response.status_code == 200, path
        if clear:
            cache.clear()
            forget()
        with CaptureQueriesContext(connection) as queries:
            client.get(path)
        return samples, len(queries)

    rows = [
        ("signed-in thread", signed_in, args.thread, False),
        ("signed-in home", signed_in, "/", False),
        ("signed-in space", signed_in, args.space, False),
        *([("signed-in tag", signed_in, f"/tags/{args.tag}/", False)] if args.tag else []),
        # What every signed-in page pays before its view: session, user, middleware.
        ("signed-in /robots.txt", signed_in, "/robots.txt", False),
        ("anonymous /robots.txt", anonymous, "/robots.txt", False),
        ("anonymous thread, cache miss", anonymous, args.thread, True),
        ("anonymous thread, cache hit", anonymous, args.thread, False),
    ]
    print(f"# {args.runs} runs each, load {os.getloadavg()[0]:.1f}")
    for name, client, path, clear in rows:
        samples, queries = measure(client, path, clear=clear)
        ordered = sorted(samples)
        p95 = ordered[min(len(ordered) - 1, int(0.95 * len(ordered)))]
        print(
            f"{name:32} median {statistics.median(samples) * 1e3:6.2f} ms  "
            f"p95 {p95 * 1e3:6.2f} ms  ({queries} queries)"
        )


if __name__ == "__main__":
    main()
