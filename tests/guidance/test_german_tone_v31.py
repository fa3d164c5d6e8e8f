"""Issue 13, session 36 (german-hostile-clean-v31): German hostile-tone and legal-risk rules that
misread a clean clause. Each misreading has a clean sentence that is no longer marked and a near
sentence of the same words that is still marked: owning up ("wir sind selber schuld") is not
blame; "nicht der Einzige" after a known fault reassures; "Was zum Teufel ist mit dem Paket
passiert" swears at a thing; "kein Wunder, dass" is the idiom; a pet name after "mein"/"einem"
is someone spoken of; "Wir hören dir zu" is us listening; "die du woanders gekauft hast" says
where, not where to go; someone else's third time ("Die Kundin hat zum dritten Mal angerufen")
is no reminder to the reader; a smirk on a teaser is a wink; a breach, a lawsuit or a defect
asked about, not confirmed or denied is not admitted. Sentences written for these tests, about
invented trades."""

import pytest

from openline.guidance.detectors import RegisterIndex, detect_all, german


def ruled(text: str, kind: str) -> list[str]:
    """What the German phrase rules and clause families mark as `kind`."""
    return [text[m.start : m.end] for m in german.wording(text) if m.kind == kind]


def marked(text: str, kind: str) -> list[str]:
    """What the whole check marks as `kind`."""
    hits = detect_all(text, register=RegisterIndex())
    return [text[h.start : h.end] for h in hits if h.kind == kind]


# (clean sentence, near sentence still marked, kind)
PAIRS = [
    # a ticket shop
    (
        "@ballfan ja, wir sind selber schuld, der Server war gestern zwei Stunden down.",
        "Tja, da sind Sie selber schuld, wenn Sie die Bestätigung nicht lesen.",
        "hostile_tone",
    ),
    # a furniture workshop
    (
        "Der Zuschnittfehler ist bekannt, Sie sind nicht der Einzige.",
        "Sie sind nicht der Einzige, der sich über die Lieferzeit beschwert.",
        "hostile_tone",
    ),
    (
        "Die Platten kamen aus derselben Charge, du bist nicht der Einzige mit Rissen.",
        "Sie sind nicht die einzige Kundin mit einem Sonderwunsch, wissen Sie.",
        "hostile_tone",
    ),
    # a parcel service
    (
        "@lena Was zum Teufel ist mit dem Paket passiert?! Schick uns die Nummer, wir senden neu.",
        "Was zum Teufel ist mit Leuten los, die nie absagen und dann am Schalter schreien?",
        "hostile_tone",
    ),
    # a bakery's staff forum
    (
        "Die neue Kasse ist einfach langsam, kein Wunder, dass die Schlange bis zur Tür ging.",
        "Das ist eine Bäckerei, kein Wunderland.",
        "hostile_tone",
    ),
    # a bike shop's community page
    (
        "Mein Kumpel arbeitet im Lager, die bekommen nächste Woche neue Schläuche.",
        "Hör mal zu, Kumpel, so läuft das hier nicht.",
        "hostile_tone",
    ),
    (
        "Info von einem Kumpel beim Verleih: Die Saison startet früher.",
        "Na, Kumpel, schon wieder das Schloss verloren?",
        "hostile_tone",
    ),
    # a headphone maker
    (
        "@sofie Wir hören dir zu! Schreib uns bitte eine DM mit deiner Bestellnummer.",
        "Hör mir mal zu, ich erkläre es ein letztes Mal.",
        "hostile_tone",
    ),
    # a coin dealer
    (
        "Ja, wir kaufen auch Münzen, die du woanders gekauft hast, solange sie geprüft sind.",
        "Dann kauf deine Münzen halt woanders, wenn dir das nicht passt.",
        "hostile_tone",
    ),
    # a debt adviser
    (
        "Vielen Dank für Ihre Frage, ob bei uns ein Datenleck vorliegt.",
        "Bei uns gab es ein Datenleck, Ihre Adresse ist betroffen.",
        "legal_risk",
    ),
    # a tenants' association
    (
        "Sie fragen, ob wir Sie vor Gericht vertreten: Das dürfen wir nur eingeschränkt.",
        "Dann sehen wir uns eben vor Gericht.",
        "legal_risk",
    ),
    # a cabinet maker
    (
        "Wir können nicht bestätigen, dass an Ihrem Scharnier ein Serienfehler vorliegt.",
        "Wir können bestätigen, dass an Ihrem Scharnier ein Serienfehler vorliegt.",
        "legal_risk",
    ),
    # a costume rental
    (
        "Wir ziehen keine Kostüme zurück und tauschen auch nichts heimlich aus.",
        "Wir tauschen die kaputten Kostüme einfach heimlich aus.",
        "legal_risk",
    ),
    # a repair shop's staff chat and its forum
    (
        "Die Kundin hat jetzt zum dritten Mal angerufen, bitte ruf sie zurück.",
        "Wie ich Ihnen jetzt zum dritten Mal erkläre: Der Schalter ist rechts.",
        "hostile_tone",
    ),
    (
        "Zum dritten Mal diese Woche springt mir die Kette runter, der Laden hat erst Montag Zeit.",
        "Zum dritten Mal: Die Kette wird nicht kostenlos getauscht.",
        "hostile_tone",
    ),
    # a brewery's social feed
    (
        "Kleiner Teaser: Das neue Bier kommt bald, die Leute aus Linz dürfen sich freuen 😏",
        "Ach so, das sagen ja sonst immer Sie 😏",
        "hostile_tone",
    ),
]


@pytest.mark.parametrize(("clean", "near", "kind"), PAIRS)
def test_the_clean_sentence_is_not_misread(clean, near, kind):
    assert ruled(clean, kind) == []


@pytest.mark.django_db
@pytest.mark.parametrize(("clean", "near", "kind"), PAIRS)
def test_the_whole_check_leaves_the_clean_sentence_alone(clean, near, kind):
    assert marked(clean, kind) == []


@pytest.mark.parametrize(("clean", "near", "kind"), PAIRS)
def test_the_near_sentence_is_still_marked(clean, near, kind):
    assert ruled(near, kind)
