"""Register leaks told in other words ("described"), matched against their note by meaning
(session 29, register-v24, issue 13). The protocol is in docs/decisions.md, "Session 29,
register-v24", written before any figure of this script.

Per writer, the register check alone (the rules, internal.detect) and the rules plus the meaning
path (register_meaning: the meaning head on the note/sentence features, the disclosure head on
the sentence's MiniLM embedding, a finding when both reach their thresholds and the note's fact
is not said as public):

- candidate A: the shipped heads at the shipped operating point (THRESHOLD, DISCLOSURE_THRESHOLD);
- candidate B (--retrain): both heads retrained on DEV and the blind register lines
  (bench/register_blind26_en.jsonl); DEV scored leave one DEV writer out, the operating pair
  chosen by the rule (most DEV items added at zero added DEV clean drafts), UNSEEN scored by the
  heads trained on every DEV writer and the blind lines.

    PYTHONPATH=src SECRET_KEY=x /work/main/.venv/bin/python bench/register_described24.py
    … bench/register_described24.py --retrain
    … bench/register_described24.py --retrain --show WRITER   # DEV writers only

UNSEEN writers are printed as numbers only, always. Embeddings are cached in
REGISTER_DESCRIBED_CACHE (default bench/results/register_described24.npz), the sentence rows in
the same directory.
"""

import argparse
import json
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

CACHE = Path(
    os.environ.get("REGISTER_DESCRIBED_CACHE", HERE / "results" / "register_described24.npz")
)
ROWS = CACHE.with_name("register_described24_rows.pkl")
DATA = HERE / "eval" / "guidance"
BLIND = HERE / "register_blind26_en.jsonl"
KIND = "internal_reference"
NEVER = ("holdout23", "de23", "holdout24", "de24", "h23bc")
DEV_SETS = ("dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "valid5")
UNSEEN = {  # writer: (file, id prefixes or None)
    "h21a": (DATA / "drafts_holdout21.jsonl", ("rl", "rm", "rn")),
    "h21b": (DATA / "drafts_holdout21.jsonl", ("ro", "rp")),
    "h21c": (DATA / "drafts_holdout21.jsonl", ("rq", "rr")),
    "h22a": (DATA / "drafts_holdout22.jsonl", ("rs", "ru", "rv")),
    "h22b": (DATA / "drafts_holdout22.jsonl", ("rw", "rx")),
    "h22c": (DATA / "drafts_holdout22.jsonl", ("ry", "rz")),
    "h23a": (Path("/work/wt/h23a.jsonl"), None),
}
# Writers the shipped heads (session 20) were never trained on, besides UNSEEN.
AFTER_SHIPPED = (
    "h14b", "h14c", "h15a", "h15b", "h15c", "h16a", "h16b", "h16c", "h17a", "h17b", "h17c",
    "h18a", "h18b", "h18c", "h19a", "h19b", "h19c", "h20a", "h20b", "h20c",
)  # fmt: skip
# Candidate C's gate (fixed before its figures): a sentence that denies or speaks of what is
# public is not asked.
DENIED = re.compile(r"(?i)\b(?:no|not|never|nothing|none|nobody)\b|n[\'\u2019]t\b")
MEANING = (0.9, 0.93, 0.95, 0.97, 0.98, 0.99)
DISCLOSURE = (0.5, 0.7, 0.8, 0.85, 0.9, 0.95)


def _read(path: Path, prefixes: tuple[str, ...] | None) -> list[dict]:
    assert not any(path.stem.endswith(n) for n in NEVER), path
    drafts = [json.loads(line) for line in path.read_text("utf-8").splitlines() if line]
    if prefixes is None:
        return drafts
    return [d for d in drafts if d["id"].split("-")[0] in prefixes]


def writers() -> dict[str, tuple[str, list[dict]]]:
    """writer → (group, drafts): DEV and UNSEEN."""
    import register_sense

    out: dict[str, tuple[str, list[dict]]] = {}
    for name in DEV_SETS:
        out[name] = ("dev", _read(DATA / f"drafts_{name}.jsonl", None))
    for writer, (name, prefixes) in register_sense.SPLITS.items():
        if name in ("holdout21",):
            continue
        out[writer] = ("dev", _read(DATA / f"drafts_{name}.jsonl", prefixes))
    for writer, (path, prefixes) in UNSEEN.items():
        out[writer] = ("unseen", _read(path, prefixes))
    return out


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


def collect() -> tuple[list[dict], list[dict]]:
    """Sentence rows (every English draft's sentences as the wording head reads them) and
    draft rows (items as label groups of spans, clean, the rules' hits)."""
    from register_sense import touches

    from openline.guidance.detectors import german, internal, register_meaning, wording

    built = registers()
    rows, drafts_out = [], []
    for writer, (group, drafts) in writers().items():
        for draft in drafts:
            text = draft["text"]
            if german.looks_german(text):
                continue
            register = built[draft["company"]]
            hits = [(h.start, h.end) for h in internal.detect(text, register)]
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
                "writer": writer, "group": group, "id": draft["id"], "hits": hits,
                "groups": groups, "clean": not draft["expected"], "text": text,
                "company": draft["company"],
            })  # fmt: skip
            items = [s for g in groups for s in g]
            spans = wording.sentences(text)
            for at, (start, end) in enumerate(spans):
                rows.append({
                    "draft": d, "writer": writer, "group": group, "company": draft["company"],
                    "start": start, "end": end, "sentence": wording.scored_text(text[start:end]),
                    "engine": touches(start, end, hits), "item": touches(start, end, items),
                    "clean": not draft["expected"],
                    "inside_near": register_meaning.inside_near(text, spans, at),
                    "entry": None,
                })  # fmt: skip
    return rows, drafts_out


def blind_rows() -> tuple[list[dict], dict]:
    """One row per blind line against its company's notes, its labelled entry's index."""
    from guidance_eval_companies import _category

    from openline.guidance.detectors import internal, register_meaning
    from openline.guidance.detectors.internal import RegisterIndex

    lines = [json.loads(line) for line in BLIND.read_text("utf-8").splitlines() if line]
    companies: dict[str, dict] = {}
    for line in lines:
        companies.setdefault(line["company"], {})[line["term"]] = line
    built = {}
    for company, entries in companies.items():
        register = RegisterIndex.build(
            [(e["term"], _category(e), e["note"], e["variants"]) for e in entries.values()],
            [company],
        )
        built[f"blind:{company}"] = register
    rows = []
    for line in lines:
        key = f"blind:{line['company']}"
        register = built[key]
        notes = register_meaning.notes_of(register)
        terms = [n.entry.term for n in notes]
        text = line["text"]
        rows.append({
            "draft": None, "writer": "blind", "group": "blind", "company": key,
            "start": 0, "end": len(text), "sentence": text,
            "engine": bool(internal.detect(text, register)), "item": line["label"] == "leak",
            "clean": line["label"] == "clean", "inside_near": False,
            "entry": terms.index(line["term"]) if line["term"] in terms else None,
            "how": line["how"],
        })  # fmt: skip
    return rows, built


def featurise(rows: list[dict], built: dict, store) -> None:
    from openline.guidance.detectors import register_meaning

    vectors = store.get([r["sentence"] for r in rows])
    notes_of = {}
    for key, register in built.items():
        notes = register_meaning.notes_of(register)
        if notes:
            notes_of[key] = (notes, store.get([n.meaning for n in notes]))
    for i, row in enumerate(rows):
        found = notes_of.get(row["company"])
        row["vector"] = vectors[i]
        if not found:
            row["x"] = None
            continue
        notes, note_vectors = found
        row["x"] = register_meaning.features(
            row["sentence"], notes, note_vectors @ vectors[i], row["inside_near"]
        )


def load(rebuild: bool) -> tuple[list[dict], list[dict], dict]:
    if ROWS.exists() and not rebuild:
        return pickle.loads(ROWS.read_bytes())  # noqa: S301 - this script's own cache
    started = time.time()
    rows, drafts = collect()
    blind, blind_built = blind_rows()
    built = {**registers(), **blind_built}
    print(f"{len(rows)} draft sentences, {len(blind)} blind lines ({time.time() - started:.0f} s)",
          flush=True)  # fmt: skip
    store = wording_lowo.Store(CACHE)
    featurise(rows + blind, built, store)
    ROWS.parent.mkdir(parents=True, exist_ok=True)
    out = (rows + blind, drafts, {k: None for k in built})
    ROWS.write_bytes(pickle.dumps(out))
    return out


# ------------------------------------------------------------------ heads


def fit(x: np.ndarray, y: np.ndarray, c: float):
    from sklearn.linear_model import LogisticRegression

    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-6] = 1.0
    model = LogisticRegression(C=c, max_iter=4000, class_weight="balanced")
    model.fit((x - mean) / scale, y)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0]), mean, scale


def prob(params, x: np.ndarray) -> np.ndarray:
    w, b, mean, scale = params
    return 1.0 / (1.0 + np.exp(-(((x - mean) / scale) @ w + b)))


def chosen(rows: list[dict], params) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per row: the note row used (the labelled entry's for blind lines; else the highest by
    the head, or the closest in meaning without a head), its probability, its note index."""
    width = next(r["x"].shape[1] for r in rows if r["x"] is not None)
    x = np.zeros((len(rows), width), dtype=np.float32)
    p = np.zeros(len(rows))
    j = np.full(len(rows), -1)
    for i, r in enumerate(rows):
        m = r["x"]
        if m is None or not len(m):
            continue
        if r["entry"] is not None:
            k = r["entry"]
            q = prob(params, m[k : k + 1])[0] if params is not None else 0.0
        elif params is None:
            k, q = int(np.argmax(m[:, 0])), 0.0
        else:
            qs = prob(params, m)
            k = int(np.argmax(qs))
            q = qs[k]
        x[i], p[i], j[i] = m[k], q, k
    return x, p, j


def train_meaning(rows: list[dict], c: float):
    """Two stages as bench/register_meaning.py: first on the note closest in meaning, then on
    the note the first head scores highest."""
    usable = [r for r in rows if r["x"] is not None and len(r["x"]) and (r["item"] or r["clean"]
              or r["entry"] is None)]  # fmt: skip
    y = np.array([r["item"] for r in usable], dtype=int)
    x, _, _ = chosen(usable, None)
    first = fit(x, y, c)
    x, _, _ = chosen(usable, first)
    return fit(x, y, c)


def train_disclosure(rows: list[dict], c: float = 0.5):
    from sklearn.linear_model import LogisticRegression

    told = [r for r in rows if r["item"] or r["clean"]]
    v = np.array([r["vector"] for r in told], dtype=np.float32)
    y = np.array([r["item"] for r in told], dtype=int)
    model = LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
    model.fit(v, y)
    return model.coef_[0].astype(np.float32), float(model.intercept_[0])


def shipped_scores(rows: list[dict]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    from openline.guidance.detectors import register_meaning

    h = register_meaning.head()
    d = register_meaning.disclosure_head()
    p = np.zeros(len(rows))
    q = np.zeros(len(rows))
    j = np.full(len(rows), -1)
    for i, r in enumerate(rows):
        if r["x"] is None or not len(r["x"]):
            continue
        ps = h.probabilities(r["x"])
        j[i] = int(np.argmax(ps))
        p[i] = ps[j[i]]
        q[i] = float(d.probabilities(r["vector"][None])[0])
    return p, q, j


# ------------------------------------------------------------------ judging


def judge(rows, drafts, p, q, j, a: float, b: float, writers_: list[str]) -> dict:
    """writer → (items, found by rules, found with the path, clean, alarms rules, alarms with,
    path findings outside items) at the pair (a, b)."""
    from register_sense import touches

    from openline.guidance.detectors import internal, register_meaning

    built = _built()
    gated = GATE[0]
    added: dict[int, list[tuple[int, int]]] = {}
    for i, r in enumerate(rows):
        if r["draft"] is None or r["writer"] not in writers_ or r["engine"]:
            continue
        if p[i] >= a and q[i] >= b and not (gated and _gate(r["sentence"])):
            d = drafts[r["draft"]]
            notes = register_meaning.notes_of(built[r["company"]])
            entry = notes[j[i]].entry
            if not internal.publicly_said(d["text"], r["start"], r["end"], entry):
                added.setdefault(r["draft"], []).append((r["start"], r["end"]))
    out: dict[str, list[int]] = {}
    for k, d in enumerate(drafts):
        if d["writer"] not in writers_:
            continue
        c = out.setdefault(d["writer"], [0] * 7)
        hits = d["hits"]
        more = hits + added.get(k, [])
        c[0] += len(d["groups"])
        c[1] += sum(any(touches(x, y, hits) for x, y in g) for g in d["groups"])
        c[2] += sum(any(touches(x, y, more) for x, y in g) for g in d["groups"])
        if d["clean"]:
            c[3] += 1
            c[4] += bool(hits)
            c[5] += bool(more)
        items = [s for g in d["groups"] for s in g]
        c[6] += sum(not touches(x, y, items) for x, y in added.get(k, []))
    return {w: tuple(v) for w, v in out.items()}


GATE = [False]


def _gate(sentence: str) -> bool:
    from openline.guidance.detectors import internal, register_meaning

    return bool(
        DENIED.search(sentence)
        or register_meaning.PUBLIC.search(sentence)
        or internal.ANNOUNCED.search(sentence)
    )


_BUILT: dict = {}


def _built() -> dict:
    if not _BUILT:
        _BUILT.update(registers())
        _BUILT.update(blind_rows()[1])
    return _BUILT


def table(title: str, per: dict, numbers_only: bool = True) -> tuple[int, ...]:
    print(title)
    total = [0] * 7
    for w, v in per.items():
        total = [x + y for x, y in zip(total, v, strict=True)]
        print(f"  {w:<8} items {v[1]:>4} → {v[2]:<4}/{v[0]:<5} clean flagged {v[4]:>3} → "
              f"{v[5]:<3}/{v[3]:<5} other sentences +{v[6]}")  # fmt: skip
    v = total
    print(f"  {'all':<8} items {v[1]:>4} → {v[2]:<4}/{v[0]:<5} clean flagged {v[4]:>3} → "
          f"{v[5]:<3}/{v[3]:<5} other sentences +{v[6]}", flush=True)  # fmt: skip
    return tuple(total)


def main() -> int:
    import django

    django.setup()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--retrain", action="store_true", help="candidate B")
    parser.add_argument("-C", type=float, default=0.3)
    parser.add_argument("--no-blind", action="store_true", help="B without the blind lines")
    parser.add_argument("--show", default="", help="a DEV writer's head-only sentences")
    parser.add_argument("--scores", type=Path, help="the DEV LOWO scores, kept here")
    parser.add_argument("--gate", action="store_true", help="candidate C")
    parser.add_argument("--at", default="", help="a,b: show every DEV head-only sentence there")
    options = parser.parse_args()
    rows, drafts, _ = load(options.rebuild)
    GATE[0] = options.gate
    dev = sorted({r["writer"] for r in rows if r["group"] == "dev"})
    unseen = list(UNSEEN)
    if not options.retrain:
        p, q, j = shipped_scores(rows)
        a, b = 0.95, 0.85
        table(f"A, shipped heads at ({a}, {b}): UNSEEN", judge(rows, drafts, p, q, j, a, b, unseen))
        table("A: h14b … h20c (after the heads were trained)",
              judge(rows, drafts, p, q, j, a, b, list(AFTER_SHIPPED)))  # fmt: skip
        return 0
    blind = [] if options.no_blind else [r for r in rows if r["group"] == "blind"]
    p = np.zeros(len(rows))
    q = np.zeros(len(rows))
    j = np.full(len(rows), -1)
    index = {id(r): i for i, r in enumerate(rows)}
    started = time.time()
    if options.scores and options.scores.exists():
        saved = np.load(options.scores)
        p, q, j = saved["p"], saved["q"], saved["j"]
        dev = []  # nothing left to score
    for writer in dev:
        train = [r for r in rows if r["group"] == "dev" and r["writer"] != writer] + blind
        held = [r for r in rows if r["writer"] == writer]
        meaning = train_meaning(train, options.C)
        w, bias = train_disclosure(train)
        _, ph, jh = chosen(held, meaning)
        for r, pp, jj in zip(held, ph, jh, strict=True):
            i = index[id(r)]
            p[i], j[i] = pp, jj
            q[i] = 1.0 / (1.0 + np.exp(-(r["vector"] @ w + bias)))
    print(f"LOWO over {len(dev)} DEV writers ({time.time() - started:.0f} s)", flush=True)
    if options.scores and dev:
        np.savez(options.scores, p=p, q=q, j=j)
    dev = sorted({r["writer"] for r in rows if r["group"] == "dev"})
    if options.at:
        a, b = (float(v) for v in options.at.split(","))
        for i, r in enumerate(rows):
            if (
                r["group"] == "dev"
                and not r["engine"]
                and p[i] >= a
                and q[i] >= b
                and not (options.gate and _gate(r["sentence"]))
            ):
                tag = "ITEM" if r["item"] else "CLEAN" if r["clean"] else "other"
                d = drafts[r["draft"]]
                print(f"   {tag:<5} {p[i]:.3f} {q[i]:.3f} {d['id']}: {r['sentence'][:170]!r}")
        return 0
    grid = []
    for a in MEANING:
        for b in DISCLOSURE:
            per = judge(rows, drafts, p, q, j, a, b, dev)
            items = sum(v[2] - v[1] for v in per.values())
            alarms = sum(v[5] - v[4] for v in per.values())
            grid.append((a, b, items, alarms))
            print(f"  DEV LOWO ({a}, {b}): items +{items} clean drafts +{alarms}", flush=True)
    fits = [(items, a, b) for a, b, items, alarms in grid if alarms == 0 and items > 0]
    if not fits:
        print("no pair adds a DEV item at zero added DEV clean drafts: B stops")
        return 0
    _, a, b = max(fits)
    print(f"chosen by the rule: ({a}, {b})")
    table(f"B DEV LOWO at ({a}, {b})", judge(rows, drafts, p, q, j, a, b, dev))
    if options.show:
        assert options.show in dev
        for i, r in enumerate(rows):
            if r["writer"] == options.show and not r["engine"] and p[i] >= a and q[i] >= b:
                tag = "ITEM" if r["item"] else "CLEAN" if r["clean"] else "other"
                print(f"   {tag} {p[i]:.3f} {q[i]:.3f} {r['sentence'][:160]!r}")
    train = [r for r in rows if r["group"] == "dev"] + blind
    meaning = train_meaning(train, options.C)
    w, bias = train_disclosure(train)
    held = [r for r in rows if r["group"] == "unseen"]
    _, ph, jh = chosen(held, meaning)
    for r, pp, jj in zip(held, ph, jh, strict=True):
        i = index[id(r)]
        p[i], j[i] = pp, jj
        q[i] = 1.0 / (1.0 + np.exp(-(r["vector"] @ w + bias)))
    table(f"B UNSEEN at ({a}, {b})", judge(rows, drafts, p, q, j, a, b, unseen))
    return 0


if __name__ == "__main__":
    sys.exit(main())
