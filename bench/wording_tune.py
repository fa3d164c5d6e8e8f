"""Sweeps the wording head's C, terms' weight and thresholds on the three development sets of
bench/eval/guidance/ without retraining the shipped file (needs scikit-learn):

    PYTHONPATH=src .venv/bin/python bench/wording_tune.py --c 0.1,0.3 --terms 30,45

For each draft it first runs the engine with the head off (the patterns' findings, every kind)
and keeps the sentences the wording detector scores (detectors/wording.sentences and
scored_text); then for each setting it fits the head on language/data/wording_train.jsonl and
adds a finding wherever a sentence reaches the threshold, and scores like
guidance_eval_companies.py: recall of legal risk and hostile tone (a finding of the kind
overlapping the label) and false alarms on clean drafts (any finding). "h" is the number of
clean drafts the head alone makes a false alarm of. "R" counts the routine instructions below
(written for this probe, not taken from any draft) that the head would flag. Embeddings are
cached in a file under the system's temporary directory, so a second run only fits heads. The
shipped head is retrained with `openline language train --heads wording` (bench/README.md).
"""

import argparse
import json
import os
import re
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"

import numpy as np  # noqa: E402

SETS = ("dev", "holdout", "holdout2")
KINDS = ("legal_risk", "hostile_tone")
CACHE = Path(tempfile.gettempdir()) / "openline_wording_tune_embeddings.npz"
ROUTINE = [
    "Restart the router and try again.", "Try this first.", "Try this, step 0.",
    "Unplug it for ten seconds, then plug it back in.", "Clear the app cache and log in again.",
    "Hold the power button for five seconds.", "Check the cable is pushed all the way in.",
    "Open Settings, then tap Account.", "Update the app to the latest version.",
    "Send us a photo of the label.", "Reply here if it happens again.", "Give it another go now.",
    "Let me know how it goes.", "Double-check the spelling of the address.",
    "Turn it off and on again, please.", "Log out and back in.", "Try a different browser.",
    "Scan the QR code on the box.", "Please try again in an hour.",
    "Do that and tell me what you see.", "Swap the batteries and test again.",
    "Make sure Bluetooth is on.", "Read the steps below.", "Use the reset pin on the back.",
    "Don't unplug it during the update.", "Tap Retry.",
    "Wait for the green light, then press Start.", "Follow the link in the e-mail we sent.",
    "Try the other charger.", "Reboot and retry.", "Check your spam folder.",
    "Step 2: remove the filter.",
]  # fmt: skip


class Embeddings:
    def __init__(self) -> None:
        self.vectors: dict[str, np.ndarray] = {}
        if CACHE.exists():
            data = np.load(CACHE, allow_pickle=False)
            self.vectors = dict(zip((str(t) for t in data["texts"]), data["vectors"], strict=True))

    def __call__(self, texts: list[str]) -> np.ndarray:
        from openline.language import embed

        missing = [t for t in dict.fromkeys(texts) if t not in self.vectors]
        for i in range(0, len(missing), 64):
            chunk = missing[i : i + 64]
            self.vectors.update(zip(chunk, embed(chunk), strict=True))
        if missing:
            with CACHE.open("wb") as handle:
                np.savez(
                    handle, texts=np.array(list(self.vectors), dtype=str),
                    vectors=np.array(list(self.vectors.values()), dtype=np.float32),
                )  # fmt: skip
        return np.array([self.vectors[t] for t in texts], dtype=np.float32).reshape(-1, 384)


def pattern_findings() -> dict[str, list[dict]]:
    """Per set, each draft with the patterns' findings (head off) and its scored sentences."""
    import guidance_eval_companies as gec

    gec.setup_database()
    from django.conf import settings

    from openline.guidance.checks import check_text
    from openline.guidance.detectors import wording
    from openline.guidance.detectors.german import looks_german

    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_WORDING_MODEL": False}
    companies = json.loads(gec.COMPANIES.read_text())
    out: dict[str, list[dict]] = {}
    from wording_corpus_drafts import set_drafts

    for name in SETS:
        drafts = set_drafts(name)  # holdout8a: a part of holdout8 (wording-v9)
        rows, current = [], None
        for draft in sorted(drafts, key=lambda d: d["company"]):
            if draft["company"] != current:
                gec.configure(companies[draft["company"]])
                current = draft["company"]
            text = draft["text"]
            findings = check_text(text, channel=draft["channel"]).findings
            # As detectors.language.model_hits: the head does not read German text.
            spans = [] if looks_german(text) else wording.sentences(text)
            rows.append({
                **draft, "patterns": [(f.kind, f.start, f.end) for f in findings],
                "spans": spans, "scored": [wording.scored_text(text[s:e]) for s, e in spans],
            })  # fmt: skip
        out[name] = rows
    return out


def fit(
    texts: list[str], labels: list[str], vectors: np.ndarray, c: float, weight: float,
    floor: int | None = None,
):  # fmt: skip
    from openline.language.training import fit_head, vocabulary
    from openline.language.voice import Head
    from openline.language.wording import features as head_input

    vocab = vocabulary(texts)
    x = head_input(texts, vocab, vectors, weight=weight, floor=floor)
    arrays = fit_head(x, labels, c, dense=x.shape[1] - len(vocab))
    head = Head(
        arrays["weights"], arrays["bias"], tuple(str(k) for k in arrays["classes"]),
        arrays["mean"], arrays["scale"],
    )  # fmt: skip

    def probabilities(sentences: list[str], embed: Embeddings) -> np.ndarray:
        if not sentences:
            return np.zeros((0, 2))
        features = head_input(sentences, vocab, embed(sentences), weight=weight, floor=floor)
        p = head.probabilities(features)
        return p[:, [head.classes.index(k) for k in KINDS]]

    return probabilities


def score(rows: list[dict], p: np.ndarray, thresholds: tuple[float, float]) -> str:
    from openline.guidance.detectors.wording import _REFUSAL

    total = dict.fromkeys(KINDS, 0)
    found = dict.fromkeys(KINDS, 0)
    clean = alarms = head_alarms = i = 0
    for draft in rows:
        text = draft["text"]
        hits = [(k, s, e, False) for k, s, e in draft["patterns"]]
        for s, e in draft["spans"]:
            for j, kind in enumerate(KINDS):
                refused = kind == "legal_risk" and _REFUSAL.search(text[s:e])
                if p[i, j] >= thresholds[j] and not refused:
                    hits.append((kind, s, e, True))
            i += 1
        for item in draft["expected"]:
            if item["kind"] not in KINDS:
                continue
            total[item["kind"]] += 1
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(item["match"]), text)]
            got = [(s, e) for k, s, e, _ in hits if k == item["kind"]]
            found[item["kind"]] += any(a < d and c < b for a, b in spans for c, d in got)
        if not draft["expected"]:
            clean += 1
            alarms += bool(hits)
            head_alarms += all(h[3] for h in hits) and bool(hits)
    return (
        f"L {found['legal_risk'] / total['legal_risk']:.0%} "
        f"T {found['hostile_tone'] / total['hostile_tone']:.0%} "
        f"FA {alarms / clean:.1%} (h{head_alarms})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--c", default="0.1,0.3")
    parser.add_argument("--terms", default="30,45")
    parser.add_argument("--thresholds", default="0.8/0.7,0.85/0.8,0.9/0.85,0.93/0.9")
    options = parser.parse_args()
    drafts = pattern_findings()
    embed = Embeddings()
    from openline.language.training import WORDING_CORPUS_PATH, load_corpus

    corpus = load_corpus(WORDING_CORPUS_PATH)
    texts = [r["text"] for r in corpus]
    vectors = embed(texts)
    pairs = [tuple(float(v) for v in t.split("/")) for t in options.thresholds.split(",")]
    for c in (float(v) for v in options.c.split(",")):
        for weight in (float(v) for v in options.terms.split(",")):
            probabilities = fit(texts, [r["label"] for r in corpus], vectors, c, weight)
            per_set = {
                name: probabilities([s for d in rows for s in d["scored"]], embed)
                for name, rows in drafts.items()
            }
            routine = probabilities(ROUTINE, embed)
            for legal, tone in pairs:
                flagged = int(((routine[:, 0] >= legal) | (routine[:, 1] >= tone)).sum())
                cells = "   ".join(
                    f"{name}: {score(drafts[name], per_set[name], (legal, tone))}"
                    for name in drafts
                )
                print(f"C {c} terms x{weight:.0f} {legal}/{tone} R{flagged}   {cells}", flush=True)


if __name__ == "__main__":
    main()
