"""Detection that works for whichever company runs Openline: its name, products, public contacts
and register come from configuration; nothing about one company is in the code."""

import pytest
from django.test import override_settings

from openline.core.publishing import PublishBlocked
from openline.guidance import actions
from openline.guidance.checks import check_text
from openline.guidance.models import PolicyRule

OTHER_COMPANY = {"COMPANY_NAME": "Whiskerly", "COMPANY_PRODUCTS": ["Nibble Sticks (treats)"]}


def flagged(text: str, **options) -> list[tuple[str, str]]:
    return [(f.kind, text[f.start : f.end]) for f in check_text(text, **options).findings]


def kinds(text: str) -> set[str]:
    return {kind for kind, _ in flagged(text)}


@pytest.fixture
def whiskerly(db, settings):
    settings.OPENLINE = {**settings.OPENLINE, **OTHER_COMPANY}
    actions.add_public_contact(value="help@whiskerly.com")
    actions.add_public_contact(value="0800 098 7745")
    actions.add_public_contact(value="Whiskerly Ltd, Unit 7 Mill Yard, Leeds LS9 8AB")
    actions.add_confidential_term(
        None, term="extension 4471", category="extension", note="escalations team line",
        variants=["ext 4471", "x4471"],
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="batch L-0846 withdrawal", category="recall",
        note="unannounced withdrawal of a Nibble Sticks batch (possible mould)",
        variants=["L-0846", "the batch we're quietly pulling"],
    )  # fmt: skip
    actions.add_confidential_term(
        None, term="Kestrel", category="code_name", note="unannounced Lisbon base opening"
    )
    actions.add_confidential_term(None, term="Brightfen Swift+", variants=["Swift Plus"])


# --- 1. the company comes from configuration --------------------------------------------------


def test_an_admission_names_the_configured_company(whiskerly):
    assert flagged("Honestly, this is Whiskerly's fault.") == [
        ("legal_risk", "this is Whiskerly's fault")
    ]


def test_the_demo_companys_name_means_nothing_to_another_company(whiskerly):
    assert flagged("Honestly, this is Halden's fault.") == []


@override_settings(OPENLINE={"COMPANY_NAME": "Whiskerly", "COMPANY_PRODUCTS": ["Nibble Sticks"]})
def test_a_safety_statement_about_a_configured_product_is_legal_risk(db):
    assert kinds("All the Nibble Sticks we shipped in May are unsafe.") == {"legal_risk"}


# --- 2. personal data -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@mira@chaos.social thanks, your box is on its way!",
        "Thanks @ana@mastodon.ie and @birgit@norden.social for the photos 🐶",
        "@dachshundclub.bsky.social happy to help!",
        "Call us free on 0800 098 7745 or write to help@whiskerly.com.",
        "Our head office is Unit 7 Mill Yard, Leeds LS9 8AB.",
    ],
)
def test_handles_and_the_companys_own_contacts_are_not_personal_data(whiskerly, text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Ring her on +44 7700 900461 after six.", "+44 7700 900461"),
        ("His number is (555) 123-4567.", "(555) 123-4567"),
        ("Our courier will call +81 90-1234-5678.", "+81 90-1234-5678"),
        ("Contact: +33 6 12 34 56 78", "+33 6 12 34 56 78"),
        ("Write to rachel dot obi at gmail dot com.", "rachel dot obi at gmail dot com"),
        ("Her DOB is 03/11/1989, so the trial was used.", "03/11/1989"),
        ("I can see you sent QQ 12 34 56 C, fine.", "QQ 12 34 56 C"),
        ("Passport PA4471829 is on the booking.", "PA4471829"),
        ("The order was placed by Helen Marsh (PF-448210).", "Helen Marsh"),
        ("Shipped to 1600 Pennsylvania Ave, Washington, DC 20500.", "DC 20500"),
        ("Livré au 12 rue de la Paix, Paris.", "12 rue de la Paix"),
        ("Enviado a Calle Mayor 5, Madrid.", "Calle Mayor 5"),
        ("Sent to 152 Teheran-ro, Gangnam-gu, Seoul.", "152 Teheran-ro, Gangnam-gu"),
        ("住所は東京都渋谷区神南1-2-3です。", "東京都渋谷区神南1-2-3"),
    ],
)
def test_personal_data_of_any_country_is_found(whiskerly, text, span):
    # Address parts next to each other are one finding: the span is found within it.
    assert any(kind == "personal_data" and span in found for kind, found in flagged(text))


# --- 3. secrets -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("The admin password for the new moderator panel is Biscuit!Bowl2025 — change it.",
         "Biscuit!Bowl2025"),
        ("Use login demo / temp pass: kq8#Lz2w for now.", "kq8#Lz2w"),
        ("Your one-time code for the booking email is 552 907.", "552 907"),
        ("The door code for the crew room is 8 4 1 7 #, thanks.", "8 4 1 7 #"),
        ("Lounge wifi: network CorviaLounge, key is Gr33nRunway!2025.", "Gr33nRunway!2025"),
        ("Use sk-proj-" + "Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f" + " for it.",
         "sk-proj-" + "Ab3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5bC7dE9f"),
        ("Key: sk-ant-api03-" + "x7Yq2Lm9Pz4Rt6Vw8Ks1Hd3Fg5Jb0Nc" + "AA", None),
        ("Set SLACK_TOKEN=xoxb-" + "1234567890-0987654321-" + "AbCdEfGhIjKlMnOpQrStUv", None),
        ("postgres://admin:Sup3rS3cret@db.whiskerly.net:5432/orders", None),
    ],
)  # fmt: skip
def test_secrets_in_prose_and_current_key_formats_are_found(db, text, span):
    found = [found for kind, found in flagged(text) if kind == "secret"]

    assert found
    assert span is None or span in found


@pytest.mark.parametrize(
    "text",
    [
        "Set WHISKERLY_API_KEY=YOUR_API_KEY in the config.",
        "Use the promo code is WOOF15 at checkout.",
        "Reset your password from the login page.",
        "Our publishable key is pk_live_" + "51Hx2abcDEF" + " and is public.",
        "Replace <ACCESS_TOKEN> with your own token.",
    ],
)
def test_placeholders_instructions_and_public_codes_are_not_secrets(db, text):
    assert "secret" not in kinds(text)


# --- 4. the register --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ("Call x4471 and ask for Dana.", "x4471"),
        ("That box is from L-0846, so don't feed it.", "L-0846"),
        ("There's a batch we're quietly pulling, skip it.", "batch we're quietly pulling"),
        ("Lisbon is getting a base, Kestrel is the code name.", "Kestrel"),
        ("Between us, KESTREL opens in spring.", "KESTREL"),
        ("The Swift Plus bundle is coming.", "Swift Plus"),
        (
            "I can't go into details, but a certain Nibble Sticks batch is in trouble.",
            "I can't go into details, but a certain Nibble Sticks batch is in trouble",
        ),
    ],
)
def test_register_variants_and_hints_are_found(whiskerly, text, span):
    assert any(kind == "internal_reference" and span in found for kind, found in flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "Hi Carla, the kestrel that keeps raiding your bird feeder is lovely.",
        "We love that photo of the kestrel hovering over the runway!",
        "Swift tickets let you change dates without a fee.",
        "Call ext 4472 for billing.",
    ],
)
def test_ordinary_words_near_the_register_are_not_flagged(whiskerly, text):
    assert flagged(text) == []


def test_a_variant_added_by_an_operator_is_matched(whiskerly):
    from openline.guidance.models import ConfidentialTerm

    term = ConfidentialTerm.objects.get(term="Kestrel")
    term.variants = ["Project Kestrel", "the Lisbon base"]
    term.save()

    assert flagged("the Lisbon base opens soon") == [("internal_reference", "Lisbon base")]


def test_variants_shorter_than_a_term_may_be_are_refused(db):
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        actions.add_confidential_term(None, term="Zephyr", variants=["ZP"])


# --- 5. legal risk and hostile tone ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "We will reimburse the full replacement value of the bag and its contents.",
        "Don't worry, we'll cover all of Luna's vet bills from this.",
        "Honestly, we're legally responsible here.",
        "It's a manufacturing defect across the board.",
        "Legal told us to settle these quietly.",
        "You'll get a full refund plus £200 for the trouble.",
    ],
)
def test_promises_admissions_and_settlements_are_legal_risk(db, text):
    assert "legal_risk" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "You'll get the refund to your card within 5 working days.",
        "I'm so sorry this happened to Luna.",
        "We shipped the wrong flavour, sorry about that.",
        "Our team will investigate and reply by e-mail.",
    ],
)
def test_refunds_within_policy_and_empathy_are_not_legal_risk(db, text):
    assert "legal_risk" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "Next time maybe check compatibility before buying.",
        "It's a thermostat, not rocket science.",
        "Oh no, a 40-minute delay. How will you ever recover 🙃",
        "As I've now explained three times in this thread, it's gone.",
        "That's not really our problem, is it?",
        "Could you maybe read the whole reply before answering?",
    ],
)
def test_blame_condescension_sarcasm_and_dismissiveness_are_hostile(db, text):
    assert "hostile_tone" in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The code was entered after the deadline, so it didn't apply.",
        "Rocket science it isn't, but chilled delivery keeps us busy 😅",
        "I'm afraid we can't refund a box that was already dispatched.",
        "Wow, a 5-star review, thank you!",
        "But sure, I can help with that.",
        "Some people can't see the button on older phones; scroll down.",
        "There's no limit on how often you can pause.",
        "We had a production issue with the website yesterday, sorry.",
        "Next time you book, you can add a pet in the app.",
    ],
)
def test_friendly_or_neutral_replies_have_no_findings(db, text):
    assert kinds(text) == set()


# --- 6. insults and the policy ----------------------------------------------------------------


def test_an_insult_is_profanity_too_so_the_profanity_policy_applies(db):
    assert ("profanity", "muppet") in flagged("Shut up and read the rules, you muppet.")


def test_a_super_users_insult_is_blocked_not_acknowledged_when_the_policy_blocks(
    superuser, question
):
    from openline.community import actions as community_actions

    PolicyRule.objects.create(kind="profanity", action="block", author_role="superuser")

    with pytest.raises(PublishBlocked):
        community_actions.create_reply(
            superuser, question, body="What an idiot, it's on page 2.", acknowledged=True
        )


def test_an_insult_under_a_blocking_policy_says_it_cannot_be_published(db):
    PolicyRule.objects.create(kind="profanity", action="block")

    result = check_text("What a muppet.", author_role="agent")

    assert result.action == "block"
    assert {f.severity for f in result.findings if f.kind == "profanity"} == {"block"}
