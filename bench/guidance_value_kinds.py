"""Recall and false findings of the value kinds (secret, payment card, IBAN, personal data) over
every read set at once, per writer, in one process (values-v13, issue 13).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_value_kinds.py OUT.jsonl \
        [/work/wt/h23a.jsonl ...]
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_value_kinds.py --diff A B
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_value_kinds.py --values-only \
        OUT.jsonl [...]

The first form checks every read set as guidance_eval_companies.py does (each company
configured, wording both) and writes one row per label (found or missed) and per finding not in
the labels, with its writer (the set, or the set and its id prefix where a set has two writers,
as bench/register_sense.py's SPLITS), then prints the table. Further drafts files after OUT (a
development half) are read too. holdout21 and de21 are read sets since session 28 (holdout21's
writer a is split off by its id prefixes); holdout22 and de22 are read sets since session 29
(holdout22's writer a split off by its id prefixes); holdout23 / de23 (session 29's check:
holdout23's writer a is read, given as /work/wt/h23a.jsonl) are never read. `--diff A B`
lists what changed between two runs' rows, by writer: the leave-one-writer-out view of a new
rule. `--values-only` runs the check with the wording head, the register and the language
rules switched off (their hits are never a value kind's, and overlaps are merged per kind), so
the value kinds' rows are the same at a fraction of the CPU; its table's "clean drafts flagged"
counts value kinds only (values-v14, session 27).
"""

import json
import sys
from collections import defaultdict
from pathlib import Path

import guidance_eval_companies as bench

SETS = (
    "dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
    "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
    "holdout15", "holdout16", "holdout17", "holdout18", "holdout19", "holdout20", "valid5", "de",
    "de3", "de4", "de5", "de6", "de7", "de8", "de9", "de10", "de11", "de12", "de13", "de14", "de15",
    "de16", "de17", "de18", "de19", "de20", "valid5_de", "holdout21", "de21", "holdout22", "de22",
    "holdout23", "de23", "holdout24", "de24", "holdout25", "de25", "holdout26", "de26",
    "holdout27", "de27", "holdout28", "de28",
)  # fmt: skip
NEVER = ("holdout29", "de29", "holdout30", "de30")
SPLITS = {  # set: id prefixes of its first writer; the other prefixes are its second writer
    "holdout7": ("rt", "nb", "wl"), "holdout8": ("ja", "jb", "jc"),
    "holdout9": ("ka", "kb", "kc"), "holdout10": ("la", "lb", "lc"),
    "holdout11": ("ma", "mb", "mc"), "holdout21": ("rl", "rm", "rn"),
    "holdout22": ("rs", "ru", "rv"),
}  # fmt: skip
KINDS = ("secret", "payment_card", "iban", "personal_data")


def writer(name: str, draft_id: str) -> str:
    if name not in SPLITS:
        return name
    short = name.replace("holdout", "h")
    return short + ("a" if draft_id.split("-")[0] in SPLITS[name] else "b")


def german(name: str) -> bool:
    return name == "valid5_de" or (name.startswith("de") and name != "dev")


def _overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def rows_of(name: str, draft: dict, findings: list) -> list[dict]:
    text, rows = draft["text"], []
    wanted: dict[str, list[tuple[int, int]]] = defaultdict(list)
    base = {"set": name, "id": draft["id"], "w": writer(name, draft["id"])}
    for item in draft["expected"]:
        match = item["match"]
        spans = [(i, i + len(match)) for i in range(len(text)) if text.startswith(match, i)]
        wanted[item["kind"]] += spans
        got = [(f.start, f.end) for f in findings if f.kind == item["kind"]]
        found = any(_overlaps(s, g) for s in spans for g in got)
        rows.append({**base, "kind": item["kind"], "st": "hit" if found else "miss", "text": match})
    for f in findings:
        if not any(_overlaps((f.start, f.end), s) for s in wanted[f.kind]):
            status = "extra" if draft["expected"] else "alarm"
            rows.append({**base, "kind": f.kind, "st": status, "text": text[f.start : f.end]})
    if not draft["expected"]:
        rows.append({**base, "kind": "_clean", "st": "alarmed" if findings else "ok", "text": ""})
    return rows


def values_only() -> None:
    """Only the value detectors: the other detectors' hits are never of a value kind."""
    from openline.guidance import detectors

    detectors.model_hits = lambda text, precise, budget: []  # type: ignore[assignment]
    detectors.detect_told = lambda text, register, precise, complete=True: []  # type: ignore[assignment]
    detectors.detect_internal = lambda text, register: []  # type: ignore[assignment]
    detectors.detect_language = lambda text, company, model=False: []  # type: ignore[assignment]


def run(out: Path, extra: list[str], *, only_values: bool = False) -> list[dict]:
    bench.setup_database()
    bench.wording_mode("both")
    if only_values:
        values_only()
    from openline.guidance.checks import check_text

    companies = json.loads(Path(bench.COMPANIES).read_text())
    here = Path(__file__).parent / "eval" / "guidance"
    paths = [(name, here / f"drafts_{name}.jsonl") for name in SETS]
    paths += [(Path(path).stem.removeprefix("drafts_"), Path(path)) for path in extra]
    rows: list[dict] = []
    for name, path in paths:
        assert name not in NEVER, f"{name} is not a read set"
        drafts = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
        by_company: dict[str, list[dict]] = defaultdict(list)
        for draft in drafts:
            by_company[draft["company"]].append(draft)
        for company, company_drafts in by_company.items():
            bench.configure(companies[company])
            for draft in company_drafts:
                findings = check_text(draft["text"], channel=draft["channel"]).findings
                if only_values:
                    findings = [f for f in findings if f.kind in KINDS]
                rows += rows_of(name, draft, findings)
    out.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows))
    return rows


def table(rows: list[dict]) -> None:
    for title, chosen in (
        ("English read sets", [r for r in rows if not german(r["set"])]),
        ("German read sets", [r for r in rows if german(r["set"])]),
        ("all read sets", rows),
    ):
        print(f"\n{title}\n{'kind':<16}{'labels':>8}{'recall':>9}{'misses':>8}"
              f"{'not in labels':>15}{'on clean drafts':>17}")  # fmt: skip
        for kind in KINDS:
            of = [r for r in chosen if r["kind"] == kind]
            count = {s: sum(r["st"] == s for r in of) for s in ("hit", "miss", "extra", "alarm")}
            labels = count["hit"] + count["miss"]
            recall = count["hit"] / labels if labels else 1.0
            print(f"{kind:<16}{labels:>8}{recall:>9.2%}{count['miss']:>8}{count['extra']:>15}"
                  f"{count['alarm']:>17}")  # fmt: skip
        clean = [r for r in chosen if r["kind"] == "_clean"]
        by_values = {
            (r["set"], r["id"]) for r in chosen if r["st"] == "alarm" and r["kind"] in KINDS
        }
        print(f"clean drafts {len(clean)}, flagged {sum(r['st'] == 'alarmed' for r in clean)}, "
              f"by a value kind {len(by_values)}")  # fmt: skip


def diff(before_path: Path, after_path: Path) -> None:
    def keyed(path: Path) -> dict[tuple, dict]:
        found = {}
        for line in path.read_text().splitlines():
            row = json.loads(line)
            if row["kind"] in KINDS:
                label = "label" if row["st"] in ("hit", "miss") else row["st"]
                found[(row["set"], row["id"], row["kind"], label, row["text"])] = row
        return found

    before, after = keyed(before_path), keyed(after_path)
    for key in sorted(before.keys() | after.keys()):
        old, new = before.get(key), after.get(key)
        row = new or old
        assert row is not None
        where = f"{row['w']:<10}{row['id']:<12}{row['kind']:<15}"
        if key[3] == "label" and old and new and old["st"] != new["st"]:
            print(f"{where}{old['st']} -> {new['st']}  {key[4]!r}")
        elif key[3] != "label" and (old is None) != (new is None):
            print(f"{where}{'new' if old is None else 'gone'} {key[3]}  {key[4]!r}")


def main() -> int:
    if len(sys.argv) >= 4 and sys.argv[1] == "--diff":
        diff(Path(sys.argv[2]), Path(sys.argv[3]))
        return 0
    if len(sys.argv) < 2 or (sys.argv[1].startswith("-") and sys.argv[1] != "--values-only"):
        print(__doc__)
        return 0 if sys.argv[1:2] in (["-h"], ["--help"]) else 2
    if sys.argv[1] == "--values-only":
        table(run(Path(sys.argv[2]), sys.argv[3:], only_values=True))
        return 0
    table(run(Path(sys.argv[1]), sys.argv[2:]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
