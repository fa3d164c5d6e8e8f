"""Secret recall and secret findings on clean drafts per drafts file, the secret detector alone
(detectors.secrets.detect with the card filter of detectors._precise), scored as
bench/guidance_eval_companies.py scores the kind: a finding counts when it overlaps the expected
text. No company is configured: the secret detector reads none. Minutes instead of an hour for
every read set (secrets-v32, session 37).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/secrets_by_set.py FILE... [-v]

-v lists every miss, every clean draft's finding (CLEAN) and every finding on a draft with other
expectations that overlaps none of its secrets (STRAY).
"""

import json
import os
import sys
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def main(files: list[str], verbose: bool) -> None:
    import django

    django.setup()
    from openline.guidance.detectors import _within_a_card, detect_money
    from openline.guidance.detectors.secrets import detect

    for name in files:
        expected = found = stray = clean_alarms = 0
        lines = []
        for line in Path(name).read_text().splitlines():
            draft = json.loads(line)
            text = draft["text"]
            money = detect_money(text)
            hits = [(h.start, h.end) for h in detect(text) if not _within_a_card(h, money)]
            wanted = []
            for item in draft["expected"]:
                if item["kind"] != "secret":
                    continue
                match = item["match"]
                spans = [(i, i + len(match)) for i in range(len(text)) if text.startswith(match, i)]
                wanted += spans
                expected += 1
                if any(overlaps(h, s) for h in hits for s in spans):
                    found += 1
                else:
                    lines.append(f"  MISS {draft['id']} {match!r}")
            for hit in hits:
                if not any(overlaps(hit, s) for s in wanted):
                    stray += 1
                    tag = "CLEAN" if not draft["expected"] else "STRAY"
                    lines.append(f"  {tag} {draft['id']} {text[hit[0] : hit[1]]!r}")
            clean_alarms += bool(not draft["expected"] and hits)
        recall = found / expected if expected else 1.0
        print(
            f"{Path(name).name:26s} secret {found:3d}/{expected:3d} = {recall:6.1%}"
            f"  clean drafts with a secret finding {clean_alarms}  other findings {stray}"
        )
        if verbose:
            print("\n".join(lines))


if __name__ == "__main__":
    arguments = sys.argv[1:]
    main([a for a in arguments if a != "-v"], "-v" in arguments)
