"""Which stage of the register found each internal-reference finding on the read sets: the
clean drafts it flags (false alarms) and the labelled items it finds, by cause (session 36).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/register_alarms.py --out /tmp/run.jsonl
    .venv/bin/python bench/register_alarms.py --out /tmp/after.jsonl --compare /tmp/run.jsonl

Each draft is configured as guidance_eval_companies.py configures it and read by the register
check as check_text runs it (learned.detect; the second opinion and the meaning scorer are off
by default); while it runs, every stage of the register (the name match in RegisterIndex.find,
each sentence reader of internal.detect) notes what it returned, and a finding is put down to
the stages that returned its span. --compare lists the labelled items one run found and the
other did not, and the clean drafts flagged in one run only. Read sets only: every drafts file
up to holdout30 / de30."""

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import guidance_eval_companies as companies_eval  # noqa: E402

DATA = HERE / "eval" / "guidance"
READ_SETS = re.compile(r"drafts_(?:dev|valid5|valid5_de|holdout\d*|de\d*)\.jsonl$")
LAST_READ = 30  # holdout31 / de31 and later are judged or untouched, never read here
KIND = "internal_reference"
STAGES = [
    "_hints", "_paraphrases", "_euphemisms", "_described", "_internal_described", "_named_deals",
    "_reordered", "_closings", "_openings", "_nouns_reordered", "_launches", "_timed",
    "_batch_swaps", "_rises_told", "_told_across", "_half_named", "_complained_of",
    "_note_phrases", "_shortened", "_disclosed", "_german_disclosed", "_german_place_incident",
    "_elaborations",
]  # fmt: skip


def read_sets() -> list[Path]:
    found = []
    for path in sorted(DATA.glob("drafts_*.jsonl")):
        number = re.search(r"(\d+)\.jsonl$", path.name)
        if READ_SETS.search(path.name) and (
            not number or "valid5" in path.name or int(number[1]) <= LAST_READ
        ):
            found.append(path)
    return found


TRACE: list[tuple[str, int, int, str]] = []


def _traced(name: str, function):
    def run(*args, **kwargs):
        result = function(*args, **kwargs)
        for item in result:
            if isinstance(item, tuple):
                TRACE.append((name, item[0], item[1], getattr(item[2], "term", "")))
            else:  # a Hit
                TRACE.append((name, item.start, item.end, str(item.message.params.get("term"))))
        return result

    return run


def install() -> None:
    from openline.guidance.detectors import internal

    for name in STAGES:
        setattr(internal, name, _traced(name.lstrip("_"), getattr(internal, name)))
    find = internal.RegisterIndex.find

    def traced_find(self, text):  # the name match, noted as the stage "name"
        return _traced("name", lambda t: find(self, t))(text)

    internal.RegisterIndex.find = traced_find  # type: ignore[method-assign]


def stages_of(start: int, end: int) -> list[str]:
    exact = sorted({s for s, a, b, _ in TRACE if (a, b) == (start, end)})
    return exact or sorted({s + "~" for s, a, b, _ in TRACE if a < end and start < b})


def run(paths: list[Path], out: Path) -> None:
    from openline.guidance.detectors import learned
    from openline.guidance.selectors import guidance_config

    companies = json.loads(companies_eval.COMPANIES.read_text())
    with out.open("w") as sink:
        for path in paths:
            drafts = [json.loads(line) for line in path.read_text().splitlines() if line]
            by_company: dict[str, list[dict]] = {}
            for draft in drafts:
                by_company.setdefault(draft["company"], []).append(draft)
            for name, company_drafts in by_company.items():
                companies_eval.configure(companies[name])
                for draft in company_drafts:
                    TRACE.clear()
                    text = draft["text"]
                    # What check_text reports of the register (its second opinion and meaning
                    # scorer are off by default, as in guidance_eval_companies.py).
                    findings = learned.detect(text, guidance_config().register)
                    labels = [e["match"] for e in draft["expected"] if e["kind"] == KIND]
                    spans = [
                        (i, i + len(m)) for m in labels for i in range(len(text))
                        if text.startswith(m, i)
                    ]  # fmt: skip
                    row = {
                        "file": path.name, "id": draft["id"], "company": name,
                        "clean": not draft["expected"], "labels": labels,
                        "found_labels": [
                            m for m in labels
                            if any(
                                i < f.end and f.start < i + len(m)
                                for f in findings for i in range(len(text))
                                if text.startswith(m, i)
                            )
                        ],
                        "findings": [
                            {
                                "span": [f.start, f.end], "words": text[f.start : f.end],
                                "stages": stages_of(f.start, f.end),
                                "right": any(a < f.end and f.start < b for a, b in spans),
                            }
                            for f in findings
                        ],
                    }  # fmt: skip
                    if row["findings"] or labels:
                        sink.write(json.dumps(row, ensure_ascii=False) + "\n")
            print(f"{path.name} done", file=sys.stderr, flush=True)


def summary(out: Path) -> None:
    rows = [json.loads(line) for line in out.read_text().splitlines()]
    alarms: Counter = Counter()
    right: Counter = Counter()
    labels = found = 0
    for row in rows:
        labels += len(row["labels"])
        found += len(row["found_labels"])
        for f in row["findings"]:
            key = "+".join(f["stages"]) or "?"
            if row["clean"]:
                alarms[key] += 1
            elif f["right"]:
                right[key] += 1
    clean_flagged = sum(1 for row in rows if row["clean"] and row["findings"])
    print(f"labelled items {labels}, found {found}; clean drafts flagged {clean_flagged}")
    print("clean-draft findings by stage:", dict(alarms.most_common()))
    print("right findings by stage:", dict(right.most_common()))


def compare(new: Path, old: Path) -> None:
    def load(path: Path) -> dict[tuple[str, str], dict]:
        return {
            (row["file"], row["id"]): row for row in map(json.loads, path.read_text().splitlines())
        }

    before, after = load(old), load(new)
    for key in sorted(set(before) | set(after)):
        a, b = before.get(key), after.get(key)
        lost = set(a["found_labels"] if a else []) - set(b["found_labels"] if b else [])
        won = set(b["found_labels"] if b else []) - set(a["found_labels"] if a else [])
        for label in lost:
            print(f"LOST  {key[0]} {key[1]}: {label!r}")
        for label in won:
            print(f"WON   {key[0]} {key[1]}: {label!r}")
        was = bool(a and a["clean"] and a["findings"])
        now = bool(b and b["clean"] and b["findings"])
        if was != now:
            print(f"{'CLEARED' if was else 'NEW ALARM'} {key[0]} {key[1]}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("files", nargs="*", help="drafts files (default: every read set)")
    parser.add_argument("--out", required=True)
    parser.add_argument("--compare", help="an earlier --out to compare with")
    parser.add_argument("--summary-only", action="store_true", help="read --out, run nothing")
    options = parser.parse_args()
    out = Path(options.out)
    if not options.summary_only:
        paths = [Path(f) for f in options.files] or read_sets()
        assert all(p in read_sets() or p.resolve() in read_sets() for p in paths), "read sets only"
        companies_eval.setup_database()
        companies_eval.wording_mode("both")
        install()
        run(paths, out)
    summary(out)
    if options.compare:
        compare(out, Path(options.compare))
    return 0


if __name__ == "__main__":
    sys.exit(main())
