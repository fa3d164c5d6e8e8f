"""English legal-risk and hostile-tone phrases read by grammar (session 21, wording-v16, issue 13):
a refund or gift refused is no promise; a word of harm inside someone's handle is a name, not
harm; staff short "because of illness" is an operational slip; an insult word the writer aims at
themselves, names as a word or reports from someone else is not aimed at the reader. Each clean
sentence has a twin that must still be found. The sentences were written for these tests, for
invented companies and products."""

import pytest

from .findings import found

pytestmark = pytest.mark.django_db


# --- a refund or gift refused -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm not able to refund the whole year, but the two missed lessons will be credited.",
        "I can't offer a refund for the last three months, I'm afraid, only for this one.",
        "We're unable to refund the whole season, as the pass was used twice.",
        "Sorry, I can't give a refund for Gold after 30 days, but your points stay on the account.",
    ],
)
def test_a_refund_refused_is_no_promise_beyond_the_policy(text):
    assert found(text, "legal_risk") == []


def test_a_plan_called_plus_is_not_an_extra_on_top_of_a_refund():
    text = "Your refund for Plus arrives within five working days."

    assert found(text, "legal_risk") == []


@pytest.mark.parametrize(
    ("text", "promise"),
    [
        ("We'll refund the whole year and the delivery too.", "refund the whole year"),
        ("I've put through a refund for the last three months, no questions asked.", "refund"),
        ("You'll get a full refund plus a free month on top.", "refund"),
    ],
)
def test_a_refund_past_the_policy_made_is_still_found(text, promise):
    assert any(promise in span for span in found(text, "legal_risk"))


# --- a handle is a name --------------------------------------------------------------------------


def test_a_harm_word_inside_a_handle_does_not_make_a_slip_a_liability():
    text = "@burnsnight_fan we messed up your delivery slot, sorry! The van went to the wrong town."

    assert found(text, "legal_risk") == []


def test_owning_a_burn_is_still_a_liability():
    text = "We messed up the heater installation and it burned your hand, I'm so sorry."

    assert found(text, "legal_risk") != []


# --- staff off ill --------------------------------------------------------------------------------


def test_a_team_short_because_of_illness_is_an_operational_slip():
    text = "Sorry for the queue, two pharmacists are out because of illness. That's on us."

    assert found(text, "legal_risk") == []


def test_a_customers_illness_owned_is_still_a_liability():
    text = "The chicken was undercooked and your son's illness came from it. That's on us."

    assert found(text, "legal_risk") != []


# --- insults aimed at no reader ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Keep the cables off the floor. Ask me how I know (I'm an idiot about tidying 😅).",
        "We were idiots not to put a hook there, so the new model has one.",
        'Reminder: please don\'t use the word "idiot" about other players in the forum.',
        "Thanks for flagging it, that account kept calling people morons, so it's banned.",
    ],
)
def test_an_insult_word_not_aimed_at_the_reader_is_not_hostile(text):
    assert found(text, "hostile_tone") == []


@pytest.mark.parametrize(
    "text",
    [
        "Only an idiot would plug it in wet.",
        "You're an idiot if you think that's our fault.",
        "What an idiot, the manual says it twice.",
    ],
)
def test_an_insult_word_aimed_at_the_reader_is_still_hostile(text):
    assert found(text, "hostile_tone") != []


# --- a limit set "for a reason" ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Yes, 60°C is the top of the dial, and it's capped for a reason. Children mustn't use it.",
        pytest.param(
            "Take it slowly on the site road, it's 10 mph for a reason.",
            marks=pytest.mark.xfail(
                strict=True, reason="session 25's retrained head reads it hostile at 1.000"
            ),
        ),
    ],
)
def test_a_limit_set_for_a_reason_is_not_condescending(text):
    assert found(text, "hostile_tone") == []


@pytest.mark.parametrize(
    "text",
    [
        "The returns page exists for a reason.",
        "The label says hand wash only for a reason, Alex.",
    ],
)
def test_instructions_there_for_a_reason_are_still_condescending(text):
    assert found(text, "hostile_tone") != []
