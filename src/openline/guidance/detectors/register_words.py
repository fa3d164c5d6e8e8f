"""What a register note says, in words a draft may use instead: a small bilingual lexicon of the
things registers are about (deals and talks, takeovers, swaps and recalls, price rises,
outages, leaks, lists, tools), so that "the buyout of a hosting firm is being negotiated" says
"acquisition talks with a hosting provider" and "wir verhandeln über die Übernahme" says it
in German.

Words are compared by their first five letters (as elsewhere in the register check), after
folding German umlauts, so "Übernahme" and "uebernahme" are one word. Nothing here names a
company, a product or a register term: only ordinary words of English and German.
"""

import functools
import re

WORD = re.compile(r"[^\W\d_]{4,}")
FOLD = str.maketrans({"ä": "a", "ö": "o", "ü": "u", "ß": "s"})

# Each line: a concept, then the beginnings of the words (English and German) that say it.
# fmt: off
CONCEPTS: dict[str, tuple[str, ...]] = {
    "deal": ("deal", "deals", "contr", "agree", "partn", "vertr", "abkom", "koope", "allia"),
    "talks": ("talks", "talk", "talki", "negot", "verha", "gespr", "discu"),
    "takeover": ("takeo", "buyou", "acqui", "merge", "ubern", "fusio", "purch", "aufka",
                 "buyin", "bough"),
    "carrier": ("carri", "netwo", "netzb"),
    "swap": ("swap", "swaps", "swapp", "repla", "excha", "austa", "tausc", "ersat", "umtau",
             "reiss"),
    "move": ("migra", "movin", "moved", "umzie", "umzug"),
    "recall": ("recal", "withd", "ruckr", "zuruc"),
    "quiet": ("quiet", "silen", "leise", "heiml", "secre", "gehei", "hush"),
    "chain": ("chain", "kette", "retai", "groce"),
    "price": ("price", "preis", "tarif", "prici"),
    "increase": ("incre", "rise", "rises", "risin", "hike", "hikes", "uplif", "erhoh", "teure",
                 "steig"),
    "outage": ("outag", "ausfa", "storu", "downt", "desyn"),
    "fault": ("fault", "glitc", "fehle", "defec", "error", "bugs", "malfu"),
    "leak": ("leak", "leaks", "leake", "expos", "breac"),
    "customer": ("custo", "kunde", "clien", "subsc"),
    "card": ("card", "cards", "karte"),
    "base": ("base", "bases", "socke"),
    "device": ("devic", "gerat", "unit", "units"),
    "twice": ("twice", "doubl", "doppe", "zweim", "dupli"),
    "wrong": ("wrong", "falsc", "misro", "misdi"),
    "list": ("list", "lists", "liste"),
    "tool": ("tool", "tools", "werkz", "syste"),
    "supplier": ("provi", "suppl", "anbie", "vendo"),
    "guideline": ("guide", "leitl", "rule", "rules", "regel"),
    "large": ("large", "bigge", "major", "gross"),
    "balance": ("balan", "saldo", "konto"),
    "claim": ("claim", "anspr", "forde", "rekla"),
    "warranty": ("warra", "garan", "gewah"),
    "launch": ("launc", "relea"),
}
# fmt: on
_CONCEPT = {prefix: concept for concept, prefixes in CONCEPTS.items() for prefix in prefixes}
# Short words that say one of the concepts ("bug", "big"), and longer beginnings where five
# letters would say too much ("compromised", not "comprehensive"; "policy", not "police";
# "Richtlinie", not "richtig"; "supermarket", not "super-user").
SHORT = {"bug": "fault", "big": "large", "buy": "takeover"}
LONG = (
    ("compromis", "leak"), ("kompromit", "leak"), ("policy", "guideline"),
    ("policies", "guideline"), ("richtlinie", "guideline"), ("supermar", "supermarket"),
    ("lieferant", "supplier"),
)  # fmt: skip
SHORT_WORD = re.compile(r"\b(?:" + "|".join(SHORT) + r")\b", re.IGNORECASE)


def prefix(word: str) -> str:
    return word.casefold().translate(FOLD)[:5]


def concept(word_prefix: str) -> str:
    """The concept a word's beginning says, or the beginning itself."""
    return _CONCEPT.get(word_prefix) or SHORT.get(word_prefix) or word_prefix


@functools.lru_cache(maxsize=8192)
def _concept_of(word: str) -> str:
    folded = word.casefold().translate(FOLD)
    for start, meant in LONG:
        if folded.startswith(start):
            return meant
    return concept(folded[:5])


def concepts(text: str, stopwords: frozenset[str] = frozenset()) -> set[str]:
    found = {_concept_of(w) for w in WORD.findall(text) if w.casefold() not in stopwords}
    found.update(SHORT[m.group().casefold()] for m in SHORT_WORD.finditer(text))
    return found
