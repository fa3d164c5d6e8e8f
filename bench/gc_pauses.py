"""Full garbage collections of a web process serving signed-in pages (issue 19, core.heap).

    export OPENLINE_DATA_DIR=<seeded with `openline seed --threads 2000`> SECRET_KEY=x
    PYTHONPATH=src .venv/bin/python bench/gc_pauses.py /t/<id>/<slug>/ --requests 20000 \\
        --settle {import,first-requests}

Asks the page `--requests` times signed in as `customer` through Django's test client (in one
thread), the heap settled as a web process settles it: `import` freezes it once before the first
request (config.wsgi before signedin-v5), `first-requests` also after the first
`core.heap.SETTLE_AFTER` requests (config.wsgi now). Each collection's CPU time
(`time.thread_time` in `gc.callbacks`, with the GIL held: no other thread of the process runs)
is summed per generation; every full collection is printed with the request it came after.
"""

import argparse
import gc
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("path")
    parser.add_argument("--requests", type=int, default=20000)
    parser.add_argument("--settle", choices=["import", "first-requests"], default="first-requests")
    parser.add_argument("--user", default="customer")
    args = parser.parse_args()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    from openline.core import heap

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(get_user_model().objects.get(username=args.user))
    heap.settle()  # at import, as config.wsgi does
    spent = {0: 0.0, 1: 0.0, 2: 0.0}
    count = {0: 0, 1: 0, 2: 0}
    began = [0.0]
    served = [0]

    def timed(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            began[0] = time.thread_time()
            return
        took = time.thread_time() - began[0]
        spent[info["generation"]] += took
        count[info["generation"]] += 1
        if info["generation"] == 2:
            print(f"  full collection after request {served[0]:6}: {took * 1e3:5.1f} ms CPU")

    gc.callbacks.append(timed)
    load = Path("/proc/loadavg").read_text().split()[0]
    print(f"# {args.requests} requests, settle at {args.settle}, load {load}")
    started = time.thread_time()
    for served[0] in range(1, args.requests + 1):
        assert client.get(args.path).status_code == 200
        if args.settle == "first-requests" and served[0] == heap.SETTLE_AFTER:
            heap.settle()
    total = time.thread_time() - started
    per_gen = ", ".join(
        f"gen{g}: {count[g]} x {spent[g] / max(count[g], 1) * 1e3:.1f} ms" for g in (0, 1, 2)
    )
    print(
        f"{total / args.requests * 1e3:.3f} ms CPU per request; collections {per_gen}; "
        f"{sum(spent.values()) / total:.1%} of the CPU in collections"
    )


if __name__ == "__main__":
    main()
