"""Session 34, register-v29: what the three additions to the register detector change on READ
sets — a line typed in another language's word (`internal.LINE_TERM`), an unannounced price rise
told as prices going up (`internal._rises_told`) and a German note told in English
(`internal._told_across`). For each company the register is built twice, once with the three
switched off (the line pattern never matching, the two readers returning nothing) and once as
shipped; `internal.detect` runs on every draft with each. Prints every register label gained or
lost and every clean draft that gains a finding, then the totals.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/register_v29_new_findings.py \
        bench/eval/guidance/drafts_holdout27.jsonl bench/eval/guidance/drafts_de27.jsonl ...

READ sets only (never the judge's or check's files, which it would print)."""

import json
import os
import re
import sys
from collections import Counter, defaultdict

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import guidance_eval_companies as g  # noqa: E402

NEVER = re.compile("(?!)")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main() -> None:
    companies = json.loads(g.COMPANIES.read_text())
    g.setup_database()
    from openline.guidance.detectors import internal
    from openline.guidance.selectors import guidance_config

    shipped = internal.LINE_TERM, internal._rises_told, internal._told_across

    def switch(on: bool) -> None:
        if on:
            internal.LINE_TERM, internal._rises_told, internal._told_across = shipped
        else:
            internal.LINE_TERM = NEVER
            internal._rises_told = internal._told_across = lambda text, register: []

    gained, lost, alarms = Counter(), Counter(), Counter()
    for path in sys.argv[1:]:
        name = os.path.basename(path)[len("drafts_") : -len(".jsonl")]
        with open(path) as lines:
            drafts = [json.loads(line) for line in lines if line.strip()]
        by_company = defaultdict(list)
        for draft in drafts:
            by_company[draft["company"]].append(draft)
        for company, company_drafts in by_company.items():
            registers = {}
            for on in (False, True):
                switch(on)
                g.configure(companies[company])
                registers[on] = guidance_config().register
            for draft in company_drafts:
                text, spans = draft["text"], {}
                for on in (False, True):
                    switch(on)
                    spans[on] = [(h.start, h.end) for h in internal.detect(text, registers[on])]
                if spans[False] == spans[True]:
                    continue
                if not draft["expected"]:
                    new = [text[s:e] for s, e in spans[True] if (s, e) not in spans[False]]
                    if new and not spans[False]:
                        alarms[name] += 1
                        print(f"CLEAN {name} {draft['id']}: {new}")
                    continue
                for item in draft["expected"]:
                    if item["kind"] != "internal_reference":
                        continue
                    match = item["match"]
                    at = [
                        (i, i + len(match)) for i in range(len(text)) if text.startswith(match, i)
                    ]
                    found = {on: any(overlaps(a, b) for a in at for b in spans[on]) for on in spans}
                    if found[True] and not found[False]:
                        gained[name] += 1
                        print(f"GAIN {name} {draft['id']}: {match!r}")
                    elif found[False] and not found[True]:
                        lost[name] += 1
                        print(f"LOST {name} {draft['id']}: {match!r}")
    switch(True)
    print(f"register items gained {sum(gained.values())} {dict(gained)}")
    print(f"register items lost {sum(lost.values())} {dict(lost)}")
    print(f"clean drafts newly flagged {sum(alarms.values())} {dict(alarms)}")


if __name__ == "__main__":
    main()
