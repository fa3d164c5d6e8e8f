"""Session 17, german-reader: the learnt German reader (openline.language.german_wording) beside
the German rules. Every example is written for these tests (invented trades, none of them in the
reader's corpus): hostile and legal-risk sentences no German rule marks, which the reader finds;
clean near-misses it leaves alone; English drafts it never reads."""

import pytest
from django.utils import translation

from openline.guidance.detectors import RegisterIndex, detect_all
from openline.guidance.detectors import wording as wording_detector
from openline.language import german_wording


@pytest.fixture(autouse=True)
def reader_on(settings):
    settings.OPENLINE = {
        **settings.OPENLINE,
        "GUIDANCE_WORDING_MODEL": True,
        "GUIDANCE_GERMAN_READER": True,
    }
    german_wording.clear_cache()


def found(text: str) -> set[str]:
    return {h.kind for h in detect_all(text, register=RegisterIndex())}


def reader(text: str) -> set[str]:
    """What the reader alone adds: its findings where no rule marks words of the kind."""
    return {h.kind for h in wording_detector.detect_german(text, [])}


# Known limits: what the reader scores below its threshold (condescension by an allusion, blame
# as advice, an insult it has seen only aimed at the reader).
LIMIT = pytest.mark.xfail(strict=True, reason="the German reader scores it below its threshold")

# Scored below the threshold since the reader learnt from de13, whose writer calls a plan that is
# "noch geheim" a register matter, not a legal one (session 20, german-v15).
SECRET_PLAN_LIMIT = pytest.mark.xfail(
    strict=True,
    reason="the German reader, retrained with de11-de13 (german-v15), scores it below its legal "
    "threshold",
)

HOSTILE = [
    # found since the reader was retrained with de11-de13 (session 20, german-v15)
    "Das lernt man eigentlich in der ersten Fahrstunde, Herr Kaminski.",
    pytest.param(
        "Schreiben Sie doch gleich eine Petition an die Vereinten Nationen, wegen eines Kratzers.",
        marks=LIMIT,
    ),
    # found (0.951) since the reader learnt de20-de22, blind batch 29 and the skeleton (session
    # 29, german-wording-v24p)
    "Wer seinen Schlüssel dreimal im Monat verliert, sollte vielleicht eine Kette tragen.",
    # scored 0.936 (below 0.94) since then; found again (0.942) since the reader learnt blind
    # batch 30 (session 30, german-wording-v25)
    "Geh, jetzt hab di ned so, des is a Delle und koa Totalschaden.",
    "Du bisch doch en Dubel, wenn du s Ticket nöd abstämpflisch.",  # found again (german-v15)
    pytest.param(
        "Ihre Kollegin ist eine dumme Kuh, die das Formular falsch ausgefüllt hat.", marks=LIMIT
    ),
    # scored 0.647 (below 0.94) since then
    pytest.param(
        "Was für ein Vollkoffer bucht denn einen Nachtzug und beschwert sich übers Schlafen?",
        marks=LIMIT,
    ),
]

LEGAL = [
    "Nehmen Sie gegen die Schmerzen einfach drei Ibuprofen auf einmal, das ist unbedenklich.",
    "Mit dem verstauchten Knöchel müssen Sie nicht zum Arzt, kühlen reicht.",
    "Das Boot war an dem Tag nicht seetüchtig, das Leck kannten wir schon.",
    pytest.param("Der Transporter war ohne gültige Hauptuntersuchung unterwegs.", marks=LIMIT),
    "Wir ersetzen Ihnen die Brille und zahlen zusätzlich das Taxi und den Verdienstausfall.",
    pytest.param(
        "Die Verbindung nach Oberstdorf wird im Herbst eingestellt, aber das ist noch geheim.",
        marks=SECRET_PLAN_LIMIT,
    ),
]

CLEAN = [
    "Bitte sprechen Sie mit Ihrer Ärztin, bevor Sie die Dosis ändern.",
    "Das tut uns leid, wir haben den Fall an die Schadenabteilung gegeben.",
    "Leider können wir die Buchung nicht mehr stornieren, die Frist ist vorbei.",
    "Wie im Fahrplanheft angekündigt, fährt die Linie 9 ab Juni über den Bahnhof.",
    "Der Transporter hat die Hauptuntersuchung im April bestanden.",
    "Servus, dei Radl is fertig, kannst es morgen holen.",
    "Grüezi, mir schicked Ihne s neue Ladegrät hüt no.",
    "Die Erstattung des Fahrpreises ist veranlasst, das Geld ist in fünf Tagen auf Ihrem Konto.",
    "Danke für Ihre Geduld, der Techniker kommt am Donnerstag zwischen acht und zwölf.",
    "Das passiert vielen beim ersten Mal, der Schalter ist wirklich gut versteckt.",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_german_the_reader_was_not_shown_is_found(text):
    assert "hostile_tone" in found(text)


@pytest.mark.parametrize("text", LEGAL)
def test_legal_risk_in_german_the_reader_was_not_shown_is_found(text):
    assert "legal_risk" in found(text)


@pytest.mark.parametrize("text", CLEAN)
def test_clean_german_near_misses_have_no_wording_findings(text):
    assert not found(text) & {"legal_risk", "hostile_tone"}


# No German rule marks these; the reader does.
READER_ONLY = {
    "hostile_tone": "Das lernt man eigentlich in der ersten Fahrstunde, Herr Kaminski.",
    "legal_risk": "Das Boot war an dem Tag nicht seetüchtig, das Leck kannten wir schon.",
}


@pytest.mark.parametrize(("kind", "text"), READER_ONLY.items())
def test_the_reader_finds_what_no_german_rule_marks(settings, kind, text):
    assert kind in reader(text)
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_WORDING_MODEL": False}
    assert kind not in found(text)  # the rules alone, with the reader switched off


def test_a_finding_is_the_sentence_and_is_explained_in_the_readers_language():
    sentence = READER_ONLY["legal_risk"]
    text = f"Guten Tag,\n\n{sentence}\nWir melden uns morgen."
    hits = [h for h in detect_all(text, register=RegisterIndex()) if h.kind == "legal_risk"]

    assert [text[h.start : h.end] for h in hits] == [sentence]
    with translation.override("de"):
        german = str(hits[0].message)
    with translation.override("en"):
        english = str(hits[0].message)
    assert german.startswith("Dieser Satz") and english.startswith("This sentence")


def test_a_quoted_customer_line_is_not_read():
    sentence = READER_ONLY["hostile_tone"]
    quoted = f"> {sentence}\n\nDanke für Ihre Nachricht, wir schauen uns das an."
    in_marks = f"Sie schrieben: „{sentence}“ Danke, wir schauen uns das an."

    assert "hostile_tone" in reader(sentence)
    assert "hostile_tone" not in reader(quoted)
    assert "hostile_tone" not in reader(in_marks)


def test_english_drafts_are_not_read_by_the_german_reader(monkeypatch):
    calls = []
    original = german_wording.score
    monkeypatch.setattr(german_wording, "score", lambda s: calls.append(s) or original(s))

    detect_all("Thanks for waiting, the engineer comes on Thursday.", register=RegisterIndex())
    detect_all("Das passiert vielen beim ersten Mal, keine Sorge.", register=RegisterIndex())

    assert calls == [["Das passiert vielen beim ersten Mal, keine Sorge."]]


def test_an_operator_can_turn_the_reader_off(settings):
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_GERMAN_READER": False}

    assert "legal_risk" not in found(READER_ONLY["legal_risk"])


# Clean look-alikes with the reader on: flagged before the clean twins (session 17,
# german-twins), read clean since.
@pytest.mark.parametrize(
    "text",
    [
        "Sie sind herzlich eingeladen.",
        "Kunden wie Sie sind uns wichtig.",
        "Wir haften für Schäden nach den gesetzlichen Vorschriften.",
        "Die Reparatur übernehmen wir gemäß Garantie.",
    ],
)
def test_clean_look_alikes_of_earlier_sessions_stay_clean_with_the_reader_on(text):
    assert not found(text) & {"legal_risk", "hostile_tone"}


def test_declining_to_comment_in_german_is_no_legal_risk():
    assert "legal_risk" not in reader(
        "Zu der Klage und dem Unfall können wir uns leider nicht äußern."
    )
