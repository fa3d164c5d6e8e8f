"""The redaction hook as public pages use it: what personal data is still in a text."""

import pytest
from django.utils import translation

from openline.core.redaction import masked_labels, personal_data_left

pytestmark = pytest.mark.django_db


def test_personal_data_left_names_each_kind_found_once():
    text = "Mail jo@example.org or jo@example.net, or call +44 20 7946 0958."
    found = personal_data_left(text)
    assert "e-mail address" in found
    assert found == sorted(set(found))


def test_text_masked_by_hand_has_no_personal_data_left():
    assert personal_data_left("Mail [e-mail address] and we will answer.") == []


def test_masked_labels_counts_only_what_the_redactor_added():
    original = "[e-mail address] wrote from jo@example.org"
    redacted = "[e-mail address] wrote from [e-mail address]"
    assert masked_labels(original, redacted) == {"[e-mail address]": 1}


def test_labels_in_german_and_with_capitals_are_counted():
    original = "Schreiben Sie an jo@example.org, Ausweis AB123456"
    redacted = "Schreiben Sie an [E-Mail-Adresse], Ausweis [ID number]"
    assert masked_labels(original, redacted) == {"[E-Mail-Adresse]": 1, "[ID number]": 1}


def test_a_german_reader_is_told_what_is_left_in_german():
    with translation.override("de"):
        assert "E-Mail-Adresse" in personal_data_left("Schreiben Sie an jo@example.org.")
