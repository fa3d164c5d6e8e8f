"""Issue 13 and 17: legal risk, hostile tone and profanity in German drafts. The examples are
written for these tests, for many kinds of company (shops, airlines, banks, software, energy,
car sharing, pets, travel): what a German-speaking agent might write, and the ordinary
sentences that look like it but are not risky."""

import pytest

from openline.guidance.detectors import Company, RegisterIndex, detect_all
from openline.guidance.detectors.german import looks_german


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
    "Bitte wenden Sie sich an die Verbraucherschlichtungsstelle, wenn Sie nicht einverstanden sind.",
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
    "Barsch und Zander sind heute im Angebot.",
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


@pytest.mark.parametrize("text", CLEAN)
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
