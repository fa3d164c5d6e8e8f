"""A personal-data finding's advice fits what was found: a diagnosis or a death in the family has
no "number or address on your account" to point to instead."""

import pytest
from django.utils import translation

from openline.guidance.checks import check_text


def personal(text: str) -> list[tuple[str, str]]:
    return [
        (text[f.start : f.end], str(f.suggestion))
        for f in check_text(text).findings
        if f.kind == "personal_data"
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Hi Jo, I'm so sorry, I read that your father passed away last week.",
        "Tom mentioned his wife is undergoing chemo, so we've moved the delivery.",
    ],
)
def test_health_or_a_loss_is_advised_to_be_left_out_not_replaced_by_an_account_detail(db, text):
    found = personal(text)

    assert found, text
    for _, suggestion in found:
        assert "health or private life" in suggestion
        assert "number/address" not in suggestion


def test_a_name_beside_a_booking_is_advised_as_a_first_name(db):
    found = personal("Priya Raman's booking BK-55821 has been moved to Friday.")

    assert [span.startswith("Priya Raman") for span, _ in found] == [True]
    assert "first name only" in found[0][1]


def test_a_phone_number_still_gets_the_account_advice(db):
    [(_, suggestion)] = personal("Call Ravi back on 0412 887 301 when you can.")

    assert "number/address on your account" in suggestion


def test_the_advice_is_in_the_readers_language(db):
    with translation.override("de"):
        [(_, suggestion)] = personal(
            "Hi Jo, I'm so sorry, I read that your father passed away last week."
        )

    assert "Gesundheit" in suggestion
