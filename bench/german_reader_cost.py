"""What the German reader costs per check: a 2 KB German draft made of a read set's drafts
(guidance_eval_companies.sample_draft), its sentences scored with the reader's cache cleared
before every run (every sentence new, as for a pasted draft), and detect_all on the same draft
with the reader on and off.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/german_reader_cost.py \\
        bench/eval/guidance/drafts_de9.jsonl --runs 300
"""

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ.setdefault("SECRET_KEY", "x")


def timed(fn, runs: int) -> tuple[float, float]:
    cpu = []
    for _ in range(runs):
        start = time.thread_time()
        fn()
        cpu.append((time.thread_time() - start) * 1000)
    cpu.sort()
    return statistics.median(cpu), cpu[max(0, int(0.95 * len(cpu)) - 1)]


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("data")
    p.add_argument("--runs", type=int, default=300)
    p.add_argument(
        "--concept-weight",
        type=float,
        default=None,
        help="german_wording.CONCEPT_WEIGHT (0: the concept flags not computed)",
    )
    o = p.parse_args()
    import django

    django.setup()
    from django.conf import settings
    from guidance_eval_companies import sample_draft

    from openline.guidance.detectors import RegisterIndex, detect_all
    from openline.guidance.detectors.wording import scored_text, sentences
    from openline.language import german_wording

    drafts = [json.loads(line) for line in Path(o.data).read_text().splitlines() if line]
    text = sample_draft(drafts)
    read = [scored_text(text[s:e]) for s, e in sentences(text)]
    german_wording.head()  # loaded once per process
    if o.concept_weight is not None:
        german_wording.CONCEPT_WEIGHT = o.concept_weight

    def cold() -> None:
        german_wording.clear_cache()
        german_wording.score(read)

    p50, p95 = timed(cold, o.runs)
    print(f"{len(text)}-character draft, {len(read)} sentences, {o.runs} runs (CPU time)")
    print(f"reader, nothing cached:     p50 {p50:.2f} ms   p95 {p95:.2f} ms")
    register = RegisterIndex()
    for on in (False, True):
        settings.OPENLINE = {
            **settings.OPENLINE,
            "GUIDANCE_WORDING_MODEL": True,
            "GUIDANCE_GERMAN_READER": on,
        }

        def check() -> None:
            german_wording.clear_cache()
            detect_all(text, register=register)

        check()
        p50, p95 = timed(check, o.runs)
        print(
            f"detect_all, reader {'on ' if on else 'off'}:     p50 {p50:.2f} ms   p95 {p95:.2f} ms"
        )
    print(f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
