"""Writes bench/wording_corpus_drafts.jsonl: the labelled sentences of the read English guidance
sets (dev, holdout … holdout6, valid5), which bench/wording_corpus.py adds to the wording head's
corpus (branch wording-v6, issue 13; docs/decisions.md "wording-v6").

These ARE evaluation sentences, copied on purpose: leave-one-set-out showed that a head trained
on the corpus plus the other sets' sentences finds clearly more on the set left out than the
corpus alone (bench/README.md, "Wording head v6"). Every set named here is a development set
now and can no longer give an unseen figure; the untouched holdouts (holdout21, de21 and later)
must never be added. Each sentence is what the guidance engine's wording detector reads
(detectors.wording.sentences and scored_text; German drafts are skipped, as the head does not
read them), labelled "legal_risk" or "hostile_tone" when it overlaps an expected clause of that
kind (legal first), else "none". The evaluation companies' names are replaced by invented ones
(COMPANY_NAMES), in every form they are written in (handles, addresses, "@name_help"), so that
the head learns wording, not names, and tests/language/test_wording.py's check of company names
still holds. Frozen like wording_corpus_customers.txt: the corpus does not move when the engine's
sentence splitting or the evaluation files change. holdout6 was added by wording-v7, after the
lead had run it as the session-11 holdout (it is a development set now); holdout7 by wording-v8,
after the lead had run it as the session-12 holdout; holdout8a (holdout8's drafts of writer A's
three companies, SUBSETS) by wording-v9, while holdout8b (writer B's two companies) stays out as
the session-14 tuners' check; holdout9a (writer A's three companies of holdout9) by wording-v10,
while holdout9b stays out as the session-15 check. Session 20 (wording-v15) adds every English
writer read since: holdout8b, holdout9b, holdout10 … holdout13 whole (their checks are read
now) and holdout14a (holdout14's writer a; writers b and c are session 20's check); they are in
the shipped corpus since session 21 (SETS_20, bench/wording_corpus.py). Session 21 (wording-v16)
adds holdout14's writers b and c (session 20's check) and holdout15's writer a (SETS_21; its
writers b and c are session 21's check), in the shipped corpus since (WORDING_CORPUS_SETS21=0
leaves them out). Session 22 (wording-v17) adds holdout15's writers b and c (session 21's check)
and holdout16's writer a (SETS_22; its writers b and c are session 22's check), measured and
not in the shipped corpus (WORDING_CORPUS_SETS22=1 puts them in). Session 24 (wording-v19) adds
holdout16's writers b and c, holdout17 (its three writers) and holdout18's writer a (SETS_24;
read from /work/wt/h18a.jsonl, SOURCES, so that holdout18's writers b and c, session 24's
check, are never loaded; WORDING_CORPUS_SETS24=1 puts them in the corpus). Run from
the repository root:

    PYTHONPATH=src .venv/bin/python bench/wording_corpus_drafts.py
"""

import json
import os
import re
import sys
from collections.abc import Callable, Iterable
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
os.environ.setdefault("SECRET_KEY", "x")

OUT = HERE / "wording_corpus_drafts.jsonl"
SETS = (
    "dev", "holdout", "holdout2", "holdout3", "holdout4", "holdout5", "valid5", "holdout6",
    "holdout7", "holdout8a", "holdout9a",
    # session 20 (wording-v15): the writers read since, holdout14's writer a only (SETS_20)
    "holdout8b", "holdout9b", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14a",
    # session 21 (wording-v16): holdout14's writers b and c (session 20's check) and holdout15's
    # writer a (SETS_21)
    "holdout14b", "holdout14c", "holdout15a",
    # session 22 (wording-v17): holdout15's writers b and c (session 21's check) and holdout16's
    # writer a (SETS_22)
    "holdout15b", "holdout15c", "holdout16a",
    # session 24 (wording-v19): holdout16's writers b and c, holdout17 (all three writers) and
    # holdout18's writer a (SETS_24)
    "holdout16b", "holdout16c", "holdout17a", "holdout17b", "holdout17c", "holdout18a",
    # session 25 (wording-v20): holdout18's writers b and c (session 24's check) and holdout19's
    # writer a (SETS_25)
    "holdout18b", "holdout18c", "holdout19a",
    # session 26: holdout19's writers b and c (session 25's check) and holdout20's writer a
    # (SETS_26)
    "holdout19b", "holdout19c", "holdout20a",
    # session 27: holdout20's writers b and c (session 26's check) and holdout21's writer a
    # (SETS_27)
    "holdout20b", "holdout20c", "holdout21a",
    # session 28: holdout21's writers b and c (session 27's check) and holdout22's writer a
    # (SETS_28)
    "holdout21b", "holdout21c", "holdout22a",
    # session 29: holdout22's writers b and c (session 28's check) and holdout23's writer a
    # (SETS_29)
    "holdout22b", "holdout22c", "holdout23a",
    # session 30: holdout23's writers b and c (session 29's check) and holdout24's writer a
    # (SETS_30)
    "holdout23b", "holdout23c", "holdout24a",
)  # fmt: skip
# Frozen here since session 20, in the shipped corpus only with WORDING_CORPUS_SETS20=1
# (bench/wording_corpus.py: the head they trained was measured and not shipped).
SETS_20 = (
    "holdout8b", "holdout9b", "holdout10", "holdout11", "holdout12", "holdout13", "holdout14a",
)  # fmt: skip
# Frozen here since session 21, in the shipped corpus since (WORDING_CORPUS_SETS21=0: not).
SETS_21 = ("holdout14b", "holdout14c", "holdout15a")
# Frozen here since session 22, in the shipped corpus only with WORDING_CORPUS_SETS22=1.
SETS_22 = ("holdout15b", "holdout15c", "holdout16a")
# Frozen here since session 24, in the shipped corpus only with WORDING_CORPUS_SETS24=1.
SETS_24 = ("holdout16b", "holdout16c", "holdout17a", "holdout17b", "holdout17c", "holdout18a")
# Frozen here since session 25, in the shipped corpus only with WORDING_CORPUS_SETS25=1.
SETS_25 = ("holdout18b", "holdout18c", "holdout19a")
# Frozen here since session 26, in the shipped corpus only with WORDING_CORPUS_SETS26=1.
SETS_26 = ("holdout19b", "holdout19c", "holdout20a")
# Read since session 27, in the shipped corpus only with WORDING_CORPUS_SETS27=1.
SETS_27 = ("holdout20b", "holdout20c", "holdout21a")
# Read since session 28, in the shipped corpus only with WORDING_CORPUS_SETS28=1.
SETS_28 = ("holdout21b", "holdout21c", "holdout22a")
# Read since session 29, in the shipped corpus only with WORDING_CORPUS_SETS29=1.
SETS_29 = ("holdout22b", "holdout22c", "holdout23a")
# Read since session 30, in the shipped corpus only with WORDING_CORPUS_SETS30=1.
SETS_30 = ("holdout23b", "holdout23c", "holdout24a")
# A part of a set: its drafts of these companies only (wording-v9: holdout8 was written by two
# hands; writer A's companies are development, writer B's the check of session 14).
SUBSETS = {
    "holdout8a": ("holdout8", ("wardenbell", "ironquay", "halvora")),
    # wording-v10: holdout9 likewise; writer B's companies (holdout9b) are session 15's check.
    "holdout9a": ("holdout9", ("tapwright", "quenmarsh", "foldbrook")),
    # wording-v15: holdout8's and holdout9's second writers; holdout14's first writer (its
    # writers b and c are session 20's check)
    "holdout8b": ("holdout8", ("glasmond", "latchwell")),
    "holdout9b": ("holdout9", ("thistlemarch", "zwirnhaus")),
    "holdout14a": ("holdout14", ("rubicorn", "chalkfen", "chattercove")),
    # wording-v16: holdout14's writers b and c; holdout15's first writer (its writers b and c
    # are session 21's check)
    "holdout14b": ("holdout14", ("kelterhaus", "glutstein")),
    "holdout14c": ("holdout14", ("hopfenkiste", "schlotwacht")),
    "holdout15a": ("holdout15", ("inkveil", "tubwarden", "layerforge")),
    # wording-v17: holdout15's writers b and c; holdout16's first writer (its writers b and c
    # are session 22's check)
    "holdout15b": ("holdout15", ("reedwater", "wiegenwerk")),
    "holdout15c": ("holdout15", ("hubwerk", "sattelgrund")),
    "holdout16a": ("holdout16", ("reelhaven", "cartwheel", "fixfinch")),
    # wording-v19: holdout16's writers b and c, holdout17's three writers, holdout18's first
    # writer (read from /work/wt/h18a.jsonl, SOURCES; its writers b and c are session 24's check)
    "holdout16b": ("holdout16", ("grindwell", "pfotenhain")),
    "holdout16c": ("holdout16", ("kieselweg", "lichtmuehle")),
    "holdout17a": ("holdout17", ("brinewick", "kestrune", "cobblewren")),
    "holdout17b": ("holdout17", ("schaumwerk", "riffkante")),
    "holdout17c": ("holdout17", ("scherenwerk", "morgenkurier")),
    "holdout18a": ("holdout18", ("ketchmoor", "tuftwell", "carrymere")),
    # wording-v20: holdout18's writers b and c; holdout19's first writer (read from
    # /work/wt/h19a.jsonl, SOURCES; its writers b and c are session 25's check)
    "holdout18b": ("holdout18", ("klangwart", "wabenhof")),
    "holdout18c": ("holdout18", ("kesselkraft", "tellerwerk")),
    "holdout19a": ("holdout19", ("cragmoth", "pledgewick", "wirebarrow")),
    # session 26: holdout19's writers b and c; holdout20's first writer (read from
    # /work/wt/h20a.jsonl, SOURCES; its writers b and c are session 26's check)
    "holdout19b": ("holdout19", ("teewald", "sanguell")),
    "holdout19c": ("holdout19", ("wischgut", "lodenkranz")),
    "holdout20a": ("holdout20", ("hoverwick", "lanternly", "tallyquill")),
    # session 27: holdout20's writers b and c; holdout21's first writer (read from
    # /work/wt/h21a.jsonl, SOURCES; its writers b and c are session 27's check)
    "holdout20b": ("holdout20", ("brettlund", "lauschwerk")),
    "holdout20c": ("holdout20", ("walzerhof", "federwerk")),
    "holdout21a": ("holdout21", ("posyridge", "voltcairn", "quadlark")),
    # session 28: holdout21's writers b and c; holdout22's first writer (read from
    # /work/wt/h22a.jsonl, SOURCES; its writers b and c are session 28's check)
    "holdout21b": ("holdout21", ("auenkiel", "schrittmass")),
    "holdout21c": ("holdout21", ("donaufunk", "brunnmatt")),
    "holdout22a": ("holdout22", ("slabcrest", "burnhollow", "apexmoor")),
    # session 29: holdout22's writers b and c; holdout23's first writer (read from
    # /work/wt/h23a.jsonl, SOURCES; its writers b and c are session 29's check)
    "holdout22b": ("holdout22", ("feinmark", "gripstone")),
    "holdout22c": ("holdout22", ("lagerfunke", "losfink")),
    "holdout23a": ("holdout23", ("aldernib", "chordvale", "dawnloop")),
    # session 30: holdout23's writers b and c; holdout24's first writer (read from
    # /work/wt/h24a.jsonl, SOURCES; its writers b and c are session 30's check)
    "holdout23b": ("holdout23", ("plumeway", "kerbforge")),
    "holdout23c": ("holdout23", ("tilgwerk", "wehrfeld")),
    "holdout24a": ("holdout24", ("dapplefield", "eavesong", "abelune")),
}
KINDS = ("legal_risk", "hostile_tone")
# Evaluation company → an invented name used nowhere else (not a corpus company either).
COMPANY_NAMES = {
    "corvia": "Tamsworth", "pawfold": "Quinbury", "brightwell": "Oldacre", "mirefox": "Velmoor",
    "gatehouse": "Ruddock", "larkspur": "Ashwyn", "tandemly": "Pellwick", "fernbank": "Dunholt",
    "hearthline": "Flixton", "spokewright": "Bexfield", "crumbhaven": "Lorrimer",
    "deskwarren": "Stallard", "helioform": "Wendlow", "quillmoor": "Harrowgate",
    "auralis": "Merriden", "parlowe": "Thistley", "saltmere": "Glenarrow",
    "steadyplate": "Brackwood", "alpenrook": "Fallowmere", "cinderwave": "Emberlyn",
    "stowbridge": "Crossmoor", "halden": "Norwell", "zippa": "Pemberly", "brevano": "Castlerow",
    "strandline": "Wickham", "kestrel": "Marten",
    # holdout6 (read since wording-v7)
    "kettlewick": "Brindle", "fennick": "Colbeck", "oakhollow": "Ravensby", "moorgate": "Selsby",
    # holdout7 (read since wording-v8)
    "rootmere": "Harlowby", "nimbrel": "Tessaly", "wanderloft": "Corriwen", "lumadent": "Brisdale",
    "vantwell": "Ormsley",
    # holdout8a (read since wording-v9)
    "wardenbell": "Kelderby", "ironquay": "Saxonmere", "halvora": "Tarnfield",
    # holdout9a (read since wording-v10)
    "tapwright": "Pennistone", "quenmarsh": "Marlowick", "foldbrook": "Ebbersley",
    # read since session 20 (wording-v15): holdout8b, 9b, 10 … 13, 14a
    "glasmond": "Pilbury", "latchwell": "Orrinsford", "thistlemarch": "Cawdell",
    "zwirnhaus": "Brennock", "settlewood": "Ulverby", "inkhollow": "Quarrendon",
    "carrowby": "Halsworth", "pagewell": "Tenbury", "saitenhof": "Ormerod", "larchpeak": "Kilsby",
    "tidewell": "Dewsall", "skyhollow": "Penhallow", "kindlewood": "Marbury",
    "talwind": "Castellow", "bramblegate": "Yarwood", "ashgrove": "Thornleigh",
    "furrowline": "Ashcombe", "kurvenfeld": "Brackley", "ledgerfern": "Elsworth",
    "lenkwerk": "Woolcott", "hofmark": "Fairholm", "mossgrove": "Gresby",
    "burrowell": "Hatherley", "puzzlekeep": "Kimber", "stitchmoor": "Loxley",
    "wellenkamm": "Mardale", "tretwerk": "Netherby", "lindenquell": "Oxcombe",
    "rubicorn": "Purslow", "chalkfen": "Eldridge", "chattercove": "Sedgemoor",
    # read since session 21 (wording-v16): holdout14b, 14c, 15a
    "kelterhaus": "Wragby", "glutstein": "Wolverley", "hopfenkiste": "Birkdale",
    "schlotwacht": "Cotterill", "inkveil": "Darnford", "tubwarden": "Eastwell",
    "layerforge": "Fenstanton",
    # read since session 22 (wording-v17): holdout15b, 15c, 16a
    "reedwater": "Threlkeld", "wiegenwerk": "Uffington", "hubwerk": "Vobster",
    "sattelgrund": "Whitwell", "reelhaven": "Yockleton", "cartwheel": "Zeals",
    "fixfinch": "Aldwark",
    # read since session 24 (wording-v19): holdout16b, 16c, 17a, 17b, 17c, 18a
    "grindwell": "Bilsdale", "pfotenhain": "Crompley", "kieselweg": "Dunsmore",
    "lichtmuehle": "Egglestone", "brinewick": "Farleigh", "kestrune": "Gisburn",
    "cobblewren": "Hawkshead", "schaumwerk": "Ilmington", "riffkante": "Jevington",
    "scherenwerk": "Kirkbride", "morgenkurier": "Lanchester", "ketchmoor": "Middleham",
    "tuftwell": "Newbiggin", "carrymere": "Ormesby",
    # read since session 25 (wording-v20): holdout18b, 18c, 19a
    "klangwart": "Pocklington", "wabenhof": "Quernmore", "kesselkraft": "Sproxton",
    "tellerwerk": "Tockwith", "cragmoth": "Ulleskelf", "pledgewick": "Wetwang",
    "wirebarrow": "Burythorpe",
    # read since session 26: holdout19b, 19c, 20a
    "teewald": "Thixendale", "sanguell": "Wharram", "wischgut": "Huggate",
    "lodenkranz": "Fridaythorpe", "hoverwick": "Millington", "lanternly": "Nunburnholme",
    "tallyquill": "Kilnwick",
    # read since session 27: holdout20b, 20c, 21a
    "brettlund": "Sherburn", "lauschwerk": "Langtoft", "walzerhof": "Foxholes",
    "federwerk": "Weaverthorpe", "posyridge": "Helperthorpe", "voltcairn": "Duggleby",
    "quadlark": "Luttons",
    # read since session 28: holdout21b, 21c, 22a
    "auenkiel": "Thwing", "schrittmass": "Kilham", "schrittmaß": "Kilham", "donaufunk": "Rudston",
    "brunnmatt": "Boynton", "slabcrest": "Grindale", "burnhollow": "Bempton",
    "apexmoor": "Speeton",
    # read since session 29: holdout22b, 22c, 23a
    "feinmark": "Reighton", "gripstone": "Hilderthorpe", "lagerfunke": "Folkton",
    "losfink": "Flotmanby", "aldernib": "Wykeham", "chordvale": "Sawdon",
    "dawnloop": "Ebberston",
    # read since session 30: holdout23b, 23c, 24a
    "plumeway": "Allerston", "kerbforge": "Heslerton", "tilgwerk": "Yedingham",
    "wehrfeld": "Octon", "dapplefield": "Cowlam", "eavesong": "Butterwick",
    "abelune": "Sledmere",
}  # fmt: skip


def renamer(names: dict[str, str]) -> Callable[[str], str]:
    """A function that replaces every company of `names` (lower-case keys) by its invented name,
    also inside a word ("@stowbridge_help"), keeping its case as written (capitalised, upper or
    lower)."""
    pattern = re.compile(r"(?i)(" + "|".join(names) + r")")

    def replace(match: re.Match[str]) -> str:
        found, new = match.group(0), names[match.group(0).lower()]
        if found.isupper():
            return new.upper()
        return new if found[0].isupper() else new.lower()

    return lambda text: pattern.sub(replace, text)


rename = renamer(COMPANY_NAMES)


def label(text: str, start: int, end: int, expected: list[dict]) -> str:
    for kind in KINDS:
        for item in expected:
            if item["kind"] != kind:
                continue
            for m in re.finditer(re.escape(item["match"]), text):
                if m.start() < end and start < m.end():
                    return kind
    return "none"


# A part of a set read from its own file, so that the set's other part (the session's check) is
# never loaded (session 27: holdout21's writer a; writers b and c are the check). Earlier writers
# a, read so in their sessions, come from their set's file once the set is read in full.
# holdout22 is read in full since session 29, holdout23 since session 30
SOURCES = {"holdout24a": Path("/work/wt/h24a.jsonl")}


def set_drafts(name: str) -> list[dict]:
    """A read set's drafts (of SUBSETS' companies only, for a part of a set; from SOURCES' file
    when the part has one)."""
    file, companies = SUBSETS.get(name, (name, None))
    path = SOURCES.get(name, HERE / "eval" / "guidance" / f"drafts_{file}.jsonl")
    drafts = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    return [d for d in drafts if companies is None or d["company"] in companies]


def rows(
    sets: Iterable[str] = SETS, *, german: bool = False, rename: Callable[[str], str] = rename
) -> list[dict[str, str]]:
    """The sentences of `sets`' English drafts (or, with `german`, of their German ones)."""
    import django

    django.setup()
    from openline.guidance.detectors.german import looks_german
    from openline.guidance.detectors.wording import scored_text, sentences

    out = []
    for name in sets:
        for draft in set_drafts(name):
            text = draft["text"]
            if looks_german(text) != german:
                continue
            for start, end in sentences(text):
                out.append({
                    "text": rename(scored_text(text[start:end])),
                    "label": label(text, start, end, draft["expected"]),
                    "set": name,
                })  # fmt: skip
    return out


def add(sets: tuple[str, ...]) -> list[dict[str, str]]:
    """The frozen file with `sets`' sentences written anew (their old rows dropped, the others
    kept as frozen): how a session adds the writers it has read without moving the rows of
    earlier sets when the engine's sentence splitting has changed since they were frozen."""
    kept = [json.loads(line) for line in OUT.read_text(encoding="utf-8").splitlines() if line]
    return [r for r in kept if r["set"] not in sets] + rows(sets)


if __name__ == "__main__":
    # --add SET,…: only these sets' rows are (re)written (session 28: SETS_27 and SETS_28).
    if "--add" in sys.argv[1:]:
        corpus = add(tuple(sys.argv[sys.argv.index("--add") + 1].split(",")))
        OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus), "utf-8")
        print(f"{len(corpus)} sentences in {OUT}")
        sys.exit(0)
    corpus = rows()
    OUT.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in corpus), "utf-8")
    counts = {k: sum(r["label"] == k for r in corpus) for k in (*KINDS, "none")}
    print(f"{len(corpus)} sentences in {OUT}: {counts}")
