"""The precise detectors on kinds of text, not on examples of one evaluation set (session 8,
issue 13): each test covers a kind (a code given a sentence after its name, a name owning a
record, a birth date said apart from its label, an organisation's freephone number, the ordinary
sense of a code name, the details of a named incident, …) with several made-up variants across
countries and phrasings, and clean look-alikes that must stay clean."""

import pytest

from openline.guidance import actions
from openline.guidance.checks import check_text
from openline.guidance.models import PublicContact

from .findings import found


def anything(text: str) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in check_text(text).findings]


@pytest.fixture
def register(db, settings):
    settings.OPENLINE = {
        **settings.OPENLINE,
        "COMPANY_NAME": "Brindlecoast",
        "COMPANY_PRODUCTS": ["Brindlecoast Go"],
    }
    actions.add_confidential_term(
        None, term="OPS-7720", category="other",
        note="internal incident: the Lyon sorting hub lost ~4,200 parcels for two days",
        variants=["OPS 7720", "the Lyon hub meltdown"],
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="Marten", category="code_name",
        note="internal route-planning tool (word is also an ordinary animal)",
        variants=["the Marten tool"],
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="Quay Line", category="other",
        note="internal back-office ledger for manual refunds",
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="SWAP-31", category="recall",
        note="unannounced exchange of faulty scanner batteries",
        variants=["SWAP 31", "Batterietausch 31"],
    )  # fmt: skip


# --- secrets: a code given apart from its name ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("There's a service PIN for the alarm panel. On ours it's 6917, try it.", "6917"),
        ("I've texted you a security code. If the text never comes, it is 582 044.", "582 044"),
        ("Your TAN for the standing order is 907 331, it expires soon.", "907 331"),
        ("Deine TAN für den Dauerauftrag ist 317 902.", "317 902"),
        ("The engineer code for the heat pump display: 4471, don't pass it on.", "4471"),
        ("Hold OK for five seconds, then type 8826 at the prompt to see the logs.", "8826"),
        ("Enter 0392 on the keypad to get into the service menu.", "0392"),
    ],
)  # fmt: skip
def test_a_numeric_code_given_after_its_name_is_a_secret(db, text, code):
    assert found(text, "secret") == [code]


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ('The security answer on the account is "Blauwal", read it back to confirm.', "Blauwal"),
        ("Memorable word: tangerine. Please confirm it on the call.", "tangerine"),
        ("Your mother's maiden name was set to Okonkwo when you opened it.", "Okonkwo"),
    ],
)  # fmt: skip
def test_the_answer_to_a_security_question_is_a_secret(db, text, answer):
    assert found(text, "secret") == [answer]


@pytest.mark.parametrize(
    ("text", "password"),
    [
        ("I've reset your password. The new one is Harbour!2291, change it after logging in.",
         "Harbour!2291"),
        ("Ich habe das Passwort zurückgesetzt. Das neue lautet Winter#77kl, bitte ändern.",
         "Winter#77kl"),
    ],
)  # fmt: skip
def test_a_new_password_a_sentence_after_the_reset_is_a_secret(db, text, password):
    assert found(text, "secret") == [password]


@pytest.mark.parametrize(
    "text",
    [
        "Your order code is 44821, track it on the website.",
        "Use code SPRING2026 for 10% off, it is valid until 31 May.",
        "The PIN pad has 12 keys and the code is 4 digits long.",
        "Enter the code we texted you; it's valid for 10 minutes.",
        "Your security answer is case-sensitive.",
        "I reset your password. The new one is sent by e-mail, please check.",
        "For the 2026 season the code is simple: be kind.",
        "The tracking code is on the label, order 558120.",
    ],
)
def test_public_codes_and_talk_about_codes_are_not_secrets(db, text):
    assert found(text, "secret") == []


# --- personal data ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Good news: Maura Kilbride's parcel and yours were on the same van.", "Maura Kilbride"),
        ("I can see it now, that's Tadhg Ó Briain's account, right?", "Tadhg Ó Briain"),
        ("The bill for Femi Adeyemi, account 4410 2298 1177, went to the old flat.",
         "Femi Adeyemi"),
        ("New claim: policyholder Ingrid Solberg, water damage in the kitchen.", "Ingrid Solberg"),
        ("The previous tenant is Rory McGrath, he moved out in May.", "Rory McGrath"),
        ("Kundin Petra Lindqvist möchte zurückgerufen werden.", "Petra Lindqvist"),
    ],
)  # fmt: skip
def test_a_full_name_owning_a_record_or_named_by_its_role_is_personal_data(db, text, name):
    assert name in found(text, "personal_data")


@pytest.mark.parametrize(
    ("text", "date"),
    [
        ("DOB on file: 14 August 1981, and the policy number checks out.", "14 August 1981"),
        ("I need your date of birth for the check. Got it: 03/11/1974, thanks!", "03/11/1974"),
        ("Birthday noted for the records — March 9, 1966.", "March 9, 1966"),
        ("Geburtsdatum haben wir: 21.04.1958.", "21.04.1958"),
    ],
)  # fmt: skip
def test_a_full_date_decades_back_in_a_draft_about_birth_is_a_birth_date(db, text, date):
    assert date in found(text, "personal_data")


@pytest.mark.parametrize(
    ("text", "need"),
    [
        ("Priority register updated: home dialysis machine, please call before any outage.",
         "home dialysis machine"),
        ("Noted for the account: oxygen concentrator at home, carer visits daily.",
         "oxygen concentrator at home"),
        ("Just so the engineer knows, she uses a wheelchair and the ramp is at the back.",
         "she uses a wheelchair"),
    ],
)  # fmt: skip
def test_someones_medical_needs_are_personal_data(db, text, need):
    assert found(text, "personal_data") == [need]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("New claim, address 14 Elmfield Park, Ballincollig, Cork P31 K2D8.",
         "14 Elmfield Park, Ballincollig, Cork P31 K2D8"),
        ("Send it to 7 Millbrook Rise, Bury BL9 0QT please.", "7 Millbrook Rise, Bury BL9 0QT"),
        ("Her flat is 2-14-6 Kichijoji, Musashino-shi.", "2-14-6 Kichijoji"),
    ],
)  # fmt: skip
def test_home_addresses_named_like_parks_and_rises_are_personal_data(db, text, address):
    assert any(address in words or words in address for words in found(text, "personal_data"))


@pytest.mark.parametrize(
    "text",
    [
        "If you smell gas, call the emergency line on 0800 111 999 straight away.",
        "Our US partner's freephone is 1-800-555-0199, open every day.",
        "You can reach the service desk on 1 (800) 555-0199 after six.",
        "Ruf die kostenlose Hotline 0800 826 1234 an.",
        "Our Dublin freephone is 1800 943 221, lines open 8-8.",
        "The shop on Herengracht 210 has it on display, no appointment needed.",
        "Book a slot at our Leeds service centre, 40 Kirkstall Road, any weekday.",
        "The branch at Calle Mayor 12 opens at nine.",
        "We shipped the orders placed 3-5 May a day late, sorry.",
        "The UK line is open Mon-Fri 9-6 Eastern time too.",
        "Firmware 4.2.1 was released on 12/07/2025 with a new pairing screen.",
        "The oxygen sensor in the boiler needs replacing.",
        "The customer is always right, and our Support Team agrees.",
        "@tomas@fedi.example.social the update is out.",
    ],
)
def test_organisation_lines_shops_ranges_and_dates_are_not_personal_data(db, text):
    assert found(text, "personal_data") == []


@pytest.mark.parametrize("phone", ["090-1234-5678", "087 123 4567", "0871 234 5678"])
def test_mobiles_whose_prefix_is_a_paid_line_elsewhere_are_still_personal_data(db, phone):
    assert found(f"You can reach Aoife on {phone} after six.", "personal_data") == [phone]


def test_a_public_contact_written_with_its_note_in_brackets_is_stored_as_the_number(db):
    contact = actions.add_public_contact(value="0113 496 0555 (night service line, public)")
    assert (contact.kind, contact.normalised, contact.note) == (
        "phone",
        "+441134960555",
        "night service line, public",
    )
    assert PublicContact.objects.count() == 1
    assert found("Call our night line on 0113 496 0555.", "personal_data") == []


# --- the register ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("Yes, that was OPS-7720, about 4,200 parcels were stuck.", "about 4,200 parcels"),
        ("That's OPS 7720. The sorting hub in Lyon lost parcels for two days.",
         "The sorting hub in Lyon lost parcels for two days"),
        ("Your scanner is on SWAP-31, the faulty batteries are being exchanged.",
         "the faulty batteries are being exchanged"),
    ],
)  # fmt: skip
def test_what_a_draft_says_about_a_register_item_it_names_is_flagged(register, text, detail):
    assert any(detail in words for words in found(text, "internal_reference"))


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, we had a hub meltdown in Lyon on Monday, your parcel is moving again.",
        "A meltdown at the Lyon hub delayed it, sorry.",
    ],
)
def test_a_variant_reworded_around_its_place_name_is_the_register_item(register, text):
    assert found(text, "internal_reference")


def test_a_hint_at_secrecy_in_a_sentence_naming_an_item_flags_the_sentence(register):
    text = "Unter uns: deine Karte gehört zu denen, die wir gerade tauschen (Batterietausch 31)."
    (words,) = found(text, "internal_reference")
    assert words.startswith("Unter uns") and "tauschen" in words


@pytest.mark.parametrize(
    "text",
    [
        "The Marten documentary is lovely if you like animals 🦦, and yes, the app works offline.",
        "Tap Profile → Badges → Marten to see the badge you won.",
        "I spent the evening reading about quay line fishing in Brittany.",
        "A marten got into the depot roof, so the morning run was late.",
        "Lyon is lovely in spring, and yes, we deliver there.",
    ],
)
def test_ordinary_senses_of_register_words_are_not_internal(register, text):
    assert found(text, "internal_reference") == []


def test_the_register_word_is_still_found_where_the_sentence_speaks_of_the_item(register):
    text = "I checked the route plan in Marten and your driver is two stops away."
    assert found(text, "internal_reference") == ["Marten"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("The wifi in the lounge: network Guest5, pass sunflower88", "sunflower88"),
        ("Router label says SSID Hearth-24, password meadowlark7.", "meadowlark7"),
    ],
)
def test_a_networks_key_given_plainly_is_a_secret(db, text, key):
    assert found(text, "secret") == [key]


def test_passing_a_check_on_the_network_is_not_a_password(db):
    assert found("The network check will pass once the router restarts.", "secret") == []
