"""The register's second opinion (register-v21): a sentence the register's rules flag is cleared
when the learned discriminator is sure it discloses no item of the register — the register's
word used for something else — while the same word said of the item stays a finding. Every
company, register entry and sentence here is made up for these tests (a scooter maker); none
is in the head's training data."""

import numpy as np
import pytest

from openline.guidance.detectors import detect_all, register_meaning, register_opinion
from openline.guidance.detectors.internal import RegisterIndex
from openline.guidance.detectors.internal import detect as detect_register

REGISTER = RegisterIndex.build(
    [
        ("Project Whimbrel", "code_name", "code name of the unannounced folding e-scooter with "
         "a swappable battery", ["Whimbrel", "PRJ-WHIMBREL"]),
        ("Gravelpit", "other", "internal repair-tracking dashboard",
         ["the Gravelpit dashboard", "Gravelpit RMA"]),
        ("Saltmarsh", "code_name", "code name of a confidential fleet client (a city council) "
         "being onboarded", ["the Saltmarsh account", "Saltmarsh contract"]),
        ("Ridgeback pricing", "other", "unannounced price increase of the Rider Care plan",
         ["Ridgeback", "the Ridgeback tier"]),
        ("ESC-7702", "other", "internal escalation about scooters catching fire while charging",
         ["escalation 7702", "7702"]),
        ("Throttlebox", "other", "internal queue of scooters silently speed-limited after "
         "crashes", ["the throttlebox queue", "the throttlebox"]),
        ("wiki.veltroo.internal", "internal_host", "", []),
    ],
    ["Veltroo Scooters", "Rider Care"],
)  # fmt: skip


@pytest.fixture(autouse=True)
def opinion_on(settings):
    """The second opinion switched on (it is off by default)."""
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_REGISTER_OPINION": True}


def register_findings(text: str) -> list[str]:
    return [
        text[h.start : h.end]
        for h in detect_all(text, register=REGISTER)
        if h.kind == "internal_reference"
    ]


ORDINARY = [
    "The Gravelpit car park at the woodland trail is free on Sundays and has a ramp for scooters.",
    "The Gravelpit at the end of our road is where we fly the scooters on weekends.",
]
NAMED = [
    "I checked the Gravelpit dashboard and your scooter is third in the repair queue.",
    "Whimbrel is landing in spring and it folds in half, hold off buying the V2.",
    "The Saltmarsh contract means we'll have 400 scooters in the council fleet by June.",
    "Ridgeback pricing kicks in next quarter, so renew Rider Care now if you can.",
    "Escalation 7702 is about the chargers catching fire, don't tell anyone yet.",
]


@pytest.mark.parametrize("text", ORDINARY)
def test_the_rules_flag_the_ordinary_word_that_the_second_opinion_clears(text):
    assert detect_register(text, REGISTER)
    assert register_findings(text) == []


@pytest.mark.parametrize("text", NAMED)
def test_the_item_named_stays_a_finding(text):
    assert register_findings(text)


def test_the_second_opinion_is_off_by_default():
    from config.settings import base

    assert base.OPENLINE["GUIDANCE_REGISTER_OPINION"] is False


def test_switched_off_the_rules_finding_stays(settings):
    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_REGISTER_OPINION": False}
    assert register_findings(ORDINARY[0])


def test_german_text_is_not_asked():
    text = "Der Gravelpit-Parkplatz am Steinbruch ist sonntags kostenlos und hat eine Rampe."
    assert register_findings(text) == [
        text[h.start : h.end] for h in detect_register(text, REGISTER)
    ]


def test_a_sentence_with_an_internal_host_is_never_cleared():
    text = (
        "The Gravelpit car park at the woodland trail is listed on wiki.veltroo.internal for staff."
    )
    assert "wiki.veltroo.internal" in register_findings(text)


def test_the_probability_is_the_highest_over_the_register_notes():
    from openline.language.wording import embeddings

    notes = register_meaning.register_notes(REGISTER)
    sentence = NAMED[3]
    vector = np.asarray(embeddings([sentence], missing=True)[0], dtype=np.float32)
    rows = register_opinion.rows(sentence, vector, notes, False)
    assert rows.shape == (len(notes), len(register_opinion.FEATURES))
    assert register_opinion.probability(sentence, vector, notes) == pytest.approx(
        float(register_opinion.head().probabilities(rows).max())
    )
    assert register_opinion.probability(sentence, vector, notes) >= register_opinion.THRESHOLD


# Known misses of the second opinion: the rules flag these clean sentences and the head is not
# sure enough to clear them (its probability, measured at this commit, is above THRESHOLD).
LEFT_FLAGGED = [
    # 0.587: a name listed among others, said by someone outside
    "Saltmarsh, Mudflat, whatever — my client keeps changing the brief (freelancer, not staff).",
    # 0.479: the wallet of a public plan, a topic beside the note's
    "Your Rider Care wallet still holds £48.20 — please spend it first, then we'll close the "
    "account.",
]


@pytest.mark.xfail(strict=True, reason="the second opinion is not sure enough (bench/README.md)")
@pytest.mark.parametrize("text", LEFT_FLAGGED)
def test_clean_sentences_the_second_opinion_leaves_flagged(text):
    assert register_findings(text) == []
