"""English legal-risk and tone phrases read by grammar (session 22, wording-v17, issue 13):
fault as a question for others or as a condition is not admitted; a service free for every
customer is its price, not a gift; "back" after a verb of motion or cutting is a place, not
money; a refund the sentence calls the standard is the policy; surprise mocked at a result the
reader caused, and sympathy for not grasping "the concept of" a rule, are hostile. Each clean
sentence has a twin that must still be found. The sentences were written for these tests, for
invented companies and products."""

import pytest

from .findings import found

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    [
        "Whether we are liable for the leak is for our claims team to decide.",
        "I can't tell you if we're responsible for the scratch, the assessor will look at it.",
        "Our insurer will check whether we are at fault once the photos are in.",
    ],
)
def test_fault_put_as_a_question_for_others_is_not_admitted(text):
    assert found(text, "legal_risk") == []


@pytest.mark.parametrize(
    "text",
    [
        "We are liable for the damage to your floor and we accept that.",
        "Honestly, we're to blame for the broken railing, it was never safe.",
    ],
)
def test_fault_said_outright_is_still_found(text):
    assert found(text, "legal_risk") != []


@pytest.mark.parametrize(
    "text",
    [
        "The lens fitting is free in all our shops, even if you bought the frames elsewhere.",
        "Battery checks are free for everyone, even if you're not a member.",
    ],
)
def test_a_service_free_for_every_customer_is_no_gift(text):
    assert found(text, "legal_risk") == []


def test_a_free_month_given_past_the_rule_is_still_found():
    text = "You get a free month even though your plan ended in May."

    assert found(text, "legal_risk") != []


def test_back_after_a_verb_of_cutting_is_a_place_not_money():
    text = "The hedges are cut back in the play area every week, so don't worry about the thorns."

    assert found(text, "legal_risk") == []


def test_money_back_past_the_rule_is_still_found():
    text = "You'll get your money back even though it's past the 30 days."

    assert found(text, "legal_risk") != []


def test_a_refund_the_sentence_calls_the_standard_is_the_policy():
    text = "Full refund plus a voucher are on your card, that's our standard for cancelled trips."

    assert found(text, "legal_risk") == []


def test_a_refund_with_an_extra_on_top_is_still_found():
    text = "A full refund plus a free voucher are on your card, and a night at the hotel on us."

    assert any("refund plus" in span for span in found(text, "legal_risk"))


# --- surprise mocked, a concept not grasped (hostile tone) ---------------------------------------


@pytest.mark.parametrize(
    ("text", "jab"),
    [
        (
            "If you leave a bike in the garden all winter, don't act shocked when the chain rusts.",
            "act shocked",
        ),
        ("You skipped three services and then act all surprised it broke down.", "act all"),
        ("I'm sorry you're struggling with the concept of a 14-day window.", "concept of"),
    ],
)
def test_surprise_mocked_or_a_concept_not_grasped_is_hostile(text, jab):
    assert any(jab in span for span in found(text, "hostile_tone"))


@pytest.mark.parametrize(
    "text",
    [
        "Try to act surprised when she opens the present!",
        "Here's a short guide to the concept of loyalty tiers.",
        "Don't act on the first email, the second one has the right code.",
        "We were so shocked when the parcel came back, sorry about that.",
    ],
)
def test_surprise_and_concepts_said_plainly_are_clean(text):
    assert found(text, "hostile_tone") == []
