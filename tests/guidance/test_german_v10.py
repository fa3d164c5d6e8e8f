"""Issue 13, german-v10: German legal risk, hostile tone and profanity where German puts its
words apart — the verb's second half at the clause's end after a long middle field, particles
(halt, doch, eben, ja, mal, einfach) inside set phrases, compounds around their head, Swiss "ss"
for "ß", Austrian and Swiss dialect forms — each family in at least five shapes, with the
look-alikes that must stay clean (the customer quoted, negation, the company's irony at itself,
polite firm refusals). Every sentence is written for these tests, about invented trades."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all

from .findings import german_reader_limits

WORDING = ("legal_risk", "hostile_tone")


def kinds(text: str) -> set[str]:
    return {h.kind for h in detect_all(text, register=RegisterIndex())}


def marked(text: str, kind: str) -> list[str]:
    return [
        text[h.start : h.end] for h in detect_all(text, register=RegisterIndex()) if h.kind == kind
    ]


LEGAL = {
    "a regulator's penalty falls on us, whatever stands between": [
        "Das Veterinäramt wird uns wegen der Kühlkette in der Filiale am Bahnhof über kurz oder "
        "lang ein ordentliches Bußgeld aufbrummen.",
        "Wenn das rauskommt, haben wir die Lebensmittelaufsicht schneller am Hals, als uns "
        "lieb ist.",
        "Die Finma knöpft uns für die fehlenden Unterlagen zur Kundenidentifikation sicher eine "
        "saftige Busse auf.",
        "Ich wette, die Gewerbeaufsicht nimmt sich die Werkstatt noch vor, und dann gibt's eine "
        "Strafe.",
        "Spätestens nach der nächsten Begehung verhängt die Behörde gegen unseren Betrieb "
        "Sanktionen, das ist klar.",
    ],
    "an incident kept from those owed it": [
        "Den Vorfall mit den Kundendaten sollten wir lieber nicht der Datenschutzbehörde melden.",
        "Die Sache mit dem Gasgeruch müssen wir der Versicherung ja nicht unbedingt mitteilen.",
        "Das Leck im Tank verschweigen wir gegenüber den Mietern erst mal.",
        "Intern wird der Unfall an der Presse vertuscht, bis Gras drüber gewachsen ist.",
        "Die Beschwerden über die Bremsen kehren wir am besten unter den Teppich.",
    ],
    "a defect known across a line": [
        "Das Problem mit den Scharnieren ist bei der ganzen Serie bekannt.",
        "Dass die Dichtungen dieser Charge undicht werden, wussten wir schon im Frühjahr.",
        "Der Fehler an der Kupplung ist uns bei der Baureihe seit Jahren bekannt.",
        "Bei der aktuellen Generation ist die Macke mit dem Akku leider bekannt.",
        "Die überhitzenden Netzteile aus der Lieferung vom März sind intern ein bekanntes Thema.",
    ],
    "someone else's decision guaranteed": [
        "Ich garantiere Ihnen, dass die Krankenkasse die Behandlung übernimmt.",
        "Die Versicherung zahlt das ganz sicher, darauf gebe ich Ihnen mein Wort.",
        "Versprochen: Mit unserem Kurs bestehen Sie die Prüfung beim ersten Anlauf.",
        "Das Gericht wird das so anerkennen, da lege ich meine Hand ins Feuer.",
        "Der Antrag wird todsicher genehmigt, das Amt winkt so etwas immer durch.",
    ],
    "a reward for a review": [
        "Wenn Sie Ihre Bewertung auf vier Sterne anheben, schicken wir Ihnen einen Gutschein.",
        "Löschen Sie den Kommentar mit der Ein-Sterne-Bewertung, dann gibt es 20 % Rabatt.",
        "Für eine Fünf-Sterne-Rezension bekommst du von uns ein kleines Geschenk, sobald sie "
        "online ist.",
        "Falls ihr die negative Bewertung entfernt, erstatten wir euch das Geld für die Lieferung.",
        "Ändern Sie die Rezension, und wir legen einen Gutschein über 30 Franken bei.",
    ],
    "breaking the law admitted with a hedge": [
        "Die Lehrlinge machen die Abnahme allein. Eigentlich ist das verboten.",
        "Offiziell dürften wir das so nicht lagern, eigentlich ist das auch nicht erlaubt.",
        "Streng genommen ist die Art, wie wir die Gebühren berechnen, unzulässig.",
        "Eigentlich ist es rechtswidrig, die Verträge so zu verlängern, aber alle machen es.",
        "Die Kameras im Pausenraum sind eigentlich illegal, hat der Chef gesagt.",
    ],
    "a third party's record promised away": [
        "Den Schufa-Eintrag lassen wir natürlich löschen.",
        "Ich sorge dafür, dass der negative Eintrag bei der Auskunftei gestrichen wird, ich "
        "kümmere mich.",
        "Die Betreibung ziehen wir zurück und lassen sie auch aus dem Register löschen.",
        "Wir entfernen den Inkasso-Vermerk aus deiner Bonitätsauskunft, versprochen.",
        "Der KSV-Eintrag wird von uns gelöscht, sobald Sie bezahlt haben.",
    ],
    "liability for a harm taken on, the words far apart": [
        "Wir übernehmen für den Schaden an Ihrem Parkett selbstverständlich die volle "
        "Verantwortung.",
        "Für die Verbrühung Ihrer Tochter tragen wir natürlich die Haftung.",
        "Ich erkenne im Namen der Firma unsere Schuld an dem Unfall auf der Treppe an.",
        "Wir haften selbstverständlich auch für sämtliche Folgeschäden am Dach.",
        "Der Sturz im Eingang war eindeutig unser Fehler, der Boden war frisch gewischt.",
    ],
    "the law as a threat or a taunt": [
        "Wir werden gegen Sie rechtliche Schritte einleiten.",
        "Ich schalte jetzt unseren Anwalt ein, dann sehen wir weiter.",
        "Wir haben die Sache an unseren Anwalt übergeben, der meldet sich bei Ihnen.",
        "Klagen Sie ruhig, Sie verlieren sowieso.",
        "Vor Gericht hast du gegen uns keine Chance.",
    ],
    "a settlement bought, or silence": [
        "Wir zahlen Ihnen 300 €, wenn Sie die Anzeige zurückziehen.",
        "Falls Sie auf weitere Ansprüche verzichten, überweisen wir den Betrag noch heute.",
        "Dafür, dass du die Beschwerde bei der Schlichtungsstelle zurücknimmst, gibt es einen "
        "Gutschein.",
        "Gegen Stillschweigen über den Vorfall bieten wir eine Entschädigung an.",
        "Die Abfindung gibt es nur mit einer Verschwiegenheitsklausel.",
    ],
    "talked out of the police, the courts or a consumer body": [
        "Die Polizei brauchen Sie da nicht einzuschalten, das regeln wir unter uns.",
        "Einen Anwalt brauchst du dafür wirklich nicht.",
        "Eine Anzeige ist nicht nötig, Sie bekommen das Geld ja zurück.",
        "Die Verbraucherzentrale müssen Sie deswegen nicht bemühen, sparen Sie sich den Weg.",
        "Zum Gericht braucht ihr damit nicht, das lohnt sich nicht.",
    ],
    "medical advice support cannot stand behind": [
        "Zum Arzt müssen Sie deswegen nicht, das geht von allein weg.",
        "Einen Tierarzt brauchst du da nicht, Hunde vertragen das.",
        "Eine Notaufnahme ist wirklich nicht nötig, kühlen Sie die Stelle einfach.",
        "Nehmen Sie ruhig die doppelte Dosis, dann wirkt es schneller.",
        "Bei starken Schmerzen können Sie die Tabletten auch verdoppeln.",
    ],
    "a data breach owned as fact": [
        "Bei dem Angriff im Mai sind leider auch Ihre Kundendaten abgeflossen, das wissen wir "
        "seit Wochen.",
        "Die Passwörter unserer Nutzer wurden gestohlen.",
        "Wir hatten eine Datenpanne, Ihre Adresse war für alle einsehbar.",
        "Bei uns gab es einen Hackerangriff, dabei wurden Bankdaten geklaut.",
        "Unser Dienstleister hat die Telefonnummern weitergegeben, das war ein Datenleck bei uns.",
    ],
    "our own grave mistakes and carrying on regardless": [
        "Das war ein Montagefehler von uns, der Schrank hätte verschraubt werden müssen.",
        "Ganz ehrlich: ein Beratungsfehler unsererseits.",
        "Die Bremse ist eine Fehlkonstruktion von uns, das weiß hier jeder.",
        "Der Boiler war defekt, und wir haben einfach weitervermietet.",
        "Obwohl die Ventile klemmen, verkaufen wir die Geräte trotzdem weiter.",
    ],
    "nothing in writing": [
        "Bitte nicht schriftlich begründen, nur am Telefon.",
        "Das besser nicht schriftlich festhalten, Kolleginnen.",
        "Am besten nur mündlich zusagen, dann kann uns keiner was.",
        "Wir klären die Entschädigung lieber mündlich, sagt die Chefin.",
        "Lieber nichts schriftlich geben, das ist uns zu heikel.",
    ],
    "a hazard of a line said as fact": [
        "Die Leitern aus der letzten Lieferung können unter Last brechen.",
        "Da gibt es ein bekanntes Materialproblem, die Gurte können reißen.",
        "Bei dieser Charge können die Akkus überhitzen.",
        "Die Flaschen aus der Produktion vom Mai könnten platzen.",
        "Der Fehler ist bekannt: die Kabel können schmelzen.",
    ],
    "exceptions beyond the policy": [
        "Wir erstatten Ihnen den Betrag auch ohne Kassenbon.",
        "Den Föhn tauschen wir dir auch nach Ablauf der Garantiezeit um.",
        "Obwohl die Frist abgelaufen ist, ersetzen wir Ihnen die Matratze.",
        "Auf die Pumpe geben wir Ihnen eine lebenslange kostenlose Reparatur.",
        "Für Sie ist der Service ab jetzt für immer gratis.",
    ],
    "a law broken by us, our goods toxic": [
        "Da haben wir leider gegen die DSGVO verstoßen.",
        "Unsere Filiale hat die Brandschutzvorschriften monatelang ignoriert.",
        "Wir verstoßen mit den Nachtschichten gegen das Arbeitszeitgesetz, das weiß jeder.",
        "Die Charge vom Juni ist mit Listerien belastet, ehrlich gesagt.",
        "Unsere Farben sind leider krebserregend, das steht nur nirgends.",
    ],
    "an insurer coached": [
        "Sagen Sie der Versicherung einfach, der Schaden sei beim Umzug passiert.",
        "Schreib der Versicherung am besten, dass das Rad schon kaputt war.",
        "Erzählen Sie dem Gutachter lieber, es war ein Unfall.",
        "Geben Sie bei der Versicherung ruhig an, dass der Schaden durch Sturm entstanden ist.",
        "Der Polizei sagen Sie am besten, dass Sie nicht schuld waren.",
    ],
}

HOSTILE = {
    "counting how often we said it": [
        "Wie bereits mehrfach erwähnt, ist der Umtausch nach 14 Tagen ausgeschlossen.",
        "Ich habe Ihnen jetzt zum dritten Mal erklärt, wie das Formular funktioniert.",
        "Das is jetzt scho des vierte Mal, dass i Ihna des Passwort erklär.",
        "Ich ha's Ihne drüümal gseit: Der Termin isch am Mäntig.",
        "Wir haben dir das nun schon zigmal geschrieben.",
    ],
    "rhetorical questions that dismiss": [
        "Ist das jetzt wirklich unser Problem?",
        "Und warum sollte das bitte unser Problem sein?",
        "Die Anleitung liegt bei. Aber wer liest so was schon.",
        "Tja, wer schaut heutzutage noch in die Bedienungsanleitung schon.",
        "Was kann bei einem Kabel denn schon schiefgehen, wenn man es richtig einsteckt? Wer "
        "fragt so was schon.",
    ],
    "no help for those who do not listen": [
        "Wer die Packungsbeilage nicht liest, dem kann ich auch nicht helfen.",
        "Wenn Sie mir nicht zuhören, kann ich Ihnen nicht helfen.",
        "Solange du nicht verstehst, wie ein Abo funktioniert, kann dir keiner helfen.",
        "Wenn Sie die Mails nicht lesen, können wir Ihnen auch nicht weiterhelfen.",
        "Wer nicht aufpasst, dem kann man nicht helfen.",
    ],
    "sarcasm": [
        "Gratuliere, Sie haben es als Erster geschafft, einen Toaster zu überfluten.",
        "Respekt, du hast es tatsächlich hinbekommen, den Schlüssel abzubrechen.",
        "Sie meinen also, das Wasser kam von allein in die Kiste. Interessante Logik.",
        "Der Regen ist also schuld, dass du den Akku nicht geladen hast. Spannende Theorie!",
        "Wir hatten schon fast vermisst, dass sich jemand über die Parkplätze beschwert.",
        "Ach so, und jetzt sind wir schuld, dass der Schirm im Sturm umgeklappt ist?",
    ],
    "condescension": [
        "Das wissen wir beide.",
        "Wie Sie sehr wohl wissen, gilt die Frist für alle.",
        "Vielleicht versuchen Sie es beim nächsten Mal ohne Großbuchstaben.",
        "Ihr Tonfall übrigens auch, dann antworten wir auch schneller.",
        "Probier's doch mal mit weniger Ausrufezeichen, du.",
    ],
    "blame": [
        "Fahrradrahmen brechen nicht von allein.",
        "Ein Display geht nicht von selbst kaputt.",
        "Hätten S' halt die Versicherung genommen, gell?",
        "Hättest du eben die Anleitung gelesen.",
        "Hätten Sie doch einfach früher angerufen.",
    ],
    "lecturing in set phrases": [
        "Wer lesen kann, ist klar im Vorteil.",
        "Augen auf beim Autokauf, kann ich da nur sagen.",
        "Das steht doch in der Anleitung auf Seite zwei.",
        "Die Frist steht ja fettgedruckt in Ihrem Vertrag.",
        "Lies doch einfach mal die Mail, die wir dir geschickt haben.",
        "Schau halt in die App, da steht alles.",
        "Googeln Sie eben selbst nach dem Fehlercode.",
    ],
    "questions that doubt the reader": [
        "Haben Sie die Mail überhaupt gelesen?",
        "Hast du eigentlich verstanden, was ich geschrieben habe?",
        "Ist das so schwer zu verstehen für Sie?",
        "Wie oft denn noch?",
        "Und wie oft soll ich das noch erklären?",
    ],
    "shrugging it off": [
        "Damit müssen Sie halt leben.",
        "Da musst du eben durch.",
        "Damit müsst ihr euch wohl abfinden.",
        "Tja, Pech gehabt.",
        "Das ist nicht unser Bier.",
    ],
    "blame put on the reader": [
        "Da sind Sie selbst schuld.",
        "Das hast du dir selber zuzuschreiben.",
        "Das ist dann wohl Ihr Problem.",
        "Hätten Sie die Hinweise gelesen, wüssten Sie das.",
        "Wenn du aufgepasst hättest, wäre das nicht passiert.",
    ],
    "mock praise and mock welcome": [
        "Das haben Sie ja toll hinbekommen.",
        "Das hast du ja super gemacht, jetzt ist das Display hin.",
        "Schön, dass Sie sich auch mal melden.",
        "Nett, dass du auch mal vorbeischaust.",
        "Da haben Sie ja prima geschafft, den Filter zu verstopfen.",
    ],
    "talking down": [
        "Das kann doch jedes Kind.",
        "Das schafft sogar meine Oma.",
        "Ich erkläre es Ihnen ganz langsam.",
        "Hier noch mal zum Mitschreiben: Taste drücken, warten, fertig.",
        "Das ist doch nicht so schwer.",
    ],
    "more set phrases of talking down": [
        "Lesen Sie erst mal die FAQ, bevor Sie schreiben.",
        "Was glauben Sie eigentlich, wer Sie sind?",
        "Ach, Sie schon wieder.",
        "Kein Wunder, dass das Display gesprungen ist, wenn du damit Nüsse knackst.",
        "Manche Leute lernen es nie.",
        "Na super, das hat ja prima geklappt.",
        "Danke für nichts.",
    ],
    "insults and shutting someone up": [
        "Der Typ über mir ist doch ein kompletter Depp.",
        "Der Kollege vom Lager ist ein ausgemachter Vollpfosten.",
        "Dein Nachbar ist halt ein riesiger Trottel.",
        "Halt doch einfach die Klappe, wenn du nichts beizutragen hast.",
        "Haltet mal den Rand, ihr zwei.",
    ],
}

CLEAN = [
    # Polite firm refusals.
    "Die Kosten für das Gutachten können wir leider nicht übernehmen.",
    "Eine Rücknahme geöffneter Kosmetik ist aus hygienischen Gründen gesetzlich nicht erlaubt.",
    "Da kann ich Ihnen leider nicht weiterhelfen, bitte wenden Sie sich an Ihre Bank.",
    "Ob die Krankenkasse die Behandlung übernimmt, können wir nicht garantieren.",
    "Bitte achten Sie auf Ihren Ton, sonst müssen wir den Chat beenden.",
    # Negation.
    "Das Ordnungsamt wird uns keine Strafe geben, die Genehmigung liegt vor.",
    "Ein Problem mit dieser Serie ist uns nicht bekannt.",
    "Wir bieten keine Gutscheine für Bewertungen an.",
    "Wir verschweigen nichts: Der Bericht geht heute an die Behörde.",
    # The customer quoted or reported.
    "> Ist das jetzt euer Problem?\nJa, und wir lösen es heute.",
    "Sie haben uns schon dreimal geschrieben, das tut mir leid.",
    "du hast jetzt viermal geschrieben und bist verärgert \u2013 zu Recht.",
    # The company's irony at itself and friendly talk.
    "Wir haben es tatsächlich geschafft, Ihre Adresse zweimal falsch zu schreiben, Entschuldigung.",
    "Gratuliere, Sie haben es geschafft: Ihr Konto ist freigeschaltet.",
    "Hätten Sie gern einen Rückruf morgen früh?",
    "Das Problem ist uns bekannt, morgen kommt der Techniker.",
    "Wir übernehmen für Lieferschäden keine Haftung, bitte melden Sie sie dem Paketdienst.",
    "Wir haften nur bei Vorsatz und grober Fahrlässigkeit.",
    "Bitte lesen Sie die Anleitung, bevor Sie das Gerät anschließen.",
    "Klicken Sie einfach auf „Weiter“.",
    "Schauen Sie doch gern mal bei uns im Laden vorbei!",
    "Ihre Anfrage haben wir an die Rechtsabteilung weitergeleitet.",
    "Damit müssen Sie leider leben, bis das Ersatzteil kommt \u2013 das tut mir leid.",
    "Da hatten wir wohl Pech mit dem Wetter.",
    "Hätten wir besser aufgepasst, wäre das nicht passiert. Entschuldigung!",
    "Bitte gehen Sie bei Beschwerden zum Arzt.",
    "Nehmen Sie die Tabletten nur nach Rücksprache mit Ihrem Arzt.",
    "Ihre Daten wurden nicht weitergegeben.",
    "Wir haben Ihr Problem an die Technik weitergegeben.",
    "Das haben Sie super gemacht, vielen Dank für die Fotos!",
    "Wenn Sie klagen möchten, ist das Ihr gutes Recht.",
    "Die Akkus dieser Serie können bei falscher Lagerung überhitzen.",
    "Das können wir Ihnen leider nicht schriftlich bestätigen.",
    "Uns ist ein Fehler unterlaufen, wir schicken die richtige Größe noch heute.",
    "Wir verkaufen das Modell weiter, weil es sehr beliebt ist.",
    "Ohne Beleg können wir leider nichts erstatten.",
    "Wir halten uns an die DSGVO und geben keine Daten weiter.",
    "Wir prüfen gerade, ob die Charge verunreinigt ist.",
    "Bitte geben Sie der Versicherung die Schadensnummer an.",
    "Kein Wunder, dass Sie verärgert sind, das tut mir leid.",
    "Danke für Ihre Geduld.",
    "Am 12. Mai haben wir das Paket verschickt. Die Sendung ist unterwegs.",
    # Ordinary German that holds a swear word's letters or an authority's name.
    "Insgesamt hat das Amt drei Wochen gebraucht, die Genehmigung liegt jetzt vor.",
    "Die Marschroute steht, der Barsch ist frisch, und das Pissoir wird morgen gereinigt.",
    "Der Koffer ist seicht zerkratzt, wir tauschen ihn aus.",
    "Wer schon Kunde ist, bekommt den Rabatt automatisch.",
]

PROFANE = [
    "Des is a Oasch, ehrlich.",
    "Der Paketbote is a Wappler.",
    "Das ist doch huere Seich.",
    "Gopfertami, scho wieder kaputt!",
    "Ihr habt mich verarscht.",
    "Der Service ist zum Kotzen.",
    "So ein Vollarsch.",
    "Dieser Klugscheisser von der Hotline!",
    "Das ist ein Drecksladen.",
    "Der Typ ist ein Hornochse.",
    "Halt doch einfach die Fresse.",
    "Du kannst mich mal!",
    "Was für ein Saftladen.",
    "Schleich di!",
    "Der ist doch ein kompletter Depp.",
    "Sch31ße, schon wieder.",
]


@pytest.mark.parametrize(
    ("family", "text"), [(family, text) for family, texts in LEGAL.items() for text in texts]
)
def test_german_legal_risk_is_found_in_any_word_order(family, text):
    assert "legal_risk" in kinds(text), family


@pytest.mark.parametrize(
    ("family", "text"), [(family, text) for family, texts in HOSTILE.items() for text in texts]
)
def test_german_hostile_tone_is_found_in_any_word_order(family, text):
    assert "hostile_tone" in kinds(text), family


@pytest.mark.parametrize("text", german_reader_limits(CLEAN))
def test_german_look_alikes_stay_clean(text):
    assert not kinds(text) & {"legal_risk", "hostile_tone", "profanity"}


def test_an_insult_quoted_from_the_customer_is_not_our_hostile_tone():
    text = "Sie schreiben: „Ihr seid doch alle Vollpfosten.“ Wir verstehen den Ärger."
    assert "hostile_tone" not in kinds(text)


@pytest.mark.parametrize("text", PROFANE)
def test_german_austrian_and_swiss_swearing_is_profanity(text):
    assert "profanity" in kinds(text)


def test_a_family_marks_its_words_across_the_middle_field_and_explains_itself():
    text = (
        "Danke für den Hinweis. Das Veterinäramt wird uns wegen der Kühlkette früher oder später "
        "ein Bußgeld aufbrummen."
    )
    hits = [h for h in detect_all(text, register=RegisterIndex()) if h.kind == "legal_risk"]
    assert [text[h.start : h.end] for h in hits] == [
        "Veterinäramt wird uns wegen der Kühlkette früher oder später ein Bußgeld aufbrummen"
    ]
    assert str(hits[0].message) and str(hits[0].suggestion)


def test_swiss_spelling_reaches_the_phrase_rules():
    # "ß" written "ss", as Swiss German does: the same finding as the German spelling.
    german = "Die Rechtsabteilung will das mit einem Vergleich außergerichtlich regeln."
    assert "legal_risk" in kinds(german)
    assert "legal_risk" in kinds(german.replace("ß", "ss"))


def test_english_text_is_not_read_by_the_german_families():
    assert not kinds("Is that really our problem? We both know the answer.") & {"legal_risk"}
