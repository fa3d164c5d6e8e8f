"""English hostile-tone misses and clean-draft alarms of the read sets holdout25 … holdout30, each
with the stage that decided it (session 37, en-hostile-v32, issue 13).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/tone_misses_en.py dump OUT.jsonl
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/tone_misses_en.py show OUT.jsonl
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/tone_misses_en.py diff BEFORE AFTER

`dump` runs bench/tone_alarms_en.py's wording-only path (the same legal and hostile findings as
check_text) over the six sets and, per labelled hostile clause no finding marks, the sentences
the head reads over it with their hostile score, the threshold the sentence is held to, its cues,
and the stage: "unread" (no sentence the head reads covers it: too short, quoted, or the
hostile kind closed by a guard), "below" (read, under its threshold). Per hostile finding on a
clean draft, its source and, for the head, score and threshold. `show` groups them; `diff`
prints hostile items found / lost and clean drafts flagged by hostile tone, per set.
"""

import json
import sys
from collections import Counter
from pathlib import Path

import tone_alarms_en as alarms

SETS = tuple(f"holdout{n}" for n in range(25, 31))


def _sentences_over(text: str, start: int, end: int) -> list[dict]:
    from openline.guidance.detectors import tone_cues
    from openline.guidance.detectors import wording as detector
    from openline.language import wording

    rows = []
    found: dict = {"legal_risk": [], "hostile_tone": []}
    for s, e in detector.sentences(text):
        if not (s < end and start < e):
            continue
        read = detector.scored_text(text[s:e])
        open_ = detector.open_kinds(text, s, e, found)
        score = float(wording.score([read])[0].hostile_tone)
        kinds = detector.reachable_kinds(read, dict(detector.THRESHOLDS))
        rows.append({
            "sentence": text[s:e], "score": round(score, 4),
            "threshold": round(float(kinds.get("hostile_tone", 1.0)), 4),
            "open": "hostile_tone" in open_, "cues": tone_cues.cues(read),
        })  # fmt: skip
    return rows


def dump(out: Path) -> None:
    alarms.SETS = SETS
    raw = out.with_suffix(".raw.jsonl")
    alarms.dump(raw, full=False)
    texts = alarms._texts()
    with out.open("w") as written:
        for record in alarms._read(str(raw)):
            text = texts[(record["set"], record["id"])]
            found = alarms._labelled(record, text)
            misses = []
            for item in record["expected"]:
                if item["kind"] != "hostile_tone" or found[("hostile_tone", item["match"])]:
                    continue
                at = text.find(item["match"])
                rows = _sentences_over(text, at, at + len(item["match"]))
                stage = "below" if any(r["open"] for r in rows) else "unread"
                misses.append({"match": item["match"], "stage": stage, "sentences": rows})
            record["misses"] = misses
            written.write(json.dumps(record, ensure_ascii=False) + "\n")


def show(path: str) -> None:
    alarms.SETS = SETS
    texts = alarms._texts()
    stages: Counter = Counter()
    for record in alarms._read(path):
        text = texts[(record["set"], record["id"])]
        for miss in record["misses"]:
            stages[miss["stage"]] += 1
            print(f"MISS {record['set']} {record['id']} [{miss['stage']}]")
            for r in miss["sentences"]:
                cues = ",".join(r["cues"]) or "-"
                closed = "" if r["open"] else " CLOSED"
                line = f"    {r['score']:.4f}/{r['threshold']:.4f} {cues}{closed} «{r['sentence']}»"
                print(line.replace("\n", " "))
            if not miss["sentences"]:
                print(f"    (no sentence) «{miss['match']}»".replace("\n", " "))
        if record["expected"]:
            continue
        for row in record["findings"]:
            if row[0] != "hostile_tone":
                continue
            head = f" {row[4]}" if len(row) > 4 else ""
            print(f"CLEAN {record['set']} {record['id']} [{' + '.join(row[3])}{head}] "
                  f"«{text[row[1] : row[2]]}»".replace("\n", " "))  # fmt: skip
    print("\nmisses by stage:", dict(stages))


def _per_set(path: str) -> dict[str, Counter]:
    texts = alarms._texts()
    sets: dict[str, Counter] = {}
    for record in alarms._read(path):
        tally = sets.setdefault(record["set"], Counter())
        text = texts[(record["set"], record["id"])]
        for (kind, _), hit in alarms._labelled(record, text).items():
            if kind == "hostile_tone":
                tally["hostile"] += 1
                tally["found"] += hit
        if not record["expected"]:
            tally["clean"] += 1
            tally["clean hostile"] += any(r[0] == "hostile_tone" for r in record["findings"])
            tally["clean legal/hostile"] += bool(record["findings"])
    return sets


def diff(before: str, after: str) -> None:
    alarms.SETS = SETS
    alarms.diff(before, after)
    old, new = _per_set(before), _per_set(after)
    for name in SETS:
        a, b = old.get(name, Counter()), new.get(name, Counter())
        found = f"hostile {a['found']} → {b['found']} of {a['hostile']}"
        flagged = f"clean drafts flagged hostile {a['clean hostile']} → {b['clean hostile']}"
        print(f"{name}: {found}, {flagged} of {a['clean']}")


def main() -> None:
    command, *args = sys.argv[1:]
    if command == "dump":
        dump(Path(args[0]))
    elif command == "show":
        show(args[0])
    elif command == "diff":
        diff(args[0], args[1])


if __name__ == "__main__":
    main()
