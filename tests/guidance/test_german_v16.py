"""Issue 13, session 21 (german-v16): German legal risk and hostile tone by what a sentence does,
in any word order (german_clauses.py, "Session 21").

Legal risk: keeping customers from suing ("…, damit keiner klagt"), a pending claim's outcome
promised ("Schmerzensgeld bekommen Sie auf jeden Fall"), an insurer's payment guaranteed,
consequential costs paid by us in the passive ("wird von uns ersetzt") or taken on with
"aufkommen" and "geradestehen", a licence or a chamber's inquiry foreseen, a defect our own
production made, our vehicles said not to be roadworthy, harm to health owned. Hostile tone:
"so blöd?", "zu faul, …", "nicht zum zehnten Mal", "ist deine Sache", "wofür man zahlt", "so
schwer ist das doch nicht", "Manche von euch sollte man …", "der alles besser weiß", "gesunder
Menschenverstand", "Na klar, sonst noch Wünsche?", "nichts zu diskutieren", "Wer …, muss sich
nicht wundern", "Vielleicht hätten Sie … sollen", "wenn's dir zu teuer ist, … halt …", "Haben
Sie sonst keine Hobbys?", "ganz langsam" said, "nicht mehr zu helfen", "noch ein fünftes Mal",
"der Dritte heute, der … nicht versteht". Each has look-alikes that stay clean: the same words
negated, left to the reader kindly, reassuring, or granted by the terms. The sentences are
written for these tests, about invented trades; the rules alone are tested."""

import pytest

from openline.guidance.detectors import german

WORDING = {"legal_risk", "hostile_tone"}


def kinds(text: str) -> set[str]:
    return {m.kind for m in german.wording(text)} & WORDING


@pytest.mark.parametrize(
    "text",
    [
        "Intern heißt es, wir sollen Reklamationen mit Rabatten abwickeln, damit niemand klagt.",
        "Die Chefin will Schäden mit Gratis-Reparaturen erledigen, damit keiner zum Anwalt geht.",
        "Schmerzensgeld bekommen Sie auf jeden Fall, das ist so gut wie sicher.",
        "Keine Sorge, Ihr Versicherungsfall geht garantiert durch.",
        "Ich garantiere dir, dass die Haftpflicht den ganzen Wasserschaden ersetzt.",
        "Die Kosten für das Hotel werden selbstverständlich von uns übernommen.",
        "Ihr Verdienstausfall für die zwei Tage wird von uns erstattet.",
        "Wenn das rauskommt, entzieht uns die Kammer vermutlich die Zulassung.",
        "Ich befürchte, die Innung wird gegen unsere Filiale ermitteln.",
        "Das Leck ist eindeutig ein Fehler in unserer Fertigung.",
        "Für die neue Jacke und den Hautarzt kommen wir natürlich auf.",
        "Für den Sturz und alle Folgen kommen wir auf, das ist selbstverständlich.",
        "Wir stehen selbstverständlich für alle Folgekosten gerade.",
        "Die Leihräder aus der Frühjahrslieferung sind nicht verkehrssicher.",
        "Dass Ihr Sohn nach dem Kurs krank wurde, geht auf unsere Kappe.",
    ],
)  # fmt: skip
def test_speech_acts_that_create_legal_exposure_are_legal_risk(text: str) -> None:
    assert "legal_risk" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wir prüfen, ob Ihnen eine Entschädigung zusteht, und melden uns bis Freitag.",
        "Ob der Versicherungsfall durchgeht, entscheidet die Versicherung, nicht wir.",
        "Die Entschädigung laut Fluggastrechten bekommen Sie auf Ihr Konto.",
        "Die Versandkosten werden von uns übernommen, das Etikett liegt bei.",
        "Die Zulassung für den neuen Kurs haben wir im Mai bekommen.",
        "Die Kammer prüft wahrscheinlich im Herbst alle Betriebe der Region.",
        "In unserer Produktion läuft seit Montag die neue Abfüllanlage.",
        "Damit niemand lange warten muss, öffnen wir samstags eine zweite Kasse.",
        "Für die Versandkosten kommen wir auf, das Etikett liegt bei.",
        "Wir stehen gerade im Stau und kommen zehn Minuten später.",
        "Ob Ihr Rad nach dem Sturz noch verkehrssicher ist, prüft die Werkstatt gern.",
        "Zwei Trainer waren krank und wir haben zu spät abgesagt, das war unser Fehler.",
    ],
)  # fmt: skip
def test_look_alikes_of_legal_exposure_stay_clean(text: str) -> None:
    assert "legal_risk" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sind Sie wirklich so blöd?",
        "Wenn ihr zu faul seid, die Anleitung aufzuschlagen, kann ich auch nicht helfen.",
        "Ich erkläre das nicht zum fünften Mal.",
        "Wie du das Rad danach lagerst, ist deine Sache.",
        "Tja, man bekommt eben, wofür man zahlt.",
        "So schwer ist das Formular doch wirklich nicht.",
        "Manche von Ihnen sollte man echt nicht ans Steuer lassen.",
        "Noch ein Kunde, der alles besser weiß als unsere Technikerin.",
        "Ein bisschen gesunder Menschenverstand hätte gereicht.",
        "Na klar, sonst noch Wünsche?",
        "Die Gebühr bleibt, da gibt es nichts zu diskutieren.",
        "Hätten Sie die Bestätigung gelesen, wären Sie pünktlich gewesen.",
        "Hört auf, bei uns rumzujammern, und fragt euren Vermieter.",
        "Wer die Skier im Auto in der Sonne lässt, muss sich über den Belag nicht wundern.",
        "Wer erst am Abend vor der Reise bucht, sollte sich über den Preis nicht beschweren.",
        "Vielleicht hätten Sie den Antrag nicht erst am letzten Tag schicken sollen.",
        "Wenn dir die Kurse zu teuer sind, lern halt allein.",
        "Wenn Ihnen das Zelt nicht passt, schlafen Sie eben im Auto.",
        "Hast du sonst keine Probleme?",
        "Ich sag's Ihnen jetzt ganz langsam: Der Schlüssel liegt an der Rezeption.",
        "Wenn du das immer noch nicht findest, ist dir nicht mehr zu helfen.",
        "Ich kann es Ihnen gern noch ein viertes Mal erklären.",
        "Sie sind schon die Fünfte heute, die das nicht versteht.",
    ],
)  # fmt: skip
def test_condescension_dismissal_and_sarcasm_are_hostile(text: str) -> None:
    assert "hostile_tone" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Nein, du bist nicht zu blöd dafür, die App ist da wirklich verwirrend.",
        "Ob Sie das Upgrade buchen, ist natürlich ganz Ihre Sache.",
        "Keine Sorge, so schwer ist das Formular wirklich nicht, ich zeige es Ihnen gern.",
        "Ich erkläre Ihnen gern noch einmal, wie der Filter gewechselt wird.",
        "Manche Akkus sollte man nicht ganz leer fahren.",
        "Wofür man die Vignette braucht, steht auf unserer Seite.",
        "Haben Sie sonst noch Wünsche für die Feier?",
        "Über den Preis können wir gern noch einmal sprechen.",
        "Wundern Sie sich nicht, wenn die Rechnung zweimal kommt, die zweite ist die Kopie.",
        "Wer Fragen zum Tarif hat, kann sich jederzeit bei uns melden.",
        "Vielleicht hätten Sie Lust auf den Kurs am Samstag?",
        "Wenn Ihnen der Termin nicht passt, schreiben Sie uns bitte, dann suchen wir einen neuen.",
        "Haben Sie sonst noch Fragen zur Buchung?",
        "Fahren Sie bitte ganz langsam an die Schranke heran.",
        "Leider können wir Ihnen bei diesem Gerät nicht mehr helfen, es ist zu alt.",
        "Wir versuchen die Zustellung noch ein drittes Mal am Montag.",
    ],
)  # fmt: skip
def test_look_alikes_of_hostile_tone_stay_clean(text: str) -> None:
    assert "hostile_tone" not in kinds(text)
