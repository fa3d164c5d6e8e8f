"""Secrets and personal data by structure (precise-v7, issue 13): a credential given later in
the sentence or the next one, quoted after a verb of setting, read out in groups or words; a
national number named in any country's words; e-mail addresses written out in several
languages; injuries said of a person. Each family has clean near-misses beside it. The examples
are made up for these tests."""

import pytest

from .findings import found


def overlaps(found_spans: list[str], value: str) -> bool:
    return any(value in span or span in value for span in found_spans)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("The router admin password is printed under the unit; on mine it was ab7731kq.",
         "ab7731kq"),
        ("For the staff portal the password is the shop name plus the year, so marlow2025! "
         "for now.", "marlow2025!"),
        ("The installer login is the street name plus flat number, mine was elm42b.", "elm42b"),
        ("Whoever shared the admin login (root / kiwi4455) in the group chat, please delete it.",
         "kiwi4455"),
        ("Your security answer is now \"Grandma's garden 1984\", as requested.",
         "Grandma's garden 1984"),
        ('I\'ve set your memorable word to "pumpernickel" like you asked.', "pumpernickel"),
        ('The secret answer you chose was "Rover the collie".', "Rover the collie"),
        ("Code's 48 17 22, type it on the keypad.", "48 17 22"),
        ("Your PUK is 8812 4410.", "8812 4410"),
        ("Porting code as requested: PAC 771 204 918.", "771 204 918"),
        ("The door code changed, it's 4-8-2-0-hash now.", "4-8-2-0-hash"),
        ("The lockbox code is three three nine, one one four.", "three three nine, one one four"),
        ("The wifi key is seven-alpha-bravo-lemon-two-two.", "seven-alpha-bravo-lemon-two-two"),
        ("the security code you read out was 417, right?", "417"),
        ("eSIM details: LPA:1$rsp.example-telecom.net$9QX2-KL7P-MM31-ZT8R",
         "LPA:1$rsp.example-telecom.net$9QX2-KL7P-MM31-ZT8R"),
        ("Passwort für das Kundenportal: der Firmenname plus Jahr, also hafen2024!",
         "hafen2024!"),
        ("Ihr Abholcode 3 9 1 7 7 2 gilt sieben Tage.", "3 9 1 7 7 2"),
        ("Der Zugangscode für die Box ist 33 91 07.", "33 91 07"),
        ("Die Sicherheitsantwort haben wir auf „Bello der Dackel“ geändert.", "Bello der Dackel"),
    ],
)  # fmt: skip
def test_credentials_given_later_quoted_or_read_out_are_secrets(db, text, secret):
    assert overlaps(found(text, "secret"), secret)


@pytest.mark.parametrize(
    "text",
    [
        'Forgot your password? Tap "Forgot password" on the sign-in page and follow the link.',
        "We never ask for your password. Your order KW-48812 ships on Monday.",
        "If the password prompt keeps appearing, update the app to 4.10.2 and restart.",
        "Password resets take about 10 minutes; the router supports 2.4GHz and 5GHz.",
        "Please don't share your password. Our opening hours are 9am to 5pm, Mon-Fri.",
        "The password reset for user jsmith88 is done, they can sign in now.",
        "Set your password to something only you know.",
        "We don't share the admin credentials, sorry! Ask your manager for access though!",
        "The docs use `API_PASSWORD=<your-password>` as the example.",
        "The sort code is 20-45-77 and the account name is on the invoice.",
        "Our booking reference code is ABC 123 456.",
        "The key is to descale it every four weeks.",
        "The security code is the 3 digits on the back of your card.",
        "The Wi-Fi troubleshooting page is example.com/help/wifi, it covers 2.4 GHz routers.",
        "Ihr Gutscheincode lautet 55 10 20.",
        "Your password has been updated. Reference: CS-44210-X.",
    ],
)
def test_talk_of_passwords_and_public_codes_near_them_is_clean(db, text):
    assert found(text, "secret") == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("His NIN is 48219034577, please add it to the file.", "48219034577"),
        ("The customer's PhilSys number ended up in the notes field: 4821-9930-1147-2263.",
         "4821-9930-1147-2263"),
        ("I've put the passport number on the Lisbon booking as P4821934, so check-in works.",
         "P4821934"),
        ("We need the child's AMKA for the discount. You sent 01018812345, I've added it.",
         "01018812345"),
        ("Die Postnummer für die Packstation ist 51234987.", "51234987"),
        ("my address is jan punkt devries at ziggo punkt nl", "ziggo punkt nl"),
        ("mail an lena [punkt] vogt [ät] gmx [punkt] de", "gmx [punkt] de"),
        ("please ring her back on oh seven nine one one, four double-two, eight one nine",
         "oh seven nine one one"),
        ("Date de naissance : 14/02/1987, ajoutée au dossier.", "14/02/1987"),
        ("Geboortedatum: 21-06-1975, staat nu in het profiel.", "21-06-1975"),
        ("For the claim: Mr Patel burned his right hand on the lid and was treated at A&E.",
         "burned his right hand"),
        ("Laut Attest vom 3. März hat sich ihr Mann am linken Knie verletzt.", "linken Knie"),
        ("The booking for Marta Kowalczyk, ZX-7QP2LM, now has two bikes.", "Marta Kowalczyk"),
        ("New billing address: Unit 5B, 221 J. P. Rizal St, Makati City 1200.", "Rizal St"),
    ],
)  # fmt: skip
def test_personal_data_in_more_countries_languages_and_shapes(db, text, value):
    assert overlaps(found(text, "personal_data"), value)


@pytest.mark.parametrize(
    "text",
    [
        "A passport number is never needed for domestic routes.",
        "Your booking reference is FN-8ZP4QK, the check-in opens 24 hours before.",
        "The routing number for all US accounts is 026014919, it's the same for everyone.",
        "Hot water can cause scalds, so keep the lid closed while it boils.",
        "Burns from steam are the most common kettle injury, so we added a cool-touch handle.",
        "Our NIN guide explains how to find your number in the app.",
        "Please see help dot example dot com for the guide.",
        "The warranty lasts 24 months from 03/05/2024.",
        "The serial number on the base, e.g. 4821-9930-1147-2263, tells us the batch.",
        "Der Pass ist gültig bis 2031, die Nummer brauchen wir nicht.",
        "Die Bankleitzahl 370 400 44 gehört zur Commerzbank.",
    ],
)
def test_numbers_injuries_and_addresses_without_a_persons_data_are_clean(db, text):
    assert found(text, "personal_data") == []


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Just use 'Marble!21' as the password for now.", "Marble!21"),
        ("She typed in 0000 as the PIN and it worked.", "0000"),
        ("the 2FA seed is JBSWY3DPEHPK3PXP if you need to re-add it", "JBSWY3DPEHPK3PXP"),
        ("admin:Hunter2go! works on the test box", "Hunter2go!"),
        ("Your SIM's PUK2 is 55102938.", "55102938"),
        ("I've texted you the code, but in case it doesn't arrive: 447 291.", "447 291"),
        ("Ihr Kundenkennwort haben wir zurückgesetzt. Das neue ist Birke2026!", "Birke2026!"),
    ],
)
def test_a_value_before_its_name_seeds_and_colon_pairs_are_secrets(db, text, secret):
    assert overlaps(found(text, "secret"), secret)


@pytest.mark.parametrize(
    "text",
    [
        "We use 2024 as the code year on labels.",
        'Please use "Forgot password" as the first step.',
        "The user:group ownership should be www-data:www-data on the server.",
        'Your security question is "What was your first car?" and you can change it.',
        "Two-factor codes arrive by SMS within a minute.",
    ],
)
def test_values_beside_names_that_are_not_secrets_are_clean(db, text):
    assert found(text, "secret") == []


@pytest.mark.parametrize(
    "text",
    [
        "Unsere Umsatzsteuer-Identifikationsnummer lautet DE298441207, siehe Impressum.",
        "Our VAT ID number is GB123456789 and it is on every invoice.",
        "Wäre er langsamer gefahren, wäre er nicht gestürzt.",
        "Write to help at example dot com with the photos.",
    ],
)
def test_a_companys_tax_number_a_fall_without_care_and_example_addresses_are_clean(db, text):
    assert found(text, "personal_data") == []
