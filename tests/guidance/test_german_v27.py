"""Issue 13, session 32 (german-v27): shapes of German hostile tone a bag of words reads poorly —
a class of customers blamed ("Kunden wie Sie …"), lecturing in the conditional ("wenn Sie … einmal
lesen würden, wüssten Sie …"), the reader dismissed by the others ("die anderen kommen damit
klar"), praise for a mishap ("Glückwunsch, Sie haben es geschafft, … falsch …"), and a shrug at
the reader ("aber wem erzähle ich das", "Sehr erwachsen."). Each with clean twins that stay
clean. The sentences are written for these tests, about invented trades.

The German reader finds some of these on its own; what is tested here is that the phrase rules
find them (so a sentence the reader scores under its threshold is still marked), and that the
whole check leaves the clean twins alone."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all, german


def ruled(text: str) -> list[str]:
    """What the German phrase rules mark as hostile tone."""
    return [text[m.start : m.end] for m in german.wording(text) if m.kind == "hostile_tone"]


def marked(text: str) -> list[str]:
    """What the whole check marks as hostile tone."""
    hits = detect_all(text, register=RegisterIndex())
    return [text[h.start : h.end] for h in hits if h.kind == "hostile_tone"]


@pytest.mark.parametrize(
    "text",
    [
        "Kunden wie Sie sind der Grund, warum wir jetzt eine Kaution verlangen.",
        "Mit Mietern wie Ihnen hat man nur Ärger.",
        "Gäste wie du machen uns die Saison kaputt.",
        "Solche Patienten wie Sie kennen wir zur Genüge.",
        "Typen wie Sie rufen jeden Montag an und wollen alles umsonst.",
        "Von Kundinnen wie Ihnen bekommen wir solche Mails ständig.",
        "Ehrlich gesagt sind es Kunden wie Sie, wegen denen wir die Öffnungszeiten kürzen mussten.",
        "Bei Fahrgästen wie Ihnen wundert mich gar nichts mehr.",
        "Eltern wie Sie sorgen dafür, dass unsere Erzieherinnen kündigen.",
        "Sie gehören wohl zu den Leuten, die nie eine Gebrauchsanweisung lesen.",
        "Sie gehören offenbar zu den Mitgliedern, die die Kursordnung für eine Empfehlung halten.",
    ],
)  # fmt: skip
def test_a_class_of_customers_blamed_is_hostile(text: str) -> None:
    assert ruled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wenn Sie die Bestätigung einmal lesen würden, wüssten Sie, dass der Kurs um acht beginnt.",
        "Würden Sie die Packungsbeilage mal durchlesen, hätten Sie die Dosierung gefunden.",
        "Wenn du dir die Mühe machen würdest, in die FAQ zu schauen, müsstest du nicht fragen.",
        "Wenn Sie ab und zu in Ihr Postfach schauen würden, hätten Sie die Mahnung gesehen.",
        "Wenn Sie die Rechnung genauer lesen würden, müssten Sie nicht jeden Monat anrufen.",
        "Wenn ihr euch die Regeln anschauen würdet, wüsstet ihr, dass es kein Geld zurück gibt.",
        "Würdest du die Pflegehinweise mal lesen, hättest du den Pulli nicht so heiß gewaschen.",
        "Es wäre schön, wenn Sie zumindest die Betreffzeile lesen würden, bevor Sie antworten.",
    ],
)  # fmt: skip
def test_lecturing_in_the_conditional_is_hostile(text: str) -> None:
    assert ruled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die anderen Kunden kommen damit auch klar.",
        "Alle anderen Eltern kommen mit dem Stundenplan zurecht, nur Sie nicht.",
        "Die übrigen Mieter im Haus kommen mit der Heizung problemlos zurecht.",
        "Jeder andere Kursteilnehmer kriegt das auch hin.",
        "Alle haben die Unterlagen pünktlich eingereicht, nur Sie nicht.",
        "Die restlichen Gäste kamen mit dem Frühstück um sieben gut klar.",
    ],
)  # fmt: skip
def test_the_reader_dismissed_by_the_others_is_hostile(text: str) -> None:
    assert ruled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Glückwunsch, Sie haben es geschafft, den Router dreimal falsch anzuschließen.",
        "Toll gemacht, jetzt ist das ganze Formular doppelt eingereicht.",
        "Bravo, Sie haben den Abholtermin schon wieder verpasst.",
        "Gratulation, die Pflanze ist jetzt vertrocknet, weil Sie das Gießen vergessen haben.",
    ],
)  # fmt: skip
def test_praise_for_a_mishap_is_hostile(text: str) -> None:
    assert ruled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Aber bitte, versuchen Sie es ruhig noch einmal mit dem alten Kabel.",
        "Aber wem erzähle ich das, Sie sind ja der Fachmann.",
        "Manchmal fragt man sich wirklich, ob überhaupt jemand die Hinweise liest.",
        "Ich hoffe, das ist jetzt endlich angekommen.",
        "Den Zaun mit dem Rasenmäher gerammt und dann uns die Schuld geben. Sehr erwachsen.",
        "Drei Mal storniert und jetzt wieder gebucht. Wie erwachsen.",
    ],
)  # fmt: skip
def test_a_shrug_at_the_reader_is_hostile(text: str) -> None:
    assert ruled(text)


@pytest.mark.parametrize(
    "text",
    [
        "Kunden wie Sie sind uns wirklich wichtig, danke für Ihre Treue.",
        "Für Mieter wie Sie, die früh verlängern, gibt es einen Rabatt.",
        "Für Patienten wie Sie mit Zusatzversicherung übernehmen wir die Abrechnung direkt.",
        "Sie gehören zu den Kunden, die schon seit zehn Jahren bei uns sind, danke dafür.",
        "Wenn Sie die Buchungsbestätigung lesen möchten, finden Sie sie im Kundenkonto.",
        "Wenn Sie kurz in Ihr Postfach schauen würden, finden Sie dort den Bestätigungslink.",
        "Es wäre schön, wenn Sie uns ein Foto vom Schaden schicken könnten.",
        "Die meisten Kunden kommen mit der App gut klar, wir helfen Ihnen gern beim Einstieg.",
        "Die anderen Teilnehmer bekommen die Unterlagen ebenfalls am Montag.",
        "Alle anderen Fragen beantworten wir gern telefonisch.",
        "Glückwunsch zu Ihrem bestandenen Führerschein!",
        "Toll gemacht, Ihr Profil ist jetzt vollständig und freigeschaltet.",
        "Bravo, Ihr Team hat den Wettbewerb gewonnen!",
        "Glückwunsch, Sie haben alle zehn Stempel gesammelt, der nächste Kaffee geht auf uns.",
        "Respekt, dass Sie nach der Verletzung wieder am Start sind.",
        "Aber bitte denken Sie an Ihren Ausweis.",
        "Kommen Sie gern vorbei, aber bitte mit Termin.",
        "Aber bitte, sehr gern, wir helfen Ihnen dabei.",
        "Ich hoffe, das Paket ist gut angekommen.",
        "Manchmal fragt man sich, welche Farbe besser passt, wir beraten Sie gern.",
        "Ihr Sohn hat den Kurs allein gemeistert. Sehr erwachsen für sein Alter!",
    ],
)  # fmt: skip
def test_their_clean_twins_stay_clean(text: str) -> None:
    assert ruled(text) == []
    assert marked(text) == []
