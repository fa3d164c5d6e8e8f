"""The wording head retrained by wording-v8 (issue 13): each family of legal risk and hostile
tone is flagged at its sentence however it is worded, and its near misses (the same words in a
sincere, factual or process-bound sentence) stay clean. The sentences were written for this
test, for invented companies; none is copied from an evaluation set."""

import pytest

from openline.guidance.checks import check_text
from openline.guidance.detectors import wording as detector
from openline.language import wording as head

from .wording_checks import head_score, kinds

pytestmark = pytest.mark.usefixtures("wording_head_on")


LEGAL = [
    # fault owned in plain words
    "Honestly the crew dropped the ball here and the scratched floor is on us.",
    # money beyond a process
    "Send me every receipt from the week you were stuck and we will repay the lot.",
    "Book a taxi to the airport and we'll reimburse it in full, no questions asked.",
    # products unsafe across the board, or a regulator and a claim
    "Between us, none of the heaters from that run should ever have been sold.",
    "Our lawyers already told us we'd lose if you sued, so let's settle it quietly.",
]

HOSTILE = [
    # sarcasm
    "Sure, because reading the two-line instructions was clearly far too much effort.",
    # blame
    "If you had bothered to charge it overnight like everyone else, it would work.",
    # condescension
    "I'll go through it again, very slowly this time, so it finally sinks in.",
    # impatience
    "I've explained this four times now, so please read it properly this time.",
    # dismissal
    "Not our problem, honestly; go and moan to your bank about it.",
]

CLEAN = [
    # near misses of the legal families: a sorry, a process, a policy, a refusal
    "I'm sorry the floor was scratched; I've opened a damage claim and the assessor will call.",
    "Keep the receipts from the week and send them to the claims team, who will review them.",
    "Taxi costs are not covered, but I can rebook your pickup for free on another day.",
    "Please stop using the heater until our service team has checked it on Tuesday.",
    "I can't comment on legal matters here, but the complaints team can help by e-mail.",
    # near misses of the hostile families: patience, steps, owning a repeat question
    "I'm happy to go through it again, one step at a time, whenever suits you.",
    "I know you've had to ask about this more than once, and I'm sorry for that.",
    "If it still won't charge overnight, send us the order number and we'll swap it.",
    "Your bank can also confirm whether the payment left your account.",
]


@pytest.mark.parametrize("sentence", LEGAL)
def test_each_legal_family_is_flagged_at_its_sentence(db, sentence):
    text = f"Hi Robin, thanks for getting back to us. {sentence}\n\nBest wishes, Sam"
    found = [(f.kind, text[f.start : f.end]) for f in check_text(text).findings]

    assert ("legal_risk", sentence) in found or any(
        kind == "legal_risk" and part in sentence for kind, part in found
    )


# An admission the v9 head reads at 0.85, under the 0.88 leave-one-set-out chose (wording-v9);
# the threshold is not lowered for one sentence.
@pytest.mark.xfail(strict=True, reason="reads 0.85 with the v9 head, under the rule's 0.88")
def test_an_admission_of_a_technician_s_wiring_is_flagged(db):
    sentence = "Our technician got the wiring wrong, which is why the fuse box burnt out."
    text = f"Hi Robin, thanks for getting back to us. {sentence}\n\nBest wishes, Sam"

    assert "legal_risk" in kinds(text)


# Known limits, measured while writing this file (bench/README.md, wording-v8): they fail today;
# strict, so that the day they pass the test says so.
# Impatience in polite words read 0.74 until session 28's head, which finds it.
def test_impatience_without_a_barb_word_is_flagged(db):
    sentence = "This is the fourth time I've had to explain this, so please actually read it."

    assert "hostile_tone" in kinds(f"Hello. {sentence}")


@pytest.mark.xfail(strict=True, reason="a short sign-off read with the sentence dilutes it")
def test_an_admission_followed_by_a_short_sign_off_on_its_line_is_flagged(db):
    text = "Thanks for the photos. Our technician got the wiring wrong, which is why the fuse "
    text += "box burnt out. Speak soon."

    assert "legal_risk" in kinds(text)


@pytest.mark.parametrize("sentence", HOSTILE)
def test_each_hostile_family_is_flagged(db, sentence):
    assert "hostile_tone" in kinds(f"Hello. {sentence}")


@pytest.mark.parametrize("sentence", CLEAN)
def test_near_misses_are_not_flagged(db, sentence):
    assert kinds(f"Hi Robin, thanks for your message. {sentence} Best wishes.") == set()


@pytest.mark.parametrize("sentence", CLEAN)
def test_near_misses_score_under_both_thresholds(db, sentence):
    # The head itself, not only the final findings (a pattern could hide a head alarm).
    for kind, threshold in detector.THRESHOLDS.items():
        assert head_score(sentence, kind) < threshold


def test_the_sparse_scoring_is_the_dense_head_on_the_same_features(db):
    # The check adds each sentence's terms' weights instead of building the dense bag of
    # terms; both must give the probabilities the head was trained to give.
    from openline.language import embed

    sentences = [*LEGAL[:2], *HOSTILE[:2], *CLEAN[:2], "ok then", "🙄 🙄 🙄 !!"]
    h = head.head()
    vectors = embed(sentences)

    dense = h.head.probabilities(head.features(sentences, h.columns, vectors))

    assert h.probabilities(sentences, vectors) == pytest.approx(dense, abs=1e-5)
