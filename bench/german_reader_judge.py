"""A candidate German reader judged as the product runs it (session 30, german-wording-v25): the
whole guidance check of bench/guidance_eval_companies.py (`--wording both`, every company
configured) on a drafts file, with the German reader swapped for a candidate and the German
reader's pair (detectors.wording.GERMAN_THRESHOLDS) set to each pair given, one report per pair:
recall per kind and the clean drafts flagged by any finding.

The candidate is trained here on the written corpus and the read sets' sentences (as `openline
language train --heads german` does on data/german_wording_train.jsonl), optionally with more
written sentences (--extra, e.g. a blind batch not yet in the corpus) and with the written clean
sentences ("none" rows of the corpus and of --extra) weighted (--clean-weight); or loaded from
an .npz (--heads); or the shipped reader (--shipped).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/german_reader_judge.py \\
        bench/eval/guidance/drafts_de23.jsonl --shipped --pair 0.94/0.94
    ... --clean-weight 2 --save /tmp/h.npz --pair 0.94/0.94     # candidate H
    ... --extra bench/german_reader_blind30.jsonl --pair 0.94/0.94  # candidate B
"""

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ.setdefault("SECRET_KEY", "x")

CORPUS = HERE / "german_reader_corpus.jsonl"
READ = HERE / "german_reader_drafts.jsonl"


def lines(path: str | Path) -> list[dict]:
    return [json.loads(x) for x in Path(path).read_text("utf-8").splitlines() if x.strip()]


def training_rows(
    corpus: str | Path, read: str | Path, extra: list[str], clean_weight: float
) -> list[dict]:
    """The written sentences (corpus, then each --extra file as written, "clean" read as the
    reader's "none"), then the read sets' sentences; the written "none" rows weighted."""
    written = lines(corpus)
    for path in extra:
        for row in lines(path):
            label = "none" if row["label"] == "clean" else row["label"]
            written.append({"text": row["text"], "label": label, "set": "corpus"})
    if clean_weight != 1.0:
        written = [{**r, "weight": clean_weight} if r["label"] == "none" else r for r in written]
    return written + lines(read)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("data", nargs="+", help="drafts_*.jsonl files, each judged on its own")
    p.add_argument("--shipped", action="store_true", help="the shipped reader, no training")
    p.add_argument("--heads", help="a trained reader (.npz) instead of training one")
    p.add_argument("--corpus", default=str(CORPUS))
    p.add_argument("--read", default=str(READ))
    p.add_argument("--extra", action="append", default=[], help="more written sentences")
    p.add_argument("--clean-weight", type=float, default=1.0)
    p.add_argument("--save", help="write the trained reader here (.npz)")
    p.add_argument("--pair", action="append", default=[], help="LEGAL/HOSTILE, repeatable")
    o = p.parse_args()

    from guidance_eval_companies import COMPANIES, evaluate, setup_database, wording_mode

    from openline.guidance.detectors import wording
    from openline.language import german_wording, training

    if not o.shipped:
        path = o.heads
        if path is None:
            rows = training_rows(o.corpus, o.read, o.extra, o.clean_weight)
            started = time.monotonic()
            arrays = training.train_german_wording(rows)
            path = o.save or str(Path(tempfile.gettempdir()) / "german_reader_judge.npz")
            digest = training.save(arrays, Path(path))
            print(f"trained on {len(rows)} sentences (written clean weight {o.clean_weight}) in "
                  f"{time.monotonic() - started:.0f} s: {path} SHA-256 {digest}")  # fmt: skip
        german_wording.HEADS_PATH = Path(path)
        german_wording.HEADS_SHA256 = None  # type: ignore[assignment]
        german_wording.head.cache_clear()
        german_wording.clear_cache()
    companies = json.loads(Path(COMPANIES).read_text())
    setup_database()
    wording_mode("both")
    for data in o.data:
        drafts = lines(data)
        for pair in o.pair or ["0.94/0.94"]:
            legal, hostile = (float(x) for x in pair.split("/"))
            wording.GERMAN_THRESHOLDS.update(legal_risk=legal, hostile_tone=hostile)
            print(f"\n== {Path(data).name} at {legal:.2f} / {hostile:.2f}")
            evaluate(drafts, companies, verbose=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
