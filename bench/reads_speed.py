"""What recording reads adds to a page.

    .venv/bin/python bench/reads_speed.py [--runs 2000]

On a throwaway SQLite database (WAL, the embedded default), a signed-in member reads a thread:

1. the work ReadsMiddleware does per page (resolve the path, note the view, the visit and the
   read in memory): timed directly, p50 / p95 / p99;
2. the whole page through Django's test client with and without the middleware, interleaved,
   to see the difference in context (noisy: a page is milliseconds, the recording microseconds);
3. the batch write every ten seconds, per read it carries (it runs on its own thread, not on
   a page).

Target (issue 5): recording a read adds at most 1 ms to a page.
"""

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))


def setup() -> None:
    os.environ["OPENLINE_DATA_DIR"] = tempfile.mkdtemp(prefix="openline-bench-reads-")
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.base"
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


def percentiles(samples: list[float]) -> str:
    ordered = sorted(samples)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))]  # noqa: E731
    return (
        f"p50 {pick(0.5) * 1e6:,.0f} µs, p95 {pick(0.95) * 1e6:,.0f} µs, "
        f"p99 {pick(0.99) * 1e6:,.0f} µs"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args()
    setup()
    from django.conf import settings
    from django.test import Client, RequestFactory, override_settings
    from django.utils import timezone

    from openline.accounts.models import User
    from openline.community import actions
    from openline.community.models import Space
    from openline.participation import reads
    from openline.people.models import ThreadRead

    reader = User.objects.create(username="reader")
    staff = User.objects.create(username="staff", role="agent")
    space = Space.objects.create(slug="thermostats", name="Thermostats")
    title = "Thermostat loses Wi-Fi every night"
    thread = actions.create_thread(reader, space, kind="question", title=title, body="Since 4.12.")
    for n in range(20):
        actions.create_reply(staff, thread, body=f"Reply number {n}: try a fixed IP address.")
    url = thread.get_absolute_url()
    agent = {"HTTP_USER_AGENT": "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0",
             "HTTP_HOST": "127.0.0.1"}  # fmt: skip

    # 1. The middleware's own work, per page.
    request = RequestFactory().get(url, **agent)
    request.user = reader
    samples = []
    for n in range(args.runs):
        reads.recorder._seen.clear() if n % 2 else None  # half of them new reads of the day
        request.__dict__.pop("_openline_match", None)  # resolved afresh, as on a real page
        started = time.perf_counter()
        reads.note(request)
        reads.recorder.due(10)
        samples.append(time.perf_counter() - started)
    print(f"1. recording per page ({args.runs} runs): {percentiles(samples)}")

    # 2. The page with and without the middleware, interleaved.
    without = [
        m for m in settings.MIDDLEWARE if m != "openline.participation.reads.ReadsMiddleware"
    ]
    with_client = Client(**agent)
    with_client.force_login(reader)
    with override_settings(MIDDLEWARE=without):  # each client keeps the chain it first built
        without_client = Client(**agent)
        without_client.force_login(reader)
        without_client.get(url)
    with_client.get(url)
    timings: dict[str, list[float]] = {"with": [], "without": []}
    pages = max(200, args.runs // 5)
    for _ in range(pages):
        for label, client in (("with", with_client), ("without", without_client)):
            started = time.perf_counter()
            status = client.get(url).status_code
            timings[label].append(time.perf_counter() - started)
            assert status == 200, status
    for label, values in timings.items():
        print(f"2. signed-in thread page {label} the middleware ({pages} pages): "
              f"mean {statistics.fmean(values) * 1e3:.2f} ms, {percentiles(values)}")  # fmt: skip
    difference = statistics.median(timings["with"]) - statistics.median(timings["without"])
    print(f"   difference of the medians: {difference * 1e6:,.0f} µs")

    # 3. The batch write, per read carried.
    reads.recorder.flush()
    ThreadRead.objects.all().delete()
    readers = User.objects.bulk_create(User(username=f"r{n}") for n in range(1000))
    today = timezone.now().date()
    for r in readers:
        reads.recorder.read(r.pk, thread.pk, today)
        reads.recorder.visit(r.pk, today)
        reads.recorder.view(thread.pk)
    started = time.perf_counter()
    written = reads.recorder.flush()
    seconds = time.perf_counter() - started
    print(f"3. flush of {written}: {seconds * 1e3:.1f} ms, {seconds / 1000 * 1e6:.0f} µs per read "
          f"(off the page, every 10 s)")  # fmt: skip


if __name__ == "__main__":
    main()
