"""A trained sentence-vs-note scorer for register items told without their names (session 35,
register-scorer-v30, issue 13): for each English draft sentence the register rules leave and
each register entry with a note, features of the pair — the sentence's MiniLM similarity to the
note and to the note's clauses, the margin over the company's other notes, the note's content
words said after suffix folding (plain and weighted by how particular a word is to this note
among the company's notes), register_meaning's 27 features (kind of fact, future / inside /
public / negated / hypothetical / question …) and the disclosure head's probability on the
sentence — and a small scikit-learn head over them. A sentence's score is its best entry's.

Read sets only (every English draft of drafts_dev … drafts_holdout28 and valid5, the blind
register corpora 26 and 30 as extra training lines). Scored leave-companies-out (GroupKFold by
company, the blind lines always in training); the operating point is the lowest threshold that
adds zero clean drafts over the leave-companies-out scores (`curve`), if it adds an item.

    PYTHONPATH=src SECRET_KEY=x nice -n 5 /work/main/.venv/bin/python bench/register_scorer30.py
    … --head hgb             # a gradient-boosted head instead of the logistic one
    … --train missed         # positives: only the items the rules miss
    … --show 0.9             # the read-set sentences the scorer adds at 0.9

Embeddings are cached in bench/results/register_scorer30.npz, rows in
bench/results/register_scorer30_rows.pkl.
"""

import argparse
import json
import math
import os
import pickle
import re
import sys
import time
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

import wording_lowo  # noqa: E402 - the path is set above

RESULTS = HERE / "results"
CACHE = RESULTS / "register_scorer30.npz"
ROWS = RESULTS / "register_scorer30_rows.pkl"
DATA = HERE / "eval" / "guidance"
KIND = "internal_reference"
NEVER = ("holdout29", "de29", "holdout30", "de30")
READ = ("dev", "holdout", "valid5", *(f"holdout{n}" for n in range(2, 29)))
BLIND = (HERE / "register_blind26_en.jsonl", HERE / "register_blind30_en.jsonl")
NEW = ("clause_similarity", "stems_share", "stems", "particular_share", "disclosure")
WORD = re.compile(r"[a-z]{3,}")
SUFFIXES = ("ations", "ation", "ments", "ment", "ings", "ing", "ies", "ied", "ers", "er", "ed",
            "es", "ly", "s")  # fmt: skip
CLAUSE = re.compile(r"[.;:,()\u2014\u2013]| - | and | but ")


def stem(word: str) -> str:
    """A word folded to its stem by its commonest English endings ("pulling" → "pull",
    "batteries" → "batter" as "battery" → "batter")."""
    for suffix in SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if word.endswith("y") and len(word) > 3:
        word = word[:-1]
    return word[:6]


def stems(text: str, stop: frozenset[str]) -> set[str]:
    return {stem(w) for w in WORD.findall(text.casefold()) if w not in stop}


def _read(path: Path) -> list[dict]:
    assert not any(path.stem.endswith(n) for n in NEVER), path
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]


def registers() -> dict:
    from guidance_eval_companies import _category

    from openline.guidance.detectors.internal import RegisterIndex

    companies = json.loads((DATA / "companies.json").read_text("utf-8"))
    return {
        key: RegisterIndex.build(
            [(e["term"], _category(e), e.get("note", ""), e["variants"]) for e in c["register"]],
            [c["name"], *c["products"]],
        )
        for key, c in companies.items()
    }


def collect() -> tuple[list[dict], list[dict], dict]:
    from register_sense import touches

    from openline.guidance.detectors import german, learned, register_meaning, wording

    built = registers()
    rows: list[dict] = []
    drafts_out: list[dict] = []
    for name in READ:
        for draft in _read(DATA / f"drafts_{name}.jsonl"):
            text = draft["text"]
            if german.looks_german(text):
                continue
            register = built[draft["company"]]
            hits = [(h.start, h.end) for h in learned.detect(text, register) if h.kind == KIND]
            groups = [
                [
                    (i, i + len(e["match"]))
                    for i in range(len(text))
                    if text.startswith(e["match"], i)
                ]
                for e in draft["expected"]
                if e["kind"] == KIND
            ]
            d = len(drafts_out)
            drafts_out.append({
                "set": name, "id": draft["id"], "hits": hits, "groups": groups,
                "clean": not draft["expected"], "text": text, "company": draft["company"],
            })  # fmt: skip
            items = [s for g in groups for s in g]
            spans = wording.sentences(text)
            for at, (start, end) in enumerate(spans):
                rows.append({
                    "draft": d, "company": draft["company"], "start": start, "end": end,
                    "sentence": wording.scored_text(text[start:end]),
                    "engine": touches(start, end, hits), "item": touches(start, end, items),
                    "clean": not draft["expected"],
                    "inside_near": register_meaning.inside_near(text, spans, at), "entry": None,
                })  # fmt: skip
    from openline.guidance.detectors import internal

    for path in BLIND:
        lines = _read(path)
        by_company: dict[str, dict] = {}
        for line in lines:
            by_company.setdefault(line["company"], {})[line["term"]] = line
        from guidance_eval_companies import _category

        for company, entries in by_company.items():
            key = f"{path.stem}:{company}"
            built[key] = internal.RegisterIndex.build(
                [(e["term"], _category(e), e["note"], e["variants"]) for e in entries.values()],
                [company],
            )
        for line in lines:
            key = f"{path.stem}:{line['company']}"
            terms = [n.entry.term for n in register_meaning.notes_of(built[key])]
            rows.append({
                "draft": None, "company": key, "start": 0, "end": len(line["text"]),
                "sentence": line["text"], "engine": bool(learned.detect(line["text"], built[key])),
                "item": line["label"] == "leak", "clean": line["label"] == "clean",
                "inside_near": False,
                "entry": terms.index(line["term"]) if line["term"] in terms else None,
            })  # fmt: skip
    return rows, drafts_out, built


def featurise(rows: list[dict], built: dict, store) -> None:
    from openline.guidance.detectors import register_meaning
    from openline.guidance.detectors.internal import GENERIC_WORDS, NOTE_STOPWORDS

    stop = frozenset(NOTE_STOPWORDS) | frozenset(GENERIC_WORDS)
    vectors = store.get([r["sentence"] for r in rows])
    disclosure = register_meaning.disclosure_head().probabilities(vectors)
    texts = []
    for register in built.values():
        for n in register_meaning.notes_of(register):
            texts += [n.meaning, *(c.strip() for c in CLAUSE.split(n.meaning))]
    store.get([t for t in texts if t])  # one embedding call and one cache write
    per: dict[str, tuple] = {}
    for key, register in built.items():
        notes = register_meaning.notes_of(register)
        if not notes:
            continue
        note_vectors = store.get([n.meaning for n in notes])
        clauses = [
            [c.strip() for c in CLAUSE.split(n.meaning) if len(c.split()) >= 2] or [n.meaning]
            for n in notes
        ]
        clause_vectors = [store.get(c) for c in clauses]
        note_stems = [
            stems(n.meaning, stop) - stems(" ".join(register.public), stop) for n in notes
        ]
        df: dict[str, int] = {}
        for s in note_stems:
            for w in s:
                df[w] = df.get(w, 0) + 1
        idf = [{w: math.log(1 + len(notes) / df[w]) for w in s} for s in note_stems]
        per[key] = (notes, note_vectors, clause_vectors, note_stems, idf)
    for i, row in enumerate(rows):
        found = per.get(row["company"])
        row["vector"] = vectors[i]
        if not found:
            row["x"] = None
            continue
        notes, note_vectors, clause_vectors, note_stems, idf = found
        base = register_meaning.features(
            row["sentence"], notes, note_vectors @ vectors[i], row["inside_near"]
        )
        said = stems(row["sentence"], stop)
        extra = np.empty((len(notes), len(NEW)), dtype=np.float32)
        for k in range(len(notes)):
            shared = note_stems[k] & said
            total = sum(idf[k].values()) or 1.0
            extra[k] = (
                float(np.max(clause_vectors[k] @ vectors[i])),
                len(shared) / max(1, len(note_stems[k])),
                min(len(shared), 4),
                sum(idf[k][w] for w in shared) / total,
                float(disclosure[i]),
            )
        row["x"] = np.hstack([base, extra])


def load(rebuild: bool) -> tuple[list[dict], list[dict]]:
    if ROWS.exists() and not rebuild:
        return pickle.loads(ROWS.read_bytes())  # noqa: S301 - this script's own cache
    started = time.time()
    rows, drafts, built = collect()
    print(f"{len(rows)} sentences / lines, {len(drafts)} drafts ({time.time() - started:.0f} s)",
          flush=True)  # fmt: skip
    featurise(rows, built, wording_lowo.Store(CACHE))
    for r in rows:
        r.pop("vector", None)
    ROWS.parent.mkdir(parents=True, exist_ok=True)
    ROWS.write_bytes(pickle.dumps((rows, drafts)))
    return rows, drafts


# ------------------------------------------------------------------ heads


class Head:
    def __init__(self, kind: str, c: float) -> None:
        self.kind, self.c = kind, c

    def fit(self, x: np.ndarray, y: np.ndarray) -> "Head":
        self.mean = x.mean(axis=0)
        self.scale = x.std(axis=0)
        self.scale[self.scale < 1e-6] = 1.0
        z = (x - self.mean) / self.scale
        if self.kind == "hgb":
            from sklearn.ensemble import HistGradientBoostingClassifier

            w = np.where(y == 1, (y == 0).sum() / max(1, y.sum()), 1.0)
            self.model = HistGradientBoostingClassifier(
                max_iter=150, learning_rate=0.1, max_leaf_nodes=15, random_state=0
            ).fit(z, y, sample_weight=w)
        else:
            from sklearn.linear_model import LogisticRegression

            self.model = LogisticRegression(C=self.c, max_iter=4000, class_weight="balanced").fit(
                z, y
            )
        return self

    def prob(self, x: np.ndarray) -> np.ndarray:
        return self.model.predict_proba((x - self.mean) / self.scale)[:, 1]


def training(rows: list[dict], first: "Head | None", positives: str) -> tuple:
    """Pairs: a leak's row (its labelled entry for a blind line, else the entry closest in
    meaning, or the one `first` scores highest) positive; every row of a sentence that is no
    item negative (a clean draft's, another kind's, a blind clean line's)."""
    xs, ys = [], []
    for r in rows:
        m = r["x"]
        if m is None or not len(m):
            continue
        if r["item"]:
            if positives == "missed" and r["engine"]:
                continue
            if r["entry"] is not None:
                k = r["entry"]
            elif first is None:
                k = int(np.argmax(m[:, 0]))
            else:
                k = int(np.argmax(first.prob(m)))
            xs.append(m[k : k + 1])
            ys.append(1)
        else:
            xs.append(m)
            ys.extend([0] * len(m))
    return np.vstack(xs), np.array(ys)


def train(rows: list[dict], kind: str, c: float, positives: str) -> Head:
    x, y = training(rows, None, positives)
    first = Head("lr", c).fit(x, y)
    x, y = training(rows, first, positives)
    return Head(kind, c).fit(x, y)


def scores(rows: list[dict], head: Head) -> tuple[np.ndarray, np.ndarray]:
    p = np.zeros(len(rows))
    j = np.full(len(rows), -1)
    for i, r in enumerate(rows):
        if r["x"] is None or not len(r["x"]):
            continue
        ps = head.prob(r["x"])
        j[i] = int(np.argmax(ps))
        p[i] = ps[j[i]]
    return p, j


# ------------------------------------------------------------------ judging


def judge(rows, drafts, p, j, t: float, built: dict) -> tuple:
    """(items, found by the rules, found with the scorer, clean drafts, flagged by the rules,
    flagged with the scorer, added rows) at threshold t."""
    from register_sense import touches

    from openline.guidance.detectors import internal, register_meaning

    added: dict[int, list[tuple[int, int]]] = {}
    shown = []
    for i, r in enumerate(rows):
        if r["draft"] is None or r["engine"] or p[i] < t:
            continue
        d = drafts[r["draft"]]
        entry = register_meaning.notes_of(built[r["company"]])[j[i]].entry
        if not internal.publicly_said(d["text"], r["start"], r["end"], entry):
            added.setdefault(r["draft"], []).append((r["start"], r["end"]))
            shown.append((i, entry.term))
    c = [0] * 6
    for k, d in enumerate(drafts):
        hits = d["hits"]
        more = hits + added.get(k, [])
        c[0] += len(d["groups"])
        c[1] += sum(any(touches(x, y, hits) for x, y in g) for g in d["groups"])
        c[2] += sum(any(touches(x, y, more) for x, y in g) for g in d["groups"])
        if d["clean"]:
            c[3] += 1
            c[4] += bool(hits)
            c[5] += bool(more)
    return (*c, shown)


def curve(rows, drafts, p, j, built, floor: float = 0.5) -> float | None:
    """Items added against clean drafts added as the threshold falls: each rule-missed item's
    score is the best of the sentences touching it, each rule-clean clean draft's the best of
    its sentences (a sentence the rules flag or whose entry is said as public is not asked).
    Prints the points where clean drafts added reach 0, 1, 2, 5, 10, 20, 50; returns the
    operating point: the lowest threshold with zero clean drafts added (None if it adds no item)."""
    from register_sense import touches

    from openline.guidance.detectors import internal, register_meaning

    best: dict[int, list[tuple[int, int, float]]] = {}
    for i, r in enumerate(rows):
        if r["draft"] is None or r["engine"] or p[i] < floor:
            continue
        d = drafts[r["draft"]]
        entry = register_meaning.notes_of(built[r["company"]])[j[i]].entry
        if not internal.publicly_said(d["text"], r["start"], r["end"], entry):
            best.setdefault(r["draft"], []).append((r["start"], r["end"], p[i]))
    item_scores, clean_scores = [], []
    for k, d in enumerate(drafts):
        asked = best.get(k, [])
        if d["clean"] and not d["hits"]:
            clean_scores.append(max((q for _, _, q in asked), default=0.0))
        for g in d["groups"]:
            if any(touches(x, y, d["hits"]) for x, y in g):
                continue
            item_scores.append(
                max((q for a, b, q in asked if any(touches(x, y, [(a, b)]) for x, y in g)),
                    default=0.0)
            )  # fmt: skip
    items = np.array(item_scores)
    cleans = np.sort(np.array(clean_scores))[::-1]
    total = sum(len(d["groups"]) for d in drafts)
    rules = total - len(items)
    flagged = sum(bool(d["hits"]) for d in drafts if d["clean"])
    n_clean = sum(d["clean"] for d in drafts)
    print(f"  rules: items {rules}/{total}, clean drafts flagged {flagged}/{n_clean}")
    chosen = None
    for allowed in (0, 1, 2, 5, 10, 20, 50):
        t = float(np.nextafter(cleans[allowed], 1.0)) if allowed < len(cleans) else floor
        t = max(t, floor)
        added = int((items >= t).sum())
        print(f"  clean drafts +{allowed:<3} (t {t:.6f}): items +{added} "
              f"({rules} → {rules + added}/{total})", flush=True)  # fmt: skip
        if allowed == 0 and added:
            chosen = t
    print(
        "operating point (most items added at zero added clean drafts):",
        chosen if chosen is not None else "none — no threshold adds an item without a clean draft",
    )
    return chosen


def main() -> int:
    import django

    django.setup()
    from sklearn.model_selection import GroupKFold

    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--head", default="lr", choices=("lr", "hgb"))
    parser.add_argument("-C", type=float, default=0.3)
    parser.add_argument("--train", default="all", choices=("all", "missed"))
    parser.add_argument("--base", action="store_true", help="register_meaning's 27 features only")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--show", type=float, default=0.0)
    options = parser.parse_args()
    rows, drafts = load(options.rebuild)
    if options.base:
        for r in rows:
            if r["x"] is not None:
                r["x"] = r["x"][:, :27]
    built = registers()
    draft_rows = [i for i, r in enumerate(rows) if r["draft"] is not None]
    blind = [r for r in rows if r["draft"] is None]
    groups = [rows[i]["company"] for i in draft_rows]
    p = np.zeros(len(rows))
    j = np.full(len(rows), -1)
    started = time.time()
    for fold, (tr, te) in enumerate(GroupKFold(options.folds).split(draft_rows, groups=groups)):
        head = train([rows[draft_rows[k]] for k in tr] + blind, options.head, options.C,
                     options.train)  # fmt: skip
        held = [rows[draft_rows[k]] for k in te]
        ph, jh = scores(held, head)
        for k, pp, jj in zip(te, ph, jh, strict=True):
            p[draft_rows[k]], j[draft_rows[k]] = pp, jj
        print(f"  fold {fold}: {len(tr)} train sentences, {len(te)} held "
              f"({time.time() - started:.0f} s)", flush=True)  # fmt: skip
    print(
        f"head {options.head} C {options.C} train {options.train} base {options.base}: "
        "leave-companies-out over the read sets"
    )
    curve(rows, drafts, p, j, built)
    if options.show:
        *_, shown = judge(rows, drafts, p, j, options.show, built)
        for i, term in shown:
            r = rows[i]
            tag = "ITEM" if r["item"] else "CLEAN" if r["clean"] else "other"
            print(f"   {tag:<5} {p[i]:.3f} [{term}] {drafts[r['draft']]['id']}: "
                  f"{r['sentence'][:150]!r}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
