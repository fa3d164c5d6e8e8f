"""The German rules' legal-risk and hostile-tone findings (detectors.german.wording) over the read
German sets (german_reader_lowo.SETS), before and after a change: per labelled clause found or
not, per clean German draft flagged or not (session 23, german-v18). Reads only the read sets.
Session 31 (german-legal-v26): de23 too (read since session 31), and the blind German reader
corpora's lines (bench/german_reader_blind*.jsonl): a legal or hostile line found or not by
its kind, a clean line flagged or not. Session 32 (german-v27): de24 too (read since session 32).
Session 37 (de-legal-v32): de25 … de30 too (all read by then).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/german_rules_diff.py save /tmp/before.json
    ... (change the rules) ...
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/german_rules_diff.py diff /tmp/before.json
"""

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")
KINDS = ("legal_risk", "hostile_tone")


def outcomes() -> dict[str, dict]:
    import django

    django.setup()
    from german_reader_lowo import SETS

    from openline.guidance.detectors import german

    out: dict[str, dict] = {}
    for path in sorted(HERE.glob("german_reader_blind*.jsonl")):
        lines = path.read_text("utf-8").splitlines()
        for n, row in enumerate(json.loads(x) for x in lines if x.strip()):
            name, text, label = path.stem, row["text"], row["label"]
            found = {m.kind for m in german.wording(text) if m.kind in KINDS}
            if label in ("clean", "none"):
                out[f"{name}:{n}"] = {"set": name, "flag": sorted(found), "text": text}
            elif label in KINDS:
                out[f"{name}:{n}"] = {"set": name, "kind": label, "hit": label in found,
                                      "text": text}  # fmt: skip
    # Session 37 (de-legal-v32): every read German set, de23 … de30.
    for name in (*SETS, *(f"de{n}" for n in range(23, 31))):
        path = HERE / "eval" / "guidance" / f"drafts_{name}.jsonl"
        for line in path.read_text().splitlines():
            if not line:
                continue
            d = json.loads(line)
            text = d["text"]
            if not german.looks_german(text):
                continue
            found = [(m.kind, m.start, m.end) for m in german.wording(text) if m.kind in KINDS]
            if not d["expected"]:
                out[d["id"]] = {"set": name, "flag": sorted({k for k, _, _ in found}),
                                "text": text}  # fmt: skip
            for j, item in enumerate(d["expected"]):
                if item["kind"] not in KINDS:
                    continue
                m = item["match"]
                spans = [(a, a + len(m)) for a in range(len(text)) if text.startswith(m, a)]
                hit = any(k == item["kind"] and a < e and s < b
                          for a, b in spans for k, s, e in found)  # fmt: skip
                out[f"{d['id']}.{j}"] = {"set": name, "kind": item["kind"], "hit": hit, "text": m}
    return out


def main() -> int:
    mode, path = sys.argv[1], Path(sys.argv[2])
    now = outcomes()
    if mode == "save":
        path.write_text(json.dumps(now, ensure_ascii=False))
        return 0
    old = json.loads(path.read_text())
    for key, new in now.items():
        was = old.get(key)
        if was is None:
            continue
        if "flag" in new and bool(was["flag"]) != bool(new["flag"]):
            print("clean", new["set"], was["flag"], "->", new["flag"], new["text"][:150])
        elif "hit" in new and was["hit"] != new["hit"]:
            print("clause", new["set"], new["kind"], was["hit"], "->", new["hit"], new["text"])
    for kind in KINDS:
        items = [k for k, v in now.items() if v.get("kind") == kind]
        print(f"{kind}: {sum(old[k]['hit'] for k in items if k in old)} -> "
              f"{sum(now[k]['hit'] for k in items)} of {len(items)} clauses")  # fmt: skip
    flagged = [k for k, v in now.items() if "flag" in v]
    print(f"clean German drafts and blind lines flagged: "
          f"{sum(bool(old[k]['flag']) for k in flagged if k in old)}"
          f" -> {sum(bool(now[k]['flag']) for k in flagged)} of {len(flagged)}")  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
