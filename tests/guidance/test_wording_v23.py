"""English tone and legal phrases read by grammar (session 23, wording-v18, issue 13): a count of
tellings needs the writer or the reader as teller (a third person praised for explaining twice
is no impatience); a word of the reader's taken back after "don't worry about" is not mocked or
blamed; a month's short name is a whole word ("customs decide" names no December). Each clean
sentence has a twin that must still be found. The sentences were written for these tests, for
invented companies and people."""

import pytest

from .findings import found

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "text",
    [
        "Our neighbour took the course last spring. Patient teacher, explained every knot twice.",
        "Used the night nurse line for my dad. Kind man, answered all his questions twice.",
    ],
)
def test_a_third_person_praised_for_telling_twice_is_no_impatience(text):
    assert found(text, "hostile_tone") == []


@pytest.mark.parametrize(
    "text",
    [
        "As I've already explained twice, the gate code changes every Monday.",
        "This has been answered about a hundred times on this board.",
    ],
)
def test_the_writers_own_count_of_tellings_is_still_found(text):
    assert found(text, "hostile_tone") != []


@pytest.mark.parametrize(
    "text",
    [
        'Hi Priya, please don\'t worry about the cramp being "your fault", it happens to everyone.',
        "No need to worry about it being your fault, the strap was worn.",
    ],
)
def test_a_worry_taken_back_is_not_blame(text):
    assert found(text, "hostile_tone") == []


def test_blame_said_outright_is_still_found():
    text = "Honestly the cramp is your fault, you skipped the warm-up."

    assert found(text, "hostile_tone") != []


def test_a_word_starting_with_a_months_short_name_is_no_date():
    text = "It isn't something I can promise will be accepted, the border officers decide."

    assert found(text, "legal_risk") == []


def test_a_date_promised_is_still_found():
    text = "I promise the replacement arrives by Dec 4."

    assert found(text, "legal_risk") != []
