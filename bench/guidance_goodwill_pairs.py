"""The goodwill allowance on the read sets (session 32, goodwill-v27): every read-set draft that
names an amount of money, a free period or points, or in which the check reads a goodwill offer,
checked twice, with each company's allowance (as guidance_eval_companies.configure enters it)
and without one (the check before the allowance), one JSON line per draft: `f` without, `g` with.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_goodwill_pairs.py OUT.jsonl
    python3 bench/guidance_goodwill_pairs.py --table OUT.jsonl   # legal items and clean alarms

Read sets only: drafts_*.jsonl up to holdout25 / de25, dev, valid5 and valid5_de.
"""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
here = Path(__file__).parent / "eval" / "guidance"


def _read(name: str) -> bool:
    m = re.match(r"(holdout|de)(\d*)$", name)
    if name in ("dev", "valid5", "valid5_de"):
        return True
    return bool(m) and int(m.group(2) or 0) <= 25


names = [p.stem[7:] for p in sorted(here.glob("drafts_*.jsonl")) if _read(p.stem[7:])]
# What the measurement reads first: an amount, a free period, points (before any engine code).
AMT = re.compile(
    r"(?:[£€$₹]|\b(?:EUR|GBP|USD|CHF|SGD|CA\$|A\$|NZ\$|US\$)\s?)\d|\d\s?(?:€|Euro\b|EUR\b"
    r"|CHF\b|Franken)|\bfree (?:month|week|day|year)|\b(?:\w+) (?:months?|weeks?) (?:free|on us)"
    r"|Monate? (?:kostenlos|gratis)|Freimonat|\b\d+ (?:points|miles|credits|Embers)\b",
    re.IGNORECASE,
)


def table(path: str) -> None:
    dump = {}
    for line in Path(path).read_text().splitlines():
        row = json.loads(line)
        dump[(row["set"], row["i"])] = row

    def overlaps(a, b):
        return a[0] < b[1] and b[0] < a[1]

    st = dict(
        drafts=len(dump),
        items=0,
        found_without=0,
        found_with=0,
        clean=0,
        flagged_without=0,
        flagged_with=0,
        legal_flagged_without=0,
        legal_flagged_with=0,
    )
    for n in names:
        for i, line in enumerate((here / f"drafts_{n}.jsonl").read_text().splitlines()):
            if (n, i) not in dump:
                continue
            d, r = json.loads(line), dump[(n, i)]
            t = d["text"]
            without = [tuple(x[:3]) for x in r["f"]]
            with_ = [tuple(x[:3]) for x in r["g"]]
            for e in d["expected"]:
                if e["kind"] != "legal_risk":
                    continue
                spans = [(m.start(), m.end()) for m in re.finditer(re.escape(e["match"]), t)]
                st["items"] += 1
                for key, hits in (("found_without", without), ("found_with", with_)):
                    st[key] += any(
                        overlaps(s, (a, b)) for s in spans for k, a, b in hits if k == "legal_risk"
                    )
            if not d["expected"]:
                st["clean"] += 1
                st["flagged_without"] += bool(without)
                st["flagged_with"] += bool(with_)
                st["legal_flagged_without"] += any(k == "legal_risk" for k, a, b in without)
                st["legal_flagged_with"] += any(k == "legal_risk" for k, a, b in with_)
    for key, value in st.items():
        print(f"{key:<24}{value:>6}")


def dump(out_path: str) -> None:
    import guidance_eval_companies as bench

    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.actions import clean_goodwill_allowance
    from openline.guidance.checks import check_text
    from openline.guidance.detectors import goodwill
    from openline.guidance.models import GoodwillLimit

    companies = json.loads(Path(bench.COMPANIES).read_text())
    allowances = {
        name: goodwill.Allowance.build(
            clean_goodwill_allowance("\n".join(bench.goodwill_lines(c.get("policy", ""))))
        )
        for name, c in companies.items()
    }

    def found(draft: dict) -> list:
        result = check_text(draft["text"], channel=draft["channel"])
        return [[f.kind, f.start, f.end, str(f.message)] for f in result.findings]

    with open(out_path, "w") as out:
        for n in names:
            text = (here / f"drafts_{n}.jsonl").read_text()
            drafts = [json.loads(line) for line in text.splitlines() if line.strip()]
            by_company: dict[str, list[tuple[int, dict]]] = {}
            for i, d in enumerate(drafts):
                if AMT.search(d["text"]) or goodwill.offers(d["text"], allowances[d["company"]]):
                    by_company.setdefault(d["company"], []).append((i, d))
            for company, numbered in by_company.items():
                bench.configure(companies[company])
                with_allowance = {i: found(d) for i, d in numbered}
                GoodwillLimit.objects.all().delete()
                for i, d in numbered:
                    row = {"set": n, "i": i, "id": d["id"], "company": company,
                           "f": found(d), "g": with_allowance[i]}  # fmt: skip
                    out.write(json.dumps(row) + "\n")
            out.flush()


if __name__ == "__main__":
    if sys.argv[1:2] == ["--table"]:
        table(sys.argv[2])
    else:
        dump(sys.argv[1])
