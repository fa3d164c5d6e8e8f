"""English clean drafts read as hostile tone or legal risk, session 36 (en-tone-clean-v31, issue
13): a firm refusal in the passive read as a refund beyond policy ("can't be refunded, even if
…"); "like everyone else" said of what we do; the writer owning their own slip ("my own fault
for not reading the size chart"); "next time" in our own promise and "just" said of time given
the lower cued threshold; "a faint scratch" read as fainting; "after the first 5 hours" read as
hours given. Each has a near twin that stays flagged.
The companies and people are made up for these tests."""

import pytest

from openline.guidance.detectors import tone_cues, wording

from .findings import flags, kinds

pytestmark = pytest.mark.django_db
PAGE = "/settings/goodwill/"


# --- a refusal in the passive ------------------------------------------------------------------


def test_a_refund_refused_in_the_passive_is_no_promise() -> None:
    text = (
        "I'm afraid used lesson credits can't be refunded, even if the class was quiet. "
        "That's in our terms."
    )
    assert "legal_risk" not in kinds(text)


def test_a_refund_given_even_past_the_terms_is_still_a_promise() -> None:
    text = "Used lesson credits are refunded, even if the class was quiet. I'll sort it today."
    assert flags(text, "refunded, even if", "legal_risk")


# --- "like everyone else" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "For anyone asking about the new tram timetable: we follow it like everyone else.",
        "Our blue glazes are tested like every other colour we sell.",
    ],
)
def test_like_everyone_else_said_of_what_we_do_is_no_blame(text: str) -> None:
    assert "hostile_tone" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Book a table like everyone else.", "like everyone else"),
        ("We're a bakery, not a courier. Wait like everyone else.", "like everyone else"),
        ("Sure, and we'll bake it for free 🙄 Book like everyone else.", "like everyone else"),
    ],
)
def test_like_everyone_else_said_to_the_reader_is_still_blame(text: str, part: str) -> None:
    assert flags(text, part, "hostile_tone")


# --- the writer's own slip ---------------------------------------------------------------------


def test_a_sentence_owning_the_writers_own_slip_is_not_read_for_hostile_tone() -> None:
    assert wording.self_blamed("My own fault for not reading the size chart 😂")
    assert wording.self_blamed("Fair enough, my bad.")


@pytest.mark.parametrize(
    "sentence",
    [
        "Your own fault for not reading the size chart 😂",
        "Not my fault you didn't read the size chart.",
        "It's my mistake to think you could read a size chart.",
    ],
)
def test_a_slip_put_on_the_reader_is_still_read(sentence: str) -> None:
    assert not wording.self_blamed(sentence)


def test_the_writers_own_slip_is_clean_with_the_head_on(wording_head_on: None) -> None:
    text = (
        "Funny story: I ordered the 'giant' mug expecting a bucket. It holds 400 ml. "
        "My own fault for not reading the description 😂"
    )
    assert "hostile_tone" not in kinds(text)


def test_blaming_the_reader_for_the_same_slip_is_still_hostile(wording_head_on: None) -> None:
    text = "It holds 400 ml, as it says. Your own fault for not reading the description 🙄"
    assert flags(text, "Your own fault", "hostile_tone")


# --- cues given the lower threshold ------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "We'll add more parking next time.",
        "I'll bring the bigger sizes to the market next time.",
        "If you're just starting: buy a mixed bag, sort by country, learn the watermarks.",
        "You've just joined, so the welcome pack is on its way.",
    ],
)
def test_our_own_next_time_and_just_of_time_get_no_lower_threshold(sentence: str) -> None:
    assert tone_cues.cues(sentence)  # still features of the learnt threshold
    assert not tone_cues.cued(sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Next time, read the parking page before you come.",
        "We'll do better next time, if you bother to read the page.",
        "You just need to read the page.",
        "If you just read the label, you'd know.",
    ],
)
def test_a_lecture_or_a_belittling_just_still_gets_the_lower_threshold(sentence: str) -> None:
    assert tone_cues.cued(sentence)


# --- "faint" -----------------------------------------------------------------------------------


def test_a_faint_mark_owned_as_our_error_is_not_harm_owned() -> None:
    text = (
        "We've checked the print with our framer. There's a faint crease on the back corner. "
        "That's our error, so you can return it within 30 days for a full refund."
    )
    assert "legal_risk" not in kinds(text)


def test_fainting_owned_as_our_error_is_still_harm_owned() -> None:
    text = "Your son fainted after the class. That's our error, the room was far too hot."
    assert flags(text, "our error", "legal_risk")


# --- the goodwill allowance's units ------------------------------------------------------------


@pytest.fixture
def hour_allowance(client):
    from openline.accounts.models import Role

    from ..factories import UserFactory

    client.force_login(UserFactory(username="ada", role=Role.ADMIN))
    response = client.post(PAGE, {"allowance": "1 free research hour"})
    assert response.status_code == 302


def test_hours_that_say_when_are_not_hours_given(hour_allowance: None) -> None:
    text = (
        "Thank you for choosing a 10-hour research package. You'll receive a short update "
        "after the first 5 hours and the full report when the hours are used."
    )
    assert "legal_risk" not in kinds(text)


def test_hours_given_past_the_allowance_are_still_flagged(hour_allowance: None) -> None:
    text = "Sorry for the wait. You'll receive 5 free research hours for the trouble."
    assert "legal_risk" in kinds(text)
