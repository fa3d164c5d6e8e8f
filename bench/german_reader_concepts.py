"""Writer-independent features for the German reader, an experiment of session 22 (german-v17;
docs/decisions.md, "Session 22, german-v17"): speech-act concepts of a German sentence (who is
addressed, blame, particles, payment, promise, policy, fault, authorities, health, negation), each
a flag, and some of their conjunctions. Written from German grammar and everyday wording, not
from a read writer's sentences. Measured with bench/german_reader_extra_lowo.py --concepts; not
shipped (mixed by leave-one-writer-out).
"""

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "src"))
from openline.language.german_wording import normalise


def _w(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


def _s(*stems: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(stems) + r")")


CONCEPTS = {
    "you_formal": re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre[mnrs]?)\b"),  # case-sensitive, on raw text
}
FOLDED = {
    "you_informal": _w(
        "du", "dir", "dich", "dein", "deine[mnrs]?", "ihr", "euch", "euer", "eure[mnrs]?"
    ),
    "we": _w("wir", "uns", "unser", "unsere[mnrs]?"),
    "neg": _w("nicht", "kein", "keine[mnrs]?", "nie", "niemals", "nichts", "ned", "net", "nit"),
    "modal_should": _s("haett", "sollt", "muesst", "muss", "haettest", "waere"),
    "particle": _w(
        "doch",
        "halt",
        "eben",
        "einfach",
        "mal",
        "eigentlich",
        "wohl",
        "ja",
        "nun",
        "schon",
        "etwa",
        "ueberhaupt",
    ),
    "again": _s(
        "schon wieder",
        "zum [a-z]+ten mal",
        "x-ten",
        "nochmal",
        "noch einmal",
        "staendig",
        "immer wieder",
        "jedes mal",
    ),
    "blame": _s(
        "schuld",
        "selber schuld",
        "selbst schuld",
        "eigene[nrs]? schuld",
        "selbst verantwortlich",
        "ihr problem",
        "dein problem",
        "ihre sache",
        "deine sache",
        "falsch gemacht",
        "nicht gelesen",
        "lesen",
        "verstehen",
        "kapier",
        "begreif",
    ),
    "stupid": _s(
        "dumm",
        "bloed",
        "doof",
        "idiot",
        "depp",
        "trottel",
        "faul",
        "unfaehig",
        "ahnungslos",
        "laie",
        "kindergarten",
        "grundschul",
        "verstand",
        "hirn",
        "peinlich",
        "laecherlich",
        "frech",
        "unverschaemt",
    ),
    "dismiss": _s(
        "beschwer",
        "jammer",
        "meckern",
        "nerv",
        "wuensch",
        "woanders",
        "konkurrenz",
        "kein interesse",
        "nicht mein",
        "nicht unser problem",
        "ende der diskussion",
    ),
    "question": re.compile(r"\?"),
    "exclaim": re.compile(r"!"),
    "pay": _s(
        "erstatt",
        "ersetz",
        "zahl",
        "bezahl",
        "uebernehm",
        "uebernomm",
        "kommen fuer",
        "aufkomm",
        "haft",
        "entschaedig",
        "schadensersatz",
        "schmerzensgeld",
        "gutschrift",
        "rueckzahl",
    ),
    "promise": _s(
        "garantier",
        "versprech",
        "verspreche",
        "auf jeden fall",
        "sicher",
        "definitiv",
        "bestimmt",
        "zusag",
        "verbindlich",
        "100",
    ),
    "policy": _s(
        "gemaess",
        "laut",
        "agb",
        "garantie",
        "kulanz",
        "bedingungen",
        "gesetzlich",
        "vertrag",
        "wie vereinbart",
        "regel",
        "richtlinie",
        "frist",
    ),
    "fault": _s(
        "fehler",
        "versaeum",
        "verschuld",
        "unser fehler",
        "schuld",
        "mangel",
        "defekt",
        "fahrlaess",
        "verantwortlich",
    ),
    "legal": _s(
        "anwalt",
        "klag",
        "gericht",
        "prozess",
        "behoerde",
        "amt",
        "polizei",
        "staatsanwalt",
        "anzeige",
        "versicherung",
        "schaden",
        "haftung",
        "datenschutz",
        "dsgvo",
        "zulassung",
        "aufsicht",
        "kammer",
        "gutachter",
    ),
    "health": _s(
        "gesund",
        "krank",
        "verletz",
        "unfall",
        "arzt",
        "allerg",
        "vergift",
        "sturz",
        "gestuerzt",
        "brand",
        "feuer",
        "gefaehr",
        "lebensgefahr",
        "medikament",
        "dosis",
        "notfall",
        "sicherheit",
    ),
    "secret": _s(
        "unter uns",
        "vertraulich",
        "geheim",
        "offiziell",
        "intern",
        "nicht weitersagen",
        "unter der hand",
        "inoffiziell",
        "keiner erfahren",
        "niemand erfahren",
    ),
    "advice_med": _s(
        "nehmen sie",
        "nimm",
        "einfach weglassen",
        "absetzen",
        "ignorier",
        "brauchen sie keinen arzt",
        "kein arzt",
    ),
    "thanks": _s(
        "danke",
        "vielen dank",
        "gern",
        "freu",
        "entschuldig",
        "tut uns leid",
        "leider",
        "bitte",
        "herzlich",
        "gruess",
        "hallo",
        "liebe",
    ),
}


def flags(text: str) -> dict[str, bool]:
    f = normalise(text)
    out = {k: bool(p.search(text)) for k, p in CONCEPTS.items()}
    out.update({k: bool(p.search(f)) for k, p in FOLDED.items()})
    out["you"] = out["you_formal"] or out["you_informal"]
    return out


PAIRS = [
    ("you", "blame"),
    ("you", "stupid"),
    ("you", "particle"),
    ("you", "modal_should"),
    ("you", "again"),
    ("you", "dismiss"),
    ("you", "question"),
    ("we", "pay"),
    ("we", "fault"),
    ("we", "promise"),
    ("pay", "promise"),
    ("pay", "neg"),
    ("pay", "policy"),
    ("we", "legal"),
    ("health", "we"),
    ("health", "fault"),
    ("secret", "we"),
    ("legal", "neg"),
    ("particle", "question"),
    ("blame", "neg"),
    ("fault", "neg"),
    ("thanks", "you"),
    ("stupid", "neg"),
    ("you", "exclaim"),
    ("promise", "legal"),
]
TRIPLES = [
    ("we", "pay", "neg"),
    ("we", "pay", "policy"),
    ("you", "modal_should", "blame"),
    ("you", "particle", "blame"),
    ("we", "fault", "health"),
    ("we", "promise", "legal"),
    ("you", "particle", "question"),
]
NAMES = (
    sorted(FOLDED)
    + sorted(CONCEPTS)
    + ["you"]
    + ["&".join(p) for p in PAIRS]
    + ["&".join(t) for t in TRIPLES]
)


def features(text: str) -> list[float]:
    fl = flags(text)
    base = [float(fl[k]) for k in sorted(FOLDED) + sorted(CONCEPTS) + ["you"]]
    base += [float(all(fl[x] for x in p)) for p in PAIRS]
    base += [float(all(fl[x] for x in t)) for t in TRIPLES]
    return base
