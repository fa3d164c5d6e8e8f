"""Issue 13, german-v11: German legal risk and hostile tone by speech act — money promised for
what a mistake caused, defects known for long, health said as fact, claims settled out of sight,
the law as a threat; mockery, condescension and threats without a swear word, a patronising
address, laughing at a customer. Each family in at least five shapes of its own, with at least
three look-alikes that must stay clean. Every sentence is written for these tests, about
invented trades and companies."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all
from openline.guidance.detectors.german_clauses import families

from .findings import german_reader_limits


def kinds(text: str) -> set[str]:
    return {h.kind for h in detect_all(text, register=RegisterIndex())}


def hits(text: str, kind: str) -> list:
    return [h for h in detect_all(text, register=RegisterIndex()) if h.kind == kind]


LEGAL = {
    "money for what a mistake caused, beyond the price": [
        "Selbstverständlich übernehmen wir die Kosten für das Ersatzzelt und den Campingplatz.",
        "Die Tierarztrechnung für Ihren Kater zahlen wir, das ist doch klar.",
        "Den Leihwagen für die Hochzeitsfahrt bezahlen wir Ihnen, versprochen!",
        "Wir zahlen Ihnen eine neue Jacke im Fachgeschäft, egal wie alt die alte war.",
        "Die Konzertkarten, die wegen der Verspätung verfallen sind, erstatten wir dir.",
        "Babysitter und Taxi für den Abend übernehmen wir, Ehrenwort.",
        "Keine Sorge, wir kaufen Ihnen einen neuen Kinderwagen, egal was der kostet.",
    ],
    "a defect known for long": [
        "Ganz ehrlich, die Fahrradboxen am Bahnhof haben eine Sicherheitslücke, die wir seit "
        "Wochen kennen.",
        "Das Ventil an der Espressomaschine klemmt, das ist ein bekanntes Problem an dieser "
        "Maschine.",
        "Die Bremsen der Mieträder sind seit Monaten nicht richtig gewartet worden.",
        "Wir wissen schon lange, dass die Heizlüfter aus dem Lager zu heiß werden.",
        "Die Deckenleuchten haben einen Konstruktionsfehler, den wir seit Jahren kennen.",
        "Unter uns: Die Schließfächer im Keller haben ein Sicherheitsproblem.",
    ],
    "health said as fact": [
        "Der Ausschlag Ihres Sohnes kommt sicher vom Waschmittel, das wir verwenden.",
        "Ihre Kopfschmerzen liegen bestimmt an den neuen Gläsern.",
        "Die Allergie Ihrer Frau stammt eindeutig von unserem Teppichkleber.",
        "Die Wandfarbe ist völlig unbedenklich, auch wenn Ihr Kind daran leckt.",
        "Nehmen Sie einfach zwei Ibuprofen, dann ist das morgen wieder gut.",
        "Das Streusalz ist für Hunde ganz harmlos, auch wenn sie es fressen und die Pfoten lecken.",
    ],
    "our goods declared unsafe": [
        "Die Trinkflaschen aus dem Sommer sind hygienisch nicht einwandfrei.",
        "Das Futter ist gesundheitlich nicht unbedenklich, bitte nicht mehr verfüttern.",
        "Das Mehl aus der Mühle ist schimmelig, bitte nicht mehr essen.",
        "Die Matratzenbezüge wurden zu kalt gewaschen, das ist hygienisch nicht sicher.",
        "Bitte die Salbe nicht mehr benutzen, sie kann einen Ausschlag machen.",
    ],
    "a regulator who should have closed us": [
        "Das Gewerbeamt hätte die Werkstatt längst zusperren müssen.",
        "Eigentlich müsste das Gesundheitsamt den Imbiss dichtmachen.",
        "Die Lebensmittelkontrolle sollte die Backstube zumachen, so wie es da aussieht.",
        "Die Bauaufsicht hätte uns die Halle eigentlich längst stilllegen müssen.",
        "Das Veterinäramt müsste den Hof eigentlich zusperren.",
    ],
    "a claim settled out of sight": [
        "Lassen Sie den Anwalt weg, das regeln wir unter uns.",
        "Die Versicherung muss davon nichts wissen, das klären wir unter uns.",
        "Ohne Anwalt können wir das untereinander viel schneller erledigen.",
        "Ihre Ansprüche regeln wir lieber privat, ganz ohne Papierkram.",
        "Bevor Sie zur Polizei gehen: Das klären wir doch unter uns.",
    ],
    "the law as a threat": [
        "Wir zeigen Sie wegen Verleumdung an, wenn der Beitrag bleibt.",
        "Sie hören von unserem Anwalt.",
        "Ihre Bewertung ist Rufschädigung, Sie bekommen eine Unterlassungserklärung.",
        "Wenn du das weiter behauptest, verklagen wir dich wegen übler Nachrede.",
        "Dann hören Sie eben von unserer Anwältin.",
    ],
    "someone else's decision guaranteed, with a reassurance": [
        "Ihr Antrag bei der Versicherung geht ganz sicher durch, ich kenne die Sachbearbeiter.",
        "Die Krankenkasse übernimmt das hundertprozentig, da müssen Sie sich keine Sorgen machen.",
        "Keine Sorge, das Visum wird garantiert bewilligt.",
        "Das Gericht gibt Ihnen sicher so recht, machen Sie sich keine Gedanken, das wird "
        "anerkannt.",
        "Der Antrag auf Förderung geht todsicher durch.",
    ],
    "money on top of a refund": [
        "Natürlich bekommen Sie den vollen Preis zurück und obendrauf 100 € als Entschädigung.",
        "Zusätzlich zur Rückerstattung überweise ich Ihnen 80 € für den Ärger.",
        "Sie kriegen das Geld zurück plus 60 Euro on top.",
        "Als Entschuldigung schenken wir Ihnen zusätzlich 150 Franken.",
        "Extra für den Ärger gebe ich dir noch 75 € dazu.",
    ],
    "harm and wrongs owned as fact": [
        "Wir haften für alle Folgeschäden.",
        "Ihre Adresse und Ihr Geburtsdatum waren eine Woche lang für alle sichtbar.",
        "Wir haben die Vorschriften zum Arbeitsschutz in der Halle nicht eingehalten.",
        "Die Spielzeuge enthalten zu viel Blei, aber wir verkaufen sie trotzdem.",
        "Die Reparatur machen wir umsonst, auch wenn die Garantie abgelaufen ist.",
        "Die Kundendaten lagen offen im Netz, aber das melden wir nicht.",
    ],
    "trouble with the authorities foreseen": [
        "Wenn das die Behörde erfährt, sind wir geliefert.",
        "Die Sache mit dem Unfall sollten wir lieber nicht an die große Glocke hängen.",
        "Den Schaden regeln wir ohne Versicherung, bar auf die Hand.",
        "Das bleibt bitte unter uns, sonst kriegen wir Ärger mit der Aufsicht.",
        "Sobald das Ordnungsamt Wind davon bekommt, sind wir dran.",
    ],
    "the contract set aside": [
        "Wir erlassen Ihnen die restlichen Raten komplett.",
        "Die Kündigungsfrist können Sie ignorieren, das regeln wir.",
        "Die Raten müssen Sie nicht mehr zahlen, egal was im Vertrag steht.",
        "Sie können sofort kündigen, auch wenn dort etwas anderes steht.",
        "Die Mahngebühren streichen wir Ihnen alle.",
    ],
}

HOSTILE = {
    "mock admiration": [
        "Wie originell.",
        "Das muss man erst mal schaffen.",
        "Einen Seidenschal in den Trockner zu werfen, das ist schon eine Leistung.",
        "Respekt, das schafft nicht jeder.",
        "Na, da haben Sie ja ganze Arbeit geleistet.",
        "Wie überraschend.",
    ],
    "we have nothing better to do": [
        "Schicken Sie ruhig noch eine sechste Nachricht, wir haben ja sonst nichts zu tun.",
        "Als hätten wir nichts Besseres zu tun.",
        "Ruf ruhig noch ein drittes Mal an.",
        "Wir haben ja sonst nichts anderes zu tun als Ihre Mails.",
        "Schreiben Sie ruhig noch eine weitere Beschwerde.",
    ],
    "condescension without a swear word": [
        "Aber gut, jetzt wissen Sie es.",
        "Ein bisschen mitdenken schadet nicht.",
        "Ein bisserl Hirn einschalten wäre nett.",
        "Das ist doch nicht so schwer zu verstehen.",
        "Sie haben offensichtlich keine Ahnung von Fahrrädern.",
        "Bei Ihnen ist wirklich Hopfen und Malz verloren.",
        "Lernen Sie erst mal lesen.",
        "Ich bin nicht Ihr Kindermädchen, das Ihnen alles hinterherräumt.",
        "Wir sind doch nicht Ihre Sekretärin.",
        "Wenn Sie glauben, wir ersetzen Ihnen das, haben Sie sich geschnitten.",
    ],
    "you should have, then": [
        "Das hätten Sie sich vorher überlegen müssen.",
        "Da hätten Sie halt früher kommen müssen.",
        "Sie müssen eben besser aufpassen.",
        "Sie müend halt läse, was uf em Zettel staht.",
        "Hättest du dich rechtzeitig informiert, wär das nicht passiert, gell.",
        "Du musst halt lesen, was auf der Packung steht.",
    ],
    "a patronising address": [
        "Gute Frau, das steht alles auf der Rechnung.",
        "Hör mal zu, so läuft das hier nicht.",
        "Schätzchen, das war so nicht ausgemacht.",
        "Junger Mann, lesen Sie erst mal Ihren Vertrag.",
        "Hören Sie mal zu, wir sind kein Wunschkonzert.",
        "Passen Sie mal auf.",
        "Na Freundchen, so nicht.",
    ],
    "threats": [
        "Das wird Konsequenzen haben.",
        "Überlegen Sie sich gut, was Sie hier öffentlich schreiben.",
        "Wir können auch anders.",
        "Das wird Ihnen noch leidtun.",
        "Überleg dir genau, was du über uns postest.",
        "Wir behalten uns Konsequenzen vor.",
    ],
    "laughing at a customer": [
        "Der Typ hat die Abholung fünfmal verschlafen 😂",
        "Die Kundin hat den Gutschein dreimal falsch eingegeben 🤣",
        "Hat die Lieferung zweimal verpasst, ich schwör.",
        "Er hat die Nachricht einfach ignoriert 😂",
        "Die Frau hat die Filiale verwechselt, haha.",
    ],
    "set phrases of scorn": [
        "Sonst noch Wünsche?",
        "Ja nee, is klar.",
        "Klar, und ich bin der Kaiser von China.",
        "Sicher, und ich bin der Weihnachtsmann.",
        "Typisch Touristen, erst nicht zuhören und dann meckern.",
        "Typisch Boomer, kann keine App bedienen.",
    ],
    "doubting the reader's wits or sending them away": [
        "Sie sind wohl nicht der Hellste.",
        "Was Sie da schreiben, ist kompletter Blödsinn.",
        "Dafür haben wir keine Zeit, suchen Sie sich einen anderen Laden.",
        "Ihre Rechnung ist Quatsch, das wissen Sie selbst.",
        "Du bist echt nicht die Klügste, oder?",
    ],
    "scorn for what the reader expected": [
        "Was haben Sie denn erwartet, bei dem Preis?",
        "Ehrlich, was erwarten Sie für 9,99 €?",
        "Ihr Drama ist ein bisschen übertrieben, es geht um einen Kaffeebecher.",
        "Jetzt übertreiben Sie aber.",
        "Andere Kunden schaffen das auch ohne Hilfe.",
        "Vielleicht liegt das Problem ja vor dem Bildschirm.",
    ],
    "questions that doubt the reader": [
        "Ist das so schwer?",
        "Können Sie nicht lesen?",
        "Haben Sie überhaupt mal reingeschaut?",
        "Muss man Ihnen alles zweimal sagen?",
        "Na, wieder mal die Bedienungsanleitung nicht gelesen?",
        "Was ist so schwer daran?",
    ],
    "shutting the reader up or out": [
        "Wir diskutieren das nicht weiter.",
        "Langsam reicht es mit Ihren Nachrichten.",
        "Meine Güte, stellen Sie sich nicht so an.",
        "Kommen Sie mal wieder runter.",
        "Heulen Sie doch woanders.",
        "Sie nerven.",
        "Wir sind hier nicht die Caritas.",
        "Bitte verschonen Sie uns mit weiteren Romanen.",
        "Wenn es Ihnen nicht passt, bitte, da ist die Tür.",
        "Dann kündigen Sie halt, und tschüss.",
    ],
    "mockery of the reader's news": [
        "Danke für den wertvollen Hinweis, darauf wären wir nie gekommen.",
        "Oh wow, das ist ja ganz was Neues.",
        "Was für eine Überraschung.",
        "Hallo Herr Brandt,\nmimimi. Die Lieferzeit steht seit Wochen auf der Seite.",
        "Hallo Frau Lenz,\nwelch Überraschung. Sie haben die Bestellung wieder nicht abgeholt.",
    ],
    "blame after the fact": [
        "Schade, dass Sie nicht vorher nachgedacht haben.",
        "Wer nicht hören will, muss fühlen.",
        "Das haben Sie sich selbst eingebrockt.",
        "Kaufen Sie halt nächstes Mal was Ordentliches.",
        "Wären Sie pünktlich gewesen, hätten Sie den Bus noch erwischt.",
        "Das hätten Sie sich denken können.",
        "Vielleicht lernen Sie ja daraus.",
    ],
    "threats, second shapes": [
        "Wir wissen, wo Sie wohnen.",
        "Wir werden Ihr Konto sperren, wenn Sie so weitermachen.",
        "Noch so ein Kommentar und Sie fliegen raus.",
        "Seien Sie vorsichtig mit Ihren Behauptungen.",
        "Das wird ein Nachspiel haben.",
        "Das lassen wir uns nicht gefallen.",
        "Sie werden schon sehen, was Sie davon haben.",
    ],
    "talking down by comparison": [
        "Ihr Sohn hat halt kein Talent, da hilft auch kein teureres Cello.",
        "Das Problem ist nicht die Gitarre, sondern der Spieler.",
        "Musik ist wohl nicht so Ihr Ding.",
        "Ein Profi hätte das gemerkt.",
        "Ihre Bewertung sagt mehr über Sie aus als über uns.",
        "Sie haben wohl noch nie ein Klavier gestimmt.",
        "Sie sind nicht der Erste, der das behauptet.",
    ],
    "dismissing with a shrug word": [
        "Eine Geige für 99 € klingt halt so.",
        "Stimmen Sie das Ding halt mal.",
        "Das ist ja wohl ein Witz.",
        "Offenbar haben Sie das Kleingedruckte nicht gelesen.",
        "Sie haben den Vertrag unterschrieben, also zahlen Sie auch.",
        "Zum letzten Mal: Der Bogen ist nicht inbegriffen.",
    ],
}

CLEAN = {
    "money for what a mistake caused": [
        "Wir übernehmen die Kosten für den Rückversand.",
        "Die Kosten für die Reparatur übernehmen wir im Rahmen der Garantie.",
        "Die Arztkosten können wir leider nicht übernehmen.",
        "Den Kaufpreis erstatten wir Ihnen vollständig.",
        "Wenn Sie bei uns einen neuen Kühlschrank kaufen, nehmen wir den alten kostenlos mit.",
    ],
    "a defect known for long": [
        "Das ist ein bekanntes Problem in der App, das Update kommt nächste Woche.",
        "Wir wissen seit Montag, dass die Lieferung später kommt.",
        "Die Anlage wird seit Jahren regelmäßig gewartet.",
        "Wir kennen das Problem seit Wochen und arbeiten an einer Lösung.",
        "Ganz ehrlich: Die Schließfächer haben kein Sicherheitsproblem, das Schloss klemmt nur.",
    ],
    "health said as fact": [
        "Bitte lassen Sie beim Hautarzt abklären, ob der Ausschlag vom Waschmittel kommt.",
        "Ob die Farbe für Kinderzimmer unbedenklich ist, steht im Datenblatt des Herstellers.",
        "Bei Kopfschmerzen sprechen Sie bitte mit Ihrem Augenarzt.",
        "Fragen Sie in der Apotheke, ob Sie Ibuprofen dazu nehmen dürfen.",
    ],
    "our goods declared unsafe": [
        "Die Matratzen sind frisch gereinigt und hygienisch einwandfrei.",
        "Den alten Link bitte nicht mehr benutzen, der neue steht unten.",
        "Die Gutscheine vom letzten Jahr bitte nicht mehr verwenden.",
    ],
    "a regulator who should have closed us": [
        "Das Ordnungsamt müsste die Genehmigung eigentlich bis Freitag erteilen.",
        "Das Gesundheitsamt hat die Küche geprüft und nichts beanstandet.",
        "Eigentlich sollte das Bürgeramt den Termin längst bestätigt haben.",
    ],
    "a claim settled out of sight": [
        "Das klären wir intern mit dem Lager und melden uns morgen.",
        "Wenn Sie einen Anwalt einschalten möchten, ist das Ihr gutes Recht.",
        "Unter uns gesagt: Der neue Kaffee ist noch besser als der alte.",
    ],
    "the law as a threat": [
        "Bitte melden Sie Beiträge mit Verleumdungen über den Melde-Knopf.",
        "Sie hören von uns bis Freitag.",
        "Unsere Rechtsabteilung prüft Ihre Anfrage, Sie hören dann von uns.",
    ],
    "someone else's decision guaranteed": [
        "Keine Sorge, wir helfen Ihnen gern beim Antrag.",
        "Ob die Kasse das übernimmt, entscheidet sie selbst; wir schicken Ihnen die Unterlagen.",
        "Durch den Umbau bleibt die Filiale heute geschlossen, keine Sorge.",
    ],
    "mock admiration": [
        "Wie schön, dass Ihnen der Kaffee schmeckt!",
        "Das muss man erst mal einrichten, dann läuft es von allein.",
        "Respekt an unser Lagerteam, das war eine tolle Woche!",
        "Ihr Team hat ganze Arbeit geleistet, danke an alle.",
    ],
    "we have nothing better to do": [
        "Rufen Sie ruhig noch einmal an, wenn etwas fehlt.",
        "Wir haben ja zum Glück genug Ersatzteile da.",
        "Sie können uns ruhig noch schreiben, wir antworten gern.",
        "Rufen Sie ruhig noch ein zweites Mal an, falls die Leitung besetzt ist.",
    ],
    "condescension without a swear word": [
        "Jetzt wissen Sie, wo die Filiale ist. Bis bald!",
        "Denken Sie bitte daran, den Beleg mitzubringen.",
        "Das ist nicht so schwer: einfach den Knopf drei Sekunden halten.",
        "Wir haben leider keine Ahnung, wo das Paket gerade steckt, und fragen bei der Post nach.",
        "Wenn Sie glauben, dass der Fehler bei uns liegt, melden Sie sich gern.",
        "Ich bin nicht Ihre Ansprechpartnerin, aber ich leite das gern weiter.",
    ],
    "you should have, then": [
        "Sie hätten gern früher Bescheid geben können, aber kein Problem.",
        "Sie müssen nur die Anleitung auf Seite 3 lesen, dann klappt es.",
        "Das hätten wir früher merken müssen, Entschuldigung.",
    ],
    "a patronising address": [
        "Passen Sie gut auf sich auf!",
        "Hören Sie gern mal in unseren Podcast rein.",
        "Liebe Frau Albers, danke für Ihre Nachricht.",
        "Ihr Sohn ist ein junger Mann mit Geschmack, der Anzug steht ihm super.",
    ],
    "threats": [
        "Das hat Konsequenzen für die Lieferzeit, leider.",
        "Überlegen Sie in Ruhe, welches Modell Ihnen gefällt.",
        "Wir können das auch anders lösen, zum Beispiel per Überweisung.",
        "Es tut uns noch immer leid, dass das passiert ist.",
    ],
    "laughing at a customer": [
        "Wir haben die Abholung dreimal verschoben, sorry 😂",
        "Ich hab den Termin selbst vergessen 🤣",
        "Haha, danke für das schöne Foto vom Hund!",
    ],
    "set phrases of scorn": [
        "Sonst noch Fragen? Melden Sie sich jederzeit.",
        "Ja, klar, das machen wir gern.",
        "Typisch Montag, die Maschine streikt schon wieder 😅",
        "Typisch für unsere Kunden ist, dass sie den Kaffee frisch mahlen lassen.",
    ],
    "doubting the reader's wits or sending them away": [
        "Ihre Ahnung war richtig, das Kabel war locker.",
        "Das ist natürlich kein Unsinn, Ihre Frage ist berechtigt.",
        "Bitte kaufen Sie keine Ersatzteile woanders, die passen oft nicht.",
        "Sie können gern auch bei einem anderen Anbieter bestellen, wir helfen beim Umzug.",
    ],
    "money on top of a refund": [
        "Die Reparatur kostet zusätzlich 80 €.",
        "Ich habe Ihnen zusätzlich 10 € Guthaben gutgeschrieben.",
        "Zusätzlich zur Erstattung gibt es keine 50 € Pauschale, das sieht der Vertrag nicht vor.",
        "Plus 60 € Versandgebühr, wie im Shop angegeben.",
    ],
    "harm and wrongs owned as fact": [
        "Wir haften gemäß unseren AGB nur bei Vorsatz.",
        "Ihre Adresse ist nur für Sie und unseren Fahrer sichtbar.",
        "Wir halten alle Vorschriften zum Arbeitsschutz ein.",
        "Die Garantie ist abgelaufen, die Reparatur kostet leider 45 €.",
    ],
    "trouble with the authorities foreseen": [
        "Das Ordnungsamt hat die Straße gesperrt, wir liefern morgen.",
        "Unter uns gesagt: Der neue Kaffee ist noch besser als der alte.",
        "Die Behörde hat den Antrag erhalten, wir melden uns, sobald wir mehr wissen.",
    ],
    "scorn for what the reader expected": [
        "Was erwarten Sie von der neuen Version? Wir sammeln Wünsche.",
        "Die Lieferzeit war übertrieben lang, das tut uns leid.",
        "Andere Kunden haben das gleiche Problem gemeldet, wir prüfen es gerade.",
    ],
    "questions that doubt the reader": [
        "Können Sie die Rechnung nicht öffnen? Dann schicken wir sie noch einmal.",
        "Haben Sie die Mail mit dem Code erhalten?",
        "Ist das Paket sehr schwer? Dann holen wir es ab.",
    ],
    "shutting the reader up or out": [
        "Das diskutieren wir gern weiter im Team und melden uns.",
        "Für Zuschüsse reicht es, wenn Sie das Formular in der Filiale abgeben.",
        "Außen bleibt die Tür kühl, innen wird es sehr heiß.",
        "Bitte beruhigen Sie das Kind mit dem Schnuller, bis der Arzt kommt.",
        "Das ist zum Heulen, sorry für den Ärger!",
    ],
    "mockery of the reader's news": [
        "Was für eine schöne Überraschung, danke für die Blumen!",
        "Gibt es was Neues vom Paket? Wir fragen nach.",
        "Auf die Idee wären wir nie gekommen, danke, wir bauen das ein!",
    ],
    "blame after the fact": [
        "Das hättest du nicht wissen können, kein Problem.",
        "Sie müssen vorher nichts lesen, wir erklären alles vor Ort.",
        "Wären Sie so nett, uns die Bestellnummer zu schicken?",
    ],
    "threats, second shapes": [
        "Sie hören von uns bis Freitag.",
        "Das hat für Sie kein Nachspiel, versprochen.",
        "Wo wohnen Sie denn, damit wir den Techniker schicken können?",
    ],
    "the contract set aside": [
        "Wir erlassen keine Gebühren, das sieht der Vertrag nicht vor.",
        "Die Frist steht im Vertrag unter Punkt 4.",
        "Egal was Sie wählen, wir beraten Sie gern.",
    ],
    "talking down by comparison": [
        "Das Problem ist nicht Ihr Gerät, sondern unser Server, sorry!",
        "Sie haben noch nie bei uns bestellt? Willkommen!",
        "Ein Profi aus der Werkstatt hat das Instrument geprüft.",
        "Technik ist nicht so mein Ding, aber ich frage die Kollegen.",
    ],
    "dismissing with a shrug word": [
        "Das ist leider so, tut mir leid.",
        "Schauen Sie gern mal in der App nach.",
        "Das war natürlich ein Witz von uns 😉",
        "Offenbar haben wir Ihre Mail übersehen, sorry!",
    ],
}


@pytest.mark.parametrize(
    ("family", "text"), [(family, text) for family, texts in LEGAL.items() for text in texts]
)
def test_german_legal_risk_is_found_by_its_speech_act(family, text):
    assert "legal_risk" in kinds(text), family


@pytest.mark.parametrize(
    ("family", "text"), [(family, text) for family, texts in HOSTILE.items() for text in texts]
)
def test_german_hostile_tone_is_found_without_a_swear_word(family, text):
    assert "hostile_tone" in kinds(text), family


@pytest.mark.parametrize(
    ("family", "text"),
    german_reader_limits([(family, text) for family, texts in CLEAN.items() for text in texts]),
)
def test_german_near_misses_stay_clean(family, text):
    assert not kinds(text) & {"legal_risk", "hostile_tone"}, family


def test_every_family_has_five_shapes_and_three_near_misses():
    assert all(len(texts) >= 5 for texts in (*LEGAL.values(), *HOSTILE.values()))
    assert all(len(texts) >= 3 for texts in CLEAN.values())


def test_a_threat_is_explained_as_a_threat_in_german():
    from django.utils import translation

    found = hits(
        "Überlegen Sie sich gut, was Sie hier über unsere Filiale schreiben.", "hostile_tone"
    )
    assert found
    with translation.override("de"):
        assert "Drohung" in str(found[0].message)
        assert "Warnung" in str(found[0].suggestion)


def test_a_patronising_address_is_explained_in_german():
    from django.utils import translation

    found = hits("Gute Frau, das steht alles auf Ihrer Rechnung.", "hostile_tone")
    assert found
    with translation.override("de"):
        assert "Anrede" in str(found[0].message)


def test_a_reassurance_is_not_a_negation():
    # "keine Sorge" does not negate the guarantee; "nicht" still does.
    text = "Die Krankenkasse übernimmt das garantiert, keine Sorge."
    assert [k for k, *_ in families(text, [])] == ["legal_risk"]
    assert not list(families("Die Krankenkasse übernimmt das garantiert nicht, keine Sorge.", []))


def test_the_money_family_marks_the_payer_and_the_cost():
    text = "Danke für Ihre Geduld. Die Tierarztrechnung für Ihren Kater zahlen wir."
    found = hits(text, "legal_risk")
    assert [text[h.start : h.end] for h in found] == ["Tierarztrechnung für Ihren Kater zahlen wir"]


def test_a_laugh_at_our_own_slip_is_not_mockery():
    assert "hostile_tone" not in kinds("Wir haben den Termin verpasst 😂 Sorry, neuer kommt!")
    assert "hostile_tone" in kinds("Der Kunde hat den Termin verpasst 😂")
