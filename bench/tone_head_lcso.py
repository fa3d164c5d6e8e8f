"""Session 35 (tone-head-v30, issue 13): does a different head over the shipped wording head
find more hostile tone on writers it never saw? Leave one read set out (each set two or three
writers, five to eight companies) over the sets bench/tone_head_collect.py collected (holdout22
writers b and c, holdout23 … holdout28: none in the shipped head's corpus).

The shipped rule stays (hostile when p ≥ 0.9879, or ≥ 0.95 with a tone cue); a second head, fitted
on the other sets' sentences only, may add a sentence when its own score reaches τ. τ is chosen
inside the training sets (leave one of them out again): the lowest τ whose added clean drafts
flagged there stay within BUDGET (0 unless given), so the test set's clean drafts never choose
it. Counted as sessions 28-30 counted: a hostile clause is found when a pattern of its kind marks
it or a sentence over it is flagged; a clean draft is flagged by the head when no pattern flags
it and one of its sentences is (legal by the shipped head at 0.96, as shipped).

    PYTHONPATH=src SECRET_KEY=x nice -n 5 .venv/bin/python bench/tone_head_lcso.py DIR [MODEL…]

MODEL: calib (the shipped logits, tone cues and the hand features of
guidance.detectors.tone_threshold, logistic regression), lr (the same plus the embedding), svm
(linear SVM on lr's features), mlp (one hidden layer of 32); calib-svm and calib-mlp on calib's
features; `:c1` sets C (default 0.1); calib0 is calib without the legal logit and with the
hostile one clipped to ±10 (then the second head is a threshold per sentence on the shipped
score). `--open` counts a sentence the second head adds only when the check's first stage
(wording.reachable at the shipped thresholds) would have read it with the model; `--show`
lists the sentences it adds; `--write` (with calib0) prints the constants fitted on every set.
"""

import json
import os
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

import numpy as np  # noqa: E402

H, HC, L = 0.9879, 0.95, 0.96
BUDGET = int(os.environ.get("TONE_HEAD_BUDGET", "0"))


def hand(sentence: str) -> list[float]:
    from openline.guidance.detectors.tone_threshold import features

    return features(sentence)


def logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, 1e-7, 1 - 1e-7)
    return np.log(p / (1 - p))


def model(name: str):
    from sklearn.linear_model import LogisticRegression
    from sklearn.neural_network import MLPClassifier
    from sklearn.pipeline import make_pipeline
    from sklearn.preprocessing import StandardScaler
    from sklearn.svm import LinearSVC

    kind, *opts = name.split(":")
    c = float(next((o[1:] for o in opts if o.startswith("c")), "0.1"))
    if kind in ("calib", "calib0", "lr"):
        return make_pipeline(
            StandardScaler(), LogisticRegression(C=c, max_iter=3000, class_weight="balanced")
        )
    if kind.endswith("svm"):
        return make_pipeline(StandardScaler(), LinearSVC(C=c / 10, class_weight="balanced"))
    if kind.endswith("mlp"):
        return make_pipeline(
            StandardScaler(),
            MLPClassifier((32,), alpha=1.0 / c, max_iter=300, early_stopping=True, random_state=0),
        )
    raise SystemExit(f"unknown model {name}")


def decision(m, x: np.ndarray) -> np.ndarray:
    if hasattr(m, "decision_function"):
        return m.decision_function(x)
    return logit(m.predict_proba(x)[:, 1])


def main() -> None:
    import django

    django.setup()
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    only_open = "--open" in sys.argv
    d = Path(args[0])
    drafts = json.loads((d / "drafts.json").read_text("utf-8"))
    texts = json.loads((d / "texts.json").read_text("utf-8"))
    arrays = np.load(d / "vectors.npz")
    from openline.language import wording as head_module

    classes = head_module.head().head.classes
    p = arrays["probabilities"]
    ph, pl = p[:, classes.index("hostile_tone")], p[:, classes.index("legal_risk")]
    index = {t: i for i, t in enumerate(texts)}
    # per distinct sentence: hostile label (over a hostile clause anywhere), set, cued
    sets = sorted({dd["set"] for dd in drafts})
    y = np.zeros(len(texts), int)
    group = np.full(len(texts), -1)
    cued = np.zeros(len(texts), bool)
    opened = np.ones(len(texts), bool)
    for dd in drafts:
        hostile = [x["match"] for x in dd["expected"] if x["kind"] == "hostile_tone"]
        for (s, e), t, c in zip(dd["spans"], dd["scored"], dd["cued"], strict=True):
            i = index[t]
            group[i] = sets.index(dd["set"]) if group[i] < 0 else group[i]
            cued[i] = c
            for m in hostile:
                for f in re.finditer(re.escape(m), dd["text"]):
                    if f.start() < e and s < f.end():
                        y[i] = 1
    if only_open:
        from openline.guidance.detectors.wording import reachable_kinds

        opened = np.array([bool(reachable_kinds(t, {"hostile_tone": H})) for t in texts])
    base_flag = (ph >= H) | (cued & (ph >= HC))
    legal_flag = pl >= L
    dense = arrays["vectors"]
    small = np.hstack([logit(ph)[:, None], logit(pl)[:, None], np.array([hand(t) for t in texts])])
    full = np.hstack([small, dense])
    # calib0: without the legal logit, the hostile one clipped (a per-sentence threshold)
    small0 = np.hstack([np.clip(logit(ph), -10, 10)[:, None], small[:, 2:]])

    def tally(flag: np.ndarray, which: set[int]) -> tuple[int, int, int, int]:
        """(hostile clauses found, of, clean drafts flagged by the head, clean drafts)."""
        found = total = alarms = clean = 0
        for dd in drafts:
            if sets.index(dd["set"]) not in which:
                continue
            rows = [(s, e, index[t]) for (s, e), t in zip(dd["spans"], dd["scored"], strict=True)]
            if not dd["expected"]:
                clean += 1
                if not dd["patterns"] and any(flag[i] or legal_flag[i] for _, _, i in rows):
                    alarms += 1
                continue
            for x in dd["expected"]:
                if x["kind"] != "hostile_tone":
                    continue
                for f in re.finditer(re.escape(x["match"]), dd["text"]):
                    total += 1
                    a, b = f.start(), f.end()
                    pat = any(k == "hostile_tone" and ps < b and a < pe
                              for k, ps, pe in dd["patterns"])  # fmt: skip
                    head = any(flag[i] for s, e, i in rows if s < b and a < e)
                    found += pat or head
                    break
        return found, total, alarms, clean

    everything = set(range(len(sets)))
    b = tally(base_flag, everything)
    print(f"sets {sets}; sentences {len(texts)}, hostile {y.sum()}, open {opened.sum()}")
    print(f"shipped: hostile {b[0]}/{b[1]} ({b[0] / b[1]:.1%}), clean flagged by head "
          f"{b[2]}/{b[3]}")  # fmt: skip
    for name in args[1:]:
        x = small0 if name.startswith("calib0") else small if name.startswith("calib") else full
        added = np.zeros(len(texts), bool)
        per_set = []
        pooled_scores = np.full(len(texts), -np.inf)
        for g in range(len(sets)):
            train = [h for h in range(len(sets)) if h != g]
            # τ inside the training sets: leave one of them out again
            inner = np.full(len(texts), -np.inf)
            for h in train:
                fit_on = np.isin(group, [k for k in train if k != h])
                m = model(name).fit(x[fit_on], y[fit_on])
                inner[group == h] = decision(m, x[group == h])
            # the (BUDGET + 1)-th highest best sentence of a clean draft no pattern, legal
            # score or shipped hostile score flags already: τ just above it
            best = []
            for dd in drafts:
                if dd["expected"] or dd["patterns"] or sets.index(dd["set"]) not in train:
                    continue
                rows = [index[t] for t in dd["scored"]]
                if any(base_flag[i] or legal_flag[i] for i in rows):
                    continue
                best.append(max((inner[i] for i in rows if opened[i]), default=-np.inf))
            best.sort(reverse=True)
            tau = best[BUDGET] + 1e-6 if len(best) > BUDGET else -np.inf
            m = model(name).fit(x[np.isin(group, train)], y[np.isin(group, train)])
            scores = decision(m, x[group == g])
            pooled_scores[group == g] = scores
            added[group == g] = (scores >= tau) & opened[group == g]
            per_set.append(tau)
        flag = base_flag | added
        if "--show" in sys.argv:  # read sets only: the sentences the second head added
            for i in np.flatnonzero(added & ~base_flag):
                print(f"  + {sets[group[i]]} {'HOSTILE' if y[i] else 'other'} "
                      f"p={ph[i]:.3f} {texts[i][:110]!r}")  # fmt: skip
        r = tally(flag, everything)
        print(f"{name}: hostile {r[0]}/{r[1]} ({r[0] / r[1]:.1%}), clean flagged by head "
              f"{r[2]}/{r[3]}; τ per set {[round(float(t), 2) for t in per_set]}")  # fmt: skip
        for g, s in enumerate(sets):
            rb, rr = tally(base_flag, {g}), tally(flag, {g})
            print(f"  {s}: hostile {rb[0]} → {rr[0]} of {rb[1]}, clean {rb[2]} → {rr[2]}"
                  f" of {rb[3]}")  # fmt: skip
        if "--write" in sys.argv and name.startswith("calib0"):
            # the shipped constants: fitted on every set; τ just above the best out-of-set score
            # of a clean draft nothing else flags (budget 0 over all seven sets)
            best = []
            for dd in drafts:
                if dd["expected"] or dd["patterns"]:
                    continue
                rows = [index[t] for t in dd["scored"]]
                if any(base_flag[i] or legal_flag[i] for i in rows):
                    continue
                best.append(max((pooled_scores[i] for i in rows if opened[i]), default=-np.inf))
            best.sort(reverse=True)
            tau_all = best[BUDGET] + 1e-6
            m = model(name).fit(x, y)
            scaler, lr = m[0], m[-1]
            weights = lr.coef_[0] / scaler.scale_
            bias = lr.intercept_[0] - float(weights @ scaler.mean_)
            print(f"WEIGHTS = {[round(float(w), 6) for w in weights]}")
            print(f"BIAS = {bias:.6f}\nTAU = {tau_all:.6f}")
            r = tally(base_flag | ((pooled_scores >= tau_all) & opened), everything)
            print(f"  pooled at TAU: hostile {r[0]}, clean {r[2]}")
        # the pooled trade, descriptive: out-of-set scores at fixed τ
        for t in (2.0, 1.0, 0.0, -1.0):
            rt = tally(base_flag | ((pooled_scores >= t) & opened), everything)
            print(f"  pooled τ {t:+.1f}: hostile {rt[0]}, clean {rt[2]}")


if __name__ == "__main__":
    main()
