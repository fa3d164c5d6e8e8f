"""CPU time per precise detector on a 2 KB draft made of the dev drafts (the same text the
latency part of guidance_eval_companies.py builds), so a change to one detector can be weighed
on a loaded machine, where wall-clock times are noise.

    PYTHONPATH=src .venv/bin/python bench/guidance_detector_cpu.py [--runs 300]
"""

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
DRAFTS = HERE / "eval" / "guidance" / "drafts_dev.jsonl"


def draft(size: int = 2048) -> str:
    text = ""
    for line in DRAFTS.read_text().splitlines():
        if len(text) > size:
            break
        text += json.loads(line)["text"] + "\n\n"
    return text[:size]


def cpu_ms(check: Callable[[], object], runs: int) -> float:
    check()
    start = time.process_time()
    for _ in range(runs):
        check()
    return (time.process_time() - start) / runs * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=300)
    runs = parser.parse_args().runs
    import django

    django.setup()
    from openline.guidance.detectors import language, money, personal, secrets

    text = draft()
    none: frozenset[str] = frozenset()
    for name, check in (
        ("secrets", lambda: secrets.detect(text)),
        ("cards and IBANs", lambda: money.detect(text)),
        ("personal data", lambda: personal.detect(text, public_emails=none, public_phones=none)),
        ("profanity", lambda: list(language._profanity(text, text.lower()))),
    ):
        print(f"{name:16} {cpu_ms(check, runs):6.2f} ms CPU")


if __name__ == "__main__":
    main()
