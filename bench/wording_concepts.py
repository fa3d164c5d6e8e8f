"""Writer-independent speech-act concepts of an English sentence for hostile tone (session 23,
wording-v18, issue 13; the German tuner's idea of session 22, bench/german_reader_concepts.py):
who is addressed, blame put on the reader, counterfactual and lecturing modals, dismissive
particles, repetition, "not our problem", rhetorical questions, sarcasm markers, scare quotes,
"it's an X, not a Y", emoji after a criticism. Written from English grammar and everyday
wording, not from a read writer's sentences.

    export WORDING_LOWO_DIR=/tmp/wording-v18/lowo
    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/wording_lowo.py collect
    … bench/wording_lowo.py score lin:shipped=src/openline/language/data/wording_heads.npz
    … bench/wording_concepts.py gate --writers W1,W2,…   # the second-stage gate by LOWO
    … bench/wording_concepts.py alarms --writers …        # clean sentences by concept count

`gate`: a sentence no hostile pattern marks is reported hostile when the head's score reaches
the shipped threshold, or (the gate) when it reaches a lower one and the sentence holds at least
k concepts. (lower threshold, k) is chosen per held-out writer on the other writers by the
LOWO rule of bench/wording_lowo.py: the highest tone recall whose head-only alarms on clean
drafts are no more than the shipped threshold's. Scores are the stored `score` ones: fair only
for writers the scoring head never learnt from.
"""

import argparse
import json
import re
import sys
from pathlib import Path

import numpy as np

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))


def _w(*words: str) -> re.Pattern[str]:
    return re.compile(r"(?i)\b(?:" + "|".join(words) + r")\b")


_YOU = r"(?:you|u|ya)"
CONCEPTS: dict[str, re.Pattern[str]] = {
    # the reader as subject or owner
    "you": _w("you", "your", "you're", "you've", "you'd", "yourself", "u", "op"),
    # someone mocked in the third person
    "them": _w(
        "some people", "people who", "people like", "this guy", "whoever", "folks who",
        r"to the \w+ who", "anyone who", "those who",
    ),
    # what the reader did wrong, said of them
    "blame": re.compile(
        rf"(?i)\b(?:{_YOU} (?:forgot|failed|didn't|did not|ignored|missed|chose|decided|signed"
        r"|agreed|broke|dropped|lost|never|couldn't be bothered|can't be bothered|clearly"
        r"|obviously|apparently)|because you|your (?:own )?(?:fault|mistake|problem|choice)"
        r"|user error|on you\b)"
    ),
    # what the reader should have done
    "counterfactual": re.compile(
        r"(?i)\b(?:if you'd|if you had|had you|you should(?:n't|'ve| not)? have|you should've"
        r"|you could(?:'ve| have)|you would(?:'ve| have) known|if you (?:actually|just|bothered"
        r"|read|looked|checked))"
    ),
    # telling the reader how to behave
    "lecture": re.compile(
        r"(?i)\b(?:next time|maybe try|try (?:to|being|reading|not)|please read|read the"
        r"|learn to|before (?:posting|clicking|complaining|asking|replying)|(?:it's|it is) not"
        r" (?:that )?hard|basic stuff|in bold|try again|pay attention|keep up)\b"
    ),
    # particles that belittle
    "particle": _w(
        "just", "simply", "obviously", "literally", "clearly", "actually", "seriously",
        "honestly", "even", "somehow",
    ),
    # having said it before
    "repeat": re.compile(
        r"(?i)\b(?:already|twice|three times|(?:second|third|fourth|fifth|last|umpteenth|nth)"
        r" time|again|repeat(?:ing)? myself|same question|told you|explained)\b"
    ),
    # none of our business
    "not_ours": re.compile(
        r"(?i)\b(?:not (?:our|my) (?:problem|job|fault|concern|responsibility)|take it up with"
        r"|tough luck|deal with it|sort (?:it|your own)|your problem|not your \w+"
        r"|somewhere else|elsewhere)\b"
    ),
    # a question that expects no answer
    "rhetorical": re.compile(
        r"(?i)(?:\b(?:did you|do you|have you|what did you|why would you|you do realise"
        r"|you do realize|who|how hard)\b[^?]*\?|\b\w+\?\s*$|, right\?|\?\?)"
    ),
    # sarcasm's usual markers
    "sarcasm": re.compile(
        r"(?i)(?:\b(?:wow|congrats|congratulations|riveting|ah yes|oh (?:great|sure|wow|look|no)"
        r"|lol|lmao|good luck with that|shocking|what a surprise|bless|genius|never gets old"
        r"|thanks for the|how (?:nice|lovely|cute)|sure,|imagine|cool story|noted)\b)"
    ),
    # a word held at arm's length
    "scare_quotes": re.compile(
        r"[\"\u201c'\u2018][^\"\u201d'\u2019\s]{2,20}(?: [^\"\u201d'\u2019\s]{1,20}){0,2}"
        r"[\"\u201d'\u2019]"
    ),
    # "it's a wetsuit, not a spacesuit", "that's called weather"
    "contrast": re.compile(
        r"(?i)\b(?:(?:it's|it is|we're|we are|this is|that's) (?:a |an |the )?\w+, not"
        r"|(?:it's|that's|this is) called)\b"
    ),
    # an emoji that comments
    "emoji": re.compile("[\U0001f644\U0001f643\U0001f609\U0001f602\U0001f923\U0001f937"
                        "\U0001f60f\U0001f485\U0001f921\U0001f44f\U0001f612\U0001f611]"),
    # negation (criticism is often a denial)
    "negation": _w("not", "no", "never", "n't", "nothing", "none", "nobody"),
}  # fmt: skip
# Concepts that say something about tone (negation alone says nothing).
TONE = tuple(k for k in CONCEPTS if k != "negation")
# Friendly or reassuring words, against a hostile reading.
FRIENDLY = re.compile(
    r"(?i)\b(?:sorry|apolog\w*|thanks? you|thank you|happy to|glad|please don't worry|no worries"
    r"|don't worry|hope|welcome|appreciate|understand|totally get|great question)\b"
)


def flags(sentence: str) -> dict[str, bool]:
    return {k: bool(p.search(sentence)) for k, p in CONCEPTS.items()}


# The concepts that alone lean hostile (over every read writer, at least three times as common
# in a hostile sentence no pattern marks as in a clean draft's sentence); the reader as subject,
# a particle and scare quotes count only together.
STRONG = (
    "them", "blame", "lecture", "repeat", "not_ours", "rhetorical", "sarcasm", "contrast",
    "emoji", "counterfactual",
)  # fmt: skip


def count(sentence: str) -> int:
    f = flags(sentence)
    return (
        sum(f[k] for k in STRONG) + (f["particle"] and f["you"]) + (f["scare_quotes"] and f["you"])
    )


# ---------------------------------------------------------------- evaluating


def load(writers: list[str], tag: str) -> tuple[dict, dict]:
    from wording_lowo import OUT, Prepared

    all_drafts = json.loads((OUT / "drafts.json").read_text())
    prepared = {w: Prepared(all_drafts[w]) for w in writers}
    scores = {w: np.load(OUT / f"scores-{tag}-{w}.npz")["p"] for w in writers}
    return {w: all_drafts[w] for w in writers}, {"prep": prepared, "scores": scores}


THRESHOLD = 0.985
LOWS = (0.985, 0.97, 0.95, 0.9, 0.8, 0.7, 0.5, 0.3)
KS = (1, 2, 3, 4)


def outcome(prep, p: np.ndarray, counts: np.ndarray, low: float, k: int) -> tuple[int, int]:
    """(tone clauses found, clean drafts flagged by the head alone) at the gate (low, k)."""
    hit = (p[:, 1] >= THRESHOLD) | ((p[:, 1] >= low) & (counts >= k))
    legal = p[:, 0] >= 0.93
    legal[prep.refused] = False
    found = 0
    for (kind, pat, over), _ in zip(prep.items, range(len(prep.items)), strict=True):
        if kind == 1:
            found += pat or bool(over and hit[over].any())
    alarms = sum(
        1
        for flagged, s in zip(prep.flagged, prep.clean_sentences, strict=True)
        if not flagged and s and (hit[s].any() or legal[s].any())
    )
    return found, alarms


def gate(writers: list[str], tag: str, verbose: bool) -> None:
    drafts, data = load(writers, tag)
    counts = {
        w: np.array([count(s) for d in drafts[w] for s in d["scored"]], dtype=int) for w in writers
    }
    table = {
        w: {
            (low, k): outcome(data["prep"][w], data["scores"][w], counts[w], low, k)
            for low in LOWS
            for k in KS
        }
        for w in writers
    }
    base_found = base_alarms = found = alarms = total = 0
    for held in writers:
        others = [w for w in writers if w != held]
        limit = sum(table[w][(THRESHOLD, 1)][1] for w in others)
        best, best_recall = (THRESHOLD, 1), -1.0
        for key in table[held]:
            if sum(table[w][key][1] for w in others) > limit:
                continue
            recall = sum(
                table[w][key][0] / data["prep"][w].total[1]
                for w in others
                if data["prep"][w].total[1]
            )
            if recall > best_recall + 1e-9:
                best, best_recall = key, recall
        b, g = table[held][(THRESHOLD, 1)], table[held][best]
        tot = int(data["prep"][held].total[1])
        base_found += b[0]
        base_alarms += b[1]
        found += g[0]
        alarms += g[1]
        total += tot
        print(f"  {held:11s} gate {best}: tone {b[0]}/{tot} → {g[0]}/{tot}, head-only alarms "
              f"{b[1]} → {g[1]} of {data['prep'][held].clean}")  # fmt: skip
    print(f"pooled: tone {base_found}/{total} → {found}/{total}, alarms {base_alarms} → {alarms}")
    if verbose:
        for key in sorted(table[writers[0]]):
            f = sum(table[w][key][0] for w in writers)
            a = sum(table[w][key][1] for w in writers)
            print(f"  all writers at {key}: tone {f}, alarms {a}")


def main() -> None:
    import os

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    import django

    django.setup()
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("command", choices=["gate"])
    parser.add_argument("--writers", required=True)
    parser.add_argument("--tag", default="lin_shipped")
    parser.add_argument("-v", action="store_true")
    o = parser.parse_args()
    gate(o.writers.split(","), o.tag, o.v)


if __name__ == "__main__":
    main()
