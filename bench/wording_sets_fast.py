"""bench/wording_sets.py's table without running the engine again (branch wording-v8, issue 13):
the engine's findings with the head off, every kind, as `wording_v6.py collect` stored them
(drafts.json), plus the head's sentence findings made as detectors.wording.detect makes them
(threshold per kind, not where a pattern of the kind marks the sentence, no legal finding in a
refusal to comment), scored by the same Tally. The sentences are embedded by the harness
(pooled.npz), so a heads file and a threshold pair cost seconds. On the session's machine it
gave the same 36 lines as `wording_sets.py` for the branch base (old head, 0.83 / 0.86) in
both modes (bench/README.md, wording-v8). Run from the repository root after `collect`:

    WORDING_V6_DIR=/tmp/wording-v8/harness PYTHONPATH=src .venv/bin/python \\
        bench/wording_sets_fast.py src/openline/language/data/wording_heads.npz 0.83 0.88 both
"""

import argparse
import sys
from pathlib import Path
from types import SimpleNamespace

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import wording_v6  # noqa: E402 - sets the settings module and the path

SETS = (
    "dev,holdout,holdout2,holdout3,holdout4,holdout5,valid5,holdout6,holdout7,holdout8,holdout9,"
    "holdout10,holdout11,holdout12"
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("heads", help="a wording_heads.npz")
    parser.add_argument("legal", type=float)
    parser.add_argument("tone", type=float)
    parser.add_argument("mode", choices=["both", "model"])
    parser.add_argument("--sets", default=SETS)
    options = parser.parse_args()

    import django

    django.setup()
    import numpy as np
    from guidance_eval import Tally

    from openline.guidance.detectors.wording import _REFUSAL
    from openline.language.voice import Head
    from openline.language.wording import WordingHead

    data = np.load(options.heads, allow_pickle=False)
    vocabulary = [str(t) for t in data["vocabulary"]]
    weights = data["weights"]
    classes = tuple(str(c) for c in data["classes"])
    head = WordingHead(
        Head(weights, data["bias"], classes, data["mean"], data["scale"]),
        vocabulary,
        {t: i for i, t in enumerate(vocabulary)},
        np.ascontiguousarray(weights[:, weights.shape[1] - len(vocabulary) :].T),
    )
    columns = [classes.index(k) for k in wording_v6.KINDS]
    thresholds = {"legal_risk": options.legal, "hostile_tone": options.tone}
    store, drafts = wording_v6.Store(), wording_v6.load_drafts()
    for name in options.sets.split(","):
        rows = drafts[name]
        texts = [s for d in rows for s in d["scored"]]
        scores = np.round(head.probabilities(texts, store.embedding(texts))[:, columns], 4)
        tally, i, flagged = Tally(), 0, {}
        for d in rows:
            patterns = [SimpleNamespace(kind=k, start=a, end=b) for k, a, b in d["patterns"]]
            if options.mode == "model":  # as guidance_eval_companies.wording_mode("model")
                patterns = [f for f in patterns if f.kind not in thresholds]
            findings = list(patterns)
            for s, e in d["spans"]:
                for j, kind in enumerate(thresholds):
                    if scores[i, j] < thresholds[kind]:
                        continue
                    if any(f.kind == kind and f.start < e and s < f.end for f in patterns):
                        continue
                    if kind == "legal_risk" and _REFUSAL.search(d["text"][s:e]):
                        continue
                    findings.append(SimpleNamespace(kind=kind, start=s, end=e))
                i += 1
            tally.add(d, findings)
            if not d["expected"]:
                for kind in {f.kind for f in findings}:
                    flagged[kind] = flagged.get(kind, 0) + 1
        cells = []
        for kind in thresholds:
            total, found = tally.expected_total[kind], tally.expected_found[kind]
            made = tally.findings_total[kind]
            precision = tally.findings_right[kind] / made if made else 1.0
            cells.append(f"{kind[:5]} {found / total:.1%} ({found}/{total}) p {precision:.1%}")
        print(
            f"{name:9s} " + "  ".join(cells) + f"  FA {tally.clean_alarms}/{tally.clean} {flagged}"
        )


if __name__ == "__main__":
    main()
