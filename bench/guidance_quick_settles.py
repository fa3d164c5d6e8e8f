"""Which sentences the quick stage settles, by how far the first stage left them open (session
36, speed-cold-v31): every English draft of the given read files split as the wording head reads
it, each sentence's kinds as the model-ahead plan asks (every kind at the head's thresholds, the
sentence's own hostile one), then the first stage (wording.reachable) and, for those it leaves
open, the quick stage (wording.narrowed). Written per open sentence as one JSON line: its word
pieces, each open kind's first-stage excess (reach minus the threshold's log-odds) and whether
the quick stage settled it (every open sentence read quickly: wording.QUICK_SKIP off).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_quick_settles.py OUT FILE...
"""

import json
import math
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_eval_companies as bench


def main() -> None:
    out, files = Path(sys.argv[1]), sys.argv[2:]
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.detectors import german
    from openline.guidance.detectors import wording as detector
    from openline.language import embedders, wording

    wording.QUICK_SKIP = math.inf  # every open sentence read quickly, as before session 36
    seen: set[str] = set()
    read: list[str] = []
    for name in files:
        for line in Path(name).read_text().splitlines():
            if not line:
                continue
            text = json.loads(line)["text"]
            if german.looks_german(text):
                continue
            for start, end in detector.sentences(text):
                sentence = detector.scored_text(text[start:end])
                if sentence not in seen:
                    seen.add(sentence)
                    read.append(sentence)
    print(f"{len(read)} distinct English sentences", file=sys.stderr)
    rows = []
    for at in range(0, len(read), 256):
        chunk = read[at : at + 256]
        asked = [detector.reachable_kinds(s, dict(detector.THRESHOLDS)) for s in chunk]
        left = wording.narrowed(chunk, asked)
        for sentence, kinds, rest in zip(chunk, asked, left, strict=True):
            if not kinds:
                continue
            reach = wording._reach(sentence)
            rows.append(
                {
                    "pieces": len(embedders.word_pieces(sentence)),
                    "excess": {k: reach[k] - math.log(t / (1 - t)) for k, t in kinds.items()},
                    "left": sorted(rest),
                    "sentence": sentence,
                }
            )
        wording.clear_cache()
    out.write_text("".join(json.dumps(r) + "\n" for r in rows))
    print(f"{len(rows)} open after the first stage", file=sys.stderr)


if __name__ == "__main__":
    main()
