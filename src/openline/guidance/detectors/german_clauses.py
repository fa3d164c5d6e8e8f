"""German families read by sentence: concepts that go together, in any order (issue 13).

Why this exists. The German phrase rules (german.py) are regular expressions with gaps of a few
words, and German rarely keeps its words that close: the verb's second half ends the clause
with a middle field of any length before it ("Das Amt wird uns für die Hygiene in der Ecke
früher oder später eine Strafe aufbrummen"), separable prefixes move to the end, particles
(halt, doch, eben, ja, mal, einfach) sit anywhere, nouns are compounds around a head at their
end ("Aufsichtsbehörde", "Gesundheitsamt"), and adjectives of any kind stand before a noun
("ein kompletter …"). A family here is the set of things one sentence has to say, each a
concept (a few words, word starts or compound heads), in any order, with the concepts that
rule it out (negation, an apology, the policy).

Words are compared folded: lower case, "ß" as "ss" (Swiss spelling: "Busse", "heisst"), and a
few Austrian and Swiss dialect forms as their standard word ("i" ich, "nid" nicht, "Ihna"
Ihnen, "S'" Sie, "gseit" gesagt). A capitalised "Sie"/"Ihnen"/"Ihr…" inside a sentence is the
formal "you" (the concept `@sie`); at a sentence's start it may be "they".

Families only run on text that reads as German (the caller checks). A sentence inside quotation
marks or on a quoted line ("> …") is the customer's, not ours."""

import re
from collections.abc import Iterator
from dataclasses import dataclass

# --- Words -----------------------------------------------------------------------------------

_TOKEN = re.compile(r"[^\W\d_]+(?:['\u2019][^\W\d_]*)?|\d+|[\U0001F602\U0001F923]")
# Laughing till crying after a remark about someone reads as laughing at them (`@lol`).
_LAUGHS = frozenset(("\U0001f602", "\U0001f923"))
# A sentence ends at ! ? … or a line break, and at a full stop that does not close an ordinal
# ("am 12. Mai") or an abbreviation ("z. B.", "bzw.", "Nr.").
_ABBREVIATIONS: tuple[str, ...] = (
    *("bzw", "usw", "ca", "nr", "ggf", "evtl", "inkl", "zzgl", "bspw", "tel", "str"),
    *("vgl", "etc", "dr", "fr", "hr"),
)
_SENTENCE = re.compile(
    r"(?i:[^.!?\n…]|(?<=\b\d)\.(?=\s*\w)|(?<=\b\d\d)\.(?=\s*\w)|(?<=\b\w)\.(?=\s*\w)|"
    + "|".join(rf"(?<=\b{a})\." for a in _ABBREVIATIONS)
    + r")+[.!?…]*"
)
_DIALECT = {
    "i": "ich", "nid": "nicht", "ned": "nicht", "nöd": "nicht", "net": "nicht", "ihna": "ihnen",
    "ihne": "ihnen", "scho": "schon", "is": "ist", "des": "das", "gseit": "gesagt",
    "gsagt": "gesagt", "gschriebe": "geschrieben", "gschrieben": "geschrieben", "hob": "habe",
    "hab": "habe", "ha": "habe", "han": "habe", "erklär": "erkläre", "nix": "nichts",
    "nüt": "nichts", "koa": "kein", "ka": "kein", "au": "auch", "dasd": "dass",
    "müend": "müssen", "mönd": "müssen", "läse": "lesen", "isch": "ist", "eusi": "unsere",
    "euse": "unser", "luege": "schauen", "bisserl": "bisschen", "bissl": "bisschen",
    "bissel": "bisschen", "bitzeli": "bisschen",
}  # fmt: skip
_FORMAL = frozenset(
    ("Sie", "Ihnen", "Ihr", "Ihre", "Ihren", "Ihrem", "Ihrer", "Ihres", "S'", "S\u2019")
)
# A tag after a statement ("…, gell?") does not make it a question.
_TAGS = frozenset(("gell", "gelle", "gö", "ne", "oder", "odr", "woll", "gäll"))


@dataclass(frozen=True, slots=True)
class _Token:
    word: str
    start: int
    end: int


def _fold(raw: str) -> str:
    word = raw.lower().replace("ß", "ss").replace("\u2019", "'")
    if word.endswith("'s"):
        word = word[:-2]
    if word == "s'":
        return "sie"
    return _DIALECT.get(word.rstrip("'"), word.rstrip("'"))


# "Sie" opening a sentence is "they" as often as the formal "you"; before these words, in a
# reply to a customer, it is the reader ("Sie sind …", "Sie hätten …", "Sie schon wieder").
_ADDRESSED_BEFORE = frozenset(
    ("sind", "haben", "hätten", "müssen", "können", "sollten", "wollen", "wissen", "werden",
     "glauben", "verstehen", "brauchen", "dürfen", "nerven", "schon", "wären", "waren")
)  # fmt: skip
# An amount of money after a number: "80 €", "100 Euro", "60 Franken".
_AMOUNT = re.compile(r"(?:[.,']\d+)*\s?(?:€|euro|eur\b|chf|fr\.|franken)", re.IGNORECASE)
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
# "Ja," and "Ja!" answer; the particle "ja" is never followed by a sign.
_ANSWER_AFTER = re.compile(r"\s*[,!:]")
# The cents' separator: "14,50 €" is fourteen euros, not fifty.
_DECIMALS_BEFORE = re.compile(r"\d[.,]$")
_WE_AFTER = re.compile(r"\s+(?:wir|ich)\b")
# "ob bei uns ein Datenleck vorliegt", "ob uns ein Fehler unterlaufen ist": asked, not owned
# (session 36).
_US_AFTER = re.compile(r"(?i)\s+(?:(?:bei|an|von)\s+)?uns\b")
# A capitalised word next: a German noun, so the word before it is an adjective.
_NOUN_AFTER = re.compile(r"\s+[A-ZÄÖÜ][a-zäöüß]")


def _addressed(text: str, match: re.Match[str]) -> bool:
    following = _NEXT_WORD.match(text, match.end())
    return following is not None and following.group(1).lower() in _ADDRESSED_BEFORE


def _tokens(text: str, start: int, end: int) -> list[_Token]:
    found = []
    for number, match in enumerate(_TOKEN.finditer(text, start, end)):
        raw = match.group()
        if raw in _LAUGHS:
            found.append(_Token("@lol", *match.span()))
            continue
        if (
            raw.isdigit()
            and 50 <= int(raw) < 100_000
            and _AMOUNT.match(text, match.end())
            and not _DECIMALS_BEFORE.search(text, max(0, match.start() - 2), match.start())
        ):  # not the cents of "14,50 €"
            found.append(_Token("@big", *match.span()))
        word = _fold(raw)
        if (number and raw in _FORMAL) or (not number and raw == "Sie" and _addressed(text, match)):
            found.append(_Token("@sie", *match.span()))
        elif number and word == "ja" and not _ANSWER_AFTER.match(text, match.end()):
            # a particle inside the sentence, not "yes" ("@kunde Ja, das stimmt")
            found.append(_Token("@ja", *match.span()))
        if word == "ob" and _WE_AFTER.match(text, match.end()):
            found.append(_Token("@obwe", *match.span()))
        if word == "ob" and _US_AFTER.match(text, match.end()):
            found.append(_Token("@obus", *match.span()))
        if word == "loser" and _NOUN_AFTER.match(text, match.end()):
            word = "lose"  # the adjective: "ein loser Schlauch"
        found.append(_Token(word, *match.span()))
    return found


# --- Concepts --------------------------------------------------------------------------------
# "wort" the word itself, "wort*" its start, "*wort" a compound's head, "zwei_wörter" two words
# in a row, "-wort" a word the concept never holds.

CONCEPTS: dict[str, str] = {
    "neg": "nicht nichts kein keine keinen keinem keiner keines nie niemals keinesfalls "
    "keineswegs weder",
    "we": "wir uns unser unsere unseren unserem unserer ich",
    "wir": "wir",
    "us": "uns unser unsere unseren unserem unserer",
    "self": "ich wir",
    "you": "du dir dich dein deine deinen deinem deiner euch euer eure euren @sie",
    "you_any": "du dir dich euch ihnen ihr @sie",
    "sorry": "leid entschuldig* sorry bedauer* verzeih*",
    "policy": "gemäss laut agb *bedingungen *richtlinie *richtlinien *garantie gewährleistung*",
    "bitte": "bitte",
    # Legal risk
    "regulator": "*behörde *behörden *aufsicht bafin kartellamt staatsanwaltschaft *amt *ämter "
    "innung -gesamt -insgesamt -samt tüv verbraucherschutz* verbraucherzentrale* "
    "datenschutzbeauftragt* regulierer *ministerium bundesnetzagentur bfarm finma fma swissmedic "
    "edöb bag ages "
    "wettbewerbszentrale lebensmittelkontroll* lebensmittelüberwachung* marktüberwachung* "
    "*inspektorat polizei",
    "penalty": "strafe strafen *strafe *strafen bussgeld* busse bussen *busse sanktion* "
    "aufbrumm* brummt brummen verhäng* ermittl* ermittel* abmahn* dichtmach* dichtgemacht "
    "zusperr* zugesperrt zumachen zugemacht "
    "stilllegen stillgelegt verbot *verbot verklag* am_hals den_kragen",
    "suffer": "kriegen bekommen zahlen dran ärger",
    "predict": "wette wetten demnächst früher bestimmt garantiert",
    "report": "meld* gemeldet anzeig* angezeigt mitteil* mitgeteilt informier* offenleg* "
    "offengelegt",
    "authority": "*behörde *behörden *aufsicht *amt -gesamt -insgesamt -samt "
    "datenschutzbeauftragt* *beauftragten polizei versicherung* *versicherung versicherer "
    "presse kunden edöb finma bafin",
    "should": "sollten sollen sollte lieber besser müssen",
    "inside": "intern interne internen unter_uns heimlich",
    "your": "du dein deine deinen deinem deiner euer eure euren ihr ihre ihren ihrem ihrer @sie",
    "conceal": "vertusch* verheimlich* verschweig* totschweig* totgeschwiegen",
    "carpet": "teppich",
    "sweep": "kehren kehr* gekehrt",
    "known": "bekannt bekannte bekannter bekanntes bekannten wussten wusste",
    "defect": "problem probleme *problem *probleme fehler *fehler defekt defekte *defekt mangel "
    "*mangel mängel *mängel schwachstelle* macke* abblätter* überhitz* bricht brechen "
    "gebrochen undicht* rostet rosten",
    "batch": "serie *serie serien* charge *charge chargen* baureihe* *reihe produktion* "
    "*produktion lieferung* *lieferung jahrgang* generation*",
    "guarantee": "garantier* garantiert versprech* versprochen verspreche wette wetten "
    "sicher bestimmt "
    "todsicher hundertprozentig ganz_sicher sicher_so mit_sicherheit ins_feuer",
    "decider": "kasse *kasse krankenkasse versicherung* *versicherung versicherer gericht* "
    "*gericht richter* *behörde *amt -gesamt -insgesamt -samt prüfung *prüfung *test tüv "
    "jobcenter prozess *prozess "
    "vermieter* arbeitgeber* gutachter* visum* antrag* botschaft*",
    "outcome": "bestehen bestehst besteht bestanden genehmig* bewillig* anerkannt anerkennen "
    "gewinnen gewinnst gewinnt gewonnen durchkommen akzeptier* übernimmt übernommen bezahlt "
    "zahlt erstattet durchgehen durchgeht durch",
    "review": "bewertung* *bewertung *bewertungen rezension* *rezension sterne *sterne review* "
    "post beitrag *beitrag kommentar* "
    "sternen",
    "reward": "gutschein* *gutschein rabatt* *rabatt prämie* belohn* geschenk* gratis "
    "kostenlos* geld *geld euro eur franken chf",
    "change": "wenn falls sobald änder* löschen löscht lösch* entfern* zurückzieh* hochsetz* "
    "anpass* korrigier* dafür",
    "actually": "eigentlich genaugenommen streng_genommen offiziell",
    "illegal": "illegal* verboten unzulässig* rechtswidrig* gesetzwidrig* strafbar*",
    "allowed": "erlaubt zulässig gestattet",
    "record": "schufa* *schufa inkasso* *inkasso *eintrag *eintrags eintrag negativmerkmal* "
    "bonität* kreditauskunft* crif* ksv betreibung* *betreibung",
    "remove": "lösch* gelöscht entfern* streich* gestrichen",
    "accept": "übernehm* übernimmt trag* trägt anerkenn* erkenn*",
    "liability": "haftung verantwortung schuld",
    "harm": "schaden schäden *schaden *schäden -lieferschaden -transportschaden -versandschaden "
    "unfall *unfall verletz* brand sturz verbrüh* folgeschä* gesundheitsschä* "
    # session 21: harm to health ("Ihre Atemwegsprobleme gehen auf unsere Kappe")
    "krank_wurde krank_geworden erkrankung* ausschlag* atemweg* vergiftung* *vergiftung "
    # session 37: a disease passed on ("die Ansteckung Ihres Sohnes geht auf unsere Kappe")
    "ansteckung* infektion* *infektion",
    "liable": "haften hafte haftbar haftet",
    "limited": "nur lediglich ausschliesslich gesetzlich* höchstens bis_zu maximal vorsatz",
    "our_fault": "fehler *fehler verschulden versäumnis* schuld auf_uns unsere_kappe",
    "ours_word": "unser unsere unserem unseren unserer uns wir",
    "lawyer": "anwalt anwälte anwältin *anwalt *anwälte strafanzeige anzeige "
    "rechtliche_schritte juristische_schritte inkassobüro",
    "escalate": "einleiten eingeleitet einschalten eingeschaltet schalte schalten schaltet "
    "erstatten übergeben ergreifen vorbehalten",
    # "erstatten" with the reader in the dative pays back ("wir erstatten Ihnen den
    # Anzeigenpreis", "den Preis erstatten wir dir"); a complaint is filed against someone
    # ("Anzeige gegen Sie erstatten"), never to them.
    "repay_to": "erstatten_ihnen erstatten_dir erstatten_euch erstatte_ihnen erstatte_dir "
    "erstattet_ihnen erstattet_dir ihnen_erstatten dir_erstatten euch_erstatten wir_ihnen "
    "wir_dir wir_euch ich_ihnen ich_dir",
    "suit": "klage klagen klagt klag* gericht* vor_gericht prozess*",
    "lose": "verlieren verlierst verliert chancenlos aussichtslos",
    "waive": "verzicht* verzichten zurückzieh* zurücknehm* zurücknimm* zurückgenommen "
    "fallenlassen fallen_lassen",
    "claim_thing": "klage anzeige *anzeige ansprüche anspruch beschwerde anwalt rechtliche "
    "schlichtung*",
    "deal": "wenn falls sofern dafür gegen bedingung",
    "silence": "stillschweigen verschwiegenheit* schweigegeld",
    "pay_word": "zahl* bezahl* gutschein* betrag euro franken entschädigung* abfindung*",
    "report_place": "polizei anzeige *anzeige verbraucherzentrale* schlichtung* *behörde "
    "anwalt anwälte *anwalt gericht",
    "need": "brauchen brauchst braucht nötig notwendig sparen müssen musst müsst",
    "doctor": "arzt ärztin *arzt *ärztin notaufnahme notarzt krankenhaus tierarzt tierärztin",
    "dose": "dosis *dosis tabletten *tabletten milligramm mg tropfen medikament* *medikament",
    "more_dose": "doppelt* verdoppel* zwei_statt dreifach*",
    "data": "daten *daten passwort *passwort passwörter *nummern kundendaten adressen adresse "
    "geburtsdatum *akte *akten",
    "leaked": "abgeflossen geleakt geklaut gestohlen gehackt einsehbar weitergegeben verkauft "
    "versehentlich "
    "falsche_hände",
    "breach": "datenpanne datenleck hackerangriff cyberangriff datenschutzvorfall "
    "sicherheitsvorfall",
    "told_done": "informiert benachrichtigt",
    "grave_fault": "behandlungsfehler montagefehler beratungsfehler wartungsfehler einbaufehler "
    "planungsfehler konstruktionsfehler fertigungsfehler materialfehler verarbeitungsfehler "
    "installationsfehler fehlkonstruktion* pfusch*",
    "cont_verb": "weiterverkauf* weiterbehandel* weitergemacht weitermachen weiterbetrieb* "
    "weitervermiet* weiterprodu* weitergeliefert weiterliefer* weiterbenutz* weiterverwend* "
    "weiterverbau*",
    "sep_verb": "verkaufen verkauft vermieten vermietet betreiben betrieben liefern geliefert "
    "verbauen verbaut einsetzen eingesetzt behandeln behandelt produzieren produziert",
    "weiter": "weiter",
    "anyway": "trotzdem dennoch einfach obwohl trotz",
    "in_writing": "schriftlich",
    "urge": "bitte lieber besser am_besten",
    "deal_word": "zusagen zusage zugesagt versprechen entschädigung* haftung vergleich* kulanz* "
    "schaden* geld erstattung* einigung",
    "orally": "nur_mündlich lieber_mündlich besser_mündlich am_besten_mündlich nur_telefonisch",
    "hazard_verb": "brechen bricht reissen reisst überhitzen überhitzt platzen platzt "
    "explodieren explodiert entzünden entzündet schmelzen schmilzt abbrechen auslaufen "
    "ausläuft brennen",
    "can_verb": "können kann könnten könnte",
    "user_cond": "falsch* unsachgemäss* sonst wenn falls",
    "refund": "erstatt* zurückerstatt* ersetz* umtausch* tausch* zurücknehm* nehmen_zurück",
    "exception": "ohne_beleg ohne_kassenbon ohne_quittung ohne_nachweis ohne_rechnung "
    "ohne_kaufbeleg nach_ablauf abgelaufen abgelaufener abgelaufenen trotz_abgelaufener",
    "forever": "lebenslang* auf_lebenszeit für_immer",
    "free_thing": "kostenlos* gratis garantie *garantie ersatz reparatur* service umsonst",
    "has_warranty": "hat_lebenslange haben_lebenslange hat_lebenslang haben_lebenslang",
    "breach_verb": "verstoss* verstossen verstösst verletzt verletzen missachtet missachten "
    "ignoriert ignorieren",
    "law": "dsgvo gesetz *gesetz gesetze vorschrift* *vorschrift *vorschriften datenschutz* "
    "brandschutz* auflagen *auflagen *verordnung norm *norm arbeitsschutz* jugendschutz* "
    "hygienevorschrift* *recht",
    "toxic": "giftig* krebserregend* gesundheitsschädlich* schadstoff* *belastet verunreinigt "
    "blei quecksilber cadmium weichmacher* "
    "kontaminiert verkeimt schimmel* salmonellen listerien asbest",
    "our_thing": "unser unsere unseren unserem unserer serie *serie charge *charge lieferung "
    "*lieferung produkte *produkte ware",
    "whether": "ob prüfen prüfe geprüft untersuch*",
    # A charge to an account, "belastet" as money: "zweimal belastet", "zurückgebucht".
    "charged": "karte *karte konto *konto doppelt zweimal *gebucht abbuchung* belastung*",
    # "ob wir …": a question about what we do, reported (_tokens).
    "ob_w": "@obwe",
    "ob_us": "@obus",
    # "Wir hören dir zu", "ich höre Ihnen zu": we listen, not "hör mir mal zu" (session 36).
    "we_listen": "wir_hören ich_höre",
    # "Barren, die du woanders gekauft hast": where it was bought, not where to go (session 36).
    "bought": "gekauft bestellt gebucht",
    "insurer": "versicherung *versicherung versicherer gutachter* polizei",
    "tell": "sagen sag erzählen erzähl angeben geben gib schreiben schreib",
    "coach": "einfach am_besten lieber ruhig",
    "cause": "schaden passiert entstanden schuld kaputt unfall gewesen war",
    # Hostile tone
    "count": "dreimal viermal fünfmal sechsmal zehnmal hundertmal tausendmal zigmal mehrfach "
    "mehrmals drüümal drümal viermol füfmal dreimoi x_mal dritte_mal vierte_mal fünfte_mal "
    "sechste_mal zehnte_mal hundertste_mal wiederholten_mal ten_mal",
    "say": "erklär* erklärt gesagt geschrieben erwähnt mitgeteilt hingewiesen betont "
    "wiederhol* sage schreibe sag",
    "ours": "unser_problem mein_problem unsere_sache meine_sache",
    "help": "helfen helfe hälfe hälfen weiterhelfen",
    "listen": "zuhör* zuhören zuelose* zuelos* zulos* versteh* verstanden lesen liest lest "
    "gelesen aufpass*",
    "praise": "gratuliere gratulation glückwunsch respekt bravo chapeau kompliment hut_ab",
    "achieve": "geschafft hinbekommen fertiggebracht hingekriegt",
    "extreme": "als_erster als_erste als_einziger als_einzige tatsächlich sogar ausgerechnet",
    "ironic": "interessant* spannend* schön* nett* toll* originell* kreativ*",
    "theory": "logik theorie argumentation sichtweise ansatz interpretation begründung ausrede",
    "missed": "vermisst gefehlt",
    "complain": "beschwer* meckern meckert gemecker* jammer* gejammer* nörgel* motz*",
    "now": "jetzt nun also",
    "guilt": "schuld",
    "know": "wissen weiss weisst wisst",
    "both": "beide sehr_wohl ganz_genau",
    "tone": "tonfall ton umgangston grossbuchstaben capslock ausrufezeichen manieren "
    "kinderstube benehmen",
    "suggest": "vielleicht versuch* probier* nächsten lern* übrigens",
    "itself": "von_allein von_alleine von_selbst",
    "break": "brech* bricht zerbrech* zerbroch* kaputt* reisst reissen gerissen platzt "
    "geplatzt zerkratz* verbieg* verbogen",
    "particle": "halt eben doch mal einfach",
    "gladly": "gern gerne",
    "shut": "fresse klappe maul schnauze rand mund",
    "copula": "ist sind bist seid war waren sei",
    "insult": "idiot idioten vollidiot* depp deppen volldepp* trottel volltrottel* sautrottel* "
    "vollpfosten pfosten honk vollhonk* schwachkopf* dummkopf* hohlkopf* hohlbirne* "
    "dumpfbacke* spinner versager loser lusche hirni dödel dussel blödmann blödmänner blödian "
    "arschloch arschlöcher wichser penner flachpfeife* knalltüte* pappnase* schwachmat* "
    "wappler oaschloch* ungustl gfrast tubel lööli glünggi seckel sauhund mistkerl* dreckskerl* "
    "scheisskerl* nervensäge* querulant* kotzbrocken* stinkstiefel* vollhorst* amateure "
    "amateur witzfigur* clown clowns",
    "vorteil": "vorteil",
    "read": "lesen lesen liest lies lest gelesen",
    "eyes": "augen_auf",
    "beim": "beim",
    "stands": "steht stand stehen",
    "reproach": "doch eben halt @ja fettgedruckt deutlich",
    "doc": "anleitung *anleitung agb faq beschreibung website homepage packung *packung etikett "
    "*bestätigung vertrag *vertrag mail e-mail *mail seite webseite",
    "sharp": "doch_einfach doch_mal halt eben",
    "sharp2": "halt eben",
    "rq": "überhaupt eigentlich so_schwer",
    "grasp": "gelesen lesen liest versteh* verstanden zugehört kapier* begreif* begriffen "
    "reingeschaut reinschauen nachgeschaut angeschaut checkst checken gecheckt",
    "how_often": "wie_oft",
    "still": "noch",
    "live_with": "leben abfinden klarkommen arrangieren durch",
    "must": "müssen musst müsst muss",
    "damit": "damit da",
    "shrug": "halt eben wohl nun_mal einfach",
    "pech": "pech",
    "had": "gehabt",
    "leider": "leider",
    "beer": "unser_bier mein_bier euer_bier ihr_bier dein_bier",
    "yourself": "selbst selber",
    "blame_word": "schuld zuzuschreiben",
    "your_problem": "ihr_problem dein_problem euer_problem",
    "praise_adj": "toll super prima klasse grossartig wunderbar fantastisch",
    "made": "hinbekommen gemacht geschafft hingekriegt",
    "nice": "schön nett toll",
    "ja": "@ja",
    "also_once": "auch_mal",
    "child": "jedes_kind ein_kind meine_oma mitschreiben",
    "can": "kann können schafft versteht kriegt bekommt",
    "slowly": "ganz_langsam zum_mitschreiben",
    "explain": "erklär* erkläre buchstabier*",
    "if_had": "hätten hättest hättet hätte wenn",
    "heeded": "gelesen zugehört aufgepasst geachtet informiert",
    "would_know": "wüssten wüsstest wüsste wäre wär wären wärst würden würdest",
    "first_then": "erst_mal erstmal zuerst vorher",
    "before": "bevor",
    "ask": "schreiben schreibst fragen fragst melden meldest beschweren beschwerst",
    "think": "glauben glaubst denken denkst",
    "again": "schon_wieder",
    "no_wonder": "kein_wunder",
    "some_people": "manche gewisse einige",
    "people": "leute kunden menschen kundschaft",
    "never": "nie nimmer",
    "learn": "lernen lernt kapieren kapiert begreifen begreift verstehen versteht checken",
    "mock": "na_super na_toll na_prima na_bravo wie_überraschend",
    "thanks_for": "danke_für",
    "nothing": "nichts",
    "so_a": "so_ein so_eine so_einer was_für",
    # What a law or rule asks for: "keine Meldung erforderlich", "meldepflichtig".
    "required": "erforderlich vorgeschrieben meldepflichtig meldepflicht *pflicht pflicht",
    "report_words": "schreiben schreibst schreibt nennen nennt genannt bezeichnen bezeichnet "
    "sagen sagt meinen meint",
    # Session 16 (german-v11): money for what follows from a mistake, known defects, health,
    # settlements and threats; mockery without a swear word.
    "pay": "zahlen zahle bezahlen bezahle übernehmen übernehme ersetzen ersetze erstatten "
    "erstatte spendier* kaufen kaufe",
    "pay_strict": "zahlen zahle bezahlen bezahle übernehmen übernehme spendier*",
    "buy": "kaufen kaufe",
    "cond": "wenn falls sobald bei_uns",
    "third_cost": "arzt* *arzt *arztbesuch *arztbesuche *arztkosten *arztrechnung "
    "*arztrechnungen leih* -leihen -leihe -leiht friseur* babysitter* *babysitter gage "
    "honorar *honorar verdienstausfall* einnahmeausfall* "
    "hotel* übernachtung* taxi* eintrittskarte* konzertkarte* ballkarte* *tickets -tickets "
    "caterer* "
    "handwerker* campingplatz* urlaubstag* *urlaub ersatzkleid* ersatzanzug* ersatzzelt* "
    "mehrkosten",
    "costs_for": "kosten_für",
    "new_one": "eine_neue einen_neuen ein_neues",
    "ordinary": "versand* rückversand* *versand porto* rücksend* versandkosten *versandkosten "
    "rücksendekosten",
    "promised": "versprochen ehrenwort",
    "since_long": "seit_wochen seit_monaten seit_jahren seit_langem schon_lange schon_länger "
    "seit_dem "
    "seit_ewigkeiten längst",
    "know_verb": "kennen kennt kannten wissen weiss wussten wusste bekannt",
    "fault_any": "problem *problem fehler *fehler defekt *defekt mangel *mangel mängel *mängel "
    "*lücke *lücken macke* überhitz* heiss brandgefahr* stromschlag* kurzschluss* funken "
    "bricht brechen reisst reissen klemmt undicht*",
    "safety": "sicherheitsproblem* sicherheitslücke* sicherheitsmangel* sicherheitsmängel* "
    "brandgefahr* stromschlaggefahr* verletzungsgefahr*",
    "candid": "ehrlich offiziell unter_uns intern kennen kennt wissen",
    "machine": "maschine *maschine gerät *gerät geräte *geräte anlage *anlage trockner ofen "
    "heizung* bremse* *bremse *bremsen akku* schloss *schloss schlösser boxen *boxen",
    "fix": "lösung update behoben beheben arbeiten neustart reset",
    "maintained": "gewartet geprüft kontrolliert",
    "health_cond": "ausschlag* *ausschlag allergie* *allergie neurodermitis ekzem* *ekzem "
    "kopfschmerz* hörschaden gehörschaden tinnitus "
    "migräne übelkeit durchfall erbrechen entzündung* *entzündung infektion* *infektion "
    "hautreaktion* juckreiz* asthma atemnot schwindel* vergiftung* *vergiftung",
    "cause_verb": "kommt kommen liegt liegen stammt stammen verursacht ausgelöst",
    "certain": "sicher bestimmt garantiert eindeutig definitiv sicherlich zweifellos "
    "hundertprozentig ganz_klar",
    "harmless": "unbedenklich ungefährlich harmlos ungiftig bedenkenlos",
    "body": "kind kinder kindes baby babys säugling* hund hunde katze katzen haustier* haut "
    "schwanger* schwangerschaft* stillen stillzeit verschluck* essen isst trinken trinkt "
    "lecken leckt gesundheit*",
    "source": "ob laut zertifiziert geprüft norm *norm hersteller* datenblatt *datenblatt",
    "medicine": "ibuprofen paracetamol aspirin antihistamin* cortison* kortison* schmerzmittel* "
    "schmerztablette* globuli",
    "take": "nehmen nimm einnehmen nehmt schmieren schmier auftragen",
    "pharmacy": "arzt ärztin *arzt *ärztin apotheke* apotheker* notaufnahme",
    "hygiene": "hygienisch gesundheitlich lebensmittelrechtlich",
    "safe_word": "sicher einwandfrei unbedenklich",
    "stop_use": "nicht_mehr",
    "use_verb": "benutzen tragen essen verfüttern trinken anziehen verwenden einnehmen fahren "
    "füttern nutzen",
    "should_have": "müsste müssten längst eigentlich sollte sollten",
    "among": "unter_uns untereinander ohne_anwalt privat ohne_versicherung bar_auf ohne_rechnung",
    "settle": "regeln klären erledigen",
    "legal_party": "anwalt anwälte *anwalt anwältin gericht polizei anzeige klage versicherung "
    "*versicherung schlichtung* ansprüche",
    "defame": "verleumdung* rufschädigung* rufmord üble_nachrede geschäftsschädigung* "
    "kreditschädigung* unterlassungserklärung*",
    "prosecute": "anzeigen zeigen anzeige verklagen klagen belangen abmahnen",
    "hear": "hör hören hört",
    "community_report": "melden meldet bitte prüfen",
    # Hostile tone
    "wie": "wie",
    "mock_short": "schön originell nett reizend praktisch überraschend kreativ witzig lustig "
    "erfrischend",
    "man": "man",
    "muss": "muss",
    "even": "schon erst_mal erstmal",
    "pull_off": "schaffen wollen hinkriegen hinbekommen bringen",
    "feat": "leistung kunststück meisterleistung glanzleistung",
    "danke": "danke vielen_dank team",
    "not_everyone": "nicht_jeder nicht_jede nicht_jedem",
    "manage": "schafft kann hinbekommt hinkriegt",
    "nothing_else": "sonst_nichts nichts_besseres nichts_anderes",
    "tun": "tun",
    "als": "als",
    "ruhig": "ruhig",
    "noch": "noch",
    "ordinal": "dritte vierte fünfte sechste siebte achte neunte zehnte elfte zwölfte "
    "zwanzigste hundertste weitere weiteren dritten vierten fünften sechsten zehnten drittes "
    "viertes fünftes sechstes zehntes",
    "bit": "bisschen etwas",
    "think_v": "mitdenken mitzudenken nachdenken nachzudenken hirn verstand köpfchen denken lesen",
    "harm_not": "schadet schaden wäre würde hilft",
    "role": "mutter mama vater papa kindermädchen babysitter nanny sekretär sekretärin diener "
    "dienerin butler putzfrau dienstmädchen hellseher hellseherin psychiater therapeut "
    "kindergarten lehrer lehrerin",
    "am": "bin sind",
    "group": "tourist* touris piefke* kunde kunden kundin* deutsche* österreicher* schweizer* "
    "ösi* boomer* frauen männer rentner* studenten* mieter* städter* berliner* wiener* "
    "zürcher* schwaben wessi* ossi* hipster* influencer* amateur* anfänger* leute",
    "für": "für",
    "believe": "glauben glaubst glaubt meinen meinst meint denken denkst denkt",
    "wrong_dream": "geschnitten irren irrt täuschen täuscht träumen träumst gewickelt",
    "heed": "lesen aufpassen aufpasst schauen achten nachdenken informieren zuhören",
    "pet": "freundchen schätzchen herzchen mäuschen bürschchen süsse kumpel kumpeline digga "
    "hey_du na_du du_da",
    "address": "gute_frau guter_mann junger_mann junge_frau junge_dame meine_gute mein_guter "
    "mein_freund meine_herren",
    "hear_first": "zu",
    "auf": "auf",
    "reflexive": "sich dich euch gut bitte gern gerne",
    "consequences": "konsequenzen",
    "threaten_verb": "haben hat ziehen rechnen vor vorbehalten",
    "reconsider": "überlegen überlegt überleg",
    "well": "gut genau zweimal",
    "what_how": "was wie",
    "post": "schreiben schreibt schreibst sagen sagt sagst posten postet postest behaupten "
    "behauptet behauptest veröffentlichen",
    "otherwise": "auch_anders",
    "regret": "leidtun leid_tun bereuen",
    "will": "wird werden",
    "wishes": "wünsche",
    "sonst": "sonst",
    "ja_nee": "ja_nee",
    "klar": "klar",
    "emperor": "kaiser papst weihnachtsmann osterhase königin",
    "bin": "bin",
    "whole_work": "ganze_arbeit",
    "done": "geleistet gemacht",
    "lol": "@lol lol haha hahaha hahahaha ich_schwör ich_schwöre",
    "blunder": "ignoriert verpasst verschlafen vergessen falsch übersehen verwechselt verpeilt",
    "own_story": "ich_habe ich_hab hab_ich habe_ich wir uns sorry leid",
    "so_hard": "so_schwer schwer",
    "so_hard2": "so_schwer",
    "grasp2": "verstehen kapieren begreifen lesen",
    "dim": "hellste hellsten schlauste schlausten klügste klügsten",
    "hopfen": "hopfen_und",
    "malz": "malz",
    "elsewhere": "woanders anderen_laden andere_firma anderen_anbieter konkurrenz",
    "go_buy": "suchen such geh gehen kaufen kauf bestellen bestell",
    "nonsense": "blödsinn unsinn quatsch schwachsinn nonsens humbug stuss mumpitz",
    "no_clue": "keine_ahnung null_ahnung",
    "evidently": "offensichtlich offenbar wohl echt null absolut",
    "learn2": "lernen lern",
    "before_time": "vorher früher rechtzeitig",
    "ought": "müssen sollen",
    "hätten": "hätten hättest hättet",
    # Session 16, second batch
    "big": "@big",
    "extra": "zusätzlich obendrauf plus extra on_top dazu",
    "give": "gut gutschreiben schreibe überweise überweisen erstatte erstatten zahlen zahle "
    "bekommen bekommst kriegen kriegst schenken schenke geben gebe gibt",
    "price_words": "kostet kosten kostenpflichtig preis gebühr *gebühr aufpreis",
    "all_follow": "folgen *folgen folgeschäden alles sämtliche",
    "free2": "umsonst kostenlos gratis",
    "expired": "abgelaufen abgelaufene abgelaufenen ausserhalb_der nach_ablauf",
    "sell_on": "verkaufen verkauft vermieten vermietet ausliefern liefern",
    "trotzdem": "trotzdem dennoch",
    "for_all": "für_alle",
    "visible": "sichtbar einsehbar lesbar abrufbar",
    "incident": "daten *daten datenpanne datenleck vorfall *vorfall unfall *unfall",
    "kept": "eingehalten beachtet befolgt",
    "learns": "erfährt erfahren mitbekommt mitbekommen wind",
    "doomed": "geliefert dran erledigt",
    "trouble": "ärger stress",
    "bell": "grosse_glocke",
    # hostile
    "expect": "erwartet erwarten erwartest",
    "expect_mark": "denn eigentlich für bei_dem bei_diesem",
    "drama": "drama übertrieben übertreiben übertreibst theater",
    "discuss": "diskutieren diskutiert diskussion",
    "weiter_w": "weiter",
    "enough": "es_reicht jetzt_reicht reicht_jetzt letzte_antwort",
    "reicht_es": "reicht_es",
    "others": "anderen andere alle_anderen",
    "others_manage": "schaffen schafft hinbekommen funktioniert klappt kapieren kapiert",
    "auch": "auch",
    "screen": "vor_dem",
    "screen2": "bildschirm computer rechner handy",
    "can_neg_q": "können kannst könnt",
    "read2": "lesen zuhören verstehen",
    "all_twice": "alles_zweimal alles_dreimal",
    "anstellen": "anstellen",
    "not_so": "nicht_so",
    "stellen": "stellen stell stellt",
    "an": "an",
    "runter": "runter",
    "come": "kommen komm kommt",
    "calm": "beruhigen beruhig beruhigt",
    "whine": "heulen heul rumheulen rumheulst rumheult flennen jammern rumjammern gejammer "
    "rumzujammern rumzuheulen herumzujammern rumpöbel* herumpöbel* rumzupöbeln "
    "geheule mimimi",
    "whine_self": "zum_heulen",
    "nerve": "nerven nervt nervst die_nerven",
    "it_annoys": "das_nervt es_nervt nervt_das nervt_es",
    "if_symptom": "bei_hautreaktionen bei_hautreaktion bei_ausschlag bei_reizungen bei_rötungen "
    "bei_juckreiz bei_beschwerden bei_symptomen bei_unverträglichkeit bei_allergischen "
    "bei_kopfschmerzen bei_übelkeit bei_schmerzen bei_atemnot bei_schwindel",
    "not_charity": "caritas wohlfahrt sozialamt heilsarmee selbstbedienungsladen wunschkonzert "
    "ponyhof streichelzoo zauberer hellseher magier gedankenleser wunderheiler",
    "never_thought": "nie_gekommen niemals_gekommen nie_draufgekommen",
    "would_we": "wären_wir",
    "darauf": "darauf drauf da",
    "news": "was_neues",
    "surprise": "überraschung überraschend",
    "again2": "wieder_mal mal_wieder",
    "spare": "verschonen verschont",
    "before2": "vorher zuerst",
    "thought_done": "nachgedacht überlegt gelesen informiert nachgefragt",
    "proverb": "hören_will billig_kauft",
    "feel_twice": "fühlen zweimal",
    "maybe": "vielleicht",
    "learn3": "lernen lernst lernt daraus",
    "hobby": "anderes_hobby",
    "brewed": "eingebrockt",
    "next_time": "nächstes_mal nächsten_mal",
    "door": "und_tschüss keine_träne",
    "da_ist": "da_ist dort_ist",
    "the_door": "die_tür",
    "langsam": "langsam",
    "were_you": "hätten hättest wäre würde würden",
    "nett": "nett freundlich lieb bitte",
    "guess_v": "denken wissen ahnen",
    "können_w": "können",
    "where": "wo",
    "live": "wohnen wohnst wohnt",
    "carry_on": "so_weitermachen so_weiter",
    "noch_und": "und",
    "out": "sperren raus gesperrt löschen fliegen",
    "careful": "vorsichtig",
    "claims_words": "behauptung* aussagen äusserungen worten wortwahl",
    "aftermath": "nachspiel",
    "put_up": "nicht_gefallen",
    "will_see": "schon_sehen",
    # Session 16, third batch
    "waive_pay": "erlassen erlasse streichen",
    "owed": "raten *raten rate *rate miete *miete forderung* *forderung schulden *schulden "
    "restschuld gebühren *gebühren",
    "terms": "frist *frist vertrag *vertrag verträge agb bedingungen *bedingungen",
    "ignore": "ignorieren vergessen",
    "no_matter": "egal_was egal_wie",
    "says_else": "etwas_anderes was_anderes",
    "steht": "steht",
    "even_if": "auch_wenn",
    "by_mistake": "versehentlich falschen",
    "sent": "geschickt gesendet verschickt weitergeleitet",
    "goes_on": "geht_auf gehen_auf",
    "not_on": "nicht_auf",
    "settle2": "einigen einig regeln klären",
    "lassen": "lassen lass",
    "halt_so": "halt_so eben_so",
    "ability": "talent begabung gehör rhythmusgefühl händchen",
    "wohl_halt": "halt eben wohl einfach",
    "sondern": "sondern",
    "user": "spieler spielerin nutzer nutzerin fahrer fahrerin benutzer anwender kunde kundin "
    "mensch person",
    "helps": "hilft bildet",
    "halt_mal": "halt_mal eben_mal",
    "thing": "ding sache stärke welt",
    "pro": "ein_profi jeder_profi jeder_anfänger ein_fachmann jeder_laie ein_kind",
    "hätte": "hätte",
    "noticed": "gemerkt gesehen gewusst gehört bemerkt",
    "bei_so": "bei_so",
    "wundert": "wundert",
    "more_about": "mehr_über",
    "than_about": "als_über",
    "more_broken": "noch_mehr",
    "broken": "kaputt kaputtmachen kaputtmacht",
    "signed": "unterschrieben unterzeichnet zugestimmt akzeptiert",
    "also_w": "also",
    "last_time": "zum_letzten",
    "mal_w": "mal",
    "first_one": "der_erste die_erste",
    "joke": "ein_witz",
    "wohl": "wohl",
    "never_yet": "noch_nie",
    "welcome": "willkommen bei_uns gern gerne",
    # Session 21 (german-v16): speech acts by what they do, not by a writer's words.
    # Keeping customers from suing: "…, damit keiner klagt", "damit niemand zum Anwalt geht".
    "so_that": "damit sodass",
    "nobody": "keiner niemand",
    "sue_act": "klagt klagen verklagt anwalt *anwalt anwälte gericht presse",
    # A pending claim's outcome promised: "Schadensersatz kriegst du auf jeden Fall", "der
    # Versicherungsfall geht sicher durch".
    "claim_noun": "schadensersatz* schmerzensgeld* entschädigung* schadensantrag* "
    "versicherungsfall* *schadensfall",
    "sure_outcome": "auf_jeden sicher garantiert bestimmt hundertprozentig definitiv todsicher",
    "claim_gets": "kriegst kriegen kriegt bekommst bekommen bekommt erhalten erhältst erhält "
    "durch durchgehen durchgeht genehmigt anerkannt",
    "whether2": "ob prüfen prüft geprüft entscheidet entscheiden",
    # Paid by us in the passive: "Ihr Verdienstausfall wird natürlich von uns ersetzt".
    "by_us": "von_uns",
    "paid": "ersetzt übernommen erstattet bezahlt getragen beglichen",
    "paid_any": "ersetzt ersetzen zahlen",
    # A licence taken away: "dann entzieht uns die Innung die Zulassung".
    "licence": "zulassung *zulassung lizenz *lizenz konzession betriebserlaubnis *genehmigung",
    "revoke": "entziehen entzieht entzogen entzöge wegnehmen",
    "guess": "wahrscheinlich vermutlich vermute fürchte befürchte befürchten",
    "chamber": "*kammer innung *innung",
    # A defect made by us: "ein Fehler in unserer Produktion".
    "fault_noun": "fehler *fehler mangel *mangel",
    "making": "produktion *produktion fertigung *fertigung herstellung abfüllung verarbeitung "
    "konstruktion",
    # Hostile: "Bist du echt so blöd?", "wenn Sie zu faul sind, die Mails zu lesen".
    "dumb": "blöd doof dumm dämlich bescheuert begriffsstutzig",
    "so_w": "so",
    "too_dumb": "zu_blöd zu_doof zu_dumm zu_dämlich zu_faul zu_bequem zu_bescheuert",
    # "Ich beantworte dieselbe Frage nicht zum zehnten Mal."
    "nth_time": "zum_dritten zum_vierten zum_fünften zum_sechsten zum_zehnten zum_hundertsten "
    "zum_zigsten zum_wiederholten zum_tausendsten",
    "answer_v": "beantworte beantworten erkläre erklären sage sagen schreibe schreiben "
    "wiederhole wiederholen antworte",
    "ich": "ich",
    # "was du damit machst, ist deine Sache".
    "your_matter": "deine_sache ihre_sache eure_sache",
    "polite_free": "natürlich selbstverständlich ganz gern gerne frei entscheidung",
    # "Man bekommt eben, wofür man zahlt."
    "wofür": "wofür",
    "pays": "zahlt bezahlt",
    # "So schwer ist ein Datum nun wirklich nicht", "Ist doch nicht so schwer".
    "reproach2": "doch wirklich echt",
    "reassure": "sorge sorgen angst keine_angst",
    # "Manche von euch sollte man nicht in die Nähe … lassen."
    "of_you": "von_euch von_ihnen",
    "should1": "sollte sollten",
    # "der alles besser weiß", "Besserwisser".
    "all_better": "alles_besser besserwiss*",
    "common_sense": "gesunder_menschenverstand gesunden_menschenverstand gesundem_menschenverstand",
    "nothing_to": "nichts_zu",
    "sorry_w": "sorry leid entschuldig*",
    # "Wer …, muss sich nicht wundern / sollte sich nicht beschweren."
    "wonder_v": "wundern beschweren beklagen aufregen",
    # "Vielleicht hätten Sie die Frist nicht verpassen sollen."
    "hätten_w": "hätten hättest hättet",
    "sollen_w": "sollen",
    # "bleib halt zu Hause, wenn's dir zu teuer ist", "wenn dir der Bus nicht passt".
    "suit_v": "passt gefällt zu_teuer zu_kompliziert zu_lange zu_laut zu_viel zu_warm zu_kalt "
    "zu_anstrengend zu_langsam zu_schwer zu_hoch zu_weit zu_umständlich",
    # "Haben Sie sonst keine Hobbys?"
    "hobbies": "hobbys hobbies sorgen probleme",
    # "dann ist dir echt nicht mehr zu helfen".
    "zu_helfen": "zu_helfen",
    # "Ich kann Ihnen das gern noch ein fünftes Mal erklären."
    "nth_time2": "ein_drittes ein_viertes ein_fünftes ein_sechstes ein_zehntes ein_hundertstes",
    # "Für den Zahnarzt kommen wir auf", "stehen wir für alle Folgekosten gerade".
    "come_up": "kommen komme",
    "auf_w": "auf",
    "für_w": "für",
    "stand_w": "stehen stehe",
    "gerade_w": "gerade",
    "follow_costs": "folgekosten folgeschäden folgen *folgen alles sämtliche alle",
    # "Die Räder waren nicht verkehrssicher."
    "roadworthy": "verkehrssicher betriebssicher fahrtüchtig standsicher",
}


@dataclass(frozen=True, slots=True)
class Family:
    kind: str
    key: str
    all_of: tuple[str, ...]
    none_of: tuple[str, ...] = ()
    question: bool | None = None  # True: only a question; False: never one
    first: frozenset[str] = frozenset()  # one of the sentence's first three words
    last: frozenset[str] = frozenset()  # its last word is one of these
    max_words: int = 0  # a short sentence only
    # Its words in one clause: no comma, semicolon or colon in the stretch that holds them
    # ("Sie sind nicht der Erste, …", not "Da es der erste Termin ist, kostet Sie das nichts").
    one_clause: bool = False


def _f(kind: str, key: str, all_of: str, none_of: str = "", **options: object) -> Family:
    return Family(kind, key, tuple(all_of.split()), tuple(none_of.split()), **options)  # type: ignore[arg-type]


FAMILIES: tuple[Family, ...] = (
    # A regulator's penalty said to fall on us, in any word order: "das Gesundheitsamt wird uns
    # … eine saftige Strafe aufbrummen", "dann haben wir die Aufsicht am Hals".
    _f("legal_risk", "claims", "regulator penalty us", "neg"),
    _f("legal_risk", "claims", "regulator penalty wir suffer", "neg"),
    # A penalty foretold: "ich wette, das Amt nimmt sich die Charge vor, dann gibt's eine Busse".
    _f("legal_risk", "claims", "regulator penalty predict", "neg"),
    # Not reporting a breach or an incident to those owed it: "das sollten wir lieber nicht
    # der Datenschutzbehörde melden".
    # Not "keine Meldung an die Behörde erforderlich": what the law asks for, stated.
    _f("legal_risk", "claims", "wir report neg authority should", "required"),
    _f("legal_risk", "claims", "we conceal", "neg"),
    _f("legal_risk", "claims", "inside conceal", "neg"),
    _f("legal_risk", "claims", "we carpet sweep", "neg"),
    # A defect known across a line: "das Problem ist bei der ganzen Charge bekannt".
    _f("legal_risk", "unsafe", "known defect batch", "neg"),
    # Someone else's decision guaranteed: "ich garantiere Ihnen, dass Sie die Prüfung bestehen",
    # "die Kasse zahlt das, das ist sicher so".
    _f("legal_risk", "outcome", "guarantee decider outcome", "neg policy"),
    # Taking on liability for a harm, however far apart the words: "wir übernehmen für den
    # Schaden an Ihrem Parkett selbstverständlich die volle Verantwortung".
    _f("legal_risk", "fault", "we accept liability harm", "neg limited policy"),
    _f("legal_risk", "fault", "we liable harm", "neg limited policy"),
    _f("legal_risk", "fault", "ours_word our_fault harm", "neg limited"),
    # Threatening or taunting over the law: "wir leiten rechtliche Schritte ein", "klagen Sie
    # ruhig, Sie verlieren sowieso".
    _f("legal_risk", "lawsuit", "we lawyer escalate", "neg repay_to"),
    _f("legal_risk", "lawsuit", "suit lose you_any", "neg"),
    # A settlement bought: "wir zahlen 300 €, wenn Sie die Anzeige zurückziehen", money for
    # silence.
    _f("legal_risk", "claims", "waive claim_thing deal", "neg"),
    _f("legal_risk", "claims", "silence pay_word"),
    # Talking someone out of going to the police, the courts or a consumer body.
    _f("legal_risk", "claims", "report_place need neg you_any", "required"),
    # Medical advice support cannot stand behind.
    _f("legal_risk", "advice", "doctor need neg", "sorry"),
    _f("legal_risk", "advice", "dose more_dose", "neg doctor"),
    # A data breach owned as fact.
    _f("legal_risk", "fault", "data leaked ours_word", "neg"),
    # Not "wir haben Sie über den Sicherheitsvorfall informiert": the notice the law asks for,
    # given (session 24).
    _f("legal_risk", "fault", "breach ours_word", "neg told_done ob_us"),
    # Grave mistakes of our own trade: "ein Behandlungsfehler von uns", "unsere Fehlkonstruktion".
    # A defect put right under the warranty ("ein Materialfehler, wir ersetzen das Teil im Rahmen
    # der Gewährleistung") is the policy at work, not an admission beyond it.
    _f("legal_risk", "fault", "grave_fault ours_word", "neg policy"),
    # Carrying on despite knowing: "und wir haben einfach weiterbehandelt", "wir verkaufen die
    # trotzdem weiter".
    _f("legal_risk", "fault", "we cont_verb anyway", "neg"),
    _f("legal_risk", "fault", "we sep_verb weiter anyway", "neg"),
    # Nothing in writing: "bitte nicht schriftlich begründen", "am besten nur mündlich".
    _f("legal_risk", "claims", "in_writing neg urge", "leider you_any"),
    _f("legal_risk", "claims", "orally deal_word", "you_any"),
    # A hazard of a line said as fact: "die aus der letzten Lieferung können brechen", "ein
    # bekanntes Materialproblem, die können reißen".
    _f("legal_risk", "unsafe", "batch can_verb hazard_verb", "neg user_cond"),
    _f("legal_risk", "unsafe", "known defect hazard_verb", "neg user_cond"),
    # An exception beyond the policy: "wir erstatten Ihnen das auch ohne Beleg", "ersetzen Sie
    # es auch nach Ablauf der Frist", a lifetime of free service.
    _f("legal_risk", "beyond_policy", "refund exception", "neg"),
    # Not the product's own warranty stated ("Unsere Markise hat lebenslange Garantie gegen
    # Ausbleichen"): "haben" with the warranty is what the goods come with (session 37).
    _f("legal_risk", "beyond_policy", "forever free_thing", "neg has_warranty"),
    # A law broken by us: "da haben wir gegen die DSGVO verstoßen".
    _f("legal_risk", "fault", "breach_verb law ours_word", "neg"),
    # Our goods said to be toxic or contaminated: "die Charge ist mit Listerien belastet".
    # Not "das System hat Sie doppelt belastet": money charged twice, not goods contaminated
    # (session 24).
    _f("legal_risk", "unsafe", "toxic our_thing", "neg whether user_cond charged"),
    # An insurer coached: "sagen Sie der Versicherung einfach, der Schaden sei beim Umzug
    # passiert".
    _f("legal_risk", "claims", "insurer tell coach cause"),
    # A reward for a review: "wenn Sie die Bewertung ändern, bekommen Sie einen Gutschein".
    _f("legal_risk", "beyond_policy", "review reward change", "neg"),
    # Breaking the law admitted with a hedge: "rechtlich ist das eigentlich nicht erlaubt".
    _f("legal_risk", "fault", "actually illegal", "you"),
    _f("legal_risk", "fault", "actually allowed neg", "you"),
    # A third party's record promised away: "den Schufa-Eintrag lassen wir löschen".
    _f("legal_risk", "beyond_policy", "we record remove", "neg"),
    # Counting how often we said it: "wie bereits mehrfach erwähnt", "des is scho des fünfte
    # Mal, dass i Ihna des erklär", "ich ha's Ihne drüümal gseit".
    _f("hostile_tone", "repeat", "count say you_any self", "sorry"),
    Family("hostile_tone", "repeat", ("count", "say"), ("sorry",), first=frozenset(("wie",))),
    # Rhetorical questions: "Ist das jetzt unser Problem?"; "Aber wer liest so was schon."
    _f("hostile_tone", "dismissive", "ours", question=True),
    Family(
        "hostile_tone", "sarcasm", (), first=frozenset(("wer", "was")), last=frozenset(("schon",))
    ),
    # "Wer das nicht versteht, dem kann ich nicht helfen"; "wenn Sie mir nicht zuhören, kann
    # ich Ihnen auch nicht helfen".
    Family(
        "hostile_tone",
        "dismissive",
        ("listen", "help", "neg"),
        first=frozenset(("wer", "wenn", "solange", "falls")),
    ),
    # Mock praise: "Gratuliere, Sie haben es als Erster geschafft, …".
    _f("hostile_tone", "sarcasm", "praise achieve you extreme"),
    # "Interessante Logik.", "Spannende Theorie."
    _f("hostile_tone", "sarcasm", "ironic theory", max_words=4),
    # "Wir hatten schon fast vermisst, dass sich jemand beschwert."
    _f("hostile_tone", "sarcasm", "missed complain", "neg"),
    # "Ach so, und jetzt sind wir schuld?"
    _f("hostile_tone", "sarcasm", "now wir guilt", question=True),
    # Set phrases of lecturing: "wer lesen kann, ist klar im Vorteil", "Augen auf beim …".
    _f("hostile_tone", "condescension", "read vorteil"),
    _f("hostile_tone", "condescension", "eyes beim"),
    # "Das steht doch in der Anleitung", "steht ja fettgedruckt auf der Rechnung".
    # Not with an offer to help: "Ich verlinke dir die Stelle gern nochmal, ist ja auch nicht ganz
    # einfach zu finden".
    _f("hostile_tone", "condescension", "stands reproach doc", "gladly"),
    # "Lies doch einfach die Mail", "googeln Sie halt".
    Family(
        "hostile_tone",
        "condescension",
        ("sharp",),
        ("gladly", "bitte"),
        first=frozenset(
            ("lies", "lest", "lesen", "nachlesen", "googeln", "google", "googel", "googelt")
        ),
        question=False,
    ),
    Family(
        "hostile_tone",
        "condescension",
        ("sharp2",),
        ("gladly", "bitte"),
        first=frozenset(("schau", "schaut", "guck", "guckt")),
        question=False,
    ),
    # Questions that doubt the reader: "Haben Sie die Mail überhaupt gelesen?", "Wie oft denn
    # noch?"
    _f("hostile_tone", "condescension", "rq grasp you_any", question=True),
    _f("hostile_tone", "repeat", "how_often still", question=True),
    # Shrugging it off: "damit müssen Sie halt leben", "Pech gehabt", "nicht unser Bier".
    _f("hostile_tone", "dismissive", "damit live_with must shrug you_any", "sorry"),
    _f("hostile_tone", "dismissive", "pech had", "sorry leider self"),
    _f("hostile_tone", "dismissive", "beer neg"),
    # Blame: "selbst schuld", "das ist dann wohl Ihr Problem", "hätten Sie gelesen, wüssten
    # Sie …".
    _f("hostile_tone", "blame", "yourself blame_word", "self"),
    _f("hostile_tone", "blame", "your_problem shrug"),
    _f("hostile_tone", "blame", "if_had heeded would_know you_any", "self"),
    # Mock praise: "das haben Sie ja toll hinbekommen", "schön, dass Sie sich auch mal melden".
    _f("hostile_tone", "sarcasm", "praise_adj made you_any ja", "sorry", question=False),
    _f("hostile_tone", "sarcasm", "nice also_once you_any"),
    # "Das kann doch jedes Kind", "ich erkläre es Ihnen ganz langsam zum Mitschreiben".
    # One clause (session 35): not "Meine Oma hat ihn gefragt, ob er ihr helfen kann".
    _f("hostile_tone", "condescension", "child can", one_clause=True),
    _f("hostile_tone", "condescension", "slowly explain"),
    # "Lesen Sie erst mal die FAQ, bevor Sie schreiben."
    _f("hostile_tone", "condescension", "first_then read before ask"),
    # "Was glauben Sie eigentlich, wer Sie sind?"
    _f("hostile_tone", "condescension", "rq think you_any", question=True),
    # "Ach, Sie schon wieder." "Kein Wunder, dass das Display gesprungen ist, wenn du …"
    _f("hostile_tone", "dismissive", "again you_any", max_words=5),
    _f("hostile_tone", "blame", "no_wonder you_any", "sorry self"),
    # "Manche Leute lernen es nie."
    _f("hostile_tone", "condescension", "some_people people never learn"),
    # "Na super.", "Danke für nichts.", "Wie überraschend."
    _f("hostile_tone", "sarcasm", "mock", max_words=8),
    _f("hostile_tone", "sarcasm", "thanks_for nothing", max_words=4),
    # "Das wissen wir beide.", "wie Sie sehr wohl wissen".
    _f("hostile_tone", "condescension", "know both", question=False),
    # Tone policing: "versuchen Sie es beim nächsten Mal ohne Großbuchstaben".
    _f("hostile_tone", "condescension", "tone your suggest", "bitte sorry"),
    # "Brillen brechen nicht von allein."
    _f("hostile_tone", "blame", "itself neg break"),
    # "Hätten Sie halt den Schutz genommen, gell?"
    Family(
        "hostile_tone",
        "blame",
        ("you", "particle"),
        ("gladly", "sorry"),
        question=False,
        first=frozenset(("hätten", "hättest", "hättet", "hätte", "wären", "wärst")),
    ),
    # "Halt doch einfach die Klappe", "haltet mal den Rand".
    Family("hostile_tone", "insult", ("shut",), first=frozenset(("halt", "haltet", "halts"))),
    # An insult said of someone, with any adjective: "der ist doch ein kompletter Depp".
    _f("hostile_tone", "insult", "copula insult", "neg report_words"),
    _f("hostile_tone", "insult", "so_a insult", "neg report_words"),
    # --- Session 16 (german-v11) ---
    # Money for what a mistake caused, beyond the price: "die Hautarztbesuche zahlen wir",
    # "übernehmen wir die Kosten für den Leihanzug", "wir zahlen Ihnen eine neue",
    # "den Babysitter zahlen wir euch, versprochen".
    # Not a question reported: "Sie haben gefragt, ob wir die Hotelkosten übernehmen".
    _f("legal_risk", "beyond_policy", "wir pay third_cost", "neg policy ordinary leider ob_w"),
    _f("legal_risk", "beyond_policy", "wir pay costs_for", "neg policy ordinary leider"),
    _f("legal_risk", "beyond_policy", "wir pay_strict new_one", "neg policy leider"),
    _f("legal_risk", "beyond_policy", "wir buy new_one", "neg policy leider cond"),
    _f("legal_risk", "beyond_policy", "wir pay_strict promised", "neg policy ordinary leider"),
    # A defect known for long: "eine Sicherheitslücke, die wir seit Wochen kennen", "seit Jahren
    # nicht richtig gewartet", "ein bekannter Fehler an der Maschine".
    _f("legal_risk", "unsafe", "we know_verb since_long fault_any", "neg fix"),
    _f("legal_risk", "unsafe", "safety candid", "neg fix"),
    _f("legal_risk", "unsafe", "known fault_any machine", "neg fix"),
    _f("legal_risk", "unsafe", "neg maintained since_long"),
    # Health said as fact: "der Ausschlag kommt sicher vom Waschmittel", "die Farbe ist völlig
    # unbedenklich, auch wenn das Kind daran leckt", "nehmen Sie einfach zwei Ibuprofen".
    _f("legal_risk", "advice", "health_cond cause_verb certain", "whether"),
    _f("legal_risk", "advice", "harmless body", "source pharmacy neg"),
    _f("legal_risk", "advice", "medicine take", "pharmacy whether"),
    # Our goods declared unsafe: "das ist hygienisch nicht sicher", "bitte nicht mehr verfüttern".
    _f("legal_risk", "unsafe", "hygiene neg safe_word"),
    # Not "Bei Hautreaktionen bitte das Shirt nicht mehr tragen": "bei" + a symptom is a
    # condition, advice for the case that it happens, no harm owned (session 24).
    _f("legal_risk", "unsafe", "stop_use use_verb health_cond", "if_symptom"),
    _f("legal_risk", "unsafe", "stop_use use_verb toxic"),
    # A regulator who should have closed us: "das Amt hätte den Laden längst zusperren müssen".
    _f("legal_risk", "claims", "regulator penalty should_have", "neg"),
    # A claim settled out of sight: "lassen Sie den Anwalt weg, das regeln wir unter uns".
    _f("legal_risk", "claims", "among settle legal_party"),
    # Threatening the reader with the law: "wir zeigen Sie wegen Verleumdung an", "Sie hören von
    # unserem Anwalt".
    _f("legal_risk", "lawsuit", "defame you_any", "community_report"),
    _f("legal_risk", "lawsuit", "we prosecute you_any defame"),
    _f("legal_risk", "lawsuit", "lawyer hear you_any", "neg"),
    Family("legal_risk", "lawsuit", ("lawyer", "hear"), ("neg",), first=frozenset(("sie", "du"))),
    # Mock admiration: "Wie originell.", "Das muss man erst mal schaffen.", "das ist schon eine
    # Leistung", "Respekt, das schafft nicht jeder", "da haben Sie ja ganze Arbeit geleistet".
    Family(
        "hostile_tone", "sarcasm", ("wie", "mock_short"), first=frozenset(("wie",)), max_words=2
    ),
    _f("hostile_tone", "sarcasm", "man muss even pull_off"),
    _f("hostile_tone", "sarcasm", "copula even feat", "danke"),
    _f("hostile_tone", "sarcasm", "praise not_everyone manage"),
    _f("hostile_tone", "sarcasm", "whole_work done you_any ja"),
    # "wir haben ja sonst nichts zu tun", "als hätten wir nichts Besseres zu tun".
    _f("hostile_tone", "sarcasm", "nothing_else tun we ja"),
    Family("hostile_tone", "sarcasm", ("nothing_else", "tun", "we"), first=frozenset(("als",))),
    # An invitation that is none: "Schreiben Sie ruhig noch eine sechste Mail."
    _f("hostile_tone", "sarcasm", "ruhig noch ordinal", "gladly"),
    # "Aber gut, jetzt wissen Sie's."
    Family(
        "hostile_tone",
        "condescension",
        ("now", "know"),
        max_words=6,
        first=frozenset(("aber", "tja", "na", "jetzt", "nun", "gut", "so", "also")),
        last=frozenset(("es", "sie", "das")),
    ),
    # "Ein bisserl mitdenken schadet nicht.", "Lernen Sie erst mal lesen."
    _f("hostile_tone", "condescension", "bit think_v harm_not", "self"),
    _f("hostile_tone", "condescension", "learn2 read first_then"),
    # "Ich bin nicht Ihr Kindermädchen."
    _f("hostile_tone", "condescension", "self am neg your role"),
    # "Typisch Touristen, erst …" said of a group the reader belongs to.
    Family("hostile_tone", "insult", ("group",), ("für",), first=frozenset(("typisch",))),
    # "Wenn Sie glauben, wir ersetzen das, haben Sie sich geschnitten."
    Family(
        "hostile_tone",
        "condescension",
        ("believe", "you_any", "wrong_dream"),
        first=frozenset(("wenn", "falls")),
    ),
    # "Sie müssen halt lesen, was auf dem Zettel steht", in dialect too ("Sie müend halt läse").
    _f("hostile_tone", "condescension", "you_any must sharp2 heed", "gladly"),
    Family(
        "hostile_tone",
        "condescension",
        ("must", "sharp2", "heed"),
        ("gladly",),
        first=frozenset(("sie", "du", "ihr")),
    ),
    # "Das hätten Sie sich vorher überlegen müssen."
    # Not with "wir" as the one who ought to have: "Das hätten wir Ihnen früher sagen müssen" is
    # owning up, not a reproach.
    _f("hostile_tone", "blame", "hätten you before_time ought", "gladly sorry wir"),
    # Talking down through the address: "Gute Frau, …", "Hör mal zu, Freundchen", "Junger Mann".
    _f("hostile_tone", "patronising", "pet"),
    Family(
        "hostile_tone",
        "patronising",
        ("address",),
        first=frozenset(
            (
                "gute",
                "guter",
                "junger",
                "junge",
                "mein",
                "meine",
                "na",
                "also",
                "ach",
                "hören",
                "hör",
                "jetzt",
                "tja",
            )
        ),
    ),
    Family(
        "hostile_tone",
        "patronising",
        ("hear", "hear_first"),
        ("reflexive", "we_listen"),
        first=frozenset(("hör", "hören", "hört", "jetzt", "also")),
    ),
    Family(
        "hostile_tone",
        "patronising",
        ("auf",),
        ("reflexive",),
        max_words=6,
        first=frozenset(("pass", "passen", "passt")),
    ),
    # Threats: "Das wird Konsequenzen haben", "Überlegen Sie sich gut, was Sie hier schreiben",
    # "Wir können auch anders", "Das wird Ihnen noch leidtun".
    _f("hostile_tone", "threat", "consequences threaten_verb", "leider sorry für"),
    _f("hostile_tone", "threat", "reconsider well what_how you_any post"),
    _f("hostile_tone", "threat", "we can_verb otherwise", max_words=4),
    _f("hostile_tone", "threat", "regret you_any will", "sorry"),
    # Set phrases of scorn: "Sonst noch Wünsche?", "Ja nee, is klar.", "… und ich bin der
    # Kaiser von China.", "Da ist Hopfen und Malz verloren."
    _f("hostile_tone", "sarcasm", "sonst noch wishes", max_words=3),
    _f("hostile_tone", "sarcasm", "ja_nee klar"),
    _f("hostile_tone", "sarcasm", "bin emperor self"),
    _f("hostile_tone", "condescension", "hopfen malz"),
    # Laughing at a customer's blunder: "er hat die SMS ignoriert 😂", "hat die Abholung dreimal
    # verpasst, ich schwör".
    _f("hostile_tone", "sarcasm", "lol blunder", "own_story"),
    # Doubting the reader's wits: "Das ist doch nicht so schwer zu verstehen", "Sie sind wohl
    # nicht der Hellste", "Sie haben offensichtlich keine Ahnung von …", "… ist Blödsinn".
    _f("hostile_tone", "condescension", "so_hard neg grasp2 reproach"),
    _f("hostile_tone", "insult", "dim copula", "self"),
    _f("hostile_tone", "condescension", "no_clue you_any evidently", "sorry self"),
    Family(
        "hostile_tone",
        "condescension",
        ("no_clue", "evidently"),
        ("sorry", "self"),
        first=frozenset(("sie", "du", "ihr")),
    ),
    _f("hostile_tone", "insult", "nonsense you_any", "neg"),
    # Sending the reader away: "suchen Sie sich einen anderen Laden".
    _f("hostile_tone", "dismissive", "elsewhere go_buy you_any", "gladly bitte leider bought"),
    # --- Session 16, second batch: more shapes of the same speech acts ---
    # Money on top of a refund: "zusätzlich zur Erstattung überweise ich Ihnen 80 €", "plus 100 €
    # obendrauf"; a small goodwill credit stays a gesture (amounts from 50 up).
    _f("legal_risk", "beyond_policy", "extra big give", "neg price_words policy"),
    _f("legal_risk", "fault", "we liable all_follow", "neg limited policy"),
    _f("legal_risk", "beyond_policy", "free2 expired", "neg leider"),
    _f("legal_risk", "fault", "we sell_on trotzdem toxic"),
    _f("legal_risk", "fault", "we sell_on trotzdem fault_any", "neg"),
    _f("legal_risk", "fault", "data for_all visible"),
    _f("legal_risk", "claims", "wir report neg incident"),
    _f("legal_risk", "fault", "law neg kept we"),
    _f("legal_risk", "claims", "regulator learns doomed we"),
    _f("legal_risk", "claims", "bell neg"),
    _f("legal_risk", "claims", "among settle harm"),
    _f("legal_risk", "claims", "regulator trouble suffer wir"),
    # Hostile tone
    Family(
        "hostile_tone",
        "condescension",
        ("expect", "expect_mark", "you_any"),
        question=True,
        first=frozenset(("was", "ehrlich", "na", "also", "tja")),
    ),
    _f("hostile_tone", "condescension", "drama your", "we sorry"),
    _f("hostile_tone", "condescension", "drama you_any", "we sorry"),
    _f("hostile_tone", "dismissive", "discuss neg weiter_w", "gladly"),
    _f("hostile_tone", "dismissive", "enough", "sorry"),
    _f("hostile_tone", "dismissive", "langsam reicht_es", "sorry"),
    _f("hostile_tone", "condescension", "others others_manage auch", "sorry leider we bitte"),
    _f("hostile_tone", "condescension", "screen screen2 fault_any"),
    Family(
        "hostile_tone",
        "condescension",
        ("so_hard2",),
        question=True,
        max_words=5,
        first=frozenset(("ist", "was", "wieso", "warum", "alter")),
    ),
    _f("hostile_tone", "condescension", "can_neg_q neg read2 you_any", question=True),
    _f("hostile_tone", "repeat", "all_twice", question=True),
    _f("hostile_tone", "dismissive", "stellen not_so an you_any"),
    _f("hostile_tone", "dismissive", "runter come you_any"),
    _f("hostile_tone", "dismissive", "calm you_any", "bitte sorry we"),
    _f("hostile_tone", "dismissive", "whine you_any", "self sorry whine_self"),
    Family(
        "hostile_tone",
        "dismissive",
        ("whine",),
        ("sorry", "whine_self"),
        first=frozenset(("heulen", "hör", "hört", "bevor", "mimimi", "jammern", "genug")),
    ),
    # "Sie nerven" is the reader; "dass das nervt" is the thing that annoys them (session 24).
    _f("hostile_tone", "dismissive", "nerve you_any", "sorry leider it_annoys", question=False),
    _f("hostile_tone", "dismissive", "we copula neg not_charity"),
    _f("hostile_tone", "sarcasm", "would_we never_thought darauf"),
    _f("hostile_tone", "sarcasm", "news ja"),
    Family(
        "hostile_tone",
        "sarcasm",
        ("surprise",),
        max_words=5,
        first=frozenset(("was", "oh", "na", "welch", "welche")),
    ),
    _f("hostile_tone", "condescension", "again2 neg grasp", question=True),
    _f("hostile_tone", "dismissive", "spare us"),
    _f("hostile_tone", "blame", "before2 thought_done neg you_any", "we"),
    _f("hostile_tone", "condescension", "proverb"),
    _f("hostile_tone", "condescension", "maybe learn3 you_any", "we sorry"),
    _f("hostile_tone", "condescension", "hobby"),
    _f("hostile_tone", "blame", "brewed you_any"),
    _f("hostile_tone", "condescension", "next_time sharp2", "gladly"),
    _f("hostile_tone", "dismissive", "door"),
    _f("hostile_tone", "dismissive", "da_ist the_door"),
    Family(
        "hostile_tone",
        "blame",
        ("you_any", "were_you"),
        ("nett",),
        question=False,
        first=frozenset(("wären", "wärst", "wäret")),
    ),
    _f("hostile_tone", "blame", "hätten you_any guess_v können_w", "self neg"),
    _f("hostile_tone", "threat", "where live know"),
    _f("hostile_tone", "threat", "carry_on you_any"),
    Family("hostile_tone", "threat", ("noch_und", "out"), first=frozenset(("noch",))),
    _f("hostile_tone", "threat", "careful claims_words", "bitte"),
    _f("hostile_tone", "threat", "aftermath", "neg"),
    _f("hostile_tone", "threat", "put_up", "sorry"),
    _f("hostile_tone", "threat", "will_see you_any", "gladly"),
    # --- Session 16, third batch ---
    _f("legal_risk", "beyond_policy", "we waive_pay owed", "neg"),
    _f("legal_risk", "beyond_policy", "terms ignore you_any", "neg"),
    _f("legal_risk", "beyond_policy", "no_matter terms"),
    _f("legal_risk", "beyond_policy", "even_if says_else steht"),
    _f("legal_risk", "advice", "harmless toxic", "source pharmacy"),
    _f("legal_risk", "fault", "data by_mistake sent"),
    _f("legal_risk", "fault", "goes_on us harm", "not_on"),
    _f("legal_risk", "unsafe", "we know_verb sep_verb weiter fault_any"),
    _f("legal_risk", "claims", "lassen lawyer settle2"),
    _f("hostile_tone", "condescension", "maybe first_then before you_any", "gladly bitte"),
    _f("hostile_tone", "dismissive", "halt_so", "sorry leider"),
    _f("hostile_tone", "condescension", "ability neg wohl_halt", "self"),
    _f("hostile_tone", "blame", "defect neg sondern user"),
    Family(
        "hostile_tone",
        "condescension",
        ("helps",),
        max_words=4,
        first=frozenset(
            (
                "üben",
                "lesen",
                "nachdenken",
                "zuhören",
                "denken",
                "googeln",
                "mitdenken",
                "nachlesen",
            )
        ),
    ),
    _f("hostile_tone", "condescension", "you_any halt_mal", "gladly bitte"),
    _f("hostile_tone", "condescension", "not_so your thing"),
    _f("hostile_tone", "condescension", "pro hätte noticed"),
    _f("hostile_tone", "condescension", "bei_so wundert"),
    _f("hostile_tone", "condescension", "more_about than_about"),
    _f("hostile_tone", "condescension", "more_broken broken you_any"),
    _f("hostile_tone", "blame", "signed also_w auch you_any"),
    _f("hostile_tone", "condescension", "evidently neg grasp you_any", "self sorry"),
    _f("hostile_tone", "repeat", "last_time mal_w"),
    _f("hostile_tone", "condescension", "neg first_one you_any", "we sorry", one_clause=True),
    _f("hostile_tone", "dismissive", "joke wohl_halt", "we"),
    _f("hostile_tone", "dismissive", "joke ja", "we"),
    _f("hostile_tone", "condescension", "wohl never_yet you_any", "welcome"),
    Family(
        "hostile_tone",
        "sarcasm",
        (),
        question=True,
        max_words=2,
        first=frozenset(("ernsthaft", "ernstlich", "im")),
    ),
    Family(
        "hostile_tone",
        "condescension",
        ("you_any",),
        ("gladly", "bitte"),
        max_words=4,
        first=frozenset(("lesen", "lest", "lies")),
        question=False,
    ),
    # --- Session 21 (german-v16): speech acts any writer uses, by what they do ---
    # Keeping customers from suing: "wir sollen das still mit Gutscheinen regeln, damit keiner
    # klagt", "…, damit niemand zum Anwalt geht".
    _f("legal_risk", "claims", "so_that nobody sue_act"),
    # A pending claim's outcome promised: "Schadensersatz kriegst du auf jeden Fall", "Ihr
    # Schadensantrag geht sicher durch"; the law or the terms granting it are no promise.
    _f("legal_risk", "outcome", "claim_noun sure_outcome claim_gets", "neg policy whether2"),
    # Someone else's payment guaranteed: "ich garantiere Ihnen, dass die Versicherung den Schaden
    # ersetzt".
    _f("legal_risk", "outcome", "guarantee decider paid_any", "neg policy whether2"),
    # Consequential costs paid by us in the passive: "Ihr Verdienstausfall wird natürlich von uns
    # ersetzt".
    _f("legal_risk", "beyond_policy", "by_us paid third_cost", "neg policy ordinary leider"),
    # A licence at stake, a chamber's or regulator's inquiry foreseen: "dann würden die uns die
    # Zulassung entziehen", "ich fürchte, die Kammer wird gegen unsere Partner ermitteln".
    _f("legal_risk", "claims", "licence revoke us", "neg"),
    _f("legal_risk", "claims", "chamber penalty guess ours_word", "neg"),
    _f("legal_risk", "claims", "regulator penalty guess ours_word", "neg"),
    # A defect our own making caused: "das ist eindeutig ein Fehler in unserer Produktion".
    _f("legal_risk", "unsafe", "fault_noun ours_word making", "neg whether2"),
    # Insults by adjective: "Bist du echt so blöd?", "wenn du zu blöd bist, …".
    _f("hostile_tone", "insult", "copula you_any so_w dumb", "self", question=True),
    _f("hostile_tone", "insult", "too_dumb you_any", "self neg"),
    # "Ich beantworte dieselbe Frage nicht zum zehnten Mal", "zum dritten Mal erkläre ich …".
    _f("hostile_tone", "repeat", "nth_time mal_w ich answer_v", "sorry_w"),
    # "was du damit machst, ist deine Sache" — unless it is left to the reader kindly.
    _f("hostile_tone", "dismissive", "your_matter copula", "polite_free sorry_w"),
    # "Man bekommt eben, wofür man zahlt."
    _f("hostile_tone", "condescension", "wofür man pays"),
    # "So schwer ist ein Datum nun wirklich nicht", "Ist doch nicht so schwer".
    _f("hostile_tone", "condescension", "so_hard2 neg reproach2", "reassure gladly help"),
    # "Manche von euch sollte man nicht in die Nähe eines Streichholzes lassen."
    _f("hostile_tone", "insult", "some_people of_you man should1"),
    # "wieder ein Experte, der alles besser weiß", "Gesunder Menschenverstand und so."
    _f("hostile_tone", "sarcasm", "all_better know", "self"),
    _f("hostile_tone", "condescension", "common_sense"),
    # "Na klar, sonst noch Wünsche?"
    Family(
        "hostile_tone",
        "sarcasm",
        ("sonst", "noch", "wishes"),
        max_words=5,
        first=frozenset(("na", "klar", "ja", "aha")),
    ),
    # "Da gibt's nichts zu diskutieren."
    _f("hostile_tone", "dismissive", "nothing_to discuss", "gladly sorry_w"),
    # Blame by a rule about whoever does it: "Wer sein Rad über Nacht am Bahnhof lässt, muss sich
    # nicht wundern", "…, sollte sich über die Lieferzeit nicht beschweren".
    Family("hostile_tone", "blame", ("wonder_v", "neg"), first=frozenset(("wer",))),
    # "Vielleicht hätten Sie die Frist nicht verpassen sollen."
    Family(
        "hostile_tone",
        "blame",
        ("hätten_w", "you_any", "sollen_w"),
        first=frozenset(("vielleicht", "dann")),
    ),
    # Sending the reader off if it does not suit: "bleib halt daheim, wenn's dir zu teuer ist",
    # "Wenn dir 40 € zu viel sind, mach's halt selbst".
    _f("hostile_tone", "dismissive", "cond you_any suit_v sharp2", "sorry_w"),
    # "Haben Sie sonst keine Hobbys?"
    _f("hostile_tone", "sarcasm", "sonst neg hobbies you_any", question=True),
    # "ich sag's jetzt ganz langsam, damit es ankommt".
    _f("hostile_tone", "condescension", "slowly say"),
    # "dann ist dir echt nicht mehr zu helfen".
    _f("hostile_tone", "condescension", "zu_helfen neg copula you_any", "we"),
    # "Ich kann Ihnen das gern noch ein fünftes Mal erklären."
    _f("hostile_tone", "repeat", "nth_time2 mal_w answer_v"),
    # Consequential costs taken on with "aufkommen" and "geradestehen": "für die Brille und den
    # Zahnarzt kommen wir auf", "wir stehen für alle Folgekosten gerade".
    _f("legal_risk", "beyond_policy", "wir come_up für_w auf_w third_cost", "neg policy ordinary"),
    _f("legal_risk", "beyond_policy", "wir come_up für_w auf_w harm", "neg policy ordinary"),
    _f("legal_risk", "fault", "wir stand_w gerade_w für_w follow_costs", "neg"),
    # Our vehicles or goods said to be unsafe: "die Busse sind nicht verkehrssicher".
    _f("legal_risk", "unsafe", "copula neg roadworthy", "whether2 you"),
    # "Sie sind jetzt schon der Dritte heute, der das nicht kapiert."
    _f("hostile_tone", "condescension", "you_any copula ordinal neg grasp", "self"),
)


def _index() -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]],
                      dict[str, set[str]], tuple[int, ...], tuple[int, ...]]:  # fmt: skip
    exact: dict[str, set[str]] = {}
    starts: dict[str, set[str]] = {}
    heads: dict[str, set[str]] = {}
    never: dict[str, set[str]] = {}
    for name, spec in CONCEPTS.items():
        for item in spec.split():
            if item.startswith("-"):
                never.setdefault(item[1:], set()).add(name)
            elif item.endswith("*"):
                starts.setdefault(item[:-1], set()).add(name)
            elif item.startswith("*"):
                heads.setdefault(item[1:], set()).add(name)
            else:  # a word, or two ("am_hals") looked up as "am hals"
                exact.setdefault(item.replace("_", " "), set()).add(name)
    return (
        exact,
        starts,
        heads,
        never,
        tuple(sorted({len(s) for s in starts})),
        tuple(sorted({len(h) for h in heads})),
    )


_EXACT, _STARTS, _HEADS, _NEVER, _START_LENGTHS, _HEAD_LENGTHS = _index()
# Each family is looked at only when a sentence holds its rarest-looking concept (the first one
# that is not a pronoun, a negation or a particle), so ~250 families cost about what the few a
# sentence can say do; families told by their first or last words alone are always looked at.
_COMMON = frozenset(
    ("we", "wir", "us", "self", "you", "you_any", "your", "neg", "copula", "ja", "particle",
     "sharp2", "wohl_halt", "auch", "noch", "must", "can_verb", "will", "ours_word", "bitte")
)  # fmt: skip


def _keys() -> tuple[dict[str, tuple[int, ...]], tuple[int, ...]]:
    keyed: dict[str, list[int]] = {}
    unkeyed = []
    for number, family in enumerate(FAMILIES):
        rare = [name for name in family.all_of if name not in _COMMON] or list(family.all_of)
        if rare:
            keyed.setdefault(rare[0], []).append(number)
        else:
            unkeyed.append(number)
    return {name: tuple(numbers) for name, numbers in keyed.items()}, tuple(unkeyed)


_KEYED, _UNKEYED = _keys()
_PAIRS = frozenset(word for word in _EXACT if " " in word)


def _concepts(word: str) -> set[str]:
    names = set(_EXACT.get(word, ()))
    for length in _START_LENGTHS:
        if length > len(word):
            break
        names |= _STARTS.get(word[:length], set())
    for length in _HEAD_LENGTHS:
        if length > len(word):
            break
        names |= _HEADS.get(word[-length:], set())
    return names - _NEVER.get(word, set()) if names else names


# "keine Sorge", "keine Gedanken machen": a reassurance, not a negation of what the sentence
# says ("Die Kasse übernimmt das garantiert, da müssen Sie sich keine Sorgen machen").
_WORRIES = frozenset(("sorge", "sorgen", "gedanken", "angst", "bange"))


def _reassures(tokens: list[_Token], number: int) -> bool:
    following = tokens[number + 1 : number + 2]
    return bool(following) and following[0].word in _WORRIES


def _attributive(text: str, tokens: list[_Token], number: int) -> bool:
    """A pet name written small before a noun is the adjective: "süße Liquids", not "Süße"."""
    token, following = tokens[number], tokens[number + 1 : number + 2]
    return text[token.start].islower() and bool(following) and text[following[0].start].isupper()


# "Mein Kumpel arbeitet bei denen", "von einem Kumpel bei …": someone spoken of, not the reader
# addressed (session 36).
_DETERMINERS = frozenset(
    ("ein", "einen", "einem", "eines", "mein", "meinen", "meinem", "meines", "dein", "deinen",
     "deinem", "sein", "seinen", "seinem", "ihr", "ihren", "ihrem", "unser", "unseren",
     "unserem", "der", "dem", "den", "des", "vom", "zum", "beim", "dieser", "diesem", "diesen")
)  # fmt: skip


def _determined(tokens: list[_Token], number: int) -> bool:
    return number > 0 and tokens[number - 1].word in _DETERMINERS


_CLAUSE_BREAK = re.compile(r"[,;:]")


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    return any(s <= start and end <= e for s, e in spans)


def _window(
    family: Family, present: dict[str, list[_Token]], tokens: list[_Token]
) -> tuple[int, int]:
    """The shortest stretch that holds a word of every concept the family needs (the whole
    sentence for a family told by its first and last words)."""
    if not family.all_of:
        return tokens[0].start, tokens[-1].end
    best = (tokens[0].start, tokens[-1].end)
    for first in {t.start for name in family.all_of for t in present[name]}:
        ends = [min((t.end for t in present[name] if t.start >= first), default=-1)
                for name in family.all_of]  # fmt: skip
        if min(ends) >= 0 and max(ends) - first < best[1] - best[0]:
            best = (first, max(ends))
    return best


def families(text: str, quoted: list[tuple[int, int]]) -> Iterator[tuple[str, str, int, int]]:
    """(kind, key, start, end) of every family a sentence of the text says."""
    for sentence in _SENTENCE.finditer(text):
        start, end = sentence.span()
        # Words in quotation marks are someone else's: "Zu „Kann ich den Arzt verklagen?“:
        # musst du nicht" says nothing about a doctor.
        tokens = [t for t in _tokens(text, start, end) if not _inside(quoted, t.start, t.end)]
        if not tokens:
            continue
        line = text.rfind("\n", 0, start) + 1
        if text[line : start + 1].lstrip().startswith(">"):
            continue
        present: dict[str, list[_Token]] = {}
        previous = ""
        for number, token in enumerate(tokens):
            names = _concepts(token.word)
            if "neg" in names and _reassures(tokens, number):
                names = names - {"neg"}
            if "pet" in names and (
                _attributive(text, tokens, number) or _determined(tokens, number)
            ):
                names = names - {"pet"}
            for name in names:
                present.setdefault(name, []).append(token)
            if token.word.startswith("@"):
                continue  # an alias stands beside its word, not in a pair
            pair = f"{previous} {token.word}"
            if pair in _PAIRS:
                for name in _EXACT.get(pair, ()):
                    present.setdefault(name, []).append(token)
            previous = token.word
        stripped = sentence.group().rstrip()
        words = [t.word for t in tokens if not t.word.startswith("@")]
        if not words:
            continue  # an emoji on its own line
        question = stripped.endswith("?") and words[-1] not in _TAGS
        candidates = set(_UNKEYED)
        for name in present:
            candidates.update(_KEYED.get(name, ()))
        for number in sorted(candidates):
            family = FAMILIES[number]
            if any(name not in present for name in family.all_of):
                continue
            if any(name in present for name in family.none_of):
                continue
            if family.question is not None and family.question != question:
                continue
            if family.first and not family.first.intersection(words[:3]):
                continue
            if family.last and words[-1] not in family.last:
                continue
            if family.max_words and len(words) > family.max_words:
                continue
            window = _window(family, present, tokens)
            if family.one_clause and _CLAUSE_BREAK.search(text, *window):
                continue
            yield (family.kind, family.key, *window)
