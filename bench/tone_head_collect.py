"""Session 35 (tone-head-v30, issue 13): the read English writers the shipped wording head never
learnt from (holdout22 but writer a's companies, holdout23 … holdout28), collected once for
bench/tone_head_lcso.py: per draft the patterns' findings with the head off (as
wording_tune.pattern_findings), the sentences the head reads, whether each holds a tone cue, and
per distinct sentence its embedding and the shipped head's logits.

    PYTHONPATH=src SECRET_KEY=x nice -n 5 .venv/bin/python bench/tone_head_collect.py OUT_DIR
"""

import json
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

import numpy as np  # noqa: E402

# holdout22's writer a (slabcrest, burnhollow, apexmoor) is in the shipped corpus (SETS_28).
SETS = ("holdout22", "holdout23", "holdout24", "holdout25", "holdout26", "holdout27", "holdout28")
IN_CORPUS = {"slabcrest", "burnhollow", "apexmoor"}


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    import guidance_eval_companies as gec

    gec.setup_database()
    from django.conf import settings

    from openline.guidance.checks import check_text
    from openline.guidance.detectors import wording
    from openline.guidance.detectors.german import looks_german
    from openline.guidance.detectors.tone_cues import cued
    from openline.language import embed
    from openline.language import wording as head_module

    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_WORDING_MODEL": False}
    companies = json.loads(gec.COMPANIES.read_text())
    drafts_out = []
    started = time.time()
    for name in SETS:
        path = HERE / "eval" / "guidance" / f"drafts_{name}.jsonl"
        drafts = [
            json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line
        ]
        current = None
        for draft in sorted(drafts, key=lambda d: d["company"]):
            if draft["company"] in IN_CORPUS:
                continue
            if draft["company"] != current:
                gec.configure(companies[draft["company"]])
                current = draft["company"]
            text = draft["text"]
            findings = check_text(text, channel=draft["channel"]).findings
            spans = [] if looks_german(text) else wording.sentences(text)
            scored = [wording.scored_text(text[s:e]) for s, e in spans]
            drafts_out.append({
                **draft, "set": name,
                "patterns": [(f.kind, f.start, f.end) for f in findings],
                "spans": spans, "scored": scored, "cued": [cued(s) for s in scored],
            })  # fmt: skip
        print(name, len(drafts_out), f"{time.time() - started:.0f}s", flush=True)
    (out / "drafts.json").write_text(json.dumps(drafts_out, ensure_ascii=False), "utf-8")
    texts = sorted({s for d in drafts_out for s in d["scored"]})
    vectors = np.vstack([embed(texts[i : i + 256]) for i in range(0, len(texts), 256)])
    h = head_module.head()
    probabilities = h.probabilities(texts, vectors)
    dense = h.dense_logits(vectors)
    np.savez(out / "vectors.npz", vectors=vectors, probabilities=probabilities, dense=dense)
    (out / "texts.json").write_text(json.dumps(texts, ensure_ascii=False), "utf-8")
    print(len(texts), "sentences", h.head.classes, f"{time.time() - started:.0f}s")


if __name__ == "__main__":
    main()
