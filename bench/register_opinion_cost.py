"""Thread CPU the register's second opinion (detectors/register_opinion.py) adds to a check, on
the 2 KB draft guidance_eval_companies.py times (the file's first company's drafts joined and cut
at 2,048 characters) and on every draft of a read set that has a register finding.

    PYTHONPATH=src SECRET_KEY=x /work/main/.venv/bin/python bench/register_opinion_cost.py \\
        bench/eval/guidance/drafts_holdout13.jsonl

Cold: the sentence vectors are not cached (the wording head's cache is emptied before every
run), so the flagged sentences are embedded here; warm: the wording head already embedded them
(what a check costs when the head read those sentences). The notes' vectors are computed once
per register before timing (a register is prepared once per change).
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")


def timed(fn, runs: int) -> list[float]:
    out = []
    for _ in range(runs):
        started = time.thread_time()
        fn()
        out.append((time.thread_time() - started) * 1000)
    return out


def main() -> int:
    import django

    django.setup()
    import register_groups
    from guidance_eval_companies import sample_draft

    from openline.guidance.detectors import german, register_meaning
    from openline.guidance.detectors.internal import detect
    from openline.guidance.detectors.register_opinion import second_opinion
    from openline.language import wording

    path = Path(sys.argv[1])
    drafts = [json.loads(line) for line in path.read_text().splitlines() if line]
    registers = register_groups._registers()

    def cost(text: str, register, runs: int) -> tuple[float, float, int]:
        hits = detect(text, register)
        register_meaning.register_notes(register)
        second_opinion(text, register, hits)  # the notes' vectors, once per register

        def cold() -> None:
            wording.clear_cache()
            second_opinion(text, register, hits)

        warm = timed(lambda: second_opinion(text, register, hits), runs)
        return statistics.median(timed(cold, runs)), statistics.median(warm), len(hits)

    text = sample_draft(drafts)
    register = registers[drafts[0]["company"]]
    cold, warm, found = cost(text, register, 50)
    print(f"2 KB draft ({len(text)} chars, {found} register findings): cold {cold:.2f} ms, "
          f"warm {warm:.2f} ms (median of 50)")  # fmt: skip
    colds, warms = [], []
    for draft in drafts:
        text = draft["text"]
        register = registers[draft["company"]]
        if german.looks_german(text) or not detect(text, register):
            continue
        cold, warm, _ = cost(text, register, 3)
        colds.append(cold)
        warms.append(warm)
    q = statistics.quantiles
    print(f"{len(colds)} drafts with a register finding: cold median {statistics.median(colds):.2f}"
          f" ms, p95 {q(colds, n=20)[-1]:.2f}; warm median {statistics.median(warms):.2f} ms, "
          f"p95 {q(warms, n=20)[-1]:.2f}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
