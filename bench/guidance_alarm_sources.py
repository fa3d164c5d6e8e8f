"""Which detector or stage produced each finding of the guidance check, over drafts files: the
tool session 29 (alarms-v1) used to sort the false alarms on clean drafts by their cause.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_alarm_sources.py OUT.jsonl FILE...
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_alarm_sources.py --report \
        OUT.jsonl [--sets NAME,...] [--show KIND]

The first form checks every draft of each FILE (each company configured as
guidance_eval_companies.py does, wording both) and writes one line per draft: its set, id,
expected items and findings, each finding with the stages whose hits it covers
("phrase:<msgid>", "en-family:<key>", "de-rule:<key>", "head", "head-de", "reg:<path>" for each
path of the register's detect() and "reg:named" for its words found as written, "told",
"personal:<msgid>", "secret:<msgid>", "card", "profanity", "de-profanity"), and the sense head's
probability for each register match it read ("sense"). The second form reads such a dump: recall
per kind and clean drafts flagged per set (the Tally of guidance_eval.py), clean-draft findings by
kind and stage, and with --show the clean-draft findings of a kind with their sentence (read sets
only: never a check set's drafts). A dump holds each draft's labels: never dump a check or an
untouched set. With ONLY=FILE ("set id" a line) only those drafts are checked: a change re-read
on the drafts it can touch (session 29: the drafts with a register finding or item).
"""

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path
from types import SimpleNamespace

import guidance_eval_companies as bench
from guidance_eval import Tally

_tags: list[tuple[str, int, int, str]] = []
_sense: list[tuple[int, int, float]] = []  # the sense head's probability of each match it read


def _msgid(hit) -> str:
    return str(getattr(hit.message, "msgid", hit.message))[:70]


def _wrap(module, name: str, tag) -> None:
    original = getattr(module, name)

    def wrapped(*args, **kwargs):
        found = original(*args, **kwargs)
        if isinstance(found, list):
            items = found
        else:
            items = list(found)
            found = items
        for hit in items:
            _tags.append((hit.kind, hit.start, hit.end, tag(hit)))
        return found

    setattr(module, name, wrapped)


def instrument() -> None:
    import openline.guidance.detectors as detectors
    import openline.guidance.detectors.english as english
    import openline.guidance.detectors.german as german
    import openline.guidance.detectors.language as language

    _wrap(detectors, "detect_secrets", lambda h: "secret:" + _msgid(h))
    _wrap(detectors, "detect_money", lambda h: "card")
    _wrap(detectors, "detect_personal", lambda h: "personal:" + _msgid(h))
    _wrap(detectors, "detect_told", lambda h: "told")
    _wrap(language, "detect_sentences", lambda h: "head")
    _wrap(language, "detect_german_sentences", lambda h: "head-de")
    _wrap(language, "_phrases", lambda h: "phrase:" + _msgid(h))
    _wrap(language, "_profanity", lambda h: "profanity")
    _wrap(language, "_german_profanity", lambda h: "de-profanity")
    _wrap(english, "wording", lambda m: "en-family:" + m.key)
    _wrap(german, "wording", lambda m: "de-rule:" + m.key)
    _wrap_register_paths()
    import openline.language.sense as sense

    probability = sense.ordinary_probability

    def recorded(text: str, start: int, end: int, note: str) -> float:
        found = probability(text, start, end, note)
        _sense.append((start, end, round(found, 4)))
        return found

    sense.ordinary_probability = recorded


REGISTER_PATHS = (
    "_hints", "_paraphrases", "_euphemisms", "_described", "_internal_described", "_named_deals",
    "_reordered", "_closings", "_openings", "_nouns_reordered", "_launches", "_timed",
    "_batch_swaps", "_half_named", "_complained_of", "_note_phrases", "_shortened", "_disclosed",
    "_german_disclosed", "_german_place_incident", "_elaborations",
)  # fmt: skip


def _wrap_register_paths() -> None:
    """Each path of the register's detect() (internal.py), its (start, end, entry) matches
    tagged "reg:<path>"; the register's words found as written are "reg:named"."""
    import openline.guidance.detectors.internal as internal

    def tagging(original, tag):
        def wrapped(*args, **kwargs):
            found = original(*args, **kwargs)
            for start, end, _entry in found:
                _tags.append(("internal_reference", start, end, tag))
            return found

        return wrapped

    for name in REGISTER_PATHS:
        setattr(internal, name, tagging(getattr(internal, name), "reg:" + name.strip("_")))
    internal.RegisterIndex.find = tagging(internal.RegisterIndex.find, "reg:named")


def dump(out: Path, files: list[str]) -> None:
    bench.setup_database()
    bench.wording_mode("both")
    instrument()
    from openline.guidance.checks import check_text

    companies = json.loads(Path(bench.COMPANIES).read_text())
    # ONLY=FILE: the drafts named in FILE ("set id" a line), to re-check a few after a change
    only = None
    if os.environ.get("ONLY"):
        only = {tuple(line.split()) for line in Path(os.environ["ONLY"]).read_text().splitlines()}
    with out.open("w") as written:
        for path in files:
            name = Path(path).stem.removeprefix("drafts_")
            drafts = [json.loads(line) for line in Path(path).read_text().splitlines() if line]
            by_company: dict[str, list[dict]] = defaultdict(list)
            for draft in drafts:
                if only is None or (name, draft["id"]) in only:
                    by_company[draft["company"]].append(draft)
            for company, company_drafts in by_company.items():
                bench.configure(companies[company])
                for draft in company_drafts:
                    _tags.clear()
                    _sense.clear()
                    findings = check_text(draft["text"], channel=draft["channel"]).findings
                    rows = []
                    for f in findings:
                        sources = sorted({
                            tag for kind, start, end, tag in _tags
                            if kind == f.kind and start < f.end and f.start < end
                        })  # fmt: skip
                        rows.append([f.kind, f.start, f.end, sources])
                    record = {"set": name, "id": draft["id"], "company": company,
                              "expected": draft["expected"], "findings": rows,
                              "sense": sorted(set(_sense))}  # fmt: skip
                    written.write(json.dumps(record, ensure_ascii=False) + "\n")
            print(f"{name}: {len(drafts)} drafts", file=sys.stderr)


def _stage(sources: list[str]) -> str:
    return " + ".join(sources) if sources else "?"


def report(
    path: Path, sets: set[str] | None, show: str | None, texts: dict[tuple[str, str], dict]
) -> None:
    records = [json.loads(line) for line in path.read_text().splitlines() if line]
    if sets:
        records = [r for r in records if r["set"] in sets]
    tallies: dict[str, Tally] = defaultdict(Tally)
    by_stage: Counter = Counter()
    by_kind: Counter = Counter()
    for record in records:
        text = texts.get((record["set"], record["id"]), {}).get("text", "")
        draft = {"id": record["id"], "text": text, "expected": record["expected"]}
        findings = [SimpleNamespace(kind=k, start=s, end=e) for k, s, e, _ in record["findings"]]
        if text:
            tallies[record["set"]].add(draft, findings)
        if record["expected"]:
            continue
        for kind in {k for k, *_ in record["findings"]}:
            by_kind[kind] += 1
        for kind, start, end, sources in record["findings"]:
            by_stage[(kind, _stage(sources))] += 1
            if show and kind == show:
                line = text[max(0, start - 80) : end + 80].replace("\n", " ")
                print(f"{record['set']} {record['id']} [{_stage(sources)}] "
                      f"«{text[start:end]}»  …{line}…")  # fmt: skip
    total = Tally()
    for name, tally in tallies.items():
        for field in ("drafts", "clean", "clean_alarms"):
            setattr(total, field, getattr(total, field) + getattr(tally, field))
        total.expected_total += tally.expected_total
        total.expected_found += tally.expected_found
        print(f"{name:<12} clean flagged {tally.clean_alarms:>3}/{tally.clean:<4} items "
              + " ".join(f"{k[:8]} {tally.expected_found[k]}/{tally.expected_total[k]}"
                         for k in sorted(tally.expected_total)))  # fmt: skip
    print(f"{'ALL':<12} clean flagged {total.clean_alarms:>3}/{total.clean:<4} items "
          + " ".join(f"{k[:8]} {total.expected_found[k]}/{total.expected_total[k]}"
                     for k in sorted(total.expected_total)))  # fmt: skip
    print(
        "clean drafts flagged by kind: " + ", ".join(f"{k} {n}" for k, n in by_kind.most_common())
    )
    for (kind, stage), count in sorted(by_stage.items(), key=lambda x: (x[0][0], -x[1])):
        print(f"  {count:>4}  {kind:<20} {stage}")


# session 36: holdout30 / de30 hold the judge and the check, holdout31 / de31 are untouched;
# everything up to holdout29 / de29 is read (session 31 kept holdout25 and 26 out, read since)
UNREAD = {"holdout30", "de30", "holdout31", "de31"}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out")
    parser.add_argument("files", nargs="*")
    parser.add_argument("--report", action="store_true")
    parser.add_argument("--sets", default="")
    parser.add_argument("--show", default=None)
    options = parser.parse_args()
    if not options.report:
        dump(Path(options.out), options.files)
        return 0
    texts = {}
    here = Path(bench.__file__).parent / "eval" / "guidance"
    wanted = set(filter(None, options.sets.split(",")))
    for path in here.glob("drafts_*.jsonl"):
        name = path.stem.removeprefix("drafts_")
        if name in UNREAD or (wanted and name not in wanted):
            continue  # the check and untouched sets are never read
        for line in path.read_text().splitlines():
            if line:
                draft = json.loads(line)
                texts[(name, draft["id"])] = draft
    report(Path(options.out), wanted or None, options.show, texts)
    return 0


if __name__ == "__main__":
    sys.exit(main())
