"""Writes bench/german_reader_drafts.jsonl: the labelled sentences of the read German guidance sets
(drafts_de, de3 … de15, valid5_de; de11, de12 and de13 added in session 20, german-v15, when all
three were read sets; de14 added in session 21, german-v16; de15 in session 22, german-v17; de16
(read since session 23) and de17 (read since session 24) added in session 24, german-v19; de18
(read since session 25) with --with-de18 (session 25, german-v20, measured, not shipped); de19
(read since session 26) with --with-de19; de20 (read since session 27) and de21 (read since
session 28) with --with-de21 (session 28, german-wording-v23, measured, not shipped); de22 (session
28's check, read since session 29) with --with-de22; de23 is session 29's check and de24
untouched: neither of those two may be added), which
bench/german_reader_corpus.py adds to the German reader's corpus (branch german-reader, session 17;
docs/decisions.md "Session 17, german-reader").

As bench/wording_corpus_drafts.py does for English: each sentence is what the German reader
reads (detectors.wording.sentences and scored_text, of drafts that german.looks_german accepts),
labelled "legal_risk" or "hostile_tone" when it overlaps an expected clause of that kind (legal
first), else "none", with its set (each German set was written by one writer, so `set` is the
writer for leave-one-writer-out). The evaluation companies' names are replaced by invented ones.
Run from the repository root:

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/german_reader_drafts.py
    ... --out /tmp/read.jsonl     # elsewhere (to measure before replacing the committed file)
    ... --before-de19             # without de19 (session 25's candidate, german-v20)
    ... --before-de18             # without de18 and de19 (the reader of sessions 24 and 25)
    ... --with-de20               # with de20 too (read since session 27)
    ... --with-de21               # with de20 and de21 (session 28, german-wording-v23, measured)
    ... --with-de22               # with de20, de21 and de22 (session 29, german-wording-v24)
    ... --before-de20             # without de20 … de22 (the reader of sessions 26 to 29)

By default (since session 29, german-wording-v24p) with de18 … de22; `--with-de28` adds de23 …
de28 (all read since session 34; session 35, german-tone-v30: measured, judged, not kept — see
docs/decisions.md); `--with-de29` adds de29 too (read since session 36; session 36,
german-reader-v31); `--with-de30` adds de30 too (read since session 37; session 37,
german-reader-v32).
"""

import json
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

from wording_corpus_drafts import COMPANY_NAMES, renamer  # noqa: E402
from wording_corpus_drafts import rows as sentence_rows  # noqa: E402

OUT = HERE / "german_reader_drafts.jsonl"
SETS = (
    "de", "de3", "de4", "de5", "de6", "de7", "de8", "de9", "de10", "de11", "de12", "de13",
    "de14", "de15", "de16", "de17", "valid5_de",
)  # fmt: skip
# Session 25 (german-v20): de18 too, with --with-de18 (the reader trained on it and on the blind
# batches 25a/25b was measured and left out: docs/decisions.md, "Session 25, german-v20").
SETS_WITH_DE18 = (*SETS[:-1], "de18", "valid5_de")
# Session 26: de19 too, with --with-de19 (read since session 26).
SETS_WITH_DE19 = (*SETS[:-1], "de18", "de19", "valid5_de")
# Session 27: de20 too, with --with-de20 (read since session 27).
SETS_WITH_DE20 = (*SETS[:-1], "de18", "de19", "de20", "valid5_de")
# Session 28: de20 and de21 too, with --with-de21 (de21 read since session 28).
SETS_WITH_DE21 = (*SETS[:-1], "de18", "de19", "de20", "de21", "valid5_de")
# Session 29: de22 too, with --with-de22 (read since session 29, session 28's check).
SETS_WITH_DE22 = (*SETS[:-1], "de18", "de19", "de20", "de21", "de22", "valid5_de")
# Session 35 (german-tone-v30): de23 … de28 too, with --with-de28 (all read since session 34).
SETS_WITH_DE28 = (*SETS_WITH_DE22[:-1], "de23", "de24", "de25", "de26", "de27", "de28", "valid5_de")
# Session 36 (german-reader-v31): de29 too, with --with-de29 (read since session 36).
SETS_WITH_DE29 = (*SETS_WITH_DE28[:-1], "de29", "valid5_de")
# Session 37 (german-reader-v32): de30 too, with --with-de30 (read since session 37).
SETS_WITH_DE30 = (*SETS_WITH_DE29[:-1], "de30", "valid5_de")
# The German sets' companies that wording_corpus_drafts.py does not rename: invented names used
# nowhere else.
NAMES = {
    **COMPANY_NAMES, "glasmond": "Wetterau", "zwirnhaus": "Lindgraf", "saitenhof": "Brakelsee",
    # session 20 (german-v15)
    "talwind": "Kesselau", "kurvenfeld": "Sattelbrück", "lenkwerk": "Weidenkamp",
    "hofmark": "Ulmenried", "wellenkamm": "Dornwies", "tretwerk": "Pfeilring",
    "lindenquell": "Eschengrund",
    # session 21 (german-v16)
    "hopfenkiste": "Gerstenhain", "schlotwacht": "Kaminau", "kelterhaus": "Rebstadel",
    "glutstein": "Ofenried",
    # session 22 (german-v17)
    "wiegenwerk": "Krippental", "sattelgrund": "Hufeland", "hubwerk": "Schachtberg",
    "reedwater": "Schilfbucht",
    # session 24 (german-v19): de16 (the names german-v18 chose) and de17
    "grindwell": "Mahlbrunn", "pfotenhain": "Krallenbach", "kieselweg": "Geröllstein",
    "lichtmuehle": "Kerzenried", "lichtmühle": "Kerzenried",
    "morgenkurier": "Frühbote", "scherenwerk": "Kammeck", "schaumwerk": "Perlwasch",
    "riffkante": "Tiefsaum",
    # session 25 (german-v20): de18
    "klangwart": "Tonbrunn", "wabenhof": "Bienmoor", "kesselkraft": "Heizgrund",
    "tellerwerk": "Schüsselhain",
    # session 26 (german-v21): de19
    "lodenkranz": "Wollgrat", "wischgut": "Fegstein", "teewald": "Rasenholm",
    "sanguell": "Serumtal",
    # session 27: de20
    "brettlund": "Bohlenried", "lauschwerk": "Hörnau", "walzerhof": "Tanzbrück",
    "federwerk": "Spiralfeld",
    # session 28 (german-wording-v23): de21
    "donaufunk": "Stromruf", "brunnmatt": "Quellwiese", "schrittmass": "Gangwaage",
    "schrittmaß": "Gangwaage", "auenkiel": "Uferbug",
    # session 29 (german-wording-v24): de22 (read since session 29)
    "gripstone": "Rillkiesel", "feinmark": "Barrenhag", "lagerfunke": "Zeltglimm",
    "losfink": "Trommelspatz",
    # session 35 (german-tone-v30): de23 … de28 (all read since session 34)
    "plumeway": "Federsteg", "kerbforge": "Kerbhütte", "tilgwerk": "Ratenhof",
    "wehrfeld": "Dammried", "oculane": "Blickau", "lirafort": "Harfeneck",
    "stubenrecht": "Kammerhain", "querruder": "Flügelsee", "pinlark": "Nadelhag",
    "jahrbogen": "Ringstett", "schnittfest": "Klingmoor", "traglast": "Hebewies",
    "rochadia": "Zugbrett", "tastlicht": "Fühlschein", "zapfwerk": "Hahnquell",
    "loetfeld": "Zinnau", "lötfeld": "Zinnau", "kreisgut": "Rundacker", "nebelgard": "Dunstfeld",
    "kiekwind": "Schauböe", "stollmatt": "Grubwies", "sheenwick": "Glanzbach",
    "swirlmere": "Wirbelsee", "zielkerbe": "Marktkimme", "firnwacht": "Schneewarte",
    # session 36 (german-reader-v31): de29 (read since session 36)
    "haulwick": "Lastrad", "kinloom": "Stammfaden", "gamsleiten": "Steinbockhang",
    "sennrueti": "Almkessel", "sennrüti": "Almkessel",
    # session 37 (german-reader-v32): de30 (read since session 37)
    "combwell": "Kammquell", "ploverly": "Regenpfeif", "deichselhof": "Zugstangau",
    "bandenhaus": "Bordwandheim",
}  # fmt: skip
rename = renamer(NAMES)


def rows(sets: tuple[str, ...] = SETS) -> list[dict[str, str]]:
    return sentence_rows(sets, german=True, rename=rename)


if __name__ == "__main__":
    out = Path(sys.argv[sys.argv.index("--out") + 1]) if "--out" in sys.argv else OUT
    # Session 26 (german-v21): the shipped file holds de18 and de19 (--before-de18 and
    # --before-de19 rebuild the earlier files).
    # Session 28 (german-wording-v23): --with-de21 adds de20 and de21 (the reader trained on them
    # and the skeleton was measured and not shipped); the shipped file still holds de … de19.
    # Session 29 (german-wording-v24): --with-de22 adds de20, de21 and de22.
    # Session 29 (german-wording-v24p): the shipped file holds de20, de21 and de22 (candidate P);
    # --before-de20 rebuilds the file of sessions 26 to 29.
    if "--before-de20" in sys.argv:
        corpus = rows(SETS_WITH_DE19)
    elif "--with-de30" in sys.argv:
        corpus = rows(SETS_WITH_DE30)
    elif "--with-de29" in sys.argv:
        corpus = rows(SETS_WITH_DE29)
    elif "--with-de28" in sys.argv:
        corpus = rows(SETS_WITH_DE28)
    elif "--with-de22" in sys.argv:
        corpus = rows(SETS_WITH_DE22)
    elif "--with-de21" in sys.argv:
        corpus = rows(SETS_WITH_DE21)
    elif "--with-de20" in sys.argv:
        corpus = rows(SETS_WITH_DE20)
    elif "--before-de18" in sys.argv:
        corpus = rows(SETS)
    elif "--before-de19" in sys.argv:
        corpus = rows(SETS_WITH_DE18)
    else:
        corpus = rows(SETS_WITH_DE22)
    out.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus), "utf-8")
    counts = {
        k: sum(r["label"] == k for r in corpus) for k in ("legal_risk", "hostile_tone", "none")
    }
    print(f"{len(corpus)} sentences in {out}: {counts}")
