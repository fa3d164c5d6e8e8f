"""CPU time of the legal-risk and hostile-tone phrase rules (language.py with english.py and
german.py, no wording head) on 2 KB drafts made of a drafts file: what a change to the rules
costs, before and after, in process time (the machine is shared; wall time is not comparable).

    PYTHONPATH=src .venv/bin/python bench/wording_rules_cost.py \
        bench/eval/guidance/drafts_holdout7.jsonl
    ROOT=/tmp/before .venv/bin/python bench/wording_rules_cost.py FILE   # another export's src
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
    from openline.guidance.detectors import english, language

    drafts = [json.loads(line)["text"] for line in Path(sys.argv[1]).read_text().splitlines()]
    texts = ["\n\n".join(drafts[i : i + 12])[:2048] for i in range(0, len(drafts) - 12, 12)]
    company = language.Company.build("Northwind Rail", ["Railcard Plus"])
    runs = {
        "rules": lambda t: language.detect(t, company, model=False),
        "english": lambda t: english.wording(t, ("northwind rail", "northwind")),
    }
    for text in texts:
        runs["rules"](text)
    for name, run in runs.items():
        times = []
        for _ in range(5):
            for text in texts:
                start = time.process_time()
                run(text)
                times.append(time.process_time() - start)
        times.sort()
        print(
            f"{name:8} mean {1000 * statistics.mean(times):.2f} ms"
            f"  p50 {1000 * statistics.median(times):.2f} ms"
            f"  p95 {1000 * times[int(len(times) * 0.95)]:.2f} ms  ({len(texts)} drafts x 5)"
        )


if __name__ == "__main__":
    main()
