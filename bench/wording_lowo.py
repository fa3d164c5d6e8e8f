"""The wording head judged by writer (session 17, branch embed-head, issue 13): leave one writer
out (LOWO). Every read English set is one writer, and holdout7 … holdout11 are split into their
two writers (WRITERS, by company, as /work/wt/h10a.jsonl etc. split them by id prefix); the
session's check half (holdout11b) and the untouched holdouts are never named here.

    export WORDING_LOWO_DIR=/tmp/embed-head/lowo
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_lowo.py collect
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_lowo.py run lin lin:w30 lin:i1 …
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_lowo.py report lin …    # stored
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_lowo.py apply H.npz …  # read sets
    … bench/wording_lowo.py fit lin=/tmp/lin_all.npz        # fitted on every writer, product form
    … bench/wording_lowo.py score lin:shipped=H.npz          # a fixed head, for `report`

Session 18 (wording-v13) added holdout11b and holdout12a as writers, `fit` (the variant
fitted on the corpus and every writer, written as a heads file for `apply` and
bench/wording_test_sentences.py), `score` (a fixed heads file's scores stored as `run` stores
them, so `report` judges the shipped head on the writers it never saw by the same threshold
rule) and the knobs `n`, `k` and `m` below.

`collect` runs the engine with the head off on every writer's drafts (the patterns' findings of
every kind, as wording_tune.pattern_findings) and embeds every distinct text (corpus and draft
sentences) with the product's embedder, once; `run` adds texts written since (a new corpus
batch) to that cache.

`run NAME…` fits, per held-out writer (--held: only those, so that folds can run in parallel
processes), the shipped head's form (training.fit_sparse_head on the standardised embedding and
the weighted bag of terms) on the corpus without the sets' own sentences
(wording_corpus.rows(drafts=False)) plus every OTHER writer's sentences, labelled from their
expected clauses, and scores the held-out writer's sentences. Thresholds for a writer are chosen
on the other reported writers' held-out scores only, as wording_v6.choose does: the legal/tone
pair with the highest mean recall whose head-only alarms stay within the budget of their clean
drafts; with a third label (insider disclosure, `internal_reference` findings), its threshold is
then the one with the highest recall whose clean drafts flagged by it alone stay within half the
budget. A clause is found when a pattern of its kind marks it (the register detector for
internal references) or the best score of the sentences overlapping it reaches the threshold.
Every figure is printed at the 0.5 %, 1 % and 2 % budgets.

A variant is `lin` with options separated by colons: `c0.3` (C), `w60` (the terms' weight),
`f20` (the terms' floor), `b1` (class-weight power: 1 balanced, 0 none), `i1` (train the third
label: corpus rows labelled insider_disclosure, and with `s1` the other writers' sentences that
overlap an expected internal reference too), `x0.5` (the previous sentence's embedding beside
the sentence's own, times 0.5; corpus rows have none), `n1` (the other writers' clean sentences'
clauses as clean rows too, as wording_corpus.clause_negatives does for the corpus), `k0.3` (leave
out a writer's sentence over a legal or tone clause covering less than that share of it), `m5`
(the vocabulary's minimum count). Batch 17 of the corpus (session 17) is in
the corpus only with WORDING_CORPUS_BATCH17=1 (the after); the sets' own sentences are those of
WRITERS here, labelled from the collected drafts, not the frozen bench/wording_corpus_drafts.jsonl
(which holds fewer sets, renamed).

Session 24 (wording-v19) added `--train W1,W2,…` (run/fit: only these writers' sentences train;
a held-out writer not among them needs no fold of its own, so one fit scores them all): with
the writers of the shipped corpus only, it judges a corpus batch apart from the new writers.
"""

import argparse
import json
import os
import re
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

import numpy as np  # noqa: E402

OUT = Path(os.environ.get("WORDING_LOWO_DIR", Path(tempfile.gettempdir()) / "wording-lowo"))
# writer → (set file, its companies or None for every draft of the file)
WRITERS: dict[str, tuple[str, tuple[str, ...] | None]] = {
    "dev": ("dev", None), "holdout": ("holdout", None), "holdout2": ("holdout2", None),
    "holdout3": ("holdout3", None), "holdout4": ("holdout4", None),
    "holdout5": ("holdout5", None), "valid5": ("valid5", None), "holdout6": ("holdout6", None),
    "holdout7a": ("holdout7", ("rootmere", "nimbrel", "wanderloft")),
    "holdout7b": ("holdout7", ("lumadent", "vantwell")),
    "holdout8a": ("holdout8", ("wardenbell", "ironquay", "halvora")),
    "holdout8b": ("holdout8", ("glasmond", "latchwell")),
    "holdout9a": ("holdout9", ("tapwright", "quenmarsh", "foldbrook")),
    "holdout9b": ("holdout9", ("thistlemarch", "zwirnhaus")),
    "holdout10a": ("holdout10", ("settlewood", "inkhollow", "carrowby")),
    "holdout10b": ("holdout10", ("pagewell", "saitenhof")),
    "holdout11a": ("holdout11", ("larchpeak", "tidewell", "skyhollow")),
    # session 18 (wording-v13): holdout11's second writer (the check of session 17) and
    # holdout12's writer a (/work/wt/h12a.jsonl); holdout12's writers b and c are the check.
    "holdout11b": ("holdout11", ("kindlewood", "talwind")),
    "holdout12a": ("holdout12", ("bramblegate", "ashgrove", "furrowline")),
    # session 19: holdout12's writers b and c (session 18's check) and holdout13's writer a
    # (/work/wt/h13a.jsonl); holdout13's writers b and c are the check.
    "holdout12b": ("holdout12", ("kurvenfeld", "ledgerfern")),
    "holdout12c": ("holdout12", ("lenkwerk", "hofmark")),
    "holdout13a": ("holdout13", ("mossgrove", "burrowell", "puzzlekeep")),
    # session 20: holdout13's writers b and c (session 19's check) and holdout14's writer a
    # (/work/wt/h14a.jsonl); holdout14's writers b and c are the check.
    "holdout13b": ("holdout13", ("stitchmoor", "wellenkamm")),
    "holdout13c": ("holdout13", ("tretwerk", "lindenquell")),
    "holdout14a": ("holdout14", ("rubicorn", "chalkfen", "chattercove")),
    # session 21: holdout14's writers b and c (session 20's check) and holdout15's writer a
    # (/work/wt/h15a.jsonl); holdout15's writers b and c are the check.
    "holdout14b": ("holdout14", ("kelterhaus", "glutstein")),
    "holdout14c": ("holdout14", ("hopfenkiste", "schlotwacht")),
    "holdout15a": ("holdout15", ("inkveil", "tubwarden", "layerforge")),
    # session 22: holdout15's writers b and c (session 21's check) and holdout16's writer a
    # (/work/wt/h16a.jsonl); holdout16's writers b and c are the check.
    "holdout15b": ("holdout15", ("reedwater", "wiegenwerk")),
    "holdout15c": ("holdout15", ("hubwerk", "sattelgrund")),
    "holdout16a": ("holdout16", ("reelhaven", "cartwheel", "fixfinch")),
    # session 23: holdout16's writers b and c (session 22's check) and holdout17's writer a
    # (/work/wt/h17a.jsonl); holdout17's writers b and c are the check.
    "holdout16b": ("holdout16", ("grindwell", "pfotenhain")),
    "holdout16c": ("holdout16", ("kieselweg", "lichtmuehle")),
    "holdout17a": ("holdout17", ("brinewick", "kestrune", "cobblewren")),
    # session 24: holdout17's writers b and c (session 23's check) and holdout18's writer a
    # (/work/wt/h18a.jsonl); holdout18's writers b and c are the check.
    "holdout17b": ("holdout17", ("schaumwerk", "riffkante")),
    "holdout17c": ("holdout17", ("scherenwerk", "morgenkurier")),
    "holdout18a": ("holdout18", ("ketchmoor", "tuftwell", "carrymere")),
    # session 25: holdout18's writers b and c (session 24's check) and holdout19's writer a
    # (/work/wt/h19a.jsonl); holdout19's writers b and c are the check.
    "holdout18b": ("holdout18", ("klangwart", "wabenhof")),
    "holdout18c": ("holdout18", ("kesselkraft", "tellerwerk")),
    "holdout19a": ("holdout19", ("cragmoth", "pledgewick", "wirebarrow")),
    # session 26: holdout19's writers b and c (session 25's check) and holdout20's writer a
    # (/work/wt/h20a.jsonl); holdout20's writers b and c are the check.
    "holdout19b": ("holdout19", ("teewald", "sanguell")),
    "holdout19c": ("holdout19", ("wischgut", "lodenkranz")),
    "holdout20a": ("holdout20", ("hoverwick", "lanternly", "tallyquill")),
    # session 27: holdout20's writers b and c (session 26's check) and holdout21's writer a
    # (/work/wt/h21a.jsonl); holdout21's writers b and c are the check.
    "holdout20b": ("holdout20", ("brettlund", "lauschwerk")),
    "holdout20c": ("holdout20", ("walzerhof", "federwerk")),
    "holdout21a": ("holdout21", ("posyridge", "voltcairn", "quadlark")),
    # session 28: holdout21's writers b and c (session 27's check) and holdout22's writer a
    # (/work/wt/h22a.jsonl, wording_corpus_drafts.SOURCES); holdout22's writers b and c are the
    # check and are never named here.
    "holdout21b": ("holdout21", ("auenkiel", "schrittmass")),
    "holdout21c": ("holdout21", ("donaufunk", "brunnmatt")),
    "holdout22a": ("holdout22", ("slabcrest", "burnhollow", "apexmoor")),
    # session 29: holdout22's writers b and c (session 28's check) and holdout23's writer a
    # (/work/wt/h23a.jsonl, wording_corpus_drafts.SOURCES); holdout23's writers b and c are the
    # check and are never named here.
    "holdout22b": ("holdout22", ("feinmark", "gripstone")),
    "holdout22c": ("holdout22", ("lagerfunke", "losfink")),
    "holdout23a": ("holdout23", ("aldernib", "chordvale", "dawnloop")),
    # session 30: holdout23's writers b and c (session 29's check) and holdout24's writer a
    # (/work/wt/h24a.jsonl, wording_corpus_drafts.SOURCES); holdout24's writers b and c are the
    # check and are never named here.
    "holdout23b": ("holdout23", ("plumeway", "kerbforge")),
    "holdout23c": ("holdout23", ("tilgwerk", "wehrfeld")),
    "holdout24a": ("holdout24", ("dapplefield", "eavesong", "abelune")),
}  # fmt: skip
KINDS = ("legal_risk", "hostile_tone", "internal_reference")
LABELS = ("legal_risk", "hostile_tone", "insider_disclosure")  # the head's label per kind
GRID = 1 / (1 + np.exp(-np.linspace(0.0, 8.0, 41)))
BUDGETS = (0.005, 0.01, 0.02)


# ---------------------------------------------------------------- collecting


def collect(judged: list[str] | None = None) -> None:
    """With `judged` (session 30), the patterns run on those writers' drafts only: the others
    only train, and training reads a draft's sentences and expected clauses, never its patterns
    (their "patterns" are None; `run`/`score`/`report` must not name them in --writers)."""
    import wording_corpus
    import wording_corpus_drafts
    import wording_tune

    OUT.mkdir(parents=True, exist_ok=True)
    wording_corpus_drafts.SUBSETS.update({w: (f, c) for w, (f, c) in WRITERS.items() if c})
    wording_tune.SETS = tuple(judged or WRITERS)
    started = time.time()
    drafts = wording_tune.pattern_findings()
    if judged:
        from openline.guidance.detectors import wording
        from openline.guidance.detectors.german import looks_german

        for name in WRITERS:
            if name in drafts:
                continue
            rows = []
            for d in sorted(wording_corpus_drafts.set_drafts(name), key=lambda d: d["company"]):
                spans = [] if looks_german(d["text"]) else wording.sentences(d["text"])
                scored = [wording.scored_text(d["text"][s:e]) for s, e in spans]
                rows.append({**d, "patterns": None, "spans": spans, "scored": scored})
            drafts[name] = rows
    (OUT / "drafts.json").write_text(json.dumps(drafts))
    print(f"patterns: {time.time() - started:.0f} s", flush=True)
    texts = [r["text"] for r in wording_corpus.rows(drafts=False)]
    texts += [s for rows in drafts.values() for d in rows for s in d["scored"]]
    Store().get(texts)


class Store:
    """The product's embedding of each text, cached in `path` (default OUT/embeddings.npz)."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path or OUT / "embeddings.npz"
        self.index: dict[str, int] = {}
        self.vectors = np.zeros((0, 384), dtype=np.float32)
        if self.path.exists():
            data = np.load(self.path, allow_pickle=False)
            self.index = {str(t): i for i, t in enumerate(data["texts"])}
            self.vectors = data["vectors"]

    def get(self, texts: list[str]) -> np.ndarray:
        missing = [t for t in dict.fromkeys(texts) if t not in self.index]
        if missing:
            from openline.language import embed

            print(f"embedding {len(missing)} texts", flush=True)
            started, new = time.time(), []
            for i in range(0, len(missing), 64):
                new.append(np.asarray(embed(missing[i : i + 64]), dtype=np.float32))
                if i % 3200 == 0:
                    print(f"  {i}/{len(missing)} {time.time() - started:.0f} s", flush=True)
            self.vectors = np.vstack([self.vectors, *new])
            for t in missing:
                self.index[t] = len(self.index)
            self.path.parent.mkdir(parents=True, exist_ok=True)
            np.savez(self.path, texts=np.array(list(self.index), dtype=str), vectors=self.vectors)
        return self.vectors[[self.index[t] for t in texts]]


# ---------------------------------------------------------------- evaluating


def overlapping(text: str, item: dict) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(re.escape(item["match"]), text)]


def sentence_labels(draft: dict, insider: bool) -> list[str]:
    """A draft sentence's training label: the kind of an expected clause it overlaps (legal
    first, then tone, then, with `insider`, an internal reference), else none."""
    out = []
    kinds = KINDS if insider else KINDS[:2]
    for s, e in draft["spans"]:
        label = "none"
        for kind, name in zip(kinds, LABELS, strict=False):
            if any(
                a < e and s < b
                for item in draft["expected"]
                if item["kind"] == kind
                for a, b in overlapping(draft["text"], item)
            ):
                label = name
                break
        out.append(label)
    return out


class Prepared:
    """Per writer: the expected clauses (kind, found by a pattern?, sentences over them), the
    clean drafts (flagged by a pattern?, their sentences), refusals to comment."""

    def __init__(self, rows: list[dict]) -> None:
        from openline.guidance.detectors.wording import _REFUSAL

        self.items: list[tuple[int, bool, list[int]]] = []
        self.clean_pattern: list[bool] = []
        self.clean_sentences: list[list[int]] = []
        refused = []
        i = 0
        for d in rows:
            text, first = d["text"], i
            for s, e in d["spans"]:
                refused.append(bool(_REFUSAL.search(text[s:e])))
                i += 1
            for item in d["expected"]:
                if item["kind"] not in KINDS:
                    continue
                spans = overlapping(text, item)
                pat = any(
                    kind == item["kind"] and a < pe and ps < b
                    for kind, ps, pe in d["patterns"]
                    for a, b in spans
                )
                over = [
                    first + j
                    for j, (s, e) in enumerate(d["spans"])
                    if any(a < e and s < b for a, b in spans)
                ]
                self.items.append((KINDS.index(item["kind"]), pat, over))
            if not d["expected"]:
                self.clean_pattern.append(bool(d["patterns"]))
                self.clean_sentences.append(list(range(first, i)))
        self.refused = np.array(refused, dtype=bool)
        self.kind = np.array([k for k, _, _ in self.items], dtype=int)
        self.pattern = np.array([p for _, p, _ in self.items], dtype=bool)
        self.flagged = np.array(self.clean_pattern, dtype=bool)
        self.total = np.array([(self.kind == k).sum() for k in range(3)])
        self.clean = len(self.clean_pattern)

    def table(self, p: np.ndarray) -> dict:
        """Found clauses per kind over GRID, head-only alarms over GRID (legal x tone), and the
        per-clean-draft best scores for the third kind's choice."""
        p = p.copy()
        p[self.refused, 0] = 0.0
        best = np.array([p[over, k].max() if over else -1.0 for k, _, over in self.items])
        clean = np.array(
            [p[s].max(axis=0) if s else np.full(3, -1.0) for s in self.clean_sentences]
        ).reshape(-1, 3)
        found = np.zeros((3, len(GRID)))
        for k in range(3):
            sel = self.kind == k
            found[k] = (self.pattern[sel][:, None] | (best[sel][:, None] >= GRID[None, :])).sum(0)
        cl = clean[:, 0][:, None, None] >= GRID[None, :, None]
        ct = clean[:, 1][:, None, None] >= GRID[None, None, :]
        head = (cl | ct) & ~self.flagged[:, None, None]
        return {
            "found": found, "h": head.sum(0), "clean_best": clean, "flagged": self.flagged,
            "clean": self.clean, "total": self.total,
        }  # fmt: skip


def choose(tables: dict, names: list[str], budget: float, third: bool) -> tuple[int, int, int]:
    clean = sum(tables[n]["clean"] for n in names)
    head = sum(tables[n]["h"] for n in names)
    recall = np.zeros_like(head, dtype=float)
    for n in names:
        t = tables[n]
        if t["total"][0]:
            recall = recall + (t["found"][0] / t["total"][0])[:, None]
        if t["total"][1]:
            recall = recall + (t["found"][1] / t["total"][1])[None, :]
    recall[head > budget * clean] = -1
    a, b = np.unravel_index(np.argmax(recall + 1e-9 * (GRID[:, None] + GRID[None, :])), head.shape)
    if not third:
        return int(a), int(b), len(GRID)  # past the grid: the third kind never found by the head
    alone = np.zeros(len(GRID))
    found = np.zeros(len(GRID))
    for n in names:
        t = tables[n]
        cb = t["clean_best"]
        quiet = ~t["flagged"] & (cb[:, 0] < GRID[a]) & (cb[:, 1] < GRID[b])
        alone += ((cb[quiet, 2][:, None]) >= GRID[None, :]).sum(0)
        if t["total"][2]:
            found += t["found"][2] / t["total"][2]
    found[alone > budget / 2 * clean] = -1
    return int(a), int(b), int(np.argmax(found + 1e-9 * GRID))


def evaluate(tables: dict, names: list[str], budget: float, third: bool, quiet: bool) -> dict:
    sums = np.zeros(3)
    totals = np.zeros(3)
    head_alarms = clean = 0
    lines = []
    for held in names:
        a, b, c = choose(tables, [n for n in names if n != held], budget, third)
        t = tables[held]
        found = [t["found"][0][a], t["found"][1][b], t["found"][2][c] if c < len(GRID) else 0]
        if c >= len(GRID):  # patterns only
            found[2] = t["found"][2][-1] if not third else found[2]
        cb = t["clean_best"]
        thr = [GRID[a], GRID[b], GRID[c] if c < len(GRID) else 2.0]
        h = int((~t["flagged"] & ((cb >= np.array(thr)[None, :]).any(axis=1))).sum())
        sums += found
        totals += t["total"]
        head_alarms += h
        clean += t["clean"]
        lines.append(
            f"   {held:10s} {thr[0]:.3f}/{thr[1]:.3f}/{min(thr[2], 1):.3f}  "
            + "  ".join(
                f"{k[:5]} {pct(f, n)}" for k, f, n in zip(KINDS, found, t["total"], strict=True)
            )
            + f"  h {h}/{t['clean']}"
        )
    if not quiet:
        print("\n".join(lines))
    return {"found": sums, "total": totals, "h": head_alarms, "clean": clean}


def pct(a: float, b: float) -> str:
    return f"{a / b:6.1%} ({int(a)}/{int(b)})" if b else "   -   "


# ---------------------------------------------------------------- heads


def parse(name: str) -> dict:
    opts = {
        "c": 0.3, "w": 60.0, "f": 20.0, "b": 1.0, "i": 0.0, "s": 0.0, "x": 0.0, "n": 0.0,
        "k": 0.0, "m": 3.0,
    }  # fmt: skip
    kind, _, rest = name.partition(":")
    assert kind == "lin", name
    for part in rest.split(":") if rest else []:
        if part[0] in opts and part[1:].replace(".", "", 1).isdigit():
            opts[part[0]] = float(part[1:])  # anything else names the variant ("lin:shipped")
    return opts


def sparse_terms(texts: list[str], columns: dict[str, int], weight: float, floor: int):
    """wording.features' weighted bag of terms as a sparse matrix: wording_v6's."""
    from wording_v6 import sparse_terms as v6_sparse_terms

    return v6_sparse_terms(texts, columns, weight, floor)


def class_weights(y: list[str], power: float) -> dict[str, float] | str:
    if power == 1.0:
        return "balanced"
    from collections import Counter

    counts = Counter(y)
    return {k: (len(y) / (len(counts) * n)) ** power for k, n in counts.items()}


def previous(drafts: list[dict], store: Store) -> list[np.ndarray]:
    """Per draft sentence, the previous sentence's embedding in its draft (zeros for the first)."""
    out = []
    for d in drafts:
        vs = store.get(d["scored"]) if d["scored"] else np.zeros((0, 384), np.float32)
        for j in range(len(d["scored"])):
            out.append(vs[j - 1] if j else np.zeros(384, np.float32))
    return out


def training_rows(
    o: dict, base: list[dict], drafts: dict, store: Store, held: str | None
) -> tuple[list[str], list[str], list[np.ndarray]]:
    """Texts, labels and previous-sentence embeddings a fold trains on: the corpus rows and
    every writer's sentences but the held-out one's."""
    import wording_corpus

    insider = o["i"] > 0
    texts = [r["text"] for r in base]
    labels = [r["label"] for r in base]
    context = [np.zeros(384, np.float32)] * len(base)
    clean: list[dict[str, str]] = []
    for other, rows in drafts.items():
        if other == held:
            continue
        for d in rows:
            for text, label, keep in zip(
                d["scored"],
                sentence_labels(d, insider and o["s"] > 0),
                kept(d, o["k"]),
                strict=True,
            ):
                if keep:
                    texts.append(text)
                    labels.append(label)
                    if label == "none":
                        clean.append({"text": text, "label": "none"})
        context += [
            v
            for v, keep in zip(
                previous(rows, store), (k for d in rows for k in kept(d, o["k"])), strict=True
            )
            if keep
        ]
    if o["n"]:  # the other writers' clean sentences' clauses as clean rows too
        extra = wording_corpus.clause_negatives(clean)
        known = set(texts)
        extra = [r for r in extra if r["text"] not in known]
        texts += [r["text"] for r in extra]
        labels += ["none"] * len(extra)
        context += [np.zeros(384, np.float32)] * len(extra)
    return texts, labels, context


def kept(draft: dict, share: float) -> list[bool]:
    """Per sentence, whether it trains: with `k` > 0 a sentence over an expected legal or tone
    clause that covers less than that share of its characters is left out (its label would
    teach the clause's neighbours as the kind)."""
    out = []
    for s, e in draft["spans"]:
        keep = True
        if share > 0:
            covered = [
                min(b, e) - max(a, s)
                for item in draft["expected"]
                if item["kind"] in KINDS[:2]
                for a, b in overlapping(draft["text"], item)
                if a < e and s < b
            ]
            keep = not covered or max(covered) >= share * (e - s)
        out.append(keep)
    return out


def fit_fold(
    name: str, corpus: list[dict], drafts: dict, store: Store, held: str | None
) -> tuple[dict, dict[str, int]]:
    from openline.language.training import fit_sparse_head, vocabulary

    o = parse(name)
    base = [r for r in corpus if o["i"] > 0 or r["label"] != "insider_disclosure"]
    texts, labels, context = training_rows(o, base, drafts, store, held)
    columns = {t: i for i, t in enumerate(vocabulary(texts, int(o["m"])))}
    e = store.get(texts)
    arrays = fit_sparse_head(
        np.hstack([e, o["x"] * np.array(context)]) if o["x"] else e,
        sparse_terms(texts, columns, o["w"], int(o["f"])),
        labels,
        o["c"],
        class_weight=class_weights(labels, o["b"]),
    )
    return arrays, columns


def run_variant(
    name: str,
    corpus: list[dict],
    drafts: dict,
    store: Store,
    held_out: list[str],
    targets: dict | None = None,
) -> dict:
    """Per held-out writer, its sentences' (legal, tone, insider) probabilities, from a head
    trained on the corpus and every other writer's sentences (of `drafts`; the held-out
    writers' own drafts are looked up in `targets`, default `drafts`)."""
    o = parse(name)
    targets = drafts if targets is None else targets
    out = {}
    fitted: dict = {}
    for held in held_out:
        started = time.time()
        # A writer that never trains (--train leaves it out) needs no fold of its own.
        key = held if held in drafts else None
        if key not in fitted:
            fitted[key] = fit_fold(name, corpus, drafts, store, held)
        arrays, columns = fitted[key]
        classes = [str(k) for k in arrays["classes"]]
        ss = [s for d in targets[held] for s in d["scored"]]
        xd = store.get(ss)
        if o["x"]:
            xd = np.hstack([xd, o["x"] * np.array(previous(targets[held], store))])
        width = xd.shape[1]
        logits = (xd - arrays["mean"][:width]) / arrays["scale"][:width] @ arrays["weights"][
            :, :width
        ].T + arrays["bias"]
        logits = logits + np.asarray(
            sparse_terms(ss, columns, o["w"], int(o["f"])) @ arrays["weights"][:, width:].T
        )
        logits -= logits.max(axis=1, keepdims=True)
        p = np.exp(logits)
        p /= p.sum(axis=1, keepdims=True)
        cols = [classes.index(k) if k in classes else None for k in LABELS]
        out[held] = np.stack(
            [p[:, c] if c is not None else np.zeros(len(ss)) for c in cols], axis=1
        )
        print(f"  {name} {held}: {time.time() - started:.0f} s", flush=True)
    return out


def fit_all(name: str, corpus: list[dict], drafts: dict, store: Store, path: Path) -> None:
    """The variant's head fitted on the corpus and EVERY writer's sentences, written as a heads
    file in the product's form (for `apply` and bench/wording_test_sentences.py): what the
    recipe ships if it ships, so its figures on the writers are training figures."""
    assert not parse(name)["x"], "the product's head reads no previous sentence"
    arrays, columns = fit_fold(name, corpus, drafts, store, held=None)
    arrays["vocabulary"] = np.array(list(columns), dtype=str)
    np.savez(path, **arrays)
    print(f"{path}: {len(columns)} terms, classes {list(arrays['classes'])}")


def load_head(path: Path):
    from openline.language.voice import Head
    from openline.language.wording import WordingHead

    data = np.load(path, allow_pickle=False)
    vocabulary = [str(t) for t in data["vocabulary"]]
    weights = data["weights"]
    classes = tuple(str(c) for c in data["classes"])
    return WordingHead(
        Head(weights, data["bias"], classes, data["mean"], data["scale"]),
        vocabulary,
        {t: i for i, t in enumerate(vocabulary)},
        np.ascontiguousarray(weights[:, weights.shape[1] - len(vocabulary) :].T),
    )


def score_heads(path: Path, drafts: dict, store: Store) -> dict:
    """Every writer's sentences scored by one fixed heads file (the shipped head, say), in the
    form `run` stores, so that `report` picks its thresholds by the same rule: for a writer the
    head never learnt from, these are unseen figures."""
    head = load_head(path)
    classes = head.head.classes
    out = {}
    for name, rows in drafts.items():
        ss = [s for d in rows for s in d["scored"]]
        p = np.zeros((len(ss), 3))
        if ss:
            probs = head.probabilities(ss, store.get(ss))
            for k, label in enumerate(LABELS):
                if label in classes:
                    p[:, k] = probs[:, classes.index(label)]
        out[name] = p
    return out


def apply(heads: str, names: list[str], drafts: dict, store: Store) -> None:
    """Every writer through a heads file at the detector's thresholds, as the engine reads it
    (patterns' findings from `collect`, the head's sentence findings where no pattern of the
    kind marks the sentence, no legal finding in a refusal): per writer the legal, tone and
    internal-reference clauses found, and the clean drafts flagged by anything (false alarms)
    and by the head alone. The writers whose sentences the head learnt from give training
    figures."""
    from openline.guidance.detectors import wording as detector

    head = load_head(Path(heads))
    classes = head.head.classes
    labels = [label for label in LABELS if label in classes]
    thresholds = np.array(
        [detector.THRESHOLDS.get(label, 2.0) if label in labels else 2.0 for label in LABELS]
    )
    print(f"{heads}: thresholds {dict(zip(LABELS, thresholds, strict=True))}")
    sums = np.zeros(3)
    totals = np.zeros(3)
    alarms = alone = clean = 0
    for name in names:
        prep = Prepared(drafts[name])
        ss = [s for d in drafts[name] for s in d["scored"]]
        p = np.zeros((len(ss), 3))
        if ss:
            probs = head.probabilities(ss, store.get(ss))
            for k, label in enumerate(LABELS):
                if label in classes:
                    p[:, k] = probs[:, classes.index(label)]
        p[prep.refused, 0] = 0.0
        hit = p >= thresholds[None, :]
        found = np.zeros(3)
        for (k, pat, over), _ in zip(prep.items, range(len(prep.items)), strict=True):
            found[k] += pat or bool(over and hit[over, k].any())
        flagged_by_head = np.array([bool(s) and hit[s].any() for s in prep.clean_sentences])
        fa = int((prep.flagged | flagged_by_head).sum()) if prep.clean else 0
        only = int((~prep.flagged & flagged_by_head).sum()) if prep.clean else 0
        sums += found
        totals += prep.total
        alarms += fa
        alone += only
        clean += prep.clean
        print(
            f"   {name:10s} "
            + "  ".join(
                f"{k[:5]} {pct(f, n)}" for k, f, n in zip(KINDS, found, prep.total, strict=True)
            )
            + f"  FA {fa}/{prep.clean} (head alone {only})"
        )
    print(
        "   all        "
        + "  ".join(f"{k[:5]} {pct(f, n)}" for k, f, n in zip(KINDS, sums, totals, strict=True))
        + f"  FA {alarms}/{clean} (head alone {alone})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["collect", "run", "report", "apply", "fit", "score"])
    parser.add_argument("variants", nargs="*")
    parser.add_argument("--writers", default=",".join(WRITERS), help="the writers reported")
    parser.add_argument(
        "--held", default="", help="run: the writers to hold out (all reported ones if empty)"
    )
    parser.add_argument(
        "--train",
        default="",
        help="run/fit: the writers whose sentences train (every writer if empty; session 24: "
        "the shipped corpus's writers only, to judge a corpus batch apart from the new writers)",
    )
    parser.add_argument("--quiet", action="store_true")
    parser.add_argument(
        "--patterns-for",
        default="",
        help="collect: run the patterns on these writers only (session 30: the judged ones)",
    )
    options = parser.parse_args()
    if options.command == "collect":
        collect(options.patterns_for.split(",") if options.patterns_for else None)
        return
    import django

    django.setup()
    import wording_corpus

    names = options.writers.split(",")
    all_drafts = json.loads((OUT / "drafts.json").read_text())
    drafts = {n: all_drafts[n] for n in names}
    # a fold trains on every writer but the held-out one (or on --train's writers but it)
    trainers = options.train.split(",") if options.train else list(WRITERS)
    training = {n: all_drafts[n] for n in trainers}
    held_out = options.held.split(",") if options.held else names
    prepared = {n: Prepared(drafts[n]) for n in names}
    store = Store()
    if options.command == "apply":  # variants: heads files
        for heads in options.variants:
            apply(heads, names, drafts, store)
        return
    corpus = wording_corpus.rows(drafts=False) if options.command in ("run", "fit") else []
    if options.command == "score":  # variants: NAME=HEADS.npz, a fixed head on every writer
        for spec in options.variants:
            variant, _, path = spec.partition("=")
            for held, p in score_heads(Path(path), drafts, store).items():
                np.savez(OUT / f"scores-{variant.replace(':', '_')}-{held}.npz", p=p)
        return
    if options.command == "fit":  # variants: VARIANT=PATH.npz, fitted on every writer
        store.get([r["text"] for r in corpus])
        for spec in options.variants:
            variant, _, path = spec.partition("=")
            fit_all(variant, corpus, training, store, Path(path))
        return
    for variant in options.variants:
        tag = variant.replace(":", "_") + os.environ.get("WORDING_LOWO_TAG", "")
        if options.command == "run":  # one file per held-out writer: folds run in parallel
            store.get([r["text"] for r in corpus])
            scored = run_variant(variant, corpus, training, store, held_out, all_drafts)
            for held, p in scored.items():
                np.savez(OUT / f"scores-{tag}-{held}.npz", p=p)
            if options.held:
                continue
        scores = {n: np.load(OUT / f"scores-{tag}-{n}.npz")["p"] for n in names}
        tables = {n: prepared[n].table(scores[n]) for n in names}
        third = parse(variant)["i"] > 0
        for budget in BUDGETS:
            quiet = options.quiet or budget != 0.01
            if not quiet:
                print(f"{tag} at {budget:.1%}, per writer (legal/tone/insider thresholds):")
            r = evaluate(tables, names, budget, third, quiet)
            f, t = r["found"], r["total"]
            a, b, c = choose(tables, names, budget, third)  # the rule's thresholds to ship
            picked = f"{GRID[a]:.4f}/{GRID[b]:.4f}" + (f"/{GRID[c]:.4f}" if third else "")
            print(
                f"{tag} {budget:.1%}: pooled "
                + "  ".join(f"{k[:5]} {pct(a, b)}" for k, a, b in zip(KINDS, f, t, strict=True))
                + f"  head-only {r['h']}/{r['clean']} ({r['h'] / r['clean']:.1%})"
                + f"  | picked on all: {picked}",
                flush=True,
            )


if __name__ == "__main__":
    main()
