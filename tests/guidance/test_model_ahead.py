"""Session 33, speed-cold-v28 (issue 13): a publishing check starts the wording head's model
runs in a thread while its pattern detectors run (wording.Ahead), and takes them only where it
asks for exactly the texts that ran: the findings are those of the check without it, and the
model reads each text once."""

import threading

import pytest

from openline.guidance import detectors
from openline.guidance.checks import check_text
from openline.language import embedders
from openline.language import wording as head

# Hostile in words no phrase pattern knows: only the wording head finds it (test_live_check.py).
PUT_DOWN = "Honestly, most people manage to read the label first."
ROUTINE = [
    "Thanks for getting in touch about the delivery of your new sofa.",
    "I have looked at the tracking and the parcel left our warehouse on Monday morning.",
    # left open by the first stage: the quick stage and the model read them
    "I understand how frustrating it is to wait in all day.",
    "Most customers say the colour looks a little darker in daylight.",
]
DRAFT = " ".join([*ROUTINE, PUT_DOWN])


@pytest.fixture(autouse=True)
def fresh_scores(settings):
    settings.OPENLINE = {
        **settings.OPENLINE,
        "GUIDANCE_WORDING_MODEL": True,
        "GUIDANCE_MODEL_AHEAD": True,
    }
    head.clear_cache()
    detectors.forget()
    yield
    head.clear_cache()


@pytest.fixture
def runs(monkeypatch):
    """Each model call: (quick or embed, the texts, the thread's name)."""
    calls: list[tuple[str, tuple[str, ...], str]] = []
    embedder = embedders.get_embedder()
    quick, embed = embedder.embed_quick, embedder.embed

    def counted(stage, real):
        def call(texts):
            calls.append((stage, tuple(texts), threading.current_thread().name))
            return real(texts)

        return call

    monkeypatch.setattr(embedder, "embed_quick", counted("quick", quick))
    monkeypatch.setattr(embedder, "embed", counted("embed", embed))
    return calls


def findings(text, result) -> list[tuple[str, str, str]]:
    return [(f.kind, text[f.start : f.end], str(f.message)) for f in result.findings]


def test_the_model_runs_ahead_once_and_the_findings_are_the_checks_without_it(db, settings, runs):
    ahead = check_text(DRAFT)

    assert ("hostile_tone", PUT_DOWN) in [
        (kind, words) for kind, words, _ in findings(DRAFT, ahead)
    ]
    stages = [(stage, thread) for stage, _, thread in runs]
    assert stages == [("quick", "wording-ahead"), ("embed", "wording-ahead")]
    ran_ahead = list(runs)

    head.clear_cache()
    detectors.forget()
    runs.clear()
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_MODEL_AHEAD": False}
    after = check_text(DRAFT)

    assert findings(DRAFT, after) == findings(DRAFT, ahead)
    main = threading.current_thread().name
    assert runs == [(stage, texts, main) for stage, texts, _ in ran_ahead]


def test_a_re_check_and_a_live_check_start_no_thread(db, runs):
    check_text(DRAFT)
    runs.clear()

    check_text(DRAFT)  # every open sentence scored: nothing to run
    head.clear_cache()
    detectors.forget()
    check_text(DRAFT, live=True)  # a live check reads a few sentences itself

    assert runs and all(thread == threading.current_thread().name for _, _, thread in runs)


def test_a_pattern_that_closes_a_sentence_the_plan_read_makes_the_check_embed_itself(db, runs):
    # "not rocket science" is a pattern's hostile tone: its sentence is open in the plan (made
    # before any pattern ran) and closed for the check. Since session 36 (speed-cold-v31) the
    # plan sends it to the float model without a quick read (the first stage leaves it
    # QUICK_SKIP above the hostile threshold), so the check takes the quick run of the other
    # open sentences and asks the float model for other texts than ran ahead: that run is
    # wasted, not taken, and the check finds what it finds without the thread. Since session 37
    # (en-hostile-v32) the pattern must leave fewer than three words of its sentence to close it
    # ("Read the manual, it's not rocket science." stays open to the head).
    marked = "It's a manual, not rocket science."
    text = " ".join([*ROUTINE, marked])
    ahead = check_text(text)
    main = threading.current_thread().name
    ran = [(stage, texts) for stage, texts, thread in runs if thread == main]
    ahead_ran = [(stage, texts) for stage, texts, thread in runs if thread != main]
    assert ahead_ran[:1] == [("quick", tuple(ROUTINE[2:]))]
    assert ("embed", (marked,)) not in ran
    assert "quick" not in [stage for stage, _ in ran]  # taken from the thread

    head.clear_cache()
    detectors.forget()
    runs.clear()
    with pytest.MonkeyPatch.context() as patch:
        patch.setitem(detectors.__dict__, "model_ahead", lambda text: None)
        alone = check_text(text)

    assert findings(text, alone) == findings(text, ahead)
    assert [(stage, texts) for stage, texts, _ in runs] == [ahead_ran[0], *ran]


def test_take_gives_only_the_texts_that_ran_and_stops_after_other_ones():
    sentences = ["I understand how frustrating it is to wait in all day."]
    asked = [{"legal_risk": 0.96, "hostile_tone": 0.9879}]
    ahead = head.Ahead(sentences, asked).start()
    assert ahead is not None

    assert ahead.take("quick", ["another sentence altogether"]) is None
    assert ahead.take("embed", sentences) is None  # stopped: the check embeds itself
    ahead.stop()


def test_what_ran_ahead_is_the_vectors_the_check_would_compute():
    sentences = ["I understand how frustrating it is to wait in all day."]
    asked = [{"legal_risk": 0.96, "hostile_tone": 0.9879}]
    ahead = head.Ahead(sentences, asked).start()
    assert ahead is not None

    quick = ahead.take("quick", sentences)
    embedder = embedders.get_embedder()
    assert quick is not None
    assert quick.tobytes() == embedder.embed_quick(sentences).tobytes()
    ahead.stop()
