"""Issue 13 and 17: legal risk, hostile tone and profanity in German drafts. The examples are
written for these tests, for many kinds of company (shops, airlines, banks, software, energy,
car sharing, pets, travel): what a German-speaking agent might write, and the ordinary
sentences that look like it but are not risky."""

import pytest

from openline.guidance.detectors import Company, RegisterIndex, detect_all
from openline.guidance.detectors.german import looks_german

from .findings import german_reader_limits


def kinds(text: str, company: Company | None = None) -> set[str]:
    return {h.kind for h in detect_all(text, register=RegisterIndex(), company=company)}


def marked(text: str, kind: str) -> list[str]:
    hits = detect_all(text, register=RegisterIndex())
    return [text[h.start : h.end] for h in hits if h.kind == kind]


LEGAL = [
    # fault and liability
    "Es tut mir leid, der Wasserschaden war eindeutig unsere Schuld.",
    "Das ist allein unser Verschulden, und wir haften selbstverständlich für alle Folgen.",
    "Wir haften in vollem Umfang für den Schaden an Ihrer Küche.",
    "Ehrlich gesagt liegt die Verantwortung hier ganz klar bei uns.",
    "Wir sind für den Brand in Ihrer Wohnung verantwortlich, das Ladegerät war überhitzt.",
    "Wir übernehmen die volle Haftung für den Unfall.",
    "Unser Monteur hat grob fahrlässig gearbeitet, das muss ich so sagen.",
    "Die Wartung der Heizung war schlicht fahrlässig.",
    "Der Router hätte so nie verkauft werden dürfen.",
    "Das Problem war bekannt und wir haben die Geräte trotzdem weiter verkauft.",
    # money beyond a policy
    "Wir übernehmen sämtliche Arztkosten, versprochen.",
    "Die Hotelübernachtung zahlen wir Ihnen natürlich auch.",
    "Ihren Verdienstausfall erstatten wir Ihnen selbstverständlich.",
    "Wir ersetzen Ihnen auch die Tierarztrechnung.",
    "Die Reparaturkosten Ihrer Waschmaschine übernehmen wir komplett.",
    "Schicken Sie mir einfach die Rechnung vom Handwerker, wir zahlen das.",
    "Egal, was es kostet: Wir kümmern uns darum.",
    "Ich verspreche Ihnen, dass Sie Ihr Geld zurückbekommen.",
    "Ich garantiere dir, dass die Mahngebühr erlassen wird.",
    "Sie bekommen garantiert eine Entschädigung.",
    # lawsuits, settlements, regulators
    "Eine Sammelklage gegen uns läuft schon, deshalb sind alle nervös.",
    "Unsere Anwälte sehen das genauso.",
    "Die Rechtsabteilung möchte die Fälle lieber still per Vergleich regeln.",
    "Das regeln wir außergerichtlich, bevor jemand vor Gericht zieht.",
    "Die Aufsichtsbehörde wird uns dafür bestimmt ein Bußgeld aufbrummen.",
    "Uns droht ein saftiges Bußgeld, wenn das rauskommt.",
    # defects across the board
    "Das ist ein Herstellungsfehler, den leider alle Geräte dieser Serie haben.",
    "Alle Akkus aus dieser Lieferung sind defekt.",
    "Sämtliche Kindersitze des Modells sind nicht sicher.",
    "Bei allen Fahrzeugen der Baureihe tritt derselbe Defekt auf.",
    "Die App hat eine bekannte Sicherheitslücke.",
    "Das Update kommt garantiert nächste Woche.",
]

HOSTILE = [
    # told before
    "Wie ich Ihnen schon dreimal geschrieben habe: Die Frist ist abgelaufen.",
    "Wie bereits mehrfach erwähnt, gilt die Garantie nur zwei Jahre.",
    "Das habe ich dir doch schon zweimal erklärt.",
    "Ich sage es jetzt zum dritten Mal: Der Code gilt nur online.",
    "Dies ist Ihre fünfte Nachricht zu diesem Thema.",
    "Noch einmal zum Mitschreiben: Rückgabe nur mit Beleg.",
    # condescension
    "Das ist wirklich kein Hexenwerk.",
    "Das ist ein Wasserkocher, kein Raumschiff.",
    "Was ist daran so schwer?",
    "So schwer kann das doch nicht sein.",
    "Wer lesen kann, ist klar im Vorteil.",
    "Können Sie nicht lesen? Es steht auf der Startseite.",
    "Haben Sie überhaupt die Anleitung gelesen?",
    "Das weiß doch jedes Kind.",
    "Lesen Sie doch erst mal die FAQ, bevor Sie schreiben.",
    # dismissive, sarcastic
    "Beruhigen Sie sich bitte erst einmal.",
    "Hier ist kein Wunschkonzert.",
    "Pech gehabt, die Aktion ist vorbei.",
    "Das ist halt so.",
    "Ich weiß nicht, was ich Ihnen noch sagen soll.",
    "Na toll, noch ein Ticket mit dem gleichen Problem.",
    "Wow, der Akku ist leer, nachdem du ihn nie geladen hast. Wer hätte das ahnen können.",
    "Der Kunde vergisst praktischerweise zu erwähnen, dass er das Siegel aufgebrochen hat.",
    "Aber klar, wir sind schuld 👍",
    "Leute wie Sie machen diesen Job wirklich anstrengend.",
    "Ernsthaft? Das fragen Sie jetzt?",
    # blame
    "Nicht unser Problem, wenn Sie die Lieferung nicht annehmen.",
    "Das ist ein klassischer Bedienfehler.",
    "Da sind Sie selbst schuld.",
    "Hätten Sie mal die Anleitung gelesen.",
    "Hättest du das Paket angenommen, hätten wir das Problem nicht.",
    "Sie hätten die Größe vorher prüfen müssen.",
    "Vielleicht lesen Sie beim nächsten Mal die Beschreibung.",
    "Beim nächsten Mal einfach vorher die Maße lesen.",
    # insults
    "Wer zu blöd ist, den Stecker einzustecken, sollte keinen Toaster kaufen.",
    "Sie sind wirklich unfähig.",
    "Was für ein Vollpfosten.",
    "Das ist eine dumme Frage.",
]

PROFANE = [
    ("So ein Scheiß, der Server ist schon wieder down.", "Scheiß"),
    ("Die Scheißapp stürzt ständig ab.", "Scheißapp"),
    ("Das Update ist echt beschissen.", "beschissen"),
    ("Verdammte Technik!", "Verdammte"),
    ("Der Drucker ist im Arsch.", "Arsch"),
    ("Was für ein Arschloch.", "Arschloch"),
    ("Diese verfickte Lieferung!", "verfickte"),
    ("Ihr Vollidioten!", "Vollidioten"),
    ("Halt die Klappe.", "Halt die Klappe"),
    ("Sch31ße, das Paket ist weg.", "Sch31ße"),
    ("Das ist doch Sch**ße.", "Sch**ße"),
    ("So ein Mist, der Termin ist weg.", "So ein Mist"),
    ("Kackwetter heute, die Lieferung verzögert sich.", "Kackwetter"),
    ("Der Typ ist ein Depp.", "Depp"),
]

CLEAN = [
    # apologies and ordinary refunds, without admitting liability
    "Es tut mir leid, dass die Lieferung so lange gedauert hat.",
    "Das war ein Abrechnungsfehler bei uns, die 12,40 € sind erstattet.",
    "Die Fahrtkosten habe ich dir erstattet und 10 € Guthaben gutgeschrieben.",
    "Die doppelte Abbuchung erstatten wir innerhalb von 7 Tagen.",
    "Die Versandkosten übernehmen wir bei Rücksendungen innerhalb von 30 Tagen.",
    "Die Taxikosten übernehmen wir laut unseren Bedingungen leider nicht.",
    "Hotelkosten können wir leider nicht erstatten.",
    "Wir erstatten nicht nur den Kaufpreis für Fehllieferungen, wir holen das Paket auch ab.",
    "Wir übernehmen alles Weitere für Sie.",
    "Ich übernehme das und melde mich morgen.",
    "Wir haften nur bei Vorsatz und grober Fahrlässigkeit, so steht es in den AGB.",
    "Wir haften nicht für Schäden durch unsachgemäße Nutzung.",
    "Sie sind nicht schuld, das war eine automatische Sperre.",
    "Es ist nicht Ihre Schuld, dass das Paket verloren ging.",
    "Das Schadenteam prüft den Fall und meldet sich innerhalb von 10 Werktagen.",
    "Ich kann Ihnen nichts versprechen, was wir nicht halten können.",
    "Zu laufenden Verfahren können wir uns leider nicht äußern.",
    (
        "Bitte wenden Sie sich an die Verbraucherschlichtungsstelle, wenn Sie nicht "
        "einverstanden sind."
    ),
    "Im Vergleich zum Vorjahr sind die Preise gleich geblieben.",
    "Der Vergleich der Tarife zeigt: Der Tagespreis ist günstiger.",
    "Das Bußgeld haben wir gemäß AGB an Sie weitergeleitet.",
    "Der Sensor war defekt, nicht der Reifen.",
    "Ihr Gerät ist defekt, wir schicken Ihnen ein Ersatzgerät.",
    "Alle Fahrten, die betroffen waren, wurden automatisch erstattet.",
    "Alle Autos sind frisch gereinigt.",
    "Das ist kein Herstellungsfehler, sondern normaler Verschleiß.",
    "Das Update betrifft alle Geräte ab Version 4.",
    "Wir sind dafür verantwortlich, dass Ihre Daten sicher sind.",
    "Das Gerät ist fest im Auto verbaut.",
    "Ihre Daten sind garantiert in sicheren Händen.",
    # patience, plain instructions
    "Wie besprochen schicke ich Ihnen die Unterlagen per Post.",
    "Wie ich Ihnen gestern geschrieben habe, ist das Ersatzteil bestellt.",
    "Du hast jetzt viermal geschrieben und bist verärgert, zu Recht.",
    "Keine Sorge, das ist ganz einfach: Tippen Sie auf Einstellungen.",
    "Das ist nicht schwer: Drücken Sie fünf Sekunden auf den Knopf.",
    "Es gibt keine dummen Fragen.",
    "Hätten Sie kurz Zeit für ein Telefonat?",
    "Hätten Sie lieber eine Gutschrift oder eine Erstattung?",
    "Sie hätten eigentlich eine Bestätigung per E-Mail bekommen müssen.",
    "Vielleicht klappt es beim nächsten Mal mit dem Wunschtermin.",
    "Beim nächsten Mal können Sie die Schäden direkt in der App melden.",
    "Ist Ihr Problem damit gelöst?",
    "Ihr Problem haben wir an die Technik weitergegeben.",
    "Es liegt an Ihnen, ob Sie den Schutz dazubuchen.",
    "Kunden wie Sie sind uns wichtig.",
    "Das ist ein Gutschein, kein Rabattcode.",
    "Das ist nun mal so geregelt: Der Tagespreis gilt 24 Stunden.",
    "Viel Glück damit und gute Fahrt!",
    "Super, danke für die Fotos!",
    "Wie ich sehe, ist das Paket schon unterwegs.",
    "Bitte lesen Sie die Hinweise auf Seite 3.",
    "Klar, das machen wir gern.",
    "Aber klar, gerne!",
    # words that contain swear words, or look like them
    "Der Marsch beginnt um 10 Uhr am Marschallplatz.",
    "Barsch und Hecht sind heute im Angebot.",
    "Die Kritik war harsch, aber fair.",
    "Alte Dieselautos gelten als Dreckschleuder.",
    "Das Gerät ist idiotensicher zu bedienen.",
    "Bitte mit einem weichen Lappen abwischen.",
    "Die Mistel hängt über der Tür.",
    "Johnny Depp spielt in dem Film mit.",
    "Der Kakao ist leider ausverkauft.",
    "Spastik ist eine Nebenwirkung, die Sie Ihrem Arzt melden sollten.",
    "Die Schicht beginnt um 6 Uhr.",
    "Er schickte das Paket gestern ab.",
    "Das ist doch Unsinn.",
]


@pytest.mark.parametrize("text", LEGAL)
def test_german_legal_risk_is_found(text):
    assert "legal_risk" in kinds(text)


@pytest.mark.parametrize("text", HOSTILE)
def test_german_hostile_tone_is_found(text):
    assert "hostile_tone" in kinds(text)


@pytest.mark.parametrize(("text", "word"), PROFANE)
def test_german_profanity_is_found_and_marked(text, word):
    assert word in marked(text, "profanity")


@pytest.mark.parametrize("text", german_reader_limits(CLEAN))
def test_ordinary_german_has_no_wording_findings(text):
    assert kinds(text) & {"legal_risk", "hostile_tone", "profanity"} == set()


def test_the_company_named_as_liable_is_found_in_german():
    company = Company.build("Wellbrook", ["Wellbrook Kettle"])

    assert "legal_risk" in kinds("Wellbrook haftet voll für den Schaden.", company)
    assert "legal_risk" in kinds("Die Schuld liegt eindeutig bei Wellbrook.", company)
    assert kinds("Wellbrook haftet nicht für Folgeschäden.", company) == set()


def test_a_german_finding_marks_the_words_and_explains_in_the_readers_language():
    from django.utils import translation

    text = "Keine Sorge: Wir übernehmen sämtliche Arztkosten."
    hit = next(h for h in detect_all(text, register=RegisterIndex()) if h.kind == "legal_risk")

    assert text[hit.start : hit.end] == "Wir übernehmen sämtliche Arztkosten"
    with translation.override("de"):
        german = str(hit.message)
    assert german != hit.message.msgid  # a translated message, as for English findings


def test_quoted_words_of_the_customer_are_not_the_agents_tone():
    text = "Du hast geschrieben: „Ihr seid unfähig.“ Das verstehe ich, wir kümmern uns."

    assert "hostile_tone" not in kinds(text)


def test_an_eye_roll_is_sarcasm_in_any_language():
    assert "hostile_tone" in kinds("Sure, the parcel will arrive by itself 🙄")
    assert "hostile_tone" in kinds("Klar, das Paket kommt von allein 🙄")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Wir haften für alle Schäden.", True),
        ("Nicht unser Problem.", True),
        ("Bitte senden Sie uns die Rechnung.", True),
        ("We are liable for the damage.", False),
        ("Please send us the invoice and we will pay.", False),
        ("Danke, die Lieferung kommt morgen.", True),
    ],
)
def test_german_text_is_told_from_english(text, expected):
    assert looks_german(text) is expected


def test_english_rules_are_not_run_as_german_ones():
    # "die" and "war" are English words too: German rules need German text.
    assert kinds("The war on spam will not die: we are liable for nothing.") <= {"legal_risk"}
    assert kinds("Johnny Depp is in the film, and Mr Penner says hello.") == set()


# More ordinary sentences from many kinds of company: refunds under a policy, outages,
# warranty repairs, legal questions referred on, friendly particles ("mal", "doch", "halt").
MORE_CLEAN = [
    "Wir haften für Schäden nach den gesetzlichen Vorschriften.",
    "Die Rückerstattung erfolgt innerhalb von 14 Tagen auf Ihr Konto.",
    "Ich habe Ihnen die Stornogebühr erlassen.",
    "Wir schicken Ihnen gerne einen Techniker vorbei, die Anfahrt ist kostenlos.",
    "Leider haben wir keinen Einfluss auf die Wartezeiten beim Paketdienst.",
    "Das Modell ist leider ausverkauft, alle anderen Farben sind verfügbar.",
    "Sämtliche Produkte sind nach EU-Norm geprüft.",
    "Das Gericht ist glutenfrei.",
    "Wir arbeiten mit Hochdruck an einer Lösung.",
    "Ihre Beschwerde habe ich an die zuständige Abteilung weitergeleitet.",
    "Zum Glück ist niemand verletzt worden; wir kümmern uns um den Rest.",
    "Sie können den Vertrag jederzeit kündigen.",
    "Wir melden uns, sobald die Ware wieder auf Lager ist.",
    "Bitte halten Sie Ihre Kundennummer bereit.",
    "Ihre Zufriedenheit liegt uns am Herzen.",
    "Das Update bringt neue Funktionen für alle Geräte.",
    "Für Rückfragen stehe ich gern zur Verfügung.",
    "Die Bahn hat Verspätung, das liegt nicht an uns.",
    "Wir zahlen Ihnen das Guthaben aus, sobald Sie die IBAN bestätigen.",
    "Ich kläre das mit der Buchhaltung und melde mich morgen.",
    "Tut mir leid, dass Sie so lange warten mussten.",
    "Das war unglücklich gelaufen, die Lieferung ist jetzt unterwegs.",
    "Ich habe Ihren Fall priorisiert.",
    "Der Kundenservice ist am Wochenende nicht erreichbar.",
    "Sie haben recht, die Beschreibung war missverständlich, wir haben sie angepasst.",
    "Vielen Dank für Ihre Geduld, wir haben den Fall an die Technik weitergegeben.",
    (
        "Leider können wir die Kosten für das Hotel nicht übernehmen, das sehen unsere "
        "Bedingungen nicht vor."
    ),
    (
        "Ihr Flug wurde annulliert; Sie erhalten eine Erstattung des Ticketpreises gemäß "
        "Fluggastrechteverordnung."
    ),
    "Die Reparatur ist durch die Garantie abgedeckt, Sie zahlen nichts.",
    "Wir übernehmen die Kosten für die Rücksendung, das Etikett ist im Anhang.",
    "Wir erstatten den Kaufpreis, sobald die Ware bei uns eingegangen ist.",
    "Ich habe Ihnen die Versandkosten erstattet.",
    "Wir zahlen Ihnen den Differenzbetrag von 4,99 € zurück.",
    "Sie können Ihre Ansprüche über das Schadenformular geltend machen; das Team prüft sie.",
    "Ich kann verstehen, dass Sie verärgert sind, und ich kümmere mich darum.",
    "Die Störung betrifft alle Kunden in Bayern, wir arbeiten an einer Lösung.",
    "Alle Pakete von gestern sind unterwegs.",
    "Alle Geräte der Serie erhalten das Update automatisch.",
    "Das Problem tritt bei allen Nutzern mit Android 12 auf, ein Fix ist in Arbeit.",
    "Wir sind für Sie da: montags bis freitags von 8 bis 18 Uhr.",
    "Die Sicherheit unserer Kunden hat für uns höchste Priorität.",
    "Bitte fahren Sie nicht weiter, das ist gefährlich. Ich schicke Ihnen den Pannendienst.",
    (
        "Wenn Sie mit unserer Entscheidung nicht einverstanden sind, können Sie Beschwerde bei "
        "der Schlichtungsstelle einlegen."
    ),
    "Ihre Kündigung ist eingegangen, der Vertrag endet zum 31. März.",
    "Die Lieferung kommt voraussichtlich am Dienstag.",
    "Das Update erscheint voraussichtlich Ende des Monats.",
    "Wir können leider keinen Termin garantieren.",
    "Ich verspreche Ihnen, dass ich mich morgen wieder melde.",
    "Wie ich sehe, haben Sie bereits eine neue Bestellung aufgegeben.",
    "Wie bereits in meiner letzten Mail erwähnt, ist der Ersatz unterwegs.",
    "Wie gesagt, das Ersatzteil kommt am Montag.",
    "Schauen Sie mal in den Spam-Ordner, manchmal landet die Mail dort.",
    "Lesen Sie gern unsere FAQ, dort steht alles Wichtige.",
    "Beim nächsten Mal geht es schneller, wenn Sie die Bestellnummer angeben.",
    "Hätten Sie vielleicht die Bestellnummer für mich?",
    "Hätten Sie Interesse an einem Rückruf?",
    "Wenn Sie die Anleitung gelesen haben und es trotzdem nicht klappt, rufen Sie uns an.",
    "Das ist ärgerlich, und das tut mir leid.",
    "Der Fehler lag bei uns, die Buchung ist korrigiert.",
    "Das war unser Fehler, sorry! Die Gutschrift ist unterwegs.",
    "Wir haben den Fehler behoben.",
    "Die Haftung richtet sich nach unseren AGB.",
    "Für Schäden durch höhere Gewalt haften wir nicht.",
    "Die Klage über lange Wartezeiten nehmen wir ernst.",
    "Viele Kunden klagen über die Wartezeiten, das wissen wir.",
    "Im Vergleich zu anderen Anbietern sind wir günstiger.",
    "Der Gerichtsvollzieher war nicht bei uns.",
    "Ich leite Ihre Nachricht an unsere Rechtsabteilung weiter, die sich bei Ihnen meldet.",
    "Zu rechtlichen Fragen kann ich mich leider nicht äußern.",
    "Ihre Daten sind bei uns sicher.",
    "Das Ladekabel ist sicher, wenn Sie es richtig verwenden.",
    "Das Paket ist leider beschädigt angekommen, wir schicken Ersatz.",
    "Ihr Gerät hat einen Defekt, wir tauschen es kostenlos aus.",
    "Der Akku ist defekt, das ist ein Garantiefall.",
    "Das ist kein Problem, ich helfe gern.",
    "Nicht schlimm, das passiert jedem mal.",
    "Das ist nicht Ihr Fehler, die App hat falsch angezeigt.",
    "Das ist Ihre Entscheidung, beide Tarife sind möglich.",
    "Das liegt an der Verbindung, bitte versuchen Sie es später erneut.",
    "Das liegt am Browser-Cache.",
    "Sie haben vollkommen recht, das hätte nicht passieren dürfen.",
    "Das Gerät sollte so nicht ausgeliefert werden, wir prüfen das intern.",
    "Bitte beruhigen Sie Ihren Hund, bevor der Techniker kommt.",
    "Keine Sorge, das kriegen wir hin.",
    "Danke für den Hinweis, das war echt hilfreich!",
    "Toll, dass es jetzt klappt!",
    "Na, dann viel Spaß mit dem neuen Gerät!",
    "Na klar, das geht!",
    "Ja klar, wir sind für Sie da.",
    "Echt jetzt, das ist ja super!",
    "Seufzend habe ich die Excel-Tabelle geöffnet.",
    "Mit diesem Tarif sind Sie auf der sicheren Seite.",
    "Das ist halt der Standardtarif.",
    "Das Problem ist jetzt gelöst, schönen Tag noch!",
    "Drücken Sie die Taste so lange, bis die LED blinkt.",
    "Die Schweigepflicht gilt auch für unsere Techniker.",
    "Die Behörde hat uns die Genehmigung erteilt.",
    "Das Gesundheitsamt hat die Küche geprüft und uns bestätigt, dass alles in Ordnung ist.",
    "Die Verbraucherzentrale empfiehlt, Belege aufzubewahren.",
    "Ich habe dir 5 € gutgeschrieben, für den Ärger.",
    "Die Schraube ist aus Messing.",
    "Das Fischgericht mit Barsch ist heute aus.",
    "Bitte den Drucker ausschalten und den Stecker ziehen.",
    "Der Arzt hat Ihnen das Medikament verschrieben; die Kosten übernimmt Ihre Krankenkasse.",
    "Die Arztkosten übernimmt in der Regel Ihre Versicherung.",
    "Die Werkstatt meldet sich bei Ihnen wegen des Termins.",
    "Wir zahlen die Prämie jeden Monat automatisch aus.",
    "Wir erstatten Ihnen die Fahrt vollständig gemäß unserer Pünktlichkeitsgarantie.",
    (
        "Ich melde mich, sobald ich von der Werkstatt höre, und wir zahlen dann die Reparatur "
        "laut Garantie."
    ),
    "Der Schaden ist über die Haftpflicht des Verursachers abgedeckt.",
    "Herzlichen Glückwunsch zum Gewinn!",
    "Sie sind herzlich eingeladen.",
    "Sie sind ein treuer Kunde, danke dafür!",
    "Du bist echt ein Schatz, danke!",
    "Die Scheibe ist leider gesprungen.",
    "Das ist ein Schuss ins Blaue, aber probieren Sie den Neustart.",
    "Sie sind sicher, dass das Paket nicht beim Nachbarn liegt?",
    "Die Fahrerin ist schon unterwegs.",
    "Wir kommen morgen für die Reparatur zu Ihnen raus, bitte schließen Sie auf.",
    "Wir kommen gern für ein Beratungsgespräch vorbei, rufen Sie uns einfach an.",
    "Alle Flaschen sind recycelbar.",
    "Die gesamte Flotte ist ab Montag elektrisch.",
    "Die ganze Lieferung ist unterwegs.",
    "Das Update betrifft die ganze Flotte.",
    "Die Pakete? Sie sind unmöglich zu übersehen, sie stehen vor der Tür.",
    "Tja, das ist leider ausverkauft, aber nächste Woche kommt Nachschub.",
    "Halt! Bitte nicht weiterfahren.",
    "Das hättest du nicht wissen können, kein Problem.",
    "Hätten Sie doch Lust auf einen Rückruf?",
    "Sie sind ein Schatz, danke für die Geduld!",
    "Wir sind dafür da, Ihnen zu helfen.",
    "Gegen uns liegt nichts vor, die Prüfung war erfolgreich.",
    "Das Gesundheitsamt prüft alle Restaurants regelmäßig, auch uns.",
    "Die Kosten übernimmt Ihre Hausratversicherung.",
    "Wir erstatten die Gebühr, wenn der Fehler bei uns lag.",
    "Alles klar, wir zahlen die 5 € zurück.",
    "Ich übernehme ab hier, meine Kollegin ist im Urlaub.",
    "Ihre Reiseunterlagen schicken wir Ihnen per E-Mail, wir übernehmen die Buchung für Sie.",
    "Echt schade, dass es nicht geklappt hat.",
]

MORE_FOUND = [
    ("legal_risk", "Ganz ehrlich: Das Gerät hätte nie ausgeliefert werden dürfen."),
    ("legal_risk", "Für den entstandenen Wasserschaden haften wir natürlich."),
    (
        "legal_risk",
        "Wir ersetzen Ihnen selbstverständlich auch das verdorbene Essen und die Hotelnacht.",
    ),
    ("legal_risk", "Intern wissen wir, dass die ganze Serie betroffen ist."),
    ("legal_risk", "Ich verspreche dir, dass du die Strafgebühr nicht zahlen musst."),
    ("legal_risk", "Unsere Anwältin meint, wir sollten das schnell vom Tisch haben."),
    ("legal_risk", "Die Schuld liegt ganz klar bei uns, das Personal war nicht geschult."),
    ("legal_risk", "Wir bezahlen Ihnen die Reinigung des Teppichs und den Verdienstausfall."),
    ("hostile_tone", "Wie schon x-mal gesagt: Ohne Kassenbon keine Rückgabe."),
    ("hostile_tone", "Echt jetzt? Das steht doch groß auf der Startseite."),
    ("hostile_tone", "Sie hätten halt besser aufpassen müssen."),
    ("hostile_tone", "Das ist doch kein Hexenwerk, einfach den Stecker ziehen."),
    ("hostile_tone", "Das liegt eindeutig an Ihnen, nicht an der App."),
    ("hostile_tone", 'Was genau ist an "Akku laden" so schwer?'),
    ("profanity", "Diese Scheißdrucker, immer das Gleiche."),
    ("profanity", "Ist mir scheißegal, ehrlich."),
    ("profanity", "Der Lieferant hat echt Mist gebaut, so ein Dreckskerl."),
    ("legal_risk", "Keine Sorge, die Kosten für den Tierarzt übernehmen wir."),
    ("legal_risk", "Den Mietwagen bezahlen wir Ihnen natürlich, so lange die Reparatur dauert."),
    ("legal_risk", "Das Ganze geht eindeutig auf unser Verschulden zurück."),
    ("legal_risk", "Ja, wir sind haftbar, das hat unsere Rechtsabteilung bestätigt."),
    ("legal_risk", "Ich garantiere Ihnen, dass Sie den vollen Betrag zurückbekommen."),
    ("legal_risk", "Unsere Juristen sagen, wir sollten uns lieber außergerichtlich einigen."),
    (
        "legal_risk",
        (
            "Das Problem betrifft die ganze Charge, ehrlich gesagt sind alle Flaschen aus der "
            "Lieferung verunreinigt."
        ),
    ),
    ("legal_risk", "Unter uns: Das Kartellamt ermittelt schon gegen uns."),
    ("legal_risk", "Der Konstruktionsfehler ist uns seit Monaten bekannt."),
    ("legal_risk", "Wir kommen für sämtliche Folgeschäden auf."),
    ("legal_risk", "Wir werden Ihnen die Anwaltskosten selbstverständlich ersetzen."),
    ("legal_risk", "Die Kosten für die Reinigung Ihrer Kleidung übernehme ich persönlich."),
    ("hostile_tone", "Wie ich Ihnen nun schon mehrmals mitgeteilt habe, ist das nicht möglich."),
    ("hostile_tone", "Zum x-ten Mal: Die Abholung ist nur mit Ausweis möglich."),
    ("hostile_tone", "Bitte lesen Sie doch erst mal die Produktbeschreibung."),
    ("hostile_tone", "Ein Router ist doch keine Raketenwissenschaft."),
    ("hostile_tone", "Hättest du halt vorher gefragt."),
    ("hostile_tone", "Das hättest du selbst merken müssen."),
    ("hostile_tone", "Tja, Pech gehabt."),
    ("hostile_tone", "Sie sind echt anstrengend."),
    ("hostile_tone", "Regen Sie sich mal ab, es geht nur um ein Paket."),
    ("hostile_tone", "Wenn Sie die Mail gelesen hätten, wüssten Sie das."),
    ("hostile_tone", "Das ist nicht unsere Baustelle."),
    ("profanity", "Scheiß Update, sorry dafür."),
    ("profanity", "Die App ist einfach Kacke, ich weiß."),
    ("profanity", "Der verdammte Server spinnt."),
    ("profanity", "A*schloch."),
    ("profanity", "Der Kunde ist ein echter Trottel."),
]


@pytest.mark.parametrize("text", german_reader_limits(MORE_CLEAN))
def test_more_ordinary_german_has_no_findings(text):
    assert kinds(text) == set()


@pytest.mark.parametrize(("kind", "text"), MORE_FOUND)
def test_more_german_wording_is_found(kind, text):
    assert kind in kinds(text)
