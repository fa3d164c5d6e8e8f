"""Issue 13: German legal risk and hostile tone in the shapes agents and customers write them
(du and Sie, word order, particles, Swiss and Austrian usage), each family with clean
look-alikes. The sentences are written for these tests, not taken from an evaluation set."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all

from .findings import german_reader_limits


def kinds(text: str) -> set[str]:
    return {h.kind for h in detect_all(text, register=RegisterIndex())} & {
        "legal_risk",
        "hostile_tone",
    }


def marked(text: str, kind: str) -> list[str]:
    return [
        text[h.start : h.end] for h in detect_all(text, register=RegisterIndex()) if h.kind == kind
    ]


@pytest.mark.parametrize(
    "text",
    [
        # Money on top of a refund, damages, open-ended payouts.
        "Obwohl die Frist vorbei ist, erstatten wir den vollen Preis plus 200 € für den Ärger.",
        "Du kriegst dein Geld zurück und obendrauf noch 50 Franken als Wiedergutmachung.",
        "Wer sich an dem Griff verletzt hat, bekommt von uns Schmerzensgeld.",
        "Wir zahlen Ihnen selbstverständlich Schadensersatz.",
        "Die Entschädigung zahlen wir, egal wie hoch sie ausfällt.",
        "Sie bekommen den Kaufpreis zurück, ganz ohne Nachweis.",
        "Nächste Woche ist das Geld auf deinem Konto, plus 30 € obendrauf.",
        # Paying for what we do not cover.
        "Lassen Sie den Parkettboden reparieren und schicken Sie uns die Rechnung.",
        "Lass die Heizung vom Installateur richten, die Rechnung geht an uns.",
        "Die Kosten für den Arzt übernehmen natürlich wir.",
        "Selbstverständlich kommen wir für den entstandenen Schaden auf.",
        "Wir kommen für den Krankenhausaufenthalt, die Reha und den Lohnausfall auf.",
        "Den entgangenen Gewinn bekommen Sie komplett von uns ersetzt.",
        "Die Hotelkosten werden Ihnen selbstverständlich vollständig ersetzt.",
        # Guarantees of an outcome.
        "Ihre Versicherung übernimmt das garantiert komplett.",
        "Die Kasse zahlt das hundertprozentig, dafür lege ich meine Hand ins Feuer.",
        "Dein Chargeback geht ganz sicher durch, versprochen.",
        "Die Rückbuchung ist nächste Woche durch, versprochen.",
        # Fault, damage, misadvice, unlawful acts.
        "Der Wasserschaden wurde eindeutig durch unseren Monteur verursacht.",
        "Unser Fahrer hat den Unfall verursacht, das tut uns sehr leid.",
        "Unser Monteur hat beim Einbau die Wasserleitung angebohrt.",
        "Der Sturz geht auf unsere Kappe.",
        "Wir stehen selbstverständlich für alle Folgeschäden ein.",
        "Sie haben natürlich Anspruch auf Schmerzensgeld.",
        "Wir räumen ein, dass die Leistung weit unter dem liegt, was zugesagt war.",
        "Sie wurden am Telefon leider falsch beraten.",
        "Die Sperre deines Kontos war eindeutig rechtswidrig.",
        "Wir haben da gegen die DSGVO verstoßen.",
        # Hazards.
        "Ganz unter uns: Das ist eine Fehlkonstruktion.",
        "Ich würde ihn an deiner Stelle nicht mehr einstecken.",
        "Ehrlich gesagt ist das Ladegerät nicht sicher.",
        "Diese Netzteile sind brandgefährlich.",
        "Es gab schon mehrere Brände mit diesem Modell.",
        "Drei Kunden haben sich an dem Griff verbrüht.",
        "Unter uns: Die Akkus können plötzlich überhitzen, das weiß die Firma seit Monaten.",
        # Regulators, recalls, settling quietly, duties to report.
        "Das Amt wird uns wegen der Heizlüfter bald einen Rückruf aufdrücken.",
        "Ein Rückruf ist nur noch eine Frage der Zeit.",
        "Wir werden die ganze Serie zurückrufen müssen.",
        "Die Chefin will die Beschwerden mit Gutscheinen ruhigstellen, bevor ein Anwalt dazukommt.",
        "Das hätten wir eigentlich der Behörde melden müssen.",
        "Das Veterinäramt wird uns wegen der Charge bestimmt ein Verkaufsverbot erteilen.",
        "Die Finanzaufsicht leitet bestimmt bald ein Verfahren gegen uns ein.",
        "Die Bundesnetzagentur wird gegen uns vorgehen, das ist klar.",
        "Intern heißt es, wir sollen auf keinen Fall einen Fehler zugeben.",
        "Ehrlich gesagt war die Montage an der Wand fahrlässig.",
        "Das Geländer an der Treppe war fahrlässig montiert.",
        "Die Airbags dieser Serie lösen manchmal zu spät aus.",
        "Die Bremsen greifen nicht zuverlässig, das wissen wir.",
        # Data breaches.
        "Ihre Kontodaten wurden durch einen Fehler von uns an Dritte weitergegeben.",
        "Wir hatten letzte Woche ein Datenleck.",
    ],
)
def test_german_legal_risk_is_found_in_many_shapes(text):
    assert "legal_risk" in kinds(text)


@pytest.mark.parametrize(
    "text",
    german_reader_limits(
        [
            # What the policy grants, stated plainly.
            "Den übrigen Betrag erstatten wir vollständig.",
            "Wir erstatten den Kaufpreis innerhalb von 14 Tagen.",
            "Sie bekommen 250 € als Entschädigung nach den Fluggastrechten.",
            "Die Reparatur übernehmen wir gemäß Garantie.",
            "Wir kommen für die Versandkosten auf.",
            "Der Betrag wird Ihnen innerhalb von 5 Tagen erstattet.",
            "Schicken Sie uns bitte die Rechnung als PDF, damit wir die Garantie prüfen können.",
            "Als Entschuldigung habe ich Ihnen einen Gutschein über 20 € gutgeschrieben.",
            # Promises about other things.
            "Ich melde mich morgen bei Ihnen, versprochen.",
            "Sie müssen nach dem Test nichts kaufen. Versprochen.",
            "Ob die Kasse das übernimmt, kann ich nicht garantieren.",
            # Owning an operational slip.
            "Unser Mitarbeiter hat Ihnen am Telefon den falschen Termin genannt, "
            "das war unser Fehler.",
            "Ehrlich gesagt war unser Support letzte Woche zu langsam, das geht auf unsere Kappe.",
            "Unser Techniker hat das Update installiert.",
            # Safety instructions and reassurance.
            "Das ist lebensgefährlich, bitte nie mit nassen Händen anfassen.",
            "Bitte den Kocher nicht ohne Wasser einschalten, sonst kann er überhitzen.",
            "Das Gerät ist sicher, keine Sorge.",
            "Das Kopieren der Software ist illegal.",
            "Ich würde das Gerät an Ihrer Stelle einmal neu starten.",
            # A recall mentioned as fact, a refusal to comment.
            "Ein Rückruf ist nicht geplant.",
            "Zu laufenden Verfahren können wir uns leider nicht äußern.",
            "Ihre Daten wurden nicht weitergegeben.",
            "Es ist fahrlässig, das Gerät unbeaufsichtigt zu lassen.",
            "Keine Sorge, die Bindung löst nicht zu spät aus.",
            "Die App lädt manchmal zu spät.",
            "Das Finanzamt hat uns einen Brief geschickt, wir prüfen das.",
            "Das Ordnungsamt hat die Straße gesperrt, deshalb kommt der Techniker später zu uns.",
        ]
    ),
)
def test_german_legal_look_alikes_are_clean(text):
    assert "legal_risk" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        # Told before.
        "Wie oft soll ich es Ihnen noch erklären?",
        "Wie oft denn noch?",
        "Das habe ich dir jetzt wirklich oft genug gesagt.",
        "Ich habe es Ihnen jetzt dreimal erklärt.",
        # Condescension.
        "Sie sind übrigens nicht der Erste, der den Standby-Modus für einen Defekt hält.",
        "Dafür gibt es eine Bedienungsanleitung. Sogar mit Bildern.",
        "Das steht doch alles in der Anleitung.",
        "Langsam glaube ich, Sie wollen es gar nicht verstehen.",
        "Was haben Sie denn bei dem Preis erwartet?",
        "Glauben Sie im Ernst, dass wir das kostenlos machen?",
        "Hast du es schon mal mit Einschalten versucht?",
        "Falls es Ihnen entgangen ist: Die Frist ist vorbei.",
        "Das sollte eigentlich jedem klar sein.",
        "Noch mal ganz langsam zum Mitschreiben.",
        "Augen auf beim Handykauf.",
        "Ein bisschen Eigeninitiative wäre schön.",
        "Man muss kein Genie sein, um den Stecker einzustecken.",
        "Schon mal was von einem Ladekabel gehört?",
        "Das schafft sogar meine Oma ohne Anleitung.",
        "Ich weiß ja nicht, wie Sie das zu Hause machen, aber bei uns klappt es.",
        "Wir sind leider keine Hellseher.",
        "Sie glauben doch nicht ernsthaft, dass wir das ersetzen.",
        "Ist das jetzt Ihr Ernst?",
        "Manche lernen es eben nie.",
        "Da könnte ja jeder kommen.",
        "Die Hinweise, die Sie offenbar nicht gelesen haben, stehen oben.",
        # Sarcasm.
        "Sie haben also zwei Videos geschaut und sind jetzt Elektriker? Glückwunsch.",
        "Danke für die fünfte Beschwerde diese Woche.",
        "Manche Leute würden sich auch beschweren, wenn man ihnen alles schenkt.",
        "Wie überraschend, dass das nicht funktioniert.",
        "Schön, dass Sie sich auch mal melden.",
        "Hat ja nur drei Wochen gedauert.",
        "Er hat natürlich vergessen zu erwähnen, dass er das Gerät fallen ließ. Typisch.",
        "WIE BITTE? Ach so, das sagen ja sonst immer Sie 😏",
        # Showing the door, closing the conversation.
        "Wenn dir das nicht gut genug ist, kauf dir halt was anderes.",
        "Wir halten Sie nicht auf.",
        "Na dann viel Spaß mit dem Billiggerät.",
        "Du wirst uns noch vermissen.",
        "Wir haben auch noch andere Kunden, wissen Sie.",
        "Das interessiert uns herzlich wenig.",
        "Dann kündigen Sie halt.",
        "Wir werden das nicht weiter mit Ihnen diskutieren.",
        "Statt hier rumzumeckern, lesen Sie lieber die FAQ.",
        "Dein Gejammer hilft niemandem.",
        "Tja, Pech gehabt.",
        # Blame.
        "Wer das Abo dreimal pausiert, darf sich über die Abbuchung nicht wundern.",
        "Wenn Sie es auf dem Sofa liegen lassen, brauchen Sie sich nicht zu wundern.",
        "Ist ja nicht so, als hätten wir das nicht gemailt.",
        "Sie haben das Kabel offensichtlich falsch angeschlossen.",
        "Das hätten Sie wissen müssen.",
        "Vielleicht liegt das Problem ja bei Ihrem WLAN.",
        "Bei allen anderen Kunden funktioniert es einwandfrei.",
        "Vielleicht weniger online shoppen, dann hast du auch keine Schulden.",
        "Vielleicht schaffst du es ja beim nächsten Mal, den Termin einzuhalten.",
        "Wenn die Leute mal die AGB lesen würden, gäbe es weniger Ärger.",
        "Wenn Sie nicht zuhören wollen, kann ich Ihnen auch nicht helfen.",
        "Sie hätten ja auch einfach vorher anrufen können.",
        "Hättest du doch einfach die Mail lesen können.",
        "Wir sind nicht Ihr persönlicher Laufbursche.",
        "Hätte Ihre Tochter die Anleitung gelesen, wäre der Akku auch nicht kaputtgegangen.",
        "Hättest du den Filter gewechselt, müsstest du jetzt auch nichts nachzahlen.",
        "Wer mit einer Fernbedienung überfordert ist, sollte vielleicht beim Radio bleiben.",
        # Insults.
        "So ein Arsch kann gern woanders hingehen.",
        "Der Kunde von heute Morgen ist ein echtes Arschloch.",
    ],
)
def test_german_hostile_tone_is_found_in_many_shapes(text):
    assert "hostile_tone" in kinds(text)


@pytest.mark.parametrize(
    "text",
    german_reader_limits(
        [
            "Sie sind nicht der Erste, der das meldet, wir kümmern uns darum.",
            "Dafür gibt es eine Anleitung in der App: Einstellungen, dann Konto.",
            "Das steht auch in der Anleitung auf Seite 12.",
            "Wie erwartet ist das Paket heute angekommen.",
            "Schön, dass Sie sich melden!",
            "Dann viel Spaß mit dem neuen Kocher!",
            "Wir haben noch andere Farben im Shop.",
            "Sie haben das Formular richtig ausgefüllt, danke!",
            "Das liegt an unserem Server, nicht an Ihnen.",
            "Bei allen anderen Kunden kam die Mail an, ich schicke sie Ihnen noch einmal.",
            "Vielleicht vorher kurz den Router neu starten, dann klappt es.",
            "Vielleicht klappt es beim nächsten Mal mit der Lieferung besser, wir arbeiten daran.",
            "Wenn Sie den Newsletter nicht lesen wollen, können Sie ihn abbestellen.",
            "Nicht wundern: Die Mail kommt von unserem Zahlungsdienstleister.",
            "Kaufen Sie sich doch einfach ein Ersatzkabel bei uns im Shop.",
            "Sie können das Gerät gern woanders reparieren lassen, die Garantie bleibt.",
            "Ich habe Ihnen zweimal geschrieben und melde mich morgen noch einmal telefonisch.",
            "Spreche aus Erfahrung 🙃",
            "Damit ist der Fall abgeschlossen, sobald die Gutschrift da ist.",
            "Wir sind nicht Ihr Vertragspartner, das ist der Händler.",
            "Sie hätten auch die Möglichkeit, online zu kündigen.",
            "Ich weiß nicht, wie das passiert ist.",
            "Man muss kein Konto haben, um zu bestellen.",
            "Das hättest du nicht wissen können, kein Problem.",
            "Hätten wir das früher gewusst, wäre das auch nicht passiert.",
            "Wenn Sie überfordert sind, helfen wir gern am Telefon.",
        ]
    ),
)
def test_german_hostile_look_alikes_are_clean(text):
    assert "hostile_tone" not in kinds(text)


def test_a_german_finding_marks_its_clause_and_explains_itself():
    text = "Vielen Dank für Ihre Geduld. Wir räumen ein, dass unser Berater das garantiert hat."
    hits = [h for h in detect_all(text, register=RegisterIndex()) if h.kind == "legal_risk"]
    assert [text[h.start : h.end] for h in hits] == [
        "Wir räumen ein, dass unser Berater das garantiert"
    ]
    assert str(hits[0].message) and str(hits[0].suggestion)


def test_a_smirk_is_sarcasm_in_german_text_only(settings):
    # The German rule's scope: with the English wording head off (since wording-v9 the head
    # itself reads "Sure, you always say that 😏" as sarcasm, 0.99, which is its own verdict).
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_WORDING_MODEL": False}
    assert marked("Klar, das sagen Sie immer 😏", "hostile_tone") == [
        "Klar, das sagen Sie immer 😏"
    ]
    assert marked("Sure, you always say that 😏", "hostile_tone") == []
