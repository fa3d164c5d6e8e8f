"""German wording: legal risk, hostile tone and profanity in German drafts (issue 13 and 17).

The English phrase patterns (language.py) and the wording head are English only. These are
German phrase rules of the same kinds, written from general German customer-service language,
not from any company: admissions of fault and liability ("wir haften", "das war unsere Schuld"),
promises of money beyond a policy ("wir übernehmen sämtliche Arztkosten"), remarks on lawsuits,
settlements and regulators, defects across a product line; impatience ("wie ich schon dreimal
geschrieben habe"), condescension ("das ist kein Hexenwerk"), blame ("hätten Sie mal die
Anleitung gelesen"), sarcasm, insults; German swear words and their compounds ("Scheißding",
"beschissen") without the ordinary words that contain them ("Marsch", "Dreckschleuder").

Each rule names the message it is reported with by a key; language.py maps the keys to the
same translatable messages the English patterns use, so a German finding is explained in the
reader's language like any other.

German puts negation late ("Die Taxikosten übernehmen wir leider nicht"), so an admission or a
promise is not a finding when its clause says "nicht", "kein…" or "nie" ("nicht nur … sondern
auch" is not a negation). The wording rules run only on text that reads as German
(`looks_german`); the swear words run on any text, as the other languages' do, except the few
that are also names or English words ("Depp", "Penner")."""

import functools
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import openline.guidance.detectors.gates as gates
from openline.language.spans import sentence_bounds

from . import german_clauses, starts

# --- Which text is German -------------------------------------------------------------------

_WORD = re.compile(r"[^\W\d_]+")
_GERMAN = (
    "der die das den dem des und ist sind nicht ich wir sie du es ein eine einen einem einer daran "
    "mit auf für von zu bitte danke mal schon noch auch aber wenn dass ihr euch uns unser unsere "
    "ihre haben habe hat hast sind bist wurde wird werden kein keine keinen nur doch ja nein "
    "hier jetzt leider gerne gern sehr vielen dank hallo grüße bei oder wie was warum weil "
    "sich sie ihnen dir dich mir mich dein deine euer eure ihm ihn man über nach vor tja halt "
    "eben denn dann alles klar gehabt echt im zum zur vom beim ins ihrem ihren ihrer deinem deinen "
    "deiner unserem unseren unserer kann können muss müssen soll sollte würde wäre diese dieser "
    "dieses gibt geht"
)
_GERMAN_WORDS = frozenset(_GERMAN.split())
_ENGLISH = (
    "the and to of a i is it you that in my for this on with have not be are but can do "
    "at your me what just how why please thanks no if get from they we will our us an"
)
_ENGLISH_WORDS = frozenset(_ENGLISH.split())


@functools.lru_cache(maxsize=64)
def looks_german(text: str) -> bool:
    """More German function words than English ones, and at least one: cheap (one pass over
    the words), and right for a one-line post ("nicht unser Problem, wenn du …")."""
    german = english = 0
    for word in _WORD.findall(text):
        lowered = word.lower()
        german += lowered in _GERMAN_WORDS
        english += lowered in _ENGLISH_WORDS
    return german >= 1 and german > english


# --- Clauses, negation, quotation -----------------------------------------------------------

_SENTENCE_END = re.compile(r"[.!?\n…]|[\U0001F300-\U0001FAFF\u2600-\u27BF]")
_CLAUSE_END = re.compile(
    r"[.!?\n…;:,\u2013\u2014]|\s-\s|\b(?:aber|sondern|jedoch|doch|allerdings|obwohl|weil)\b"
    r"|[\U0001F300-\U0001FAFF\u2600-\u27BF]",
    re.IGNORECASE,
)
_NEGATION = re.compile(
    r"\b(?:nicht(?!\s+nur\b)|nichts|kein(?:e|en|em|er|es)?|nie|niemals|keinesfalls|keineswegs"
    r"|weder)\b",
    re.IGNORECASE,
)
_NEGATION_BEFORE = re.compile(
    r"\b(?:nicht|kein(?:e|en|em|er|es)?|nie|niemals|keinesfalls|keineswegs|weder|gar nicht"
    r"|überhaupt nicht)(?:\s+(?:wirklich|ganz|allein|unbedingt|einfach|immer|nur|Ihre?|deine?"
    r"|eure?|unsere?))*\s*$",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"„[^“”\n]*[“”]|\"[^\"\n]*\"|“[^”\n]*”|»[^«\n]*«|«[^»\n]*»")


def _sentence(text: str, start: int, end: int) -> tuple[int, int]:
    return sentence_bounds(text, start, end, stops=_SENTENCE_END, lookback=300)


def _clause_span(text: str, start: int, end: int) -> tuple[int, int]:
    return sentence_bounds(text, start, end, stops=_CLAUSE_END, lookback=120)


def _clause(text: str, start: int, end: int) -> str:
    return text[slice(*_clause_span(text, start, end))]


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _QUOTED.finditer(text)] if any(q in text for q in '„"“»«') else []


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _quoted_line(text: str, start: int) -> bool:
    return text[text.rfind("\n", 0, start) + 1 :].lstrip().startswith(">")


# --- Legal risk ---------------------------------------------------------------------------------

# Words that say "we" or "I" as the one who pays, admits or promises.
_WE = r"(?:wir|ich|uns|unser\w*)"
_UP_TO = r"[^.!?\n]{0,%d}?"
# Costs a policy rarely covers: consequential, medical, legal, replacement.
_COSTS = (
    # "ärztlich" is an adjective: its noun says whether a cost is meant ("ärztliche
    # Behandlung") or not ("ein ärztliches Attest", the evidence a refund asks for).
    r"(?:hotel\w*|übernachtung\w*|taxi\w*|mietwagen\w*|ersatzwagen\w*|arzt\w*|ärzt(?!lich)\w*"
    r"|krankenhaus\w*|kranken\w*|behandlung\w*|therapie\w*|tierarzt\w*|zahnarzt\w*"
    r"|medikament\w*|verdienstausfall\w*|lohnausfall\w*|einnahmeausfall\w*|arbeitsausfall\w*"
    r"|nutzungsausfall\w*|entgangen\w*|ertragsausfall\w*|gewinnausfall\w*|mietausfall\w*"
    r"|schmerzensgeld\w*|schadensersatz|schadenersatz|entschädigung\w*|folgekosten|folgeschä\w*"
    r"|anwalt\w*|anwält\w*|gerichtskosten|gutachter\w*|werkstatt\w*|reparatur\w*|handwerker\w*"
    r"|\w+kosten|flug(?!modus)\w*|flüge|flugticket\w*|zugticket\w*|bahnticket\w*|ersatzticket\w*"
    r"|konzertkarte\w*|eintrittskarte\w*|reisepreis\w*|neupreis|neuwert"
    r"|wiederbeschaffungswert|zeitwert|kleidung"
    # Session 34: a fine of an authority ("die Busse der Gemeinde übernehmen wir"), and the
    # customer's lost thing replaced, its noun left out ("Die neue zahlen wir Ihnen").
    r"|bu(?:ß|ss)en?|bu(?:ß|ss)geld\w*|geldstrafe\w*|strafzettel\w*"
    r"|(?:die|den|das)\s+neuen?(?=\s+(?:zahlen|bezahlen|spendieren)\s+(?:wir|ich)\b)"
    # Session 31: losses and harms of the reader's own business or health, and a sum left
    # open ("egal wie hoch", "nennen Sie uns eine Summe", "auch wenn es fünfstellig wird").
    r"|umsatzausf\w*|produktionsausf\w*|verdienstentgang\w*|wertverlust\w*|stillstand"
    r"|\w*operation\w*|spital\w*|physio\w*|nachhilfe\w*|sanierung\w*|restaurierung\w*"
    r"|beerdigung\w*|bußgeld\w*|vertragsstrafe\w*|säumniszuschl\w*|\w+behandlung\w*"
    r"|egal,?\s+wie\s+(?:hoch|viel|teuer)|\w+stellig"
    # Session 37 (de-legal-v32): a German compound names its kind at its end ("Kinderspital",
    # "Tierklinik", "Hautarzt"), and what the reader paid on top is a cost whatever its noun:
    # a relative clause of outlay ("die zwei Nächte Hundepension, die Sie extra zahlen mussten").
    # A loss made good ("wir gleichen Ihren Ausfall aus", "ersetzen Ihnen den Verlust").
    r"|\w+(?:spital|klinik|krankenhaus)\w*|\w+(?:arzt|ärzt(?!lich))\w*"
    r"|(?:die|den|das|was)\s+(?:sie|du|ihr)\s+(?:\w+\s+){0,2}?(?:extra|zusätzlich|selbst"
    r"|obendrein|privat|aus\s+eigener\s+tasche)\s+(?:\w+\s+)?(?:zahlen|bezahlen|ausgeben"
    r"|auslegen|vorstrecken|gezahlt|bezahlt|ausgegeben|ausgelegt|vorgestreckt)"
    # Not "die Miete für den Ausfall": a time without the device, paid back as its fee.
    r"|(?<!für\sden\s)(?<!für\sdie\s)(?:ausfall|ausfälle)|verlust|verluste"
    r"|(?:alle|die\s+(?:ganzen|kompletten|vollen|entstandenen|anfallenden))\s+(?:\w+\s+)?kosten"
    r"|(?!transport|versand|liefer|verpackung)\w*(?:schaden|schadens|schäden)"
    r"|alles(?!\s+(?:weitere|andere|übrige|nötige|notwendige|gute|klar|erledigt))"
    r"|sämtliche\w*|jeglich\w*|jeden cent|die gesamten kosten"
    r"|in voller höhe|vollständig|komplett|voll und ganz|ohne (?:limit|obergrenze|deckel)"
    r"|egal,? was|was (?:auch immer|immer)|was (?:die|der|das|sie|er|ihr) \w+ verlangt)"
)
_MONEY_VERB = (
    r"(?:zahlen|zahle|bezahlen|bezahle|übernehmen|übernehme|erstatten|erstatte|ersetzen|ersetze"
    r"|begleichen|begleiche|vergüten|vergüte|tragen|trage|kommen (?:wir|ich) (?:\w+ )?auf"
    r"|werden (?:\w+ ){0,4}(?:zahlen|bezahlen|übernehmen|erstatten|ersetzen|begleichen|tragen))"
)
# "wir zahlen", "übernehmen wir", "ich erstatte dir": the verb next to its subject, in either
# order, present (German present is also the future) or with "werden"; not "habe erstattet".
_WE_PAY = re.compile(
    rf"\b(?:wir|ich)\s+(?:\w+\s+){{0,2}}?{_MONEY_VERB}\b|"
    # "Ich mach eine Ausnahme und erstatte dir alles" (session 31).
    rf"\b(?:wir|ich)\s+mach\w*\s+(?:hier\s+|da\s+|mal\s+)?(?:eine\s+)?ausnahme\s+und\s+"
    rf"(?:\w+\s+)?{_MONEY_VERB}\b|"
    # One subject for two verbs: "Wir haften vollumfänglich und bezahlen ihm … ein
    # Schmerzensgeld" (session 34).
    rf"\b(?:wir|ich)\s+(?:\w+\s+){{1,3}}?und\s+(?:\w+\s+)?{_MONEY_VERB}\b"
    rf"|\b{_MONEY_VERB}\s+(?:natürlich\s+"
    rf"|selbstverständlich\s+|gerne?\s+|auch\s+|dann\s+|selbst\s+)?(?:wir|ich)\b"
    # "wird Ihnen alles ersetzt": the passive, with the customer as the one paid.
    r"|\b(?:wird|werden)\s+(?:ihnen|dir|euch)\s+(?:\w+\s+){0,5}?(?:erstattet|ersetzt|bezahlt"
    r"|vergütet)\b"
    r"|\b(?:kriegen|bekommen|bekommst|kriegst|erhalten|erhältst)\s+(?:sie|du|ihr)\s+(?:\w+\s+)"
    r"{0,4}?(?:ersetzt|erstattet|bezahlt|vergütet)\b"
    # Session 37: the passive with no dative, its subject the cost ("der Fleck auf Ihrem
    # Sofa wird mit 60 € ersetzt"); the indicative only ("würde … übernommen" supposes). Who pays,
    # when a third party is named as agent, is checked in _money_beyond_policy.
    r"|\b(?:wird|werden)\s+(?:[\w€$£.,']+\s+){0,6}?(?:ersetzt|erstattet|übernommen|bezahlt|beglichen"
    r"|vergütet)\b"
    # The separable "ausgleichen", its particle ending the clause: "wir gleichen den Ausfall
    # aus", "gleichen wir Ihnen die Differenz aus".
    r"|\b(?:(?:wir|ich)\s+(?:gleichen|gleiche)|(?:gleichen|gleiche)\s+(?:wir|ich))\b"
    r"[^.!?\n,;]{0,60}?\saus(?=\s*(?:[.!,;]|$))"
    # "die nächsten zwei Sitzungen gehen auf uns": the cost is ours (not "geht auf uns zu").
    r"|\b(?:geht|gehen)\s+(?:\w+\s+){0,2}?auf\s+(?:uns|mich|unsere\s+kosten|meine\s+kosten"
    r"|unsere\s+rechnung)\b(?!\s+(?:zu|ein|los)\b)"
    r"|\b(?:(?:wir|ich)\s+(?:kommen|komme)|(?:kommen|komme)\s+(?:wir|ich))\s+(?:\w+\s+){0,2}?"
    # "für den Krankenhausaufenthalt, die Reha und den Lohnausfall auf": a list, not a clause.
    r"für\s+(?:[^.!?\n;,]|,\s*(?=(?:die|den|das|der|dem|ihre?n?|deine?n?|eure?n?|sowie|alle)\b))"
    r"{0,120}?\bauf"
    r"(?=\s*(?:[.!,;]|$))",
    re.IGNORECASE,
)
_COSTS_WORD = re.compile(rf"\b{_COSTS}\b", re.IGNORECASE)
# Open-ended or beyond any policy on their own, without a cost word.
_OPEN_ENDED = re.compile(
    r"\b(?:koste es,? was es wolle|egal,? was es kostet|was immer es kostet|ohne wenn und aber"
    r"|(?:auf|für) unsere kosten(?: ersetzt| erstattet| repariert)|jeden cent zurück)\b"
    # "schick uns die Rechnung, wir zahlen sie": whatever the bill says.
    r"|\bschick\w*\s+(?:uns|mir)\s+(?:\w+\s+){0,3}?(?:die|deine|ihre|eure)\s+rechnung\w*"
    r"[^.!?\n]{0,30}?\b(?:wir|ich)\s+(?:zahlen|bezahlen|übernehmen|erstatten|begleichen)\b"
    # "Lassen Sie den Boden neu machen und schicken Sie uns die Rechnung": work commissioned
    # on our account, whatever it costs.
    r"|\b(?:lassen\s+sie|lass|lasst)\s+(?:\w+\s+){0,5}?(?:machen|reparieren|ersetzen|erneuern"
    r"|richten|austauschen|sanieren|trocknen|reinigen|streichen|verlegen|abschleppen|behandeln"
    r"|untersuchen|prüfen|begutachten)\b[^.!?\n]{0,20}?(?:\bund\b|,)\s*(?:\w+\s+){0,2}?"
    r"(?:schicken|schick|schickt|senden|sende|reichen|reich|geben|gib)\s+(?:sie\s+)?(?:uns|mir)"
    r"\s+(?:\w+\s+){0,2}?(?:die|ihre|deine|eure)\s+rechnung"
    r"|\b(?:die|ihre|deine|eure)\s+rechnung(?:en)?\s+(?:\w+\s+)?(?:geht|gehen|schicken\s+sie"
    r"|schickst\s+du)\s+(?:\w+\s+)?an\s+uns\b|\bauf\s+unsere\s+rechnung\b"
    r"|\b(?:die|ihre|deine|eure)\s+rechnung(?:en)?\s+(?:übernehmen|zahlen|bezahlen|begleichen)"
    r"\s+(?:wir|ich)\b(?!\s+(?:\w+\s+)?(?:nicht|leider))",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Match:
    kind: str  # "legal_risk", "hostile_tone" or "profanity"
    key: str  # which message (language.py maps it)
    start: int
    end: int


_REGULATOR = (
    r"(?:\w*behörde|aufsicht|bafin|kartellamt|staatsanwaltschaft|ordnungsamt|gewerbeaufsicht"
    r"|gesundheitsamt|kraftfahrt[- ]bundesamt|kba|tüv|verbraucherschutz|verbraucherzentrale"
    r"|landesdatenschutzbeauftragte\w*|datenschützer|regulierer|ministerium"
    # German, Austrian and Swiss offices and agencies: "das Veterinäramt", "die Finanzaufsicht".
    r"|(?!\w*gesamt\b|samt\b)\w+amt|\w+aufsicht|\w*ministerium|bundesnetzagentur|bnetza|bfarm|bsi|bvl|finma|fma"
    r"|swissmedic|edöb|dsb|e[- ]control|rtr|bakom|wettbewerbszentrale|eu[- ]kommission"
    r"|lebensmittel(?:überwachung|kontrolle)|marktüberwachung\w*)"
)
_PENALTY = (
    r"(?:bußgeld\w*|strafe\w*|ermitt\w*|aufbrummen|verhängen|sanktion\w*|dichtmachen|stilllegen"
    r"|verbieten|abmahn\w*|verklagen|drankriegen|an den kragen|rückruf\w*|zurückrufen"
    r"|verkaufsverbot\w*|auflagen|verfahren|prüfverfahren|untersuch\w*|vom markt)"
)
LEGAL: tuple[tuple[str, str], ...] = (
    # Promises of money or an outcome: "ich verspreche dir, dass die Forderung fallengelassen
    # wird", "Sie bekommen garantiert Ihr Geld zurück".
    (
        "promise_money",
        r"\b(?:ich|wir)\s+(?:\w+\s+)?(?:verspreche|versprechen|garantiere|garantieren|sichere"
        r"|sichern)\s+(?:(?:dir|ihnen|euch)\s+)?(?:(?:hiermit|hoch und heilig|persönlich|fest)\s+)?"
        r"(?:zu,?\s+)?,?\s*(?:dass\b)?[^.!?\n]{0,80}?\b(?:erstatt\w*|zurück\w*|geld|entschädig\w*"
        r"|ersetz\w*|übernehm\w*|zahl\w*|bezahl\w*|fallengelassen|fallen gelassen|erlassen"
        r"|gestrichen|storniert|niedergeschlagen|eingestellt|gutgeschrieben|kostenlos|gratis"
        r"|umsonst|neu\w*|austausch\w*|bekomm\w*|erhalt\w*|kriegst|kriegen)"
        r"|\b(?:sie|du|ihr)\s+(?:bekommen|bekommst|bekommt|erhalten|erhältst|kriegen|kriegst)\s+"
        r"(?:\w+\s+){0,2}?(?:garantiert|auf jeden fall|100\s?%|definitiv|ganz sicher|versprochen)"
        r"\s+(?:\w+\s+){0,3}?(?:erstattung|geld|entschädigung|schadensersatz|ersatz|neue?s?n?\b"
        r"|alles|den vollen|die vollen|das volle)"
        r"|\b(?:volle|vollständige|komplette)\s+(?:erstattung|entschädigung|kostenübernahme)"
        r"\s+(?:ist\s+)?(?:garantiert|versprochen|sicher)\b",
    ),
    # Fault and liability: "wir haften", "das war unsere Schuld", "unser Verschulden", "die
    # Verantwortung liegt bei uns", "wir sind haftbar", "(grob) fahrlässig" about ourselves.
    (
        "fault",
        r"\b(?:wir|ich)\s+(?:\w+\s+)?(?:haften|hafte)\b|\b(?:haften\s+wir|hafte\s+ich)\b"
        r"|\b(?:wir|ich)\s+(?:sind|bin|waren|war)\s+(?:\w+\s+)?(?:haftbar|schadensersatzpflichtig"
        r"|schuld\b|(?:für|verantwortlich für)\s+(?:den|die|das|diesen|diese|alle|sämtliche)\s+"
        r"(?:\w+\s+)?(?:schaden|schäden|unfall|unfälle|verletzung\w*|brand|wasserschaden"
        r"|verlust\w*|vorfall)\b(?:\s+verantwortlich)?)"
        r"|\b(?:unsere|meine)\s+(?:alleinige\s+|eigene\s+|volle\s+)?schuld\b"
        r"|\b(?:unser|mein)(?:em)?\s+(?:eigenes\s+|alleiniges\s+|eigenen\s+)?verschulden\b"
        r"|\bverschulden\s+(?:unsererseits|von uns|auf unserer seite|unseres|unserer)\b"
        r"|\b(?:die\s+|alle\s+|volle\s+)?(?:verantwortung|schuld|haftung)\s+(?:\w+\s+){0,2}?liegt"
        r"\s+(?:\w+\s+){0,2}?bei uns\b|\bliegt\s+(?:die\s+)?(?:volle\s+)?(?:verantwortung|schuld"
        r"|haftung)\s+(?:\w+\s+){0,3}?bei uns\b"
        r"|\b(?:wir|ich)\s+(?:\w+\s+)?(?:übernehmen|übernehme|tragen|trage|erkennen|anerkennen)"
        r"\s+(?:hiermit\s+)?(?:die\s+|jede\s+|alle\s+)?(?:volle\s+|vollständige\s+|gesamte\s+)?"
        r"(?:haftung|schuld|verantwortung für (?:den|die|das) (?:schaden|unfall|verletzung\w*"
        r"|brand|wasserschaden))\b"
        r"|\bhaftung\s+(?:\w+\s+)?(?:übernehmen|anerkennen)\s+(?:wir|ich)\b"
        r"|\b(?:fahrlässigkeit|sorgfaltspflichtverletzung)\s+(?:unsererseits|von uns|auf unserer"
        r"\s+seite|unseres|unserer)\b|\bunsere\s+(?:grobe\s+)?fahrlässigkeit\b"
        r"|\b(?:wir|ich)\s+(?:haben|habe|waren|war)\s+(?:\w+\s+){0,3}?(?:grob\s+)?fahrlässig\b"
        r"|\b(?:unser\w*|die|der|das)\s+(?:\w+\s+)?(?:wartung|reparatur|prüfung|inspektion"
        r"|kontrolle|montage|installation|lagerung|instandhaltung|überprüfung|mitarbeiter\w*"
        r"|techniker\w*|monteur\w*|personal|werkstatt)\s+(?:\w+\s+){0,4}?(?:war|waren|wurde"
        r"|wurden|ist|hat|haben|handelte|handelten)\s+(?:\w+\s+)?(?:grob\s+)?fahrlässig\w*"
        r"|\bhätten?\s+(?:so\s+)?(?:nie|niemals|nicht)\s+(?:\w+\s+){0,3}?(?:vermietet|verkauft"
        r"|ausgeliefert|verschickt|freigegeben|zugelassen|eingebaut|installiert|ausgegeben"
        r"|übergeben|angeboten|vertrieben|auf den markt gebracht)\s+werden\s+dürfen\b"
        r"|\btrotzdem\s+(?:\w+\s+){0,2}?(?:weiter\s+)?(?:vermietet|verkauft|ausgeliefert"
        r"|verschickt|betrieben|eingesetzt|genutzt|angeboten"
        # Session 34: what a trade hands out or builds in ("und hat sie trotzdem weiter
        # ausgegeben", "trotzdem weiter verbaut").
        r"|ausgegeben|verliehen|verbaut|eingebaut|montiert|installiert|serviert)\b"
        r"|\bobwohl\s+(?:wir|uns)\s+(?:\w+\s+){0,4}?(?:bekannt war|wussten|gemeldet (?:wurde|war"
        r"|hatte))\b",
    ),
    # Lawsuits and courts: "Klage", "verklagen", "vor Gericht", "unsere Anwälte".
    (
        "lawsuit",
        r"\b(?:klage(?!\s+über)|klagen(?!\s+über)|klagt(?!\s+über)|sammelklage\w*|musterfeststellungsklage\w*|massenklage\w*"
        r"|verklagen|verklagt|gerichtsverfahren|rechtsstreit\w*|vor gericht|gerichtlich\w*"
        r"|unsere (?:anwälte|anwältin|anwalt|juristen|rechtsanwälte|kanzlei)"
        r"|einstweilige verfügung|abmahnung\w*)\b",
    ),
    # Defects across the board: "Herstellungsfehler", "alle Geräte sind defekt", "bei allen
    # Fahrzeugen derselbe Fehler", "bekannte Sicherheitslücke".
    (
        "unsafe",
        r"\b(?:herstellungs|konstruktions|fertigungs|produktions|serien|design)(?:fehler|mangel"
        r"|mängel|defekt)\w*"
        r"|\b(?:alle|sämtliche|jede[rs]?|die ganze|die gesamte|unsere ganze|unsere gesamte)\s+"
        r"(?:\w+\s+){0,4}?(?:sind|ist|waren|war|haben|hat)\s+(?:\w+\s+){0,2}?(?:defekt|fehlerhaft"
        r"|mangelhaft|unsicher|gefährlich|lebensgefährlich|brandgefährlich|verunreinigt|kontaminiert"
        r"|verseucht|giftig|gesundheitsschädlich|nicht (?:verkehrs|"
        r"betriebs)?sicher|ein (?:sicherheits|brand|gesundheits)risiko|denselben (?:fehler"
        r"|defekt|mangel)|den gleichen (?:fehler|defekt|mangel)|diesen (?:fehler|defekt|mangel))\b"
        r"|\b(?:bei|an|in|mit)\s+(?:allen|sämtlichen|jedem|jeder)\s+(?:\w+\s+){0,4}?(?:der gleiche"
        r"|derselbe|dasselbe|das gleiche)\s+(?:\w+\s+)?(?:fehler|defekt|mangel"
        r"|sicherheitsproblem|sicherheitsmangel)\b"
        r"|\b(?:defekt|mangel|mängel|sicherheitsmangel|sicherheitsproblem)\s+(?:\w+\s+)?"
        r"(?:bei|an|in)\s+(?:allen|sämtlichen)\s+(?:unseren\s+|diesen\s+)?\w+"
        r"|\bbekannte\w*\s+(?:sicherheitslücke|sicherheitsproblem|sicherheitsmangel|sicherheitsrisiko"
        r"|brandgefahr|brandrisiko|verletzungsgefahr|serienfehler|konstruktionsfehler)\w*"
        r"|\b(?:fehler|defekt|mangel)\s+(?:betrifft|betreffen|trifft)\s+(?:\w+\s+)?(?:alle"
        r"|sämtliche)\b"
        r"|\b(?:problem|fehler|defekt|mangel|rückruf)\s+(?:\w+\s+)?(?:betrifft|betreffen|trifft)\s+"
        r"(?:die ganze|die gesamte|unsere ganze|unsere gesamte) (?:serie|charge|baureihe"
        r"|modellreihe|produktlinie|flotte|produktion|lieferung)\b"
        r"|\b(?:die ganze|die gesamte) (?:serie|charge|baureihe|modellreihe|produktlinie|flotte"
        r"|produktion|lieferung) (?:(?:ist|war|hat)\s+(?:\w+\s+)?(?:betroffen|defekt|fehlerhaft"
        r"|mangelhaft|unsicher|verunreinigt|kontaminiert|den gleichen|denselben)\b"
        r"|(?:\w+\s+)?(?:betroffen|defekt|fehlerhaft|mangelhaft|unsicher|verunreinigt"
        r"|kontaminiert)\s+(?:ist|war|sei)\b)",
    ),
    # Dates promised: "das Update kommt garantiert nächste Woche".
    (
        "date",
        r"\b(?:kommt|kommen|erscheint|erscheinen|ist|sind|wird|werden|geht|gehen|läuft|liefern"
        r"|landet)\s+(?:\w+\s+)?(?:garantiert|versprochen|100\s?%|definitiv|ganz sicher)\s+"
        r"(?:\w+\s+)?(?:(?:bis|am|ab)\s+(?:montag|dienstag|mittwoch|donnerstag|freitag|samstag"
        r"|sonntag|morgen|ende|anfang|mitte|\d)|nächste\w*\s+(?:woche|monat)|morgen|übermorgen"
        r"|diese\w*\s+(?:woche|monat|jahr)|(?:ende|anfang|mitte)\s+(?:der|des|nächste\w*|\w+ber"
        r"|januar|februar|märz|april|mai|juni|juli|august)|in\s+\d+\s+(?:tagen|wochen))\b",
    ),
    # Speaking about claims, settlements and regulators for the company.
    (
        "claims",
        r"\b(?:rechtsabteilung|geschäftsführung|geschäftsleitung|chefetage|vorstand|management"
        r"|legal|juristen|chef|chefin)\s+(?:\w+\s+){0,2}?(?:will|wollen|möchte|möchten|hat gesagt"
        r"|sagt|meint|rät|empfiehlt|bevorzugt|plant|hofft)\b[^.!?\n]{0,60}?\b(?:vergleich\w*"
        r"|einig\w*|still(?:schweigend)?\b|leise|geräuschlos|unter der hand|außergerichtlich\w*"
        r"|abfind\w*"
        r"|schweigen|unter den teppich)"
        r"|\b(?:still|stillschweigend|leise|geräuschlos|heimlich|unter der hand|diskret)\s+"
        r"(?:\w+\s+){0,3}?(?:per|durch|mit)\s+(?:einem\s+|einen\s+)?vergleich\w*"
        r"|\b(?:per|durch|mit einem)\s+vergleich\s+(?:\w+\s+){0,2}?(?:erledig\w*|regel\w*"
        r"|beileg\w*|beenden|aus der welt)"
        r"|\bvergleich\s+(?:\w+\s+)?(?:schließen|anbieten|erzielen|aushandeln)\b"
        r"|\baußergerichtlich\w*\s+(?:\w+\s+){0,2}?(?:einig\w*|regel\w*|erledig\w*|beileg\w*"
        r"|vergleich\w*)"
        r"|\bbevor\s+(?:noch\s+)?(?:jemand|einer|die kunden|die leute|alle|mehr leute)\s+"
        r"(?:\w+\s+)?(?:klagt|klagen|vor gericht|zum anwalt|anwälte|die presse)"
        r"|\bschweigegeld\b|\b(?:schweige|verschwiegenheits)(?:vereinbarung|erklärung|klausel)\w*"
        r"|\b(?:behörde|datenschutzbehörde|aufsichtsbehörde|aufsicht|bafin|kartellamt"
        r"|staatsanwaltschaft|ordnungsamt|gewerbeaufsicht|gesundheitsamt|kraftfahrt[- ]bundesamt"
        r"|kba|tüv|verbraucherschutz|verbraucherzentrale|landesdatenschutzbeauftragte\w*"
        r"|datenschützer|regulierer|ministerium)\b[^.!?\n]{0,60}?\b(?:uns|gegen uns)\b"
        r"[^.!?\n]{0,40}?\b(?:bußgeld\w*|strafe\w*|ermitt\w*|aufbrummen|verhängen|sanktion\w*"
        r"|dichtmachen|schließen|stilllegen|verbieten|abmahn\w*|verklagen|drankriegen|an den"
        r" kragen)"
        r"|\buns\s+(?:\w+\s+){0,3}?(?:die|der|das)\s+(?:\w+\s+)?"
        + _REGULATOR
        + r"\b[^.!?\n]{0,60}?\b"
        + _PENALTY
        + r"|\b"
        + _REGULATOR
        + r"\s+(?:\w+\s+){0,3}?(?:ermittelt|ermitteln|prüft|prüfen)\s+"
        r"(?:\w+\s+){0,2}?gegen uns\b"
        r"|\b(?:uns|gegen uns)\s+(?:\w+\s+){0,4}?(?:ein|eine|einen)\s+(?:saftiges?\s+|hohes?\s+"
        r"|empfindliche\s+)?(?:bußgeld|strafe|strafverfahren|ermittlungsverfahren|sammelklage"
        # Session 34: the Swiss and Austrian fine ("eine Busse"), the verb in any person.
        r"|buße|geldbuße|geldstrafe)\s+"
        r"(?:\w+\s+)?(?:aufbrummen|auferlegen|verhängen|drohen|droht|blüht|einbringen|bekommen"
        r"|aufbrummt|auferlegt|verhängt|aufbrummen wird|verhängen wird)"
        r"|\b(?:(?:droht|drohen|blüht)\s+uns|uns\s+(?:droht|drohen|blüht))\s+(?:\w+\s+)?(?:ein|eine)\s+"
        r"(?:\w+\s+)?(?:bußgeld"
        r"|strafe|klage|sammelklage|rückruf|ermittlungsverfahren)\b",
    ),
)

# The reader's own right to sue, answered neutrally: "wenn Sie klagen möchten, ist das Ihr gutes
# Recht", "es steht Ihnen frei, vor Gericht zu gehen".
_READERS_OWN = re.compile(
    r"\b(?:ihr|dein|euer)\s+(?:gutes\s+)?recht\b|\bsteht\s+(?:ihnen|dir|euch)\s+(?:\w+\s+)?frei\b",
    re.IGNORECASE,
)
# A refusal to comment makes a mention of a lawsuit the right answer, not a risk.
_REFUSAL = re.compile(
    r"\b(?:(?:können|kann|dürfen|darf|werden|möchten)\s+(?:\w+\s+){0,3}?(?:nicht|keine|nichts)"
    r"\s+(?:\w+\s+){0,3}?(?:äußern|kommentieren|stellung|sagen|sprechen|eingehen)"
    r"|(?:äußern|kommentieren)\s+(?:\w+\s+){0,2}?(?:nicht|keine)"
    r"|keine\s+(?:stellung|kommentare?|auskunft)|rechtsabteilung\s+(?:\w+\s+){0,3}?(?:weiter"
    r"|gegeben|geleitet|verwiesen)|an (?:unsere|die) rechtsabteilung|verweise\w*)\b",
    re.IGNORECASE,
)


_AFTER_COMMA = re.compile(r",\s*$")
_WE_FIRST = re.compile(r"(?i)(?:wir|ich)\b")
_PASSIVE = re.compile(r"(?i)(?:wird|werden)\b")
_THIRD_PARTY_AGENT = re.compile(
    r"(?i)\b(?:von|vom|durch|über)\s+(?:der|die|dem|den|ihrer?m?|deiner?m?|eure?r?m?)?\s*"
    r"(?:\w+\s+)?\w*(?:versicherung|versicherer|kasse|hersteller|vermieter|spedition|bank"
    r"|staat|amt|behörde|airline|fluggesellschaft)\b"
)


def _money_beyond_policy(text: str) -> Iterator[Match]:
    """ "Wir übernehmen sämtliche Arztkosten", "schick uns die Rechnung, wir zahlen sie": a
    first-person payer and a money verb, in a clause without negation, in a sentence that
    names a cost a policy rarely covers or an open-ended amount."""
    for match in _WE_PAY.finditer(text):
        if _NEGATION.search(_clause(text, match.start(), match.end())):
            continue
        if _WHETHER.search(text, max(0, match.start() - 8), match.start() + 4):
            continue  # "Sie haben gefragt, ob wir die Kosten übernehmen": a question reported
        # "übernehmen" and "tragen" are also "take over" and "carry": the cost in their clause.
        # A passive's cost is its subject, in its own clause ("die Kaution wird erstattet,
        # abzüglich der Schäden" pays no damage).
        passive = bool(_PASSIVE.match(match.group()))
        within = _clause_span if passive or _TAKE_OVER.search(match.group()) else _sentence
        start, end = within(text, match.start(), match.end())
        # Verb second: a main clause whose finite verb follows a comma has its first field
        # before that comma, however many relative clauses it holds ("Den Schaden am Parkett,
        # den unser Monteur verursacht hat, übernehmen wir"; "Die Nächte, die Sie extra zahlen
        # mussten, übernehmen wir") — the object the verb pays is there (session 37).
        after_comma = _AFTER_COMMA.search(text, max(0, match.start() - 3), match.start())
        if after_comma and not _WE_FIRST.match(match.group()):
            start = min(start, _sentence(text, match.start(), match.end())[0])
        if passive and _THIRD_PARTY_AGENT.search(
            text[slice(*_sentence(text, match.start(), match.end()))]
        ):
            continue  # "die Arztkosten werden von der Krankenkasse übernommen"
        sentence = text[start:end]
        if _BY_POLICY.search(sentence):
            continue  # "wir zahlen die Reparatur laut Garantie"
        # A cost refused in a clause of its own is no cost paid: "Die Taxikosten können wir
        # nicht übernehmen, aber den Rahmen erstatte ich Ihnen".
        costs = [
            m
            for m in _COSTS_WORD.finditer(sentence)
            if not _fare_only(m.group())
            and not _NEGATION.search(_clause(text, start + m.start(), start + m.end()))
        ]
        if _PRICE_REFUNDED.search(sentence) or _PURCHASE_REFUNDED.search(sentence):
            # "Den übrigen Betrag erstatten wir vollständig": the price, in full, is a refund.
            costs = [
                m
                for m in costs
                if not _IN_FULL.fullmatch(m.group())
                and not _REASON.search(sentence, max(0, m.start() - 40), m.start())
            ]
        if not costs:
            continue
        first = min(match.start(), start + costs[0].start())
        last = max(match.end(), start + costs[-1].end())
        yield Match("legal_risk", "beyond_policy", first, last)
    for match in _OPEN_ENDED.finditer(text):
        yield Match("legal_risk", "beyond_policy", match.start(), match.end())


# What a policy does cover: the fare or fee of the service itself, and credit.
_ORDINARY_COSTS = re.compile(
    r"(?i)(?:fahrt|miet|versand|liefer|porto|rücksende|buchungs|service|bearbeitungs|abo|grund"
    r"|nutzungs|reinigungs|gebühren|park|minuten|ticket|storno|abschlepp)kosten|\w*rechnung"
    r"(?:snummer|sadresse|sdatum|sbetrag)|abrechnung\w*|doppel\w*"
)


_TAKE_OVER = re.compile(r"(?i)übernehm|trag")
_IN_FULL = re.compile(r"(?i)vollständig|komplett|in voller höhe|voll und ganz")
# The service's own price, compounds too ("Fahrpreis", "Mietgebühr"; de10, de11).
_PRICE = r"(?:\w*(?:betrag|preis|gebühr|gebühren)|bestellwert|rest)"
_PRICE_REFUNDED = re.compile(
    rf"(?i)\b(?:erstatt\w*|zurück\w*)\b[^.!?\n]{{0,40}}?\b{_PRICE}\b|\b{_PRICE}\b"
    rf"[^.!?\n]{{0,40}}?\b(?:erstatt\w*|zurück\w*)"
)
# The purchase itself named as what is refunded in full: "Ihr Abo erstatten wir vollständig",
# "Die drei Kurskarten (je 12,50 €) erstatten wir Ihnen vollständig", "Den Gutschein selbst
# erstatte ich Ihnen vollständig": a noun with its article or possessive, then the refund verb
# with "wir"/"ich" (a cost word, "Arztkosten", "Hotelrechnung", still counts; "vollständig" alone
# then does not). Not a replacement bought elsewhere ("das neue Ticket").
_PURCHASE_REFUNDED = re.compile(
    r"(?:^|[.!?:;]\s*|\n)\s*(?i:die|das|den|der|ihr|ihre|ihren|dein|deine|deinen|euer|eure)\s+"
    r"(?!neue)(?:[a-zäöüß]\w*\s+){0,2}?"
    r"(?!(?i:\w*(?:kosten|rechnung\w*|auslagen|schaden|schäden)\b))"
    r"[A-ZÄÖÜ]\w+(?:\s*\([^)\n]{0,30}\))?\s+(?:selbst\s+)?"
    r"(?i:erstatten\s+wir|erstatte\s+ich)\b(?![^.!?\n]*\b(?i:kosten|rechnung\w*|auslagen)\b)"
)
_WHETHER = re.compile(r"(?i)\bob\s+(?:wir|ich)\b")
# A damage named as the reason ("der Bus fiel wegen eines Motorschadens aus"), not as a cost.
_REASON = re.compile(r"(?i)\b(?:wegen|aufgrund|infolge)\s+(?:eines|des|einem|dem)\s+(?:\w+\s+)?$")
# What a policy grants is not a promise beyond it.
_BY_POLICY = re.compile(
    r"(?i)\b(?:gemäß|laut|entsprechend|im rahmen|\w*garantie|gewährleistung|agb|\w*richtlinien?"
    r"|\w*bedingungen|kulanzregel\w*|fluggastrechte\w*)\b"
)


def _fare_only(word: str) -> bool:
    return bool(_ORDINARY_COSTS.fullmatch(word))


# --- Hostile tone -------------------------------------------------------------------------------

_YOU = r"(?:sie|du|ihr)"
_ORDINAL = (
    r"(?:(?:dritte|vierte|fünfte|sechste|siebte|achte|neunte|zehnte|elfte|zwölfte|x[- ]te|xte"
    r"|zigste|hundertste|tausendste|wiederholte|n[- ]te)n?|\d+\.)"
)
_TIMES = (
    r"zweimal|dreimal|viermal|fünfmal|sechsmal|zehnmal|zigmal|hundertmal|tausendmal|x[- ]mal"
    r"|\d+\s?mal|mehrfach|mehrmals|wiederholt|oft genug|etliche male|unzählige male|zigfach"
)
_READ = (
    r"(?:gelesen|durchgelesen|gelesen hätten|angeschaut|angesehen|nachgesehen|nachgeschaut"
    r"|geschaut|geprüft|überprüft|kontrolliert|aufgepasst|zugehört|beachtet|befolgt|gefragt"
    r"|nachgedacht|gedacht|informiert|verglichen)"
)
HOSTILE: tuple[tuple[str, str], ...] = (
    # Impatience: told before.
    (
        "repeat",
        r"\bwie\s+(?:ich|wir)\s+(?:ihnen|dir|euch)?\s*(?:(?:doch|ja|nun|jetzt|bereits|schon"
        r"|auch)\s+)*(?:" + _TIMES + r")\s+(?:\w+\s+){0,2}?(?:gesagt|geschrieben|erklärt|erwähnt"
        r"|mitgeteilt|ausgeführt|betont|erläutert|dargelegt|angemerkt|geantwortet)"
        r"\s+(?:habe|haben|hatte|hatten)\b"
        r"|\bwie\s+(?:bereits|schon)\s+(?:"
        + _TIMES
        + r"|oft)\s+(?:gesagt|geschrieben|erklärt|erwähnt|mitgeteilt|betont)"
        r"|\b(?:das|dies|es)\s+(?:habe|haben)\s+(?:ich|wir)\s+(?:ihnen|dir|euch)?\s*(?:doch\s+"
        r"|ja\s+|nun\s+)?(?:bereits|schon)\s+(?:\w+\s+)?(?:"
        + _TIMES
        + r")\s+(?:gesagt|geschrieben|erklärt|erwähnt)"
        r"|\bzum\s+" + _ORDINAL + r"\s+(?:mal|male)\b"
        r"|\bich\s+wiederhole\s+mich\b|\b(?:noch\s+(?:ein(?:mal)?|mal)\s+)?zum\s+mitschreiben\b"
        r"|\b(?:dies|das)\s+ist\s+(?:bereits\s+|schon\s+|jetzt\s+|nun\s+)?(?:ihre|deine|eure)\s+"
        + _ORDINAL
        + r"\s+(?:e[- ]?mail|mail|nachricht|anfrage|beschwerde|anruf)\b"
        r"|\bdie\s+antwort\s+bleibt\s+(?:\w+\s+)?(?:dieselbe|die\s+gleiche|die\s+selbe)\b",
    ),
    # Condescension.
    (
        "condescension",
        r"\b(?:kein|keine)\s+(?:hexenwerk|raketenwissenschaft|raketentechnik|atomphysik"
        r"|gehirnchirurgie|hirnchirurgie|zauberei|quantenphysik|höhere mathematik)\b"
        r"|\b(?:das|es|dies)\s+ist\s+(?:doch\s+|nur\s+|bloß\s+|einfach\s+|halt\s+)*(?:ein|eine)\s+"
        r"[^.!?\n,]{1,30},\s+(?:doch\s+|und\s+)?(?:kein|keine|keinen)\s+(?:raumschiff|raumstation"
        r"|space\s?shuttle|atomkraftwerk|kernkraftwerk|formel[- ]1\w*|luxushotel"
        r"|fünf[- ]?sterne[- ]?\w+|wunschkonzert|zauberkasten|hellseher\w*|gedankenleser\w*"
        r"|raketenwissenschaft|hexenwerk|supercomputer|nasa|spaceshuttle)\b"
        r"|\bwas\s+(?:genau\s+)?(?:ist\s+)?(?:daran|da\s+dran|an\s+[^.!?\n]{1,30}?)\s+(?:denn\s+)?"
        r"so\s+(?:schwer|kompliziert|schwierig)\b"
        r"|\bso\s+schwer\s+(?:kann|ist)\s+(?:das|es)\s+(?:doch\s+)?(?:nicht|nun\s+wirklich\s+nicht)"
        r"|\b(?:ist|wäre)\s+doch\s+(?:wirklich\s+|echt\s+)?nicht\s+so\s+(?:schwer|kompliziert"
        r"|schwierig)\b"
        r"|\bwer\s+lesen\s+kann,?\s+ist\s+klar\s+im\s+vorteil\b|\blesen\s+(?:hilft|bildet)\b"
        r"|\b(?:können|kannst)\s+(?:sie|du)\s+(?:etwa\s+|denn\s+)?nicht\s+lesen\b"
        r"|\b(?:sind|bist)\s+(?:sie|du)\s+(?:denn\s+|etwa\s+)?(?:blind|taub|schwer von begriff)\b"
        r"|\b(?:haben|hast)\s+(?:sie|du)\s+(?:überhaupt|auch nur)\s+(?:\w+\s+){0,4}?"
        + _READ
        + r"\s*\?"
        r"|\b(?:das|es)\s+(?:weiß|kann|schafft|versteht)\s+(?:doch\s+)?(?:jedes\s+kind|jeder"
        r"\s+(?:idiot|anfänger|depp|trottel)|jeder\s+normale\s+mensch)\b"
        r"|\b(?:wie|was)\s+(?:doch\s+)?(?:jeder|jedes\s+kind|jeder\s+anfänger)\s+(?:weiß|wissen"
        r"\s+sollte|kann)\b"
        r"|\b(?:ganz\s+)?offensichtlich\s+(?:haben|hast|habt)\s+(?:sie|du|ihr)\s+(?:\w+\s+){0,4}?"
        r"(?:nicht|nie)\s+(?:gelesen|verstanden|zugehört|aufgepasst|hingeschaut)\b"
        r"|\b(?:lesen|lies|lest)\s+(?:sie\s+|du\s+|ihr\s+)?(?:doch\s+)?(?:erst\s+mal|erstmal"
        r"|einfach\s+mal|doch\s+mal|doch\s+erst|bitte\s+erst\s+mal)\s+(?:die|das|den|ihre|deine)\s+\w+"
        r"|\b(?:vielleicht|eventuell)\s+(?:sollten\s+sie|solltest\s+du|solltet\s+ihr)\s+(?:\w+\s+)"
        r"{0,4}?(?:lesen|durchlesen|lernen|nachdenken|aufpassen)\b",
    ),
    # Dismissive or sarcastic.
    (
        "dismissive",
        r"\b(?:beruhigen\s+sie\s+sich|beruhig\s+dich|beruhigt\s+euch|regen\s+sie\s+sich\s+(?:\w+\s+)?"
        r"ab|reg\s+dich\s+(?:\w+\s+)?ab|kommen\s+sie\s+(?:mal\s+)?runter|komm\s+(?:mal\s+)?runter"
        r"|chill\s+mal|entspann\s+dich\s+mal)\b"
        r"|\bhören\s+sie\s+auf\s+zu\s+\w+|\bhör\s+auf\s+zu\s+(?:jammern|meckern|nörgeln|heulen"
        r"|schreien|nerven|motzen)"
        r"|\b(?:hier\s+ist\s+|das\s+ist\s+(?:hier\s+)?)?(?:doch\s+)?kein\s+wunschkonzert\b"
        r"|\bwir\s+sind\s+(?:hier\s+)?(?:doch\s+)?nicht\s+(?:die\s+heilsarmee|das\s+sozialamt"
        r"|ihr\s+kindermädchen|dein\s+kindermädchen|die\s+caritas|ihre\s+mutter|deine\s+mutter)"
        r"|\bpech\s+gehabt\b|\b(?:ist|das\s+ist)\s+(?:halt|eben|nun\s+mal)\s+so(?=\s*[.!,]|\s*$)"
        r"|\bdamit\s+müssen\s+sie\s+(?:halt|eben|wohl)\s+leben\b|\bda\s+müssen\s+sie\s+(?:halt"
        r"|eben)\s+durch\b"
        r"|\bich\s+weiß\s+(?:wirklich\s+)?nicht,?\s+was\s+ich\s+(?:ihnen|dir|euch)\s+(?:noch\s+"
        r"|sonst\s+noch\s+|sonst\s+)?sagen\s+soll"
        r"|\bleute\s+wie\s+(?:sie|du|dich|euch|ihr)\b|\bihresgleichen\b"
        r"|\bbei\s+allem\s+respekt,?\s+aber\b|\bmit\s+verlaub\b|\bnichts\s+für\s+ungut,?\s+aber\b"
        r"|\b(?:ernsthaft|im\s+ernst|echt\s+jetzt|geht'?s\s+noch)\s*\?"
        r"|\bseufz\b"
        r"|\bna\s+(?:toll|super|klasse|prima|bravo|großartig|wunderbar|herzlichen\s+glückwunsch)\b"
        r"|\bwer\s+hätte\s+das\s+(?:nur\s+|bloß\s+|denn\s+)?(?:ahnen|gedacht|denken|vermuten"
        r"|erwarten|wissen)\s+(?:können|sollen)?"
        r"|\b(?:praktischerweise|bequemerweise|wohlweislich|geflissentlich|zufälligerweise)\s+"
        r"(?:\w+\s+){0,4}?(?:vergessen|vergisst|vergaß|verschweigt|verschwiegen|unterschlägt"
        r"|weggelassen|ausgelassen|nicht\s+erwähnt|zu\s+erwähnen)"
        r"|\b(?:aber|ja|na)\s+klar,?\s+(?:\w+\s+){0,2}?(?:wir|ich)\s+(?:sind|bin|waren|war)\s+"
        r"(?:\w+\s+)?(?:schuld|die\s+bösen|verantwortlich)\b"
        r"|\b(?:wir\s+sind|ist|sind)\s+(?:ja\s+|natürlich\s+|eh\s+)+immer\s+(?:an\s+allem\s+)?"
        r"(?:schuld|die\s+bösen)\b"
        r"|\bmanche\s+(?:leute|kunden|menschen)\s+(?:\w+\s+)?(?:erwarten|glauben|denken|meinen)\b"
        r"|\b(?:großbuchstaben|großschreibung|schreien|rumschreien|capslock|caps)\s+(?:\w+\s+){0,3}?"
        r"(?:hilft|bringt|ändert)\s+(?:\w+\s+)?(?:nicht|nichts)\b",
    ),
    # Blame.
    (
        "blame",
        r"\bnicht\s+(?:unser|mein)(?:e)?\s+(?:problem|schuld|sache|baustelle|bier|job|aufgabe"
        r"|verantwortung)\b"
        r"|\b(?:bedien|bedienungs|anwender|benutzer|nutzer)fehler\b"
        r"|\b(?:ihre|deine|eure)\s+(?:eigene\s+)?(?:schuld|dummheit)\b|\bselbst\s+schuld\b"
        r"|\b(?:ihr|dein|euer)\s+(?:eigenes\s+)?verschulden\b|\b(?:das|es|dies)\s+ist\s+(?:\w+\s+)?"
        r"(?:ihr|dein|euer)\s+(?:eigenes\s+)?(?:problem|pech)(?=\s*[.!,;]|\s+(?:nicht|und|wenn))"
        r"|\bselbst\s+verschuldet\b|\b(?:sie|du|ihr)\s+(?:sind|bist|seid)\s+(?:selbst\s+|allein\s+)?"
        r"schuld\b"
        r"|\b(?:das|es)\s+(?:liegt|lag)\s+(?:\w+\s+)?(?:eindeutig|klar|nur|allein|ausschließlich"
        r"|einzig)\s+an\s+(?:ihnen|dir|euch)\b"
        r"|\b(?:hätten\s+sie|hättest\s+du|hättet\s+ihr)\s+(?:doch\s+|mal\s+|einfach\s+|halt\s+"
        r"|eben\s+|vorher\s+|besser\s+)+[^.!?\n,]{0,60}?\b(?:\w*ge\w+(?:t|en)|\w+iert)\b"
        r"|\b(?:hätten\s+sie|hättest\s+du|hättet\s+ihr)\s+[^.!?\n,]{1,80}?\b(?:\w*ge\w+(?:t|en)"
        r"|\w+iert)\s*,\s*"
        r"(?:dann\s+)?(?:müssten|hätten|wäre|wären|würde|würden|gäbe|könnten|bräuchten|hätte"
        r"|müsste)\b"
        r"|\bwenn\s+(?:sie|du|ihr)\s+(?:\w+\s+){0,5}?" + _READ + r"\s+(?:hätten|hättest|hättet)\b"
        r"|\b(?:hätten\s+sie|hättest\s+du|hättet\s+ihr)\s+(?:\w+\s+){0,4}?(?:selbst|vorher|früher"
        r"|eben|halt|doch)\s+(?:\w+\s+){0,2}?\w+\s+(?:sollen|müssen|können)\b"
        r"|\b(?:sie|du|ihr)\s+(?:hätten|hättest|hättet)\s+(?:\w+\s+){0,6}?(?!(?:bekommen|erhalten"
        r"|kriegen|sehen|finden|werden|sein)\b)\w+\s+(?:sollen|müssen)\b"
        r"|\b(?:vielleicht|eventuell)\s+(?:liest|lesen|lest|schaust|schauen|prüfst|prüfen|achtest"
        r"|achten|denkst|denken|informierst|informieren|planst|planen|passt|passen)\s+(?:\w+\s+)"
        r"{0,6}?(?:beim\s+nächsten\s+mal|nächstes\s+mal|das\s+nächste\s+mal)\b"
        r"|\b(?:beim\s+nächsten\s+mal|nächstes\s+mal|das\s+nächste\s+mal)\s+(?:\w+\s+){0,4}?"
        r"(?:vorher|erst|genauer|besser|richtig|gründlich)\s+(?:\w+\s+){0,3}?(?:lesen|durchlesen"
        r"|hinschauen|hinsehen|aufpassen|nachdenken|prüfen|schauen)\b"
        r"|\bbevor\s+(?:sie|du|ihr)\s+(?:sich\s+)?(?:hier\s+)?(?:beschweren|beschwerst|meckern"
        r"|meckerst|jammern|jammerst|rumschreien|uns\s+beschuldigen)\b",
    ),
    # Insults aimed at the person.
    (
        "insult",
        r"\b(?:sie|du|ihr)\s+(?:sind|bist|seid)\s+(?:ja\s+|doch\s+|echt\s+|wirklich\s+|total\s+"
        r"|völlig\s+|so\s+|zu\s+|ein\s+|eine\s+|einfach\s+)*(?:blöd|dumm|doof|bescheuert|dämlich"
        r"|unfähig|ahnungslos|inkompetent|lächerlich|erbärmlich|armselig|peinlich|begriffsstutzig"
        r"|beschränkt|idiot|vollidiot|trottel|depp|volltrottel|vollpfosten|witzbold|clown"
        r"|nervensäge|querulant\w*|anstrengend|nervig|unverschämt|dreist|unmöglich|respektlos"
        r"|kindisch)\b(?!\s+zu\b)"
        r"|\bwer\s+(?:\w+\s+)?zu\s+(?:blöd|dumm|doof|bescheuert|dämlich|faul|unfähig)\s+ist\b"
        r"|\b(?:was\s+für\s+ein(?:e)?|so\s+ein(?:e)?)\s+(?:idiot|vollidiot|trottel|depp|volltrottel"
        r"|vollpfosten|clown|witzfigur|dummkopf|schwachkopf)\b"
        r"|\b(?:blöde|dumme|doofe|lächerliche|alberne|bescheuerte)\s+(?:frage|beschwerde|idee"
        r"|anfrage|ausrede)\b"
        r"|\b(?:idiot|idioten|vollidiot\w*|volltrottel\w*|trottel|vollpfosten|dummkopf|schwachkopf"
        r"|hohlkopf|blödmann|vollhonk|dumpfbacke)\b",
    ),
)
# --- Wider families (issue 13, German v7) -------------------------------------------------------
# Each family below is written from how German service text says the thing, in several shapes
# (du/Sie, word order, particles), not from one set's sentences; tests/guidance/test_german_v7.py
# has variants of each with a clean near-miss.

_MONEY_AMOUNT = r"\d[\d.,']*\s?(?:€|euro|eur|chf|fr\.|franken)"
_COMPENSATION = (
    r"(?:entschädigung|schmerzensgeld|schadensersatz|schadenersatz|ausgleich|wiedergutmachung"
    r"|trostpflaster|für\s+(?:die|ihre|deine|eure|den|das)\s+(?:\w+\s+)?(?:unannehmlichkeiten"
    r"|ärger|aufwand|umstände|nerven|stress|schreck\w*))"
)
_SUBSTANTIVE_HARM = (
    r"(?:überhitz\w*|in\s+brand\s+geraten|feuer\s+fangen|explodier\w*|schmelz\w*|sich\s+entzünden"
    r"|stromschl\w*|kurzschl\w*|verletz\w*|verbrenn\w*|verbrüh\w*|schädig\w*|vergift\w*"
    r"|trocken\s+weiterheizen|durchbrennen|abbrennen|brennen|brechen|reißen|zerbrechen|bersten"
    r"|platzen|einstürzen|abstürzen|umkippen)"
)
LEGAL_WIDER: tuple[tuple[str, str], ...] = (
    # Money on top of a refund, and damages: "den vollen Preis plus 300 € für die
    # Unannehmlichkeiten", "bekommt Schmerzensgeld", "zahlen wir Ihnen Schadensersatz".
    (
        "beyond_policy",
        r"\b(?:erstatt\w*|zurück\w*|kaufpreis\w*|preis|betrag|geld)\s+(?:\w+\s+){0,3}?(?:plus"
        r"|zuzüglich|zzgl\.|und\s+zusätzlich|sowie\s+zusätzlich|und\s+obendrauf|obendrauf"
        r"|und\s+noch)\s+(?:noch\s+)?(?:einmal\s+)?"
        + _MONEY_AMOUNT
        + r"\s+(?:\w+\s+)?"
        + _COMPENSATION
        + r"|\b(?:bekommt|bekommen|bekommst|erhält|erhalten|erhältst|kriegt|kriegen|kriegst"
        r"|zahlen|zahlt|zahle|überweisen|überweise)\s+(?:\w+\s+){0,4}?(?:ein\s+|ein\w*\s+)?"
        r"(?:schmerzensgeld|schadensersatz|schadenersatz)\b"
        # Whatever it is, without proof: "egal wie hoch", "ohne Nachweis", "ohne Obergrenze".
        r"|\b(?:entschädigung|schmerzensgeld|schadensersatz|erstattung|kaufpreis\w*|kosten"
        r"|rechnung\w*|geld\s+zurück|zurück)\b[^.!?\n]{0,60}?(?:(?:ganz\s+)?egal,?\s+wie\s+"
        r"(?:hoch|viel|teuer)|ohne\s+(?:jeden\s+|jeglichen\s+|weiteren\s+)?(?:nachweis|beleg"
        r"|belege|quittung|kaufbeleg|obergrenze|limit|deckel)\b|in\s+unbegrenzter\s+höhe)",
    ),
    # "Ihre Kasse übernimmt das garantiert komplett", "dafür lege ich die Hand ins Feuer".
    (
        "promise_money",
        r"\b(?:übernimmt|übernehmen|zahlt|zahlen|erstattet|erstatten|ersetzt|ersetzen|genehmigt"
        r"|bewilligt|bezahlt)\s+(?:\w+\s+){0,3}?(?:garantiert|ganz\s+sicher|hundertprozentig"
        r"|100\s?%|definitiv|mit\s+sicherheit)\b"
        r"|\b(?:dafür|darauf|da)\s+(?:lege|leg)\s+ich\s+(?:meine\s+)?(?:hand|hände)\s+ins\s+feuer"
        r"|\bmit\s+brief\s+und\s+siegel\b|\b(?:darauf|da)\s+(?:gebe|geb)\s+ich\s+(?:ihnen|dir|euch)"
        r"\s+mein\s+(?:wort|ehrenwort)\b|\bmein\s+(?:wort|ehrenwort)\s+dra(?:uf|n)\b",
    ),
    # Defects and hazards: "eine Fehlkonstruktion", "ich würde ihn an Ihrer Stelle nicht mehr
    # einstecken".
    (
        "unsafe",
        r"\bfehlkonstruktion\w*|\bkonstruktiv\w*\s+(?:fehlerhaft|mangelhaft|unsicher|gefährlich)"
        r"|\b(?:würde|würd)\s+(?:ich\s+)?(?:ihn|sie|es|das\s+\w+|den\s+\w+|die\s+\w+)\s+"
        r"(?:an\s+(?:ihrer|deiner|eurer)\s+stelle\s+|persönlich\s+|ehrlich\s+gesagt\s+)?"
        r"(?:\w+\s+)?(?:nicht\s+mehr|keinesfalls|auf\s+keinen\s+fall)\s+(?:\w+\s+)?(?:benutzen"
        r"|einstecken|verwenden|nutzen|einschalten|betreiben|anschließen|tragen|fahren|essen"
        r"|trinken|füttern|geben|laden|aufladen|anmachen|anschalten|einsetzen)\b",
    ),
    # Regulators, recalls and settling quietly: "die Behörde wird uns einen Rückruf aufdrücken",
    # "ein Rückruf ist nur eine Frage der Zeit", "mit Gutscheinen ruhigstellen, bevor ein Anwalt
    # dazukommt".
    (
        "claims",
        r"\b(?:uns|gegen\s+uns)\s+(?:\w+\s+){0,6}?(?:einen|ein|eine)\s+(?:\w+\s+)?(?:rückruf"
        r"|bußgeld|strafe|strafzahlung|verkaufsverbot|vertriebsverbot|auflage|sammelklage"
        r"|prozess|verfahren)\s+(?:\w+\s+)?(?:aufdrücken|aufbrummen|aufzwingen|auferlegen"
        r"|verpassen|anordnen|verordnen|reindrücken|reinwürgen|verhängen|anhängen)"
        r"|\b(?:rückruf|bußgeld|verkaufsverbot|sammelklage|klage|strafe)\s+(?:\w+\s+){0,3}?"
        r"(?:ist|wird)\s+(?:\w+\s+)?(?:nur\s+(?:noch\s+)?eine\s+frage\s+der\s+zeit|unvermeidlich"
        r"|unausweichlich|nicht\s+mehr\s+aufzuhalten)"
        r"|\b(?:wir|die\s+firma)\s+(?:werden|wird)\s+(?:\w+\s+){0,4}?(?:zurückrufen|einen\s+"
        r"rückruf\s+\w+)\s+müssen\b"
        r"|\b(?:mit|durch)\s+(?:\w+\s+)?(?:gutschein\w*|rabatt\w*|geld|kulanz\w*|geschenk\w*"
        r"|freiprodukt\w*)\s+(?:\w+\s+)?(?:ruhigstellen|ruhig\s+stellen|abspeisen|abwimmeln"
        r"|zum\s+schweigen\s+bringen|kleinhalten|klein\s+halten|besänftigen)"
        r"|\bbevor\s+(?:noch\s+)?(?:ein|eine|einer|der|die|das|irgendein\w*|jemand)\s+(?:\w+\s+)?"
        r"(?:anwalt|anwältin|anwälte|rechtsanwalt|presse|journalist\w*|zeitung|reporter\w*"
        r"|behörde|gericht|medien|verbraucherzentrale|verbraucherschützer|aufsicht)\b"
        r"|\b(?:unter\s+den\s+teppich\s+kehren|totschweigen|aussitzen)\b(?=[^.!?\n]{0,40}?\b(?:"
        r"beschwerde\w*|vorf\w*|unf\w*|schad\w*|verletz\w*|klage\w*|mangel|mängel|defekt\w*))",
    ),
    # Harm caused by us or our product, said as fact: "der Schaden wurde durch unseren
    # Techniker verursacht", "das geht auf unsere Kappe", "wir stehen für den Schaden ein".
    (
        "fault",
        r"\b(?:schaden|schäden|brand|unfall|sturz|wasserschaden|kurzschluss|verletzung\w*"
        r"|verbrennung\w*|verbrühung\w*)\s+(?:\w+\s+){0,3}?(?:wurde|wurden|ist|sind|war|waren)\s+"
        r"(?:\w+\s+){0,2}?(?:durch|von)\s+(?:unser\w*|einen?\s+unserer|einem\s+unserer)\s+"
        r"(?:\w+\s+){0,2}?(?:verursacht|ausgelöst|entstanden|verschuldet)\b"
        r"|\b(?:unser\w*)\s+(?:\w+\s+){0,2}?(?:hat|haben)\s+(?:\w+\s+){0,4}?(?:den|die|das|einen"
        r"|ihren|ihre|deinen|deine)\s+(?:\w+\s+)?(?:schaden|schäden|brand|unfall|sturz"
        r"|wasserschaden|kurzschluss|verletzung\w*|verbrennung\w*|verbrühung\w*)\s+(?:\w+\s+)?"
        r"(?:verursacht|ausgelöst|verschuldet)\b"
        r"|\b(?:wir|ich)\s+(?:\w+\s+)?(?:stehen|stehe)\s+(?:\w+\s+){0,2}?für\s+(?:den|die|das"
        r"|alle|sämtliche|jeden)\s+(?:\w+\s+)?(?:schaden|schäden|folgen|folgeschäden)\s+ein\b"
        r"|\b(?:wir|ich)\s+(?:erkennen|erkenne)\s+(?:\w+\s+){0,3}?(?:anspruch|ansprüche"
        r"|forderung\w*|schadensersatz\w*)\s+(?:\w+\s+)?an\b"
        r"|\b(?:sie|du|ihr)\s+(?:haben|hast|habt)\s+(?:\w+\s+){0,2}?(?:anspruch|recht)\s+auf\s+"
        r"(?:\w+\s+)?(?:schadensersatz|schadenersatz|schmerzensgeld)\b"
        r"|\bdas\s+(?:war|ist)\s+(?:\w+\s+){0,2}?(?:unser|ein)\s+(?:klares\s+|eindeutiges\s+"
        r"|grobes\s+)?(?:versäumnis|verschulden|pflichtverletzung|fehlverhalten)\b",
    ),
    # Unsafe products and incidents said as fact: "das Gerät ist nicht sicher", "es gab schon
    # mehrere Brände", "ein Sicherheitsrisiko".
    (
        "unsafe",
        r"\b(?:das|der|die|dieses|dieser|diese|unser\w*|ihr\w*|dein\w*|euer\w*)\s+(?:\w+\s+)?"
        r"(?:gerät|geräte|akku|akkus|modell|modelle|produkt|produkte|teil|teile|ladegerät"
        r"|netzteil|kabel|stecker|fahrzeug|auto|rad|bremse\w*|heizung|ofen|herd|kocher|charge"
        r"|serie|lieferung|futter|mittel|creme|spielzeug|kindersitz|sitz|\w+gerät|\w+akku)\s+"
        r"(?:ist|sind|war|waren)\s+(?:wirklich\s+|tatsächlich\s+|leider\s+|eigentlich\s+"
        r"|definitiv\s+|schlicht\s+|einfach\s+|ehrlich\s+gesagt\s+|absolut\s+|echt\s+)*(?:nicht"
        r"\s+(?:mehr\s+)?(?:sicher|verkehrssicher|betriebssicher|ungefährlich)|gefährlich"
        r"|lebensgefährlich|brandgefährlich|eine\s+(?:echte\s+)?gefahr|ein\s+(?:echtes\s+)?"
        r"(?:sicherheitsrisiko|brandrisiko|gesundheitsrisiko)|eine\s+(?:tickende\s+)?zeitbombe"
        r"|gesundheitsschädlich|giftig|verunreinigt|kontaminiert)\b"
        r"|\b(?:ist|sind|war|waren)\s+(?:das|der|die|dieses|dieser|diese|unser\w*|ihr\w*|dein\w*"
        r"|euer\w*)\s+(?:\w+\s+)?(?:gerät|geräte|akku|akkus|modell|modelle|produkt|produkte"
        r"|ladegerät|netzteil|kabel|stecker|fahrzeug|auto|bremse\w*|heizung|ofen|herd|kocher"
        r"|charge|serie|futter|spielzeug|kindersitz|\w+gerät|\w+akku)\s+(?:wirklich\s+"
        r"|tatsächlich\s+|leider\s+|eigentlich\s+|definitiv\s+|schlicht\s+|einfach\s+|absolut\s+"
        r"|echt\s+)*(?:nicht\s+(?:mehr\s+)?(?:sicher|verkehrssicher|betriebssicher)|gefährlich"
        r"|lebensgefährlich|brandgefährlich|eine\s+(?:echte\s+)?gefahr|ein\s+(?:echtes\s+)?"
        r"(?:sicherheitsrisiko|brandrisiko|gesundheitsrisiko)|gesundheitsschädlich|giftig)\b"
        r"|\bes\s+gab\s+(?:\w+\s+)?(?:schon|bereits|inzwischen|mittlerweile)\s+(?:mehrere|einige"
        r"|etliche|zahlreiche|viele|ein\s+paar|\d+|zwei|drei|vier|fünf|zehn|dutzende)\s+"
        r"(?:\w+\s+)?(?:brände|unfälle|verletzte|verletzungen|verbrennungen|verbrühungen"
        r"|stromschläge|brandfälle|kurzschlüsse|todesfälle|vergiftungen|explosionen)\b"
        r"|\b(?:mehrere|einige|etliche|zahlreiche|\d+|zwei|drei|vier|fünf|zehn|dutzende)\s+"
        r"(?:kunden|kundinnen|nutzer\w*|leute|personen|kinder|tiere|hunde|katzen|menschen)\s+"
        r"(?:haben\s+sich|wurden|sind)\s+(?:\w+\s+){0,3}?(?:verletzt|verbrannt|verbrüht"
        r"|vergiftet|erkrankt|gestorben|krank\s+geworden)\b"
        r"|\b(?:sicherheitsrisiko|brandgefahr|brandrisiko|verletzungsgefahr|stromschlaggefahr"
        r"|überhitzungsgefahr|explosionsgefahr|vergiftungsgefahr)\s+(?:\w+\s+){0,3}?(?:bei\s+"
        r"(?:allen|sämtlichen|jedem|dieser\s+serie|diesem\s+modell|der\s+ganzen))",
    ),
    # Duties to report, kept quiet: "das hätten wir eigentlich melden müssen", "die Panne
    # melden wir lieber nicht".
    (
        "claims",
        r"\b(?:hätten|müssten|müssen|sollten)\s+(?:wir\s+)?(?:das\s+|es\s+|den\s+\w+\s+|die\s+"
        r"\w+\s+)?(?:eigentlich|ja|längst|sofort|offiziell|streng\s+genommen)\s+(?:\w+\s+){0,3}?"
        r"(?:melden|anzeigen|zurückrufen|offenlegen)\b"
        r"|\b(?:ist|wäre|war)\s+(?:\w+\s+)?(?:eigentlich|streng\s+genommen|ja)\s+meldepflichtig\b"
        r"|\b(?:melden|sagen|verraten)\s+wir\s+(?:\w+\s+)?(?:lieber|besser|erstmal|erst\s+mal)\s+"
        r"(?:nicht|niemandem)\b"
        r"|\b(?:sollen|dürfen|sollten)\s+(?:wir\s+)?(?:\w+\s+){0,3}?(?:auf\s+keinen\s+fall|bloß"
        r"|bitte)\s+(?:\w+\s+){0,2}?(?:nichts|schuld|fehler|verschulden|haftung)\s+(?:\w+\s+)?"
        r"(?:zugeben|eingestehen|einräumen|schriftlich\s+\w+)\b",
    ),
    # Our own act said to be unlawful: "die Sperre war rechtswidrig", "wir haben gegen die
    # DSGVO verstoßen".
    (
        "fault",
        r"\b(?:war|waren|wurde|wurden)\s+(?:\w+\s+){0,3}?(?:eindeutig\s+|klar\s+|tatsächlich\s+"
        r"|leider\s+|definitiv\s+|ganz\s+klar\s+|schlicht\s+|auch\s+)*(?:rechtswidrig|unrechtmäßig"
        r"|illegal|gesetzwidrig|unzulässig|nicht\s+rechtens|nicht\s+zulässig|nicht\s+erlaubt"
        r"|ein\s+(?:klarer\s+|eindeutiger\s+)?(?:rechtsverstoß|gesetzesverstoß|datenschutzverstoß"
        r"|vertragsbruch|verstoß\s+gegen))\b"
        r"|\b(?:wir|ich)\s+(?:haben|habe|hätten|hätte)\s+(?:\w+\s+){0,4}?(?:rechtswidrig"
        r"|unrechtmäßig|illegal|gegen\s+(?:das\s+gesetz|die\s+dsgvo|den\s+datenschutz|geltendes"
        r"\s+recht|den\s+vertrag|unsere\s+eigenen\s+agb)\s+verstoßen)\b"
        r"|\b(?:unser\w*|wir)\s+(?:\w+\s+){0,3}?(?:verstößt|verstoßen|verstieß|verstießen)\s+"
        r"(?:\w+\s+)?gegen\s+(?:das\s+gesetz|die\s+dsgvo|den\s+datenschutz|geltendes\s+recht"
        r"|das\s+\w+gesetz|die\s+\w+verordnung)\b"
        r"|\b(?:schaden|schäden|unfall|brand|sturz|verletzung\w*|\w+schaden)\b[^.!?\n]{0,80}?"
        r"\bauf\s+unsere\s+kappe\b",
    ),
    # Outcomes promised: "dein Chargeback geht auf jeden Fall durch, versprochen", "plus 50 €
    # obendrauf".
    (
        "promise_money",
        r"\b(?:geht|gehen|klappt|wird|werden|bekommst|bekommen|kriegst|kriegen|hast|haben)\s+"
        r"(?:\w+\s+){0,4}?(?:auf\s+jeden\s+fall|garantiert|ganz\s+sicher|100\s?%|hundertprozentig"
        r"|definitiv)\s+(?:\w+\s+){0,3}?(?:durch|gutgeschrieben|erstattet|genehmigt|bewilligt"
        r"|zurückgebucht|erlassen|storniert|ersetzt|geld\s+zurück|recht)\b"
        r"|\b(?:geld|erstatt\w*|ersetzt|gutgeschrieben|gutschrift|chargeback|rückbuchung|entschädigung"
        r"|genehmigt|bewilligt|erlassen|geht\s+(?:\w+\s+){0,3}?durch)\b[^.!?\n]{0,60}?,\s*"
        r"(?:ich\s+)?versprochen\b"
        r"|\b" + _MONEY_AMOUNT + r"\s+(?:\w+\s+)?(?:obendrauf|oben\s+drauf|on\s+top|extra\s+dazu"
        r"|als\s+(?:entschädigung|schmerzensgeld|wiedergutmachung|trostpflaster|ausgleich"
        r"|schadensersatz))",
    ),
    # Admissions of damage, misadvice or broken assurances: "unser Monteur hat die Folie
    # durchbohrt", "wir räumen ein, dass … garantiert hat", "Sie wurden falsch beraten".
    (
        "fault",
        r"\b(?:unser\w*|einer\s+unserer|ein\s+mitarbeiter)\s+(?:\w+\s+)?(?:monteur\w*|techniker\w*"
        r"|mitarbeiter\w*|fahrer\w*|handwerker\w*|installateur\w*|bote\w*|kurier\w*|team|personal"
        r"|subunternehmer\w*|dienstleister\w*|\w+monteur\w*|\w+techniker\w*|gerät\w*|produkt\w*)\s+"
        r"(?:hat|haben)\s+(?:\w+\s+){0,5}?(?:beschädigt|durchbohrt|angebohrt|zerkratzt|zerstört"
        r"|kaputt\s*gemacht|zerbrochen|umgeworfen|überflutet|unter\s+wasser\s+gesetzt|in\s+brand"
        r"\s+gesetzt|verletzt|verbrannt|verbrüht|ruiniert|verschmutzt|verunreinigt)\b"
        r"|\b(?:wir|ich)\s+(?:räumen|räume|geben|gebe|gestehen|gestehe)\s+(?:\w+\s+)?(?:ein|zu),?\s+"
        r"dass\b[^.!?\n]{0,100}?\b(?:garantiert|zugesagt|versprochen|zugesichert|mangel\w*"
        r"|schaden|schäden|fehlerhaft|falsch\s+beraten|fehlberat\w*|irreführend|fahrlässig\w*"
        r"|verursacht|verschuldet)\b"
        r"|\b(?:sie|du|ihr)\s+(?:wurden|wurdest|wurdet|sind|bist|seid)\s+(?:\w+\s+){0,3}?(?:falsch"
        r"|fehlerhaft|irreführend|unzureichend|nicht\s+richtig)\s+(?:beraten|informiert"
        r"|aufgeklärt)\s*(?:worden)?\b"
        r"|\b(?:unser\w*)\s+(?:\w+\s+){0,2}?(?:hat|haben)\s+(?:ihnen|dir|euch)\s+(?:\w+\s+){0,4}?"
        r"(?:falsch\w*|zu\s+hoh\w*|unrealistisch\w*|nicht\s+haltbar\w*)\s+(?:\w+\s+){0,2}?"
        r"(?:versprochen|zugesagt|garantiert|zugesichert|prognostiziert)\b",
    ),
    # Hazards said of a named thing: "sind diese Stecker brandgefährlich".
    (
        "unsafe",
        r"\b(?:ist|sind|war|waren)\s+(?:das|der|die|dieses|dieser|diese|unser\w*|ihr\w*|dein\w*"
        r"|euer\w*|alle|sämtliche)\s+(?:\w+\s+)?\w+\s+(?:wirklich\s+|tatsächlich\s+|leider\s+"
        r"|eigentlich\s+|definitiv\s+|schlicht\s+|einfach\s+|absolut\s+|echt\s+|alle\s+)*"
        r"(?:brandgefährlich|lebensgefährlich|ein\s+(?:echtes\s+)?(?:brandrisiko|sicherheitsrisiko)"
        r"|nicht\s+(?:mehr\s+)?(?:verkehrssicher|betriebssicher))\b"
        r"|\b(?:das|der|die|dieses|dieser|diese|unser\w*|ihr\w*|dein\w*|euer\w*|alle|sämtliche)\s+"
        r"(?:\w+\s+)?\w+\s+(?:ist|sind|war|waren)\s+(?:wirklich\s+|tatsächlich\s+|leider\s+"
        r"|eigentlich\s+|definitiv\s+|schlicht\s+|einfach\s+|absolut\s+|echt\s+|alle\s+)*"
        r"(?:brandgefährlich|lebensgefährlich|ein\s+(?:echtes\s+)?(?:brandrisiko|sicherheitsrisiko)"
        r"|nicht\s+(?:mehr\s+)?(?:verkehrssicher|betriebssicher))\b",
    ),
    # Data breaches admitted: "Ihre Daten wurden durch unseren Fehler weitergegeben", "wir
    # hatten ein Datenleck".
    (
        "fault",
        r"\b(?:ihre|deine|eure|die|alle|sämtliche)\s+(?:\w+\s+)?(?:daten|kundendaten|kontodaten"
        r"|zahlungsdaten|gesundheitsdaten|adressdaten|passwörter)\s+(?:\w+\s+){0,4}?(?:wurden|sind"
        r"|waren)\s+(?:(?!nicht\b|nie\b|kein\w*\b)\w+\s+){0,6}?(?:geleakt|gestohlen|offengelegt|veröffentlicht|an\s+dritte"
        r"\s+\w+|weitergegeben|abgeflossen|kompromittiert|öffentlich\s+einsehbar|abgegriffen)\b"
        r"|\b(?:wir|ich)\s+(?:hatten|haben|hatte)\s+(?:\w+\s+){0,3}?(?:ein|eine|einen)\s+"
        r"(?:\w+\s+)?(?:datenleck|datenpanne|datenschutzpanne|hackerangriff|sicherheitsvorfall)\b",
    ),
    # Negligence said of a thing of ours, and safety functions that fail: "war die Absicherung
    # fahrlässig", "weil sie zu spät auslösen".
    (
        "fault",
        r"\b(?:war|waren|ist|sind)\s+(?:die|der|das|unser\w*|diese[rs]?)\s+(?:\w+\s+){0,5}?(?:grob"
        r"\s+)?fahrlässig\b"
        r"|\b(?:die|der|das|unser\w*|diese[rs]?)\s+(?:\w+\s+){0,5}?(?:war|waren|ist|sind)\s+"
        r"(?:\w+\s+)?(?:grob\s+)?fahrlässig\b(?!\s*,?\s*(?:\w+\s+){0,6}?zu\s+\w+)",
    ),
    (
        "unsafe",
        r"\b(?:zu\s+spät|zu\s+früh|nicht\s+(?:richtig|zuverlässig|rechtzeitig|immer|mehr))\s+"
        r"(?:auslösen|auslöst|auslösten|abschalten|abschaltet|bremsen|bremst|bremste|greifen"
        r"|greift|griff)\b"
        # The separable verb around its adverb: "lösen manchmal zu spät aus".
        r"|\b(?:löst|lösen|löste|lösten|schaltet|schalten|schaltete|schalteten)\s+"
        r"(?:(?!nicht\b|kein\w*\b|nie\b)\w+\s+){0,3}?(?:zu\s+spät|zu\s+früh|nicht\s+(?:richtig"
        r"|zuverlässig|rechtzeitig|immer|mehr))\s+(?:aus|ab)\b"
        r"|\b(?:greifen|greift|bremsen|bremst)\s+(?:(?!nicht\b|kein\w*\b|nie\b)\w+\s+)?(?:zu\s+spät"
        r"|nicht\s+(?:richtig|zuverlässig|rechtzeitig|immer))\b",
    ),
    # A regulator's move against us foreseen: "das Veterinäramt wird uns wohl die Charge vom
    # Markt nehmen lassen", "die Finanzaufsicht leitet bestimmt ein Verfahren gegen uns ein".
    (
        "claims",
        r"\b"
        + _REGULATOR
        + r"\b[^.!?\n]{0,60}?\b(?:uns|gegen\s+uns)\b[^.!?\n]{0,40}?\b"
        + _PENALTY
        + r"|\b"
        + _REGULATOR
        + r"\s+(?:wird|werden|dürfte|könnte)\s+(?:\w+\s+){0,3}?(?:gegen\s+uns|bei\s+uns)\s+"
        r"(?:\w+\s+){0,3}?(?:ermitteln|einschreiten|vorgehen|durchgreifen|aufschlagen)\b"
        r"|\b"
        + _REGULATOR
        + r"\b[^.!?\n]{0,60}?\b(?:verfahren|ermittlung\w*|bußgeld\w*|strafe|untersuchung"
        r"|sanktion\w*)\s+gegen\s+uns\b",
    ),
)
HOSTILE_WIDER: tuple[tuple[str, str], ...] = (
    # Told before: "wie oft soll ich es noch erklären", "das habe ich jetzt oft genug gesagt".
    (
        "repeat",
        r"\bwie\s+oft\s+(?:soll|muss|müssen|sollen)\s+(?:ich|wir)\s+(?:\w+\s+){0,4}?(?:noch\s+)?"
        r"(?:\w+\s+){0,2}?(?:erklären|sagen|schreiben|wiederholen|erläutern|betonen)\b"
        r"|\b(?:das|es|dies|ich|wir)\s+(?:habe|haben|hab)\s+(?:ich\s+|wir\s+)?(?:(?:ihnen|dir"
        r"|euch|es|das)\s+){0,2}(?:jetzt\s+|nun\s+|wirklich\s+|echt\s+|doch\s+|ja\s+|bestimmt\s+)*"
        r"(?:oft\s+genug|dreimal|viermal|fünfmal|zehnmal|zigmal|hundertmal|tausendmal|x[- ]mal"
        r"|\d+\s?mal|etliche\s+male|unzählige\s+male)\s+(?:\w+\s+)?(?:gesagt|geschrieben|erklärt"
        r"|erwähnt|mitgeteilt|betont|wiederholt|erläutert)\b",
    ),
    # Condescension: "Sie sind nicht der Erste, der … für einen Defekt hält", "dafür gibt es
    # eine Anleitung", "das steht doch in der Anleitung", "Sie wollen es gar nicht verstehen".
    (
        "condescension",
        r"\b(?:sie|du|ihr)\s+(?:sind|bist|seid)\s+(?:übrigens\s+|auch\s+|ja\s+|echt\s+|wirklich\s+)*"
        r"nicht\s+(?:der|die|das)\s+(?:erste|erster|einzige|einzigste)n?,?\s+(?:der|die|das)\s+"
        r"(?:[\w-]+\s+){0,8}?(?:für\s+(?:\w+\s+){0,3}?hält|verwechselt|übersieht|nicht\s+liest"
        r"|nicht\s+gelesen\s+hat|nicht\s+findet|vergisst|vergessen\s+hat|falsch\s+\w+)\b"
        r"|\bdafür\s+gibt\s+es\s+(?:doch\s+|ja\s+|übrigens\s+|extra\s+|schließlich\s+)*(?:eine|die"
        r"|ein|das|unsere)\s+(?:\w*anleitung|handbuch|faq|hilfeseite|beschreibung)(?=\s*[.!]"
        r"|\s+(?:mit|sogar)\b)"
        r"|\b(?:\w*anleitung|handbuch)\s*[.!]?\s+(?:sogar\s+|extra\s+|auch\s+|jetzt\s+)?mit\s+"
        r"bildern\b"
        r"|\bsteht\s+(?:doch|schließlich|alles|klar\s+und\s+deutlich|groß|übrigens\s+ja)\s+"
        r"(?:\w+\s+){0,2}?(?:in|im|auf|unter)\s+(?:der|dem|den|ihrer|ihrem|deiner|deinem|jeder"
        r"|unserer|unseren)?\s*(?:\w*anleitung|handbuch|faq|\w*beschreibung|agb|website|webseite"
        r"|verpackung|rechnung|bestätigung\w*|e[- ]?mail|mail|vertrag|bedingungen|packung|app"
        r"|\w*seite)"
        r"|\b(?:wollen|willst|wollt)\s+(?:sie\s+|du\s+|ihr\s+)?(?:es|das|mich|uns)\s+(?:\w+\s+)?"
        r"(?:gar|einfach|partout|offenbar|wohl|absichtlich|offensichtlich)\s+nicht\s+(?:verstehen"
        r"|kapieren|begreifen|hören|lesen|wahrhaben)\b"
        r"|\blangsam\s+(?:glaube|denke|befürchte|vermute)\s+ich,?\s+(?:dass\s+)?(?:sie|du|ihr)\b"
        r"|\blangsam\s+(?:habe|hab)\s+ich\s+(?:den\s+eindruck|das\s+gefühl),?\s+(?:dass\s+)?"
        r"(?:sie|du|ihr)\b",
    ),
    # Sarcasm: "Sie haben also drei Videos gesehen und sind jetzt Experte? Glückwunsch",
    # "danke für die zehnte Beschwerde", "ich nenne keine Namen".
    (
        "dismissive",
        r"\b(?:sie|du|ihr)\s+(?:haben|hast|habt)\s+also\s+[^.!?\n]{1,80}?\bund\s+(?:sind|bist"
        r"|seid)\s+(?:jetzt|nun|also|plötzlich)\s+[^.!?\n]{1,40}\?"
        r"|\b(?:sind|bist|seid)\s+(?:sie|du|ihr)\s+(?:jetzt|also|neuerdings|plötzlich|etwa)\s+"
        r"(?:\w+\s+)?(?:\w*experte|\w*expertin|\w*profi|fachmann|fachfrau|spezialist\w*"
        r"|ingenieur\w*|\w*techniker\w*)\s*\?"
        r"|\?\s*(?:na\s+dann\s+|also\s+)?(?:herzlichen\s+)?glückwunsch\b"
        r"|\b(?:danke|vielen\s+dank|merci)\s+(?:auch\s+)?für\s+(?:die|den|das|ihre|ihren|deine"
        r"|deinen|eure|euren)\s+" + _ORDINAL + r"\s+"
        # not a milestone thanked for: "vielen Dank für Ihre 50. Spende!" (german-v21)
        r"(?!(?:\w*spende|bestellung|buchung|besuch|einkauf|geburtstag|jubiläum|mitgliedsjahr"
        r"|saison|übernachtung|aufenthalt)\b)[\w-]+"
        r"|\bich\s+nenne\s+(?:hier\s+)?(?:mal\s+)?keine\s+namen\b"
        r"|\bwürden?\s+sich\s+(?:auch|sogar|noch|selbst)\s+(?:\w+\s+){0,2}?beschweren,?\s+wenn\b"
        # Showing the door: "kaufen Sie sich halt einen anderen", "wir halten Sie nicht auf".
        r"|\bwenn\s+(?:ihnen|dir|euch)\s+(?:\w+\s+){0,4}?nicht\s+(?:gut\s+genug\s+ist|passt|gefällt"
        r"|schmeckt|reicht|genügt)\b[^.!?\n]{0,80}?\b(?:halt|eben|woanders|anderswo)\b"
        r"|\b(?:kaufen|holen|suchen|bestellen|nehmen)\s+(?:sie|du|ihr)\s+(?:sich\s+|dir\s+|euch\s+)?"
        r"(?:doch\s+)?(?:halt|eben)\s+(?:\w+\s+){0,3}?(?:ein\w*|woanders|anderswo|bei)\b"
        r"|\b(?:kann|können|kannst|darf|dürfen|darfst|gehen|geh|geht|bestellen|bestell|kaufen"
        r"|kauf)\s+(?:sie\s+|du\s+|ihr\s+)?(?:\w+\s+)?(?:doch|halt|eben|gern|gerne|ruhig)\s+"
        r"(?:woanders|anderswo|zur\s+konkurrenz)\s*(?:hin(?:gehen)?|einkaufen|kaufen|bestellen)?"
        r"(?=\s*[.!,;?]|\s*$)"
        r"|\bwir\s+halten\s+(?:sie|dich|euch)\s+nicht\s+auf\b|\bniemand\s+zwingt\s+(?:sie|dich"
        r"|euch)\b|\b(?:sie|du|ihr)\s+(?:werden|wirst|werdet)\s+uns\s+(?:noch\s+)?vermissen\b"
        r"|\bna\s+dann\s+viel\s+(?:spaß|glück|erfolg|vergnügen)\b",
    ),
    # Blame by innuendo: "wer …, darf sich nicht wundern", "ist ja nicht so, als hätten wir".
    (
        "blame",
        r"\b(?:wer|wenn\s+(?:sie|du|ihr|man))\b[^.!?\n]{1,100}?(?:darf|dürfen|darfst|braucht"
        r"|brauchen|brauchst)\s+(?:sie\s+|du\s+|ihr\s+|man\s+)?sich\s+(?:\w+\s+){0,5}?nicht\s+"
        r"(?:zu\s+)?wundern\b"
        r"|\bist\s+(?:ja|doch)\s+(?:auch\s+)?nicht\s+so,?\s+als\s+(?:ob\s+)?(?:wir|ich|man|es"
        r"|das|hätten|hätte|wäre|wären|würden)\b",
    ),
    # Insults aimed at someone, with a swear word as the noun: "so ein Arsch", "jedem Idioten".
    (
        "insult",
        r"\b(?:so\s+ein(?:e|en|em)?|jede[mnr]?|diese[mnr]?|was\s+für\s+ein(?:e|en)?)\s+(?:\w+\s+)?"
        r"(?:arsch|arschloch|arschlöcher\w*|idiot\w*|depp\w*|trottel|vollpfosten|penner|spinner"
        r"|hirni|honk|wichser|dödel|pfosten)\b",
    ),
    # Rhetorical questions at the customer: "was haben Sie denn erwartet?", "glauben Sie im
    # Ernst, …?", "haben Sie es schon mal mit Einschalten versucht?".
    (
        "condescension",
        r"\bwas\s+(?:haben|hast|habt)\s+(?:sie|du|ihr)\s+(?:denn\s+|bitte\s+|eigentlich\s+)*"
        r"(?:\w+\s+){0,3}?erwartet\s*\?"
        r"|\bwas\s+(?:erwarten|erwartest|erwartet)\s+(?:sie|du|ihr)\s+(?:denn\s+|bitte\s+)*(?:bei"
        r"|für)\s+(?:dem|diesem|den|diesen|so\s+einem|einem)\s+(?:\w+\s+)?(?:preis|geld|betrag)"
        r"|\b(?:glauben|glaubst|denken|denkst|meinen|meinst)\s+(?:sie|du|ihr)\s+(?:im\s+ernst"
        r"|ernsthaft|wirklich|allen\s+ernstes)\b[^.!?\n]{0,120}\?"
        r"|\b(?:haben|hast|habt)\s+(?:sie|du|ihr)\s+(?:es\s+)?(?:schon\s+)?(?:mal|einmal)\s+mit\s+"
        r"(?:\w+\s+)?(?:einschalten|anschalten|lesen|nachdenken|einstecken|aufladen|neustarten)"
        r"\s+(?:versucht|probiert)\b"
        r"|\b(?:falls|wenn)\s+(?:es\s+)?(?:ihnen|dir|euch)\s+(?:\w+\s+)?entgangen\s+(?:ist|sein"
        r"\s+sollte)\b|\bfalls\s+(?:sie|du|ihr)\s+(?:es\s+)?(?:noch\s+)?nicht\s+(?:bemerkt|gemerkt"
        r"|mitbekommen)\s+(?:haben|hast|habt)\b"
        r"|\b(?:das|es|dies)\s+(?:sollte|müsste|dürfte)\s+(?:doch\s+|eigentlich\s+|wohl\s+|jedem\s+"
        r"|inzwischen\s+|mittlerweile\s+)+(?:klar|bekannt|verständlich|selbsterklärend"
        r"|offensichtlich)\s+sein\b"
        r"|\b(?:das|es)\s+ist\s+(?:doch\s+|eigentlich\s+|wirklich\s+)*(?:selbsterklärend"
        r"|logisch|selbstverständlich|offensichtlich)\s*[.!,]\s*(?:\w+\s+){0,3}?(?:sie|du|ihr)\b"
        r"|\b(?:noch\s*mal|nochmal|noch\s+einmal)\s+(?:\w+\s+)?(?:ganz\s+)?langsam\b"
        r"|\bin\s+(?:ganz\s+)?einfachen\s+worten\b|\bfür\s+(?:sie|dich|euch)\s+(?:noch\s*mal\s+)?"
        r"zum\s+(?:mitlesen|verstehen)\b"
        r"|\b(?:sie|du|ihr)\s+(?:sind|bist|seid)\s+(?:offenbar|anscheinend|wohl|offensichtlich"
        r"|scheinbar)\s+(?:nicht\s+)?(?:in\s+der\s+lage|überfordert|nicht\s+fähig)\b"
        r"|\b(?:augen|ohren)\s+auf\s+beim\b|\bwer\s+billig\s+kauft,?\s+kauft\s+zweimal\b"
        r"|\b(?:erst|zuerst)\s+(?:lesen|denken|nachdenken|informieren),?\s+dann\s+\w+"
        r"|\bgoogle\s+ist\s+(?:ihr|dein|euer)\s+freund\b"
        r"|\b(?:ein\s+bisschen|etwas|ein\s+wenig|mehr)\s+(?:eigeninitiative|eigenverantwortung"
        r"|mitdenken|geduld|lesekompetenz|sorgfalt)\s+(?:wäre|würde|könnte)\b",
    ),
    # Sarcasm and dismissal: "herzlichen Glückwunsch", "wie überraschend", "schön, dass Sie
    # sich auch mal melden", "wir haben auch noch andere Kunden", "statt hier rumzumeckern".
    (
        "dismissive",
        r"\b(?:wie|was\s+für\s+eine)\s+(?:überraschung|überraschend|unerwartet)\b(?!\s+(?:schön"
        r"|gut|nett))"
        r"|\bschön,?\s+dass\s+(?:sie|du|ihr)\s+(?:\w+\s+)?(?:auch\s+(?:schon\s+|mal\s+)|endlich"
        r"|doch\s+noch)\b"
        r"|\b(?:tolle|super|klasse|starke|reife)\s+leistung\b(?=[^.!?\n]{0,40}?(?:sie|du|ihr|\?"
        r"|!))"
        r"|\b(?:wir|ich)\s+(?:haben|hab|habe)\s+(?:\w+\s+)?(?:auch\s+)?(?:noch\s+)?(?:andere"
        r"|weitere|mehr)\s+(?:kunden|kundinnen|sorgen|probleme|dinge\s+zu\s+tun)\b(?!\s+mit)"
        r"|\b(?:ich|wir)\s+(?:habe|haben|hab)\s+(?:auch\s+)?(?:besseres|wichtigeres)\s+zu\s+tun\b"
        r"|\b(?:sie|du|ihr)\s+(?:sind|bist|seid)\s+(?:nicht\s+(?:unser\w*|der|die)\s+(?:einzige\w*"
        r"|mittelpunkt)|auch\s+nicht\s+(?:der|die)\s+einzige\w*\s+kund\w*)"
        r"|\b(?:das|es|so\s+was|so\s+etwas)\s+(?:interessiert|juckt|kümmert)\s+(?:uns|mich|hier)\s+"
        r"(?:\w+\s+)?(?:nicht|kaum|wenig|herzlich\s+wenig|null)\b"
        r"|\b(?:ist|sind)\s+(?:uns|mir)\s+(?:ehrlich\s+gesagt\s+|ziemlich\s+|völlig\s+|herzlich\s+"
        r"|relativ\s+)?(?:egal|wurscht|wurst|schnuppe|latte)\b"
        r"|\b(?:statt|anstatt|anstelle)\s+(?:hier\s+)?(?:\w+\s+){0,3}?(?:rumzu\w+|herumzu\w+|zu\s+"
        r"(?:meckern|jammern|nörgeln|motzen|heulen|pöbeln|schimpfen))\b"
        r"|\b(?:rum|herum)(?:meckern|jammern|nörgeln|motzen|heulen|pöbeln|zicken|maulen)\w*"
        r"|\b(?:ihr|dein|euer|das|dieses|ihrem|deinem|diesem)\s+(?:ständige\w*\s+|ewige\w*\s+)?"
        r"(?:gemecker|gejammer|genörgel|gemotze|geheule|rumgeheule|gezeter)\b"
        r"|\b(?:machen|mach|macht)\s+(?:sie|du|ihr)\s+(?:doch|halt|eben)\s+(?:\w+\s+)?was\s+(?:sie"
        r"|du|ihr)\s+(?:wollen|willst|wollt)\b"
        r"|\b(?:dann|na\s+dann)\s+(?:kündigen|gehen|beschweren|lassen)\s+(?:sie|du|ihr)\s+(?:\w+\s+)?"
        r"(?:halt|eben|doch)\b|\b(?:dann|na\s+dann)\s+(?:kündige|geh|beschwer|lass)\s+(?:dich\s+"
        r"|es\s+)?(?:halt|eben|doch)\b"
        r"|\b(?:beschweren|beschwer)\s+(?:sie\s+|dich\s+|euch\s+)+(?:doch\s+|ruhig\s+|gern\w*\s+)+"
        r"(?:beim|bei|an\s+den|über)\b"
        r"|\b(?:ja\s+nee,?\s+is(?:t)?\s+klar|sicher\s+doch|klar\s+doch,\s+(?:und|weil))\b"
        r"|\b(?:tja|tjaja|jaja),?\s+(?:\w+\s+){0,3}?(?:pech|selbst\s+schuld|so\s+ist\s+das|kann"
        r"\s+man\s+nichts|das\s+(?:passiert|kommt\s+davon|hat\s+man\s+davon)|wer\s+nicht)"
        r"|\b(?:so\s+ist\s+das|das\s+kommt\s+davon|das\s+hat\s+man\s+davon),?\s+wenn\s+(?:man|sie"
        r"|du|ihr)\b"
        r"|\bund\s+täglich\s+grüßt\s+das\s+murmeltier\b"
        r"|\b(?:ich\s+darf|darf\s+ich)\s+(?:sie|dich|euch)\s+(?:\w+\s+)?(?:daran\s+)?erinnern\b"
        r"(?=[^.!?\n]{0,80}?\b(?:bereits|schon|mehrfach|ausdrücklich|selbst|ihre|deine))",
    ),
    # Blame put on the customer: "Sie haben das Gerät falsch angeschlossen", "das liegt an
    # Ihrem Router", "das hätten Sie wissen müssen".
    (
        "blame",
        r"\b(?:sie|du|ihr)\s+(?:haben|hast|habt)\s+(?:\w+\s+){0,4}?(?:offensichtlich\s+|eindeutig"
        r"\s+|einfach\s+|halt\s+|wohl\s+|schlicht\s+)+falsch\s+(?:\w+\s+)?(?:gemacht|bedient"
        r"|eingestellt|angeschlossen|eingebaut|installiert|verwendet|benutzt|gelesen|verstanden"
        r"|bestellt|eingegeben|montiert)\b"
        r"|\b(?:das|es|dies)\s+(?:hätten|hättest|hättet)\s+(?:sie|du|ihr)\s+(?:doch\s+|ja\s+"
        r"|eigentlich\s+|wirklich\s+|vorher\s+|selbst\s+|auch\s+)*(?:wissen|sehen|lesen|merken"
        r"|prüfen|bedenken)\s+(?:müssen|sollen)\b"
        r"|\b(?:das|es|dies|der\s+fehler|das\s+problem)\s+(?:liegt|lag)\s+(?:\w+\s+)?(?:eindeutig"
        r"|klar|nur|allein|ausschließlich|einzig|offensichtlich|ganz\s+klar|wohl|halt|eben)\s+"
        r"(?:an|bei)\s+(?:ihrem|ihrer|ihren|deinem|deiner|deinen|eurem|eurer)\s+\w+"
        r"|\b(?:selber|selbst)\s+schuld\b|\bselbst\s+verantwortlich\s+für\s+(?:ihr|dein)\w*\s+"
        r"(?:pech|fehler|missgeschick)"
        r"|\b(?:sie|du|ihr)\s+(?:haben|hast|habt)\s+(?:die|den|das|unsere)\s+(?:\w+\s+)?(?:agb"
        r"|bedingungen|vertrag|anleitung|hinweise?)\s+(?:\w+\s+)?(?:doch\s+|ja\s+|schließlich\s+)"
        r"(?:akzeptiert|unterschrieben|bestätigt|bekommen|erhalten)\b"
        r"|\bdas\s+ist\s+(?:\w+\s+)?kein\s+(?:fehler|defekt|mangel|bug)\s+(?:\w+\s+)?(?:von\s+uns|"
        r"unsererseits),?\s+sondern\s+(?:ihr|dein|euer)\w*\b",
    ),
    # The problem put on the customer: "vielleicht liegt das Problem ja bei dir", "bei allen
    # anderen Nutzern funktioniert es", "die Sie offensichtlich nicht gelesen haben".
    (
        "blame",
        r"\b(?:das\s+problem|der\s+fehler|die\s+ursache|das)\s+(?:liegt|sitzt|steckt)\s+"
        r"(?:\w+\s+)?(?:ja|wohl|eher|doch|vermutlich|offensichtlich)\s+(?:\w+\s+)?(?:bei|an|in)\s+"
        r"(?:dir|ihnen|euch|ihrem|ihrer|deinem|deiner|eurem|eurer)\b"
        r"|\b(?:liegt|sitzt|steckt)\s+(?:das\s+problem|der\s+fehler|die\s+ursache)\s+(?:\w+\s+)?"
        r"(?:ja|wohl|eher|doch|vermutlich|offensichtlich)\s+(?:\w+\s+)?(?:bei|an|in)\s+(?:dir"
        r"|ihnen|euch|ihrem|ihrer|deinem|deiner|eurem|eurer)\b"
        r"|\b(?:sitzt|liegt|befindet\s+sich)\s+(?:\w+\s+)?vor\s+dem\s+(?:bildschirm|computer|rechner"
        r"|monitor|gerät|handy|pc|laptop)\b"
        r"|\bbei\s+(?:allen|den|unseren|tausenden|millionen)\s+(?:\w+\s+){0,2}?(?:anderen\s+)?"
        r"(?:\w+\s+)?(?:kunden|kundinnen|nutzer\w*|usern|leuten|anwender\w*)\s+(?:\w+\s+)?"
        r"(?:funktioniert|klappt|läuft|geht)\s+(?:es|das|die\s+\w+|der\s+\w+|alles)\b"
        r"|\b(?:sie|du|ihr)\s+(?:\w+\s+)?(?:offensichtlich|offenbar|anscheinend|wohl|scheinbar"
        r"|mal\s+wieder)\s+(?:\w+\s+)?(?:nicht|nie|gar\s+nicht)\s+(?:richtig\s+|genau\s+|ganz\s+)?"
        r"(?:gelesen|verstanden|zugehört|aufgepasst|hingeschaut|durchgelesen|kapiert|begriffen)\b"
        r"|\bvielleicht\s+[^.!?\n]{1,80}?,\s*dann\s+(?:brauchst|brauchen|braucht|hättest|hätten"
        r"|hättet|hast|habt|musst|müssen|müsst|gäbe|wäre|wären)\s+(?:du\s+|sie\s+|ihr\s+|es\s+)?(?:\w+\s+)?"
        r"auch\s+(?:kein\w*|nicht|nichts)\b",
    ),
    # Closing the conversation on the customer: "wie oft denn noch?", "wir werden das nicht
    # weiter diskutieren", "Ende der Diskussion".
    (
        "dismissive",
        r"\bwie\s+oft\s+(?:denn|eigentlich|bitte)?\s*noch\b"
        r"|\b(?:wir|ich)\s+(?:werden|werde|möchten|möchte|wollen|will)\s+(?:das|dies|darüber|hier"
        r"|das\s+thema)\s+(?:\w+\s+)?(?:nicht|nicht\s+mehr)\s+(?:weiter|länger|noch\s+einmal"
        r"|nochmal|erneut|mehr)\s+(?:mit\s+(?:ihnen|dir|euch)\s+)?(?:diskutieren|besprechen"
        r"|erörtern|ausdiskutieren)\b"
        r"|\b(?:die|jede\s+weitere)\s+diskussion\s+ist\s+(?:hiermit\s+|damit\s+)?(?:beendet"
        r"|überflüssig|zwecklos)\b|\bende\s+der\s+diskussion\b"
        r"|\bdamit\s+ist\s+(?:das\s+thema|die\s+sache|der\s+fall)\s+(?:für\s+(?:uns|mich)\s+)?"
        r"(?:erledigt|beendet|durch|abgeschlossen)\b(?!\s*[,:]?\s*(?:und|sobald|wenn))"
        r"|\b(?:weitere|jede\s+weitere)\s+(?:nachrichten|anfragen|e[- ]?mails|beschwerden)\s+"
        r"(?:\w+\s+)?(?:werden|wird)\s+(?:\w+\s+)?(?:nicht|unbeantwortet|ignoriert)\b",
    ),
    # "Vielleicht schaffen Sie es beim nächsten Mal, …", "wenn die Leute mal lesen würden, …",
    # "wenn du nicht zuhören willst, …", "ist doch nicht mein Dach".
    (
        "blame",
        r"\b(?:vielleicht|eventuell|möglicherweise)\s+(?:\w+\s+){0,3}?(?:schaffen|schaffst|schafft"
        r"|gelingt|klappt|denken|denkst|lesen|liest|schauen|schaust|achten|achtest|sind|bist"
        r"|passen|passt|merken|merkst|können|kannst|kommen|kommst|planen|planst)\s+(?:sie|du|ihr"
        r"|es\s+(?:ihnen|dir|euch))\s+(?:\w+\s+){0,3}?(?:beim\s+nächsten\s+mal|nächstes\s+mal|das\s+nächste"
        r"\s+mal|diesmal|in\s+zukunft|künftig|zukünftig)\b"
        r"|\bwenn\s+(?:die\s+leute|manche\s+\w+|einige\s+\w+|kunden|sie|du|ihr|man)\s+(?:\w+\s+)"
        r"{0,2}?(?:mal|einfach|erst|vorher|bloß|nur)\s+[^.!?\n]{0,60}?\b(?:lesen|durchlesen"
        r"|nachdenken|zuhören|hinschauen|informieren|schauen|nachlesen)\s+(?:würden|würdest|würdet"
        r"|würde)\b"
        r"|\bwenn\s+(?:sie|du|ihr)\s+(?:\w+\s+){0,4}?nicht\s+(?:zuhören|verstehen|mitarbeiten"
        r"|kooperieren|einsehen|begreifen|kapieren)\s+(?:wollen|willst|wollt)\b"
        r"|\b(?:ist|sind)\s+(?:doch|ja|halt)\s+nicht\s+(?:mein|meine|unser|unsere)\s+\w+\s*[.!]",
    ),
    # Sarcasm: "hat ja nur 40 Minuten gedauert", "hat natürlich vergessen zu erwähnen",
    # "Typisch."
    (
        "dismissive",
        r"\b(?:hat|hätte|dauerte)\s+(?:ja|doch|auch)\s+nur\s+(?:\w+\s+)?(?:sekunden|minuten|stunden"
        r"|tage|wochen|monate|jahre)\s+gedauert\b"
        r"|\b(?:natürlich|selbstverständlich|mal\s+wieder|wie\s+immer|bequemerweise)\s+(?:\w+\s+)?"
        r"vergessen\s+(?:zu\s+)?(?:erwähnen|sagen|schreiben|erzählen)\b"
        r"|(?<=[.!?] )typisch(?:\s+\w+)?\s*[.!]",
    ),
    # Insults said of someone, also in the third person: "ist ein echtes Arschloch".
    (
        "insult",
        r"\b(?:ist|war|sind|waren|bist|seid)\s+(?:ja\s+|echt\s+|wirklich\s+|halt\s+|einfach\s+)*"
        r"(?:ein|eine|einer|ne)\s+(?:(?:echte[rs]?|richtige[rs]?|totale[rs]?|verdammte[rs]?"
        r"|blöde[rs]?|alte[rs]?|riesen)\s*)?(?:arschloch|idiot|vollidiot|trottel|depp|vollpfosten"
        r"|penner|wichser|dummkopf|nervensäge|querulant\w*|psycho)\b",
    ),
    # Condescension in set phrases: "man muss kein Genie sein", "schon mal was von … gehört?",
    # "das schafft sogar meine Oma", "ich weiß ja nicht, wie Sie …", "wir sind keine Hellseher".
    (
        "condescension",
        r"\b(?:man|sie|du)\s+(?:muss|müssen|musst)\s+(?:wirklich\s+|doch\s+|ja\s+)?kein(?:e|en)?\s+"
        r"(?:genie|einstein|ingenieur\w*|experte|expertin|profi|raketenwissenschaftler\w*"
        r"|hellseher\w*|studium|doktor\w*)\s+(?:\w+\s+)?(?:sein|haben)\b"
        r"|\bschon\s+(?:mal|einmal)\s+(?:was|etwas)\s+von\s+[^.!?\n]{1,40}?\s+gehört\s*\?"
        r"|\b(?:sogar|selbst)\s+meine\s+(?:oma|omi|großmutter|tochter|sohn|kinder|katze|nichte)\s+"
        r"(?:\w+\s+){0,3}?(?:schafft|kann|kriegt|versteht|bekommt|hinkriegt)\b"
        r"|\b(?:schafft|kann|kriegt|versteht)\s+(?:\w+\s+)?(?:sogar|selbst)\s+meine\s+(?:oma|omi"
        r"|großmutter|tochter|sohn|kinder|katze|nichte)\b"
        r"|\bich\s+weiß\s+ja\s+nicht,?\s+wie\s+(?:sie|du|ihr|das\s+bei\s+(?:ihnen|dir|euch))\b"
        r"|\b(?:wir|ich)\s+(?:sind|bin|können|kann)\s+(?:leider\s+|auch\s+|doch\s+|hier\s+)*(?:keine?"
        r"\s+hellseher\w*|nicht\s+hellsehen|keine?\s+gedankenleser\w*|nicht\s+gedanken\s+lesen)"
        r"|\b(?:sie|du)\s+(?:glauben|glaubst|denken|denkst|erwarten|erwartest)\s+doch\s+nicht\s+"
        r"(?:ernsthaft|im\s+ernst|wirklich|allen\s+ernstes)\b"
        r"|\b(?:ist|war)\s+das\s+(?:jetzt\s+|gerade\s+)?(?:wirklich\s+)?(?:ihr|dein|euer)\s+ernst\b"
        r"|\bmanche\s+(?:\w+\s+)?lernen\s+(?:es\s+)?(?:eben|halt|wohl|einfach)?\s*nie\b"
        r"|\bda\s+(?:könnte|kann)\s+ja\s+jeder\s+kommen\b",
    ),
    # "Sie hätten ja auch einfach … können", "wir sind nicht Ihr Laufbursche".
    (
        "blame",
        r"\b(?:sie|du|ihr)\s+(?:hätten|hättest|hättet)\s+(?:ja|doch)\s+(?:auch\s+)?(?:einfach\s+"
        r"|gleich\s+|vorher\s+|selbst\s+)?(?:\w+\s+){0,5}?\w+\s+können\b"
        r"|\b(?:hätten\s+sie|hättest\s+du|hättet\s+ihr)\s+(?:ja|doch)\s+(?:auch\s+)?(?:einfach\s+"
        r"|gleich\s+|vorher\s+|selbst\s+)?(?:\w+\s+){0,5}?\w+\s+können\b"
        r"|\b(?:wir\s+sind|ich\s+bin)\s+(?:hier\s+)?(?:doch\s+|auch\s+)?nicht\s+(?:ihr|ihre|dein"
        r"|deine|euer|eure)\s+(?:persönliche[rs]?\s+|private[rs]?\s+)?(?:laufbursche\w*|diener\w*"
        r"|sklave\w*|babysitter\w*|kindermädchen|mülleimer|fußabtreter|blitzableiter|prügelknabe"
        r"|butler|sekretär\w*|mädchen\s+für\s+alles|hotline|assistent\w*)\b",
    ),
    # The counterfactual blame: "hätte Ihr Sohn zugehört, wäre er auch nicht gestürzt"; "wer
    # mit … überfordert ist, …".
    (
        "blame",
        r"\b(?:hätte|hätten|hättest|hättet|wäre|wären|wärst)\s+(?!wir\b|ich\b|uns\b)[^.!?\n]{1,100}?"
        r",\s*(?:dann\s+)?(?:wäre|wären|wärst|hätte|hätten|hättest|würde|würden|müsste|müssten"
        r"|gäbe|bräuchte\w*|müsstest|müsstet|würdest|würdet)\s+(?:\w+\s+){0,3}?auch\s+(?:nicht|kein\w*|nichts)\b"
        r"|\bwer\s+(?:\w+\s+){0,5}?überfordert\s+(?:ist|war)\b"
        r"|\b(?:wer|wenn\s+(?:sie|du|ihr))\s+(?:\w+\s+){0,5}?zu\s+(?:blöd|dumm|doof|faul|ungeschickt"
        r"|bequem)\s+(?:ist|bist|sind|seid|war)\b",
    ),
)
# A smirk or a manicure after a remark to the customer reads as sarcasm in German text.
SMIRKS = ("\U0001f60f", "\U0001f485")

# A hazard known inside: "können plötzlich laut pfeifen und das Gehör schädigen, das weiß die
# Firma seit dem Sommer", "unter uns: der Akku kann überhitzen".
_HAZARD = re.compile(
    r"\b(?:kann|können|könnte|könnten)\s+(?:\w+\s+){0,6}?" + _SUBSTANTIVE_HARM + r"\b",
    re.IGNORECASE,
)
_KNOWN_INSIDE = re.compile(
    r"\b(?:unter\s+uns|ganz\s+ehrlich|ehrlich\s+gesagt|intern|unter\s+der\s+hand|off\s+the"
    r"\s+record|(?:weiß|wissen|wusste|wussten|kennt|kennen)\s+(?:\w+\s+){0,3}?(?:seit|längst"
    r"|schon\s+lange)|(?:ist|sind|war)\s+(?:\w+\s+){0,2}?(?:seit\s+\w+\s+)?bekannt|plötzlich"
    r"|ohne\s+(?:vorwarnung|grund)|von\s+selbst|einfach\s+so"
    r"|bekannte[snm]?\s+\w*(?:problem|mangel|fehler|defekt|schwachstelle|risiko)"
    r"|aus\s+(?:der|dieser|einer|jener)\s+(?:\w+\s+)?(?:lieferung|charge|serie|produktion|partie)"
    r"|dürften\s+(?:\w+\s+){0,4}?nicht\s+mehr|stillschweigend|klammheimlich|heimlich)\b",
    re.IGNORECASE,
)
# A hazard the user can avoid is an instruction, not an admission: "sonst kann er überhitzen".
_USER_CAUSED = re.compile(
    r"\b(?:sonst|wenn\s+(?:sie|du|ihr|man)|falls\s+(?:sie|du|ihr|man)|bei\s+falsche\w*|bitte)\b",
    re.IGNORECASE,
)


def _known_hazards(text: str) -> Iterator[Match]:
    for match in _HAZARD.finditer(text):
        if negated(text, match.start(), match.end()):
            continue
        start, end = _sentence(text, match.start(), match.end())
        sentence = text[max(0, start - 40) : end]
        if _KNOWN_INSIDE.search(sentence) and not _USER_CAUSED.search(text[start:end]):
            yield Match("legal_risk", "unsafe", start, end)


# A free period far beyond any goodwill, given by us or as an apology (session 34): "als
# Entschuldigung gibt's von mir die komplette nächste Saison gratis", "gibt's von mir eine
# Gratis-Saison", "erlassen wir Ihnen die Gebühr für die nächsten fünf Jahre".
_GIVEN = re.compile(
    r"(?i)\b(?:als\s+(?:kleine\s+)?(?:entschuldigung|wiedergutmachung|trostpflaster)|zur"
    r"\s+(?:entschädigung|wiedergutmachung)|zum\s+ausgleich|für\s+(?:den|das|die)\s+(?:ganzen?\s+)?"
    r"(?:ärger|umstände|unannehmlichkeiten)|von\s+(?:mir|uns)|(?:wir|ich)\s+(?:schenken|schenke"
    r"|erlassen|erlasse|spendieren|spendiere)|(?:schenken|erlassen|spendieren)\s+(?:wir|ich))\b"
)
_FREE = re.compile(r"(?i)\b(?:gratis|kostenlos|umsonst|geschenkt|erlass\w*|schenk\w*|spendier\w*)")
_LONG_PERIOD = re.compile(
    r"(?i)\b(?:(?:die|eine|den|das|ein|einen)\s+(?:ganze|ganzen|ganzes|komplette|kompletten"
    r"|komplettes|gesamte|gesamten|volle|vollen|volles)\s+(?:nächste\w*\s+)?(?:saison|jahr"
    r"|jahresabo\w*|halbjahr|vertragslaufzeit|sommer|winter)"
    r"|gratis[- ]?(?:saison|jahr)\w*|(?:saison|jahres)[- ]?(?:abo|pass|karte|miete)\w*\s+gratis"
    r"|für\s+(?:die\s+)?(?:nächsten|kommenden|folgenden)\s+(?:\d+|zwei|drei|vier|fünf|sechs"
    r"|sieben|acht|neun|zehn)\s+(?:jahre|saisons|saisonen)"
    r"|lebenslang\w*|auf\s+lebenszeit|für\s+immer)\b"
)


def _long_gifts(text: str) -> Iterator[Match]:
    for period in _LONG_PERIOD.finditer(text):
        start, end = _sentence(text, period.start(), period.end())
        sentence = text[start:end]
        if not (
            _GIVEN.search(sentence)
            and (_FREE.search(sentence) or "gratis" in period.group().lower())
        ):
            continue
        if _NEGATION.search(sentence) or _WHETHER.search(sentence) or "?" in text[end : end + 1]:
            continue
        yield Match("legal_risk", "beyond_policy", start, end)


# A smirk on a teaser is a wink, not sarcasm: "psst, wart noch bis Frühjahr … 😏", "Kleiner
# Teaser: …, die Wiener unter euch dürfen sich freuen 😏" (session 36).
_TEASER = re.compile(
    r"(?i)\b(?:psst+|teaser|geheimtipp|spoiler|(?:dürf|könn)\w*\s+(?:sich|euch|dich)\s+freuen"
    r"|freut\s+euch|freu\s+dich)\b"
)


def _smirks(text: str) -> Iterator[Match]:
    for smirk in SMIRKS:
        end = text.find(smirk)
        while end >= 0:
            start = max(text.rfind(c, 0, end) for c in "\n.!?") + 1
            start += len(text[start:end]) - len(text[start:end].lstrip())
            teased = _TEASER.search(text, start, end)
            if start < end and not _quoted_line(text, start) and not teased:
                yield Match("hostile_tone", "sarcasm", start, end + len(smirk))
            end = text.find(smirk, end + 1)


# An eye roll or a facepalm after a sentence reads as sarcasm in any language.
EYE_ROLL = "\U0001f644"

# Session 14: the English families' structures in German (issue 13).
LEGAL_STRUCTURE: tuple[tuple[str, str], ...] = (
    # Someone else's decision promised: "der Gutachter der Kasse wird Ihren Plan ganz sicher
    # genehmigen", "ich garantiere Ihnen, dass die Versicherung zahlt".
    (
        "outcome",
        r"\b(?:gutachter\w*|kasse|krankenkasse|versicherung|versicherer|bank|gericht|richter\w*"
        r"|arzt|ärztin|zahnarzt|zahnärztin|behörde|amt|vermieter\w*|fluggesellschaft|airline"
        r"|universität|hochschule|botschaft|sachbearbeiter\w*|prüfer\w*)\s+(?:[^\s]+\s+){0,6}?"
        r"(?:wird|werden)\s+(?:[^\s]+\s+){0,6}?(?:ganz\s+)?(?:sicher|bestimmt|garantiert|definitiv"
        r"|auf\s+jeden\s+fall|hundertprozentig|100\s?%)\s+(?:[^\s]+\s+){0,4}?(?:genehmig\w*"
        r"|bewillig\w*|zahl\w*|übernehm\w*|erstatt\w*|akzeptier\w*|zustimm\w*|anerkenn\w*"
        r"|ausstell\w*|verschreib\w*|durchwink\w*)"
        # Said in the present: "deine Versicherung zahlt das auf jeden Fall" (session 31).
        r"|\b(?:\w*versicherung|versicherer|krankenkasse|kasse)\s+(?:zahlt|übernimmt|erstattet"
        r"|genehmigt|bewilligt)\s+(?:\w+\s+){0,3}?(?:ganz\s+sicher|sicher|bestimmt|garantiert"
        r"|definitiv|auf\s+jeden\s+fall|hundertprozentig|100\s?%)(?!\s+(?:nicht|kein\w*)\b)"
        r"|\b(?:ich|wir)\s+(?:garantiere|garantieren|verspreche|versprechen)\s+(?:ihnen|dir|euch)?"
        r",?\s*dass\s+(?:die|der|das|ihre?|deine?)\s+(?:[^\s]+\s+){0,3}?(?:gutachter\w*|kasse"
        r"|krankenkasse|versicherung|versicherer|bank|gericht|arzt|ärztin|behörde|amt"
        r"|vermieter\w*|prämie|beitrag|antrag|visum|kredit)\b",
    ),
    # Someone else's bill sent to us: "die Rechnung Ihres Hauszahnarztes schicken Sie bitte
    # direkt an mich", "schicken Sie uns die Rechnung der Werkstatt".
    (
        "beyond_policy",
        r"\b(?:rechnung\w*|belege?|quittung\w*|kostenvoranschl\w*)\s+(?:[^\s]+\s+){0,3}?(?:ihres"
        r"|ihrer|deines|deiner|des|der|vom|von\s+ihrem|von\s+ihrer)\s+(?:\w+\s+)?(?:\w*arzt\w*"
        r"|\w*ärztin|werkstatt|handwerker\w*|anwalt\w*|anwältin|physio\w*|therapeut\w*|klinik"
        r"|krankenhaus\w*|spital\w*|notdienst\w*|installateur\w*|elektriker\w*|gutachter\w*)\b"
        r"[^.!?\n]{0,60}?\b(?:schicken|senden|reichen|geben|leiten|mailen)\s+(?:sie|du)\s+"
        r"(?:\w+\s+){0,3}?(?:an\s+(?:mich|uns)|mir|uns)\b"
        r"|\b(?:schicken|senden|reichen|mailen)\s+(?:sie|du)\s+(?:mir|uns)\s+(?:\w+\s+){0,2}?"
        r"(?:die|alle)\s+(?:rechnung\w*|belege|quittung\w*)\s+(?:ihres|ihrer|deines|deiner|des"
        r"|der|vom)\s+(?:\w+\s+)?(?:\w*arzt\w*|\w*ärztin|werkstatt|handwerker\w*|anwalt\w*"
        r"|physio\w*|therapeut\w*|klinik|krankenhaus\w*|tierarzt\w*|notdienst\w*)\b",
    ),
    # A fault of our trade named as ours: "ein Behandlungsfehler von uns", "ein Montagefehler
    # unsererseits". Not any "Fehler von uns": an ordinary slip owned and put right ("das war
    # ein Fehler von uns, die Stunde ist storniert") is clean to the writers of four sets.
    (
        "fault",
        r"\b(?:behandlungs|kunst|montage|beratungs|wartungs|einbau|konstruktions|fertigungs"
        r"|material|verarbeitungs|installations)fehler\s+(?:von\s+uns|unsererseits"
        r"|auf\s+unserer\s+seite|unseres\s+\w+|unserer\s+\w+)\b"
        r"|\b(?:unser|unsere)\s+(?:\w+\s+)?(?:behandlungsfehler|kunstfehler|montagefehler"
        r"|beratungsfehler|versäumnis|verschulden)\b",
    ),
    # Kept going although it failed: "die Zyklen liefen nicht durch, und wir haben einfach
    # weiterbehandelt", "wir haben trotzdem weiter vermietet".
    (
        "unsafe",
        r"\b(?:und|aber)\s+(?:wir|man|die\s+\w+)\s+(?:haben|hat)\s+(?:\w+\s+)?(?:einfach|trotzdem"
        r"|dennoch|munter|fröhlich)\s+weiter\s*(?:\w+)"
        r"|\b(?:dürften|dürfte|sollten)\s+(?:wir|die|sie)\s+(?:\w+\s+){0,3}?(?:gar\s+)?nicht\s+mehr"
        r"\s+(?:ausgeben|verkaufen|verwenden|einsetzen|einbauen|vermieten|anbieten|benutzen)\b"
        r"|\b(?:stillschweigend|klammheimlich|heimlich|unter\s+der\s+hand|ohne\s+(?:großes\s+)?"
        r"(?:aufsehen|aufheben|ankündigung|bekanntmachung))\s+(?:[^\s]+\s+){0,8}?(?:aus)?(?:tausch"
        r"\w*|ersetz\w*|nachbesser\w*|repari\w*|zurückhol\w*|zurückruf\w*|gewechselt|wechseln)"
        r"|\b(?:tausch\w*|ersetz\w*|wechsel\w*|repari\w*|bessern|holen)\s+(?:[^\s]+\s+){0,5}?"
        r"(?:stillschweigend|klammheimlich|heimlich|unter\s+der\s+hand|ohne\s+(?:großes\s+)?"
        r"(?:aufsehen|aufheben|ankündigung|bekanntmachung))\b",
    ),
    # Evidence destroyed or kept back, or a reason left unwritten: "löschen Sie die Videos,
    # bevor Sie sie der Versicherung schicken", "bitte nicht schriftlich begründen".
    (
        "claims",
        r"\b(?:lösch\w*|vernicht\w*|entsorg\w*|beseitig\w*|bereinig\w*|wegwerf\w*|schredder\w*)"
        r"\s+(?:[^\s]+\s+){0,5}?(?:videos?|aufnahmen|aufzeichnung\w*|fotos|bilder|protokoll\w*"
        r"|logs?|chatverl\w*|verlauf|nachrichten|e\s?mails|mails|belege|unterlagen|daten"
        r"|beweise|akten)\b[^.!?\n]{0,80}?\b(?:versicherung|polizei|anwalt|anwältin|gericht"
        r"|behörde|gutachter\w*|ermittl\w*|staatsanwalt\w*|schlichtung\w*|ombuds\w*|aufsicht)"
        r"|\b(?:videos?|aufnahmen|aufzeichnung\w*|fotos|protokoll\w*|logs?|chatverl\w*|nachrichten"
        r"|unterlagen|daten|beweise)\s+(?:[^\s]+\s+){0,5}?(?:vorher|zuerst|lieber|besser)\s+"
        r"(?:[^\s]+\s+){0,2}?(?:lösch\w*|vernicht\w*|entsorg\w*|beseitig\w*)"
        # (Nothing in writing is a family of german_clauses.py, with its guards.)
        r"|\bunter\s+einem\s+vorwand\b",
    ),
    # A claim against us invited: "Sie sollten uns unbedingt verklagen", "Sie würden sicher
    # gewinnen".
    (
        "claims",
        r"\b(?:sie|du|ihr)\s+(?:sollten|solltest|solltet|müssten|müsstest)\s+(?:\w+\s+){0,3}?"
        r"(?:uns|gegen\s+uns)\s+(?:\w+\s+){0,2}?(?:verklagen|anzeigen|klagen|vorgehen)"
        r"|\b(?:sie|du|ihr)\s+(?:würden|würdest|würdet|werden|wirst)\s+(?:\w+\s+){0,3}?(?:sicher"
        r"|bestimmt|garantiert|locker|problemlos|mit\s+sicherheit)\s+(?:\w+\s+){0,2}?gewinnen\b",
    ),
    # Regulators speculated about: "wenn die Datenschutzbehörde davon erfährt, sind wir dran",
    # "das Amt wird uns wohl bald eine Busse aufbrummen".
    (
        "claims",
        r"\b(?:\w*behörde|\w*aufsicht|\w*amt|kantons\w*|datenschutz\w*|gewerbeaufsicht"
        r"|lebensmittelkontrolle|ministerium|kammer|inspektor\w*|kontrolleur\w*)\s+(?:[^\s]+\s+){0,3}?"
        r"(?:wird|werden|würde|würden)\s+(?:uns\s+)?(?:[^\s]+\s+){0,9}?(?:busse|buße|bußgeld|strafe"
        r"|geldstrafe|schließ\w*|dichtmach\w*|aufbrummen|verhängen|entziehen|sperren|untersag\w*)"
        r"|\b(?:sind|wären)\s+wir\s+(?:so\s+)?(?:was\s+von\s+)?dran\b|\bwird\s+es\s+(?:richtig\s+)?"
        r"teuer\s+für\s+uns\b",
    ),
)

# Session 31 (german-legal-v26), from the blind reader corpora and de … de23: things said in
# confidence, past the company's own process. A confidence opened ("unter uns:", "im Vertrauen
# gesagt", "das bleibt bitte unter uns"), a hope that nobody notices ("das merkt eh keiner",
# "hoffentlich fragt keiner nach", "bevor es jemand merkt"), what is known or decided
# "intern" ("das wissen wir intern seit März", "das ist intern allen klar"), and credit
# given by hand ("ich schreib Ihnen einfach 900 € gut", "ich streiche Ihnen einfach die
# Forderung"). Not "unter uns Akustikfans", "wir klären das intern", "wir schreiben Ihnen 10 €
# gut": the writers of eight read sets keep those clean; nor "wir reden intern darüber".
LEGAL_CONFIDED: tuple[tuple[str, str], ...] = (
    (
        "inside",
        r"(?:^|[.!?:;,\n\u2013\u2014-]\s*|\b(?:nur|ganz|aber|also|und|hier)\s+)unter\s+uns"
        r"(?:\s+gesagt)?\s*(?=[:,\u2013\u2014]|\s-\s)"
        r"|\b(?:bleibt|bleiben|bleib|lassen\s+(?:sie|wir)\s+(?:das|es)|lass\s+(?:das|es))\s+"
        r"(?:\w+\s+){0,2}?unter\s+uns\b(?!\s+\w)"
        r"|\bim\s+vertrauen(?:\s+gesagt)?\s*(?=[:,\u2013\u2014]|\s-\s)"
        r"|\b(?:sag|sage|verrat|verrate|erzähl|erzähle)\w*\s+(?:ihnen|dir|euch)\s+(?:\w+\s+){0,3}?"
        r"im\s+vertrauen\b"
        r"|\b(?:merkt|merken|bemerkt)\s+(?:(?:doch|eh|ja|sowieso|schon|eigentlich|bestimmt"
        r"|garantiert|auch)\s+)*(?:keiner|niemand|kein\s+mensch)\b"
        r"|\b(?:da|hoffentlich)\s+fragt\s+(?:(?:doch|eh|ja|sowieso|erfahrungsgemäß|auch)\s+)*"
        r"(?:keiner|niemand)\b"
        r"|\bhoffe\w*(?:\s+\w+){0,2}?,?\s+dass\s+(?:das\s+|es\s+)?(?:keiner|niemand)\s+"
        r"(?:\w+\s+)?(?:fragt|merkt|mitkriegt|mitbekommt|nachfragt|nachschaut|erfährt)\b"
        r"|\bhoffentlich\s+(?:kriegt|kriegen|bekommt|bekommen|merkt|merken|erfährt|erfahren)\s+"
        r"(?:\w+\s+){0,3}?(?:nie|nichts)\b"
        r"|\bbevor\s+(?:es|das)\s+(?:noch\s+)?(?:jemand|einer|wer|irgendwer|irgendjemand)\s+"
        r"(?:merkt|mitkriegt|mitbekommt|bemerkt)\b"
        r"|\bintern\s+(?:\w+\s+){0,2}?(?:weiß|wissen|wusste|wussten|sagt\s+man|geht\s+man"
        r"|rechne\w*\s+(?:\w+\s+){0,3}?damit|gedeckt|(?:allen|jedem)\s+klar|bekannt"
        r"|(?:längst|schon)\s+(?:klar|beschlossen\w*|abgeschrieben))\b"
        r"|\b(?:weiß|wissen|wusste|wussten)\s+(?:(?:wir|das|es|alle|jeder|man)\s+){0,2}intern\b"
        r"|\bist\s+intern\s+(?:(?:allen|jedem)\s+klar|bekannt)\b",
    ),
    # Silence bought, a complaint sat out, a report to a regulator decided against: "wir zahlen
    # ihm eine ordentliche Summe, damit er nicht anzeigt", "die Chefetage sitzt es aus", "hat
    # entschieden, die Beschwerden nicht an die Marktüberwachung zu melden".
    (
        "claims",
        r"\b(?:zahl\w*|geld|gutschrift\w*|gutschein\w*|summe|euro|bar|entschädigung\w*|prämie)"
        r"\b[^.!?\n]{0,80}?\b(?:damit|wenn|falls|sofern|solange)\s+(?:\w+\s+){0,4}?(?:keine\s+"
        r"(?:\w+\s+)?(?:anzeige|klage|beschwerde|bewertung)|nicht\s+(?:\w+\s+)?(?:anzeigt|anzeigen"
        r"|klagt|klagen|zum\s+anwalt|vor\s+gericht|an\s+die\s+presse))"
        r"|\b(?:chef\w*|geschäftsführung|geschäftsleitung|leitung|firma|management|vorstand|wir)\s+"
        r"(?:\w+\s+)?(?:sitzt|sitzen)\s+(?:das|es|die\s+sache)\s+(?:\w+\s+)?aus\b"
        r"|\b(?:das|es)\s+sitzen\s+wir\s+(?:\w+\s+)?aus\b"
        r"|\b(?:entschieden|beschlossen|angewiesen|die\s+ansage\s+ist)\b[^.!?\n]{0,80}?\bnicht\s+"
        r"(?:\w+\s+){0,2}?(?:(?:an|bei)\s+(?:die|das|den|der)|ans|beim)\s+(?:\w+\s+)?"
        + _REGULATOR
        + r"\s+(?:zu\s+)?(?:melden|weiter\w*)",
    ),
    (
        "beyond_policy",
        r"\bich\s+(?:schreib|schreibe|buch|buche)\s+(?:ihnen|dir|euch)\s+(?:\w+\s+)?einfach\b"
        r"[^.!?\n]{0,50}?\bgut\b"
        r"|\bich\s+(?:streich|streiche|erlass|erlasse)\s+(?:ihnen|dir|euch)\s+(?:\w+\s+)?einfach\b",
    ),
)

# Session 34 (german-v29): defects, knowledge and settlements in shapes the rules above miss —
# written from German grammar (the predicate before or after its subject, a dass-clause, the
# old stock named by its age) and read-set misses of four writers, not from their words.
_DANGER = (
    r"(?:unsicher|gefährlich|lebensgefährlich|brandgefährlich|eine\s+(?:echte\s+|richtige\s+"
    r"|reale\s+|ernste\s+)?gefahr|ein\s+(?:echtes\s+|ernstes\s+)?(?:sicherheits|gesundheits"
    r"|brand)risiko|nicht\s+mehr\s+(?:verkehrs|betriebs)?sicher|schrott|murks|pfusch)"
)
_OUR_STOCK = (
    # Our own stock named by its age or its batch: "die älteren Körbe", "die Schlösser der alten
    # Serie", "die Türen, die wir bis 2020 montiert haben", "die Charge G-45".
    r"(?:(?:die|unsere)\s+(?:älteren|alten|bisherigen|früheren|ersten)\s+\w+(?:\s+der\s+\w+"
    r"\s+\w+)?|(?:die|unsere)\s+\w+\s+der\s+(?:alten|älteren|ersten|früheren)\s+\w+"
    r"|(?:die|unsere)\s+\w+,\s+die\s+wir\s+(?:\w+\s+){0,4}?(?:montiert|verbaut|eingebaut"
    r"|installiert|verkauft|geliefert|ausgegeben|vermietet|hergestellt|produziert)\s+haben,"
    r"|(?:die|diese|unsere)\s+(?:\w+\s+)?\w*(?:serie|charge|baureihe|modellreihe|generation"
    r"|lieferung|produktion)(?:\s+[\w]+){0,2}?)"
)
_DEFECT_SAID = (
    r"(?:fehlerhaft|defekt|mangelhaft|gefährlich|unsicher|giftig|gesundheitsschädlich|undicht"
    r"|splittern|splittert|splitterten|brechen|bricht|reißen|reißt|überhitzen|überhitzt"
    r"|aufblähen|auslaufen|schimmeln|schimmelt|rosten|rostet|kaputtgehen|durchbrennen)"
)
# Outcomes a third party decides (an office, a court, a consulate, an insurer).
_DECIDED = (
    r"(?:genehmig\w*|bewillig\w*|anerkannt|anerkennen|anerkennt|einstellt|einstellen|eingestellt"
    r"|zugelassen|zulassen|durchgewunken|stattgegeben|freigesprochen|zurückgenommen|gewinnen"
    r"|gewinnt|gewonnen|akzeptiert\s+werden|recht\s+bekommen)"
)
LEGAL_SHAPES: tuple[tuple[str, str], ...] = (
    (
        "unsafe",
        # "Die Panzertüren, die wir bis 2020 montiert haben, sind ehrlich gesagt eine Gefahr",
        # "Die Charge G-45 ist Schrott" (subject first) …
        r"\b" + _OUR_STOCK + r"\s+(?:sind|ist|waren|war)\s+(?:\w+\s+){0,3}?" + _DANGER + r"\b"
        # … "Bei ehrlicher Betrachtung sind die älteren Körbe nicht mehr sicher" (verb first).
        r"|\b(?:sind|ist|waren|war)\s+" + _OUR_STOCK + r"\s+(?:\w+\s+){0,2}?" + _DANGER + r"\b"
        # Known and kept quiet: "Wir wissen, dass die Akkus aus dieser Charge fehlerhaft sind",
        # "X wusste, dass die Deckel splittern" (not "Wissen Sie, dass …", not a denial).
        r"|\b(?:weiß|wissen|wusste|wussten)(?!\s+(?:sie|du|ihr)\b)(?:\s+\w+){0,3}?,?\s*dass\s+"
        r"(?:(?!nicht\b|nie\b|kein)[^.!?\n,;]){0,80}?\b" + _DEFECT_SAID + r"\b"
        # Safety hedged: "Wir können nicht wirklich garantieren, dass das Material unbedenklich
        # ist", "weil der Zulieferer Haarrisse nicht ausschließen kann".
        r"|\b(?:können|kann|könnten|könnte)\s+(?:\w+\s+){0,2}?nicht\s+(?:wirklich\s+|sicher\s+"
        r"|mit\s+sicherheit\s+|hundertprozentig\s+|ganz\s+)?(?:garantieren|versprechen|zusagen)"
        r",?\s+dass\s+[^.!?\n]{0,80}?\b(?:unbedenklich|ungefährlich|ungiftig|lebensmittelecht"
        r"|sicher\s+(?:ist|sind))\b"
        r"|\b(?:können|kann|könnten|könnte)\s+(?:\w+\s+){0,2}?nicht\s+(?:\w+\s+)?ausschließen,?"
        r"\s+dass\s+[^.!?\n]{0,80}?\b(?:" + _DEFECT_SAID[3:-1] + r"|risse|bruch|verletz\w*"
        r"|gesundheit\w*|schadstoff\w*|brand\w*)\b"
        r"|\b(?:(?:haar)?risse|brüche|bruchgefahr|brandgefahr|verletzungsgefahr|schadstoffe"
        r"|gesundheitsgefahr)\s+(?:\w+\s+){0,3}?nicht\s+(?:\w+\s+)?ausschließen\b",
    ),
    (
        "unsafe",
        # A defect of our making known as such: "ein bekannter Mangel in unserem Prozess" (not
        # "ein bekanntes Problem", which a software fix answers every day).
        r"\bein\s+bekannter\s+(?:\w+\s+)?(?:mangel|defekt|konstruktionsfehler|fertigungsfehler"
        r"|sicherheitsmangel|produktionsfehler)\s+(?:in|bei|an|von)\s+(?:unser\w*|allen"
        r"|sämtlichen|der\s+ganzen|der\s+gesamten)\b",
    ),
    (
        "outcome",
        # An outcome others decide, promised: "Ich kann Ihnen garantieren, dass das Landesamt das
        # Verfahren einstellt", "Ich verspreche euch, dass die Noten anerkannt werden", "… wird
        # das Konsulat genehmigen, das garantiere ich Ihnen" (no denial inside).
        r"\b(?:ich|wir)\s+(?:kann\s+|können\s+)?(?:(?:ihnen|dir|euch)\s+)?(?:persönlich\s+|fest\s+)?"
        r"(?:garantieren|garantiere|versprechen|verspreche|zusichern|sichere|sichern)"
        r"(?:\s+(?:ihnen|dir|euch))?(?:\s+zu)?,?\s*dass\s+(?:(?!nicht\b|nie\b|kein)[^.!?\n])"
        r"{0,100}?\b" + _DECIDED + r"\b"
        r"|\b" + _DECIDED + r"\b[^.!?\n]{0,40}?,\s*das\s+(?:garantiere|verspreche)\s+ich\b"
        r"|\b" + _DECIDED + r"\b[^.!?\n]{0,40}?,\s*das\s+(?:garantieren|versprechen)\s+wir\b"
        # A claim called won: "ist Ihre Forderung so gut wie sicher".
        r"|\b(?:ihre|deine|eure)\s+(?:forderung|klage|ansprüche|anspruch|entschädigung"
        r"|erstattung)\s+(?:ist|sind|wäre|wären)\s+(?:(?:doch|ja|damit|dann|also)\s+)?(?:so\s+gut"
        r"\s+wie\s+sicher|sicher|garantiert|gewonnen|durch|ein\s+selbstläufer)\b"
        r"|\b(?:ist|sind|wäre|wären)\s+(?:ihre|deine|eure)\s+(?:forderung|klage|ansprüche|anspruch"
        r"|entschädigung|erstattung)\s+(?:(?:doch|ja|damit|dann|also)\s+)?(?:so\s+gut\s+wie"
        r"\s+sicher|garantiert|gewonnen|ein\s+selbstläufer)\b",
    ),
    (
        "claims",
        # A case expected lost: "intern gehen wir davon aus, dass wir die verlieren".
        r"\b(?:gehen\s+wir|wir\s+gehen|rechnen\s+wir|wir\s+rechnen)\s+(?:\w+\s+){0,3}?(?:davon"
        r"\s+aus|damit),?\s+dass\s+wir\s+(?:(?!nicht\b|nie\b|kein)\w+\s+){0,4}?(?:verlieren"
        r"|unterliegen|zahlen\s+müssen|haften\s+müssen|verurteilt)\b",
    ),
    (
        "beyond_policy",
        # A cost paid, then the bill asked for: "ersetzen auch alle beigestellten Bauteile …,
        # schick uns einfach eine Rechnung".
        r"(?:\b(?:wir|ich)\b[^.!?\n]{0,40}?\b(?:ersetzen|ersetze|zahlen|zahle|bezahlen|übernehmen"
        r"|übernehme|erstatten|erstatte)|\b(?:übernimmt|ersetzt|erstattet|bezahlt|zahlt))\b"
        r"[^.!?\n]{0,120}?\bschick\w*\s+(?:sie\s+)?(?:uns|mir)\s+(?:\w+\s+){0,2}?(?:eine|die)\s+"
        r"(?:rechnung\w*|belege?|quittung\w*)\b",
    ),
    (
        "claims",
        # The insurer or the lawyers settling: "unser Versicherer will sich einigen, bevor es in
        # der Zeitung steht".
        r"\b(?:versicherer|versicherung|haftpflicht\w*|anwalt|anwältin|anwälte|kanzlei"
        r"|justiziar\w*|jurist\w*)\s+(?:\w+\s+){0,2}?(?:will|wollen|möchte|möchten|würde|würden"
        r"|wird|werden)\s+(?:sich\s+)?(?:\w+\s+){0,3}?(?:einigen|vergleichen|abfinden)\b",
    ),
)

HOSTILE_STRUCTURE: tuple[tuple[str, str], ...] = (
    # Mock praise and mock agreement: "schön, dass du auch noch Zeit für Großbuchstaben gefunden
    # hast", "ah ja, die Zahnseide ist also schuld".
    (
        "sarcasm",
        r"\bschön,?\s+dass\s+(?:du|sie|ihr)\s+(?:[^\s]+\s+){0,10}?(?:auch\s+noch|endlich|doch\s+noch)"
        r"\s+(?:[^\s]+\s+){0,5}?(?:gefunden|geschafft|bemerkt|entdeckt|gelesen|gefunden)\s+(?:hast"
        r"|haben|habt)"
        r"|\b(?:ah|ach|aha|oh)\s+ja,?\s+(?:[^\s]+\s+){1,5}?(?:ist|sind|war|waren)\s+also\s+schuld\b"
        r"|\b(?:sie|du)\s+(?:sind|bist)\s+ja\s+(?:hier\s+)?(?:der|die)\s+(?:experte|expertin|profi)\b"
        # Mock assent going on to the absurd or to our blame: "na klar, und nächstes Mal fahren
        # wir dich vor die Haustür", "ja genau, und die Erde ist eine Scheibe", "na klar, die
        # Prüfung ist wegen uns durchgefallen" (three writers; a plain "Klar, …" is an answer).
        r"|\b(?:(?:na|aber)\s+klar|ja\s+genau),?\s+und\s+(?![^.!?\n]{0,80}\b(?:gerne?"
        r"|selbstverständlich|kostenlos|wenn\s+(?:sie|du)\s+(?:möchten|möchtest|wollen|willst)"
        r")\b)[^.!?\n]{3,80}"
        r"|\b(?:na|aber)\s+klar,\s+[^.!?\n]{0,60}?\bwegen\s+uns\b",
    ),
    # Whoever does that is beyond help (session 19; de8, de11, de12): "wer die Anleitung nicht
    # liest, dem ist nicht zu helfen", "wer nach 30 Stunden nicht einparken kann, sollte sich
    # fragen, ob …". Advice to whoever ("wer länger mietet, sollte vorher kaufen") is neither.
    (
        "condescension",
        r"\bwer\s+[^.!?\n]{3,80}?,\s+(?:dem|der)\s+(?:ist|kann\s+(?:ich|man|keiner|niemand|auch"
        r"\s+keiner))\s+(?:auch\s+|echt\s+|wirklich\s+|eh\s+)?(?:nicht|kaum)\s+(?:mehr\s+)?"
        r"(?:zu\s+)?helfen\b"
        r"|\bwer\s+[^.!?\n]{3,80}?,\s+(?:der\s+)?(?:sollte|muss)\s+sich\s+(?:\w+\s+){0,2}?"
        r"fragen,?\s+ob\b",
    ),
    # The reader's matter belittled against a grand one: "Sie haben eine Zahnreinigung
    # bekommen, keine Herztransplantation", "das Drama ist etwas übertrieben", "genau dafür ist
    # eine Sirene da".
    (
        "condescension",
        r",\s+(?:doch\s+|und\s+)?(?:keine|kein|keinen)\s+(?:\w+\s+)?(?:\w*transplantation|\w*operation"
        r"|raumschiff|rakete|raketenwissenschaft|hexenwerk|luxushotel|palast|zauber\w*|wunder\w*"
        r"|hellseher\w*|gedankenleser\w*|kindergarten|babysitter\w*|mama|mutti|therapeut\w*"
        r"|weltraum\w*|nasa)\b"
        r"|\b(?:das|dieses|ihr|dein)\s+drama\s+(?:ist\s+)?(?:\w+\s+)?(?:übertrieben|unnötig)"
        r"|\b(?:genau\s+)?dafür\s+(?:ist|sind)\s+(?:ein|eine|einen)\s+\w+\s+(?:ja|doch|schließlich"
        r"|nun\s+mal)\s+da\b|\bdas\s+ist\s+(?:ja|doch|nun\s+mal)\s+der\s+(?:ganze\s+)?(?:sinn|zweck)"
        r"\s+(?:einer|eines)\b"
        r"|\bwas\s+(?:zum\s+teufel|zur\s+hölle)\s+ist\s+(?:mit|los)\b|\bwas\s+ist\s+(?:nur\s+)?mit"
        r"\s+(?:leuten|manchen\s+leuten|euch|ihnen|dir)\s+los\b",
    ),
    # Told again: "in unserer letzten, vorletzten und vorvorletzten E-Mail", "ein viertes Mal
    # wird es nicht verständlicher".
    (
        "repeat",
        r"\b(?:vorletzten|vorvorletzten)\s+(?:e\s?mail|mail|nachricht|antwort|brief|schreiben)"
        r"|\bein\s+(?:drittes|viertes|fünftes|weiteres|zehntes)\s+mal\s+(?:wird|werde|werden"
        r"|ändert)\b",
    ),
    # Closing the matter or showing the door: "damit ist das Thema erledigt", "niemand hält
    # dich auf", "es gibt ja genug andere Praxen".
    (
        "dismissive",
        r"\b(?:damit|hiermit)\s+(?:ist|hat\s+sich)\s+(?:das\s+thema|die\s+sache|die\s+angelegenheit"
        r"|die\s+diskussion)\s+(?:für\s+uns\s+)?(?:erledigt|beendet)"
        r"|\b(?:das\s+thema|die\s+sache|die\s+angelegenheit|die\s+diskussion)\s+(?:\w+\s+){0,2}?"
        r"(?:damit|hiermit)\s+(?:\w+\s+)?(?:erledigt|beendet)"
        r"|\bniemand\s+hält\s+(?:dich|sie|euch)\s+auf\b|\bes\s+gibt\s+(?:ja|doch)\s+(?:genug|viele"
        r"|reichlich|jede\s+menge)\s+andere\b",
    ),
    # Blame: "wenn Sie schon zu spät kommen, dann bitte nicht noch beschweren", "was Sie
    # wüssten, wenn Sie die Mail gelesen hätten", "Ihr Problem, nicht unseres", "Sie lehnen
    # seit 40 Minuten jede Lösung ab".
    (
        "blame",
        r"\bwenn\s+(?:sie|du|ihr)\s+schon\s+[^.!?\n]{3,60}?,\s+dann\s+(?:bitte\s+)?(?:nicht\s+(?:noch"
        r"|auch\s+noch)|auch\s+nicht)"
        r"|\b(?:was|das)\s+(?:sie|du)\s+(?:[^\s]+\s+){0,6}?(?:wüssten|wüsstest|gesehen\s+hätten"
        r"|gesehen\s+hättest|gelesen\s+hätten|gelesen\s+hättest)\b"
        r"|\b(?:ihr|dein|euer)\s+problem,?\s+nicht\s+(?:unseres|unsers|meins|unser\s+problem)\b"
        r"|\b(?:jede|jeden|alle)\s+(?:\w+\s+)?(?:lösung\w*|vorschlag|vorschläge|option\w*|termin\w*"
        r"|angebot\w*)\s+(?:\w+\s+)?abgelehnt\b"
        r"|\b(?:sie|du)\s+(?:lehnen|lehnst)\s+(?:[^\s]+\s+){0,6}?(?:jede|jeden|alle)\s+(?:\w+\s+)?"
        r"(?:lösung\w*|vorschlag|vorschläge|option\w*|termin\w*|angebot\w*)\s+ab\b"
        r"|\b(?:lehnen|lehnst)\s+(?:sie|du)\s+(?:[^\s]+\s+){0,6}?(?:jede|jeden|alle)\s+(?:\w+\s+)?"
        r"(?:lösung\w*|vorschlag|vorschläge|option\w*|termin\w*|angebot\w*)\s+ab\b",
    ),
)


# Session 32 (german-v27): five shapes of hostile tone a bag of words reads poorly, written from
# how German says them in any trade, each with clean twins in tests/guidance/test_german_v27.py.
_CLASS = (
    r"(?:kunden|kundinnen|kundschaft|leute|leuten|menschen|typen|gäste|gästen|mieter\w*"
    r"|patient\w*|teilnehmer\w*|eltern|nutzer\w*|käufer\w*|besucher\w*|mitglieder\w*|fahrgäst\w*"
    r"|bewerber\w*|schüler\w*|klient\w*|passagier\w*|bürger\w*|anrufer\w*|bestell\w*)"
)
_READING_VERB = (
    r"(?:lesen|durchlesen|nachlesen|anschauen|nachschauen|reinschauen|hineinschauen|schauen"
    r"|hinschauen|ansehen|nachsehen|hinsehen|zuhören|aufpassen|beachten|prüfen|informieren"
    r"|mühe\s+machen)"
)
_FAILURE = (
    r"(?:falsch\w*|verwechselt|verwechseln|verloren|verlieren|vergessen|kaputt\w*|zerstört"
    r"|zerkratzt|verstopft|verpasst|übersehen|ignoriert|absturz|doppelt|zum\s+[\w.]+\s+mal"
    r"|schon\s+wieder|mal\s+wieder|wieder\s+mal)"
)
HOSTILE_SHAPES: tuple[tuple[str, str], ...] = (
    # A class of customers blamed: "Kunden wie Sie sind der Grund, warum …", "mit Mietern wie
    # Ihnen hat man nur Ärger", "Sie gehören wohl zu den Leuten, die …" — not "Kunden wie Sie
    # sind uns wichtig", "für Mieter wie Sie gibt es einen Rabatt".
    (
        "blame",
        r"(?<!für\s)\b" + _CLASS + r"\s+(?:[\w-]+\s+){0,2}?wie\s+(?:sie|du|ihnen|dir|euch)\b"
        r"(?!,?\s+(?:die|der|denen|deren)\s)(?![^.!?\n]{0,80}\b(?:wichtig\w*|dank\w*|freu\w*|schätz\w*|treue\w*|verdien\w*|bonus"
        r"|rabatt\w*|belohn\w*|gern\w*|besonder\w*|willkommen|vorteil\w*|angebot\w*|gibt\s+es"
        r"|gratul\w*|stolz|herz\w*)\b)"
        r"|\b(?:sie|du|ihr)\s+(?:gehören|gehörst|gehört)\s+(?:\w+\s+)?(?:wohl|offenbar"
        r"|offensichtlich|anscheinend|scheinbar|eindeutig|ganz\s+klar)\s+zu\s+(?:den|denen"
        r"|denjenigen|jenen)\s+(?:\w+\s+)?" + _CLASS + r",?\s+(?:die|denen|deren)\b",
    ),
    # Lecturing in the conditional: "wenn Sie die Bestätigung einmal lesen würden, wüssten Sie
    # …", "würden Sie die Beilage mal durchlesen, hätten Sie …", "es wäre hilfreich, wenn Sie
    # auch einmal …" — not "wenn Sie die Bestätigung lesen möchten, finden Sie sie …".
    (
        "condescension",
        r"\bwenn\s+(?:sie|du|ihr)\s+[^.!?\n,]{0,60}?\b" + _READING_VERB + r"\s+(?:würden|würdest"
        r"|würdet)\b[^.!?\n]{0,80}?,\s*(?:dann\s+)?(?:wüssten|wüsstest|wüsstet|hätten|hättest"
        r"|hättet|müssten|müsstest|müsstet|bräuchten|bräuchtest|bräuchtet|wären|wärst|wärt)\s+"
        r"(?:sie|du|ihr)\b"
        r"|\b(?:würden|würdest|würdet)\s+(?:sie|du|ihr)\s+[^.!?\n,]{0,60}?\b"
        + _READING_VERB
        + r",\s*(?:dann\s+)?"
        r"(?:wüssten|wüsstest|wüsstet|hätten|hättest|hättet|müssten|müsstest|müsstet|bräuchten"
        r"|bräuchtest|bräuchtet)\s+(?:sie|du|ihr)\b"
        r"|\bwäre\s+(?:es\s+)?(?:\w+\s+)?(?:hilfreich|schön|nett|toll|wünschenswert|praktisch)"
        r",?\s+wenn\s+(?:sie|du|ihr)\s+(?:\w+\s+){0,3}?(?:auch\s+(?:ein)?mal|wenigstens"
        r"|zumindest|endlich|ausnahmsweise)\b",
    ),
    # The reader dismissed by the others: "die anderen Kunden kommen damit auch klar", "jeder
    # andere schafft das", "…, nur Sie nicht".
    (
        "dismissive",
        r"\b(?:anderen|übrigen|restlichen)\s+(?:[\w-]+\s+){0,3}?(?:kommen|kommt|kamen)\s+"
        r"(?:[\w-]+\s+){0,6}?(?:klar|zurecht)\b"
        r"|\b(?:anderen|übrigen|restlichen)\s+(?:[\w-]+\s+){0,3}?(?:kriegen|kriegt|schaffen"
        r"|schafft)\s+(?:[\w-]+\s+){0,4}?hin\b"
        r"|\bjede[rs]?\s+andere\s+(?:\w+\s+)?(?:kommt|schafft|kriegt)\s+(?:\w+\s+){0,4}?(?:klar"
        r"|zurecht|hin|das|es)\b"
        r"|,\s+nur\s+(?:sie|du|ihr)\s+nicht\s*[.!]",
    ),
    # Praise for a mishap: "Glückwunsch, Sie haben es geschafft, den Router dreimal falsch
    # anzuschließen", "sehr originell, dieselbe Beschwerde zum vierten Mal …" — not
    # "Glückwunsch zu Ihrem Führerschein", "toll gemacht, Ihr Profil ist vollständig".
    (
        "sarcasm",
        r"\b(?:glückwunsch|gratulation|gratuliere|respekt|bravo|chapeau|reife\s+leistung"
        r"|glanzleistung|meisterleistung|tolle\s+leistung|super\s+leistung|toll\s+gemacht"
        r"|gut\s+gemacht|super\s+gemacht|sehr\s+clever|wirklich\s+clever|echt\s+clever"
        r"|wie\s+clever|sehr\s+originell|wie\s+originell|wirklich\s+originell)\s*[,!:]\s+"
        r"[^.!?\n]{0,100}?\b" + _FAILURE + r"(?![\w])",
    ),
    # A shrug at the reader: "aber bitte, versuchen Sie es ruhig weiter", "aber wem erzähle ich
    # das", "manchmal fragt man sich wirklich", "ich hoffe, das ist jetzt angekommen", "Sehr
    # erwachsen." — not "aber bitte mit Termin", "aber bitte, sehr gern", "ich hoffe, das Paket
    # ist gut angekommen".
    (
        "dismissive",
        r"(?:^|[.!?]\s+)aber\s+bitte,\s+(?!(?:\w+\s+)?gern)"
        r"|\baber\s+wem\s+(?:erzähl|erzähle|sag|sage)\s+ich\s+das\b"
        r"|\bmanchmal\s+fragt\s+man\s+sich\s+(?:echt|wirklich|schon|ernsthaft|ehrlich)\b"
        r"|\bich\s+hoffe,?\s+(?:das|es)\s+ist\s+(?:jetzt|nun)\s+(?:endlich\s+|auch\s+)?"
        r"(?:angekommen|klar|verstanden)\s*[.!]"
        r"|(?:^|[.!?]\s+)(?:sehr|wie|echt|wirklich|total)\s+erwachsen\s*[.!]",
    ),
)

# Session 35 (german-legal-register-v30): German word order, not new words. A German main clause
# puts its verb second, so an adverbial first moves the subject after the verb: "Da sind wir
# klar haftbar", "In dem Fall haben wir grob fahrlässig gehandelt", "Dafür tragen wir die volle
# Schuld" say what the subject-first rules above read ("wir sind haftbar"). A word must come
# before the verb in the same sentence ("Sind wir haftbar?" opens a question), and no "?" may
# end the sentence; negation, sarcasm, limits and "ob" are the "fault" guards of legal_hits.
# Not "… sind wir schuld": inverted, it is mostly the customer's reproach retold ("und dann
# sind wir schuld. Klassiker.").
# A concessive clause fronted before its main clause belongs to it: "Was immer es Sie kostet,
# wir übernehmen das" (the money rule reads "übernehmen" in its own clause only).
_NO_QUESTION = r"(?![^.!?\n]*\?)"
# A word between that does not deny ("sind wir nicht haftbar" is left to the negation guard).
_NOT_DENIED = r"(?:(?!nicht\b|nie\b|kein\w*|keineswegs\b|kaum\b)\w+\s+)"
LEGAL_WORD_ORDER: tuple[tuple[str, str], ...] = (
    (
        "fault",
        r"\b\w+,?\s+(?:sind|waren)\s+wir\s+"
        + _NOT_DENIED
        + r"{0,2}?(?:haftbar|schadensersatzpflichtig"
        r"|schadenersatzpflichtig|ersatzpflichtig)\b"
        + _NO_QUESTION
        + r"|\b\w+,?\s+(?:haben|hatten)\s+wir\s+"
        + _NOT_DENIED
        + r"{0,3}?(?:grob\s+)?fahrlässig\b"
        + _NO_QUESTION
        + r"|\b\w+,?\s+tragen\s+wir\s+"
        + _NOT_DENIED
        + r"?(?:die\s+)?(?:volle\s+|alleinige\s+|gesamte\s+)?"
        r"(?:haftung|schuld)\b"
        + _NO_QUESTION
        + r"|\b(?:trifft\s+uns|uns\s+trifft)\s+"
        + _NOT_DENIED
        + r"?(?:die\s+)?(?:volle\s+|alleinige\s+)?"
        r"schuld\b|\bdie\s+(?:volle\s+|alleinige\s+)?schuld\s+trifft\s+" + _NOT_DENIED + r"?uns\b",
    ),
    # A strong verb changes its vowel in the third person: "übernehmen" is "übernimmt",
    # "erhalten" "erhält" — "ich garantiere Ihnen, dass die Garantie Ihren Schaden übernimmt"
    # (the promise rule of LEGAL reads "übernehm…" and "erhalt…" only). An outcome another
    # party decides, so "outcome": the warranty named is what is promised, not a policy followed.
    (
        "outcome",
        r"\b(?:ich|wir)\s+(?:\w+\s+)?(?:verspreche|versprechen|garantiere|garantieren)\s+"
        r"(?:(?:dir|ihnen|euch)\s*)?,?\s*dass\s+(?:(?!nicht\b|nie\b|kein)[^.!?\n]){0,80}?"
        r"\b(?:übernimmt|übernimmst|erhält|erhältst)\b",
    ),
    (
        "beyond_policy",
        r"\b(?:was\s+(?:auch\s+)?immer|(?:ganz\s+)?egal,?\s+was)\s+(?:es|das)\s+(?:(?:sie|dich|euch"
        r"|ihnen|dir)\s+)?(?:\w+\s+)?(?:kostet|kosten\s+wird|kosten\s+mag)\b[^.!?\n]{0,40}?"
        r"\b(?:übernehm|übernimm|zahl|bezahl|erstatt|trag|ersetz|begleich)\w*",
    ),
)

# Session 37 (de-legal-v32): German legal risk in the grammar the rules above did not read —
# the Konjunktiv II of a modal with its infinitive (a duty we failed), an anaphoric "es" after a
# defect (known), a dass-clause whose verb ends it (any outcome guaranteed), a compound's head
# (a risk of a harm), a noun with "aus der Lieferung" (our batch), the pronominal adverb
# "dafür" standing for a fronted clause ("…, kommen wir dafür auf").
_DUTY_OF_CARE = (
    r"(?:warnen|zurückrufen|prüfen|überprüfen|kontrollieren|sichern|absichern|absperren|sperren"
    r"|stilllegen|austauschen|auswechseln|melden|aufklären|entfernen|aus\s+dem\s+verkehr\s+ziehen)"
)
_DEFECT_STATE = (
    r"(?:" + _DEFECT_SAID[3:-1] + r"|morsch|marode|brüchig|porös|durchgerostet|kaputt"
    r"|falsch\s+montiert|falsch\s+eingebaut|falsch\s+angeschlossen)"
)
_BATCH = r"(?:\w*(?:lieferung|charge|serie|produktion|baureihe|modellreihe|generation))"
LEGAL_V32: tuple[tuple[str, str], ...] = (
    (
        "fault",
        # "Unser Trainer hätte sie warnen müssen", "Wir hätten die Dosen zurückrufen
        # müssen", "hätten wir die Anlage sperren müssen": a duty of care not done, in the
        # Konjunktiv II; not "hätten nicht … müssen" (no need), not a question.
        r"\b(?:wir|ich|unser\w*\s+(?:\w+\s+)?\w+)\s+(?:hätten|hätte)\s+"
        + _NOT_DENIED
        + r"{0,5}?"
        + _DUTY_OF_CARE
        + r"\s+(?:müssen|sollen)\b"
        + _NO_QUESTION
        + r"|\b\w+,?\s+(?:hätten|hätte)\s+(?:wir|ich)\s+"
        + _NOT_DENIED
        + r"{0,5}?"
        + _DUTY_OF_CARE
        + r"\s+(?:müssen|sollen)\b"
        + _NO_QUESTION
        # A defect, then "und wir wussten es": the anaphoric "es"/"das" is the defect.
        + r"|\b"
        + _DEFECT_STATE
        + r"\b[^.!?\n]{0,40}?,\s*(?:und\s+)?(?:wir|ich)\s+(?:haben\s+|hatten\s+)?(?:wussten"
        r"|wusste|gewusst)\s+(?:es|das)\b"
        r"|\b" + _DEFECT_STATE + r"\b[^.!?\n]{0,40}?[,;:\u2013-]\s*(?:und\s+)?(?:das|es)\s+wussten"
        r"\s+wir\b",
    ),
    (
        "outcome",
        # "ich garantiere Ihnen persönlich, dass alle Dateien wieder auftauchen": an outcome
        # guaranteed in a dass-clause, whatever its verb (it ends the clause); not denied inside,
        # and not our own doing ("dass wir uns kümmern"; our payments are the rules' above).
        r"\b(?:ich|wir)\s+(?:\w+\s+)?(?:garantiere|garantieren|verspreche|versprechen)\s+"
        r"(?:(?:dir|ihnen|euch)\s*)?(?:(?:persönlich|hiermit|fest|hoch\s+und\s+heilig)\s*)?,?\s*"
        r"dass\s+(?!(?:wir|ich)\b)"
        r"(?:(?!nicht\b|nie\b|kein|niemals\b)[^.!?\n]){3,80}?\w+(?=\s*(?:[.!;,]|$))",
    ),
    (
        "unsafe",
        # A harm's risk named by its compound's head, said of a thing: "Die heiße Platte ist ein
        # Verbrennungsrisiko" (the rules read "ein Sicherheitsrisiko" after "alle" only).
        r"\b(?:der|die|das|diese\w*|unser\w*)\s+(?:\w+\s+){0,4}?(?:ist|sind|war|waren)\s+"
        r"(?:\w+\s+)?(?:ein|eine)\s+(?:echtes\s+|ernstes\s+|reales\s+|echte\s+|ernste\s+)?"
        r"(?:verbrennungs|verbrühungs|verletzungs|brand|stromschlag|erstickungs|sturz|vergiftungs"
        r"|sicherheits|gesundheits|unfall|quetsch|kipp)(?:risiko|gefahr)\b"
        + _NO_QUESTION
        # Our batch defective: "Die Gurte aus der Lieferung sind alle mangelhaft", "Bei den
        # Schnallen aus der Charge gibt es einen Materialfehler".
        + r"|\b\w+\s+aus\s+(?:der|dieser|unserer|einer)\s+(?:\w+\s+)?"
        + _BATCH
        + r"\s+(?:ist|sind|war|waren)\s+"
        + _NOT_DENIED
        + r"{0,4}?(?:mangelhaft|defekt|fehlerhaft|unsicher|gefährlich|undicht|betroffen)\b"
        r"|\b\w+\s+aus\s+(?:der|dieser|unserer|einer)\s+(?:\w+\s+)?" + _BATCH + r"\s+"
        r"(?:gibt'?s|gibt\s+es|hat|haben)\s+(?:\w+\s+)?(?:einen|ein|eine)\s+\w*(?:fehler|defekt"
        r"|mangel)\b",
    ),
    (
        "claims",
        # A regulator acting on our goods: "Das Gewerbeaufsichtsamt prüft gerade unsere
        # Leitern, und … wird es den Verkauf wohl stoppen".
        r"\b" + _REGULATOR + r"\s+(?:\w+\s+){0,2}?(?:prüft|prüfen|untersucht|untersuchen"
        r"|ermittelt|kontrolliert)\s+(?:\w+\s+){0,2}?unser\w*\b[^.!?\n]{0,100}?\b(?:stopp\w*"
        r"|verbiet\w*|untersag\w*|vom\s+markt|rückruf\w*|zurückruf\w*|bußgeld\w*|strafe\w*)",
    ),
    (
        "beyond_policy",
        # "falls jemand mit Ihren Daten eingekauft hat, kommen wir dafür auf": "dafür" stands for
        # the fronted clause — liability for whatever it names.
        r"\b(?:(?:wir|ich)\s+(?:kommen|komme)|(?:kommen|komme)\s+(?:wir|ich))\s+(?:\w+\s+)?"
        r"(?:dafür|hierfür|für\s+(?:den|jeden|alle)\s+(?:\w+\s+)?(?:schaden|schäden|verlust"
        r"|verluste))\s+(?:\w+\s+)?auf\b(?!\s+\w)",
    ),
)


def _compile(
    table: tuple[tuple[str, str], ...], *, lowered: bool
) -> list[tuple[str, re.Pattern[str]]]:
    """As in language.py: case-insensitive matching is about twice as slow, so the patterns
    (all written in lower case) normally run on the lower-cased text; the IGNORECASE set is for
    the rare text whose length changes when lower-cased."""
    # Swiss spelling writes "ss" for "ß" ("Busse", "heisst", "schliessen").
    table = tuple((key, pattern.replace("ß", "(?:ß|ss)")) for key, pattern in table)
    if lowered:
        assert all(pattern == pattern.lower() for _, pattern in table)
        return [(key, re.compile(pattern)) for key, pattern in table]
    return [(key, re.compile(pattern, re.IGNORECASE)) for key, pattern in table]


LEGAL_PATTERNS = _compile(
    LEGAL
    + LEGAL_WIDER
    + LEGAL_STRUCTURE
    + LEGAL_CONFIDED
    + LEGAL_SHAPES
    + LEGAL_WORD_ORDER
    + LEGAL_V32,
    lowered=True,
)
HOSTILE_PATTERNS = _compile(
    HOSTILE + HOSTILE_WIDER + HOSTILE_STRUCTURE + HOSTILE_SHAPES, lowered=True
)
LEGAL_PATTERNS_ANY_CASE = _compile(
    LEGAL
    + LEGAL_WIDER
    + LEGAL_STRUCTURE
    + LEGAL_CONFIDED
    + LEGAL_SHAPES
    + LEGAL_WORD_ORDER
    + LEGAL_V32,
    lowered=False,
)
HOSTILE_PATTERNS_ANY_CASE = _compile(
    HOSTILE + HOSTILE_WIDER + HOSTILE_STRUCTURE + HOSTILE_SHAPES, lowered=False
)


def _negated_before(text: str, start: int) -> bool:
    return bool(_NEGATION_BEFORE.search(text[max(0, start - 40) : start]))


_NEGATION_IN_PATTERN = frozenset(("blame",))  # "nicht unser Problem" carries its own "nicht"
# "Aber klar, wir sind schuld 👍" is sarcasm, not an admission.
_SARCASTIC_BEFORE = re.compile(r"(?i)\b(?:aber|ja|na)\s+klar,?\s+(?:\w+\s+){0,2}$")
# "Wir haften nur bei Vorsatz", "wir haften gemäß unseren AGB": the limits of liability.
# What a warranty covers, stated: "Die Garantie gilt nur für Herstellungsfehler", "deckt
# Herstellungsfehler", "Herstellungsfehler sind über die Gewährleistung abgedeckt" (session 24).
_WARRANTY_COVERS = re.compile(
    r"(?i)\b\w*(?:garantie|gewährleistung)\s+(?:\w+\s+){0,2}?(?:gilt|gelten|deckt|decken|umfasst"
    r"|umfassen|greift|greifen|abdeckt)\s+(?:\w+\s+){0,3}?(?:herstellungs|konstruktions|fertigungs"
    r"|produktions|material)(?:fehler|mangel|mängel|defekt)\w*"
    r"|\b(?:herstellungs|konstruktions|fertigungs|produktions|material)(?:fehler|mangel|mängel"
    r"|defekt)\w*\s+(?:sind|ist|werden|wird)\s+(?:\w+\s+){0,3}?(?:garantie|gewährleistung)\w*"
    r"\s+(?:\w+\s+)?(?:abgedeckt|gedeckt|erfasst)\b"
)
_LIMITED = re.compile(
    r"(?i)\b(?:nur|lediglich|ausschließlich|gemäß|laut|gesetzlich\w*|agb|bedingungen"
    r"|höchstens|bis zu|maximal)\b"
    # A cap or the passengers' rights: "haften wir bis 1.200 € nach den Fahrgastrechten".
    r"|\bbis\s+\d|\b\w*gastrechte\w*"
)


# Session 25 (german-v20), from two blind writers' clean sentences: a liability asked about ("Ob
# wir dafür haften, prüft die Rechtsabteilung", "Haften wir für liegengelassene Ski? Nein") or
# bounded by what it does not cover ("Wir haften für Druckfehler, die bei uns entstehen, nicht für
# Fehler in freigegebenen Dateien") admits nothing.
_WHETHER_BEFORE = re.compile(r"(?i)\bob\s+(?:\w+\s+){0,2}$")
_LIABLE = re.compile(r"(?i)\bhaft")
_ASKED = re.compile(r"(?i)^(?:haften\s+wir|hafte\s+ich)\b")
_NOT_FOR = re.compile(r"(?i),\s*(?:aber\s+|jedoch\s+)?nicht\s+(?:für|bei)\b")


def _liability_asked_or_bounded(text: str, start: int, end: int) -> bool:
    if not _LIABLE.search(text, start, end):
        return False
    if _WHETHER_BEFORE.search(text, max(0, start - 30), start):
        return True
    _, e = _sentence(text, start, end)
    if text[e : e + 1] == "?" and _ASKED.match(text[start:end]):
        return True
    return bool(_NOT_FOR.search(text, end, e))


def negated(text: str, start: int, end: int) -> bool:
    """Whether the words at start:end are negated, before them or in their clause."""
    return _negated_before(text, start) or bool(_NEGATION.search(_clause(text, start, end)))


# A confidence opened ("Unter uns gesagt:", "Im Vertrauen:") is a risk for what it opens: a
# lapse, a duty, something known, an authority. "Unter uns gesagt: Der neue Kaffee ist noch
# besser als der alte" confides nothing (a look-alike since session 16). "Das bleibt unter uns"
# asks for silence about what came before, so it needs nothing after it.
_CONFIDENCE_OPENED = re.compile(
    r"(?i)^(?!.*\b(?:bleib|lass)\w*\b).*\b(?:unter\s+uns|im\s+vertrauen)\b", re.DOTALL
)
_CONFIDED_TROUBLE = re.compile(
    r"(?i)\b(?:nicht|nichts|nix|kein\w*|nie|niemand\w*|ohne|kaputt\w*|defekt\w*|\w*fällig"
    r"|müss\w*|muss|hätte\w*|eigentlich|wissen|weiß|wusst\w*|chef\w*|\w*amt|\w*behörde"
    r"|\w*aufsicht|gefährlich\w*|\w*risiko|verboten|illegal|schimmel\w*|trotzdem|intern"
    r"|bekannt)\b"
)
_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_NO_PENALTY = re.compile(
    r"(?i)\bkein(?:e|en|em|er|es)?\s+(?:\w+\s+)?(?:strafe|bußgeld|busse|sanktion|ermittlung"
    r"|verfahren|abmahnung|rückruf)"
)


# Session 36 (german-hostile-clean-v31): misreadings of hostile tone and legal risk found on the
# read German writers' clean drafts and on clauses their labels do not call hostile.
# "Wir sind selber schuld", "da war ich selbst schuld": owning up, not blaming the reader.
_SELF_BLAMED = re.compile(
    r"(?i)\b(?:wir\s+sind|ich\s+bin|sind\s+wir|bin\s+ich|(?:wir|ich)\s+war(?:en)?"
    r"|war(?:en)?\s+(?:wir|ich))\s+(?:\w+\s+){0,2}?$"
)
# "Sie sind nicht der Einzige." after a known fault, "du bist nicht der Einzige mit kalten
# Lötstellen", "nicht der einzige Fall": not alone with the problem (reassurance), unlike "Sie
# sind nicht die einzige Kundin, wissen Sie" or "nicht der Einzige, der sich beschwert".
_NOT_ALONE_AFTER = re.compile(
    r"(?i)\s*(?:[.!…\n]|$)|\s+mit\b|\s+\w*(?:fall|fälle|account|accounts|konto)\b"
)
_REASSURED = re.compile(r"(?i)\bkeine\s+sorge\b|\bbekannt\b|\bbetroffen\b")
# "Was zum Teufel ist mit dem Paket passiert?": exasperation at a thing (its swear word is
# profanity), not condescension towards a person ("Was zum Teufel ist mit Leuten los, die …").
_EXPLETIVE_QUESTION = re.compile(r"(?i)^was\s+(?:zum\s+teufel|zur\s+hölle)\s+ist\s+mit$")
_ABOUT_A_THING = re.compile(
    r"(?i)\s+(?:der|dem|den|die|das|diese[mnrs]?|unse?r\w*|dein\w*|ihr\w*|eu(?:e)?r\w*|mein\w*)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:passiert|los)\b"
)
_PERSON = re.compile(
    r"(?i)\b\w*(?:typ|typen|kerl|leute|leuten|mensch\w*|mitarbeiter\w*|kolleg\w*|fahrer\w*"
    r"|chef\w*|kunde\w*|kundin\w*|team|support|hotline|service|dir|euch|ihnen)\b"
)
# ", kein Wunder, dass die Schlange bis zur Tür ging": the idiom "no wonder", not "this is no
# miracle".
_NO_WONDER_THAT = re.compile(r"(?i),?\s+(?:dass|wenn|bei|also|denn)\b")
# A lawsuit in a question reported back: "Sie fragen, ob wir Sie vor Gericht vertreten".
_ASKED_WHETHER = re.compile(r"(?i)\bfrag\w*,?\s+(?:\w+\s+){0,3}?ob\b")
# A defect the writer cannot confirm ("wir können nicht bestätigen, dass … ein Serienfehler
# vorliegt") or a secret swap denied ("tauschen auch nichts heimlich aus").
_NOT_CONFIRMED = re.compile(
    r"(?i)\b(?:nicht|kein\w*)\s+(?:\w+\s+){0,2}?(?:bestätig|feststell|festgestellt|nachweis"
    r"|nachgewiesen|erkenn|erkannt)\w*,?\s+(?:dass|ob)\b"
)
_SECRECY_DENIED = re.compile(
    r"(?i)\b(?:nichts|nicht|kein\w*)\s+(?:\w+\s+)?(?:stillschweigend|klammheimlich|heimlich)\b"
)

# "Die Kundin hat jetzt zum dritten Mal angerufen", "zum dritten Mal diese Woche springt mir die
# Kette runter", "damit sie nicht alles zum dritten Mal erzählen muss": someone else's third time,
# told about, not the reader reminded ("Wie ich Ihnen zum dritten Mal erkläre", "Zum dritten
# Mal: …").
_READER_WORD = re.compile(
    r"\b(?:Sie|Ihnen|Ihr\w*)\b|(?i:\b(?:du|dich|dir|dein\w*|euch|eu(?:e)?r\w*|ihr)\b)"
)
_SOMEONE_ELSE = re.compile(
    r"\b(?:er|sie|ihm|ihr|jemand|mir|mich)\b|(?i:\b(?:der|die)\s+(?:kunde|kundin|\w+in|\w+er)\b)"
)
_CLAUSE_MARKS = re.compile(r"[,;:\u2013\u2014]")


def _someone_elses_time(text: str, start: int, end: int) -> bool:
    if not text[start:end].lower().startswith("zum") or re.match(r"\s*:", text[end:]):
        return False
    s, e = _sentence(text, start, end)
    left = max([m.end() for m in _CLAUSE_MARKS.finditer(text, s, start)], default=s)
    right = min([m.start() for m in _CLAUSE_MARKS.finditer(text, end, e)], default=e)
    clause = text[left:right]
    return not _READER_WORD.search(clause) and bool(_SOMEONE_ELSE.search(clause))


def _misread_tone(text: str, key: str, start: int, end: int) -> bool:
    """Whether a hostile-tone or legal-risk rule's words at start:end are one of the misreadings
    above."""
    words = text[start:end]
    lowered = words.lower()
    before = text[max(0, start - 40) : start]
    s, e = _sentence(text, start, end)
    if key == "blame" and lowered.startswith(("selber", "selbst")):
        return bool(_SELF_BLAMED.search(before))
    if key == "dismissive" and "einzig" in lowered:
        return bool(_NOT_ALONE_AFTER.match(text, end) or _REASSURED.search(text, s, e))
    if key == "condescension" and _EXPLETIVE_QUESTION.match(words):
        rest = text[end:e]
        return bool(_ABOUT_A_THING.match(rest)) and not _PERSON.search(rest)
    if key == "condescension" and lowered.endswith("kein wunder"):
        return bool(_NO_WONDER_THAT.match(text, end))
    if key == "repeat":
        return _someone_elses_time(text, start, end)
    if key == "lawsuit":
        return bool(_ASKED_WHETHER.search(text, s, start))
    if key == "unsafe":
        return bool(_NOT_CONFIRMED.search(text, s, start) or _SECRECY_DENIED.search(words))
    return False


def wording(text: str) -> list[Match]:
    """Legal risk and hostile tone in German text: empty for text that does not read as
    German (an eye roll is read in any language)."""
    found: list[Match] = []
    end = text.find(EYE_ROLL)
    while end >= 0:
        start = max(text.rfind(c, 0, end) for c in "\n.!?") + 1
        start += len(text[start:end]) - len(text[start:end].lstrip())
        if not _quoted_line(text, start):
            found.append(Match("hostile_tone", "sarcasm", start, end + len(EYE_ROLL)))
        end = text.find(EYE_ROLL, end + 1)
    if not looks_german(text):
        return found
    quoted = _quoted_spans(text)
    lowered = text.lower()
    if len(lowered) == len(text):
        searched, legal, hostile = lowered, LEGAL_PATTERNS, HOSTILE_PATTERNS
    else:
        searched, legal, hostile = text, LEGAL_PATTERNS_ANY_CASE, HOSTILE_PATTERNS_ANY_CASE
    # "Standby-Modus", "Ein-Sterne-Bewertung": a hyphenated compound reads as words.
    searched = _HYPHEN.sub(" ", searched)
    for kind, table in (("legal_risk", legal), ("hostile_tone", hostile)):
        for key, pattern in table:
            for match in pattern.finditer(searched):
                start, end = match.span()
                if _inside(quoted, start, end) or _quoted_line(text, start):
                    continue
                if _negated_before(text, start) and not (
                    key in _NEGATION_IN_PATTERN and match.group().lower().startswith("nicht")
                ):
                    continue
                if kind == "legal_risk" and key not in ("lawsuit", "claims", "unsafe"):
                    clause = _clause(text, start, end)
                    if _NEGATION.search(clause) and not _NEGATION.search(match.group()):
                        continue  # "die Haftung übernehmen wir nicht"
                    if key in ("beyond_policy", "promise_money") and _BY_POLICY.search(
                        text[slice(*_sentence(text, start, end))]
                    ):
                        continue  # "250 € Entschädigung nach den Fluggastrechten"
                    if key == "fault" and (
                        _SARCASTIC_BEFORE.search(text, max(0, start - 30), start)
                        or _LIMITED.search(clause)
                        or _liability_asked_or_bounded(text, start, end)
                    ):
                        continue
                if key == "unsafe" and _WARRANTY_COVERS.search(
                    text[slice(*_sentence(text, start, end))]
                ):
                    continue  # "Die Garantie gilt nur für Herstellungsfehler"
                if (
                    key == "inside"
                    and _CONFIDENCE_OPENED.search(match.group())
                    and not _CONFIDED_TROUBLE.search(text, end, _sentence(text, start, end)[1])
                ):
                    continue  # "Unter uns gesagt: Der neue Kaffee ist noch besser"
                if _misread_tone(text, key, start, end):
                    continue
                if key == "claims" and _NO_PENALTY.search(match.group()):
                    continue  # "das Amt wird uns keine Strafe geben"
                if key == "lawsuit":
                    sentence = text[slice(*_sentence(text, start, end))]
                    if _REFUSAL.search(sentence) or _READERS_OWN.search(sentence):
                        continue
                found.append(Match(kind, key, start, end))
    found += [m for m in _money_beyond_policy(text) if not _inside(quoted, m.start, m.end)]
    found += [m for m in _known_hazards(text) if not _inside(quoted, m.start, m.end)]
    found += [m for m in _long_gifts(text) if not _inside(quoted, m.start, m.end)]
    found += _smirks(text)
    # Families read by sentence (german_clauses.py), where no rule above marks the kind.
    for kind, key, start, end in german_clauses.families(text, quoted):
        if not any(m.kind == kind and m.start < end and start < m.end for m in found):
            found.append(Match(kind, key, start, end))
    return found


# --- Profanity ----------------------------------------------------------------------------------

# Whole words, compared with a word after leetspeak and stretched letters are undone. German
# compounds are listed by their profane part at the start ("Scheißding", "Arschgeige",
# "Drecksladen"), never inside a word: "Marsch", "Barsch", "Dreckschleuder" stay clean.
PROFANE_DE = (
    r"(?:scheiß|scheiss|scheis|sch[e3]iß)\w*|bescheuert\w*|beschissen\w*|verschissen\w*"
    r"|angeschissen|scheißen|scheissen|geschissen|kacke\w*|kack\w+|arsch\w*|ärsch\w*"
    r"|verfickt\w*|fick(?!le)\w*|gefickt\w*|abgefuckt\w*|fuckin\w*"
    r"|wichser\w*|wixer\w*|wixxer\w*|hurensohn|hurensöhne|hurenkind|hure|huren|nutte\w*"
    r"|schlampe\w*|fotze\w*|miststück\w*|mistkerl\w*|mistding\w*|mistteil\w*|drecksau\w*"
    r"|drecks(?!pritz|chleuder|chicht|chwamm|chutz)\w+|dreckskerl\w*|scheißkerl\w*|pisser\w*"
    r"|verdammt\w*|verflucht\w*|gottverdammt\w*|verdammte\w*|vollidiot\w*|volltrottel\w*"
    r"|vollpfosten|vollhonk\w*|idioten|blödmann|blödmänner|dummkopf|dummköpfe|schwachkopf"
    r"|schwachköpfe|hohlkopf|hohlbirne|dumpfbacke\w*|spast(?:i|is|en)?|spacko\w*|missgeburt\w*"
    r"|hackfresse\w*|sackgesicht\w*|pissnelke\w*|wichsbirne\w*|kanake\w*|schwuchtel\w*"
    r"|leck\s+mich"
    # Austrian and Swiss swearing, and insults German has beyond the list above.
    r"|oasch\w*|gschissen\w*|beidl\w*|gfrast\w*|wappler\w*|schas|schastrommel\w*|zefix"
    r"|huere\w*|seich|chaib\w*|gopfer\w*|tubel|lööli|verarsch\w*|kotze|kotzen|kotzt|kotzte\w*|kotzbrocken\w*"
    r"|ankotz\w*|angekotzt\w*"
    # Bavarian and Austrian oaths (session 18, german-v13; two writers): "Kruzitürken",
    # "Herrgottsakrament", "Himmiherrgottsakrament"; "Kruzifix" alone is an object too (see
    # _KRUZIFIX), and "Herrgottsfrüh", "Herrgottswinkel" are no oaths.
    r"|kruzi(?!fix(?:e|es|en)?\b)\w+|kreuzkruzifix\w*|(?:himmi|himmel|kreuz)?(?:herr)?gotts?"
    r"sakra\w*|himm(?:i|el)herrgott\w*|herrgott\s*no(?:ch\s*)?(?:ein)?mal|sakradi\w*"
    r"|piss(?:e|en|t|ig)\w*|angepisst\w*|hornochse\w*|rindvieh\w*|knalltüte\w*|pappnase\w*"
    r"|flachpfeife\w*|schwachmat\w*|vollhorst\w*|vollspast\w*|titten\w*|pimmel\w*|möse"
    r"|schwanzlutscher\w*|bastard\w*|dreck(?:laden|loch|sack|sau|schwein|pack|kerl|stück|firma"
    r"|verein|bude)\w*|sau(?:kerl|hund|bande|laden)\w*|saftladen\w*|mist(?:laden|bude"
    r"|karre|verein)\w*"
    # A profane head after a prefix that only sharpens it: "Vollarsch", "Klugscheißer".
    r"|(?:voll|ober|riesen|mega|super|erz|sau|hosen|klug|korinthen|schleim|hirn|dumm)"
    r"(?:arsch|idiot|trottel|depp|scheißer|scheisser|scheiser|wichser|kacker|pfosten|honk"
    # Session 34: … and "Riesenscheiß", "Saudreck", the Austrian "Vollkoffer".
    r"|scheiß|scheiss|scheiße|scheisse|dreck|kacke|koffer)\w*"
    # Session 34: forms the list above misses — "so ein Kack", "Kack-Tag", "verkackt", the
    # Swiss "Verdammi", the Austrian "Schaß", the Swabian "Heilandsack", "Drecks-Kasse", a
    # compound ending in "-scheiße" ("Hundescheiße"), an insult after a hyphen ("die
    # Dackel-Deppen").
    r"|kack|verkack\w*|verdammi\w*|schaß|schass|heilands?(?:sack|zack|blechle)\w*"
    r"|drecks(?=-\w)|\w{3,}(?:scheiße|scheisse)|\w+-(?:deppen|idiot|idioten|trottel|arsch"
    r"|arschloch|arschlöcher)"
)
# Insults that are also names or English words ("Johnny Depp", "Mr Penner"): only in German text.
PROFANE_DE_GERMAN_ONLY = r"(?:depp|deppen|trottel|penner|siech|seckel|honk|totsch|tötsch|dubel)"
# "Mist" as a swear word (session 18, german-v13; two writers): "Mist, ich hab …", "echt Mist
# gebaut". An English word too ("morning mist"), so only in German text; a compound
# ("Pferdemist", "ausmisten") is no whole word.
_MIST = re.compile(r"\b[Mm]ist\b")
# "Kruzifix" said as an oath: opening a sentence (after @handles) and followed by "," or "!", not
# "das Kruzifix, das Sie bestellt haben".
_KRUZIFIX = re.compile(r"(?i)\bkruzifix(?=\s*[,!])")
_OPENS = re.compile(r"(?:^|[.!?:\n])(?:\s*@\w+)*\s*$")
# "verflucht" said of a thing, as what it is: "der Platz ist nicht verflucht" (cursed), not an
# oath ("Verflucht, …", "Verflucht nochmal", "die verfluchte Tränke") nor an intensifier ("ist
# verflucht teuer"): after a copula, ending its clause (german-v21).
_CURSED_SAID = re.compile(
    r"(?i)\b(?:ist|sind|war|waren|wäre|wären|sei|scheint|wirkt)\s+(?:(?:nicht|nie|doch|wohl"
    r"|wirklich|echt|gar|ja|auch|bestimmt|sicher)\s+){0,2}$"
)
_CLAUSE_ENDS = re.compile(r"\s*(?:[,.!?;:)\u2013\u2014-]|$)")
# The question the copula opens (session 34): "Ist Korb 418 verflucht?", "Sind die Boote echt
# verflucht?" — a copula first in its sentence, a few words, then "verflucht" and "?".
_CURSED_ASKED = re.compile(
    r"(?i)(?:^|[.!?:\n„\"“»(]\s*)(?:ist|sind|war|waren|wäre|wären)\s+(?:[\w-]+\s+){1,5}$"
)
_ASKED_END = re.compile(r"\s*[“”\"«]?\s*\?")
PROFANE_PHRASES_DE = re.compile(
    r"(?i)\b(?:so\s+ein\s+(?:mist|scheiß|dreck)|(?:verdammter|verfluchter)\s+mist|halt\s+die"
    r"\s+klappe|halt(?:'s|s)?\s+maul|fresse\s+halten|halt\s+die\s+fresse|leck\s+mich|verpiss"
    r"\s+dich|verpisst\s+euch|zum\s+teufel|zur\s+h\u00f6lle|geh\s+sterben|fick\s+dich|fickt\s+euch)\b"
    # Modal particles between the words: "halt doch einfach die Fresse", "du kannst mich mal".
    r"|(?:\bhalt(?:et|'s|s)?(?:\s+(?:doch|einfach|mal|endlich|jetzt|bloß|bloss|nur|gefälligst"
    r"|ja|du|sie|bitte))*\s+(?:die|deine|ihre|eure|dein|ihr|euer|den)\s+(?:fresse|schnauze|maul"
    r"|klappe)\b|\b(?:du\s+kannst|sie\s+können|ihr\s+könnt)\s+mich\s+(?:\w+\s+)?mal\s*[.!]"
    r"|\bzum\s+kotzen\b|\ba-loch\w*|\bgeh\s+scheißen\b|\bschleich\s+di(?:ch)?\b"
    # Session 34: "der letzte Dreck", "Meine Fresse", "geht mir auf den Sack".
    r"|\bder\s+letzte\s+dreck\b|\bmeine\s+fresse\b|\b(?:geht|gehen|gehst|ging|gingen"
    r"|gehn)\s+(?:\w+\s+){1,4}?auf\s+den\s+sack\b|\bauf\s+den\s+sack\s+(?:gehen|geht|gehst)\b)"
)
# Session 34: an insult that is an ordinary noun too, said to someone — a vocative after a
# pause ("…, du Pfeife.", "Du Koffer, hast du …", "Sie Totsch.", "Ihr Pfeifen!"), or after an
# adjective that only insults ("blöde Kuh", „dumme Kuh“ genannt).
_VOCATIVE_NOUNS = (
    r"pfeife|pfeifen|koffer|troll|lappen|flasche|flaschen|niete|nieten|versager|loser|clown"
    r"|clowns|kasper|dödel|dussel|spinner|nulpe|pflaume|knalltüte|affe|affen|vogel|opfer"
    r"|totsch|tötsch|dubel|tubel|schnarchnase|trantüte|witzfigur"
)
_VOCATIVE = re.compile(
    r"(?:^|(?<=[,.!?:;\n\u2013\u2014]))\s*(?:@[\w.-]+\s+)?(?:(?i:du|sie)|(?:Sie))\s+"
    r"(?:(?i:alte[rs]?|blöde[rs]?|dumme[rs]?|elende[rs]?|verdammte[rs]?|kleine[rs]?|armselige[rs]?)"
    rf"\s+)?(?P<word>(?i:{_VOCATIVE_NOUNS}))(?=\s*(?:[,.!?…;:)]|$))"
    # "ihr" only with a plural: "Ihr Koffer" is also "your suitcase".
    r"|(?:^|(?<=[,.!?:;\n\u2013\u2014]))\s*(?:@[\w.-]+\s+)?(?i:ihr)\s+"
    r"(?P<plural>(?i:pfeifen|lappen|flaschen|nieten|versager|loser|clowns|spinner|trottel|deppen"
    r"|idioten|affen|vollpfosten))(?=\s*(?:[,.!?…;:)]|$))"
)
_INSULTING_ADJECTIVE = re.compile(
    r"(?i)\b(?:blöd|dumm|doof|dämlich|bescheuert)e[nrs]?\s+[„\"“»\u201a']?(?P<word>(?:kuh|sau|ziege"
    r"|gans|schnepfe|zicke|tussi|schachtel|hexe|nuss|nudel|pute|trine|schlange|affe|esel"
    r"|hammel|ochse|kamel|pfeife|flasche|nulpe|pflaume|socke|sack|schaf))\b"
)
# On lower-cased text. One top-level alternative per word, each with its own look-behind and
# look-ahead: the gates then leave out the words a draft cannot hold (on an English draft, all
# of them) instead of scanning the whole list at every position.
_PLAIN_DE = re.compile(
    "|".join(rf"{word}(?![\w@$*|])" for word in starts.guarded(PROFANE_DE, r"[\w@$*]"))
)
_PLAIN_DE_ANY_CASE = re.compile(rf"(?<![\w@$*])(?:{PROFANE_DE})(?![\w@$*|])", re.IGNORECASE)
# After a word that makes them a noun about someone: "so ein Depp", "du Trottel", not "Johnny Depp".
_PLAIN_DE_GERMAN_ONLY = re.compile(
    r"(?i:\b(?:ein|einen|einem|einer|der|den|dem|die|du|sie|ihr|diese[rnms]?|alter|alte|blöder"
    r"|blöde|dummer|dumme|elender|elende|kleiner|kleine|voller|als|wie|echter|echte"
    # Session 34: "welcher Depp parkt …", "jeder Trottel", quoted: als „Penner“ beschimpft.
    r"|welcher|welche|welchen|jeder|jeden|so'n|son)\s+"
    r"(?:\w+(?:e|er|en|es|em)\s+)?[„\"“»\u201a']?)"  # any adjective between: "ein kompletter Depp"
    rf"(?P<word>(?i:{PROFANE_DE_GERMAN_ONLY}))(?![\w@$*|])"
)
# Obfuscated German: "Sch31ße", "sch**ße", "A*schloch", "Sch€isse", "v3rdammt".
_OBFUSCATED = re.compile(r"(?<![\w@$*])(?=[\w@$*!|€ß]*[0-9@$*!|€])[\w@$*!|€ß]{4,}")
_LEET = str.maketrans({"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a",
                       "$": "s", "!": "i", "|": "i", "€": "e"})  # fmt: skip
_WHOLE_DE = re.compile(rf"(?:{PROFANE_DE})", re.IGNORECASE)
MASKABLE_DE = (
    "scheiße", "scheisse", "scheiß", "scheiss", "arschloch", "arsch", "wichser", "verdammt",
    "verfickt", "ficken", "fick", "hurensohn", "fotze", "kacke", "beschissen", "vollidiot",
    "schlampe", "mistkerl",
)  # fmt: skip


# Roots a masked word or compound stands for (session 34): "Sch***tag", "Sch*ßhaufen",
# "Sch***", "A***loch", "verf*ckter". A run of stars stands for one to four letters.
MASKED_ROOTS_DE = ("scheiße", "scheisse", "scheiß", "scheiss", "arsch", "drecks", "kack", "fick")
_MASKED_ENDINGS = ("", "e", "er", "en", "es", "em", "t", "te", "ter", "ten", "tes")


def _masked_compound(word: str) -> bool:
    lowered = word.lower()
    last_star = lowered.rfind("*")
    if last_star < 0 or not lowered[:1].isalpha() or len(lowered) < 5:
        return False
    for cut in range(last_star + 1, len(lowered) + 1):
        head, tail = lowered[:cut], lowered[cut:]
        if not tail.isalpha() and tail:
            continue
        stars = head.count("*")
        # A single star must have a letter of the root after it ("Sch*ße", not "Sch*tz").
        if stars == 1 and head.endswith("*"):
            continue
        shape = re.compile(
            "".join(
                "[a-zäöüß]{1,4}" if part == "*" else re.escape(part)
                for part in re.split(r"(\*+)", head)
                if part
                for part in (["*"] if part.startswith("*") else [part])
            )
        )
        for root in MASKED_ROOTS_DE + MASKABLE_DE:
            if shape.fullmatch(root) and (
                tail in _MASKED_ENDINGS or (len(tail) >= 3 and root in MASKED_ROOTS_DE)
            ):
                return True
    return False


def _masked(word: str) -> bool:
    if _masked_compound(word):
        return True
    lowered = word.lower()
    if "*" not in lowered.strip("*") and not lowered.endswith("*"):
        return False
    letters = sum(c.isalpha() for c in lowered)
    if letters < 2:
        return False
    shape = re.compile(re.escape(lowered).replace(r"\*", "[a-zäöüß]") + r"\w{0,3}$")
    return any(shape.match(candidate) for candidate in MASKABLE_DE)


def profanity(text: str) -> list[Match]:
    """German swear words, insults and their compounds, plain or disguised."""
    lowered = text.lower()
    plain = (
        gates.finditer(_PLAIN_DE, lowered)
        if len(lowered) == len(text)
        else _PLAIN_DE_ANY_CASE.finditer(text)
    )
    found = [Match("profanity", "profanity", m.start(), m.end()) for m in plain]
    found += [
        Match("profanity", "profanity", m.start(), m.end())
        for m in gates.finditer(PROFANE_PHRASES_DE, text)
    ]
    if any(c.isdigit() or c in "@$*!|€" for c in text):
        for match in _OBFUSCATED.finditer(text):
            whole = match.group().lstrip("*").rstrip("!|")
            if whole and _masked_compound(whole):
                start = match.start() + match.group().index(whole[0])
                found.append(Match("profanity", "profanity", start, start + len(whole)))
                continue
            word = match.group().strip("*").rstrip("!|")
            if not word:
                continue
            start = match.start() + match.group().index(word[0])
            if _masked(word) or (
                sum(c.isalpha() for c in word) >= 3
                and _WHOLE_DE.fullmatch(word.lower().translate(_LEET))
            ):
                found.append(Match("profanity", "profanity", start, start + len(word)))
    if looks_german(text):
        found += [
            Match("profanity", "profanity", *m.span("word"))
            for m in _PLAIN_DE_GERMAN_ONLY.finditer(text)
        ]
        found += [Match("profanity", "profanity", *m.span()) for m in _MIST.finditer(text)]
        found += [
            Match("profanity", "profanity", *m.span(m.lastgroup or 0))
            for m in _VOCATIVE.finditer(text)
        ]
        found += [
            Match("profanity", "profanity", m.start(), m.end())
            for m in _INSULTING_ADJECTIVE.finditer(text)
        ]
        found += [
            Match("profanity", "profanity", *m.span())
            for m in _KRUZIFIX.finditer(text)
            if _OPENS.search(text, 0, m.start())
        ]
    kept: list[Match] = []
    for m in found:  # once each: two lists may find the same word
        if not _cursed_said(text, m) and not any(
            k.start <= m.start and m.end <= k.end for k in kept
        ):
            kept.append(m)
    return kept


def _cursed_said(text: str, match: Match) -> bool:
    if text[match.start : match.end].lower() != "verflucht":
        return False
    if _CURSED_ASKED.search(text, max(0, match.start - 60), match.start) and _ASKED_END.match(
        text, match.end
    ):
        return True  # "Ist Korb 418 verflucht?": whether a thing is cursed, asked
    return bool(_CURSED_SAID.search(text, max(0, match.start - 40), match.start)) and bool(
        _CLAUSE_ENDS.match(text, match.end)
    )


def spans(matches: Iterable[Match]) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in matches]
