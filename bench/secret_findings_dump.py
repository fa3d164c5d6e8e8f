"""The secret findings of every read set (up to holdout28 / de28, valid5), and what they hide.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/secret_findings_dump.py OUT.jsonl [-v]

One line per secret finding (as check_text gets them: detectors.detect_secrets without a hit
inside a card, overlaps merged), one per card or personal-data hit a secret hides (the overlap
rule of detectors._precise; a date of birth is never hidden), and one per draft. Run before and
after a change and `diff` the files: a secrets change that moves only these lines moves no other
finding. Then prints, per language, the secret labels found and the secret findings outside a
label (on clean drafts: counted apart); -v lists each miss and alarm. About 2 minutes, against
hours for bench/guidance_findings_dump.py over the same sets (session 35, secrets-v30).
"""

import json
import os
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

EN_SETS = ["dev", "holdout", *(f"holdout{i}" for i in range(2, 29)), "valid5"]
SETS = [*EN_SETS, "de", *(f"de{i}" for i in range(3, 29)), "valid5_de"]


def main() -> int:
    import django

    django.setup()
    from openline.guidance.detectors import _within_a_card
    from openline.guidance.detectors.base import merge_overlaps, overlaps
    from openline.guidance.detectors.money import detect as detect_money
    from openline.guidance.detectors.personal import DOB_MESSAGE
    from openline.guidance.detectors.personal import detect as detect_personal
    from openline.guidance.detectors.secrets import detect as detect_secrets

    args = [a for a in sys.argv[1:] if a != "-v"]
    verbose = "-v" in sys.argv[1:]
    if not args:
        print(__doc__)
        return 2
    tally: Counter = Counter()
    nothing: frozenset[str] = frozenset()
    with Path(args[0]).open("w") as out:
        for name in SETS:
            language = "de" if name.startswith("de") or name.endswith("_de") else "en"
            path = HERE / "eval" / "guidance" / f"drafts_{name}.jsonl"
            for number, line in enumerate(path.read_text().splitlines()):
                draft = json.loads(line)
                text = draft["text"]
                money = detect_money(text)
                secrets = [h for h in detect_secrets(text) if not _within_a_card(h, money)]
                found = merge_overlaps(secrets)
                for hit in found:
                    row = [name, number, hit.start, hit.end, hit.message.msgid]
                    out.write(json.dumps(row) + "\n")
                for hit in money:
                    if overlaps(hit, secrets):
                        out.write(json.dumps([name, number, "card hidden", hit.start]) + "\n")
                for hit in detect_personal(
                    text, public_emails=nothing, public_phones=nothing, public_addresses=nothing
                ):
                    if overlaps(hit, secrets) and hit.message != DOB_MESSAGE:
                        out.write(json.dumps([name, number, "personal hidden", hit.start]) + "\n")
                out.write(json.dumps([name, number]) + "\n")
                labels = []
                for expected in draft["expected"]:
                    if expected["kind"] == "secret":
                        at = text.find(expected["match"])
                        labels.append((at, at + len(expected["match"])))
                        tally[language, "labels"] += 1
                        if not any(
                            h.start < labels[-1][1] and labels[-1][0] < h.end for h in found
                        ):
                            tally[language, "missed"] += 1
                            if verbose:
                                print(f"MISS {name}#{number} {draft['id']}: {expected['match']!r}")
                for hit in found:
                    if not any(hit.start < end and start < hit.end for start, end in labels):
                        clean = not draft["expected"]
                        tally[language, "clean alarms" if clean else "other alarms"] += 1
                        if verbose:
                            value = text[hit.start : hit.end]
                            print(f"ALARM {name}#{number} {draft['id']}: {value!r}")
    for language in ("en", "de"):
        total, missed = tally[language, "labels"], tally[language, "missed"]
        print(
            f"{language}: secret labels found {total - missed}/{total} "
            f"({100 * (total - missed) / total:.2f} %), secret findings outside a label "
            f"{tally[language, 'other alarms']} on drafts with other labels, "
            f"{tally[language, 'clean alarms']} on clean drafts"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
