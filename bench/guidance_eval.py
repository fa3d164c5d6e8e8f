"""Precision and recall of the guidance check on the labelled drafts in guidance_eval.jsonl.

    .venv/bin/python bench/guidance_eval.py            # figures per kind
    .venv/bin/python bench/guidance_eval.py -v         # and every miss and false alarm
    .venv/bin/python bench/guidance_eval.py --strict   # exit 1 when a target is missed

Each line is a reply draft by Halden Home staff with the findings it must produce: a kind and
the exact text that must be flagged. A finding counts when it has the right kind and overlaps
that text. Drafts without expected findings are clean: any finding on them is a false alarm.
The register and public contacts below are the fixed ones the drafts were written against.

The database is a throwaway in-memory SQLite built by Django's test utilities.
"""

import argparse
import json
import os
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"

REGISTER = [
    ("Project Kestrel", "code_name", "Next-generation thermostat, unannounced."),
    ("Bluefin", "code_name", "H1 successor for heat pumps, unannounced."),
    ("Moorhen", "code_name", "Halden Plus price change, not public until May."),
    ("halden.internal", "internal_host", "Internal network."),
    ("https://wiki.haldenhome.net/ops", "internal_url", "Operations wiki."),
    ("x4471", "extension", "Firmware desk."),
    ("Norrvik Components", "supplier", "V1 motor supplier, under NDA."),
    ("T3 backplate recall", "recall", "Not announced yet."),
]
PUBLIC_CONTACTS = [
    "support@haldenhome.com",
    "press@haldenhome.com",
    "+44 161 496 0000",
    "+353 1 653 0000",
    "+31 20 794 0000",
    "+49 30 2555 0000",
    "+44 800 048 0000",
]
TARGETS = {  # minimum recall per kind
    "secret": 0.99,
    "payment_card": 0.99,
    "iban": 0.99,
    "internal_reference": 0.95,
    "personal_data": 0.95,
}
FALSE_ALARM_TARGET = 0.02


def setup_database():
    import django
    from django.db import connection
    from django.test.utils import setup_test_environment

    django.setup()
    setup_test_environment()
    connection.creation.create_test_db(verbosity=0, autoclobber=True)

    from openline.guidance import actions

    for term, category, note in REGISTER:
        actions.add_confidential_term(None, term=term, category=category, note=note)
    for value in PUBLIC_CONTACTS:
        actions.add_public_contact(value=value)


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


class Tally:
    """Recall per kind (a label is found when a finding of its kind overlaps any occurrence of
    its text), precision per kind, and false alarms on clean drafts. Shared with
    guidance_eval_companies.py."""

    def __init__(self) -> None:
        self.expected_total: Counter = Counter()
        self.expected_found: Counter = Counter()
        self.findings_total: Counter = Counter()
        self.findings_right: Counter = Counter()
        self.drafts = self.clean = self.clean_alarms = 0
        self.misses: list[str] = []
        self.alarms: list[str] = []

    def add(self, draft: dict, findings: list) -> None:
        text = draft["text"]
        wanted: dict[str, list[list[tuple[int, int]]]] = defaultdict(list)
        for item in draft["expected"]:
            match = item["match"]
            starts = [i for i in range(len(text)) if text.startswith(match, i)]
            wanted[item["kind"]].append([(i, i + len(match)) for i in starts])
        for kind, labels in wanted.items():
            got = [(f.start, f.end) for f in findings if f.kind == kind]
            for spans in labels:
                self.expected_total[kind] += 1
                if any(overlaps(span, g) for span in spans for g in got):
                    self.expected_found[kind] += 1
                else:
                    self.misses.append(f"{draft['id']} {kind}: {text[spans[0][0] : spans[0][1]]!r}")
        for finding in findings:
            self.findings_total[finding.kind] += 1
            found = (finding.start, finding.end)
            if any(overlaps(found, s) for spans in wanted[finding.kind] for s in spans):
                self.findings_right[finding.kind] += 1
            else:
                self.alarms.append(
                    f"{draft['id']} {finding.kind}: {text[finding.start : finding.end]!r}"
                    f"{'' if draft['expected'] else '  (clean draft)'}"
                )
        self.drafts += 1
        if not draft["expected"]:
            self.clean += 1
            self.clean_alarms += bool(findings)

    def report(self, targets: dict[str, float], verbose: bool, title: str = "") -> bool:
        """Prints the table; True when every target is met."""
        ok = True
        print(f"{self.drafts} drafts{title}, {self.clean} clean\n")
        print(f"{'kind':<20}{'expected':>9}{'recall':>9}{'findings':>10}{'precision':>11}  target")
        seen = set(self.expected_total) | set(self.findings_total)
        for kind in [*targets, *sorted(seen - set(targets))]:
            total, found = self.expected_total[kind], self.expected_found[kind]
            recall = found / total if total else 1.0
            flagged = self.findings_total[kind]
            precision = self.findings_right[kind] / flagged if flagged else 1.0
            verdict = ""
            if kind in targets:
                met = recall >= targets[kind]
                ok &= met
                verdict = f"recall ≥ {targets[kind]:.0%} {'ok' if met else 'MISSED'}"
            print(f"{kind:<20}{total:>9}{recall:>9.1%}{flagged:>10}{precision:>11.1%}  {verdict}")
        rate = self.clean_alarms / self.clean if self.clean else 0.0
        met = rate <= FALSE_ALARM_TARGET
        ok &= met
        print(
            f"\nfalse alarms on clean drafts: {self.clean_alarms}/{self.clean} = {rate:.1%} "
            f"(target ≤ {FALSE_ALARM_TARGET:.0%}: {'ok' if met else 'MISSED'})"
        )
        if verbose:
            print("\nmisses:", *self.misses or ["none"], sep="\n  ")
            print("\nfindings not in the labels:", *self.alarms or ["none"], sep="\n  ")
        return ok


def evaluate(drafts: list[dict], verbose: bool) -> bool:
    from openline.guidance.checks import check_text

    tally = Tally()
    for draft in drafts:
        tally.add(draft, check_text(draft["text"]).findings)
    return tally.report(TARGETS, verbose)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("-v", "--verbose", action="store_true", help="list misses and alarms")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target is missed")
    parser.add_argument("--data", default=str(HERE / "guidance_eval.jsonl"))
    options = parser.parse_args()
    drafts = [json.loads(line) for line in Path(options.data).read_text().splitlines() if line]
    setup_database()
    ok = evaluate(drafts, options.verbose)
    return 0 if ok or not options.strict else 1


if __name__ == "__main__":
    sys.exit(main())
