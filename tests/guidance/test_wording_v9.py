"""The wording head retrained by wording-v9 (issue 13): a sentence that names a group of people or
a limit ("some customers can't …", "not everyone …", "most people …") is not hostile for that;
it is when the group, or the reader as one of it, is mocked. The sentences were written for this
test, for invented products; none is copied from the corpus or from an evaluation set."""

import pytest

from openline.guidance.detectors import wording as detector

from .wording_checks import head_score, kinds

pytestmark = pytest.mark.usefixtures("wording_head_on")


GROUPS_CLEAN = [
    # a known limit of a device or a plan, with the way round it
    "Some members can't spot the Renew link on small screens, so it's in the menu as well.",
    "A few riders can't hear the bell over traffic, and the louder one fits the same mount.",
    "Some readers can't open the e-book on older e-readers; the PDF copy is in your library.",
    "Quite a few people can't find their order history, which sits under the little clock icon.",
    # not everyone, most people: said to help, not to judge
    "Not everyone can make the webinar live, so we'll email the recording afterwards.",
    "Most owners only need to replace the filter once a year.",
    "Many guests can't check in before noon, so the lockers are free to use until then.",
    "Some clients can't come in on weekday mornings, so we've opened on Saturday afternoons.",
]

GROUPS_HOSTILE = [
    "Some people just can't be trusted to read an email to the end.",
    "Not everyone is bright enough to follow a recipe, I suppose.",
    "Funny how everyone else finds the order history and you somehow can't.",
    # Known limits, measured while writing this file (bench/README.md, wording-v9): the mockery
    # is only in a last word ("amazingly", "just saying"); strict, so a fix shows.
    pytest.param(
        "Some members can't spot a link that is the biggest thing on the page, amazingly.",
        marks=pytest.mark.xfail(strict=True, reason="reads 0.000: the barb is one adverb"),
    ),
    # found since session 25's retrained head (hostile 0.999)
    "Most owners manage to change a filter without a helpline, just saying.",
]


@pytest.mark.parametrize("sentence", GROUPS_CLEAN)
def test_a_group_or_a_limit_named_neutrally_is_not_flagged(db, sentence):
    assert kinds(f"Hi Robin, thanks for your message. {sentence} Best wishes.") == set()


@pytest.mark.parametrize("sentence", GROUPS_CLEAN)
def test_a_group_named_neutrally_scores_under_the_tone_threshold(db, sentence):
    assert head_score(sentence, "hostile_tone") < detector.THRESHOLDS["hostile_tone"]


@pytest.mark.parametrize("sentence", GROUPS_HOSTILE)
def test_a_group_mocked_is_flagged(db, sentence):
    assert "hostile_tone" in kinds(f"Hello. {sentence}")
