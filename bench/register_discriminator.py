"""A learned discriminator for "this sentence discloses this register item" (session 26,
register-v21, issue 13), measured in two roles beside the register's rules:

(a) catch — a sentence the rules leave unflagged that shares words with a note (a candidate,
    CANDIDATE_WORDS) and that the head scores ≥ a threshold becomes a finding;
(b) clear — a sentence the rules flag that the head scores < a threshold loses its findings
    (a second opinion against ordinary senses and adjacent topics).

Features of a (sentence, entry) pair: register_meaning.features (the cosine of the sentence's
MiniLM embedding with the note's, its margin over the other notes, the note's words and
concepts said, the kind of fact, the flags of how it is said), the cosine with the entry's
names (term and variants), the disclosure head's probability, and with --products the
elementwise product of the two embeddings. A logistic head (scikit-learn, StandardScaler).

Training data: the blind register files (bench/register_blind26_{en,de}.jsonl, written by a
helper who never saw the engine: each line a text, its entry and leak/clean) and, with
--train dev, the DEV writers' sentences (register_groups.ENGLISH_DEV / GERMAN_DEV). Judged:
cross-validation by company on the blind files; DEV (read) when the head did not train on it;
TRANSFER (register_groups.TRANSFER, numbers only — this script prints no text of them).

    PYTHONPATH=src SECRET_KEY=x /work/main/.venv/bin/python bench/register_discriminator.py
    … --train dev  --lang en|de  --products  --write

REGISTER_DISCRIMINATOR_ROLE=catch|clear trains on one role's rows only (rule-free or flagged).

Embeddings and rows are cached beside REGISTER_DISCRIMINATOR_CACHE (default
bench/results/register_discriminator.npz); --rebuild re-reads the drafts.
"""

import argparse
import json
import os
import pickle
import re
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

CACHE = Path(
    os.environ.get("REGISTER_DISCRIMINATOR_CACHE", HERE / "results" / "register_discriminator.npz")
)
ROWS = CACHE.with_name("register_discriminator_rows.pkl")
BLIND = {"en": HERE / "register_blind26_en.jsonl", "de": HERE / "register_blind26_de.jsonl"}
KIND = "internal_reference"
CANDIDATE_WORDS = 2  # a sentence the rules leave is a candidate with this many note words
CATCH = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95, 0.97, 0.99)
CLEAR = (0.01, 0.02, 0.05, 0.07, 0.1, 0.15, 0.2, 0.3, 0.4)


def _register(entries: list[tuple[str, str, str, list[str]]], public: list[str]):
    from openline.guidance.detectors.internal import RegisterIndex

    return RegisterIndex.build(entries, public)


def blind_rows() -> list[dict]:
    """One row per blind line, with its company's register built from the file's entries."""
    from guidance_eval_companies import _category
    from register_sense import touches

    from openline.guidance.detectors import internal, register_meaning

    rows = []
    for lang, path in BLIND.items():
        lines = [json.loads(line) for line in path.read_text().splitlines() if line]
        companies: dict[str, dict] = {}
        for line in lines:
            entry = {"term": line["term"], "note": line["note"], "variants": line["variants"]}
            companies.setdefault(line["company"], {})[line["term"]] = entry
        built = {}
        for company, entries in companies.items():
            register = _register(
                [(e["term"], _category(e), e["note"], e["variants"]) for e in entries.values()],
                [company],
            )
            built[company] = (register, register_meaning.notes_of(register))
        for line in lines:
            register, notes = built[line["company"]]
            text = line["text"]
            hits = [(h.start, h.end) for h in internal.detect(text, register)]
            terms = [n.entry.term for n in notes]
            rows.append({
                "source": f"blind-{lang}", "lang": lang, "writer": f"blind-{lang}",
                "company": f"{lang}:{line['company']}", "id": None, "sentence": text,
                "rule": touches(0, len(text), hits), "item": line["label"] == "leak",
                "clean": line["label"] == "clean", "how": line["how"],
                "entry": terms.index(line["term"]), "inside_near": False,
                "start": 0, "end": len(text),
            })  # fmt: skip
    return rows


def draft_rows() -> list[dict]:
    """Every sentence a rule flags and every candidate sentence (CANDIDATE_WORDS of one note)
    of the DEV and TRANSFER drafts; drafts without either keep one placeholder row so that
    their items and clean state are counted."""
    import register_groups
    from register_sense import spans_of, touches

    from openline.guidance.detectors import german, internal, register_meaning, wording

    built = {}
    for name, (register) in register_groups._registers().items():
        built[name] = (register, register_meaning.notes_of(register))
    groups = []
    for lang, names in (("en", register_groups.ENGLISH_DEV), ("de", register_groups.GERMAN_DEV)):
        for name in names:
            path = register_groups.DATA / f"drafts_{name}.jsonl"
            groups.append(("dev", lang, name, register_groups._read(path, None)))
    for label, path, prefixes in register_groups.TRANSFER:
        lang = "de" if label.startswith("de") else "en"
        groups.append(("transfer", lang, label, register_groups._read(path, prefixes)))
    rows = []
    for source, lang, writer, drafts in groups:
        for draft in drafts:
            text = draft["text"]
            register, notes = built[draft["company"]]
            hits = [(h.start, h.end) for h in internal.detect(text, register)]
            items = spans_of(draft, KIND)
            common = {
                "source": source, "lang": lang, "writer": writer, "id": draft["id"],
                "company": draft["company"], "clean": not draft["expected"],
                "german": german.looks_german(text), "how": None, "entry": None,
                "hits": hits, "items": items,
                "item_groups": [
                    [(m.start(), m.end()) for m in re.finditer(re.escape(e["match"]), text)]
                    for e in draft["expected"] if e["kind"] == KIND
                ],
            }  # fmt: skip
            spans = wording.sentences(text)
            kept = False
            for at, (start, end) in enumerate(spans):
                rule = touches(start, end, hits)
                sentence = wording.scored_text(text[start:end])
                if not rule and notes:
                    zero = np.zeros(len(notes), dtype=np.float32)
                    words = register_meaning.features(sentence, notes, zero)[:, 3]
                    if words.max() < CANDIDATE_WORDS:
                        continue
                elif not rule:
                    continue
                kept = True
                rows.append({
                    **common, "sentence": sentence, "start": start, "end": end, "rule": rule,
                    "item": touches(start, end, items),
                    "inside_near": register_meaning.inside_near(text, spans, at),
                })  # fmt: skip
            if not kept:
                rows.append({**common, "sentence": None, "start": 0, "end": 0, "rule": False,
                             "item": False, "inside_near": False})  # fmt: skip
    return rows


def featurise(rows: list[dict]) -> None:
    """Adds to each row with a sentence: `x` (the features against each note of its company:
    one row per note) — register_meaning.features, the names' cosine, the disclosure head."""
    import register_groups
    import wording_lowo

    from openline.guidance.detectors import register_meaning

    store = wording_lowo.Store(CACHE)
    built = {
        name: register_meaning.notes_of(register)
        for name, register in register_groups._registers().items()
    }
    blind = _blind_notes()
    built.update(blind)
    texts = [r["sentence"] for r in rows if r["sentence"]]
    for notes in built.values():
        texts += [n.meaning for n in notes] + [_names(n) for n in notes]
    store.get(texts)
    note_vectors = {
        k: (store.get([n.meaning for n in v]), store.get([_names(n) for n in v]))
        for k, v in built.items()
        if v
    }
    head = register_meaning.disclosure_head()
    for row in rows:
        if not row["sentence"] or row["company"] not in note_vectors:
            row["x"] = None
            continue
        notes = built[row["company"]]
        meanings, names = note_vectors[row["company"]]
        vector = store.get([row["sentence"]])[0]
        base = register_meaning.features(
            row["sentence"], notes, meanings @ vector, row["inside_near"]
        )
        disclosure = float(head.probabilities(vector[None])[0])
        extra = np.column_stack([names @ vector, np.full(len(notes), disclosure)])
        row["x"] = np.hstack([base, extra]).astype(np.float32)
        row["products"] = (meanings * vector[None]).astype(np.float32)


def _names(note) -> str:
    return note.entry.term


_BLIND_NOTES: dict = {}


def _blind_notes() -> dict:
    if not _BLIND_NOTES:
        from guidance_eval_companies import _category

        from openline.guidance.detectors import register_meaning

        for lang, path in BLIND.items():
            companies: dict[str, dict] = {}
            for line in path.read_text().splitlines():
                d = json.loads(line)
                companies.setdefault(d["company"], {})[d["term"]] = d
            for company, entries in companies.items():
                register = _register(
                    [(e["term"], _category(e), e["note"], e["variants"]) for e in entries.values()],
                    [company],
                )
                _BLIND_NOTES[f"{lang}:{company}"] = register_meaning.notes_of(register)
    return _BLIND_NOTES


def load_rows(rebuild: bool) -> list[dict]:
    if ROWS.exists() and not rebuild:
        return pickle.loads(ROWS.read_bytes())  # noqa: S301 - this script's own cache
    raw = ROWS.with_name("register_discriminator_raw.pkl")
    if raw.exists() and not rebuild:
        rows = pickle.loads(raw.read_bytes())  # noqa: S301 - this script's own cache
    else:
        rows = draft_rows() + blind_rows()
        raw.parent.mkdir(parents=True, exist_ok=True)
        raw.write_bytes(pickle.dumps(rows))
    with_text = [r for r in rows if r["sentence"]]
    print(
        f"{len(with_text)} sentences: rule {sum(r['rule'] for r in with_text)}, "
        f"candidates {sum(not r['rule'] for r in with_text)}",
        flush=True,
    )
    if os.environ.get("REGISTER_DISCRIMINATOR_COUNT_ONLY"):
        sys.exit(0)
    featurise(rows)
    ROWS.parent.mkdir(parents=True, exist_ok=True)
    ROWS.write_bytes(pickle.dumps(rows))
    return rows


def matrix(row: dict, products: bool) -> np.ndarray:
    if products:
        return np.hstack([row["x"], row["products"]])
    return row["x"]


def training_set(rows: list[dict], products: bool) -> tuple[np.ndarray, np.ndarray]:
    """Blind rows: the labelled entry's row. Draft rows: item sentences their best-matching note
    by similarity (the label names no entry); clean drafts' sentences every note's row."""
    xs, ys = [], []
    for row in rows:
        if row.get("x") is None:
            continue
        m = matrix(row, products)
        if row["entry"] is not None:
            xs.append(m[row["entry"]])
            ys.append(int(row["item"]))
        elif row["item"]:
            xs.append(m[int(np.argmax(row["x"][:, 0]))])
            ys.append(1)
        elif row["clean"]:
            xs.extend(m)
            ys.extend([0] * len(m))
    return np.array(xs), np.array(ys)


ROLE = os.environ.get("REGISTER_DISCRIMINATOR_ROLE", "")  # "catch": rule-free rows only


def fit(rows: list[dict], products: bool, c: float):
    from sklearn.linear_model import LogisticRegression
    from sklearn.preprocessing import StandardScaler

    if ROLE == "catch":
        rows = [r for r in rows if not r["rule"]]
    elif ROLE == "clear":
        rows = [r for r in rows if r["rule"]]
    x, y = training_set(rows, products)
    scaler = StandardScaler().fit(x)
    model = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    model.fit(scaler.transform(x), y)
    return scaler, model


def probability(head, row: dict, products: bool) -> float:
    """The head's highest probability over the row's notes (its labelled entry for blind)."""
    scaler, model = head
    m = matrix(row, products)
    if row["entry"] is not None:
        m = m[row["entry"] : row["entry"] + 1]
    return float(model.predict_proba(scaler.transform(m))[:, 1].max())


def blind_cv(rows: list[dict], lang: str, products: bool, c: float, train_dev: bool) -> None:
    """Leave one blind company out: per role, the blind lines' outcome."""
    blind = [r for r in rows if r["source"] == f"blind-{lang}"]
    dev = [r for r in rows if r["source"] == "dev" and r["lang"] == lang] if train_dev else []
    scored = []
    for company in sorted({r["company"] for r in blind}):
        head = fit([r for r in blind if r["company"] != company] + dev, products, c)
        scored += [(r, probability(head, r, products)) for r in blind if r["company"] == company]
    leaks = [(r, p) for r, p in scored if r["item"]]
    cleans = [(r, p) for r, p in scored if not r["item"]]
    rule_leaks = sum(r["rule"] for r, _ in leaks)
    rule_cleans = sum(r["rule"] for r, _ in cleans)
    print(f"blind-{lang} by company: {len(leaks)} leaks (rules {rule_leaks}), "
          f"{len(cleans)} clean (rules flag {rule_cleans})")  # fmt: skip
    for t in CATCH:
        gained = sum(not r["rule"] and p >= t for r, p in leaks)
        alarms = sum(not r["rule"] and p >= t for r, p in cleans)
        print(f"  catch ≥{t:<5} leaks +{gained:<4} clean +{alarms}")
    for t in CLEAR:
        lost = sum(r["rule"] and p < t for r, p in leaks)
        cleared = sum(r["rule"] and p < t for r, p in cleans)
        print(f"  clear <{t:<5} leaks -{lost:<4} clean -{cleared}")
    by_how: dict[str, list[float]] = {}
    for r, p in scored:
        by_how.setdefault(r["how"], []).append(p)
    print("  mean p by how: " + ", ".join(f"{h} {np.mean(v):.2f}" for h, v in by_how.items()))


@__import__("functools").cache
def _host_terms(company: str) -> tuple[str, ...]:
    """The register's hosts and URLs: a sentence holding one is never cleared (as in
    register_opinion.second_opinion)."""
    import register_groups

    from openline.guidance.detectors import register_opinion

    register = register_groups._registers().get(company)
    if register is None:
        return ()
    return tuple(
        e.term.casefold() for e in register.entries if e.category in register_opinion.HOSTS
    )


def judge_drafts(rows, p_of, source, lang, catch, clear) -> dict[str, tuple]:
    """Per writer: (items, found, clean, alarms) for the rules, with (a) at `catch`, with (b)
    at `clear` (either may be None); `p_of` maps id(row) to the head's probability."""
    from register_sense import touches

    drafts: dict[str, list[dict]] = {}
    for row in rows:
        if row["source"] == source and row["lang"] == lang:
            drafts.setdefault(row["id"], []).append(row)
    out: dict[str, list[int]] = {}
    for sentence_rows in drafts.values():
        first = sentence_rows[0]
        hits = list(first["hits"])
        added = []
        for row in sentence_rows:
            if id(row) not in p_of:
                continue
            p = p_of[id(row)]
            hosted = any(t in row["sentence"].casefold() for t in _host_terms(row["company"]))
            if row["rule"] and clear is not None and p < clear and not hosted:
                hits = [h for h in hits if not touches(row["start"], row["end"], [h])]
            if not row["rule"] and catch is not None and p >= catch:
                added.append((row["start"], row["end"]))
        hits += added
        counts = out.setdefault(first["writer"], [0, 0, 0, 0])
        items = first["item_groups"]
        counts[0] += len(items)
        counts[1] += sum(any(touches(a, b, hits) for a, b in spans) for spans in items)
        if first["clean"]:
            counts[2] += 1
            counts[3] += bool(hits)
    return {k: tuple(v) for k, v in out.items()}


def probabilities(rows: list[dict], lang: str, products: bool, c: float, train_dev: bool):
    """id(row) → the head's probability, for DEV and TRANSFER sentences of `lang`. With
    `train_dev`, DEV is scored leave one writer out (blind + the other DEV writers) and TRANSFER
    by the head of blind + every DEV writer; without, by the blind head alone."""
    blind = [r for r in rows if r["source"] == f"blind-{lang}"]
    dev = [r for r in rows if r["source"] == "dev" and r["lang"] == lang]
    transfer = [r for r in rows if r["source"] == "transfer" and r["lang"] == lang]
    p_of: dict[int, float] = {}

    def score(head, part):
        for r in part:
            if r.get("x") is not None:
                p_of[id(r)] = probability(head, r, products)

    if train_dev:
        for writer in sorted({r["writer"] for r in dev}):
            head = fit(blind + [r for r in dev if r["writer"] != writer], products, c)
            score(head, [r for r in dev if r["writer"] == writer])
        score(fit(blind + dev, products, c), transfer)
    else:
        head = fit(blind, products, c)
        score(head, dev + transfer)
    return p_of


def write(rows: list[dict], c: float) -> int:
    """The second-opinion head (the clear role): rule-flagged English sentences of the blind
    file and every DEV writer, written where register_opinion reads it."""
    import hashlib

    from openline.guidance.detectors import register_opinion

    assert ROLE == "clear", "set REGISTER_DISCRIMINATOR_ROLE=clear"
    part = [r for r in rows if r["lang"] == "en" and r["source"] in ("blind-en", "dev")]
    scaler, model = fit(part, False, c)
    np.savez(
        register_opinion.HEAD_PATH,
        weights=model.coef_[0].astype(np.float64),
        bias=np.float64(model.intercept_[0]),
        mean=scaler.mean_.astype(np.float64),
        scale=scaler.scale_.astype(np.float64),
        features=np.array(register_opinion.FEATURES),
    )
    digest = hashlib.sha256(register_opinion.HEAD_PATH.read_bytes()).hexdigest()
    print(f"wrote {register_opinion.HEAD_PATH} ({len(part)} rows) sha256 {digest}")
    return 0


def main() -> int:
    import django

    django.setup()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--rebuild", action="store_true")
    parser.add_argument("--lang", choices=("en", "de"), default="en")
    parser.add_argument("--products", action="store_true")
    parser.add_argument("--train", choices=("blind", "dev"), default="blind")
    parser.add_argument("-C", type=float, default=1.0)
    parser.add_argument("--show", type=float, help="print DEV sentences caught at this")
    parser.add_argument("--write", action="store_true", help="train the clear head, write it")
    parser.add_argument("--no-cv", action="store_true", help="skip the blind companies' CV")
    parser.add_argument(
        "--catch", type=float, nargs="*", default=[0.9, 0.95, 0.97, 0.98, 0.99, 0.995]
    )
    parser.add_argument("--clear", type=float, nargs="*", default=[0.02, 0.05, 0.1, 0.2])
    options = parser.parse_args()
    rows = load_rows(options.rebuild)
    if options.write:
        return write(rows, options.C)
    if not options.no_cv:
        blind_cv(rows, options.lang, options.products, options.C, options.train == "dev")
    p_of = probabilities(rows, options.lang, options.products, options.C, options.train == "dev")
    if options.show is not None:  # DEV only: its text may be read
        for r in rows:
            if r["source"] == "dev" and r["lang"] == options.lang and id(r) in p_of:
                p = p_of[id(r)]
                if (not r["rule"] and p >= options.show) or (r["rule"] and p < 0.2):
                    tag = "ITEM" if r["item"] else "CLEAN" if r["clean"] else "other"
                    role = "clear" if r["rule"] else "catch"
                    print(f"  {role} {tag} {p:.3f} {r['id']}: {r['sentence'][:160]!r}")
    for source in ("dev", "transfer"):
        for label, catch, clear in (
            [("rules", None, None)]
            + [(f"catch>={t}", t, None) for t in options.catch]
            + [(f"clear<{t}", None, t) for t in options.clear]
        ):
            per = judge_drafts(rows, p_of, source, options.lang, catch, clear)
            total = tuple(sum(v[i] for v in per.values()) for i in range(4))
            print(f"{source} {options.lang} {label:<12} register {total[1]}/{total[0]} "
                  f"alarms {total[3]}/{total[2]}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
