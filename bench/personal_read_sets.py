"""Personal data over every READ guidance set (drafts_dev, holdout..holdout29, de..de29, valid5):
each labelled personal_data item found or missed, each personal_data finding on a clean draft.
Rules only (the wording head finds no personal data), so a pass takes minutes.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/personal_read_sets.py save /tmp/before.json
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/personal_read_sets.py list /tmp/before.json
    ... (change the rules) ...
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/personal_read_sets.py diff /tmp/before.json

`save` writes the outcome per draft; `list` prints the misses and clean alarms it saved (with
the draft, to read them); `diff` runs again and prints every item that changed, per language.
holdout30 / de30 and later are never opened.
"""

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import guidance_eval_companies as bench

HERE = Path(__file__).resolve().parent / "eval" / "guidance"
KIND = "personal_data"


def read_sets() -> list[Path]:
    found = []
    for path in sorted(HERE.glob("drafts_*.jsonl")):
        number = re.search(r"(\d+)", path.stem.replace("valid5", "valid"))
        if number and int(number[1]) >= 30:
            continue
        found.append(path)
    return found


def rules_for_personal_data_only() -> None:
    """The detectors of other kinds return nothing: personal data is found by its own rules,
    and only cards, IBANs and secrets (kept) take a span from it; merging is per kind. About
    five times faster than the whole check, the same personal_data findings."""
    from openline.guidance import detectors

    detectors.detect_internal = lambda text, register: []
    detectors.second_opinion = lambda text, register, hits: hits
    detectors.detect_language = lambda *args, **kwargs: []
    detectors.model_hits = lambda *args, **kwargs: []
    detectors.detect_told = lambda *args, **kwargs: []
    detectors.without_ordinary_uses = lambda text, register, hits: hits


def run() -> dict[str, dict]:
    from openline.guidance.checks import check_text

    rules_for_personal_data_only()

    companies = json.loads(bench.COMPANIES.read_text())
    outcome: dict[str, dict] = {}
    for path in read_sets():
        print(path.stem, file=sys.stderr, flush=True)
        drafts = [json.loads(line) for line in path.read_text().splitlines() if line]
        by_company: dict[str, list[dict]] = defaultdict(list)
        for draft in drafts:
            by_company[draft["company"]].append(draft)
        for name, company_drafts in by_company.items():
            bench.configure(companies[name])
            for draft in company_drafts:
                text = draft["text"]
                found = [
                    (f.start, f.end)
                    for f in check_text(text, channel=draft["channel"]).findings
                    if f.kind == KIND
                ]
                labels = [item["match"] for item in draft["expected"] if item["kind"] == KIND]
                result = {}
                for match in labels:
                    spans = [
                        (i, i + len(match)) for i in range(len(text)) if text.startswith(match, i)
                    ]
                    result[match] = any(s[0] < g[1] and g[0] < s[1] for s in spans for g in found)
                alarms = [text[a:b] for a, b in found if not draft["expected"]]
                de = path.stem.startswith("drafts_de") or path.stem.endswith("_de")
                outcome[f"{path.stem}:{draft['id']}"] = {
                    "lang": "de" if de else "en", "labels": result, "alarms": alarms,
                    "text": text, "clean": not draft["expected"],
                }  # fmt: skip
    return outcome


def summary(outcome: dict[str, dict]) -> None:
    for lang in ("en", "de"):
        items = [v for v in outcome.values() if v["lang"] == lang]
        labels = [hit for v in items for hit in v["labels"].values()]
        clean = [v for v in items if v["clean"]]
        print(
            f"{lang}: personal_data {sum(labels)}/{len(labels)} found "
            f"({sum(labels) / len(labels):.1%}); clean drafts with a personal_data finding "
            f"{sum(bool(v['alarms']) for v in clean)}/{len(clean)}"
        )


def main() -> int:
    mode, file = sys.argv[1], Path(sys.argv[2])
    if mode == "list":
        outcome = json.loads(file.read_text())
        for key, v in outcome.items():
            for match, hit in v["labels"].items():
                if not hit:
                    print(f"MISS {key} {match!r}\n    {v['text']!r}")
            for alarm in v["alarms"]:
                print(f"ALARM {key} {alarm!r}\n    {v['text']!r}")
        summary(outcome)
        return 0
    bench.setup_database()
    bench.wording_mode("patterns")
    outcome = run()
    if mode == "save":
        file.write_text(json.dumps(outcome, ensure_ascii=False))
    else:
        before = json.loads(file.read_text())
        for key, v in outcome.items():
            old = before.get(key)
            if old is None:
                continue
            for match, hit in v["labels"].items():
                if old["labels"].get(match) != hit:
                    print(f"{'GAINED' if hit else 'LOST'} {key} {match!r}")
            if old["alarms"] != v["alarms"]:
                print(f"ALARMS {key} {old['alarms']!r} -> {v['alarms']!r}")
        print("before:")
        summary(before)
        print("after:")
    summary(outcome)
    return 0


if __name__ == "__main__":
    sys.exit(main())
