"""English clean drafts the rules flagged, session 31 (english-alarms-v26, issue 13): news the
reader told us, thanked for in a letter to them ("Dear Mr Okafor, Thank you for letting us know
about Ana's nut allergy"); a carrier or a plug after "via" and an article before a street word
read as an address ("via DHL, 2-3 days", "The Ring 3 ships …"); a danger that is a rule's
condition or the reader's own view ("if the guide decides the ridge isn't safe", "you feel the
kettle is unsafe"); "don't bother asking them" said of a third party. Each has a twin that
stays flagged.
The companies and people are made up for these tests."""

import pytest

from .findings import flags, kinds


@pytest.mark.parametrize(
    "text",
    [
        "Dear Mr Okafor,\n\nThank you for letting us know about Ana's nut allergy before the "
        "course. Our kitchen lead will call you on Monday to go through the menu.",
        "Dear Mrs Lindqvist,\n\nThank you for letting us know that your mother has passed away. "
        "Please send us the certificate when you are able to.",
    ],
)
def test_news_the_reader_told_us_thanked_for_is_not_personal_data(db: None, text: str) -> None:
    assert "personal_data" not in kinds(text)


def test_someone_elses_health_told_without_thanks_is_still_personal_data(db: None) -> None:
    text = "Heads-up for the kitchen: Ana Okafor in group B has a severe nut allergy, order 55120."
    assert "personal_data" in kinds(text)


def test_news_thanked_for_in_a_reply_that_is_no_letter_is_still_personal_data(db: None) -> None:
    text = "Thanks for letting us know about your son's autism, we'll tell the marshals."
    assert "personal_data" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Shipping to Norway is via DHL, 2\u20133 days from our Leipzig warehouse.",
        "Both lamps charge via USB-C, 5V 2A is ideal.",
        "The Ring 3 ships from our partner warehouse, so delivery is 1\u20132 working days.",
    ],
)
def test_a_carrier_a_plug_or_a_product_is_not_an_address(db: None, text: str) -> None:
    assert "personal_data" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Please send the form to Giulia at Via Roma 14, 25019 Sirmione.", "Via Roma 14"),
        ("Her flat is at via Garibaldi 22, Torino.", "via Garibaldi 22"),
        ("He moved to Kaiser Ring 12 last spring, the letters go there now.", "Kaiser Ring 12"),
    ],
)
def test_a_street_after_via_or_before_a_street_word_is_still_an_address(
    db: None, text: str, part: str
) -> None:
    assert flags(text, part, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Reminder: the ridge walk is weather-dependent. If the guide decides conditions aren't "
        "safe, the group takes the valley path instead.",
        "Hi Priya, I understand you feel the kettle is unsafe. I can't comment before our "
        "engineers have examined it, but a courier collects it on Tuesday.",
    ],
)
def test_a_danger_supposed_is_not_one_admitted(db: None, text: str) -> None:
    assert "legal_risk" not in kinds(text)


def test_a_danger_asserted_is_still_legal_risk(db: None) -> None:
    text = "Honestly, the kettle is unsafe, we knew and sold them anyway."
    assert "legal_risk" in kinds(text)


def test_dont_bother_asking_a_third_party_is_advice(db: None) -> None:
    text = (
        "Support staff can't change the referees' decisions, so don't bother asking them for "
        "one. Write to the league office."
    )
    assert "hostile_tone" not in kinds(text)


def test_dont_bother_said_to_the_reader_is_still_dismissive(db: None) -> None:
    assert "hostile_tone" in kinds("Don't bother asking again, the answer is no.")
