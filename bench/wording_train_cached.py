"""Trains the wording head on the shipped corpus as `openline language train --heads wording`
does (training.train_wording, the same rows, C and form), with the embeddings taken from
bench/wording_lowo.py's cache instead of embedding ~45,000 sentences again (session 20,
wording-v15: on a shared machine the command's embedding alone takes half an hour). Texts not
in the cache are embedded and added to it. The vectors are the product embedder's, computed in
batches of 64; the command embeds in its own batches, so its head can differ from this one in
the last bits of a float (the padding of a batch), not in what it learnt.

    WORDING_LOWO_DIR=/tmp/wv15/lowo PYTHONPATH=src SECRET_KEY=x \\
        .venv/bin/python bench/wording_train_cached.py [OUT.npz [CORPUS.jsonl]]

Without OUT it writes src/openline/language/data/wording_heads.npz and prints its SHA-256, to
pin as wording.HEADS_SHA256 (then `bench/wording_gate.py --write-reach` for the reach).
"""

import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")


def main() -> None:
    import django

    django.setup()
    from wording_lowo import Store

    from openline.language import training, wording

    # a second argument: another corpus file (session 30: a candidate's, written outside src/)
    corpus = Path(sys.argv[2]) if len(sys.argv) > 2 else training.WORDING_CORPUS_PATH
    rows = training.load_corpus(corpus)
    vectors = Store().get([r["text"] for r in rows])
    arrays = training.train_wording(rows, embeddings=vectors)
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else wording.HEADS_PATH
    digest = training.save(arrays, out)
    print(f"{out}: {len(arrays['vocabulary'])} terms, SHA-256 {digest}")


if __name__ == "__main__":
    main()
