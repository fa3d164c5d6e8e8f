"""What the winks (internal.WINKS: 🤫 😉 🤐 👀) contribute to the register check alone, session 30:
every read draft with a wink checked as written and with its winks blanked (a space each, so
offsets stay); items lost and clean drafts cleared. DEV English (bench/register_sense.py's
writers) and the read German sets de … de21, valid5_de; numbers only for HELD (--held).

    PYTHONPATH=src SECRET_KEY=x /work/main/.venv/bin/python bench/register_winks30.py [-v]
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


def main() -> int:
    import django

    django.setup()
    from register_sense import GUIDANCE, HELD, registers, spans_of, touches, writers

    from openline.guidance.detectors import internal

    built = registers(json.loads((GUIDANCE / "companies.json").read_text("utf-8")))
    german = {f"de{n}": (f"de{n}", None) for n in range(3, 22)}
    german |= {"de": ("de", None), "valid5_de": ("valid5_de", None)}
    groups = {"DEV": writers(), "DEV-de": writers(german)}
    if "--held" in sys.argv:
        groups["HELD"] = writers(HELD)
    for group, found in groups.items():
        drafts = lost = cleared = flagged = 0
        for writer, sets in found.items():
            for draft in sets:
                text = draft["text"]
                if not any(wink in text for wink in internal.WINKS):
                    continue
                blank = text
                for wink in internal.WINKS:
                    blank = blank.replace(wink, " ")
                register = built[draft["company"]][0]
                before, after = internal.detect(text, register), internal.detect(blank, register)
                drafts += 1
                show = "-v" in sys.argv and group != "HELD"
                for item in set(spans_of(draft, "internal_reference")):
                    if any(touches(h.start, h.end, [item]) for h in before) and not any(
                        touches(h.start, h.end, [item]) for h in after
                    ):
                        lost += 1
                        if show:
                            print("  LOST", writer, draft["id"], text[:200])
                if not draft["expected"] and before:
                    flagged += 1
                    cleared += not after
                    if show and not after:
                        print("  CLEARED", writer, draft["id"], text[:200])
        print(f"{group}: {drafts} drafts with a wink; blanked: {lost} item spans lost, "
              f"{cleared} of {flagged} clean drafts flagged cleared", flush=True)  # fmt: skip
    return 0


if __name__ == "__main__":
    sys.exit(main())
