"""Writes the German reader's corpus: bench/german_reader_corpus.jsonl (the sentences written for
it, bench/german_reader_corpus_bodies.py, expanded) and
src/openline/language/data/german_wording_train.jsonl (those and the read German sets' sentences,
bench/german_reader_drafts.jsonl), which `openline language train --heads german` learns from.

Each template is expanded over its alternatives ("{Sie|du}") and the company and customer slots,
at most VARIANTS sentences per template, chosen with a fixed seed: the same file every run.

    PYTHONPATH=src .venv/bin/python bench/german_reader_corpus.py
    ... --with-blind24                      # with session 24's blind sentences (below; shipped)
    ... --with-blind25a --with-blind25b     # with session 25's blind batches (BLIND25)
    ... --with-blind26                      # with session 26's batch (in BLIND25 too)
    ... --with-blind28                      # with session 28's batch (in BLIND25 too)
    ... --with-blind29                      # with session 29's batch (in BLIND25 too; shipped)
    ... --with-blind30                      # with session 30's batch (in BLIND25 too)
    ... --clean-weight 2                    # the written clean sentences weighted (CLEAN_WEIGHT)
    ... --corpus-out /tmp/corpus.jsonl      # the written sentences only, elsewhere (to measure)

bench/german_reader_blind24.jsonl (session 24): 918 German sentences (203 legal_risk, 203
hostile_tone, 512 none) in 30 trades no evaluation company is in, each with its trade and
channel, written by hand by a helper writing blind (branch corpus-de24, commit eeb65194,
SHA-256 2d102f28…; its brief is the lead's), copied unchanged.
They are added (WITH_BLIND24) after the templates' sentences, as they are (no expansion), so
that every earlier sentence is unchanged (docs/decisions.md, "Session 24, german-v19").
"""

import itertools
import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from german_reader_corpus_bodies import (  # noqa: E402
    CLEAN,
    CLEAN_V13,
    CLEAN_V15,
    CLEAN_V16,
    HOSTILE,
    HOSTILE_V13,
    LEGAL,
    LEGAL_V13,
)

OUT = HERE / "german_reader_corpus.jsonl"
BLIND24 = HERE / "german_reader_blind24.jsonl"
# Session 25 (german-v20): the next blind batches, by other helpers writing blind (TUNERS.md);
# session 26's batch too (german-v21; copied unchanged from branch tonecorpus26).
# Session 28 (german-wording-v23): batch 28 (copied unchanged from /work/wt/, --with-blind28).
# Session 29 (german-wording-v24): batch 29 (committed on main by corpus29de, --with-blind29).
# Session 30 (german-wording-v25): batch 30, clean-heavy (copied as-is from main, --with-blind30).
BLIND25 = {
    b: HERE / f"german_reader_blind{b}.jsonl" for b in ("25a", "25b", "26", "28", "29", "30")
}
TRAIN = HERE.parent / "src" / "openline" / "language" / "data" / "german_wording_train.jsonl"
VARIANTS = 4
# Invented companies in many trades (no evaluation company, not the demo company).
COMPANIES = (
    "Mühlbeck Reisen", "Kranzler Sanitär", "Birkenau Energie", "Ostwind Mobil", "Tannreuth Möbel",
    "Brunnmaier Backstube", "Sonnleit Fitness", "Wiesengrund Tierbedarf", "Rheinauer Fähren",
    "Hollerbach Kosmetik", "Moosgrün Gartencenter", "Fichtl Elektro", "Gamsjoch Bergbahnen",
    "Limmatwerk Velos", "Murblick Hotels", "Quellbrunn Apotheke", "Eichwald Versicherung",
    "Störtebach Reederei", "Kiesling Autovermietung", "Lerchenfeld Kinderwelt",
)  # fmt: skip
NAMES = ("Berger", "Öztürk", "Huber", "Schmid", "Nowak", "Weißenböck", "Gruber", "Kowalski",
         "Meier", "Brunner", "Yilmaz", "Lehmann", "Zürcher", "Pichler")  # fmt: skip
# Session 24 (german-v19): the blind helper's sentences are in the shipped corpus (chosen by
# leave-one-writer-out; False builds the corpus without them, as the reader before).
WITH_BLIND24 = True
# Session 25 (german-v20): which of BLIND25's batches the shipped corpus holds, after blind24's.
# Session 26 (german-v21): 25a, 25b and 26 shipped (docs/decisions.md, "Session 26, german-v21").
# Session 29 (german-wording-v24p): 29 too (candidate P of german-wording-v24).
# Session 30 (german-wording-v25): 30 too (candidate B).
WITH_BLIND25: tuple[str, ...] = ("25a", "25b", "26", "29", "30")
# Session 30 (german-wording-v25): the weight the fit gives each written clean sentence ("none"
# rows, near misses by design), written into its row; 1.0 writes no weight (the rows as before).
CLEAN_WEIGHT = 1.0
_ALTERNATIVES = re.compile(r"\{([^{}]*\|[^{}]*)\}")


def expand(template: str, rng: random.Random) -> list[str]:
    """The template's variants: groups of alternatives with as many options each are linked
    ("{Sie|du} … {sehen|siehst}": the first options together, then the second), other groups
    are combined every way; at most VARIANTS of them, each with a company and a name."""
    parts = _ALTERNATIVES.split(template)
    groups = [p.split("|") for p in parts[1::2]]
    if groups and len({len(g) for g in groups}) == 1:
        picks = [[g[i] for g in groups] for i in range(len(groups[0]))]
    else:
        picks = [list(c) for c in itertools.product(*groups)]
    texts = []
    for pick in picks:
        filled = parts[:]
        filled[1::2] = pick
        texts.append("".join(filled))
    rng.shuffle(texts)
    return [t.replace("{N}", rng.choice(NAMES)).replace("{F}", rng.choice(COMPANIES))
            for t in texts[:VARIANTS]]  # fmt: skip


def rows(
    with_v13: bool = False,
    with_v15: bool = True,
    with_v16: bool = True,
    with_blind24: bool = WITH_BLIND24,
    with_blind25: tuple[str, ...] = WITH_BLIND25,
    clean_weight: float = CLEAN_WEIGHT,
) -> list[dict]:
    """The written sentences; with `with_v13` also session 18's batch (german-v13), drawn after
    the others so that theirs are unchanged. That batch is not in the shipped corpus: judged
    leave-one-writer-out it found no more of other writers' clauses and flagged two more clean
    drafts (bench/README.md, "Session 18, german-v13")."""
    rng = random.Random(17)
    out = []
    batches = [((("hostile_tone", HOSTILE), ("legal_risk", LEGAL), ("none", CLEAN)))]
    if with_v13:
        batches.append(
            (("hostile_tone", HOSTILE_V13), ("legal_risk", LEGAL_V13), ("none", CLEAN_V13))
        )
    if with_v15:
        batches.append((("none", CLEAN_V15),))
    if with_v16:
        # session 21 (german-v16): clean twins of the particles in short questions, colleagues'
        # notes, fees waived by the terms; drawn last so that earlier sentences are unchanged
        batches.append((("none", CLEAN_V16),))
    for batch in batches:
        for label, templates in batch:
            for template in templates:
                out += [{"text": t, "label": label, "set": "corpus"} for t in expand(template, rng)]
    blind = [BLIND24] if with_blind24 else []
    for path in blind + [BLIND25[b] for b in with_blind25]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                # session 25's writers say "clean" where the reader's class is "none"
                label = "none" if row["label"] == "clean" else row["label"]
                out.append({"text": row["text"], "label": label, "set": "corpus"})
    if clean_weight != 1.0:
        out = [{**r, "weight": clean_weight} if r["label"] == "none" else r for r in out]
    return out


if __name__ == "__main__":
    # --with-v13: session 18's batch too, for a trial with bench/german_reader_lowo.py (which
    # reads bench/german_reader_corpus.jsonl); the shipped corpus is built without it.
    own = rows(
        with_v13="--with-v13" in sys.argv[1:],
        with_v15="--without-v15" not in sys.argv[1:],
        with_v16="--without-v16" not in sys.argv[1:],
        with_blind24=WITH_BLIND24 or "--with-blind24" in sys.argv[1:],
        with_blind25=tuple(
            b for b in BLIND25 if b in WITH_BLIND25 or f"--with-blind{b}" in sys.argv[1:]
        ),
        clean_weight=float(sys.argv[sys.argv.index("--clean-weight") + 1])
        if "--clean-weight" in sys.argv
        else CLEAN_WEIGHT,
    )
    if "--corpus-out" in sys.argv:
        elsewhere = Path(sys.argv[sys.argv.index("--corpus-out") + 1])
        elsewhere.write_text(
            "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in own), "utf-8"
        )
        print(f"{len(own)} own sentences in {elsewhere}")
        sys.exit(0)
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in own), "utf-8")
    read = (HERE / "german_reader_drafts.jsonl").read_text(encoding="utf-8")
    TRAIN.write_text(OUT.read_text(encoding="utf-8") + read, "utf-8")
    counts = {k: sum(r["label"] == k for r in own) for k in ("legal_risk", "hostile_tone", "none")}
    print(f"{len(own)} own sentences in {OUT.name} {counts}; {TRAIN.name} adds the read sets'")
