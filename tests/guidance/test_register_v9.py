"""The register told by its structure (issue 13, register-v9): an internal line spelled out in
words, knowledge said to come from inside ("I've seen the internal memo", "inside info", "I
shouldn't really say"), a known defect admitted, an amount of a note, a product told without its
name ("the next one is out in autumn"), a closure said in the future and a variant's verb
contracted ("Ghent's closing"); and what stays public: a word in its ordinary sense among words
of nature, weather or looks, a phrase the register capitalises written in lower case, a public
name explained, a site's opening hours. Each family has paraphrases and clean near-misses. The
company (a maker of home coffee machines) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect
from openline.guidance.detectors.spoken_digits import spoken_numbers

REGISTER = RegisterIndex.build(
    [
        ("Project Bittern", "code_name", "code name of the unannounced espresso grinder",
         ["Bittern", "PRJ-BITTERN"]),
        ("Brewmark Pro 5", "other",
         "unannounced successor of the Pro 4 espresso machine, launch date not public",
         ["Pro 5", "the next machine"]),
        ("Roastline pricing", "other",
         "unannounced subscription price increase planned for June, from 14.50 to 16.90",
         ["Roastline", "the Roastline price rise"]),
        ("PMP-12 recall", "recall",
         "unannounced recall of a batch of milk frothers whose heating element fails so the milk "
         "scalds; not yet communicated", ["PMP-12", "the frothers we're quietly swapping"]),
        ("extension 7352", "extension", "internal line of the warranty team leads",
         ["ext. 7352", "x7352"]),
        ("Ghent closure", "other", "unannounced closure of the Ghent showroom in June",
         ["closing Ghent", "Ghent is closing", "the Ghent showroom"]),
        ("Tamarisk", "other", "internal warranty-claims tool", ["the Tamarisk queue"]),
        ("the Gold tier", "other", "unannounced premium subscription tier with free descaling",
         ["Gold tier"]),
    ],
    ["Brewmark", "Brewmark Pro 4", "Bean Club (coffee subscription)", "Brewmark app"],
)  # fmt: skip


def flagged(text: str) -> list[str]:
    return [text[hit.start : hit.end] for hit in detect(text, REGISTER)]


# --- An internal line spelled out --------------------------------------------------------------


def test_numbers_in_words_are_read_as_the_digits_they_spell():
    assert [d for _, _, d in spoken_numbers("seventy-three fifty-two, or double four nine")] == [
        "7352",
        "449",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "For a proper escalation ask the switchboard for extension seven-three-five-two.",
        "Can't give you the team leads' line... ok fine, it's seventy-three fifty-two.",
        "Staff tip: the warranty leads are on seven three five two from the shop phone.",
        "Just dial seven-three-five-two and say I sent you.",
        "Fragen Sie nach der Durchwahl sieben drei fünf zwei.",
    ],
)
def test_an_internal_line_spelled_out_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "We answer seven days a week, and repairs take three to five days.",
        "The team leads' line is not for customers; ask for seven-three-five-three instead.",
        "Our showroom opens at seven thirty and the tour lasts forty-five minutes.",
        "Call our public number and choose option one, then two.",
    ],
)
def test_other_numbers_in_words_are_clean(text):
    assert flagged(text) == []


# --- Knowledge from inside, a known defect, an amount of a note ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Heads up, the subscription price is going up in June — I've seen the new numbers "
        "internally.",
        "@latte_lou subscription prices going up a few euros soon btw, I've seen the internal memo",
        "Inside info: the coffee subscription goes from 14.50 to 16.90 this summer.",
        "Between us, the subscription price will increase after spring, I shouldn't really say.",
        "A friend on the finance team says the subscription price increase is already planned.",
        "Insider tip: lock in your subscription now, the price increase is coming.",
    ],
)
def test_knowledge_said_to_come_from_inside_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Look, I'll be honest with you, those frothers have a heating fault and the milk scalds.",
        "We know the milk frothers from that batch don't heat properly and it's being handled.",
        "We're aware some milk frothers from the winter batch aren't heating right and we're "
        "swapping them without making a big fuss.",
        "We've been aware the frothers' heating element fails on some units and scalds milk.",
        "Honestly the frothers have a bad heating element, we know they don't stop before the "
        "milk scalds.",
    ],
)
def test_a_defect_admitted_as_known_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "We've escalated your refund internally and you'll hear back within two days.",
        "We know it's frustrating when your frother stops; here's how to descale it.",
        "We're aware the app isn't loading this morning and we're working on it.",
        "The subscription price is listed on our website and hasn't changed this year.",
        "We can't comment on products that haven't been announced.",
        "I've seen your email about the milk frother and passed it to the repairs team.",
        "We'll replace your grinder burr without any fuss, just send us the order number.",
    ],
)
def test_ordinary_support_talk_is_clean(text):
    assert flagged(text) == []


# --- A product told without its name ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Between us, don't buy a Pro 4 this month. The next one is out in autumn 😉",
        "Small spoiler: the machine after Pro 4 has a twin boiler. Launching… soon™",
        "Off the record, the next model lands in spring and it's a big step up.",
        "You didn't get this from me, but the successor is coming next year.",
        "Sneak peek: the new espresso machine ships before Christmas.",
    ],
)
def test_a_product_told_without_its_name_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The next firmware update is out in spring and fixes the clock drift.",
        "The new Bean Club boxes arrive next month with two guest roasts.",
        "The next one is the grinder cleaning step: remove the hopper first.",
        "Our new showroom hours start next week.",
    ],
)
def test_public_news_about_what_comes_next_is_clean(text):
    assert flagged(text) == []


# --- A closure said in the future, a variant contracted ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@bean_bert honestly I'd not renew the service plan there, Ghent's closing in June",
        "The Ghent showroom will close for good next year, so pick up your machine soon.",
        "Ghent is shutting down at the end of June, you heard it here first.",
        "Don't book a demo in Ghent, the showroom's closing in the summer.",
        "Our Ghent showroom is closing permanently after Easter.",
    ],
)
def test_a_closure_said_in_the_future_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Ghent showroom is open Mon\u2013Sat, 10:00 to 18:00.",
        "The temporary closure of the Ghent showroom last week was for a staff training day.",
        "The Ghent showroom was closed for maintenance on Tuesday; it is open again.",
        "Opening hours for the Ghent showroom are on our website.",
        "We're not closing the Ghent showroom; it stays open as usual.",
    ],
)
def test_public_facts_about_a_site_are_clean(text):
    assert flagged(text) == []


def test_a_closure_said_not_to_be_temporary_is_still_found():
    assert flagged("The Ghent closure isn't temporary, the showroom is open only until June.")


# --- The ordinary sense, told by the world around a word ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bittern sightings by the river are lovely this time of year.",
        "The Bittern on your photo is gorgeous, we only see ducks on our canal.",
        "Tamarisk is beautiful in the garden, I know it's off-topic.",
        "Anyone else using the Tamarisk-coloured theme in the app?",
        "We walked past the Bittern at the coast on a sunny morning before our tasting.",
        "Does anyone know if the gold tier of the medal table counts ties?",
        "Tamarisk smells lovely after the rain, we planted some by the shop door.",
        "We hiked up to the Bittern ridge below the glacier last weekend.",
        "Der Bittern am Fluss war heute wieder da, ein schöner Vogel.",
    ],
)
def test_a_register_word_among_words_of_the_world_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bittern grinds a double shot in six seconds and launches in spring.",
        "Project Bittern looks gorgeous in the photos from the lab, between us.",
        "I've logged it in Tamarisk and the warranty claim is open.",
        "The Gold tier comes with free descaling, but it isn't public yet.",
        "the gold tier of the subscription includes free descaling, between us",
    ],
)
def test_the_item_itself_is_still_found(text):
    assert flagged(text)


# --- A public name explained --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Tamarisk is just what we call the warranty form on the public help page.",
        "Bittern is the name of the grinder setting in our app's recipe screen.",
        "In Austria we call it Bittern, it's the same public recipe preset.",
    ],
)
def test_a_public_name_explained_is_clean(text):
    assert flagged(text) == []


def test_a_name_said_to_be_internal_is_still_found():
    assert flagged("They've been calling it Roastline internally lmao")


# --- An unannounced change told by when it comes -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Heads up, the subscription price will be going up in June.",
        "@crema_kid subscription prices going up a couple of euros from June, lock in annual now",
        "FYI the price of the coffee subscription goes up after June.",
        "Die Abo-Preise steigen ab Juni, nur damit du es weißt.",
        "Starting in June the subscription price will increase for everyone.",
    ],
)
def test_a_price_rise_told_by_its_month_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "As we emailed in March, the subscription price goes up in June.",
        "If the subscription price ever goes up in June, we'll tell you a month before.",
        "The subscription price went up last June and has not changed since.",
        "You may pause the subscription in June while you're away.",
        "The price of your June delivery is on the invoice.",
    ],
)
def test_a_price_said_publicly_or_in_the_past_is_clean(text):
    assert flagged(text) == []


# --- A public status update is not an incident of the register ---------------------------------

STATUS_REGISTER = RegisterIndex.build(
    [
        ("INC-4410", "other",
         "internal incident: the order database in Lyon lost customer addresses in October",
         ["INC 4410", "4410", "the Lyon database outage"]),
    ],
    ["Brewmark"],
)  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "We're investigating an outage in Lyon this morning; see our status page for updates.",
        "Update: the Lyon outage is now resolved and orders are flowing again.",
        "We are currently seeing a database outage in Lyon and are working on it.",
    ],
)
def test_a_public_status_update_is_clean(text):
    assert [h for h in detect(text, STATUS_REGISTER)] == []


@pytest.mark.parametrize(
    "text",
    [
        "INC-4410 is resolved now, the Lyon database lost addresses for a day.",
        "Between us, the Lyon outage last October lost customer addresses.",
        "The Lyon database outage in October lost a lot of customer addresses.",
    ],
)
def test_the_incident_itself_is_still_found(text):
    assert detect(text, STATUS_REGISTER)


# --- German phrasings of the same families ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Milchaufschäumer aus der Charge tauschen wir aus, ohne großes Aufsehen zu erregen.",
        "Laut interner Mail steigt der Abo-Preis im Juni.",
        "Hast du nicht von mir, aber der Abo-Preis steigt.",
        "Der Showroom in Ghent schließt im Juni, das ist noch nicht raus.",
        "Fragen Sie nach der Durchwahl sieben drei fünf zwei.",
    ],
)
def test_german_phrasings_are_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Der Showroom in Ghent hat Montag bis Samstag geöffnet.",
        "Wir tauschen defekte Geräte ohne großes Aufsehen um, schicken Sie uns einfach die "
        "Bestellnummer.",
        "Die Preise für das Abo finden Sie auf unserer Website.",
    ],
)
def test_german_public_talk_is_clean(text):
    assert flagged(text) == []


# --- A price rise said to come soon, a recall told of many units --------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The subscription price is going up soon, so lock in annual now.",
        "Subscription prices will increase next month for everyone on monthly billing.",
        "FYI the coffee subscription goes up in the new year, by about two euros.",
        "Der Abo-Preis wird bald teurer, sag ich dir.",
        "Prices for the subscription are going to rise shortly.",
    ],
)
def test_a_price_rise_said_to_come_soon_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "We have no plans to increase the subscription price soon.",
        "If the subscription price goes up next year, you can cancel before it does.",
        "Your next delivery will arrive soon; the price is on the invoice.",
        "As we emailed last month, the subscription price goes up next month.",
    ],
)
def test_prices_said_publicly_soon_or_supposed_are_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Some of the milk frothers from the winter batch scald the milk, we're replacing them.",
        "A number of frothers have a heating element that fails, we're swapping those units.",
        "We're replacing several milk frothers because their heating element fails.",
        "Those frothers from the spring batch are being replaced, the heating fails.",
        "All the milk frothers made in March are being swapped, the element overheats the milk.",
    ],
)
def test_a_recall_told_of_many_units_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "We'll replace your milk frother; the heating element on yours has failed.",
        "If your frother's heating element fails, we replace it under warranty.",
        "Some of the grinders from the spring batch ship with a spare burr.",
        "We can charge your card for the replacement frother once it ships.",
    ],
)
def test_one_customers_replacement_is_clean(text):
    assert flagged(text) == []
