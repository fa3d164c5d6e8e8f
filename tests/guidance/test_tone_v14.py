"""Issue 13, session 19 (wording-v14): English legal risk and hostile tone families that each
find clauses in two or more read writers' drafts that neither the rules nor the wording head
found, and flag no clean draft of the read sets (bench/README.md, "Session 19, wording-v14").

Legal risk: goodwill money past the usual gesture for the trouble ("a £75 credit for the
inconvenience", "£60 on top of the refund"); a regulator said to be about to shut us down.
Hostile tone: the obvious suggested as a habit ("maybe look up once in a while"); customers
blamed for the writer's drinking. The sentences are written for these tests, not taken from an
evaluation set; the phrase rules are tested alone (`model=False`)."""

import pytest

from openline.guidance.detectors import language

WORDING = {"legal_risk", "hostile_tone"}


def kinds(text: str) -> set[str]:
    return {h.kind for h in language.detect(text, model=False)} & WORDING


LEGAL_RISK = [
    "I've put a £60 voucher on your account for the hassle with the boiler visit.",
    "You'll get the refund and £80 for the inconvenience, that's done.",
    "I'll credit £120 for the trouble, the system lets me.",
    "We've added €70 credit to say sorry, on top of your refund.",
    "Please accept USD 250 as a goodwill payment for the stress, on top of the full refund.",
    "Honestly the council will probably shut our Bristol kitchen down after that inspection.",
    "The food agency would shut half our sites down if they saw the fridges.",
    "The FSA are going to have a field day with those labels.",
]

HOSTILE_TONE = [
    "Maybe check the weather forecast once in a while before booking a picnic?",
    "@rain_ruth perhaps try charging it once in a while 🙄",
    "Customers like this are exactly why I drink.",
    "Guests who lose their key twice a week are why receptionists drink.",
]

CLEAN = [
    # The usual small gesture, a price, a fee refunded.
    "I've added £20 credit for the trouble, sorry again.",
    "Here's a £10 voucher for the inconvenience.",
    "Express delivery is £60 extra for the larger boxes.",
    "We've refunded the £75 delivery fee in full.",
    "Whatever you decide, we'll refund the deposit within 14 days.",
    # Our own plans for our premises; a regulator's process explained.
    "We will shut the café down for two days for the refit.",
    "I think we'll probably close our Leeds branch in May when the lease ends.",
    "If you're unhappy with our answer, the ombudsman will look at it for free.",
    # A friendly joke's closer (a jab in session 15's tests; three read writers disagree) and
    # a guide's heading.
    "Regulars, please stop parking on the flower bed. You know who you are.",
    "**Please read before posting photos:** blur the faces of other guests.",
    # Advice on a habit, and our own drinks.
    "Maybe we could meet up for a coffee once in a while.",
    "It's worth running the descaler once a month.",
    "These are why we drink our coffee black: the beans speak for themselves.",
]


@pytest.mark.parametrize("text", LEGAL_RISK)
def test_goodwill_past_the_usual_and_regulators_closing_us_are_legal_risk(text: str) -> None:
    assert "legal_risk" in kinds(text)


@pytest.mark.parametrize("text", HOSTILE_TONE)
def test_habits_suggested_and_customers_blamed_for_drinking_are_hostile(text: str) -> None:
    assert "hostile_tone" in kinds(text)


@pytest.mark.parametrize("text", CLEAN)
def test_small_gestures_prices_plans_and_advice_stay_clean(text: str) -> None:
    assert kinds(text) == set()
