"""CPU time per product-feedback page, and of each of its parts, on a data directory kept by
`product_feedback_speed.py --keep DIR` (seeded there). CPU time, not wall time: on a machine
shared with others the wall time mostly measures the neighbours.

    .venv/bin/python bench/product_feedback_cpu.py DIR [--runs 10]
"""

import argparse
import os
import statistics
import sys
import time
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))


def cpu(fn: Callable[[], object], runs: int) -> str:
    fn()
    spent = []
    for _ in range(runs):
        started = time.process_time()
        fn()
        spent.append((time.process_time() - started) * 1000)
    spent.sort()
    return f"min {spent[0]:.0f} ms, p50 {statistics.median(spent):.0f} ms, max {spent[-1]:.0f} ms"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("data_dir")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    os.environ["OPENLINE_DATA_DIR"] = args.data_dir
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.base"
    import django

    django.setup()
    from django.test import Client
    from django.utils import timezone

    from openline.accounts.models import User
    from openline.feedback.selectors import ideas_by_demand
    from openline.insights import product

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(User.objects.get(username="pm"))
    today = timezone.now().date()
    for days, area in ((30, ""), (90, ""), (364, ""), (364, "area-3")):
        params = {"from": str(today - timedelta(days)), "area": area}
        page = cpu(lambda p=params: client.get("/staff/product-feedback/", p), args.runs)
        print(f"page, {days} days{', one area' if area else ''}: {page}")
    filters = product.page_filters({"from": str(today - timedelta(364))})
    week = max(filters.since, filters.until - timedelta(6))
    parts = {
        "product_feedback()": lambda: product.product_feedback(filters),
        "rising terms": lambda: product._rising_terms(filters, week),
        "top ideas": lambda: ideas_by_demand(filters.items(), limit=8),
    }
    if hasattr(product, "cells"):  # the rollup-backed page
        first = min(filters.since, week - timedelta(7))
        zone = product.company_zone()
        parts["cells() (rollups + live days)"] = lambda: product.cells(filters, first)
        parts["live_days() (fingerprints)"] = lambda: product.live_days(filters, first, zone)
    for name, fn in parts.items():
        print(f"364 days, {name}: {cpu(fn, args.runs)}")


if __name__ == "__main__":
    main()
