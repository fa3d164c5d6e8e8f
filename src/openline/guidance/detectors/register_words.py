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
    "customer": ("custo", "kunde", "clien", "subsc", "abonn"),
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
    "surcharge": ("surch", "zusch", "aufsc"),
    "batch": ("batch",),
    "second": ("secon", "zweit"),
    "third": ("third", "dritt"),
    # Sites, machines, factories and growth, said in either language (session 23): "partner-run
    # sites" and "Standorte von Partnern", "machine" and "Maschine", "factory" and "Werk".
    "site": ("site", "sites", "locat", "filia", "branc"),
    "machine": ("machi", "masch"),
    "factory": ("facto", "fabri", "werk"),
    "expansion": ("expan", "erwei", "ausba"),
    # Places whose German and English names differ beyond umlauts: a German draft says "Wien"
    # of a note's "Vienna".
    "vienna": ("vienn", "wien"), "munich": ("munic", "munch"), "cologne": ("colog", "koln"),
    "nuremberg": ("nurem", "nurnb"), "geneva": ("genev", "genf"), "prague": ("pragu", "prag"),
    "milan": ("milan", "maila"), "venice": ("venic", "vened"), "naples": ("naple", "neape"),
    "warsaw": ("warsa", "warsc"), "lisbon": ("lisbo", "lissa"), "moscow": ("mosco", "mosca"),
    "bavaria": ("bavar", "bayer"), "tyrol": ("tyrol", "tirol"), "saxony": ("saxon", "sachs"),
    "norway": ("norwa", "norwe"), "denmark": ("denma", "danem"), "poland": ("polan", "polen"),
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
    ("lieferant", "supplier"), ("versicher", "insurer"), ("insur", "insurer"),
    # Places whose beginnings say other things too ("Ostern", "schwer", "niedrig", "Australia").
    ("osterreich", "austria"), ("austria", "austria"), ("schweiz", "switzerland"),
    ("switzerland", "switzerland"), ("schweden", "sweden"), ("sweden", "sweden"),
    ("niederlande", "netherlands"), ("netherlands", "netherlands"), ("standort", "site"),
)  # fmt: skip
# A German past participle: "ge" after a separable particle or first ("aus-ge-fallen",
# "um-ge-tauscht", "ge-tauscht"), then at least three letters of the verb.
GERMAN_PARTICIPLE = re.compile(r"(aus|ab|an|auf|ein|um|zuruck|weg|nach|vor|hoch|)ge(?=[a-z]{3})")
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
    meant = concept(folded[:5])
    if meant == folded[:5] and (participle := GERMAN_PARTICIPLE.match(folded)):
        # A German participle says its verb: "ausgefallen" an outage, "ausgetauscht" a swap.
        stem = concept((participle.group(1) + folded[participle.end() :])[:5])
        if stem in CONCEPTS:
            return stem
    return meant


# The last word of a German compound says a concept too: "Neukunden" (customers), "Preis-
# erhöhung" (a price and an increase), "Messgerät" (a device), "Kassenausfall" (an outage).
TAILS = (
    ("kunden", "customer"), ("kunde", "customer"), ("erhohung", "increase"),
    ("erhohungen", "increase"), ("preise", "price"), ("preis", "price"), ("gerate", "device"),
    ("gerat", "device"), ("fehler", "fault"), ("ausfall", "outage"), ("storung", "outage"),
    ("liste", "list"), ("vertrag", "deal"), ("ruckruf", "recall"), ("ubernahme", "takeover"),
    ("tausch", "swap"), ("abo", "customer"), ("abos", "customer"), ("versicherung", "insurer"),
    ("versicherer", "insurer"),
)  # fmt: skip
ABO = re.compile(r"\b[Aa]bos?\b")
# Paying more is a rise: "ab Oktober zahlen Neukunden deutlich mehr", "you'll pay more".
PAY_MORE = re.compile(
    r"(?i)\b(?:pay|paying|pays|cost|costs|costing|zahl\w*|kost\w*)\s+(?:\w+\s+){0,2}"
    r"(?:more|mehr)\b|\bmehr (?:\w+ )?(?:zahl|bezahl|kost)\w*|\bmore expensive\b|\bdearer\b"
)

# Taken off sale is a recall: "wird aus dem Verkauf genommen", "pulled off the shelves".
OFF_SALE = re.compile(
    r"(?i)\baus dem (?:verkauf|sortiment|handel|regal|programm) (?:\w+ )?(?:genommen|nehmen"
    r"|nimmt|gezogen|ziehen|zieht)\b|\b(?:taken|taking|take|takes|pulled|pulling|pull|pulls)"
    r"\s+(?:\w+\s+){0,2}off (?:the )?(?:shelves|shelf|market|sale)\b"
)


# German "Charge" (a batch) after an article or a preposition; English "charge" is a fee.
GERMAN_BATCH = re.compile(
    r"\b(?:[Dd]er|[Dd]ie|[Ee]iner?|[Dd]iese[rn]?|[Dd]ieselbe[n]?|[Aa]us|[Vv]on|[Ii]n)"
    r"(?: \w+)? Charge(?:n)?\b"
)


@functools.lru_cache(maxsize=8192)
def _tail_of(word: str) -> str | None:
    folded = word.casefold().translate(FOLD)
    return next((meant for tail, meant in TAILS if folded.endswith(tail)), None)


@functools.lru_cache(maxsize=8192)
def _concepts_of(word: str) -> tuple[str, ...]:
    """What a word says: by its beginning, and a long German compound by its last word too."""
    meant = _concept_of(word)
    tail = _tail_of(word) if len(word) > 6 else None
    return (meant, tail) if tail and tail != meant else (meant,)


def concepts(text: str, stopwords: frozenset[str] = frozenset()) -> set[str]:
    found: set[str] = set()
    for word in WORD.findall(text):
        if word.casefold() not in stopwords:
            found.update(_concepts_of(word))
    found.update(SHORT[m.group().casefold()] for m in SHORT_WORD.finditer(text))
    if ("Abo" in text or "abo" in text) and ABO.search(text):
        found.add("customer")  # "das Abo", "Tee-Abo": a subscription
    if "Charge" in text and GERMAN_BATCH.search(text):
        found.add("batch")  # "aus der Charge", not an English "charge"
    if ("more" in text or "mehr" in text or "dearer" in text) and PAY_MORE.search(text):
        found.add("increase")
    if ("us dem " in text or " off " in text) and OFF_SALE.search(text):
        found.add("recall")
    return found
