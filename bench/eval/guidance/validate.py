"""Data checks for the guidance eval set (no engine involved)."""

import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
KINDS = {
    "secret",
    "payment_card",
    "iban",
    "personal_data",
    "internal_reference",
    "legal_risk",
    "hostile_tone",
    "profanity",
}
CHANNELS = {"community", "email", "mastodon", "bluesky", "x", "reddit", "chat"}

import re

CARDLIKE = re.compile(r"(?<![\w-])\d(?:[ -]?\d){12,18}(?![\w-])")
IBANLIKE = re.compile(
    r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b|\b[a-z]{2}\d{2}(?: ?[a-z0-9]){11,30}\b"
)


# valid5 minimums: drafts, clean share, drafts per kind
_V5_KINDS = {k: 35 for k in ("secret", "personal_data", "internal_reference", "legal_risk")}
VALID5_MIN = {
    "valid5": (
        420,
        0.42,
        {**_V5_KINDS, "hostile_tone": 35, "payment_card": 18, "iban": 18, "profanity": 18},
    ),
    "valid5_de": (60, 0.40, {}),
}


# holdout6 (two writers): minimums for the whole split, checked once all four companies
# have drafts; before that they are only reported as warnings, together with the first
# writer's share (kettlewick + moorgate).
HOLDOUT6_COMPANIES = ("kettlewick", "moorgate", "fennick", "oakhollow")
_H6_KINDS = {k: 45 for k in ("secret", "personal_data", "internal_reference", "legal_risk")}
HOLDOUT6_MIN = {
    "holdout6": (
        640,
        0.42,
        {**_H6_KINDS, "hostile_tone": 45, "payment_card": 25, "iban": 25, "profanity": 25},
    ),
    "de6": (90, 0.40, {k: 5 for k in KINDS}),
}
_H6A_KINDS = {k: 23 for k in ("secret", "personal_data", "internal_reference", "legal_risk")}
HOLDOUT6_SHARE_A = (
    ("kettlewick", "moorgate"),
    (
        330,
        0.45,
        {**_H6A_KINDS, "hostile_tone": 23, "payment_card": 13, "iban": 13, "profanity": 13},
    ),
)
# companies of a writer not merged yet may still sit in a fragment (same schema): the
# fragments build.py reads
from build import FRAGMENTS


def check_minimums(label, rows, minimum, min_clean, need, out):
    clean = sum(1 for r in rows if not r["expected"])
    drafts_with = Counter(k for r in rows for k in {e["kind"] for e in r["expected"]})
    if len(rows) < minimum:
        out.append(f"{label}: only {len(rows)} drafts (< {minimum})")
    if clean / max(1, len(rows)) < min_clean:
        out.append(f"{label}: clean share {clean / max(1, len(rows)):.0%} < {min_clean:.0%}")
    for k in sorted(KINDS):
        if drafts_with[k] < need.get(k, 0):
            out.append(f"{label}: kind {k} only {drafts_with[k]} drafts (< {need[k]})")


def luhn_ok(num):
    ds = [int(c) for c in num][::-1]
    return (
        sum(d if i % 2 == 0 else (d * 2 - 9 if d * 2 > 9 else d * 2) for i, d in enumerate(ds)) % 10
        == 0
    )


def iban_ok(s):
    s = s.replace(" ", "").upper()
    try:
        return int("".join(str(int(c, 36)) for c in s[4:] + s[:4])) % 97 == 1
    except ValueError:
        return False


def unlabelled_values(r):
    """Luhn-valid card-like or mod-97-valid IBAN-like strings not covered by a label."""
    out = []
    labelled = " ".join(
        e["match"]
        for e in r["expected"]
        if e["kind"] in ("payment_card", "iban", "secret", "personal_data")
    )
    for m in CARDLIKE.finditer(r["text"]):
        digits = re.sub(r"\D", "", m.group(0))
        if luhn_ok(digits) and m.group(0) not in labelled:
            out.append(("card?", m.group(0)))
    for m in IBANLIKE.finditer(r["text"]):
        v = m.group(0).rstrip()
        if iban_ok(v) and v not in labelled:
            out.append(("iban?", v))
    return out


def main():
    companies = json.loads((HERE / "companies.json").read_text())
    frag_diffs = []
    for name in FRAGMENTS:
        if (HERE / name).exists():
            for key, entry in json.loads((HERE / name).read_text()).items():
                entry = {k: v for k, v in entry.items() if k != "prefix"}
                if key in companies and companies[key] != entry:
                    frag_diffs.append(f"{key}: companies.json differs from {name}")
                companies.setdefault(key, entry)
    errs, warns, ids = [], [], set()
    warns.extend(frag_diffs)
    split_rows = {}
    total_kind, total, total_clean = Counter(), 0, 0
    # "de" holds the German drafts of holdout2 companies (separate file, same schema)
    # "de3" holds the German drafts of holdout3 companies, "de4" those of holdout4,
    # "de5" those of holdout5
    # "valid5" / "valid5_de": validation set for tuners (English / German drafts of valid5 companies)
    for split in (
        "dev",
        "holdout",
        "holdout2",
        "de",
        "holdout3",
        "de3",
        "holdout4",
        "de4",
        "valid5",
        "valid5_de",
        "holdout5",
        "de5",
        "holdout6",
        "de6",
        "holdout7",
        "de7",
        "holdout8",
        "de8",
        "holdout9",
        "de9",
        "holdout10",
        "de10",
        "holdout11",
        "de11",
        "holdout12",
        "de12",
        "holdout13",
        "de13",
        "holdout14",
        "de14",
        "holdout15",
        "de15",
        "holdout16",
        "de16",
        "holdout17",
        "de17",
        "holdout18",
        "de18",
        "holdout19",
        "de19",
        "holdout20",
        "de20",
        "holdout21",
        "de21",
        "holdout22",
        "de22",
        "holdout23",
        "de23",
        "holdout24",
        "de24",
        "holdout25",
        "de25",
        "holdout26",
        "de26",
        "holdout27",
        "de27",
        "holdout28",
        "de28",
        "holdout29",
        "de29",
        "holdout30",
        "de30",
        "holdout31",
        "de31",
        "holdout32",
        "de32",
    ):
        path = HERE / f"drafts_{split}.jsonl"
        if not path.exists():
            errs.append(f"{split}: {path.name} missing (run build.py)")
            continue
        rows = [json.loads(l) for l in path.read_text().splitlines() if l.strip()]
        split_rows[split] = rows
        kinds, chans, comps, clean = Counter(), Counter(), Counter(), 0
        for r in rows:
            rid = r.get("id")
            if set(r) != {"id", "company", "channel", "text", "expected"}:
                errs.append(f"{rid}: bad keys {sorted(r)}")
            if rid in ids:
                errs.append(f"{rid}: duplicate id")
            ids.add(rid)
            c = r["company"]
            if c not in companies:
                errs.append(f"{rid}: unknown company {c}")
            elif companies[c]["split"] != {
                "de": "holdout2",
                "de3": "holdout3",
                "de4": "holdout4",
                "valid5_de": "valid5",
                "de5": "holdout5",
                "de6": "holdout6",
                "de7": "holdout7",
                "de8": "holdout8",
                "de9": "holdout9",
                "de10": "holdout10",
                "de11": "holdout11",
                "de12": "holdout12",
                "de13": "holdout13",
                "de14": "holdout14",
                "de15": "holdout15",
                "de16": "holdout16",
                "de17": "holdout17",
                "de18": "holdout18",
                "de19": "holdout19",
                "de20": "holdout20",
                "de21": "holdout21",
                "de22": "holdout22",
                "de23": "holdout23",
                "de24": "holdout24",
                "de25": "holdout25",
                "de26": "holdout26",
                "de27": "holdout27",
                "de28": "holdout28",
                "de29": "holdout29",
                "de30": "holdout30",
                "de31": "holdout31",
                "de32": "holdout32",
            }.get(split, split):
                errs.append(f"{rid}: company {c} belongs to {companies[c]['split']}")
            if r["channel"] not in CHANNELS:
                errs.append(f"{rid}: bad channel {r['channel']}")
            if not r["text"].strip():
                errs.append(f"{rid}: empty text")
            comps[c] += 1
            chans[r["channel"]] += 1
            if not r["expected"]:
                clean += 1
            for what, v in unlabelled_values(r):
                errs.append(f"{rid}: unlabelled valid {what} {v!r}")
            seen = set()
            for e in r["expected"]:
                if e.get("kind") not in KINDS:
                    errs.append(f"{rid}: bad kind {e.get('kind')}")
                if not e.get("match") or e["match"] not in r["text"]:
                    errs.append(f"{rid}: match not in text: {e.get('match')!r}")
                if (e.get("kind"), e.get("match")) in seen:
                    errs.append(f"{rid}: duplicate expectation {e}")
                seen.add((e.get("kind"), e.get("match")))
                kinds[e.get("kind")] += 1
        drafts_with = Counter(k for r in rows for k in {e["kind"] for e in r["expected"]})
        print(f"== {split}: {len(rows)} drafts, clean {clean} ({clean / max(1, len(rows)):.0%})")
        print("   companies:", dict(comps))
        print("   channels:", dict(chans))
        for k in sorted(KINDS):
            print(f"   {k:20s} findings {kinds[k]:4d}  drafts {drafts_with[k]:4d}")
        if split in ("holdout2", "de", "holdout3", "de3", "holdout4", "de4", "holdout5", "de5"):
            minimum, need = {
                "holdout2": (330, 20),
                "de": (60, 4),
                "holdout3": (420, 30),
                "de3": (60, 4),
                "holdout4": (640, 40),
                "de4": (80, 5),
                "holdout5": (640, 25),
                "de5": (90, 5),
            }[split]
            if len(rows) < minimum:
                errs.append(f"{split}: only {len(rows)} drafts (< {minimum})")
            floor = {"holdout5": 0.42, "de5": 0.40}.get(split, 0.45)
            if clean / max(1, len(rows)) < floor:
                errs.append(f"{split}: clean share {clean / max(1, len(rows)):.0%} < {floor:.0%}")
            for k in sorted(KINDS):
                if split == "holdout5" and k not in ("payment_card", "iban", "profanity"):
                    need = 45
                elif split == "holdout5":
                    need = 25
                if drafts_with[k] < need:
                    errs.append(f"{split}: kind {k} only {drafts_with[k]} drafts (< {need})")
        if split in VALID5_MIN:
            minimum, min_clean, need = VALID5_MIN[split]
            if len(rows) < minimum:
                errs.append(f"{split}: only {len(rows)} drafts (< {minimum})")
            if clean / max(1, len(rows)) < min_clean:
                errs.append(
                    f"{split}: clean share {clean / max(1, len(rows)):.0%} < {min_clean:.0%}"
                )
            for k in sorted(KINDS):
                if drafts_with[k] < need.get(k, 0):
                    errs.append(f"{split}: kind {k} only {drafts_with[k]} drafts (< {need[k]})")
        if split in HOLDOUT6_MIN:
            minimum, min_clean, need = HOLDOUT6_MIN[split]
            complete = all(
                any(r["company"] == c for r in split_rows.get("holdout6", []))
                for c in HOLDOUT6_COMPANIES
            )
            check_minimums(split, rows, minimum, min_clean, need, errs if complete else warns)
        total += len(rows)
        total_clean += clean
        total_kind.update(drafts_with)
    print(f"== total: {total} drafts, clean {total_clean} ({total_clean / max(1, total):.0%})")
    for k in sorted(KINDS):
        print(f"   {k:20s} drafts {total_kind[k]:4d}")
        if total_kind[k] < 40:
            errs.append(f"kind {k}: only {total_kind[k]} positive drafts (< 40)")
    if total < 600:
        errs.append(f"only {total} drafts (< 600)")
    if total_clean / max(1, total) < 0.40:
        errs.append(f"clean share {total_clean / total:.0%} < 40%")
    h6 = split_rows.get("holdout6", [])
    missing = [c for c in HOLDOUT6_COMPANIES if not any(r["company"] == c for r in h6)]
    comps_a, (minimum, min_clean, need) = HOLDOUT6_SHARE_A
    share = [r for r in h6 if r["company"] in comps_a]
    share_errs = []
    check_minimums(
        "holdout6 share " + "+".join(comps_a), share, minimum, min_clean, need, share_errs
    )
    if missing:
        warns.append(
            f"holdout6 incomplete (no drafts yet: {', '.join(missing)}): whole-split minimums not enforced"
        )
        warns.extend(share_errs)
    else:
        errs.extend(share_errs)
    for w in warns:
        print("WARN", w)
    for e in errs:
        print("ERROR", e)
    print("OK" if not errs else f"{len(errs)} errors")
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
