"""Thread CPU per warm guidance check of holdout10's 2 KB draft (as bench/guidance_check_cpu.py),
twice: the same text again, and the text with its last sentence changed at every check (what a
keystroke pause asks). Run with OPENLINE_GUIDANCE_REGISTER_MEANING=on and =off alternately to
read what a sentence-vs-note scorer on the wording head's embeddings adds (session 35,
register-scorer-v30):

    for m in off on off on; do OPENLINE_GUIDANCE_REGISTER_MEANING=$m PYTHONPATH=src \\
        SECRET_KEY=x nice -n 5 /work/main/.venv/bin/python bench/register_scorer30_cost.py; done
"""

import json
import os
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path.cwd() / "bench"))
import guidance_eval_companies as bench  # sets the settings module and the path


def main() -> None:
    data = Path("bench/eval/guidance")
    drafts = [json.loads(line) for line in (data / "drafts_holdout10.jsonl").open() if line]
    companies = json.loads((data / "companies.json").read_text())
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text

    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    for _ in range(30):
        check_text(text)
    out = []
    for varied in (False, True):
        started = time.thread_time()
        for n in range(40):
            check_text(f"{text} Thanks again, see you on day {n + 1}." if varied else text)
        out.append((time.thread_time() - started) / 40 * 1000)
    mode = os.environ.get("OPENLINE_GUIDANCE_REGISTER_MEANING", "off")
    print(
        f"meaning {mode}: {len(text)} chars, same text {out[0]:.1f} ms, "
        f"last sentence changed {out[1]:.1f} ms thread CPU per check"
    )


if __name__ == "__main__":
    main()
