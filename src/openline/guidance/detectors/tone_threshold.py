"""A hostile-tone threshold per sentence, learnt from how the sentence is said (session 35,
tone-head-v30, issue 13).

The wording head's hostile score counts at 0.9879 (0.95 with a tone cue) whatever the sentence;
but the same score means more in a sentence addressed to the reader with a lecture, a scare quote
or an emoji that comments than in a neutral one. A logistic regression on the head's hostile
log-odds (clipped to ±LOGIT_CLIP) and twelve cheap features of the sentence (second person,
first person, an imperative start, a question, exclamation marks, an emoji, a quoted word, a
word in capitals, an ellipsis, its length, a belittling particle, a softener such as "sorry" or
"thanks") plus tone_cues' twelve cues was fitted on the read English writers the head never
learnt from (bench/tone_head_lcso.py, leave one set of writers out). It reports a sentence when
its score reaches TAU; as the log-odds' weight is positive, that is a threshold on the head's
score for this sentence, `threshold(sentence)`, which no embedding is needed to compute: the
check's gates ask whether the head's score could reach it, as they ask for the fixed one.

The threshold never rises above the shipped one and never falls below FLOOR."""

import math
import re

import numpy as np

from .tone_cues import READER, cues

LOGIT_CLIP = 10.0
FLOOR = 0.5  # no sentence's threshold below this, whatever its features

_WE = re.compile(r"\b(?:we|our|us|i|i'm|i've|we're|we'll|i'll)\b")
_IMPERATIVE = re.compile(
    r"^\W*(?:please |just |maybe |perhaps )?(?:read|check|try|look|use|stop|learn|make|go|google"
    r"|scroll|click|contact|do|don't|keep|calm|relax|follow|consider|remember|note|bear|think"
    r"|see|ask|take|put|plug|turn|charge|wait|buy|get)\b"
)
_PARTICLE = re.compile(r"\b(?:just|simply|obviously|literally|clearly|actually|seriously|even)\b")
_SOFT = re.compile(r"\b(?:sorry|apolog\w*|thank\w*|appreciate|happy to|glad|welcome|hope)\b")
_QUOTED = re.compile(r"[\"\u201c'\u2018][^\"\u201d'\u2019\s]{2,20}[\"\u201d'\u2019]")
_CAPS = re.compile(r"\b[A-Z]{3,}\b")
_WORD = re.compile(r"\w+")
CUE_NAMES = (
    "them", "blame", "counterfactual", "lecture", "not_ours", "rhetorical", "sarcasm",
    "contrast", "emoji", "repeat", "particle", "scare_quotes",
)  # fmt: skip


def features(sentence: str) -> list[float]:
    """The sentence's features after the head's log-odds, in the order of WEIGHTS[1:]."""
    low = sentence.lower().replace("\u2019", "'")
    named = set(cues(sentence))
    return [
        min(len(READER.findall(low)), 3), min(len(_WE.findall(low)), 3),
        float(bool(_IMPERATIVE.search(low))), float("?" in sentence),
        min(sentence.count("!"), 3), float(any(ord(c) > 0x1F000 for c in sentence)),
        float(bool(_QUOTED.search(sentence))), float(bool(_CAPS.search(sentence))),
        float("..." in sentence or "\u2026" in sentence), math.log1p(len(_WORD.findall(low))),
        float(bool(_PARTICLE.search(low))), float(bool(_SOFT.search(low))),
        *(float(n in named) for n in CUE_NAMES),
    ]  # fmt: skip


# Fitted by `bench/tone_head_lcso.py DIR --open --write calib0` on the 18,172 sentences of
# holdout22 (writers b and c) … holdout28 (bench/README.md, "Session 35, tone-head-v30"): per
# feature in raw units, the head's clipped log-odds first; TAU is just above the best
# out-of-set score of a clean draft nothing else flags (no clean draft more on those sets).
WEIGHTS = np.array(
    [
        0.508673, 0.382545, 0.119625, 0.89443, 0.426414, -2.984309, 0.261394, -0.504112,
        -1.478614, -5.578454, -0.63348, -0.5256, -0.772027, 2.359482, 1.072028, -0.563366,
        -1.260636, -1.064375, -1.928122, 0.990476, 0.366662, -0.462085, 0.521637, 0.075459,
        0.08771,
    ]
)  # fmt: skip
BIAS = 3.183064
TAU = 4.600177


def threshold(sentence: str, fixed: float) -> float:
    """The hostile score at which the sentence is reported: the lower of `fixed` (the shipped
    threshold that applies to it) and the score at which the learnt regression reaches TAU, but
    never below FLOOR."""
    rest = BIAS + float(WEIGHTS[1:] @ np.array(features(sentence)))
    needed = (TAU - rest) / WEIGHTS[0]  # the head's log-odds at which the regression says so
    if needed >= LOGIT_CLIP:
        return fixed
    learnt = 1.0 / (1.0 + math.exp(-needed))
    return max(FLOOR, min(fixed, learnt))
