"""Secrets, IBANs and personal data by family (precise-v8, issue 13): a PIN named after the
record it opens, codes read out after a word of sameness or in a list, quoted answers, keys
named by their kind, IBANs whose account part is mostly letters, identity numbers given for a
check, allergies, medicines and illnesses said of a person, and names with a reference in
parts. Each family has clean near-misses beside it. The examples are made up for these tests."""

import pytest

from .findings import found


def overlaps(found_spans: list[str], value: str) -> bool:
    return any(value in span or span in value for span in found_spans)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # A PIN stays private whoever's record it opens.
        ("Your parcel PIN is 7-2-9-4, show it at the locker.", "7-2-9-4"),
        ("The account passcode is 0934 if the branch asks for it.", "0934"),
        ("Your order PIN 4471 opens the collection box.", "4471"),
        ("Hi! Your reservation PIN is 3 8 1 5, keep it handy at the desk.", "3 8 1 5"),
        # A lock's code after a word of sameness, or before "in case".
        ("The key box by the back door is 4-1-9-0 in case you arrive late.", "4-1-9-0"),
        ("The gate is the same as before, 7 7 0 3, just pull it shut.", "7 7 0 3"),
        ("The staff room door is unchanged: 5512 — lock it when you leave.", "5512"),
        ("The bike locker is still the same as always, 0-4-4-7.", "0-4-4-7"),
        # A code named by what it opens, its digits right after.
        ("Your verification code 482 190 expires in ten minutes.", "482 190"),
        ("SMS code 55 10 93, enter it on the next screen.", "55 10 93"),
        ("Use the sign-in code 7786 0926 on the tablet at reception.", "7786 0926"),
        ("Here is the alarm code 3-3-8-1 for the weekend.", "3-3-8-1"),
        # Codes in a list after the first.
        ("Recovery codes: 4410-2291, 7781-0032 and 9910-4456.", "9910-4456"),
        ("Your backup PINs are 4471, 9920, 1185.", "1185"),
        # Passwords quoted after an adverb, or named for a domain.
        ("The shared drive password is actually 'Tulip#2079' now.", "Tulip#2079"),
        ('Honestly, the kiosk password is literally "Admin123!" everywhere.', "Admin123!"),
        ("The auth code for myshop.example.net is Qk7!x2Lp9z, paste it in.", "Qk7!x2Lp9z"),
        # A security answer quoted right after its name.
        ("Your memorable word 'marzipan' matched, so I've unlocked it.", "marzipan"),
        ('The secret answer "Lake Bled" is what we hold on file.', "Lake Bled"),
        # A password said after what it is made of.
        ("The wifi password is the room number plus the year, so Room412-2026 works.",
         "Room412-2026"),
        ("The PIN is your birth year backwards, i.e. 8991.", "8991"),
        # Keys named by their kind, bare.
        ("Licence key 7XK2PQM4RT9ZL3WA is yours to keep.", "7XK2PQM4RT9ZL3WA"),
        ("API key: K9F2M7Q1X8B3Z for the staging box.", "K9F2M7Q1X8B3Z"),
        ("try my bucket: access key QK7Z2M4XR8TW1LPB secret is in the doc", "QK7Z2M4XR8TW1LPB"),
        # An activation or licence code further on, after a colon.
        ("Here's the licence code for the second seat, paste it into Settings: 7HQ-22K-9PLX.",
         "7HQ-22K-9PLX"),
        ("The unlock code we promised, so you can skip the wait: QZ-4471-KP9T", "QZ-4471-KP9T"),
        # Digits read out with dashes between spaces, in German too.
        ("Der Schlüsselkasten hat jetzt die Kombination 3 \u2013 0 \u2013 7 \u2013 2.",
         "3 \u2013 0 \u2013 7 \u2013 2"),
        ("Your locker PIN is 6 \u00b7 1 \u00b7 1 \u00b7 8 until Sunday.",
         "6 \u00b7 1 \u00b7 1 \u00b7 8"),
    ],
)  # fmt: skip
def test_codes_passwords_and_keys_of_these_families_are_secrets(db, text, secret):
    assert overlaps(found(text, "secret"), secret)


@pytest.mark.parametrize(
    "text",
    [
        "Reset your PIN in the app under Settings > Security.",
        "Your booking PIN is 4 digits long and arrives by text.",
        "The Standard Pass is €49/year and includes parking.",
        "The Family Pass is $9.99/month, cancel any time.",
        "Run chown -R www-data:www-data on the folder; no FTP credentials are needed.",
        "Your login is j.smith22 and the password is the one you chose.",
        "Your verification code expires in 10 minutes, so request a new one.",
        "The one-time code 6 digits long arrives by SMS.",
        "The security code is the 3 digits on the back of your card.",
        "Firmware 4.10.2 fixes the gate lock bug on model SX-4471.",
        "Your order number 55120044 has shipped, the code is on the label.",
        'Your security answer to "What was your first car?" has been reset.',
        "The activation code arrives by e-mail within an hour: check spam too.",
        "Your access key ID is shown under Settings > Keys.",
        "The password must be 12 characters, so pick a long phrase.",
        "Our opening hours changed: 9:00-17:30 Monday to Friday.",
        "Licence key format: AAAA-1234-BBBB, letters and digits.",
        "Sizes 8 \u2013 10 \u2013 12 \u2013 14 are back, discount code SPRING \u2013 20 % off.",
        "Lines are open 9\u20135 on 0800 123 4567 / 0800 123 4568.",
    ],
)
def test_near_misses_of_these_secret_families_stay_clean(db, text):
    assert found(text, "secret") == []


def test_a_list_goes_on_only_with_codes_of_the_same_shape(db):
    text = "The door code is 4417, and 12 people already used the room today."
    assert found(text, "secret") == ["4417"]


@pytest.mark.parametrize(
    "iban",
    [
        "LU39280ZXKQ7PRMBWT4N",
        "MT84MALT011000012345MTLCAST001S",
        "QA58DOHB00001234567890ABCDEFG",
        "SC18SSCB11010000000000001497USD",
    ],
)
def test_ibans_whose_account_part_is_mostly_letters_are_found_unspaced(db, iban):
    text = f"We'll send the deposit back to {iban}, sorry for the wait."
    assert found(text, "iban") == [iban]


@pytest.mark.parametrize(
    "text",
    [
        "We'll send the deposit back to LU31280ZXKQ7PRMBWT4N, sorry for the wait.",
        "Your licence is LU12ABCDEF3456GHIJKL, keep it with the invoice.",
        "The part number MT84MALT0110ABCDEFGHIJKLMNOPQ is on the box.",
    ],
)
def test_lettered_look_alikes_that_fail_the_checks_are_not_ibans(db, text):
    assert found(text, "iban") == []


@pytest.mark.parametrize(
    ("text", "personal"),
    [
        # An identity number given for a check.
        ("For the KYC check I used 19850412-1234 from your card.", "19850412-1234"),
        ("We verified your identity with 760424 1234 083 yesterday.", "760424 1234 083"),
        ("ID check passed with document 8504125678083, all set.", "8504125678083"),
        # A national number said to be stored somewhere.
        ("Your passport number is saved as X9921457, please confirm it.", "X9921457"),
        ("Your passport number is in our records as K7Q42M1P8 — does that match?", "K7Q42M1P8"),
        # Allergies said of a person.
        ("Note for the kitchen: Mrs Patel is allergic to peanuts.", "allergic to peanuts"),
        ("He has a severe latex allergy, so please use nitrile gloves.", "latex allergy"),
        ("My daughter is allergic to amoxicillin, please flag it.", "allergic to amoxicillin"),
        ("You said you're allergic to shellfish, so we swapped the starter.",
         "allergic to shellfish"),
        # Medicines someone takes.
        ("Mr Grant is on warfarin, so check before the extraction.", "on warfarin"),
        ("She's taking metformin twice a day, the driver knows.", "taking metformin"),
        ("He was prescribed amoxicillin last week, per his note.", "prescribed amoxicillin"),
        ("Your dad is currently on lithium, we've noted it.", "on lithium"),
        # Illnesses said of a person.
        ("So sorry to hear about your Crohn's flare-up, take your time.", "Crohn's"),
        ("His epilepsy means he can't do the night shifts.", "epilepsy"),
        ("Hope your knee replacement went well, the booking can wait.", "knee replacement"),
        ("We moved the call after her stroke last spring.", "stroke"),
        # A full name with a record in parts, or after a role and a colon.
        ("The visit is under Jan Kowalczyk, ref KX-22-4410, on Friday.", "Jan Kowalczyk"),
        ("Booked for Amara Okafor (appointment DEN-UK-55123) at 3pm.", "Amara Okafor"),
        ("They sent me this: \"Client: Dana Whitfield, 2 sessions left\". Not mine!",
         "Dana Whitfield"),
        ("Could you move Grace Okoro's appt to Thursday?", "Grace Okoro"),
        ("Please cancel for my daughter Mila Hartmann (KX-K-4410), she is ill.", "Mila Hartmann"),
        # Someone described by a condition, and German insurance numbers.
        ("Our story of the week: Mr Owen Price from Swansea, 61, a haemophiliac, loved it.",
         "haemophiliac"),
        ("Herr Lukas Brandt aus Kiel, 47, Diabetiker, kam gut zurecht.", "Diabetiker"),
        ("Für die Anmeldung: Krankenversichertennummer T204518837, passt.", "T204518837"),
        ("Überweisung für Frau Ute Sommer, KVNR A123456780.", "A123456780"),
    ],
)  # fmt: skip
def test_health_identity_and_named_records_of_these_families_are_personal_data(db, text, personal):
    assert overlaps(found(text, "personal_data"), personal)


@pytest.mark.parametrize(
    "text",
    [
        "If you're allergic to penicillin, tell the dentist before treatment.",
        "I'm allergic to waiting on hold, honestly 😅",
        "Our menu lists every allergen: nuts, milk, gluten and sesame.",
        "Anyone allergic to nuts should skip the brownies this week.",
        "The machine is on standby overnight to save power.",
        "She's on holiday until Monday, I'll pass it on.",
        "We're taking part in the trial of the new app.",
        "Our asthma-friendly filters are back in stock.",
        "Parkinson's UK is our charity partner this year.",
        "Your order for the diabetes test strips has shipped.",
        "Your anxiety about the move is understandable, we'll help.",
        "ID verification takes two working days; your order 45120987 is safe.",
        "Lewis Hamilton's visit to the factory was a highlight.",
        "Customer Care: Priya Raman and the team are here 9-5.",
        "Thanks,\nNadia Ferreira\nSupport Team",
        "Her stroke technique improved a lot at swim club.",
        "Your asthma inhaler order has shipped.",
        "His stroke of genius was the new layout.",
        "We're running on adrenaline after launch week.",
        "Booked for Chinese New Year (CNY-2026-01), the menu is fixed.",
        "Our new product (SKU AB-12-3456) is live.",
        "Only your own diabetes team can change the dose.",
        "Please check with your asthma nurse before the class.",
        "Congrats to our newest member, Jane Doe, who joined this week!",
        "Kein Mitarbeiter, nur Kunde: Drei Monate, keine Probleme.",
    ],
)
def test_near_misses_of_these_personal_families_stay_clean(db, text):
    assert found(text, "personal_data") == []
