"""The precise detectors on kinds of text a company's replies hold: one test per kind of miss or
false alarm fixed (passwords in prose, lock codes, key pairs, national ids, health data, names
with their records, printed IBANs with letters, swearing idioms, register numbers, names and
paraphrases). The examples are made up for these tests."""

import pytest

from openline.guidance import actions
from openline.guidance.checks import check_text

from .findings import found


def flagged(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in check_text(text).findings]


@pytest.fixture
def register(db, settings):
    settings.OPENLINE = {
        **settings.OPENLINE,
        "COMPANY_NAME": "Quillbarrow",
        "COMPANY_PRODUCTS": ["Quillbarrow Notes"],
    }
    actions.add_confidential_term(
        None, term="BUG-5531", category="other", note="internal bug ticket: sync deletes notes",
        variants=["BUG 5531", "5531"],
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="Heron", category="code_name", note="code name of the unannounced tablet app",
        variants=["Project Heron"],
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="Quillpot", category="other",
        note="internal support console (word is also an ordinary pot of ink)",
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="Driftline", category="other", note="internal billing audit report"
    )
    actions.add_confidential_term(
        None, term="Sync 3 rollback", category="other", note="planned rollback, not announced",
        variants=["rollback to 3.0.2"],
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="CERT-2293", category="other",
        note="internal ticket: the regulator is auditing the encryption certification of the "
        "desktop client",
        variants=["the certification audit"],
    )  # fmt: skip


# --- secrets -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("For the pilot group: the staging login is qa-user / snowdrift2031 until Friday.",
         "snowdrift2031"),
        ("Log into the admin console with root / Tr0mbone-Z! and restart it.", "Tr0mbone-Z!"),
        # a password named with many words between the word and the value
        ("The password for the warehouse tablet at the Leeds depot is Kettle#1990, keep it safe.",
         "Kettle#1990"),
        ("The default password for the new kiosk admin screen mode is lemonade456, change it.",
         "lemonade456"),
    ],
)  # fmt: skip
def test_logins_and_passwords_in_prose_are_secrets(db, text, secret):
    assert found(text, "secret") == [secret]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("OK, your voicemail PIN has been reset to 4419.", "4419"),
        ("The bike shed door now opens with 5 0 2 8 * so keep it to yourself.", "5 0 2 8 *"),
        ("Your release confirmation code is 33 18 92, give it to the courier.", "33 18 92"),
    ],
)
def test_pins_lock_codes_and_one_time_codes_are_secrets(db, text, code):
    assert found(text, "secret") == [code]


def test_an_aws_secret_key_after_its_access_key_id_is_a_secret(db):
    text = "here you go: AKIAQWERTYUIOPASDFGH / Zx9+abcDEFghiJKLmnoPQRstuVWXyz0123456789"
    assert "Zx9+abcDEFghiJKLmnoPQRstuVWXyz0123456789" in found(text, "secret")


@pytest.mark.parametrize(
    "text",
    [
        'headers: { "X-Api-Key": process.env.ACME_API_KEY },',
        "ACME_KEY=sk_test_XXXXXXXXXXXXXXXX",
        "Log in with your email / password as usual.",
        "Your booking confirmation code is ABC123X.",
        "The door opens with a swipe card, not a code.",
    ],
)
def test_code_that_reads_a_key_placeholders_and_public_codes_are_not_secrets(db, text):
    assert found(text, "secret") == []


# --- personal data ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Thanks Priya, the form shows your Aadhaar 2345 6789 0123, please blur it next time.",
         "2345 6789 0123"),
        ("The PPS number you gave us (1234567FA) is now on the claim.", "1234567FA"),
        ("We have your passport number as 612345789 on file.", "612345789"),
        ("Your UK driving number SMITH701234JJ9AB is verified.", "SMITH701234JJ9AB"),
        ("For the seat we need the carer card number, I have CA-5512-7781 for her.",
         "CA-5512-7781"),
        ("We have your date of birth as 02.11.1975 on the form.", "02.11.1975"),
    ],
)  # fmt: skip
def test_national_ids_and_dates_of_birth_said_in_other_words(db, text, value):
    assert value in found(text, "personal_data")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The driver who scratched your car was Peter Lindqvist, trip ABC-1234-5678.",
         "Peter Lindqvist"),
        ("Congrats to our best learner, Aoife McKenna (student ID LS-2024-11223)!",
         "Aoife McKenna"),
        ("The flag on Sean O'Brien (student LS-2025-44102) was wrong.", "Sean O'Brien"),
    ],
)  # fmt: skip
def test_a_full_name_with_a_trip_ticket_or_student_record(db, text, name):
    assert name in found(text, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Confirmed, your letter mentions the PTSD diagnosis from Dr. Ellis.",
        "Sadly he was diagnosed with epilepsy last year, so the seat was changed.",
    ],
)
def test_someones_diagnosis_is_personal_data(db, text):
    assert found(text, "personal_data")


def test_a_korean_mobile_number_given_as_someones_number(db):
    text = "@minji her friend Seo-yeon's number is 010-5512-7781, text her."
    assert found(text, "personal_data") == ["010-5512-7781"]


@pytest.mark.parametrize(
    "text",
    [
        "We can't give a diagnosis over chat, please see your GP.",
        "It's open daily 8:00\u201320:00 at Leopoldstr. 12, 80802 München.",
        "Doors open at 19:00. Address: Symphony Hall, Broad Street, Birmingham B1 2EA.",
        "The order's number is 12345678.",
    ],
)
def test_public_places_and_talk_about_diagnoses_are_not_personal_data(db, text):
    assert found(text, "personal_data") == []


def test_an_abbreviated_german_street_is_an_address(db):
    assert found("Bitte an Leopoldstr. 12 schicken.", "personal_data") == ["Leopoldstr. 12"]


# --- IBANs --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "iban", ["RO28 AAAA BQ31 0075 9384 0000", "MT84 MALT 0110 0001 2345 MTLC AST0 01S"]
)
def test_ibans_with_letters_in_the_account_number_printed_in_groups(db, iban):
    assert found(f"The refund goes to {iban} today.", "iban") == [iban]


# --- profanity ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Sorry, the booking system went tits up last night.", "went tits up"),
        ("Honestly the print run was a complete balls-up, sorry.", "balls-up"),
        ("The rollout was a proper clusterf*ck, apologies.", "clusterf*ck"),
        ("hell yeah, the gig was amazing", "hell yeah"),
        ("The app is slow as hell today.", "as hell"),
        ("ok lmao that's fair", "lmao"),
        ("Stop it, you total clown.", "you total clown"),
        ("Those resellers are scumbags.", "scumbags"),
        ("The printer crapped out again.", "crapped"),
    ],
)
def test_swearing_idioms_acronyms_insults_and_masked_compounds(db, text, word):
    assert word in found(text, "profanity")


@pytest.mark.parametrize(
    "text",
    [
        "The hell-fire boss is overtuned, a fix is coming.",
        "The clown at the kids' party was great.",
        "Shellfish allergy info is on the hello page, Michelle.",
    ],
)
def test_ordinary_words_near_swearing_are_not_profanity(db, text):
    assert found(text, "profanity") == []


# --- the register -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "5531 players joined the beta in the first hour!",
        "Last week we cancelled 5,531 orders from bots.",
        "If anyone asks, 5531 is just the build number.",
        "Born on this day: Grace Heron, our founder's grandmother.",
        "Cars parked on Heron Street are fine.",
        "Sorry for the splash on the quillpot lid in the photo.",
        "The driftline on your invoice is the rounding adjustment.",
        "We've let him know.",
    ],
)
def test_counts_other_names_and_ordinary_words_are_not_the_register(register, text):
    assert found(text, "internal_reference") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Yes, that's tracked as 5531, the fix is close.", "5531"),
        ("The ticket 5531 is still open, sorry.", "5531"),
        ("Don't update this week, we're rolling back to 3.0.2 on Monday.",
         "rolling back to 3.0.2"),
        ("Heron launches in spring.", "Heron"),
    ],
)  # fmt: skip
def test_register_ids_verb_forms_and_names_are_found(register, text, words):
    assert words in found(text, "internal_reference")


def test_a_sentence_that_retells_a_register_note_is_flagged(register):
    text = "Heads-up: the regulator is auditing the encryption certification of our desktop client."
    assert found(text, "internal_reference") == [text.removesuffix(".")]


def test_a_hedge_with_a_word_of_the_note_is_flagged(register):
    text = "Without going into details: I'd hold off on the tablet for now."
    assert found(text, "internal_reference") == [text.removesuffix(".")]


# --- English legal phrase rules: false alarms --------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "You also asked whether we'd reimburse the concert tickets; our terms don't cover that.",
        "We're not going to comment on the lawsuit thread, sorry.",
    ],
)
def test_a_reported_question_and_a_refusal_to_comment_are_not_legal_risk(db, text):
    assert found(text, "legal_risk") == []


def test_a_promise_to_reimburse_costs_is_still_legal_risk(db):
    assert found("We'll reimburse the hotel costs in full.", "legal_risk")
