"""Leave-one-writer-out for the German reader (legal risk, hostile tone): per German read set (each
written by one writer: drafts_de, de3 … de14, valid5_de; de11 read since session 18, de12 and de13
since session 20; de14 since session 21; de15 since session 22; de16 since session 23; de17 since
session 24; de18 since session 25; de19 since session 26; de20 since session 27; de21 since
session 28; de22 is session 28's check set and de23 untouched: never read here), clause recall of
the rules alone, of the reader alone and of both as the product runs them, and head-only false
alarms on clean drafts.

For each writer left out, the reader is trained on the German corpus written for it
(bench/german_reader_corpus.py's own sentences) and the other writers' sentences
(bench/german_reader_drafts.jsonl), and scores the left-out writer's sentences. The thresholds
used on a writer are chosen without that writer's labels: on the other writers' out-of-writer
scores (each scored by a reader trained without it), the pair with the highest mean recall
(rules + reader) whose head-only alarms (clean German drafts the rules leave clean and the
reader flags) stay within BUDGET of those clean drafts. The shipped pair is chosen by the same
rule over all writers. The rules' findings come from check_text with each draft's company
configured (guidance_eval_companies.configure), computed once per run.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/german_reader_lowo.py
    ... --c 3 --min-count 2          # the reader's settings
    ... --no-corpus                  # the read sets' sentences only
    ... --no-drafts                  # the written corpus only
    ... --corpus /tmp/corpus.jsonl   # another written corpus (german_reader_corpus.py --corpus-out)
    ... --read /tmp/read.jsonl       # other read sets' sentences (german_reader_drafts.py --out)
"""

import argparse
import json
import os
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"
os.environ.setdefault("SECRET_KEY", "x")

SETS = (
    "de", "de3", "de4", "de5", "de6", "de7", "de8", "de9", "de10", "de11", "de12", "de13",
    "de14", "de15", "de16", "de17", "de18", "de19", "de20", "de21", "de22", "valid5_de",
)  # fmt: skip
KINDS = ("legal_risk", "hostile_tone")
BUDGET = 0.01
# With --hard: the share of the written clean look-alikes, scored out of sample, a pair may flag.
HARD_BUDGET = 0.02
GRID = [round(x, 3) for x in np.arange(0.30, 0.995, 0.01)]
CORPUS = HERE / "german_reader_corpus.jsonl"


def drafts_with_rules() -> list[dict]:
    """Every German-set draft with the rules' legal/tone findings and the reader's sentences."""
    from german_reader_drafts import rename
    from guidance_eval_companies import configure, setup_database, wording_mode

    setup_database()
    wording_mode("both")
    from openline.guidance.detectors import language

    language.german_enabled = lambda: False  # the rules alone (and the English head)
    from openline.guidance.checks import check_text
    from openline.guidance.detectors.german import looks_german
    from openline.guidance.detectors.wording import scored_text, sentences

    companies = json.loads((HERE / "eval" / "guidance" / "companies.json").read_text())
    out = []
    for name in SETS:
        path = HERE / "eval" / "guidance" / f"drafts_{name}.jsonl"
        drafts = [json.loads(line) for line in path.read_text().splitlines() if line]
        configured = None
        for d in drafts:
            if d["company"] != configured:
                configure(companies[d["company"]])
                configured = d["company"]
            findings = check_text(d["text"], channel=d["channel"]).findings
            text = d["text"]
            german = looks_german(text)
            out.append({
                "set": name, "text": text, "expected": d["expected"], "german": german,
                "rules": [(f.kind, f.start, f.end) for f in findings],
                "sentences": [(s, e, rename(scored_text(text[s:e])))
                              for s, e in sentences(text)] if german else [],
            })  # fmt: skip
    return out


def spans_of(text: str, match: str) -> list[tuple[int, int]]:
    return [(i, i + len(match)) for i in range(len(text)) if text.startswith(match, i)]


def evaluate(drafts: list[dict], scores: dict[str, tuple[float, float]], t: dict[str, float],
             use_rules: bool = True, use_model: bool = True) -> dict:  # fmt: skip
    """Clause recall per kind, head-only alarms and clean drafts."""
    total = dict.fromkeys(KINDS, 0)
    found = dict.fromkeys(KINDS, 0)
    clean = alarms = rule_alarms = 0
    for d in drafts:
        got: dict[str, list[tuple[int, int]]] = defaultdict(list)
        if use_rules:
            for kind, s, e in d["rules"]:
                got[kind].append((s, e))
        model_flag = False
        if use_model:
            for s, e, sent in d["sentences"]:
                pair = scores[sent]
                for k, kind in enumerate(KINDS):
                    if pair[k] >= t[kind]:
                        got[kind].append((s, e))
                        model_flag = True
        for item in d["expected"]:
            if item["kind"] not in KINDS:
                continue
            total[item["kind"]] += 1
            if any(a < ge and ga < b for a, b in spans_of(d["text"], item["match"])
                   for ga, ge in got[item["kind"]]):  # fmt: skip
                found[item["kind"]] += 1
        if not d["expected"] and d["german"]:
            clean += 1
            rules_flag = bool(d["rules"])
            rule_alarms += rules_flag
            alarms += model_flag and not rules_flag
    return {"total": total, "found": found, "clean": clean, "head_alarms": alarms,
            "rule_alarms": rule_alarms}  # fmt: skip


def choose(drafts: list[dict], scores: dict, budget: float = BUDGET,
           by: str = "reader", hard: np.ndarray | None = None,
           hard_budget: float = HARD_BUDGET) -> dict[str, float]:  # fmt: skip
    """The pair with the highest mean recall (of the reader alone, or with by="both" of rules
    and reader) within the head-only budget. The rules were written from these sets' misses
    (they find 87 % of them), so a pair chosen by rules + reader is chosen on the few clauses
    the rules miss; the reader's own recall is what a new writer's text will see. Per
    clause the rules' verdict and the best score of a sentence over it, per clean draft the
    best score per kind, then every pair of the grid at once. With `hard` (the out-of-sample
    legal and tone scores of the written clean look-alikes, bench/german_reader_hard_clean.py) a
    pair must also leave all but `hard_budget` of them clean."""
    clauses: dict[str, list[tuple[bool, float]]] = {k: [] for k in KINDS}
    clean: list[tuple[float, float]] = []
    for d in drafts:
        for item in d["expected"]:
            kind = item["kind"]
            if kind not in KINDS:
                continue
            spans = spans_of(d["text"], item["match"])
            ruled = any(a < e and s < b for a, b in spans for k, s, e in d["rules"] if k == kind)
            best = max((scores[t][KINDS.index(kind)] for s, e, t in d["sentences"]
                        if any(a < e and s < b for a, b in spans)), default=0.0)  # fmt: skip
            clauses[kind].append((ruled and by == "both", best))
        if not d["expected"] and d["german"] and not d["rules"]:
            clean.append(
                (
                    max((scores[t][0] for _, _, t in d["sentences"]), default=0.0),
                    max((scores[t][1] for _, _, t in d["sentences"]), default=0.0),
                )
            )
    n_clean = sum(1 for d in drafts if not d["expected"] and d["german"])
    grid = np.array(GRID)
    recall = {}
    for kind in KINDS:
        ruled = np.array([r for r, _ in clauses[kind]], dtype=bool)
        best = np.array([b for _, b in clauses[kind]])
        recall[kind] = ((ruled[None, :] | (best[None, :] >= grid[:, None])).mean(axis=1)
                        if len(best) else np.ones(len(grid)))  # fmt: skip
    cl = np.array(clean).reshape(-1, 2)
    flag_l = cl[None, :, 0] >= grid[:, None]  # (grid, clean)
    flag_t = cl[None, :, 1] >= grid[:, None]
    alarms = (flag_l[:, None, :] | flag_t[None, :, :]).sum(axis=2)  # (legal, tone)
    mean = (recall["legal_risk"][:, None] + recall["hostile_tone"][None, :]) / 2
    ok = alarms <= budget * n_clean
    if hard is not None and len(hard):
        hard_l = hard[None, :, 0] >= grid[:, None]
        hard_t = hard[None, :, 1] >= grid[:, None]
        hard_alarms = (hard_l[:, None, :] | hard_t[None, :, :]).sum(axis=2)
        ok &= hard_alarms <= hard_budget * len(hard)
    best_pair, best_key = (1.01, 1.01), (-1.0, 0.0)
    for i, tl in enumerate(GRID):
        for j, tt in enumerate(GRID):
            if ok[i, j]:
                key = (round(float(mean[i, j]), 6), tl + tt)
                if key > best_key:
                    best_key, best_pair = key, (tl, tt)
    return {"legal_risk": best_pair[0], "hostile_tone": best_pair[1]}


def floored(drafts: list[dict], scores: dict, legal: int, hostile: int, alarms: int, *,
            net: bool = False, lowest: float = 0.0) -> tuple[float, float] | None:  # fmt: skip
    """Session 28's rule (docs/decisions.md, "Session 28, german-wording-v23"): over every grid
    pair, clauses found by rules + reader and reader-only alarms counted as evaluate() does; of
    the pairs with at least `legal` and `hostile` clauses found and at most `alarms` alarms, the
    one with the best mean recall, then fewer alarms, then the higher thresholds. With `net`
    (session 29, german-wording-v24) the one with the most clauses found less alarms (a clause
    and a clean draft flagged weigh the same), and only pairs whose thresholds are both at least
    `lowest` (the shipped pair: never a lower threshold than shipped)."""
    clauses: dict[str, list[tuple[bool, float]]] = {k: [] for k in KINDS}
    clean: list[tuple[float, float]] = []
    for d in drafts:
        for item in d["expected"]:
            kind = item["kind"]
            if kind not in KINDS:
                continue
            spans = spans_of(d["text"], item["match"])
            ruled = any(a < e and s < b for a, b in spans for k, s, e in d["rules"] if k == kind)
            best = max((scores[t][KINDS.index(kind)] for s, e, t in d["sentences"]
                        if any(a < e and s < b for a, b in spans)), default=0.0)  # fmt: skip
            clauses[kind].append((ruled, best))
        if not d["expected"] and d["german"] and not d["rules"]:
            # (session 29: named `legal` until then, which overwrote the legal floor with a score)
            top = max((scores[t][0] for _, _, t in d["sentences"]), default=0.0)
            clean.append((top, max((scores[t][1] for _, _, t in d["sentences"]), default=0.0)))
    grid = np.array(GRID)
    found = {}
    for kind in KINDS:
        ruled = np.array([r for r, _ in clauses[kind]], dtype=bool)
        best = np.array([b for _, b in clauses[kind]])
        found[kind] = (ruled[None, :] | (best[None, :] >= grid[:, None])).sum(axis=1)
    cl = np.array(clean).reshape(-1, 2)
    flag_l = cl[None, :, 0] >= grid[:, None]
    flag_t = cl[None, :, 1] >= grid[:, None]
    raised = (flag_l[:, None, :] | flag_t[None, :, :]).sum(axis=2)
    n_legal, n_hostile = len(clauses["legal_risk"]), len(clauses["hostile_tone"])
    best_key, best_pair = None, None
    for i, tl in enumerate(GRID):
        for j, tt in enumerate(GRID):
            fl, fh, a = (
                int(found["legal_risk"][i]),
                int(found["hostile_tone"][j]),
                int(raised[i, j]),
            )
            if fl < legal or fh < hostile or a > alarms or min(tl, tt) < lowest - 1e-9:
                continue
            gain = fl + fh - a if net else round(fl / n_legal + fh / n_hostile, 9)
            key = (gain, -a, tl + tt)
            if best_key is None or key > best_key:
                best_key, best_pair = key, (tl, tt)
    return best_pair


def main() -> int:
    from openline.language import training
    from openline.language.german_wording import GermanHead

    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--c", type=float, default=training.GERMAN_C)
    p.add_argument("--min-count", type=int, default=training.GERMAN_MIN_COUNT)
    p.add_argument("--no-corpus", action="store_true")
    p.add_argument(
        "--read",
        default=str(HERE / "german_reader_drafts.jsonl"),
        help="the read sets' labelled sentences (default: the shipped ones)",
    )
    p.add_argument("--no-drafts", action="store_true")
    p.add_argument(
        "--corpus",
        default=str(CORPUS),
        help="the written sentences (default: the shipped bench/german_reader_corpus.jsonl)",
    )
    p.add_argument(
        "--cache",
        default=str(Path(tempfile.gettempdir()) / "german_reader_rules.json"),
        help="the rules' findings, computed once (delete after changing rules)",
    )
    p.add_argument(
        "--choose",
        choices=["reader", "both"],
        default="reader",
        help="the recall the thresholds maximise (default: the reader's own)",
    )
    p.add_argument("--scores", help="write the out-of-writer scores here (JSON)")
    p.add_argument(
        "--hard",
        help="out-of-sample scores of the written clean sentences (german_reader_hard_clean.py): "
        "a pair must also leave all but --hard-budget of them clean",
    )
    p.add_argument("--hard-budget", type=float, default=HARD_BUDGET)
    p.add_argument(
        "--word-weight",
        type=float,
        default=None,
        help="german_wording.WORD_WEIGHT for this run (default: as shipped)",
    )
    p.add_argument(
        "--concept-weight",
        type=float,
        default=None,
        help="german_wording.CONCEPT_WEIGHT for this run (0: no concept flags)",
    )
    p.add_argument(
        "--skeleton-weight",
        type=float,
        default=None,
        help="german_wording.SKELETON_WEIGHT for this run (0: no skeleton features)",
    )
    p.add_argument(
        "--no-tone-concepts",
        action="store_true",
        help="without session 23's flags of condescension (german_concepts.TONE)",
    )
    p.add_argument(
        "--tone-only-concepts",
        action="store_true",
        help="without the legal flags (german_concepts.LEGAL_FAMILIES)",
    )
    p.add_argument(
        "--concept-variants",
        action="store_true",
        help="score the flags on both classes and on the legal column only",
    )
    p.add_argument("--from-scores", help="report on the scores an earlier --scores wrote")
    p.add_argument(
        "--floor",
        help="LEGAL/HOSTILE/ALARMS, e.g. 609/605/69 (session 28's rule): the pair with the best "
        "mean recall (rules + reader) over all writers among those finding at least LEGAL legal "
        "and HOSTILE hostile clauses at no more than ALARMS reader-only alarms (ties: fewer "
        "alarms, then the higher thresholds)",
    )
    p.add_argument(
        "--net-floor",
        help="LEGAL/HOSTILE/ALARMS/LOWEST, e.g. 600/600/70/0.94 (session 29's rule): as --floor, "
        "but only pairs with both thresholds >= LOWEST, and the one with the most clauses found "
        "less alarms (ties: fewer alarms, then the higher thresholds)",
    )
    p.add_argument(
        "--held",
        help="one fold only: these writers (comma-separated, e.g. de20,de21,de22: the read writers "
        "added since the shipped reader was trained) left out of one fit and scored by it; "
        "the report covers them alone",
    )
    p.add_argument(
        "--group",
        type=int,
        default=1,
        help="leave this many neighbouring writers out together (fewer fits: a loaded machine); "
        "each writer is still scored by a reader trained without it",
    )
    p.add_argument(
        "--pair",
        action="append",
        default=[],
        help="also report every writer pooled at this fixed pair, e.g. 0.92/0.93 (repeatable)",
    )
    p.add_argument(
        "--at-alarms",
        default="",
        help="also report, for each count (e.g. 15,20,25), the pair with the best mean recall "
        "(rules + reader) whose reader-only alarms over all writers stay within it: candidates "
        "compared at equal clean-draft alarms",
    )
    o = p.parse_args()
    from openline.language import german_concepts, german_wording

    if o.word_weight is not None:
        german_wording.WORD_WEIGHT = o.word_weight
    if o.concept_weight is not None:
        german_wording.CONCEPT_WEIGHT = o.concept_weight
    if o.skeleton_weight is not None:
        german_wording.SKELETON_WEIGHT = o.skeleton_weight
    if o.no_tone_concepts:
        german_concepts.TONE_ON = False
    if o.tone_only_concepts:
        german_concepts.TONE_ONLY = True
    cache = Path(o.cache)
    if cache.exists():
        drafts = json.loads(cache.read_text())
    else:
        drafts = drafts_with_rules()
        cache.write_text(json.dumps(drafts, ensure_ascii=False))
    if o.held:
        held = tuple(o.held.split(","))
        drafts = [d for d in drafts if d["set"] in held]
    read = [json.loads(x) for x in Path(o.read).read_text().splitlines()]
    corpus_path = Path(o.corpus)
    corpus = [] if o.no_corpus or not corpus_path.exists() else [
        json.loads(x) for x in corpus_path.read_text().splitlines() if x.strip()]  # fmt: skip
    from openline.guidance.detectors.wording import german_legal_declined

    if o.from_scores:  # no fits: the saved out-of-writer scores of an earlier run
        scores = json.loads(Path(o.from_scores).read_text())
        report(drafts, {k: tuple(v) for k, v in scores.items()}, o, None)
        return 0
    variants: dict[str, tuple[str, ...]] = {"": training.GERMAN_CONCEPT_CLASSES}
    if german_wording.CONCEPT_WEIGHT and o.concept_variants:
        # One fit, two readers: the flags on both classes, and on the legal column only.
        variants = {" (flags: legal and tone)": ("legal_risk", "hostile_tone"),
                    " (flags: legal only)": ("legal_risk",)}  # fmt: skip
    scores_by: dict[str, dict[str, tuple[float, float]]] = {v: {} for v in variants}
    started = time.time()
    folds = [SETS[i : i + o.group] for i in range(0, len(SETS), o.group)]
    if o.held:
        folds = [tuple(o.held.split(","))]
    for fold in folds:
        train = corpus + ([] if o.no_drafts else [r for r in read if r["set"] not in fold])
        fitted = training.train_german_wording(
            train, c=o.c, min_count=o.min_count, concept_classes=("legal_risk", "hostile_tone")
        )
        texts = sorted({s for d in drafts if d["set"] in fold for _, _, s in d["sentences"]})
        for variant, classes in variants.items():
            arrays = training.concepts_only_for(fitted, classes)
            vocab = [str(v) for v in arrays["vocabulary"]]
            h = GermanHead({f: i for i, f in enumerate(vocab)}, arrays["weights"], arrays["bias"],
                           tuple(str(c) for c in arrays["classes"]))  # fmt: skip
            if texts:
                prob = h.probabilities(texts)
                cols = [h.classes.index(k) for k in KINDS]
                for t, row in zip(texts, prob, strict=True):
                    # As detectors.wording.detect_german: declining to comment is no legal risk.
                    legal = 0.0 if german_legal_declined(t) else float(row[cols[0]])
                    scores_by[variant][t] = (legal, float(row[cols[1]]))
    hard = None
    if o.hard:
        written = json.loads(Path(o.hard).read_text())
        hard = np.array(
            [(0.0 if german_legal_declined(t) else v[0], v[1]) for t, v in written.items()]
        ).reshape(-1, 2)
    print(f"{len(folds)} fits in {time.time() - started:.0f} s "
          f"(C={o.c}, min count {o.min_count}, corpus {len(corpus)} sentences, "
          f"concept weight {german_wording.CONCEPT_WEIGHT}, "
          f"skeleton weight {german_wording.SKELETON_WEIGHT}, "
          f"tone flags {german_concepts.TONE_ON}, "
          f"tone only {german_concepts.TONE_ONLY})")  # fmt: skip
    for n, (variant, scores) in enumerate(scores_by.items()):
        if o.scores:
            path = Path(o.scores)
            path = path if not n else path.with_name(f"{path.stem}.{n}{path.suffix}")
            path.write_text(json.dumps(scores, ensure_ascii=False))
        print(f"\n== reader{variant}")
        report(drafts, scores, o, hard)
    return 0


def report(drafts: list[dict], scores: dict, o: argparse.Namespace, hard: np.ndarray | None):
    """The per-writer table, the pooled row and the pair over all writers."""

    def pct(r: dict, k: str) -> str:
        return f"{100 * r['found'][k] / max(r['total'][k], 1):5.1f}"

    print(f"{'writer':<10}{'thr L/T':>11}  {'rules L/T':>12}  {'reader L/T':>12}  "
          f"{'both L/T':>12}  {'head alarms':>12}  {'rule alarms':>11}")  # fmt: skip
    pooled: dict[str, list] = defaultdict(list)
    for held in [w for w in SETS if any(d["set"] == w for d in drafts)]:
        mine = [d for d in drafts if d["set"] == held]
        others = [d for d in drafts if d["set"] != held]
        t = choose(others, scores, by=o.choose, hard=hard, hard_budget=o.hard_budget)
        rules = evaluate(mine, scores, t, use_model=False)
        model = evaluate(mine, scores, t, use_rules=False)
        both = evaluate(mine, scores, t)
        for name, r in (("rules", rules), ("model", model), ("both", both)):
            pooled[name].append(r)
        print(f"{held:<10}{t['legal_risk']:>5.2f}/{t['hostile_tone']:.2f}  "
              f"{pct(rules, 'legal_risk')}/{pct(rules, 'hostile_tone')}  "
              f"{pct(model, 'legal_risk')}/{pct(model, 'hostile_tone')}  "
              f"{pct(both, 'legal_risk')}/{pct(both, 'hostile_tone')}  "
              f"{both['head_alarms']:>5}/{both['clean']:<6}  {both['rule_alarms']:>5}")  # fmt: skip
    agg = {}
    for name, rs in pooled.items():
        agg[name] = {
            "found": {k: sum(r["found"][k] for r in rs) for k in KINDS},
            "total": {k: sum(r["total"][k] for r in rs) for k in KINDS},
            "head_alarms": sum(r["head_alarms"] for r in rs),
            "clean": sum(r["clean"] for r in rs),
            "rule_alarms": sum(r["rule_alarms"] for r in rs),
        }
    a = agg
    row = "  ".join(f"{pct(a[n], 'legal_risk')}/{pct(a[n], 'hostile_tone')}"
                    for n in ("rules", "model", "both"))  # fmt: skip
    alarms = f"{a['both']['head_alarms']:>5}/{a['both']['clean']:<6}"
    print(f"{'pooled':<10}{'':>11}  {row}  {alarms}  {a['both']['rule_alarms']:>5}")
    print(
        "reader-alone recall at those thresholds is the figure closest to a new writer: the "
        "rules were written from these sets' misses."
    )
    shipped = choose(drafts, scores, by=o.choose, hard=hard, hard_budget=o.hard_budget)
    print(
        f"the pair chosen over all writers: legal {shipped['legal_risk']:.2f}, "
        f"tone {shipped['hostile_tone']:.2f}"
    )
    fixed = [tuple(float(x) for x in p.split("/")) for p in o.pair]
    if o.floor:
        floor = floored(drafts, scores, *(int(x) for x in o.floor.split("/")))
        if floor is None:
            print(f"no pair within the floor {o.floor}: the candidate fails part 1")
        else:
            print(f"the pair within the floor {o.floor}: {floor[0]:.2f}/{floor[1]:.2f}")
            fixed.append(floor)
    if o.net_floor:
        least_legal, least_hostile, most_alarms, lowest = o.net_floor.split("/")
        net = floored(drafts, scores, int(least_legal), int(least_hostile), int(most_alarms),
                      net=True, lowest=float(lowest))  # fmt: skip
        if net is None:
            print(f"no pair within the net floor {o.net_floor}: the candidate fails part 1")
        else:
            print(f"the pair within the net floor {o.net_floor}: {net[0]:.2f}/{net[1]:.2f}")
            fixed.append(net)
    n_clean = sum(1 for d in drafts if not d["expected"] and d["german"])
    for count in [int(x) for x in o.at_alarms.split(",") if x.strip()]:
        t = choose(drafts, scores, budget=(count + 0.5) / n_clean, by="both")
        fixed.append((t["legal_risk"], t["hostile_tone"], count))
    for pair in fixed:
        t = {"legal_risk": pair[0], "hostile_tone": pair[1]}
        model = evaluate(drafts, scores, t, use_rules=False)
        both = evaluate(drafts, scores, t)
        label = f"within {pair[2]} alarms" if len(pair) > 2 else "fixed"
        print(
            f"all writers at {pair[0]:.2f}/{pair[1]:.2f} ({label}): reader "
            f"{pct(model, 'legal_risk')}/{pct(model, 'hostile_tone')}, rules + reader "
            f"{pct(both, 'legal_risk')}/{pct(both, 'hostile_tone')} "
            f"({both['found']['legal_risk']}/{both['total']['legal_risk']}, "
            f"{both['found']['hostile_tone']}/{both['total']['hostile_tone']}), "
            f"reader-only alarms {both['head_alarms']}/{both['clean']}"
        )


if __name__ == "__main__":
    sys.exit(main())
