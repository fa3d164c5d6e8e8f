"""Operating points of the English wording head judged from float-score dumps (session 27,
wording-v22, issue 13): what the whole engine would find on a read writer's drafts at other
legal / hostile thresholds, with the head also asked where a legal pattern marks words of a
sentence ("half"), or at a lower threshold in a draft already holding a finding of the kind
("context"). The dumps are bench/wording_heads_compare.py's (each English sentence's float
scores, which kinds a pattern left open, whether a tone cue is in it); patterns and the other
kinds stay as the engine found them, and at the dump's own thresholds the simulation gives the
engine's findings exactly. Lowering a threshold only leaves more sentences to the float model
(the stages' reach constants are the head's: session 26, wording-v21), so the float score is
what the engine would read.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_heads_compare.py dump F DIR/W.json
    python3 bench/wording_points.py grid DIR h19b,h19c,h20a                  # every candidate
    python3 bench/wording_points.py lowo DIR h19b,h19c,h20a,h20b,h20c,h21a   # the per-kind rule
    python3 bench/wording_points.py at DIR h20b,h20c,h21a --legal 0.98 --hostile 0.99

Clauses are counted as bench/guidance_eval.Tally counts them; "clean" is clean drafts with any
finding; "unlabelled" is legal / hostile findings that overlap no label of their kind. Prints
no draft text: usable on any read set's dumps.
"""

import argparse
import json
from pathlib import Path

KINDS = ("legal_risk", "hostile_tone")
MAIN = {"legal": 0.9933, "hostile": 0.9879}
CUED = 0.95
LEGAL_GRID = (0.90, 0.92, 0.93, 0.94, 0.95, 0.96, 0.97, 0.98, 0.985, 0.99, 0.9933)
HOSTILE_GRID = (0.97, 0.975, 0.98, 0.985, 0.9879, 0.99, 0.993, 0.996)
CONTEXT_GRID = (0.97, 0.95, 0.93, 0.9, 0.8, 0.7, 0.5)


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def simulate(
    rows: list[dict],
    legal: float = MAIN["legal"],
    hostile: float = MAIN["hostile"],
    *,
    half: bool = False,
    context: dict[str, float] | None = None,
) -> dict[str, int]:
    out = dict.fromkeys(("legal", "hostile", "legal_of", "hostile_of", "clean", "clean_of"), 0)
    out |= {"unlabelled_legal": 0, "unlabelled_hostile": 0}
    for row in rows:
        sentences = row["sentences"]
        spans = {(s["start"], s["end"]): s for s in sentences}
        head = {
            (k, a, b)
            for k, a, b in row["findings"]
            if k in KINDS and (a, b) in spans and k in spans[a, b]["open"]
        }
        base = [tuple(f) for f in row["findings"] if tuple(f) not in head]
        pattern = {k: [(a, b) for kk, a, b in base if kk == k] for k in KINDS}
        new = []
        for s in sentences:
            span = (s["start"], s["end"])
            for kind in KINDS:
                limit = legal if kind == "legal_risk" else hostile
                if kind == "hostile_tone" and s["cued"]:
                    limit = min(limit, CUED)
                asked = kind in s["open"] or (
                    half and kind == "legal_risk" and any(_overlap(span, p) for p in pattern[kind])
                )
                if asked and s["scores"][kind] >= limit:
                    new.append((kind, *span))
        for kind, low in (context or {}).items():
            if any(f[0] == kind for f in base + new):
                for s in sentences:
                    found = (kind, s["start"], s["end"])
                    if kind in s["open"] and s["scores"][kind] >= low and found not in new:
                        new.append(found)
        findings = base + new
        text = row["text"]
        wanted: dict[str, list[list[tuple[int, int]]]] = {k: [] for k in KINDS}
        for item in row["expected"]:
            if item["kind"] not in KINDS:
                continue
            match, spans_of, start = item["match"], [], text.find(item["match"])
            while start >= 0:
                spans_of.append((start, start + len(match)))
                start = text.find(match, start + 1)
            wanted[item["kind"]].append(spans_of)
            got = [(a, b) for k, a, b in findings if k == item["kind"]]
            key = "legal" if item["kind"] == "legal_risk" else "hostile"
            out[key + "_of"] += 1
            out[key] += any(_overlap(x, g) for x in spans_of for g in got)
        for kind, a, b in findings:
            if kind in KINDS and not any(_overlap((a, b), x) for sp in wanted[kind] for x in sp):
                out["unlabelled_" + ("legal" if kind == "legal_risk" else "hostile")] += 1
        if not row["expected"]:
            out["clean_of"] += 1
            out["clean"] += bool(findings)
    return out


def show(name: str, o: dict[str, int]) -> None:
    print(
        f"{name:<34} legal {o['legal']}/{o['legal_of']}  hostile {o['hostile']}/{o['hostile_of']}"
        f"  clean {o['clean']}/{o['clean_of']}  unlabelled {o['unlabelled_legal']}"
        f" / {o['unlabelled_hostile']}"
    )


def load(folder: str, names: list[str]) -> dict[str, list[dict]]:
    return {n: json.loads((Path(folder) / f"{n}.json").read_text("utf-8")) for n in names}


def per_kind_rule(rows: list[dict]) -> tuple[float, float]:
    """Per kind, on its grid with the other kind at main's: the threshold with the most clauses
    of the kind whose clean drafts flagged stay at main's count; ties, the higher threshold."""
    limit = simulate(rows)["clean"]
    picks = []
    for kind, grid in (("legal", LEGAL_GRID), ("hostile", HOSTILE_GRID)):
        best: tuple[float, int] | None = None
        for t in grid:
            o = simulate(rows, **{kind: t})
            if o["clean"] <= limit and (best is None or o[kind] >= best[1]):
                best = (t, o[kind])
        assert best is not None  # main's own threshold is on the grid
        picks.append(best[0])
    return picks[0], picks[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("mode", choices=("grid", "lowo", "at"))
    parser.add_argument("folder")
    parser.add_argument("writers")
    parser.add_argument("--legal", type=float, default=MAIN["legal"])
    parser.add_argument("--hostile", type=float, default=MAIN["hostile"])
    options = parser.parse_args()
    sets = load(options.folder, options.writers.split(","))
    rows = [row for name in sets for row in sets[name]]
    if options.mode == "at":
        show("main", simulate(rows))
        show(f"{options.legal} / {options.hostile}", simulate(rows, options.legal, options.hostile))
        return
    if options.mode == "grid":
        show("main", simulate(rows))
        for t in LEGAL_GRID:
            show(f"legal {t}", simulate(rows, legal=t))
        for t in HOSTILE_GRID:
            show(f"hostile {t}", simulate(rows, hostile=t))
        show("half (legal)", simulate(rows, half=True))
        for t in CONTEXT_GRID:
            show(f"context legal {t}", simulate(rows, context={"legal_risk": t}))
            show(f"context hostile {t}", simulate(rows, context={"hostile_tone": t}))
        print("per-kind rule:", per_kind_rule(rows))
        return
    total = {"main": dict.fromkeys(("legal", "hostile", "clean", "ul", "uh"), 0)}
    total["rule"] = dict(total["main"])
    for held in sets:
        legal, hostile = per_kind_rule([r for n in sets if n != held for r in sets[n]])
        for key, o in (
            ("main", simulate(sets[held])),
            ("rule", simulate(sets[held], legal, hostile)),
        ):
            total[key]["legal"] += o["legal"]
            total[key]["hostile"] += o["hostile"]
            total[key]["clean"] += o["clean"]
            total[key]["ul"] += o["unlabelled_legal"]
            total[key]["uh"] += o["unlabelled_hostile"]
        show(f"{held} at {legal} / {hostile}", simulate(sets[held], legal, hostile))
    print("leave one writer out, summed:", total)
    print("the rule on all:", per_kind_rule(rows))


if __name__ == "__main__":
    main()
