"""CPU to build the prefilter's Hyperscan database of every detector pattern, whole and in pieces.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/prefilter_pieces.py [50 100 200]

Hyperscan's compile time grows faster than the number of patterns (session 34: 895 rewritten
patterns, ~40 s of CPU as one database, ~12 s as databases of 50), which is why
tests/guidance/test_prefilter.py builds its database of every pattern in pieces.
"""

import os
import sys
import time
from pathlib import Path

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
django.setup()
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.guidance.test_gates import PATTERNS  # noqa: E402

from openline.guidance.detectors import prefilter  # noqa: E402


def main() -> None:
    sizes = [int(arg) for arg in sys.argv[1:]] or [50, 100, 200]
    started = time.process_time()
    rewritten = [x for p in PATTERNS if (x := prefilter._translation(p)) is not None]
    print(
        f"{len(PATTERNS)} patterns, {len(rewritten)} rewritten in "
        f"{time.process_time() - started:.2f} s"
    )
    started = time.process_time()
    prefilter._database(rewritten)
    print(f"one database: {time.process_time() - started:.2f} s")
    for size in sizes:
        started = time.process_time()
        worst = 0.0
        for at in range(0, len(rewritten), size):
            piece = time.process_time()
            prefilter._database(rewritten[at : at + size])
            worst = max(worst, time.process_time() - piece)
        print(
            f"pieces of {size}: {time.process_time() - started:.2f} s (slowest piece {worst:.2f} s)"
        )


if __name__ == "__main__":
    main()
