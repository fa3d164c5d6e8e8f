"""CPU time of the wording head's scoring (embeddings excluded: same model, same cost) per 2 KB
draft made of holdout7's drafts, for two weight files: what a retrain's larger vocabulary costs
when sentences are not cached (branch wording-v9, issue 13).

    git show b71ddd5:src/openline/language/data/wording_heads.npz > /tmp/old_heads.npz
    PYTHONPATH=src .venv/bin/python bench/wording_head_cost.py /tmp/old_heads.npz
"""

import hashlib
import json
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")
HERE = Path(__file__).resolve().parent


def main() -> None:
    import django

    django.setup()
    from openline.guidance.detectors.wording import scored_text, sentences
    from openline.language import embed, wording

    path = HERE / "eval" / "guidance" / "drafts_holdout7.jsonl"
    drafts = [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    texts = ["\n\n".join(drafts[i : i + 12])[:2048] for i in range(0, len(drafts) - 12, 12)][:20]
    read = [[scored_text(t[s:e]) for s, e in sentences(t)] for t in texts]
    vectors = [embed(ss) for ss in read]
    shipped = wording.HEADS_PATH
    for label, file in (("before", Path(sys.argv[1])), ("after", shipped)) * 2:
        wording.HEADS_PATH = file
        wording.HEADS_SHA256 = hashlib.sha256(file.read_bytes()).hexdigest()
        if hasattr(wording.head, "cache_clear"):
            wording.head.cache_clear()
        h = wording.head()
        started = time.process_time()
        for _ in range(20):
            for ss, v in zip(read, vectors, strict=True):
                h.probabilities(ss, v)
        cpu = (time.process_time() - started) / (20 * len(read))
        per = sum(map(len, read)) / len(read)
        print(f"{label}: {len(h.columns)} terms, {per:.1f} sentences per 2 KB draft, "
              f"{cpu * 1e3:.3f} ms CPU per draft")  # fmt: skip


if __name__ == "__main__":
    main()
