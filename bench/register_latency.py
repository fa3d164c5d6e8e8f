"""CPU time of the register check alone (internal.detect) on the same 2 KB draft the latency
figure of guidance_eval_companies.py uses (the file's first company's drafts, cut at 2,048
characters), with that company's register from companies.json: 1,000 runs after 50 warm-ups.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/register_latency.py \\
        bench/eval/guidance/drafts_holdout6.jsonl [--cold]

--cold empties the check's caches of what a text hints at before every run (register-v9
caches them per text, as for a draft checked again while someone types): every run then
costs what a pasted draft costs.
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

COMPANIES = HERE / "eval" / "guidance" / "companies.json"


def main() -> int:
    import django

    django.setup()
    from guidance_eval_companies import _category, sample_draft

    from openline.guidance.detectors import internal

    path = Path(sys.argv[1])
    cold = "--cold" in sys.argv[2:]
    hinting = getattr(internal, "_hinting", None)
    clear = getattr(hinting, "cache_clear", None) if cold else None
    drafts = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    company = drafts[0]["company"]
    text = sample_draft(drafts)
    config = json.loads(COMPANIES.read_text())[company]
    register = internal.RegisterIndex.build(
        [
            (e["term"], _category(e), e.get("note", ""), e.get("variants", []))
            for e in config["register"]
        ],
        [config["name"], *config["products"]],
    )
    for _ in range(50):
        internal.detect(text, register)
    cpu = []
    for _ in range(1000):
        if clear is not None:
            clear()
        start = time.thread_time()
        internal.detect(text, register)
        cpu.append((time.thread_time() - start) * 1000)
    cpu.sort()
    print(
        f"register check on a {len(text)}-character draft, 1000 runs{' (cold)' if cold else ''}:"
        f" CPU p50 "
        f"{statistics.median(cpu):.3f} ms   p95 {cpu[949]:.3f} ms   "
        f"(load average {os.getloadavg()[0]:.1f})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
