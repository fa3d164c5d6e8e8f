"""The English wording head's legal/hostile pair chosen by two rules, judged by writer (session 26,
wording-v21, issue 13), over bench/wording_lowo.py's stored out-of-writer scores:

- J, session 25's rule (wording_lowo.choose): the pair with the highest mean recall of legal risk
  and hostile tone whose head-only alarms (clean drafts no pattern flags that the head flags for
  either kind) stay within a budget of the clean drafts (0.6 %);
- K, a budget per kind: each threshold the lowest on the grid whose alarms of that kind alone
  (clean drafts no pattern flags whose best sentence reaches it) stay within its own budget
  (legal 0.25 %, hostile 0.35 %), so that one kind's alarms cannot buy the other's recall.

Each rule is judged nested (a writer's pair chosen on the other writers' scores) and applied on
all of them (the pair to ship). `--fixed L/H` adds a fixed pair, and `--tag` another head's scores
(`lin_shipped`: the shipped head, fair only on the writers it never learnt from).

    WORDING_LOWO_DIR=/tmp/wording-v21/lowo PYTHONPATH=src SECRET_KEY=x \\
        .venv/bin/python bench/wording_pairs.py --tag lin --writers W1,W2,… [--fixed 0.9933/0.9879]
"""

import argparse
import json
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from wording_lowo import GRID, OUT, Prepared, choose  # noqa: E402 - sets the settings module

BUDGET_J = 0.006
BUDGET_K = {0: 0.0025, 1: 0.0035}


def rule_k(tables: dict, names: list[str]) -> tuple[int, int]:
    """Per kind, the lowest grid index whose clean drafts flagged by that kind's head score alone
    stay within the kind's budget."""
    clean = sum(tables[n]["clean"] for n in names)
    picked = []
    for k in (0, 1):
        alarms = np.zeros(len(GRID))
        for n in names:
            t = tables[n]
            quiet = ~t["flagged"]
            alarms += (t["clean_best"][quiet, k][:, None] >= GRID[None, :]).sum(0)
        ok = np.nonzero(alarms <= BUDGET_K[k] * clean)[0]
        picked.append(int(ok[0]) if len(ok) else len(GRID) - 1)
    return picked[0], picked[1]


def rule_j(tables: dict, names: list[str]) -> tuple[int, int]:
    a, b, _ = choose(tables, names, BUDGET_J, third=False)
    return a, b


def at(tables: dict, names: list[str], pick) -> dict:
    """Per writer at the pair `pick(writer)` returns (grid indices or thresholds): legal and
    hostile clauses found, head-only alarms."""
    out = {"legal": 0, "hostile": 0, "h": 0, "tl": 0, "th": 0, "clean": 0, "rows": []}
    for n in names:
        t = tables[n]
        a, b = pick(n)
        la, hb = (GRID[a], GRID[b]) if isinstance(a, (int, np.integer)) else (a, b)
        ia = int(np.searchsorted(GRID, la - 1e-9))
        ib = int(np.searchsorted(GRID, hb - 1e-9))
        found_l = t["found"][0][ia] if ia < len(GRID) else t["found"][0][-1]
        found_h = t["found"][1][ib] if ib < len(GRID) else t["found"][1][-1]
        cb = t["clean_best"]
        h = int((~t["flagged"] & ((cb[:, 0] >= la) | (cb[:, 1] >= hb))).sum())
        out["legal"] += int(found_l)
        out["hostile"] += int(found_h)
        out["h"] += h
        out["tl"] += int(t["total"][0])
        out["th"] += int(t["total"][1])
        out["clean"] += t["clean"]
        out["rows"].append(
            f"    {n:11s} {la:.4f}/{hb:.4f}  legal {int(found_l)}/{int(t['total'][0])}  "
            f"hostile {int(found_h)}/{int(t['total'][1])}  h {h}/{t['clean']}"
        )
    return out


def line(name: str, r: dict, verbose: bool) -> None:
    if verbose:
        print("\n".join(r["rows"]))
    print(
        f"  {name:34s} legal {r['legal']}/{r['tl']}  hostile {r['hostile']}/{r['th']}  "
        f"sum {r['legal'] + r['hostile']}  head-only alarms {r['h']}/{r['clean']}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--tag", default="lin")
    parser.add_argument("--writers", required=True)
    parser.add_argument("--judge", default="", help="report these writers only (default: all)")
    parser.add_argument("--fixed", action="append", default=[], help="L/H thresholds")
    parser.add_argument(
        "--alarms", default="", help="OLD_L/OLD_H,NEW_L/NEW_H: clean drafts only the new pair flags"
    )
    parser.add_argument("-v", action="store_true")
    options = parser.parse_args()
    import django

    django.setup()
    names = options.writers.split(",")
    judged = options.judge.split(",") if options.judge else names
    drafts = json.loads((OUT / "drafts.json").read_text())
    tables = {
        n: Prepared(drafts[n]).table(np.load(OUT / f"scores-{options.tag}-{n}.npz")["p"])
        for n in names
    }
    print(f"{options.tag} on {len(judged)} writers (rules on {len(names)})")
    for label, rule in (("J 0.6 %", rule_j), ("K 0.25 % / 0.35 %", rule_k)):
        a, b = rule(tables, names)
        nested = at(tables, judged, lambda n, rule=rule: rule(tables, [m for m in names if m != n]))
        line(f"{label} nested", nested, options.v)
        line(
            f"{label} on all: {GRID[a]:.4f}/{GRID[b]:.4f}",
            at(tables, judged, lambda n, a=a, b=b: (a, b)),
            options.v,
        )
    if options.alarms:
        old, new = ([float(x) for x in pair.split("/")] for pair in options.alarms.split(","))
        for n in judged:
            p = np.load(OUT / f"scores-{options.tag}-{n}.npz")["p"]
            i = 0
            for d in drafts[n]:
                rows = slice(i, i + len(d["spans"]))
                i += len(d["spans"])
                if d["expected"] or d["patterns"] or not d["spans"]:
                    continue
                q = p[rows, :2].copy()
                q[Prepared([d]).refused, 0] = 0.0
                if (q >= old).any() or not (q >= new).any():
                    continue
                j = int(np.argmax((q / np.array(new)).max(axis=1)))
                print(f"    {n} {d['id']} {q[j, 0]:.4f}/{q[j, 1]:.4f} {d['scored'][j][:120]!r}")
    for fixed in options.fixed:
        la, hb = (float(x) for x in fixed.split("/"))
        line(f"fixed {la}/{hb}", at(tables, judged, lambda n, la=la, hb=hb: (la, hb)), options.v)


if __name__ == "__main__":
    main()
