"""Secrets, cards and personal data by family (precise-v11, issue 13): a default account and its
password after a slash; a key handed over a sentence after it is named; codes offered as money
off are public; a relative named in apposition; identity numbers whose shape says what they are;
plates of more countries; dates no calendar has; the company's premises with the address in
brackets or with fewer parts than it is listed; cards grouped with spaced dashes or read out in
words. Every family has public values of the same shape beside it. The examples are made up."""

import pytest

from openline.guidance.detectors import money, personal

from .findings import flags, kinds

pytestmark = pytest.mark.django_db


# --- Secrets -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("The router still answers to admin / Tulip!7788, so change it tonight.", "Tulip!7788"),
        ("Use root / hunter2go on the staging box until Friday.", "hunter2go"),
        ("The camera page takes administrator / Kestrel4421 out of the box.", "Kestrel4421"),
        ("Try guest / Welcome2024 on the lobby kiosk.", "Welcome2024"),
        ("For the NAS it's sa / P@ssw0rd99 until someone resets it.", "P@ssw0rd99"),
        ("The Pi in the stockroom: pi / raspberry31 still works.", "raspberry31"),
    ],
)
def test_a_default_account_and_its_password_after_a_slash_are_a_secret(
    text: str, password: str
) -> None:
    assert flags(text, password, "secret")


@pytest.mark.parametrize(
    "text",
    [
        "Ask admin / support for a new seat on the plan.",
        "The roles are admin / owner / viewer, set per workspace.",
        "Log in as admin / root depending on the server you use.",
        "Our guest / visitor Wi-Fi is open in every branch.",
    ],
)
def test_roles_joined_by_a_slash_are_not_a_password(text: str) -> None:
    assert "secret" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "key"),
    [
        (
            "The uploads fail because the app still has your old API key. Here's the new one "
            "from the dashboard: 9c2e1f0a7b8d4c3e5f6a1b2c3d4e5f60 - paste it into the plugin.",
            "9c2e1f0a7b8d4c3e5f6a1b2c3d4e5f60",
        ),
        (
            "I rotated the token this morning; the replacement is "
            "7hG2kLp9QxR4vT8mNz3WcY6bJd1FsA5e.",
            "7hG2kLp9QxR4vT8mNz3WcY6bJd1FsA5e",
        ),
        (
            "Your webhook secret changed overnight. Use 4f8a1c9e2b7d6035a9e8c1f2b4d7e6a0 from "
            "now on.",
            "4f8a1c9e2b7d6035a9e8c1f2b4d7e6a0",
        ),
        (
            "We issued a fresh access key for the sync job. It is "
            "a81f3c77d02e4b5b9e6c11d4a0f2b8e3, valid for a year.",
            "a81f3c77d02e4b5b9e6c11d4a0f2b8e3",
        ),
        (
            "The bearer value for the staging API is below:\n\nq8Zr41mWc7Tn2Kx5Lp0Vb9Hs3Jd6Fg1Y",
            "q8Zr41mWc7Tn2Kx5Lp0Vb9Hs3Jd6Fg1Y",
        ),
    ],
)
def test_a_key_handed_over_after_it_is_named_is_a_secret(text: str, key: str) -> None:
    assert flags(text, key, "secret")


@pytest.mark.parametrize(
    "text",
    [
        "The fix for the key rotation shipped in commit 9f3c2a7b1e4d5c6f8a9b0c1d2e3f4a5b6c7d8e9f.",
        "Your API key is fine; the upload's request id was 5f2b9c1d7e3a4b6c8d0e2f4a6b8c0d1e.",
        "The token page moved. The export is saved as quarterly_inventory_report_2024_final.csv.",
        "Keys are 32 characters long; ask in the developer forum if yours is shorter.",
    ],
)
def test_other_long_strings_near_a_key_are_not_a_secret(text: str) -> None:
    assert "secret" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry your voucher lapsed. Here's a 10% code for your next order instead: COMEBACK10.",
        "Here's a code for 15% off anything in the sale: SPRINGSAVE15.",
        "As a thank-you, this discount code takes a fiver off: THANKS5NOW.",
        "Your referral code for friends is FRIEND2024GO.",
        "For the delay, here's a code for free delivery and 20% off: SORRY20.",
    ],
)
def test_a_code_offered_as_money_off_is_not_a_secret(text: str) -> None:
    assert "secret" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Your verification code is 552981; don't share it.", "552981"),
        ("The door code for the stockroom is 4471.", "4471"),
        ("The alarm code is 7702, the sale starts at nine.", "7702"),
    ],
)
def test_private_codes_stay_secrets_beside_the_offers(text: str, code: str) -> None:
    assert flags(text, code, "secret")


# --- Payment cards -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "card"),
    [
        ("Visa: 4767 \u2013 9146 \u2013 5282 \u2013 7186, exp 04/28.", "4767 \u2013 9146"),
        ("Her card: 4767 - 9146 - 5282 - 7186, please charge it.", "4767 - 9146"),
        ("The card is 4767\u20139146\u20135282\u20137186.", "4767\u20139146"),
        (
            "Card number is four seven six seven, nine one four six, five two eight two, seven "
            "one six zero.",
            "four seven six seven",
        ),
        (
            "Read back on the debit card: five five double five, four four four four, three three "
            "three three, one one one one.",
            "five five double five",
        ),
        ("Mastercard 5555 \u2014 4444 \u2014 3333 \u2014 1111 is the one on file.", "5555"),
    ],
)
def test_a_card_grouped_with_dashes_or_read_out_in_words_is_found(text: str, card: str) -> None:
    assert flags(text, card, "payment_card")


@pytest.mark.parametrize(
    "text",
    [
        "Order 4767 \u2013 9146 \u2013 5282 \u2013 7161 shipped on Monday.",
        "Opening hours 0900\u20131730, Monday to Friday.",
        "Card top-ups of four, five or six pounds are free; call one two three for help.",
        "Your card ending four two four two is on file.",
    ],
)
def test_look_alike_numbers_and_masked_cards_are_not_cards(text: str) -> None:
    assert "payment_card" not in kinds(text)


def test_words_that_say_no_valid_card_are_not_one() -> None:
    said = "card four seven six seven, nine one four six, five two eight two, seven one six one"
    assert money._cards_in_words(said) == []


# --- Personal data -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The mattress is for your son, Rory Feeney, who uses a wheelchair.", "Rory Feeney"),
        ("We've sent the forms to her husband (Tomasz Nowak) as asked.", "Tomasz Nowak"),
        ("I spoke to his daughter, Ms Aoife Byrne, this morning.", "Aoife Byrne"),
        ("Their carer \u2014 Grace Adeyemi \u2014 will sign for it.", "Grace Adeyemi"),
        ("Your mum, Margaret Ellis, rang about the bed frame.", "Margaret Ellis"),
        ("Your late father, Desmond Hale, held the account since 1998.", "Desmond Hale"),
    ],
)
def test_a_relative_named_in_apposition_is_personal_data(text: str, name: str) -> None:
    assert flags(text, name, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Her husband, as she said, was out when the van came.",
        "Your partner (Google Pixel 8) is not covered by the plan.",
        "Your son, Customer Services will call you back.",
        "Our partner, Harbour Logistics Ltd, delivers in Ireland.",
    ],
)
def test_relatives_without_a_name_after_them_are_clean(text: str) -> None:
    assert "personal_data" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The licence you entered is JOHNS803120JD9AB - please check it.", "JOHNS803120JD9AB"),
        ("Licence MORGA657054SM9IJ was scanned at the counter.", "MORGA657054SM9IJ"),
        ("You typed PATEL812254AB1CD; the lender needs it exactly.", "PATEL812254AB1CD"),
        ("We've removed the copy of your ID (9204150123081) from the thread.", "9204150123081"),
        ("Your identity number 8801235111088 is on file with the lender.", "8801235111088"),
    ],
)
def test_an_identity_number_whose_shape_says_what_it_is_is_personal_data(
    text: str, value: str
) -> None:
    assert flags(text, value, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Invoice 9204150123081 was paid on Monday.",
        "Your parcel 8801235111088 is with the courier.",
        "Part number ABCDE123456XY is out of stock.",
    ],
)
def test_look_alike_numbers_without_their_shape_or_an_identity_word_are_clean(text: str) -> None:
    assert "personal_data" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "plate"),
    [
        ("The number plate on her car is 191-D-12345, the parking office says.", "191-D-12345"),
        ("His number plate reads MH 12 AB 1234 in the photo he sent.", "MH 12 AB 1234"),
        ("The number plate was WX 12345 and the car was silver.", "WX 12345"),
        ("Her registration number is 08-KY-11873, written on the form.", "08-KY-11873"),
        ("The number plate KA 05 MN 4412 belongs to the caller's van.", "KA 05 MN 4412"),
    ],
)
def test_plates_of_more_countries_after_their_name_are_personal_data(text: str, plate: str) -> None:
    assert flags(text, plate, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Number plate lights are covered by the 12-month warranty.",
        "The number plate holder costs \u00a38 and fits every model.",
        "We replace number plates free within 30 days.",
    ],
)
def test_plates_spoken_of_without_a_value_are_clean(text: str) -> None:
    assert "personal_data" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Your date of birth on the application (29/02/1983) isn't a valid date.",
        "You gave your date of birth as 31/04/1986, which can't be right.",
        "The DOB field says 31/06/1990; could you check it?",
        "Date of birth 30/02/1975 was rejected by the lender.",
        "Born 32/13/1988 is what the form shows, an obvious typo.",
    ],
)
def test_a_date_of_birth_no_calendar_has_is_not_personal_data(text: str) -> None:
    assert "personal_data" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("Your date of birth is 29/02/1984, a leap day.", "29/02/1984"),
        ("Date of birth: 30/04/1986, as on your passport.", "30/04/1986"),
        ("DOB 12/25/1979 is what the US form shows.", "12/25/1979"),
    ],
)
def test_real_dates_of_birth_stay_personal_data(text: str, date: str) -> None:
    assert flags(text, date, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Our Auckland showroom (Unit 5, 240 Great South Road) has the table on display.",
        "Our studio in Bristol (14 Kiln Lane, BS1 6QQ) is open for collections.",
        "You can collect from our Leeds depot (Unit 9, Aire Park, LS10 1AB) any weekday.",
        "Our repair workshop (3 Mill Yard, Dundee DD1 4HN) takes walk-ins on Saturdays.",
        "Our main office (Suite 2, 88 Harbour Street) closes at five.",
    ],
)
def test_the_company_s_premises_with_the_address_in_brackets_are_clean(text: str) -> None:
    assert "personal_data" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Please send it to Unit 5, 240 Great South Road (her flat).",
        "Our driver left it at 14 Kiln Lane, BS1 6QQ (the customer's house).",
        "The customer (14 Kiln Lane, BS1 6QQ) asked for a morning slot.",
    ],
)
def test_homes_near_brackets_stay_personal_data(text: str) -> None:
    assert "personal_data" in kinds(text)


LISTED = frozenset(
    personal.squash_address(a)
    for a in (
        "Example Prints Ltd, 9 Printworks Row, Bristol BS2 0QE",
        "Hub 3, Meridian Park, Coventry CV4 9GR",
    )
)


@pytest.mark.parametrize(
    "text",
    [
        "Collections are at 9 Printworks Row, BS2 0QE, Monday to Saturday.",
        "Drop it at Hub 3, Meridian Park, CV4 9GR before six.",
        "Send returns to 9 Printworks Row, Bristol.",
        "Returns go to Meridian Park, CV4 9GR, gate B.",
        "The studio is at 9 Printworks Row, BS2 0QE.",
    ],
)
def test_a_listed_address_given_with_fewer_parts_is_public(text: str) -> None:
    hits = personal.detect(
        text, public_emails=frozenset(), public_phones=frozenset(), public_addresses=LISTED
    )
    assert [h for h in hits if h.message is personal.ADDRESS_MESSAGE] == []


@pytest.mark.parametrize(
    "text",
    [
        "Please deliver to 19 Printworks Row, BS2 0QE, her flat.",
        "He lives at 9 Printworks Lane, BS7 2AB, near the park.",
        "Send it to Hub 4, Meridian Park, CV4 9GR for the tenant.",
    ],
)
def test_other_homes_on_a_listed_street_stay_personal_data(text: str) -> None:
    hits = personal.detect(
        text, public_emails=frozenset(), public_phones=frozenset(), public_addresses=LISTED
    )
    assert [h for h in hits if h.message is personal.ADDRESS_MESSAGE]


# --- Older read sets' families -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('The recovery words for your wallet are "copper lantern ninety willow".', "copper"),
        ('Your backup words: "meadow clock sixteen harbour", keep them offline.', "meadow"),
        ('Seed words are "violet anchor tundra maple", in that order.', "violet"),
        ('The memorable words we set were "quiet ferry lemon orbit".', "quiet ferry"),
        ('Security words: "granite swallow pepper", then press next.', "granite"),
    ],
)
def test_recovery_words_in_quotes_are_a_secret(text: str, words: str) -> None:
    assert flags(text, words, "secret")


@pytest.mark.parametrize(
    "text",
    [
        'Write your recovery words down; never type them into a "support" chat.',
        'Backup words are twelve plain words; the app shows them under "Security".',
        'The word "refund" appears in the subject line.',
    ],
)
def test_advice_about_recovery_words_is_not_a_secret(text: str) -> None:
    assert "secret" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Payloads are signed with HMAC-SHA256; your secret is in the developer portal.",
        "Our secret code checks use SHA-512 hashes, never the code itself.",
        "Files are encrypted with AES-256, and your secret key stays on your device.",
        "Our docs use the demo token tok_demo_ab12cd34ef56gh78, which returns sample data.",
        "The sample key sk_dummy_0000000000000000 in the guide is not a real key.",
    ],
)
def test_method_names_and_made_up_tokens_are_not_secrets(text: str) -> None:
    assert "secret" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your token is tok_9f8e7d6c5b4a3928171615, so keep it safe.", "tok_9f8e7d6c5b4a3928"),
        ("The webhook secret is whk_71ab29cd84ef0a6b5c3d.", "whk_71ab29cd84ef0a6b5c3d"),
        ("Your secret code is 7744, don't share it.", "7744"),
    ],
)
def test_real_tokens_beside_them_stay_secrets(text: str, value: str) -> None:
    assert flags(text, value, "secret")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Details copied from the form:\nName: Deirdre Walsh\nOrder: TM-917735", "Deirdre Walsh"),
        ("Callback request\nFull name - Tom\u00e1s Ruiz\nBest time: after 5", "Tom\u00e1s Ruiz"),
        ("Card details check\nCardholder: Ms Ines Baptiste\nExpiry: 09/27", "Ines Baptiste"),
        ("Booking\n- Guest name: Kofi Mensah\n- Nights: 2", "Kofi Mensah"),
        ("From the web form:\nCustomer name: Aisling Byrne", "Aisling Byrne"),
    ],
)
def test_a_name_in_a_person_s_form_field_is_personal_data(text: str, name: str) -> None:
    assert flags(text, name, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Stock check\nProduct name: Harlow Sofa\nColour: oat",
        "Escalation\nName: Support Team\nQueue: returns",
        "Team name: Night Shift",
    ],
)
def test_fields_that_name_things_are_not_personal_data(text: str) -> None:
    assert "personal_data" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("We'll WhatsApp you on 9123 4567 an hour before the visit.", "9123 4567"),
        ("I'll ring you back on 6123 4567 in ten minutes.", "6123 4567"),
        ("The driver will call you on 8765 4321 when he's close.", "8765 4321"),
        ("We'll text you at 9876 5432 once it ships.", "9876 5432"),
        ("Our fitter will phone you on 6543 2109 tomorrow.", "6543 2109"),
    ],
)
def test_a_number_we_will_call_someone_on_is_personal_data(text: str, number: str) -> None:
    assert flags(text, number, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "We'll contact you on Monday about order 9123 4567.",
        "We'll call you back within 24 hours.",
        "We'll text you at 10:30 with the slot.",
    ],
)
def test_calls_without_a_number_are_clean(text: str) -> None:
    assert "personal_data" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("We've contacted the buyer (r-o-s-i-e-p at yahoo.co.uk) today.", "r-o-s-i-e-p"),
        ("Her address is j-a-n-e-d-o-e at gmail dot com, all lower case.", "j-a-n-e-d-o-e"),
        ("Spell it: m-a-r-k-o-7-7 at outlook.com", "m-a-r-k-o-7-7"),
        ("It's t-e-s-s-a dot b-r-o-w-n at proton.me for the receipt.", "t-e-s-s-a"),
        ("Send it to k-i-m-l-e-e @ hotmail.co.uk please.", "k-i-m-l-e-e"),
    ],
)
def test_an_address_spelled_letter_by_letter_is_personal_data(text: str, address: str) -> None:
    assert flags(text, address, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "The code is a-b-c-d at the gate.",
        "Grades run a-b-c at most schools.",
        "Steps: x-y-z at the start of the guide.",
    ],
)
def test_letters_with_hyphens_that_are_no_address_are_clean(text: str) -> None:
    assert "personal_data" not in kinds(text)
