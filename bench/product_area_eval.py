"""Product areas by meaning, on bench/eval/product_areas.json (two invented companies).

    PYTHONPATH=src python bench/product_area_eval.py            # dev half: sweep MIN_SCORE
    PYTHONPATH=src python bench/product_area_eval.py --test     # the untouched half, once

Each company's configured areas (a tag's name and titles of threads already tagged with it)
build an `openline.language.areas.AreaMatcher`; every message is assigned its nearest area or
none below the minimum score. Reported: accuracy (the right area, or "unassigned" when the
label is null), and separately how often an item about an area got the right one and how often
an item about none was left unassigned. The dev half chose MIN_SCORE; --test reads the shipped
value only.

    PYTHONPATH=src python bench/product_area_eval.py --messages bench/eval/messages_holdout.jsonl

reads instead a set written by someone who did not read the engine (bench/eval/README.md):
its companies' areas are the `slug` (description) lists of bench/eval/companies.md, with no
tagged threads as examples (a site on its first day); "general" counts as unassigned.
"""

import argparse
import json
import os
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

PATH = Path(__file__).parent / "eval" / "product_areas.json"
COMPANIES = Path(__file__).parent / "eval" / "companies.md"


def described_areas() -> dict[str, list[tuple[str, str]]]:
    """Company name → [(slug, "slug: description")] from companies.md's area lists."""
    out: dict[str, list[tuple[str, str]]] = {}
    for section in COMPANIES.read_text().split("\n## ")[1:]:
        company = section.split("—", 1)[1].split("(")[0].strip()
        listed = section[section.index("Product areas") :]
        found = re.findall(r"`(\w+)`(?:\s+\(([^)]*)\))?", listed)
        out[company] = [(slug, f"{slug}: {' '.join(d.split())}" if d else slug) for slug, d in found
                        if slug != "general"]  # fmt: skip
    return out


def independent(path: Path) -> None:
    from openline.language.areas import MIN_SCORE, Area, AreaMatcher

    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
    areas = described_areas()
    all_rows, all_assigned, companies = [], [], []
    for company in sorted({r["company"] for r in rows}):
        mine = [dict(r, area=None if r["product_area"] == "general" else r["product_area"])
                for r in rows if r["company"] == company]  # fmt: skip
        matcher = AreaMatcher([Area(slug, name) for slug, name in areas[company]])
        assigned = [a.area for a in matcher.assign([r["text"] for r in mine])]
        companies.append(f"{company} {score(mine, assigned)['accuracy']:.3f}")
        all_rows += mine
        all_assigned += assigned
    total = score(all_rows, all_assigned)
    print(
        f"{path.name} MIN_SCORE={MIN_SCORE:.2f}: accuracy {total['accuracy']:.3f} "
        f"(n={total['n']}); about an area, right one {total['area_right']:.3f}; about none, "
        f"left unassigned {total['none_left']:.3f}; {', '.join(companies)}"
    )


def score(rows: list[dict], assigned: list[str | None]) -> dict[str, float]:
    pairs = list(zip([r["area"] for r in rows], assigned, strict=True))
    about = [(g, a) for g, a in pairs if g is not None]
    none = [(g, a) for g, a in pairs if g is None]
    return {
        "accuracy": sum(g == a for g, a in pairs) / len(pairs),
        "area_right": sum(g == a for g, a in about) / max(len(about), 1),
        "none_left": sum(a is None for _, a in none) / max(len(none), 1),
        "n": len(pairs),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--test", action="store_true", help="the untouched half (run once)")
    parser.add_argument("--messages", type=Path, help="an independent messages_*.jsonl file")
    args = parser.parse_args()
    import django

    django.setup()
    if args.messages:
        independent(args.messages)
        return
    from openline.language.areas import MIN_SCORE, Area, AreaMatcher

    data = json.loads(PATH.read_text())
    split = "test" if args.test else "dev"
    thresholds = [MIN_SCORE] if args.test else [0.2, 0.25, 0.3, 0.35, 0.4, 0.45]
    results: dict[float, list] = {t: [] for t in thresholds}
    for key, company in data["companies"].items():
        areas = [Area(a["slug"], a["name"], tuple(a["examples"])) for a in company["areas"]]
        rows = company[split]
        for t in thresholds:
            matcher = AreaMatcher(areas, min_score=t)
            assigned = [a.area for a in matcher.assign([r["text"] for r in rows])]
            results[t].append((key, rows, assigned))
    for t, per_company in results.items():
        all_rows = [r for _, rows, _ in per_company for r in rows]
        all_assigned = [a for _, _, assigned in per_company for a in assigned]
        total = score(all_rows, all_assigned)
        companies = ", ".join(
            f"{key} {score(rows, assigned)['accuracy']:.3f}" for key, rows, assigned in per_company
        )
        print(
            f"{split} MIN_SCORE={t:.2f}: accuracy {total['accuracy']:.3f} (n={total['n']}); "
            f"about an area, right one {total['area_right']:.3f}; about none, left unassigned "
            f"{total['none_left']:.3f}; {companies}"
        )


if __name__ == "__main__":
    main()
