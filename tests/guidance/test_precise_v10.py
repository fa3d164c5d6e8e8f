"""Secrets and personal data by family (precise-v10, issue 13): one vocabulary of digit words
for every pattern that reads digits said in words; a person's name when their details follow it
or when they are picked out and then named; addresses given by numbered parts; a card's security
code named by where it is printed; the answer to someone's security question; phone numbers
grouped with en dashes. Values given as examples stay clean, and every family has public values
of the same shape beside it. The examples are made up for these tests."""

import pytest

from openline.guidance import actions
from openline.guidance.checks import check_text
from openline.guidance.detectors import personal, secrets, spoken_digits

from .findings import flags, kinds

pytestmark = pytest.mark.django_db


# --- One vocabulary of digit words -------------------------------------------------------------


@pytest.mark.parametrize(
    "word", ["nought", "zwo", "treble", "triple", "double", "oh", "nil", "f\u00fcnf", "neun"]
)
def test_every_digit_word_is_read_by_codes_phones_and_extensions_alike(word: str) -> None:
    # The patterns of secrets, personal data and internal lines are built from one vocabulary.
    assert word in spoken_digits.WORDS
    assert word in secrets.DIGIT_WORDS
    assert any(cue.strip() == word for cue in personal.DIGIT_WORDS)
    assert spoken_digits.DIGITS_SAID.fullmatch(word)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("The keypad code is nought four nought nine, then the green button.", "nought four"),
        ("Alarm code: treble seven two nine.", "treble seven two nine"),
        ("Der Code f\u00fcr das Tor lautet zwo eins acht vier.", "zwo eins acht vier"),
        ("PIN for the bike lock is nine nought nought one.", "nine nought nought one"),
        ("Locker combination: double five, treble one, eight.", "double five"),
    ],
)
def test_a_code_said_with_any_digit_word_is_a_secret(text: str, code: str) -> None:
    assert flags(text, code, "secret")


@pytest.mark.parametrize(
    ("said", "digits"),
    [
        ("ring extension treble four zwo", "4442"),
        ("ask for line nought seven one", "071"),
        ("Durchwahl zwo null eins", "201"),
        ("extension double nine, treble one", "99"),
        ("extension four oh four one", "4041"),
    ],
)
def test_an_extension_said_with_any_digit_word_reads_as_its_digits(said: str, digits: str) -> None:
    assert any(found.startswith(digits) for _, _, found in spoken_digits.spoken_numbers(said))


@pytest.mark.parametrize(
    "text",
    [
        "The fitter needs two or three hours, one visit.",
        "We'll be there between nine and ten.",
        "Order two, get one free until the end of June.",
        "Take the double doors on the left, then the third one.",
        "It's a one-off, nothing to do on your side.",
    ],
)
def test_numbers_in_words_that_hand_nothing_over_stay_clean(text: str) -> None:
    assert not kinds(text) & {"secret", "personal_data"}


# --- A name when the person's details follow it -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Deliver to Mr Tomasz Wr\u00f3bel, 18 Orchard Rise, Bristol BS6 7TQ.",
            "Tomasz Wr\u00f3bel",
        ),
        ("Details on file: Amara Osei, 07700 900412, please call after six.", "Amara Osei"),
        ("Booked in for Ms Ingrid Halvorsen, born 4 May 1961, at the Leeds branch.", "Ingrid"),
        ("Holder changed to Rafael Moreno, passport no. P44718290, as he asked.", "Rafael Moreno"),
        ("Visit for Mrs Nomsa Khumalo (12 Jacaranda Street, Pretoria 0181) on Friday.", "Nomsa"),
        ("Our client Declan Furlong, mobile 087 455 1290, wants a callback.", "Declan Furlong"),
    ],
)
def test_a_name_followed_by_the_persons_details_is_personal(text: str, name: str) -> None:
    assert flags(text, name, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Parcel from Harbour Freight Ltd, order 55120, arrives Monday.",
        "Written by Jane Austen, published 1813.",
        "Customer Relations Manager, Brookvale Home",
        "Kind Regards, Siobhan",
        "Thanks, Support Team",
    ],
)
def test_names_without_anyones_details_stay_clean(text: str) -> None:
    assert "personal_data" not in kinds(text)


def test_a_firms_name_before_an_address_is_not_read_as_a_person() -> None:
    text = "Send the part to Harbour Plumbing Ltd, 4 High Street, Leeds LS1 4AB."
    assert not flags(text, "Harbour Plumbing", "personal_data")


# --- A person picked out, then named -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The customer who keeps calling about the boiler is Gareth Pryce.", "Gareth Pryce"),
        ("The lady who signed for the parcel was Mrs Henrike Vos, next door.", "Henrike Vos"),
        ("Fyi the client on the Thursday install is Ms Leilani Kahale.", "Leilani Kahale"),
        ("The neighbour whose fence got damaged is Ravi Subramanian.", "Ravi Subramanian"),
        ("Heads up: the caller from yesterday's complaint was Oksana Hrytsenko.", "Oksana"),
        ("The tenant in the top flat is Mr Joaquim Ferraz, apparently.", "Joaquim Ferraz"),
    ],
)
def test_a_person_picked_out_by_what_they_did_then_named_is_personal(text: str, name: str) -> None:
    assert flags(text, name, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "The engineer who came out was Tom Baker from our Leeds team.",
        "The person who wrote that book is Jane Austen.",
        "The customer who called was really happy in the end.",
        "The customer on the phone was polite, thanks for asking.",
        "Whoever signed for it is welcome to return it at the depot.",
    ],
)
def test_staff_authors_and_unnamed_people_stay_clean(text: str) -> None:
    assert "personal_data" not in kinds(text)


# --- Addresses by numbered parts -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Drop it at Plot 22, Road 5, Banani, Dhaka please.", "Plot 22, Road 5"),
        ("My address: Villa 9, Street 34, Al Barsha, Dubai.", "Villa 9, Street 34"),
        ("Ship to Flat 3B, Block 12, Sector 4, Dwarka, New Delhi 110075.", "Block 12, Sector 4"),
        ("He's at House 61, Street 9, G-10/2, Islamabad now.", "House 61, Street 9"),
        ("Courier to Apt 5, Building 14, Jumeirah, Dubai tomorrow.", "Apt 5, Building 14"),
    ],
)
def test_an_address_given_by_numbered_parts_is_personal(text: str, address: str) -> None:
    assert flags(text, address, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Our warehouse: Unit 4, Block 12, Sector 3, Noida.",
        "Step 3, Step 4, then restart the router.",
        "Chapter 2, Section 4, Appendix B of the manual.",
        "Rooms 4, 5 and 6 are on the first floor.",
        "Platform 2, Gate 5, Terminal 3, Heathrow.",
    ],
)
def test_numbered_parts_that_are_not_a_home_stay_clean(text: str) -> None:
    assert "personal_data" not in kinds(text)


def test_the_companys_own_address_by_numbered_parts_is_not_flagged() -> None:
    actions.add_public_contact(value="Lantern Freight, Plot 7, Road 11, Gulshan, Dhaka")
    assert "personal_data" not in kinds("Collect it from Plot 7, Road 11, Gulshan, Dhaka.")


# --- Examples and placeholders ---------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Payouts go to your sort code and account number (e.g. 04-00-04 12345678).",
        "Give us a mobile number, for example 07700 900123, and we'll text you.",
        "Enter it with the area code, such as 020 7946 0000.",
        "Geben Sie Ihre Nummer an, z. B. 0171 2345678.",
        "Type the date in full, e.g. 14/02/1985.",
    ],
)
def test_values_given_as_examples_stay_clean(text: str) -> None:
    assert "personal_data" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her mobile is 07700 900412, e.g. for the driver.", "07700 900412"),
        ("Send it to 18 Orchard Rise, Bristol BS6 7TQ, for example tomorrow.", "18 Orchard Rise"),
        ("His number, i.e. 0161 496 0321, is on the form.", "0161 496 0321"),
    ],
)
def test_a_real_value_near_the_word_example_is_still_personal(text: str, value: str) -> None:
    assert flags(text, value, "personal_data")


# --- A card's security code by where it is printed -------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Customer read out: 378282246310005 exp 09/28 CID 7786, charging now.", "7786"),
        ("Card ending 4471, and the 3 digits on the back are 552.", "552"),
        ("Amex, the four-digit code on the front: 0468.", "0468"),
        ("He gave me the card and the digits on the back of the card - 862.", "862"),
        ("Visa 4111 1111 1111 1111, three digit code on the back is 309.", "309"),
    ],
)
def test_a_cards_code_named_by_where_it_is_printed_is_a_secret(text: str, code: str) -> None:
    assert flags(text, code, "secret")


@pytest.mark.parametrize(
    "text",
    [
        "The CVV is the 3-digit number on the back of your card.",
        "Never share the 3 digits on the back of your card with anyone.",
        "The CID team closed case 1184 this morning.",
        "Your card ending 4471 was charged \u00a365 on 3 March.",
        "Enter the 4 digits on the front of your Amex, e.g. 1234.",
    ],
)
def test_talk_of_card_codes_without_one_stays_clean(text: str) -> None:
    assert "secret" not in kinds(text)


# --- The answer to someone's security question -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("The answer to her security question is Penrose.", "Penrose"),
        ("Memorable word's \u201cbluebell\u201d, she said to use it.", "bluebell"),
        ("The answer to his secret question was \u201cHollis\u201d.", "Hollis"),
        ("The answer to their security question is Kestrel, apparently.", "Kestrel"),
        ("Security answer's Marigold77, then the PIN.", "Marigold77"),
    ],
)
def test_the_answer_to_someones_security_question_is_a_secret(text: str, answer: str) -> None:
    assert flags(text, answer, "secret")


@pytest.mark.parametrize(
    "text",
    [
        "The answer to your security question is case sensitive.",
        "The answer to her security question was wrong twice, so the account is locked.",
        "Your memorable word's first letter is what we ask for.",
        "We never ask for the answer to your security question by email.",
        "Security answer's not needed for a refund.",
    ],
)
def test_talk_of_security_answers_without_one_stays_clean(text: str) -> None:
    assert "secret" not in kinds(text)


# --- Phone numbers grouped with en dashes -----------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("The fitter's number: 0 7 8 2 2 \u2013 3 1 4 \u2013 9 0 6, give him a ring.", "0 7 8 2 2"),
        ("Her mobile is 07700 \u2013 900 \u2013 412.", "07700"),
        ("Call my husband on 0161 \u2013 496 \u2013 0321 if I don't answer.", "0161"),
        ("his cell: 415 \u2013 555 \u2013 0199", "415"),
        ("Ring me back on 0412 \u2013 558 \u2013 903 any time.", "0412"),
    ],
)
def test_a_phone_number_grouped_with_en_dashes_is_personal(text: str, number: str) -> None:
    assert flags(text, number, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "We're open 0900\u20131730, Monday to Friday.",
        "Orders 4410\u20134480 shipped today.",
        "Models 2019\u20132023 are affected.",
        "Call us on 0800 \u2013 123 \u2013 4567 any time.",
        "Prices \u00a3120\u2013\u00a3180 depending on size.",
    ],
)
def test_ranges_and_our_own_line_with_en_dashes_stay_clean(text: str) -> None:
    actions.add_public_contact(value="0800 123 4567")
    assert "personal_data" not in kinds(text)


# --- Credentials handed over as a pair, a passphrase, and the next value -----------------------


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("Log in with marta.k and Sunflower!9 until IT sorts it.", "Sunflower!9"),
        ("Sign on as dpatel and the password Rook#2291 for the demo.", "Rook#2291"),
        ("Melden Sie sich mit j.weber und Hafen!2024 an.", "Hafen!2024"),
        ("creds for the test account -> qa_user / Qa!Test#77", "Qa!Test#77"),
        ("Credentials \u2192 ops-admin / Tern5!quay", "Tern5!quay"),
        ("You can log in using lena.b & Grebe2207 from the shop tablet.", "Grebe2207"),
    ],
)
def test_a_user_and_a_password_given_together_are_a_secret(text: str, password: str) -> None:
    assert flags(text, password, "secret")


@pytest.mark.parametrize(
    ("text", "phrase"),
    [
        ('SSH in as deploy, passphrase "orange kettle seventy".', "orange kettle seventy"),
        ("The Wi-Fi password is 'purple ladder june'.", "purple ladder june"),
        ("Recovery phrase: \u201cmaple tiger river cloud\u201d, keep it offline.", "maple tiger"),
        ('Das Kennwort lautet "blaue tasse neun".', "blaue tasse neun"),
        ('We changed the pass phrase to "copper heron 41" this morning.', "copper heron 41"),
    ],
)
def test_a_quoted_passphrase_of_plain_words_is_a_secret(text: str, phrase: str) -> None:
    assert flags(text, phrase, "secret")


@pytest.mark.parametrize(
    ("text", "second"),
    [
        ('Staging password was literally "wharf" and prod was "wharf2".', "wharf2"),
        (
            "The old Wi-Fi key was \u201cKestrel#4\u201d, the new one is \u201cKestrel#5\u201d.",
            "#5",
        ),
        ('Admin password "Lupin-88"; for the kiosk it\'s "Lupin-89".', "Lupin-89"),
        ('pw for the NAS is "ferret71" and for the printer "ferret72".', "ferret72"),
        ('The test key was "otter-551" while the live one was "otter-552".', "otter-552"),
    ],
)
def test_a_second_value_said_the_same_way_is_a_secret_too(text: str, second: str) -> None:
    assert flags(text, second, "secret")


@pytest.mark.parametrize(
    "text",
    [
        'Click "Forgot your password?" to reset it.',
        'Your password must be long, e.g. "correct horse battery staple".',
        "Sign in with your email and the password you chose.",
        "Log in with Google and choose your account.",
        'The password is "Tulip44" and the username is "mjones".',
    ],
)
def test_sign_in_help_and_user_names_are_no_passwords(text: str) -> None:
    findings = [text[f.start : f.end] for f in check_text(text).findings if f.kind == "secret"]
    assert all("Tulip44" in found for found in findings)
