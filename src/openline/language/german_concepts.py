"""Concept flags of a German sentence, the German reader's third feature group
(german_wording.features): what a sentence does rather than which words it uses: whom it
addresses (Sie, du, wir), whether it negates, the modal particles and counterfactual modals of a
reproach, blame, payment, promise, policy, fault, authorities, health, secrecy, thanks, and (since
session 23) the grammar of condescension: lecturing ("wie bereits erwähnt", "wie Sie sicher
wissen"), sarcasm ("na toll", "Glückwunsch", "wer hätte das gedacht"), advice for next time
("beim nächsten Mal", "künftig") and the user blamed ("Bedienfehler", "unsachgemäß"). Each is a
flag; some of their conjunctions are flags of their own ("you & blame", "we & pay & negation"), so
that a linear reader can weigh a combination that none of its words carries alone.

Written from German grammar and everyday wording, not from a read writer's sentences (session 22,
german-v17, measured them in bench/german_reader_extra_lowo.py; session 23, german-v18, made them
a feature group of the shipped reader; docs/decisions.md). Patterns run on the folded text
(german_wording.normalise: lower case, ä → ae, ß → ss), except the formal address, which needs
the capital of "Sie".
"""

import re

__all__ = ["NAMES", "flags"]


def _w(*words: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(words) + r")\b")


def _s(*stems: str) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(stems) + r")")


# On the text as written: "Sie" with its capital is the formal "you" (or, at a sentence's start,
# "they"; the reader weighs the flag with the rest).
_YOU_FORMAL = re.compile(r"\b(?:Sie|Ihnen|Ihr|Ihre[mnrs]?)\b")

# On the folded text.
FOLDED: dict[str, re.Pattern[str]] = {
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

# Session 23: the grammar of condescension, each family from how German speakers talk down to
# someone, not from a writer's sentences.
TONE: dict[str, re.Pattern[str]] = {
    # Lecturing: pointing at what was said, known or written before.
    "lecture": _s(
        r"wie (?:bereits|schon|oben|gesagt|erwaehnt|mehrfach|mehrmals)",
        r"wie (?:sie|du) (?:sicher|bestimmt|ja|eigentlich|vielleicht) ",
        "bekanntlich",
        "jedes kind",
        "jeder weiss",
        "allgemein bekannt",
        "steht (?:doch|ja|klar|deutlich|ausdruecklich|eindeutig|gross|schwarz)",
        "nachzulesen",
        "lesen sie",
        "lies (?:doch|mal|bitte|einfach|nach)",
        "ich wiederhole",
        "zum mitschreiben",
        "ganz langsam",
        "fuer sie (?:nochmal|noch einmal|extra)",
        "extra fuer sie",
        "wer lesen kann",
        "man sollte meinen",
        "sollte man (?:wissen|meinen)",
        "eigentlich (?:klar|selbstverstaendlich|logisch|offensichtlich)",
        "selbstverstaendlich",
        "logischerweise",
        "offensichtlich",
        "wohl kaum",
    ),
    # Sarcasm: mock praise and mock surprise.
    "sarcasm": _s(
        "na toll",
        "na super",
        "na klasse",
        "na prima",
        "glueckwunsch",
        "bravo",
        "wer haette (?:das|es) gedacht",
        "oh wunder",
        "welch(?:e)? ueberraschung",
        "ueberraschung",
        "tja",
        "na ja",
        "naja",
        "nun ja",
        "soso",
        r"aha\b",
        "herrlich",
        "wie praktisch",
        "schoen fuer sie",
        "toll gemacht",
        "gut gemacht",
    ),
    # Advice for next time: the customer's conduct put right.
    "next_time": _s(
        "beim naechsten mal",
        "naechstes mal",
        "in zukunft",
        "kuenftig",
        "zukuenftig",
        "fuer die zukunft",
        "vorher",
        "vorab",
        "rechtzeitig",
        r"selbst\b",
        r"selber\b",
    ),
    # The user's error named.
    "user_error": _s(
        "bedienfehler",
        "anwenderfehler",
        "benutzerfehler",
        "unsachgemaess",
        "falsch bedient",
        "falsch angeschlossen",
        "falsch eingestellt",
        "falsch verwendet",
        "nicht richtig",
        "falsch",
        "offenbar",
        "anscheinend",
        "scheinbar",
    ),
    # Shutting the conversation: take it or leave it.
    "take_it": _s(
        "wenn (?:es )?ihnen (?:das )?nicht passt",
        "wenn dir (?:das )?nicht passt",
        "so ist (?:das|es) (?:nun )?(?:mal|eben)",
        "ist nun mal so",
        "punkt\\.",
        "basta",
        "pech",
        "nicht (?:unser|mein) (?:problem|bier)",
        "damit muessen sie leben",
        "muessen sie (?:wohl|halt|eben)",
        "da kann man nichts machen",
    ),
}
_SHOUT = re.compile(r"(?:[!?]\s*){2,}|\b[A-ZÄÖÜ]{4,}\b")

PAIRS = (
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
)
TRIPLES = (
    ("we", "pay", "neg"),
    ("we", "pay", "policy"),
    ("you", "modal_should", "blame"),
    ("you", "particle", "blame"),
    ("we", "fault", "health"),
    ("we", "promise", "legal"),
    ("you", "particle", "question"),
)
TONE_PAIRS = (
    ("you", "lecture"),
    ("you", "next_time"),
    ("you", "user_error"),
    ("you", "sarcasm"),
    ("particle", "lecture"),
    ("particle", "next_time"),
    ("modal_should", "next_time"),
    ("you", "shout"),
    ("thanks", "lecture"),
    ("thanks", "next_time"),
)
# Which families are on (bench/german_reader_lowo.py measures the alternatives): session 23's
# tone families, and with TONE_ONLY none of the legal ones (payment, promise, policy, fault,
# authorities, health, secrecy, medical advice) or their conjunctions.
TONE_ON = True
TONE_ONLY = False
LEGAL_FAMILIES = frozenset(
    ("pay", "promise", "policy", "fault", "legal", "health", "secret", "advice_med")
)

BASE_NAMES = (*sorted(FOLDED), "you_formal", "you")
NAMES = (
    *BASE_NAMES,
    *("&".join(p) for p in PAIRS),
    *("&".join(t) for t in TRIPLES),
    *sorted(TONE),
    "shout",
    *("&".join(p) for p in TONE_PAIRS),
)


# Each conjunction with its name, joined once.
_JOINED = tuple((frozenset(c), "&".join(c)) for c in (*PAIRS, *TRIPLES))
_TONE_JOINED = tuple((frozenset(c), "&".join(c)) for c in TONE_PAIRS)


def flags(text: str, folded: str) -> list[str]:
    """The names of the flags `text` (as written, and `folded` by german_wording.normalise)
    raises."""
    on = {k for k, p in FOLDED.items() if p.search(folded)}
    if _YOU_FORMAL.search(text):
        on.add("you_formal")
    if on & {"you_formal", "you_informal"}:
        on.add("you")
    out = sorted(on)
    out += [name for parts, name in _JOINED if parts <= on]
    if TONE_ON:
        tone = {k for k, p in TONE.items() if p.search(folded)}
        if _SHOUT.search(text):
            tone.add("shout")
        out += sorted(tone)
        on |= tone
        out += [name for parts, name in _TONE_JOINED if parts <= on]
    if TONE_ONLY:
        return [name for name in out if not LEGAL_FAMILIES.intersection(name.split("&"))]
    return out
