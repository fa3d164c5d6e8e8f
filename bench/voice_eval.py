"""Intent and sentiment of inbound messages, on a labelled file.

    PYTHONPATH=src python bench/voice_eval.py FILE [--compare] [--json]

Each line is {"company", "channel", "text", "intent", "sentiment", ...}. The shipped heads
(openline.language.voice.analyse, the code path of POST /api/v1/analyse) label every text;
reported: intent macro-F1, per-intent F1 and the confusion matrix, sentiment accuracy (also on
question/problem/idea messages only, where it does not follow from the intent), per company,
and throughput (items/s, one process, batches of 32, model already loaded).

--compare also trains variants on the shipped corpus (data/voice_train.jsonl, needs
scikit-learn) and reports them on FILE: sentiment by VADER alone, by the head on embeddings,
by the head on embeddings + VADER scores; intent heads at several C. Use it on dev only.
"""

import argparse
import json
import os
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

INTENTS = ("question", "problem", "complaint", "praise", "idea", "other")
SENTIMENTS = ("negative", "neutral", "positive")
HARD = {"question", "problem", "idea"}


def f1_scores(
    gold: list[str], predicted: list[str], labels: tuple[str, ...] = INTENTS
) -> dict[str, float]:
    out = {}
    for label in labels:
        tp = sum(g == p == label for g, p in zip(gold, predicted, strict=True))
        fp = sum(p == label != g for g, p in zip(gold, predicted, strict=True))
        fn = sum(g == label != p for g, p in zip(gold, predicted, strict=True))
        out[label] = 2 * tp / max(2 * tp + fp + fn, 1)
    return out


def accuracy(gold: list[str], predicted: list[str]) -> float:
    return sum(g == p for g, p in zip(gold, predicted, strict=True)) / max(len(gold), 1)


def report(rows: list[dict], intents: list[str], sentiments: list[str]) -> dict:
    gold_i = [r["intent"] for r in rows]
    gold_s = [r["sentiment"] for r in rows]
    f1 = f1_scores(gold_i, intents)
    sentiment_f1 = f1_scores(gold_s, sentiments, SENTIMENTS)
    hard = [i for i, r in enumerate(rows) if r["intent"] in HARD]
    by_company = {}
    for company in sorted({r.get("company", "?") for r in rows}):
        idx = [i for i, r in enumerate(rows) if r.get("company", "?") == company]
        by_company[company] = {
            "n": len(idx),
            "intent_macro_f1": round(float(np.mean(list(
                f1_scores([gold_i[i] for i in idx], [intents[i] for i in idx]).values()))), 3),
            "sentiment_accuracy": round(accuracy([gold_s[i] for i in idx],
                                                 [sentiments[i] for i in idx]), 3),
        }  # fmt: skip
    confusion: dict[str, Counter] = defaultdict(Counter)
    for g, p in zip(gold_i, intents, strict=True):
        confusion[g][p] += 1
    return {
        "n": len(rows),
        "intent_macro_f1": round(float(np.mean(list(f1.values()))), 3),
        "intent_accuracy": round(accuracy(gold_i, intents), 3),
        "intent_f1": {k: round(v, 3) for k, v in f1.items()},
        "sentiment_accuracy": round(accuracy(gold_s, sentiments), 3),
        "sentiment_macro_f1": round(float(np.mean(list(sentiment_f1.values()))), 3),
        "sentiment_f1": {k: round(v, 3) for k, v in sentiment_f1.items()},
        "sentiment_accuracy_question_problem_idea": round(
            accuracy([gold_s[i] for i in hard], [sentiments[i] for i in hard]), 3),
        "by_company": by_company,
        "confusion": {g: dict(confusion[g]) for g in INTENTS},
    }  # fmt: skip


def print_report(title: str, r: dict) -> None:
    print(f"\n== {title} (n={r['n']})")
    print(f"intent macro-F1 {r['intent_macro_f1']:.3f}  accuracy {r['intent_accuracy']:.3f}")
    print("  per intent F1: " + ", ".join(f"{k} {v:.2f}" for k, v in r["intent_f1"].items()))
    print(f"sentiment accuracy {r['sentiment_accuracy']:.3f}  (question/problem/idea only "
          f"{r['sentiment_accuracy_question_problem_idea']:.3f}), macro-F1 "
          f"{r['sentiment_macro_f1']:.3f}: " + ", ".join(
              f"{k} {v:.2f}" for k, v in r["sentiment_f1"].items()))  # fmt: skip
    for company, c in r["by_company"].items():
        print(f"  {company}: n={c['n']} intent macro-F1 {c['intent_macro_f1']:.3f}, "
              f"sentiment {c['sentiment_accuracy']:.3f}")  # fmt: skip
    print("  confusion (gold -> predicted):")
    for g in INTENTS:
        print(f"    {g:9} " + " ".join(f"{p}:{n}" for p, n in sorted(r["confusion"][g].items())))


def vader_label(compound: float, threshold: float = 0.05) -> str:
    if compound >= threshold:
        return "positive"
    return "negative" if compound <= -threshold else "neutral"


def cached_features(voice, texts: list[str]):
    """Features of texts, kept in the temp dir between runs of --compare (same texts, same
    vectors: the embedder is deterministic)."""
    import hashlib
    import tempfile

    key = hashlib.sha256("\x00".join(texts).encode()).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"voice-features-{key}.npz"
    if path.exists():
        data = np.load(path)
        cleaned = tuple(voice.clean_message(t) for t in texts)
        return voice.Features(data["embeddings"], data["vader"], cleaned)
    f = voice.features(texts)
    np.savez(path, embeddings=f.embeddings, vader=f.vader)
    return f


def compare(rows: list[dict]) -> None:
    from openline.language import training, voice

    corpus = training.load_corpus()
    started = time.monotonic()
    train_f = cached_features(voice, [r["text"] for r in corpus])
    test_f = cached_features(voice, [r["text"] for r in rows])
    print(f"features for {len(corpus)} + {len(rows)} texts in {time.monotonic() - started:.1f} s")
    gold_i = [r["intent"] for r in rows]
    gold_s = [r["sentiment"] for r in rows]

    def predict(head: dict, x: np.ndarray) -> list[str]:
        h = voice.Head(head["weights"], head["bias"], tuple(head["classes"]), head["mean"],
                       head["scale"])  # fmt: skip
        return [h.classes[i] for i in h.probabilities(x).argmax(axis=1)]

    y_i = [r["intent"] for r in corpus]
    y_s = [r["sentiment"] for r in corpus]
    vocab = training.vocabulary(list(train_f.cleaned))
    print(f"{len(vocab)} terms in >= {training.MIN_TERM_COUNT} training texts")
    dense_n = train_f.dense().shape[1]
    variants = {
        "embeddings": (train_f.embeddings, test_f.embeddings, None),
        "emb+VADER": (train_f.dense(), test_f.dense(), None),
    }
    for w in (10.0, 30.0, 100.0):
        variants[f"emb+VADER+terms x{w:g}"] = (
            np.hstack([train_f.dense(), w * bag_of_terms(train_f, vocab, voice)]),
            np.hstack([test_f.dense(), w * bag_of_terms(test_f, vocab, voice)]),
            dense_n,
        )
    variants["terms only"] = (
        bag_of_terms(train_f, vocab, voice),
        bag_of_terms(test_f, vocab, voice),
        0,
    )
    variants.pop("embeddings")
    print("\nintent macro-F1 by C:")
    for name, (xtr, xte, dense) in variants.items():
        line = []
        for c in (0.03, 0.1, 0.3, 1.0):
            predicted = predict(training.fit_head(xtr, y_i, c, dense), xte)
            line.append(f"C={c} {np.mean(list(f1_scores(gold_i, predicted).values())):.3f}")
        print(f"  {name:24} " + "  ".join(line))
    print("\nsentiment accuracy:")
    for t in (0.05, 0.3, 0.5):
        labels = [vader_label(v, t) for v in test_f.vader[:, 3]]
        print(f"  VADER alone (|compound| >= {t}): {accuracy(gold_s, labels):.3f}")
    for name, (xtr, xte, dense) in variants.items():
        line = []
        for c in (0.03, 0.1, 0.3, 1.0):
            predicted = predict(training.fit_head(xtr, y_s, c, dense), xte)
            line.append(f"C={c} {accuracy(gold_s, predicted):.3f}")
        print(f"  head on {name:24} " + "  ".join(line))


def bag_of_terms(f, vocab, voice):
    return voice.bag_of_terms(list(f.cleaned), vocab)


RULE = {"complaint": "negative", "praise": "positive"}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file")
    parser.add_argument("--compare", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    import django

    django.setup()
    from openline.language import voice

    rows = [json.loads(line) for line in Path(args.file).read_text().splitlines() if line.strip()]
    if args.compare:
        compare(rows)
        return
    voice.analyse(["warm-up"])
    started = time.monotonic()
    analyses = []
    for start in range(0, len(rows), 32):
        analyses += voice.analyse([r["text"] for r in rows[start : start + 32]])
    elapsed = time.monotonic() - started
    result = report(rows, [a.intent for a in analyses], [a.sentiment.label for a in analyses])
    result["items_per_second"] = round(len(rows) / elapsed, 1)
    if args.json:
        print(json.dumps(result, indent=2))
        return
    print_report(Path(args.file).name, result)
    print(f"throughput {result['items_per_second']} items/s ({len(rows)} in {elapsed:.1f} s)")


if __name__ == "__main__":
    main()
