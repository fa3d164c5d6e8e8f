"""Leave-writers-out for a retrained German reader, whole engine, many pairs in one pass (session
36, german-reader-v31): a reader is trained on the written corpus and the read sets' sentences of
the sets named (bench/german_reader_drafts.py --with-de29 --out FILE writes them all; `--learn`
keeps the sets up to de22 and valid5_de plus those named), or loaded (--heads), or the shipped one
(--shipped); then each drafts file given is checked as bench/guidance_eval_companies.py does
(`--wording both`, every company configured) and scored at each pair.

One check per draft: the German reader's pair is set to the lowest of the pairs asked, each
reader hit is recorded with its sentence's score, and a pair's findings are the check's findings
less the reader's hits below that pair (a reader hit is a whole sentence of one kind; it never
removes another finding). `--exact` also runs the check at each pair to show the two agree.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/german_reader_v31_folds.py \\
        --read /tmp/read29.jsonl --learn de23,de24,de25,de26 --score de27,de28,de29 \\
        --pair 0.94/0.94 --pair 0.95/0.95
    ... --shipped --score de23,de24,de25,de26,de27,de28,de29
    ... --written-clean-weight 2 --read-clean-weight 1.5   # the two clean levers
    ... --extra bench/german_reader_blind32.jsonl [--extra-clean-weight 2]   # a blind batch too
        (session 37, german-reader-v32: added after the corpus, before the read sets)

Prints one line per set and pair: hostile and legal clauses found of all, clean drafts flagged
of all clean drafts; then the sums over the sets.
"""

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ.setdefault("SECRET_KEY", "x")

CORPUS = HERE / "german_reader_corpus.jsonl"
DRAFTS = HERE / "eval" / "guidance"
BASE_SETS = {
    "de", "de3", "de4", "de5", "de6", "de7", "de8", "de9", "de10", "de11", "de12", "de13",
    "de14", "de15", "de16", "de17", "de18", "de19", "de20", "de21", "de22", "valid5_de",
}  # fmt: skip
KINDS = ("hostile_tone", "legal_risk")


def lines(path: str | Path) -> list[dict]:
    return [json.loads(x) for x in Path(path).read_text("utf-8").splitlines() if x.strip()]


def training_rows(
    read: str,
    learn: set[str],
    written_clean: float,
    read_clean: float,
    extra: tuple[str, ...] = (),
    extra_clean: float = 1.0,
) -> list:
    """The written corpus (its "none" rows weighted written_clean), then the `extra` blind
    batches (their "clean" rows as "none", weighted extra_clean), then the read sentences of
    BASE_SETS and `learn` (their "none" rows weighted read_clean)."""
    rows = []
    for row in lines(CORPUS):
        if row["label"] == "none" and written_clean != 1.0:
            row = {**row, "weight": written_clean}
        rows.append(row)
    for path in extra:
        for line in lines(path):
            label = "none" if line["label"] == "clean" else line["label"]
            row = {"text": line["text"], "label": label, "set": "corpus"}
            if label == "none" and extra_clean != 1.0:
                row["weight"] = extra_clean
            rows.append(row)
    for row in lines(read):
        if row["set"] not in BASE_SETS | learn:
            continue
        if row["label"] == "none" and read_clean != 1.0:
            row = {**row, "weight": read_clean}
        rows.append(row)
    return rows


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--shipped", action="store_true")
    p.add_argument("--heads")
    p.add_argument("--read", help="all read sentences (german_reader_drafts.py --with-de29)")
    p.add_argument("--learn", default="", help="read sets learnt beyond de … de22, comma-separated")
    p.add_argument("--written-clean-weight", type=float, default=1.0)
    p.add_argument("--read-clean-weight", type=float, default=1.0)
    p.add_argument("--extra", action="append", default=[], help="a blind batch (jsonl), repeatable")
    p.add_argument("--extra-clean-weight", type=float, default=1.0)
    p.add_argument("--c", type=float, help="the fit's C (training.GERMAN_C unless given)")
    p.add_argument("--train-only", action="store_true", help="train and save, score nothing")
    p.add_argument("--save")
    p.add_argument("--score", required=True, help="sets scored, comma-separated (de27,…)")
    p.add_argument("--pair", action="append", default=[], help="LEGAL/HOSTILE, repeatable")
    p.add_argument("--exact", action="store_true", help="also check at each pair (slow)")
    o = p.parse_args()

    from guidance_eval import Tally
    from guidance_eval_companies import COMPANIES, configure, setup_database, wording_mode

    setup_database()
    from openline.guidance.checks import check_text
    from openline.guidance.detectors import wording
    from openline.language import german_wording, training

    if not o.shipped:
        path = o.heads
        if path is None:
            learn = {s for s in o.learn.split(",") if s}
            rows = training_rows(
                o.read, learn, o.written_clean_weight, o.read_clean_weight,
                tuple(o.extra), o.extra_clean_weight,
            )  # fmt: skip
            started = time.monotonic()
            arrays = training.train_german_wording(rows, c=o.c or training.GERMAN_C)
            path = o.save or str(Path(tempfile.gettempdir()) / "german_reader_v31.npz")
            digest = training.save(arrays, Path(path))
            print(f"trained on {len(rows)} sentences (learn {sorted(learn)}, extra {o.extra} "
                  f"clean x{o.extra_clean_weight}, written clean "
                  f"{o.written_clean_weight}, read clean {o.read_clean_weight}) in "
                  f"{time.monotonic() - started:.0f} s, C {o.c or training.GERMAN_C}: {path} "
                  f"SHA-256 {digest}", flush=True)  # fmt: skip
            if o.train_only:
                return 0
        german_wording.HEADS_PATH = Path(path)
        german_wording.HEADS_SHA256 = None  # type: ignore[assignment]
        german_wording.head.cache_clear()
        german_wording.clear_cache()

    pairs = [tuple(float(x) for x in pair.split("/")) for pair in o.pair or ["0.94/0.94"]]
    low = {"legal_risk": min(p[0] for p in pairs), "hostile_tone": min(p[1] for p in pairs)}

    # Each reader hit with its sentence's score (detect_german, wrapped).
    recorded: list[tuple[str, int, int, float]] = []
    detect_german = wording.detect_german

    def recording(text, pattern_hits):
        hits = detect_german(text, pattern_hits)
        if hits:
            spans = wording.sentences(text)
            scores = german_wording.score([wording.scored_text(text[a:b]) for a, b in spans])
            by_span = dict(zip(spans, scores, strict=True))
            for h in hits:
                recorded.append(
                    (h.kind, h.start, h.end, getattr(by_span[(h.start, h.end)], h.kind))
                )
        return hits

    wording.detect_german = recording
    from openline.guidance.detectors import language

    language.detect_german_sentences = recording
    companies = json.loads(Path(COMPANIES).read_text())
    wording_mode("both")
    sums: dict[tuple, list[int]] = defaultdict(lambda: [0] * 6)
    for name in o.score.split(","):
        drafts = lines(DRAFTS / f"drafts_{name}.jsonl")
        tallies = {pair: Tally() for pair in pairs}
        exact = {pair: Tally() for pair in pairs} if o.exact else {}
        by_company = defaultdict(list)
        for d in drafts:
            by_company[d["company"]].append(d)
        for company, company_drafts in by_company.items():
            configure(companies[company])
            for draft in company_drafts:
                wording.GERMAN_THRESHOLDS.update(low)
                recorded.clear()
                findings = check_text(draft["text"], channel=draft["channel"]).findings
                for pair in pairs:
                    cut = {"legal_risk": pair[0], "hostile_tone": pair[1]}
                    below = {(k, s, e) for k, s, e, score in recorded if score < cut[k]}
                    kept = [f for f in findings if (f.kind, f.start, f.end) not in below]
                    tallies[pair].add(draft, kept)
                    if o.exact:
                        wording.GERMAN_THRESHOLDS.update(cut)
                        got = check_text(draft["text"], channel=draft["channel"]).findings
                        exact[pair].add(draft, got)
        for pair in pairs:
            for label, t in (("", tallies[pair]), (" exact", exact.get(pair))):
                if t is None:
                    continue
                row = [t.expected_found["hostile_tone"], t.expected_total["hostile_tone"],
                       t.expected_found["legal_risk"], t.expected_total["legal_risk"],
                       t.clean_alarms, t.clean]  # fmt: skip
                if not label:
                    sums[pair] = [a + b for a, b in zip(sums[pair], row, strict=True)]
                head = f"{name:<6} {pair[0]:.2f}/{pair[1]:.2f}{label}"
                print(f"{head}: hostile {row[0]}/{row[1]} legal {row[2]}/{row[3]} "
                      f"clean flagged {row[4]}/{row[5]}", flush=True)  # fmt: skip
    for pair in pairs:
        s = sums[pair]
        print(f"SUM    {pair[0]:.2f}/{pair[1]:.2f}: hostile {s[0]}/{s[1]} legal {s[2]}/{s[3]} "
              f"(h+l {s[0] + s[2]}) clean flagged {s[4]}/{s[5]}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
