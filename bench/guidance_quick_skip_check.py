"""Whether reading a sentence straight with the float model, without the quick stage, changes
what the wording head finds in it (session 36, speed-cold-v31): for every sentence of
bench/guidance_quick_settles.py's output whose first-stage excess reaches R for some open kind
(the sentences wording.QUICK_SKIP sends past the quick stage) and in which the quick stage
settled a kind, the float model's score of that kind must stay below the sentence's threshold
for it (else the float model, asked instead, would report what the quick stage had settled).
Also prints what the quick stage settles per excess and the model runs a rule at R saves.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_quick_skip_check.py SETTLES R
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_eval_companies as bench


def main() -> None:
    rows = [json.loads(line) for line in Path(sys.argv[1]).read_text().splitlines() if line]
    bound = float(sys.argv[2])
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.detectors import wording as detector
    from openline.language import wording

    skipped = [r for r in rows if max(r["excess"].values()) >= bound]
    settled = [r for r in skipped if set(r["excess"]) - set(r["left"])]
    print(
        f"{len(rows)} sentences open after the first stage; {len(skipped)} reach excess {bound} "
        f"for some kind ({len(skipped) / len(rows):.1%}); in {len(settled)} of them the quick "
        f"stage settled a kind ({sum(1 for r in settled if not r['left'])} wholly)"
    )
    changed = 0
    for at in range(0, len(settled), 64):
        chunk = [r["sentence"] for r in settled[at : at + 64]]
        wording.clear_cache()
        asked = [detector.reachable_kinds(s, dict(detector.THRESHOLDS)) for s in chunk]
        scores = wording.score(chunk)
        for row, score, kinds in zip(settled[at : at + 64], scores, asked, strict=True):
            for kind in set(row["excess"]) - set(row["left"]):
                if getattr(score, kind) >= kinds[kind]:
                    changed += 1
                    print(f"  CHANGED {kind} {getattr(score, kind)} >= {kinds[kind]}: ")
    print(f"kinds the float model would report that the quick stage settled: {changed}")


if __name__ == "__main__":
    main()
