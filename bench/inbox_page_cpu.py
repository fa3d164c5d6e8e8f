"""CPU of the signed-in inbox page (`/inbox/`) in one process: thread time per page (p50, p95)
and Python calls per page, which the machine's load does not move (session 21, lead).

    OPENLINE_DATA_DIR=/tmp/openline-bench-live-… SECRET_KEY=x PYTHONPATH=src \
        .venv/bin/python bench/inbox_page_cpu.py [--pages 60]

The data dir is one `bench/live_inboxes.py --keep` left behind (its 500 agents and seeded
conversations); any data dir with staff works. Run it with `PYTHONPATH=<other tree>/src` on the
same data dir, alternating, to tell a change of code from a change of machine.
"""

import argparse
import cProfile
import os
import pstats
import statistics
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--pages", type=int, default=60)
    args = parser.parse_args()
    import django

    django.setup()
    from django.test import Client

    from openline.accounts.models import STAFF_ROLES, User

    staff = User.objects.filter(role__in=list(STAFF_ROLES)).order_by("id")
    reader = staff.last()
    assert reader is not None, "no staff member in this data dir"
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(reader)
    for _ in range(5):
        assert client.get("/inbox/").status_code == 200
    spent = []
    for _ in range(args.pages):
        started = time.thread_time()
        client.get("/inbox/")
        spent.append((time.thread_time() - started) * 1000)
    spent.sort()
    profile = cProfile.Profile()
    profile.enable()
    for _ in range(10):
        client.get("/inbox/")
    profile.disable()
    calls = pstats.Stats(profile).total_calls / 10  # type: ignore[attr-defined]
    print(
        f"{staff.count()} staff, load {os.getloadavg()[0]:.1f}: /inbox/ CPU per page "
        f"p50 {statistics.median(spent):.2f} ms, p95 {spent[int(len(spent) * 0.95) - 1]:.2f} ms; "
        f"{calls:,.0f} Python calls per page"
    )


if __name__ == "__main__":
    main()
