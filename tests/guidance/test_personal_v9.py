"""Personal data by family (personal-v9, issue 13): health, a loss, a test result or a care
pathway said of a person the reader can tell; a home given by its street or in parts; a full
name next to a record's reference or a flat; number plates; user names tied to a person;
identity numbers closed by letters; and the operator's own freephone and short numbers as public
contacts. Each family has clean near-misses beside it. The examples are made up for these tests
(other products, other countries)."""

import pytest
from django.core.exceptions import ValidationError

from openline.guidance import actions
from openline.guidance.checks import check_text

pytestmark = pytest.mark.django_db


def found(text: str) -> list[str]:
    return [text[f.start : f.end] for f in check_text(text).findings if f.kind == "personal_data"]


def flags(text: str, value: str) -> bool:
    """Whether a personal-data finding overlaps `value` in `text` (as the evaluation scores)."""
    start = text.index(value)
    return any(
        f.kind == "personal_data" and f.start < start + len(value) and start < f.end
        for f in check_text(text).findings
    )


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # A pronoun, a relative, a role or a name, then a state or a condition in its clause.
        ("The courier said he's deaf in one ear, so please text rather than ring.", "he's deaf"),
        (
            "Quick note for the fitter: her grandson has cerebral palsy and needs the ramp.",
            "her grandson has cerebral palsy",
        ),
        (
            "Ms Achebe is partially sighted, so we've sent the manual in large print.",
            "Ms Achebe is partially sighted",
        ),
        (
            "Your neighbour mentioned that she's on dialysis three times a week.",
            "she's on dialysis",
        ),
        (
            "The tenant has early-onset Alzheimer's, the daughter told us.",
            "The tenant has early-onset Alzheimer's",
        ),
        (
            "Olu Bankole was diagnosed with multiple sclerosis in spring, his wife wrote.",
            "multiple sclerosis",
        ),
        (
            "Thanks for telling us you're expecting twins, we'll hold the cot until May.",
            "you're expecting twins",
        ),
        (
            "He's recovering from a stroke and can't climb to the loft hatch.",
            "He's recovering from a stroke",
        ),
        (
            "My dad is still fine but has a broken hip after the fall on the ferry.",
            "has a broken hip",
        ),
        (
            "His Crohn's disease flared again, so the courier should leave it with reception.",
            "Crohn's disease",
        ),
        (
            "Posting for my aunt: her gum disease means she can't chew the sample bars.",
            "her gum disease",
        ),
        ("Your son's tonsillitis is why the booking moved, that's fine.", "tonsillitis"),
    ],
)
def test_a_health_condition_said_of_someone_is_personal(text: str, value: str) -> None:
    assert flags(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Hearing loss is common after sixty; our captions help everyone.",
        "If you're pregnant, please check with your midwife before using the sauna.",
        "Guests who are blind can ask for the audio description at the desk.",
        "They were disabled from posting after the spam wave last night.",
        "Her tablet has a cracked back and the screen flickers.",
        "We support the stroke association every spring with a bake sale.",
        "The diagnosis of the fault took the engineer two hours.",
        "Your hearing aids are ready to collect from the Leeds shop.",
    ],
)
def test_health_talk_about_no_one_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Seine Frau hat Parkinson und kommt nicht mehr an die Tür.", "Seine Frau hat Parkinson"),
        ("Er ist seit Jahren schwerhörig, bitte schriftlich antworten.", "schwerhörig"),
        (
            "Frau Lindqvist ist im Krankenhaus, die Abholung verschiebt sich.",
            "Frau Lindqvist ist im Krankenhaus",
        ),
        (
            "Ihre Mutter ist im März verstorben, deshalb kündigen wir den Vertrag.",
            "Ihre Mutter ist im März verstorben",
        ),
        ("Die Kundin hat Migräne und bittet um Rückruf am Abend.", "Die Kundin hat Migräne"),
    ],
)
def test_german_health_and_loss_said_of_someone_is_personal(text: str, value: str) -> None:
    assert flags(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Demenz ist eine häufige Erkrankung im Alter, unsere Uhren helfen dabei.",
        "Wenn Sie schwanger sind, fragen Sie vor der Sauna Ihre Ärztin.",
        "Der alte Router ist leider verstorben, sagt er, wir schicken einen neuen.",
        "Viele Kunden haben Diabetes und nutzen die App für ihre Werte.",
        "Die Lampe ist blind montiert und leuchtet nur nach unten.",
    ],
)
def test_german_health_talk_about_no_one_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "So sorry to hear his father passed away in August; the account is closed.",
            "his father passed away",
        ),
        (
            "The caller said their daughter died last winter and asked us to stop the mail.",
            "their daughter died",
        ),
        (
            "She lost her husband in March, so please take the joint tenancy off.",
            "She lost her husband",
        ),
        ("Her late brother's subscription has been cancelled and refunded.", "Her late brother"),
        (
            "The member's wife is terminally ill, so we've paused the membership.",
            "wife is terminally ill",
        ),
    ],
)
def test_a_death_in_someones_family_is_personal(text: str, value: str) -> None:
    assert flags(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Our bereavement team can help with a late relative's account.",
        "The battery died after two hours, so we're sending a new one.",
        "The parcel was lost in transit, I'm so sorry.",
        "Your late delivery has been refunded in full.",
        "The plant in reception died over the holidays.",
    ],
)
def test_talk_of_loss_about_no_one_stays_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Your ferritin came back at 9 ng/mL, which the nurse called low.", "9 ng/mL"),
        ("For Mr Haldane the blood pressure was 168/101 at the pharmacy check.", "168/101"),
        ("Her cholesterol is 7.4, so the trainer will keep cardio gentle.", "cholesterol is 7.4"),
        ("His eGFR of 38 means the clinic wants a repeat test.", "eGFR of 38"),
        ("Your B12 was 140 pmol/L on the last panel.", "140 pmol/L"),
    ],
)
def test_a_test_result_said_of_someone_is_personal(text: str, value: str) -> None:
    assert flags(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "A normal HbA1c is below 42 mmol/mol, so ask your GP what yours means.",
        "The iron setting 3 is for silk and wool.",
        "Our app shows blood pressure readings in mmHg if you pair a cuff.",
        "Aim for a cholesterol under 5, the leaflet says.",
        "The 250 ml bottle is back in stock.",
    ],
)
def test_health_figures_about_no_one_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "She's on the waiting list for a fertility clinic, so the trip may move.",
            "She's on the waiting list for a fertility clinic",
        ),
        (
            "He was referred to a cardiologist last week and can't take the call.",
            "He was referred to a cardiologist",
        ),
        (
            "Your mum was admitted to the stroke ward on Sunday, the carer said.",
            "Your mum was admitted to the stroke ward",
        ),
        (
            "They're being treated at the oncology unit in Galway this month.",
            "They're being treated at the oncology",
        ),
        (
            "You're seeing a psychiatrist on Thursdays, so we'll book Fridays.",
            "You're seeing a psychiatrist",
        ),
    ],
)
def test_a_care_pathway_said_of_someone_is_personal(text: str, value: str) -> None:
    assert flags(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "We've referred your complaint to the clinic manager.",
        "Your order is waiting for collection at the pharmacy counter.",
        "Patients can be referred to a specialist by their GP.",
        "I'm seeing the engineer about the boiler tomorrow.",
        "You were admitted to the beta programme last week.",
    ],
)
def test_care_words_about_no_one_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The buyer, Ines Carvalho, lives on Rosemount Avenue and wants a new slot.",
            "Rosemount Avenue",
        ),
        ("Apparently he moved to Tern Crescent over the summer.", "Tern Crescent"),
        ("Sie wohnt in der Ahornstraße und ist nachmittags da.", "Ahornstraße"),
        ("Her address is Plot 7, Sector 21, Dwarka, New Delhi.", "Plot 7, Sector 21"),
        ("Deliver to Door 14, 3rd Cross, Jayanagar, Bengaluru.", "Door 14, 3rd Cross"),
        ("Ship it to 9 Kestrel Tce, Dunedin please.", "9 Kestrel Tce"),
    ],
)
def test_a_home_given_by_its_street_or_in_parts_is_personal(text: str, value: str) -> None:
    assert flags(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Our returns address is Unit 5, Mill Yard, Leeds.",
        "The café on Rosemount Avenue stocks our beans.",
        "Send it to Accounts Payable, Building 2, Level 3.",
        "Our showroom lives on Tern Crescent now, come by.",
        "Unser Laden ist in die Ahornstraße umgezogen.",
    ],
)
def test_public_and_business_places_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("We refunded Tomasz Zielinski for order 40917720 this morning.", "Tomasz Zielinski"),
        ("Claim HX-55-0921 was opened by Ngozi Eze after the storm.", "Ngozi Eze"),
        ("The voucher for Pilar Ortega (case #88120) has been reissued.", "Pilar Ortega"),
        ("Der Auftrag 7793-3302 gehört Lukas Hartmann aus Wismar.", "Lukas Hartmann"),
        ("Ticket #51293: Farah Haddad says the kettle still trips.", "Farah Haddad"),
        ("I've moved Bram de Vries's install visit (order #KT-60321) to Monday.", "Bram de Vries"),
        ("We have Yusuf Demir in flat 6C on the boiler list.", "Yusuf Demir in flat 6C"),
        (
            "The complaint came from Hana Novak, room 214, about the heating.",
            "Hana Novak, room 214",
        ),
    ],
)
def test_a_full_name_next_to_a_record_or_a_flat_is_personal(text: str, value: str) -> None:
    assert flags(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Our Harbour Lamp (model HL-2201) is back in stock.",
        "The Willow Chair, SKU WC-4410, ships tomorrow.",
        "Booking LX-88419 was made by our agent Sam Patel for the group.",
        "Your account manager is Lena Ortiz; ticket #4410 is with her.",
        "Your parcel went with Royal Mail Tracked 48, order 55120 is on its way.",
        "Die Bestellnummer 4471-2290 finden Sie auf der Rechnung.",
        "The workshop is at the Harbour View Hotel, room 12, from nine.",
    ],
)
def test_names_of_things_staff_and_carriers_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("His licence plate is WK21 HZT, he parks across our gate.", "WK21 HZT"),
        ("Her car's registration number is YR68 PLN.", "YR68 PLN"),
        ("Sein Kennzeichen ist K-LM 4428, der Wagen steht vor der Tür.", "K-LM 4428"),
        ("The van with reg BD19 XKA belongs to the tenant upstairs.", "BD19 XKA"),
        ("Plate number 8TRS512 (Nevada) was on the dashcam.", "8TRS512"),
        ("The driver said his car, GF70 RUE, was clamped by mistake.", "GF70 RUE"),
    ],
)
def test_a_number_plate_is_personal(text: str, value: str) -> None:
    assert flags(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Plate 3 of the manual shows the wiring.",
        "Registration for the 2026 course is open now.",
        "Our reg number 12345678 is on every invoice.",
        "Car B-QX 2291 in our fleet has a new sticker.",
        "The dinner plate set comes in four colours.",
    ],
)
def test_plates_of_no_one_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Her TikTok is @mira_bakes22 and she tagged us twice.", "@mira_bakes22"),
        ("He posts as u/quietlake_77 on the forum, please don't name him.", "u/quietlake_77"),
        ("The username kt_ross91 belongs to the buyer who complained.", "kt_ross91"),
        ("Your son's Steam name is pixelfox_09, so we linked the code there.", "pixelfox_09"),
        ("My sister's Instagram handle is @june.sews4u if you want the photos.", "@june.sews4u"),
    ],
)
def test_a_user_name_tied_to_a_person_is_personal(text: str, value: str) -> None:
    assert flags(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Follow our Instagram @brookvale_home for offers.",
        "Our handle on Bluesky is @brookvale.bsky.social.",
        "@ana@mastodon.ie thanks, we've fixed the link!",
        "Your A1 plan renews next month.",
        "His account GB29 NWBK 6016 1331 9268 19 was refunded.",
    ],
)
def test_company_handles_and_other_codes_are_no_user_names(text: str) -> None:
    assert [s for s in found(text) if "@" in s or "_" in s or s.startswith("u/")] == []


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PPS number for the new starter is 8812345TW, please file it.", "8812345TW"),
        (
            "I need your health card number for the form — thanks, 6094-553-118-XK.",
            "6094-553-118-XK",
        ),
        ("Her PPSN: 1234567FA was on the scanned form.", "1234567FA"),
        ("Your driving licence number is ROSSI802154JD9LM on our file.", "ROSSI802154JD9LM"),
        ("Ontario health card 4532-281-947-QT was attached.", "4532-281-947-QT"),
    ],
)
def test_an_identity_number_closed_by_letters_is_personal(text: str, value: str) -> None:
    assert flags(text, value)


@pytest.mark.parametrize(
    "text",
    [
        "Yours sincerely,\nAmara Osei\nCustomer Relations Manager",
        "Best,\nJonas Weber\nPatient Services Lead",
        "Kind regards,\nPriya Shah\nCustomer Experience Team",
        "Thanks,\nLeo Brandt\nHead of Support",
        "Cheers, Maya — Customer Care",
    ],
)
def test_staff_sign_offs_with_a_job_title_stay_clean(text: str) -> None:
    assert found(text) == []


@pytest.mark.parametrize(
    ("value", "normalised"),
    [
        ("1800 731 442", "+611800731442"),  # an Australian freephone line
        ("1-888-412-0690", "+18884120690"),  # a North American one
        ("1300 477 829", "+441300477829"),  # valid in the UK, the operator's region
        ("13 11 22", "+61131122"),  # an Australian shared-cost line
        ("116 116", "116116"),  # a short number some countries dial
        ("112", "112"),
    ],
)
def test_operators_can_register_freephone_and_short_numbers(value: str, normalised: str) -> None:
    contact = actions.add_public_contact(value=value)
    assert contact.normalised == normalised


def test_an_indian_freephone_line_is_accepted_and_read_back_as_public() -> None:
    actions.add_public_contact(value="1800 266 7142")
    text = "Call our helpline on 1800 266 7142 or +91 1800 266 7142, any time."
    assert found(text) == []


def test_a_registered_australian_freephone_line_is_not_flagged() -> None:
    actions.add_public_contact(value="1800 731 442 (Australia, free)")
    assert found("Ring us free on 1800 731 442 from anywhere in Australia.") == []


@pytest.mark.parametrize("value", ["512 555 0147", "1234567", "hello", "99 99"])
def test_numbers_of_no_country_are_still_refused(value: str) -> None:
    with pytest.raises(ValidationError):
        actions.add_public_contact(value=value)


def test_the_same_freephone_line_written_twice_is_a_duplicate() -> None:
    actions.add_public_contact(value="+1 888 412 0690")
    with pytest.raises(ValidationError, match="already a public contact"):
        actions.add_public_contact(value="1-888-412-0690")


def test_the_companys_own_address_given_in_parts_is_not_flagged() -> None:
    actions.add_public_contact(value="Brookvale Ltd, Unit 4, Canal Wharf, Leeds LS11 5PS")
    assert found("Please send it to Unit 4, Canal Wharf, Leeds LS11 5PS with the form.") == []


def test_a_company_asking_to_be_tagged_is_no_ones_user_name() -> None:
    assert found("Share it on your Instagram @brookvale_home and we'll repost it.") == []
