"""The prefilter's exactness on whole read sets (session 32): for every draft of the named sets and
every detector pattern (tests/guidance/test_gates.py's `detector_patterns`, the detect-secrets
plugins' included), a pattern the prefilter rules out must not match the draft. The suite checks
this on 120 drafts (tests/guidance/test_prefilter.py); this runs it on as many as asked.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_prefilter_proof.py [SET ...]

SET is a drafts_<SET>.jsonl name (default: every English and German set read before session 32:
dev, holdout … holdout25, de … de25, valid5, valid5_de). Prints drafts, patterns, how many
(draft, pattern) pairs were ruled out, and every pair ruled out that matches (none expected);
exit 1 if there is one. The scans themselves run with the prefilter off."""

import json
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "bench" / "eval" / "guidance"
os.environ["OPENLINE_GUIDANCE_PREFILTER"] = "off"  # the scans compared against: `re`'s own
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import guidance_eval_companies  # noqa: E402,F401 - sets up the path and settings

READ = ["dev", "valid5", "valid5_de", "holdout", "de"] + [
    f"{kind}{n}" for n in range(2, 26) for kind in ("holdout", "de")
]


def main() -> int:
    from tests.guidance.test_gates import detector_patterns

    from openline.guidance.detectors import gates, prefilter

    names = sys.argv[1:] or [name for name in READ if (EVAL / f"drafts_{name}.jsonl").exists()]
    patterns = detector_patterns()
    started = time.perf_counter()
    database = prefilter.Prefilter.of(patterns)
    if database is None:
        print("no hyperscan: nothing to prove")
        return 0
    print(f"{len(database.patterns)} of {len(patterns)} patterns in the database "
          f"({time.perf_counter() - started:.1f} s)")  # fmt: skip
    drafts = ruled_out = 0
    wrong: list[str] = []
    for name in names:
        for line in (EVAL / f"drafts_{name}.jsonl").read_text().splitlines():
            if not line.strip():
                continue
            text = json.loads(line)["text"]
            drafts += 1
            possible = database.possible(text)
            if possible is None:
                continue
            for at, pattern in enumerate(database.patterns):
                if at in possible:
                    continue
                ruled_out += 1
                if gates.search(pattern, text) is not None:
                    wrong.append(f"{name}: {pattern.pattern[:60]!r} on {text[:40]!r}")
    print(f"{drafts} drafts of {len(names)} sets; {ruled_out} (draft, pattern) pairs ruled out; "
          f"{len(wrong)} of them match ({time.perf_counter() - started:.0f} s)")  # fmt: skip
    for item in wrong[:50]:
        print("  ", item)
    return 1 if wrong else 0


if __name__ == "__main__":
    sys.exit(main())
