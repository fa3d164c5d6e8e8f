"""CPU time of the detectors alone (`detect_all`) on the first 2 KB of a drafts file, in process:
min, p50 and p95 of 300 runs after 20 warm-up runs. Run it in two trees back to back to compare
them on a shared machine (the minimum is the steadiest figure).

    PYTHONPATH=src .venv/bin/python bench/guidance_detect_cpu.py bench/eval/guidance/drafts_de.jsonl
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def main() -> None:
    import django

    django.setup()
    from openline.guidance.detectors import Company, RegisterIndex, detect_all

    text = ""
    with open(sys.argv[1], encoding="utf-8") as drafts:
        for line in drafts:
            text += json.loads(line)["text"] + "\n\n"
            if len(text) >= 2048:
                break
    text = text[:2048]
    company, register = Company.build("Tandemly", ["Tandemly app"]), RegisterIndex()
    for _ in range(20):
        detect_all(text, register=register, company=company)
    timings = []
    for _ in range(300):
        start = time.thread_time()
        detect_all(text, register=register, company=company)
        timings.append((time.thread_time() - start) * 1000)
    timings.sort()
    p95 = timings[int(0.95 * len(timings)) - 1]
    print(
        f"min {timings[0]:.2f} p50 {statistics.median(timings):.2f} p95 {p95:.2f} ms CPU"
        f" (load average {os.getloadavg()[0]:.1f})"
    )


if __name__ == "__main__":
    main()
