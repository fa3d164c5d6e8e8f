"""Dump what the precise detectors find in every draft of the read sets, to prove that a change
to them (or to the gates they scan through) changed nothing the check reports — without the
model's cost, which made bench/guidance_findings_dump.py take hours on a shared machine.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_precise_dump.py OUT.jsonl \
        [--shard K/N] [MORE.jsonl ...]

One line per precise hit (`detectors._precise`: secrets, cards, personal data, the register,
phrase patterns and English families, before overlaps are merged; kind, start, end, message and
suggestion phrases), one per draft with `german.looks_german` (which picks the German or the
English path after them), and, for a German draft (no embedding: the German reader is cheap),
every finding of the whole check as guidance_findings_dump.py writes it. On an English draft the
rest of the check is a function of the text and these hits (the wording head reads the sentences
the hits leave open; the register's meaning and second opinion are off by default), so equal
dumps mean equal findings for a change confined to the precise detectors. Each company is
configured as guidance_eval_companies.py does. `--shard K/N` dumps every N-th set from the K-th
(0-based), so a few processes share the work; `cat` the shards in order of K and `cmp` them.
The sets are guidance_findings_dump.py's (read sets only).
"""

import json
import sys
from collections import defaultdict
from pathlib import Path

import guidance_eval_companies as bench
from guidance_findings_dump import SETS


def main() -> int:
    args = sys.argv[1:]
    if not args or args[0].startswith("-"):
        print(__doc__)
        return 0 if args[:1] in (["-h"], ["--help"]) else 2
    shard, shards = 0, 1
    if "--shard" in args:
        at = args.index("--shard")
        shard, shards = (int(n) for n in args[at + 1].split("/"))
        del args[at : at + 2]
    out = Path(args[0])
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text
    from openline.guidance.detectors import _precise, german
    from openline.guidance.selectors import guidance_config

    companies = json.loads(Path(bench.COMPANIES).read_text())
    here = Path(__file__).parent / "eval" / "guidance"
    paths = [(name, here / f"drafts_{name}.jsonl") for name in SETS]
    paths += [(extra, Path(extra)) for extra in args[1:]]
    with out.open("w") as dump:
        for name, path in paths[shard::shards]:
            drafts = [json.loads(line) for line in path.read_text().splitlines() if line.strip()]
            by_company: dict[str, list[tuple[int, dict]]] = defaultdict(list)
            for number, draft in enumerate(drafts):
                by_company[draft["company"]].append((number, draft))
            for company, numbered in by_company.items():
                bench.configure(companies[company])
                config = guidance_config()
                for number, draft in numbered:
                    text = draft["text"]
                    hits = _precise(
                        text,
                        register=config.register,
                        public_emails=config.public_emails,
                        public_phones=config.public_phones,
                        public_addresses=config.public_addresses,
                        company=config.company,
                    )
                    for hit in hits:
                        row = [name, number, hit.kind, hit.start, hit.end,
                               hit.message.stored(), hit.suggestion.stored()]  # fmt: skip
                        dump.write(json.dumps(row, sort_keys=True, default=str) + "\n")
                    is_german = german.looks_german(text)
                    dump.write(json.dumps([name, number, "german", is_german]) + "\n")
                    if not is_german:
                        continue
                    result = check_text(text, channel=draft["channel"])
                    for finding in result.findings:
                        row = [name, number, finding.stored()]
                        dump.write(json.dumps(row, sort_keys=True, default=str) + "\n")
                    row = [name, number, "severity", result.action, list(result.pending)]
                    dump.write(json.dumps(row, default=str) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
