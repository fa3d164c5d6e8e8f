"""The register check alone (internal_reference) on two groups of read writers, per writer: a DEV
group whose drafts and misses may be read and tuned on, and a TRANSFER group of the newest read
writers whose drafts are never read while tuning, only counted. A rule drawn from DEV ships only
if TRANSFER keeps or gains recall without more false alarms (session 25, register-v20).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/register_groups.py            # both groups
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/register_groups.py --group dev -v

`-v` prints misses and alarms of DEV writers only; TRANSFER prints numbers only, always. A writer
is a set of draft-id prefixes (each prefix is one company). Without a database: every company's
register from companies.json is built as bench/register_eval.py does. The check sets (holdout21
b/c, de21) and the untouched sets (holdout22, de22) are never opened.
"""

import argparse
import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

DATA = HERE / "eval" / "guidance"
COMPANIES = DATA / "companies.json"
KIND = "internal_reference"
ENGLISH_DEV = (
    "dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "holdout6", "holdout7",
    "holdout8", "holdout9", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14",
    "holdout15", "holdout16", "holdout17", "valid5",
)  # fmt: skip
GERMAN_DEV = (
    "de", "de3", "de4", "de5", "de6", "de7", "de8", "de9", "de10", "de11", "de12", "de13",
    "de14", "de15", "de16", "de17", "valid5_de",
)  # fmt: skip
# (label, file, id prefixes or None for the whole file)
TRANSFER = (
    ("h18a", DATA / "drafts_holdout18.jsonl", ("qq", "qr", "qs")),
    ("h18b", DATA / "drafts_holdout18.jsonl", ("qt", "qu")),
    ("h18c", DATA / "drafts_holdout18.jsonl", ("qv", "qw")),
    ("h19a", DATA / "drafts_holdout19.jsonl", ("qx", "qy", "qz")),
    # session 26: holdout19's writers b and c and de19 (session 25's check) and holdout20's
    # writer a (/work/wt/h20a.jsonl); holdout20's writers b and c and de20 are the check.
    ("h19b", DATA / "drafts_holdout19.jsonl", ("ra", "rb")),
    ("h19c", DATA / "drafts_holdout19.jsonl", ("rc", "rd")),
    ("h20a", DATA / "drafts_holdout20.jsonl", ("re", "rf", "rg")),
    # session 27: holdout20's writers b and c and de20 (session 26's check) and holdout21's
    # writer a (/work/wt/h21a.jsonl); holdout21's writers b and c and de21 are the check.
    ("h20b", DATA / "drafts_holdout20.jsonl", ("rh", "ri")),
    ("h20c", DATA / "drafts_holdout20.jsonl", ("rj", "rk")),
    ("h21a", Path("/work/wt/h21a.jsonl"), None),
    ("de18b", DATA / "drafts_de18.jsonl", ("qt", "qu")),
    ("de18c", DATA / "drafts_de18.jsonl", ("qv", "qw")),
    ("de19b", DATA / "drafts_de19.jsonl", ("ra", "rb")),
    ("de19c", DATA / "drafts_de19.jsonl", ("rc", "rd")),
    ("de20b", DATA / "drafts_de20.jsonl", ("rh", "ri")),
    ("de20c", DATA / "drafts_de20.jsonl", ("rj", "rk")),
)
NEVER = ("holdout21", "de21", "holdout22", "de22")


def _registers() -> dict:
    from guidance_eval_companies import _category

    from openline.guidance.detectors.internal import RegisterIndex

    companies = json.loads(COMPANIES.read_text())
    return {
        name: RegisterIndex.build(
            [
                (e["term"], _category(e), e.get("note", ""), e.get("variants", []))
                for e in company["register"]
            ],
            [company["name"], *company["products"]],
        )
        for name, company in companies.items()
    }


def _score(drafts: list[dict], registers: dict, lines: list[str] | None) -> tuple[int, ...]:
    from openline.guidance.detectors.internal import detect
    from openline.guidance.detectors.register_opinion import second_opinion

    total = found = clean = alarms = 0
    for draft in drafts:
        text = draft["text"]
        register = registers[draft["company"]]
        # The engine's second opinion (session 26; OPENLINE_GUIDANCE_REGISTER_OPINION=off: none)
        hits = [(h.start, h.end) for h in second_opinion(text, register, detect(text, register))]
        for label in draft["expected"]:
            if label["kind"] != KIND:
                continue
            total += 1
            match = label["match"]
            spans = [(i, i + len(match)) for i in range(len(text)) if text.startswith(match, i)]
            if any(a < hb and ha < b for a, b in spans for ha, hb in hits):
                found += 1
            elif lines is not None:
                lines.append(f"  MISS {draft['id']}: {match!r}\n       {text!r}")
        if not draft["expected"]:
            clean += 1
            if hits:
                alarms += 1
                if lines is not None:
                    words = [text[a:b] for a, b in hits]
                    lines.append(f"  ALARM {draft['id']}: {words!r}\n       {text!r}")
    return total, found, clean, alarms


def _read(path: Path, prefixes: tuple[str, ...] | None) -> list[dict]:
    assert not any(path.stem.endswith(n) for n in NEVER), path
    drafts = [json.loads(line) for line in path.read_text().splitlines() if line]
    if prefixes is None:
        return drafts
    return [d for d in drafts if d["id"].split("-")[0] in prefixes]


def _row(label: str, numbers: tuple[int, ...]) -> str:
    total, found, clean, alarms = numbers
    return (
        f"{label:<12} register {found:>4}/{total:<4} {found / max(total, 1):6.1%}   "
        f"false alarms {alarms:>3}/{clean:<4}"
    )


def _group(name: str, rows: list[tuple[str, tuple[int, ...]]]) -> None:
    for lang in ("en", "de"):
        part = [n for label, n in rows if label.startswith(lang + ":")]
        if part:
            summed = tuple(sum(n[i] for n in part) for i in range(4))
            print(_row(f"{name} {lang}", summed))


def main() -> int:
    import django

    django.setup()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--group", choices=("dev", "transfer", "both"), default="both")
    parser.add_argument("-v", "--verbose", action="store_true", help="DEV misses and alarms")
    options = parser.parse_args()
    registers = _registers()
    if options.group in ("dev", "both"):
        rows = []
        for lang, names in (("en", ENGLISH_DEV), ("de", GERMAN_DEV)):
            for name in names:
                lines: list[str] | None = [] if options.verbose else None
                drafts = _read(DATA / f"drafts_{name}.jsonl", None)
                numbers = _score(drafts, registers, lines)
                rows.append((f"{lang}:{name}", numbers))
                print(_row(name, numbers))
                if lines:
                    print("\n".join(lines))
        _group("DEV", rows)
    if options.group in ("transfer", "both"):
        rows = []
        for label, path, prefixes in TRANSFER:
            numbers = _score(_read(path, prefixes), registers, None)
            rows.append((("de:" if label.startswith("de") else "en:") + label, numbers))
            print(_row(label, numbers))
        _group("TRANSFER", rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
