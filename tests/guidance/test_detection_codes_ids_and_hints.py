"""The precise detectors on forms found in another company's drafts (issue 13, precise-v5): codes
read out in groups or digit by digit, a network and its key, national numbers known by their
shape or named earlier in the sentence, a name tied to an order by "from", register notes whose
aside says what the word ordinarily means, hints in the sentence next door, a hushed legal remark
that is not a register item, masked numbers, and two swear forms. The company (a removals firm)
and every sentence are made up for these tests."""

import pytest

from openline.guidance import actions

from .findings import found


@pytest.fixture
def register(db, settings):
    settings.OPENLINE = {
        **settings.OPENLINE,
        "COMPANY_NAME": "Brackenfold Removals",
        "COMPANY_PRODUCTS": ["Brackenfold Packing", "Brackenfold Vans"],
    }
    actions.add_confidential_term(
        None, term="Spindle", category="code_name",
        note="internal route-planning tool (a sewing spindle / the Spindle Inn pub is unrelated)",
        variants=["the Spindle tool"],
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="Rotunda", category="code_name",
        note="code name of the unannounced piano-moving service (a rotunda building is unrelated)",
        variants=["Project Rotunda"],
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="OPS-3349", category="other",
        note="internal incident: a van fire in the Corran depot destroyed stored sofas",
        variants=["3349", "the Corran van fire"],
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="Ember tariff", category="other",
        note="unannounced weekend surcharge and price rise",
        variants=["Ember-Tarif"],
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="NV-12", category="other", note="internal schedule of unannounced moves",
        variants=["the night van rota"],
    )  # fmt: skip


# --- secrets -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Your unblocking PUK is 40917725, type it and choose a new PIN.", "40917725"),
        ("The bike lock in the yard is a combination one, it's 3-8-1-5.", "3-8-1-5"),
        ("Your answerphone PIN is now 7 2 0 4 until you change it.", "7 2 0 4"),
        ("The old alarm panel override was 112233 followed by the star key.", "112233"),
        ("Your number transfer code is KLM 204 551 9, valid for a month.", "KLM 204 551 9"),
        ("The wifi in the Portobello warehouse is Bracken_Crew / Sofa!Lift88 for the movers.",
         "Sofa!Lift88"),
        ("Wifi for the van router: SSID BRK-VAN-12, key 4Tr9-kL2m-8Qz1.", "4Tr9-kL2m-8Qz1"),
        ("The tablet admin password is still Bracken#Fold77, log back in with that.",
         "Bracken#Fold77"),
        ("The code we sent by text is seven-one-one-four-nine-two, if it didn't arrive.",
         "seven-one-one-four-nine-two"),
        ("The side gate has a keypad — code 9-3-0-6-1. Leave the boxes inside.", "9-3-0-6-1"),
        ("The van alarm code is the depot's opening year backwards, 2002 — don't share it.",
         "2002"),
        ("The yard override code changed, it's 6624 now, the old one is dead.", "6624"),
        ("Der Fahrer-Login ist immer noch fahrer / Umzug!2027, damit kommt ihr rein.",
         "Umzug!2027"),
        ("The legacy token still works for the crew calendar and the rota export, "
         "d41d8cd98f00b204e9800998ecf8427e, we'll rotate it soon.",
         "d41d8cd98f00b204e9800998ecf8427e"),
    ],
)  # fmt: skip
def test_codes_read_out_in_groups_and_a_network_key_are_secrets(db, text, code):
    assert code in found(text, "secret")


@pytest.mark.parametrize(
    "text",
    [
        "Your config should read `BRACKEN_TOKEN=tok_live_••••••9f2e` "
        "(the dashboard hides the rest).",
        'In code: `token = fetch_token(os.environ["BRACKEN_TOKEN"])`, never the value itself.',
        "The wifi in the depot is slow / patchy today, sorry.",
        "The code is on the parcel label, 55120 is the order number.",
        "Your PIN arrives by post, 2024 was the year we changed that.",
    ],
)
def test_masked_keys_code_that_fetches_one_and_talk_about_wifi_are_not_secrets(db, text):
    assert found(text, "secret") == []


# --- personal data -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("For the Valencia move we need your NIE — I've kept the copy you sent (Y4410276T).",
         "Y4410276T"),
        ("A driving licence was left in van 12: number 55120934, we'll post it back.",
         "55120934"),
        ("I've put her PAN (BRKPL7730M) on the export invoice.", "BRKPL7730M"),
        ("We used the CPF 123.456.789-09 you gave us for the customs form.", "123.456.789-09"),
        ("Die AHV-Nummer 756.9981.2044.31 steht jetzt im Auftrag.", "756.9981.2044.31"),
        ("Customs asked for his resident number 910523-1234567 for the shipment.",
         "910523-1234567"),
    ],
)  # fmt: skip
def test_national_numbers_by_their_shape_or_named_earlier_in_the_sentence(db, text, value):
    assert value in found(text, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        "Please bring your passport and booking reference 4410 2276 to the depot.",
        "Your passport must be valid until 14.09.2028 for the move abroad.",
    ],
)
def test_another_number_or_a_date_after_an_id_word_is_not_an_id(db, text):
    assert found(text, "personal_data") == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Corin Maddox from order BF-5520173 already has the keys, maybe another Corin?",
         "Corin Maddox"),
        ("Contract BF-2027-004412 for Halina Wróblewska is now signed.", "Halina Wróblewska"),
        ("Membership BF-M-55102 for Ansel Ferreira-Lund starts today.", "Ansel Ferreira-Lund"),
    ],
)  # fmt: skip
def test_a_full_name_with_its_order_contract_or_membership_is_personal_data(db, text, name):
    assert name in found(text, "personal_data")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("I can see your tax number 21/815/08150 on the removal invoice.", "21/815/08150"),
        ("For the Osaka move I need your My Number, got it: 4821 7730 1196.", "4821 7730 1196"),
    ],
)
def test_a_tax_number_and_a_japanese_my_number_are_personal_data(db, text, value):
    assert value in found(text, "personal_data")


# --- register ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the note's aside says what the word ordinarily is
        "Mind the spindle in the sewing kit we lent you, it's silver.",
        "We had the team lunch at the Spindle Inn, lovely pub.",
        # a German noun after "eine", capitalised as all German nouns are
        "Was für eine Rotunda am Marktplatz, tolles Foto!",
        # a masked card's last digits are not the incident's number
        "Cards shown as **** **** **** 3349 are fine: we keep only the last four digits.",
        # a hushed remark on settling claims is a legal matter, not the register
        "Between us, legal wants us to settle the sofa claims quietly before the press hears.",
        "Between us, legal wants the van fire claims settled before anyone calls a lawyer.",
        # in lower case, a word whose note gives an ordinary sense is that word
        "@route_planner_ruth spindle collections are a lovely hobby.",
        # a near miss in another word is not a typo: "night van note" is not "night van rota"
        "Leave a night van note for the driver, please.",
    ],
)
def test_ordinary_words_masked_digits_and_hushed_legal_talk_are_not_the_register(register, text):
    assert found(text, "internal_reference") == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Rotunda project update for the crews: training starts in May.", "Rotunda"),
        ("Ab März gilt das mit den Ember-Tarifen, dann wird es teurer.", "Ember-Tarifen"),
        # the place of a two-word variant and its other word, apart in one sentence
        ("The fire in Corran started in one of the vans parked by the loading bay.", "Corran"),
    ],
)  # fmt: skip
def test_a_marked_code_name_an_inflected_variant_and_a_retold_variant_are_found(
    register, text, words
):
    assert any(words in hit for hit in found(text, "internal_reference"))


def test_a_short_hint_flags_the_sentence_next_to_it(register):
    text = "The weekend surcharge is 15 % and the price rise lands in June. Keep it quiet."
    assert found(text, "internal_reference") == [text.removesuffix(".")]


def test_what_a_draft_says_of_a_register_item_is_one_finding_with_it(register):
    text = "I'll move you in Spindle directly, it's our route-planning tool."
    assert found(text, "internal_reference") == [text.removesuffix(".")[len("I'll move you in ") :]]


# --- profanity -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Whoever blocked the loading bay again: you utter pr*ck.", "pr*ck"),
        ("That client is an absolute prick to deal with.", "prick"),
        ('Please stop calling our driver a "lazy c*w".', "c*w"),
        ("Was zur Hölle ist mit dem Umzugsportal los?", "zur Hölle"),
    ],
)
def test_a_masked_insult_and_a_german_oath_are_profanity(db, text, word):
    assert any(word in hit for hit in found(text, "profanity"))


# --- register: more ways of saying it ------------------------------------------------------------


@pytest.fixture
def incidents(register):
    actions.add_confidential_term(
        None, term="INC-8812", category="other",
        note="internal incident: lift winch failure at the Gdansk warehouse damaged stored pianos",
        variants=["8812"],
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="Dunlin floor 3 closure", category="other",
        note="unannounced closure of a warehouse floor in Dunlin",
        variants=["closing floor 3 in Dunlin"],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # the note's place, two more of its words and a word of something going wrong
        ("It's the same winch problem as at the Gdansk warehouse, your piano was unlucky.",
         "Gdansk"),
        # a number something is filed under
        ("Adding the Krakow customer to 8812, same symptoms.", "8812"),
        # a variant with a number, its words around the place
        ("Staff only: Dunlin floor 3 is closing in May.", "Dunlin"),
        # a teaser next to a code name
        ("Pianos? Sooner than you think (Rotunda is our best-kept secret).",
         "Sooner than you think"),
    ],
)  # fmt: skip
def test_a_place_with_the_incident_a_filed_number_and_a_teaser_are_found(incidents, text, words):
    assert any(words in hit for hit in found(text, "internal_reference"))


def test_a_short_sentence_after_a_register_id_that_says_its_note_is_part_of_it(incidents):
    text = "There's a ticket, INC-8812. It's the winch. They know."
    assert any("It's the winch" in hit for hit in found(text, "internal_reference"))


@pytest.mark.parametrize(
    "text",
    [
        # the place alone with another mishap is not the incident
        "Our Gdansk office had a heating problem on Tuesday, fixed now.",
        # a public office on another floor of the place is not its closure
        "The Dunlin 3rd floor lounge is open again, next to the station.",
    ],
)
def test_the_place_with_another_mishap_or_a_floor_is_not_the_register(incidents, text):
    assert found(text, "internal_reference") == []
