"""Session 36 (tone-finetune-v31, issue 13): the read English writers the shipped wording head
never learnt from (holdout22 but writer a, holdout23 … holdout29), collected once for the
fine-tuning feasibility measurement (bench/tone_finetune_states.py, tone_finetune_train.py,
tone_finetune_report.py): per draft the patterns' findings with the head off (as
wording_tune.pattern_findings and bench/tone_head_collect.py), the sentences the head reads, and
the writer ("unit") it is judged as.

Units: wording_lowo.WRITERS' writers where it names their companies (holdout22b, 22c, 23a, 23b,
23c, 24a); holdout24's other companies as one unit (holdout24bc); holdout25 … holdout29 each as
one unit (their writers are not split by company in bench/: a set's two or three writers are held
out together, a stricter hold-out than one writer).

    PYTHONPATH=src SECRET_KEY=x nice -n 5 /work/main/.venv/bin/python \
        bench/tone_finetune_collect.py /tmp/tone-ft
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

SETS = tuple(f"holdout{n}" for n in range(22, 30))
IN_CORPUS = {"slabcrest", "burnhollow", "apexmoor"}  # holdout22a: in the shipped corpus
# Two folds of units, each held out while the other (and the corpus) trains.
FOLDS = (
    ("holdout22b", "holdout22c", "holdout23a", "holdout23b", "holdout23c", "holdout24a",
     "holdout24bc", "holdout25"),
    ("holdout26", "holdout27", "holdout28", "holdout29"),
)  # fmt: skip


def unit_of(set_name: str, company: str) -> str:
    from wording_lowo import WRITERS

    for writer, (file, companies) in WRITERS.items():
        if file == set_name and companies and company in companies:
            return writer
    return "holdout24bc" if set_name == "holdout24" else set_name


def main() -> None:
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    import django

    django.setup()
    import guidance_eval_companies as gec

    gec.setup_database()
    from django.conf import settings

    from openline.guidance.checks import check_text
    from openline.guidance.detectors import wording
    from openline.guidance.detectors.german import looks_german

    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_WORDING_MODEL": False}
    companies = json.loads(gec.COMPANIES.read_text())
    units: dict[str, list[dict]] = {}
    started = time.time()
    for name in SETS:
        path = HERE / "eval" / "guidance" / f"drafts_{name}.jsonl"
        drafts = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
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
            units.setdefault(unit_of(name, draft["company"]), []).append({
                **draft, "patterns": [(f.kind, f.start, f.end) for f in findings],
                "spans": spans, "scored": [wording.scored_text(text[s:e]) for s, e in spans],
            })  # fmt: skip
        print(name, sum(map(len, units.values())), f"{time.time() - started:.0f}s", flush=True)
    assert set(units) == {u for fold in FOLDS for u in fold}, sorted(units)
    (out / "drafts.json").write_text(json.dumps(units, ensure_ascii=False), "utf-8")


if __name__ == "__main__":
    main()
