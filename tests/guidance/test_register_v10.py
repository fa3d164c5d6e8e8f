"""The register's word said of something public (issue 13, register-v10): someone else's
business named like an item ("Bramble is a separate bike shop, we're not affiliated"), a person
or a pet by that name, a label customers read in the app or an explained public name, a public
place or event, a thing said not to exist, a price note's words said of an unchanged price; and
ways of naming an item without its words: a number told as an affair ("the 5520 mess", "der
5520er") or as a phone line ("die -6142 ist umgeleitet"); and German: a price rise told in
compounds and "mehr zahlen", knowledge from someone placed to know ("aus sicherer Quelle"), a
product called not yet announced beside the sentence that names it. Each family has
paraphrases and near-misses that stay the item or stay clean. The company (a chain of bicycle
workshops) and every sentence are made up."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect

REGISTER = RegisterIndex.build(
    [
        ("Project Kestrel", "code_name", "code name of the unannounced electric cargo bike",
         ["Kestrel", "PRJ-KESTREL"]),
        ("Bramble", "code_name", "code name for the planned acquisition of a rival in Ireland",
         ["Project Bramble", "the Bramble deal"]),
        ("Tangerine", "other", "internal work-order tool", ["Tangerine console"]),
        ("Turnpike pricing", "other", "unannounced repair plan membership price increase",
         ["Turnpike", "the Turnpike price rise"]),
        ("INC-5520", "ticket", "internal incident: a flood at the Hull workshop ruined bikes",
         ["INC 5520", "5520", "the Hull workshop flood"]),
        ("extension 6142", "extension", "internal line of the fleet managers",
         ["ext. 6142", "x6142", "-6142", "6142"]),
        ("Sprocket pricing", "other", "unannounced price increase of the servicing subscription",
         ["Sprocket"]),
        ("Projekt Falke", "code_name", "Codename des unangekündigten E-Lastenrads", ["Falke"]),
    ],
    ["Spokeford", "Spokeford Repair Plan", "Spokeford app"],
)  # fmt: skip


def flagged(text: str) -> list[str]:
    return [text[hit.start : hit.end] for hit in detect(text, REGISTER)]


# --- Someone else's business named like an item ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'Is "Bramble" you? No, Bramble is a separate bike shop in Leeds and we are not affiliated.',
        "Bramble isn't us, it's a cycling brand that happens to share the name.",
        "You're probably thinking of the Bramble saddle brand; we stock a few of their saddles.",
        "Bramble has nothing to do with us, it's the café next to our York shop.",
        "Bramble ist eine andere Firma, die hat nichts mit uns zu tun.",
        "No, Bramble is an independent repair chain up north, no connection with Spokeford.",
    ],
)
def test_a_business_said_to_be_someone_elses_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Bramble isn't public yet, but we're buying that rival in Ireland.",
        "Between us, Bramble won't be a separate brand for long 😉",
        "Bramble is not affiliated yet — the acquisition closes in June.",
    ],
)
def test_the_item_denied_but_told_is_still_found(text):
    assert flagged(text)


# --- A person or a pet by the name --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Hi Kestrel! Your bike is ready to collect from the York shop.",
        "My dog's name is Kestrel and she loves riding in the trailer.",
        "The courier who dropped it off was named Kestrel, lovely lad.",
        "Kestrel, the nicest guy in the shop, sorted my brakes in ten minutes.",
        "Unser Fahrer heißt Kestrel, immer pünktlich.",
        "Thanks kestrel_rider_88 for the photos of your tour!",
        "Hey Bramble_Biker, love the username. Yes, we open on Sundays.",
    ],
)
def test_a_person_or_pet_by_the_name_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Hey, Kestrel is the electric cargo bike we haven't announced yet!",
        "The mechanic said Kestrel, the new cargo bike, comes out in spring.",
    ],
)
def test_the_item_beside_a_greeting_or_a_person_is_still_found(text):
    assert flagged(text)


# --- A label customers read, a public name explained -------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        'The "Tangerine" tab in the app shows your past repairs.',
        'Tap "Turnpike" at checkout to see your discount codes.',
        'A few people asked about "Kestrel" on the van sides. That\'s the name of the local '
        "courier we use.",
        "Bramble — it's simply the label of our kids' range, nothing secret.",
        'To the person asking about "Tangerine": that is just our name for the orange frame hue.',
        'The "Turnpike" button on our website takes you to the toll-road map for rides.',
    ],
)
def test_a_label_customers_see_or_a_public_name_explained_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The Tangerine tab in the internal admin app shows every open work order.",
        'The "Turnpike" button in the app will show the price increase for the membership '
        "from May, don't share this.",
    ],
)
def test_an_internal_label_is_still_found(text):
    assert flagged(text)


# --- A public place or event; a thing said not to exist ---------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Kestrel fun run starts at the park gates on Sunday.",
        "We'll have a stand at the Bramble festival this weekend.",
        "Der Kestrel-Lauf ist am Samstag, unser Team fährt mit.",
        "Anyone going to the Bramble museum on Saturday?",
        "The Kestrel cable car is running again after maintenance.",
    ],
)
def test_a_public_place_or_event_named_like_an_item_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Their Kestrel bike? There isn't one, the range is Urban, Trail and Cargo.",
        "There's no Bramble, we only have the three shops.",
        "Bramble? It doesn't exist, someone made it up on a forum.",
        "Es gibt keine Kestrel bei uns, nur die drei Modelle auf der Website.",
        "There is no such Kestrel model in our catalogue.",
        "Einen „Kestrel“ haben wir nicht im Sortiment.",
    ],
)
def test_a_thing_said_not_to_exist_is_clean(text):
    assert flagged(text) == []


def test_a_denial_that_tells_the_item_is_still_found():
    assert flagged("There's no Bramble announcement yet, but the deal with the rival is done.")


# --- A price note's words said of an unchanged price ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The repair plan membership price is the same in Hull and York.",
        "Membership of the repair plan: the price is listed on our website, same in every shop.",
        "Your repair plan membership renews at the usual price next month.",
        "Repair plan membership price: £6 a month, as always.",
        "Ask any shop about the repair plan membership price.",
    ],
)
def test_a_price_said_without_a_rise_is_not_the_price_rise(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Don't tell anyone, but the membership price increase lands in May.",
        "Repair plan membership price is going up by a third, keep it to yourself.",
    ],
)
def test_the_price_rise_said_is_still_found(text):
    assert flagged(text)


# --- A number told as an affair or as a phone line --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "@rider_jo yeah that was the 5520 mess, sorry! Your bike is fixed now.",
        "Ugh, the 5520 fiasco again, we're on it.",
        "This 5520 thing is why your repair took a week.",
        "Das war der 5520-Vorfall, tut uns leid.",
        "All because of that 5520 business, apologies.",
    ],
)
def test_a_number_told_as_an_affair_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Die -6142 ist diese Woche nach York umgeleitet.",
        "6142 rings out all afternoon, nobody picks up.",
        "If 6142 doesn't answer, try the front desk.",
        "Heads up: 6142 is forwarded to Hull until Friday.",
        "Die 6142 ist heute nicht erreichbar.",
    ],
)
def test_a_number_told_as_a_phone_line_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "We sold 5520 helmets last year, a record for us.",
        "The 5521 mess was a different shop's, not ours.",
        "Your postcode area had 6142 deliveries last week.",
        "Our shop phone rings from 9, call the public number any time.",
        "Das war ein Durcheinander mit 5520 Teilen im Lager.",
    ],
)
def test_other_numbers_and_counts_stay_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Das war der 5520er, tut uns leid.",
        "Ja, das ist immer noch der 5520er, wir sind dran.",
        "Wegen dem 5520er hat die Reparatur länger gedauert.",
        "Die Verzögerung kam vom 5520er, sorry!",
        "Ugh, that 5520 saga again.",
    ],
)
def test_a_number_named_in_german_as_the_known_one_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Wir haben 5520er Schrauben verbaut.",
        "Ein 5520er Rahmen passt nicht an Ihr Rad.",
        "Das war der 5521er, nicht unserer.",
    ],
)
def test_other_numbers_with_er_stay_clean(text):
    assert flagged(text) == []


# --- German: a price rise told in compounds and "mehr zahlen" -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Kleiner Tipp unter uns: ab Mai zahlen Abonnenten deutlich mehr.",
        "Unter uns gesagt, das Wartungs-Abo wird im Herbst teurer.",
        "Inoffiziell: die Abopreise steigen bald.",
        "Aus sicherer Quelle: für Bestandskunden kommt eine Preiserhöhung.",
        "Ein Vögelchen hat mir gezwitschert, dass Abo-Kunden bald mehr zahlen.",
        "A little birdie says subscribers will pay more from June.",
    ],
)
def test_a_price_rise_told_in_other_words_with_a_hint_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Ab Mai zahlen Neukunden weniger: 10 % Rabatt auf das erste Jahr.",
        "Unter uns: unser Team freut sich riesig auf den Sommer!",
        "Die Preise für das Abo stehen auf unserer Website, da ändert sich nichts.",
        "You'll pay more for express delivery, as listed on our price page.",
        "A little birdie told me it's your birthday, happy birthday from the whole team!",
    ],
)
def test_prices_and_hints_alone_stay_clean(text):
    assert flagged(text) == []


# --- A product called not yet announced, beside the sentence that names it ---------------------


@pytest.mark.parametrize(
    "text",
    [
        "Die Schulung für das neue Lastenrad ist am 14. im Lager Hull. Das Produkt ist noch nicht "
        "angekündigt, also bitte nichts auf Social Media.",
        "Fotos vom Lastenrad-Prototyp sind im Ordner. Noch nicht offiziell, bitte nicht auf "
        "Social Media posten.",
        "The electric cargo bike samples arrive on Monday. It hasn't been announced yet, so keep "
        "it off social media.",
        "Das Lastenrad kommt im Frühjahr. Noch nicht bekanntgegeben!",
        "We've got the cargo bike brochures in the back room. Please don't post anything to "
        "social media about them until the launch.",
    ],
)
def test_a_product_called_unannounced_beside_its_sentence_is_found(text):
    assert flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "Our summer opening hours are not announced yet, we'll post them soon.",
        "Die neuen Öffnungszeiten sind noch nicht bekanntgegeben. Schauen Sie nächste Woche "
        "wieder vorbei.",
        "Please keep it off social media if it's about your account: send us a DM instead.",
        "The bike fair line-up hasn't been announced yet. We'll have a stand there as always.",
        "Das Gewinnspiel ist noch nicht offiziell. Bitte noch nichts auf Social Media teilen, "
        "danke!",
    ],
)
def test_other_things_not_yet_announced_stay_clean(text):
    assert flagged(text) == []
