"""Session 31 (english-alarms-v26): a candidate's dump (bench/guidance_alarm_sources.py, usually
re-run with ONLY= on the drafts a change can touch) against the base's full dump: per set and in
all, clean drafts flagged and items found per kind, base → candidate, over the drafts the
candidate holds; with --show, the drafts whose findings changed (read sets only).

    python bench/alarms31/compare.py BASE.jsonl CAND.jsonl DRAFTS_FILE... [--show]
"""

import json
import sys
from collections import defaultdict
from pathlib import Path
from types import SimpleNamespace

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from guidance_eval import Tally


def load(path: str) -> dict[tuple[str, str], dict]:
    rows = (json.loads(line) for line in Path(path).read_text().splitlines() if line)
    return {(r["set"], r["id"]): r for r in rows}


def main() -> int:
    args = [a for a in sys.argv[1:] if a != "--show"]
    show = "--show" in sys.argv
    base, cand = load(args[0]), load(args[1])
    texts = {}
    for path in args[2:]:
        name = Path(path).stem.removeprefix("drafts_")
        for line in Path(path).read_text().splitlines():
            if line:
                draft = json.loads(line)
                texts[(name, draft["id"])] = draft
    tallies: dict[str, list[Tally]] = defaultdict(lambda: [Tally(), Tally()])
    changed = []
    for key, after in cand.items():
        before, draft = base[key], texts[key]
        for i, record in enumerate((before, after)):
            findings = [
                SimpleNamespace(kind=k, start=s, end=e) for k, s, e, _ in record["findings"]
            ]
            tallies[key[0]][i].add(draft, findings)
            tallies["ALL"][i].add(draft, findings)
        if [f[:3] for f in before["findings"]] != [f[:3] for f in after["findings"]]:
            changed.append((key, before, after, draft))
    for name, (b, c) in sorted(tallies.items(), key=lambda x: (x[0] == "ALL", x[0])):
        kinds = sorted(set(b.expected_total))
        diff = [f"{k[:8]} {b.expected_found[k]}→{c.expected_found[k]}" for k in kinds
                if b.expected_found[k] != c.expected_found[k]]  # fmt: skip
        if b.clean_alarms != c.clean_alarms or diff or name == "ALL":
            print(f"{name:<10} clean flagged {b.clean_alarms}→{c.clean_alarms} of {b.clean}; "
                  f"items {sum(b.expected_found.values())}→{sum(c.expected_found.values())} "
                  + " ".join(diff))  # fmt: skip
    print(f"drafts changed: {len(changed)}")
    if show:
        for key, before, after, draft in changed:
            kept_before = [g[:3] for g in before["findings"]]
            kept_after = [g[:3] for g in after["findings"]]
            gone = [f for f in before["findings"] if f[:3] not in kept_after]
            new = [f for f in after["findings"] if f[:3] not in kept_before]
            label = "ITEMS" if draft["expected"] else "clean"
            for kind, s, e, src in gone:
                print(f"  - {key[0]} {key[1]} {label} {kind} «{draft['text'][s:e]}» {src}")
            for kind, s, e, src in new:
                print(f"  + {key[0]} {key[1]} {label} {kind} «{draft['text'][s:e]}» {src}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
