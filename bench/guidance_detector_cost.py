"""CPU time of the precise detectors (personal data, secrets, register) on 2 KB drafts made of a
drafts file, per detector: what a change to their patterns costs.

    PYTHONPATH=src .venv/bin/python bench/guidance_detector_cost.py \
        bench/eval/guidance/drafts_holdout3.jsonl
    ROOT=/tmp/before .venv/bin/python bench/guidance_detector_cost.py FILE   # another export's src
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, os.environ.get("ROOT", str(HERE.parent)) + "/src")
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"


def main() -> None:
    import django

    django.setup()
    from openline.guidance.detectors import internal, personal, secrets

    drafts = [json.loads(line)["text"] for line in Path(sys.argv[1]).read_text().splitlines()]
    texts = ["\n\n".join(drafts[i : i + 12])[:2048] for i in range(0, len(drafts) - 12, 12)]
    register = internal.RegisterIndex.build(
        [
            ("INC-4402", "other", "internal incident: direct debits collected twice for ~6,000 "
             "customers", ["INC 4402", "4402", "the double direct-debit run"]),
            ("Kettle", "code_name", "internal scoring tool (word is also an ordinary kettle)",
             ["the Kettle tool"]),
            ("Heron", "code_name", "code name",
             ["Project Heron", "the Frankfurt processor outage"]),
        ]
    )  # fmt: skip
    detectors = {
        "personal": lambda t: personal.detect(
            t, public_emails=frozenset(), public_phones=frozenset()
        ),
        "secrets": secrets.detect,
        "internal": lambda t: internal.detect(t, register),
    }
    for name, detect in detectors.items():
        times = []
        for text in texts * 3:
            start = time.thread_time()
            detect(text)
            times.append((time.thread_time() - start) * 1000)
        times.sort()
        p95 = times[max(0, int(0.95 * len(times)) - 1)]
        print(f"{name:<10} p50 {statistics.median(times):.2f} ms   p95 {p95:.2f} ms")


if __name__ == "__main__":
    main()
