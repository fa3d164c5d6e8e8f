"""The register check on kinds of text that name no register term (issue 13, register-v7): a
note that says what is clean in a clause of its own, a tool's name first in a sentence before
"login", ids after rule words and German id words, handles and quoted titles, a note told in
other words or in German, an insider's remark, an incident retold around its place, and an
internal thing described by its note. Each family has a clean near-miss beside it. The company
(a cloud host) and every sentence are made up for these tests; no database is needed."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect, split_note
from openline.guidance.detectors.register_words import concepts

REGISTER = RegisterIndex.build(
    [
        ("Osprey", "code_name",
         "code name of the unannounced managed database service; the osprey (a bird) is clean",
         ["Project Osprey", "the Osprey launch"]),
        ("INC-4821", "other",
         "internal incident: a storage array in Lisbon lost customer backups for two days",
         ["INC 4821", "4821", "the Lisbon array glitch"]),
        ("Hatchway", "other",
         "internal support console for resetting customer accounts; a ship's hatchway is clean",
         ["the Hatchway console", "Hatchway admin"]),
        ("Cobalt pricing", "other", "unannounced 2027 price increase for object storage",
         ["Cobalt price rise", "the Cobalt tier"]),
        ("Tern deal", "other", "acquisition talks with a Danish hosting provider",
         ["Project Tern", "the Tern acquisition"]),
        ("RUL-3107", "other", "internal abuse guideline: suspend crypto-mining accounts at once",
         ["RUL 3107", "3107", "guideline 3107"]),
        ("Shingle list", "other", "internal list of customers suspended for crypto-mining abuse",
         ["the Shingle list", "Shingle-flagged"]),
        ("VM-22 migration", "other",
         "unannounced forced migration of old virtual machines to new hardware",
         ["VM-22", "the servers we're quietly migrating"]),
    ]
)  # fmt: skip


def flagged(text: str) -> list[str]:
    return [text[hit.start : hit.end] for hit in detect(text, REGISTER)]


@pytest.mark.parametrize(
    ("note", "meaning", "clean"),
    [
        ("internal back-office tool; a tree's root (and the upgrade) are clean",
         "internal back-office tool", "a tree's root (and the upgrade) are clean"),
        ("code name of the new app — 'wren' as an ordinary word is fine",
         "code name of the new app", "'wren' as an ordinary word is fine"),
        ("unannounced price rise (a cobalt blue paint is unrelated)",
         "unannounced price rise ", "a cobalt blue paint is unrelated"),
    ],
)  # fmt: skip
def test_a_note_says_what_is_clean_in_a_clause_or_an_aside(note, meaning, clean):
    assert split_note(note) == (meaning, clean)


def test_a_note_without_a_clean_clause_is_all_meaning():
    note = "internal incident: backups lost; not yet communicated to customers"
    assert split_note(note) == (note, "")


@pytest.mark.parametrize(
    "text",
    [
        "Hatchway login for the weekend is support-ops, ask me for the password.",
        "Hatchway admin access is only for tier 2.",
        "Osprey is going to replace the old database plans.",
        "You'll find it in the Hatchway console.",
    ],
)
def test_a_tool_or_code_name_first_in_a_sentence_is_the_item(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The osprey's nest on the mast is back this spring, lovely photo!",
        "That ship's hatchway was painted last week.",
        "Osprey nests are common around the lake.",
        "@hatchway-fan.bsky.social thanks for the kind words about our support!",
        "Listening to „Osprey“ von Kettcar while the backup runs 🎧",
    ],
)
def test_the_same_words_used_ordinarily_or_as_someone_s_handle_are_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bitte nach Richtlinie 3107 vorgehen und das Konto sofort sperren.",
        "Per guideline 3107 we suspend the account straight away.",
        "Das ist Vorgang 4821, die Kollegen sind dran.",
        "Der Ausfall läuft intern als Störung 4821.",
    ],
)
def test_an_id_after_a_rule_word_or_a_german_id_word_is_the_item(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Rund 3107 Kunden nutzen das schon.",
        "We moved 4821 GB of your data last night without a hitch.",
        "Per our public guideline, accounts are suspended after three warnings.",
    ],
)
def test_the_same_number_as_a_count_or_a_public_rule_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The buyout of a Danish hosting provider is being negotiated as we speak.",
        "Wir verhandeln gerade über die Übernahme eines dänischen Hosting-Anbieters.",
        "A storage array in Lisbon lost customer backups for two days last month.",
    ],
)
def test_a_note_told_in_other_words_or_in_german_is_the_item(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our hosting runs in Danish data centres powered by wind.",
        "Wir sind ein Hosting-Anbieter aus Dänemark.",
        "Backups are kept for thirty days in two regions.",
    ],
)
def test_the_same_topics_said_in_public_terms_are_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "We're about to buy a hosting company in Denmark, keep it quiet.",
        "Between you and me, we're moving all old VMs to new hardware next month.",
        "Object storage prices go up 20% next year, you didn't hear it from me.",
    ],
)
def test_a_hint_with_the_note_in_other_words_is_the_item(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "We're moving our office next month, between you and me I'll miss the old one.",
        "Buy a hosting plan today and get 20% off.",
        "Between you and me, I love the new dashboard colours.",
    ],
)
def test_a_hint_about_something_else_is_clean(text):
    assert flagged(text) == []


def test_an_insider_saying_three_things_of_a_note_speaks_of_the_item():
    text = (
        "Parchment engineer here, speaking for myself: don't lock in a long contract. "
        "Object storage is getting a price increase next year."
    )
    assert flagged(text)


def test_an_insider_saying_public_things_is_clean():
    text = (
        "Parchment engineer here, speaking for myself: object storage is great for backups. "
        "Use lifecycle rules to keep costs down."
    )
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "It's the same disk bug that hit Lisbon in May, don't worry.",
        "Was the Lisbon outage why my backups vanished?",
        "Your server is one of the ones we're quietly migrating, nothing to do on your side.",
        "Dein Server gehört zu denen, die wir gerade still austauschen.",
    ],
)
def test_an_incident_or_a_quiet_change_retold_in_other_words_is_the_item(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our Lisbon region is now open for new servers.",
        "The Lisbon office heating broke on Tuesday and was fixed the next day.",
        "We're migrating the status page to a new address next week.",
        "Ich habe still gewartet, bis das Backup fertig war.",
    ],
)
def test_the_place_or_the_verb_without_the_incident_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "There's an internal abuse guideline that gets crypto miners suspended at once.",
        "Yes, we keep an internal list of crypto-mining accounts.",
    ],
)
def test_an_internal_thing_described_by_its_note_is_the_item(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our internal review takes two working days.",
        "We use an internal tool to check invoices, nothing to worry about.",
    ],
)
def test_an_internal_thing_its_note_does_not_describe_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    ("word", "other"),
    [("buyout", "acquisition"), ("Übernahme", "takeover"), ("Vertrag", "deal"),
     ("Supermarkt", "supermarket"), ("Richtlinie", "guideline"), ("policy", "rule")],
)  # fmt: skip
def test_a_word_and_its_other_words_say_one_concept(word, other):
    assert concepts(word) == concepts(other)


@pytest.mark.parametrize(
    ("word", "other"),
    [("police", "policy"), ("richtig", "Richtlinie"), ("super-user", "supermarket"),
     ("based", "bases"), ("comprehensive", "compromised")],
)  # fmt: skip
def test_words_that_only_begin_alike_say_different_things(word, other):
    assert concepts(word).isdisjoint(concepts(other))


@pytest.mark.parametrize(
    "text",
    [
        "is hatchway down again? can't reset anyone's password",
        "hatchway is timing out for me, anyone else?",
        "Die Osprey-Einführung ist im März.",
        "Im Hatchway-Admin sehe ich dein Konto.",
        "Die Cobalt-Preiserhöhung kommt im Januar.",
        "when's the osprey launch? asking for a friend",
        "I checked hatchway and your account is locked.",
    ],
)
def test_a_tool_that_is_down_and_a_name_in_a_german_compound_are_the_item(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ospreys are back at the lake.",
        "Please close the hatchway on your way out.",
        "The ship's hatchway was down when we boarded.",
        "Mind the open hatchway; log in to see the deck plan.",
        "Die Preiserhöhung von 2024 steht in unserem Blog.",
    ],
)
def test_a_plural_a_ship_s_hatchway_and_a_public_price_rise_are_clean(text):
    assert flagged(text) == []


PRICE_NOTE = "unannounced 2027 price increase for Vault Backup and Vault Archive"


def test_a_public_product_s_name_in_a_note_says_nothing_confidential():
    register = RegisterIndex.build(
        [("Cobalt pricing", "other", PRICE_NOTE, ["Cobalt price rise"])],
        ["Parchment Cloud", "Vault Backup (nightly copies)", "Vault Archive"],
    )
    text = "Our price increase policy for Vault Backup and Vault Archive: we email you first."
    assert detect(text, register) == []


def test_without_the_public_names_the_same_sentence_reads_as_the_note():
    register = RegisterIndex.build([("Cobalt pricing", "other", PRICE_NOTE, [])])
    text = "Our price increase policy for Vault Backup and Vault Archive: we email you first."
    assert detect(text, register)


def test_the_note_hinted_at_with_public_names_is_still_the_item():
    register = RegisterIndex.build(
        [("Cobalt pricing", "other", PRICE_NOTE, [])], ["Vault Backup", "Vault Archive"]
    )
    text = "Vault Backup is getting a price increase, not announced yet."
    assert detect(text, register)


def test_the_check_knows_the_company_s_public_names_from_its_settings(db, settings):
    from openline.guidance import actions
    from openline.guidance.checks import check_text

    settings.OPENLINE = {
        **settings.OPENLINE,
        "COMPANY_NAME": "Parchment Cloud",
        "COMPANY_PRODUCTS": ["Vault Backup", "Vault Archive"],
    }
    actions.add_confidential_term(
        None, term="Cobalt pricing", category="other", note=PRICE_NOTE, variants=[]
    )
    text = "Our price increase policy for Vault Backup and Vault Archive: we email you first."
    assert [f for f in check_text(text).findings if f.kind == "internal_reference"] == []


def test_a_hint_that_only_names_a_public_product_is_clean():
    register = RegisterIndex.build(
        [("Cobalt pricing", "other", PRICE_NOTE, [])], ["Vault Backup", "Vault Archive"]
    )
    assert detect("Between us, Vault Backup is my favourite of our products.", register) == []


@pytest.mark.parametrize(
    "text",
    ["The Danish deal should close by June, fingers crossed.", "Any news on the Danish takeover?"],
)
def test_a_deal_named_by_a_name_from_its_note_is_the_item(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text", ["We have a Danish support team now.", "Our Danish customers get invoices in DKK."]
)
def test_the_name_without_a_deal_is_clean(text):
    assert flagged(text) == []
