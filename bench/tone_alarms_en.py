"""Every English legal-risk and hostile-tone finding over the READ English sets, with what
produced it (session 36, en-tone-clean-v31): the phrase pattern ("phrase:<msgid>"), the English
family ("en-family:<key>") or the wording head ("head", with its score and the sentence's own
threshold), to sort the findings on clean drafts and the findings that mark no labelled clause
by their cause, and to show that a rule change only removes findings.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/tone_alarms_en.py dump OUT.jsonl \
        [--patterns] [--only FILE] [--full]
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/tone_alarms_en.py show OUT.jsonl
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/tone_alarms_en.py diff BEFORE AFTER

Only the wording detector runs (language.detect with the head, then the goodwill allowance and
merge_overlaps, as detect_all does for these two kinds), each company configured as
guidance_eval_companies.py does, wording both: the same legal-risk and hostile-tone findings as
check_text in a tenth of the time (`--full` runs check_text instead, to prove it). The sets are
the read English ones (drafts_dev, drafts_holdout … holdout29, valid5); holdout30 and holdout31
are never opened. `--patterns`: the rules alone (wording patterns, no head: minutes, not an
hour); `--only FILE` ("set id" a line): only those drafts, to re-read after a change the drafts
it can touch (those with a finding of either kind before, where a rule's finding removed can let
the head read its sentence).
"""

import json
import sys
from collections import Counter
from pathlib import Path

import guidance_eval_companies as bench

HERE = Path(__file__).resolve().parent / "eval" / "guidance"
READ = ("dev", "holdout", *(f"holdout{n}" for n in range(2, 30)), "valid5")
SETS = READ
KINDS = ("legal_risk", "hostile_tone")
_tags: list[tuple[str, int, int, str]] = []


def _instrument() -> None:
    import openline.guidance.detectors.english as english
    import openline.guidance.detectors.language as language

    def wrap(module, name, tag):
        original = getattr(module, name)

        def wrapped(*args, **kwargs):
            found = list(original(*args, **kwargs))
            _tags.extend((h.kind, h.start, h.end, tag(h)) for h in found)
            return found

        setattr(module, name, wrapped)

    wrap(language, "_phrases", lambda h: "phrase:" + str(h.message.msgid)[:60])
    wrap(language, "detect_sentences", lambda h: "head")
    wrap(english, "wording", lambda m: "en-family:" + m.key)


def _head(sentence: str) -> tuple[float, float]:
    """The head's hostile score of the sentence and the threshold it is held to."""
    from openline.guidance.detectors import wording as detector
    from openline.language import wording

    read = detector.scored_text(sentence)
    score = wording.score([read])[0]
    kinds = detector.reachable_kinds(read, dict(detector.THRESHOLDS))
    return (
        round(float(score.hostile_tone), 4),
        round(float(kinds.get("hostile_tone", detector.THRESHOLDS["hostile_tone"])), 4),
    )


def dump(out: Path, full: bool, mode: str = "both", only: set | None = None) -> None:
    bench.setup_database()
    bench.wording_mode(mode)
    _instrument()
    from openline.guidance.checks import check_text
    from openline.guidance.detectors import goodwill
    from openline.guidance.detectors.base import merge_overlaps
    from openline.guidance.detectors.language import detect
    from openline.guidance.selectors import guidance_config

    companies = json.loads(bench.COMPANIES.read_text())
    with out.open("w") as written:
        for name in SETS:
            path = HERE / f"drafts_{name}.jsonl"
            drafts = [json.loads(line) for line in path.read_text().splitlines() if line]
            if only is not None:
                drafts = [d for d in drafts if (name, d["id"]) in only]
            company = None
            for draft in sorted(drafts, key=lambda d: d["company"]):
                if draft["company"] != company:
                    company = draft["company"]
                    bench.configure(companies[company])
                text = draft["text"]
                _tags.clear()
                if full:
                    hits = check_text(text, channel=draft["channel"]).findings
                else:
                    config = guidance_config()
                    hits = merge_overlaps(
                        goodwill.apply(text, detect(text, config.company), config.allowance)
                    )
                rows = []
                for hit in hits:
                    if hit.kind not in KINDS:
                        continue
                    sources = sorted({
                        tag for kind, start, end, tag in _tags
                        if kind == hit.kind and start < hit.end and hit.start < end
                    })  # fmt: skip
                    row = [hit.kind, hit.start, hit.end, sources]
                    if "head" in sources and hit.kind == "hostile_tone":
                        row.append(_head(text[hit.start : hit.end]))
                    rows.append(row)
                record = {"set": name, "id": draft["id"], "company": company,
                          "expected": draft["expected"], "findings": rows}  # fmt: skip
                written.write(json.dumps(record, ensure_ascii=False) + "\n")
            print(f"{name}: {len(drafts)} drafts", file=sys.stderr)


def _texts() -> dict[tuple[str, str], str]:
    texts = {}
    for name in SETS:
        for line in (HERE / f"drafts_{name}.jsonl").read_text().splitlines():
            if line:
                draft = json.loads(line)
                texts[(name, draft["id"])] = draft["text"]
    return texts


def _labelled(record: dict, text: str) -> dict[tuple[str, str], bool]:
    """Each labelled legal/hostile item of the draft: found or not."""
    found = {}
    for item in record["expected"]:
        if item["kind"] not in KINDS:
            continue
        spans = [(i, i + len(item["match"])) for i in _starts(text, item["match"])]
        got = [(s, e) for k, s, e, *_ in record["findings"] if k == item["kind"]]
        found[(item["kind"], item["match"])] = any(
            a < e and s < b for a, b in spans for s, e in got
        )
    return found


def _starts(text: str, match: str) -> list[int]:
    return [i for i in range(len(text)) if text.startswith(match, i)]


def _unlabelled(record: dict, text: str) -> list[list]:
    """The findings that mark no labelled item of their kind."""
    rows = []
    for row in record["findings"]:
        kind, start, end = row[:3]
        spans = [
            (i, i + len(item["match"]))
            for item in record["expected"]
            if item["kind"] == kind
            for i in _starts(text, item["match"])
        ]
        if not any(a < end and start < b for a, b in spans):
            rows.append(row)
    return rows


def _read(path: str) -> list[dict]:
    return [json.loads(line) for line in Path(path).read_text().splitlines() if line]


def show(path: str) -> None:
    texts = _texts()
    by_source: Counter = Counter()
    clean_flagged: Counter = Counter()
    for record in _read(path):
        text = texts[(record["set"], record["id"])]
        clean = not record["expected"]
        kinds = set()
        for row in _unlabelled(record, text):
            kind, start, end, sources = row[:4]
            head = f" {row[4]}" if len(row) > 4 else ""
            source = " + ".join(sources) or "?"
            by_source[(kind, "clean" if clean else "labelled", source)] += 1
            kinds.add(kind)
            where = "CLEAN" if clean else "label"
            print(f"{where} {record['set']} {record['id']} {kind} [{source}{head}] "
                  f"«{text[start:end]}»".replace("\n", " "))  # fmt: skip
        if clean:
            clean_flagged.update(kinds)
    print("\nclean drafts flagged:", dict(clean_flagged))
    for (kind, where, source), count in sorted(by_source.items()):
        print(f"  {count:>4}  {kind:<13} {where:<9} {source}")


def diff(before: str, after: str) -> None:
    texts = _texts()
    old = {(r["set"], r["id"]): r for r in _read(before)}
    lost, gained, totals = [], [], Counter()
    for record in _read(after):
        key = (record["set"], record["id"])
        text = texts[key]
        was, now = _labelled(old[key], text), _labelled(record, text)
        for item, found in now.items():
            totals["items"] += 1
            totals["found before"] += was[item]
            totals["found after"] += found
            if was[item] and not found:
                lost.append((key, item))
            if found and not was[item]:
                gained.append((key, item))
        for label, rec in (("before", old[key]), ("after", record)):
            unlabelled = _unlabelled(rec, text)
            totals[f"findings {label}"] += len(rec["findings"])
            totals[f"unlabelled findings {label}"] += len(unlabelled)
            if not rec["expected"]:
                totals[f"clean flagged {label}"] += bool(rec["findings"])
        spans_before = {tuple(r[:3]) for r in old[key]["findings"]}
        for row in record["findings"]:
            if tuple(row[:3]) not in spans_before:
                totals["new finding spans"] += 1
                print(f"NEW {key} {row[0]} «{text[row[1] : row[2]]}»".replace("\n", " "))
    for key, item in lost:
        print(f"LOST {key} {item}")
    for key, item in gained:
        print(f"GAINED {key} {item}")
    for name, count in totals.items():
        print(f"{name}: {count}")


def main() -> int:
    command, *args = sys.argv[1:] or ["help"]
    if command == "dump":
        only = None
        if "--only" in args:  # a file of "set id" lines: only those drafts
            listed = Path(args[args.index("--only") + 1]).read_text().splitlines()
            only = {tuple(line.split()) for line in listed if line}
        mode = "patterns" if "--patterns" in args else "both"
        if "--sets" in args:  # a comma-separated choice of the read sets
            global SETS
            SETS = tuple(args[args.index("--sets") + 1].split(","))
            assert set(SETS) <= set(READ), "only read sets"
        dump(Path(args[0]), full="--full" in args, mode=mode, only=only)
    elif command == "show":
        show(args[0])
    elif command == "diff":
        diff(args[0], args[1])
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
