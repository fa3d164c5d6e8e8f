"""The register check told apart from the ordinary sense of its words, and register items told
without their names (issue 13, register-v8): a note's aside that ends "is not", an ordinary
word beside a term, a term of several words said ordinarily, "X as in Y", a number said to be
a count, a term inside a handle, an incident's variant that needs what went wrong, "a <place>
thing"; and more ways of saying something broke, anonymous staff and cover stories, "das mit
dem X", a site's closure said without the word, an incident retold with when it happened, and
"That's INC-…" pointing back. Each family has clean near-misses beside it. The company (a chain
of vets and pet shops) and every sentence are made up for these tests; no database is needed."""

import pytest

from openline.guidance.detectors.internal import (
    RegisterIndex,
    detect,
    speaks_from_inside,
    split_note,
)

REGISTER = RegisterIndex.build(
    [
        ("Trolley", "other",
         "internal kennel-booking tool (a shopping trolley / supermarket trolley is not)",
         ["the Trolley rota", "in Trolley", "Trolley planner"]),
        ("Ribbon list", "other",
         "internal list of owners barred for unpaid bills (gift ribbons are not)",
         ["the ribbon list", "Ribbon-flagged"]),
        ("INC-5538", "other",
         "internal incident: a freezer failure at the Porto practice spoiled stored vaccines",
         ["INC 5538", "5538", "the Porto freezer failure", "the vaccine night in Porto"]),
        ("Aveiro closure", "other", "unannounced closure of the Aveiro practice",
         ["closing Aveiro", "the Aveiro wind-down"]),
        ("KT-4 recall", "recall",
         "unannounced recall of a flea-collar batch (skin rashes), not yet communicated",
         ["KT-4", "the collars we're quietly replacing"]),
        ("SUP-7720", "other", "internal incident: a courier van crashed and damaged insulin "
         "parcels at the Braga warehouse", ["SUP 7720", "7720"]),
    ],
    ["Pawbright", "Pawbright Care plan", "Pawbright Vaccine club", "Pawbright app"],
)  # fmt: skip


def flagged(text: str) -> list[str]:
    return [text[hit.start : hit.end] for hit in detect(text, REGISTER)]


# --- The ordinary sense of a register word -----------------------------------------------------


@pytest.mark.parametrize(
    ("note", "clean"),
    [
        ("internal crew tool (a hand trolley is not)", "a hand trolley is not"),
        ("internal list of barred owners (gift ribbons are not)", "gift ribbons are not"),
        ("internes Werkzeug (die Bürste ist nicht gemeint)", "die Bürste ist nicht gemeint"),
    ],
)  # fmt: skip
def test_an_aside_that_ends_is_not_names_the_ordinary_sense(note, clean):
    assert split_note(note)[1] == clean


def test_an_aside_that_only_says_not_yet_is_part_of_the_meaning():
    assert split_note("unannounced recall (not yet communicated)")[1] == ""


@pytest.mark.parametrize(
    "text",
    [
        "A shopping trolley fits through the side door of every practice.",
        "Yes, the supermarket trolley bay is right next to our shop entrance.",
        "Our shop ribbons are the gift ribbons on the till, free with any toy.",
        "The ribbon list on the toy page is just the gift ribbons we stock (red, gold, blue).",
        "trolley as in the thing you push, yes we lend one 😄 Not Trolley as in the film.",
        "5538 is just the number of vaccines our Porto practice gave last year!",
        "5538 was the total of pets we saw in Porto in 2025.",
        "@trolley_tom thanks, see you on Friday at the Porto practice!",
    ],
)
def test_register_words_in_their_ordinary_sense_are_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "I moved your dog's stay in Trolley to Friday.",
        "Is Trolley down again? The rota won't load.",
        "You're on the Ribbon list, so we can't book you until the bill is paid.",
        "That's ticket 5538, the vaccines from the Porto freezer.",
    ],
)
def test_the_register_item_itself_is_still_found(text):
    assert flagged(text) != []


# --- An incident's variant, a place's thing, a public product -----------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Rooms near the Porto practice start from €40 a night in winter.",
        "Night appointments in Porto are available on Thursdays.",
        "The late-night fireworks in Porto scare a lot of dogs, it's a Porto thing.",
        "The Pawbright app failed to load for you? Our app is fine, try updating it.",
        "A freezer in Porto? We sell pet food there, not freezers.",
        "Ugh, the card reader in Porto died again, pay by cash today please.",
    ],
)
def test_a_place_named_in_an_incident_said_ordinarily_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Sorry, that's the freezer that died in Porto on Sunday, the vaccines were spoiled.",
        "Your booster came out of the Porto freezer that went down over the weekend.",
        "The owners whose vaccines got damaged in Porto are getting free jabs.",
        "Honestly, the Porto thing is why your appointment moved.",
        "It was the same vaccine night in Porto that everyone is asking about, the freezer broke.",
        "Your jab moved because of that vaccine night in Porto, sorry.",
    ],
)
def test_an_incident_retold_around_its_place_is_found(text):
    assert flagged(text) != []


# --- Insiders and cover stories -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Staff here, posting anonymously: the 'routine collar checks' are really about skin rashes "
        "from a flea-collar batch.",
        "Throwaway account. The real reason for the collar swap is a batch that gives pets rashes.",
        "Current staff: those 'routine collar checks' are actually because of rashes from a "
        "flea-collar batch.",
    ],
)
def test_staff_telling_the_truth_behind_a_cover_story_is_found(text):
    assert flagged(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Ich war bis letzten Monat Tierarzthelferin in Aveiro.",
        "Ich arbeite dort seit drei Jahren.",
        "Ich habe dort gearbeitet, bevor ich umgezogen bin.",
        "Posting anonymously because my boss reads this.",
    ],
)
def test_staff_past_or_present_are_told_by_how_they_say_it(text):
    assert speaks_from_inside(text)


@pytest.mark.parametrize(
    "text",
    [
        "Posting anonymously is fine on our forum, just keep it kind.",
        "The real reason for the wait is the snow on the roads this week.",
        "Flea collars can cause rashes in some pets; stop using it and call us.",
    ],
)
def test_an_anonymous_post_or_a_reason_without_the_item_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Das mit dem Freezer in Porto war schlimmer, als sie zugeben.",
        "Honestly, that business with the freezer was worse than anyone said.",
    ],
)
def test_the_thing_with_an_incidents_own_thing_is_found(text):
    assert flagged(text) != []


@pytest.mark.parametrize(
    "text",
    ["Das mit dem Termin klären wir morgen.", "The thing with the vaccine club is the price."],
)
def test_the_thing_with_an_ordinary_thing_is_clean(text):
    assert flagged(text) == []


# --- A site's closure said without the word -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Between you and me, the Aveiro practice isn't going to be around much longer.",
        "I'd not sign up in Aveiro, that practice won't be there by spring.",
        "The Aveiro practice's days are numbered, book somewhere else.",
        "Our practice in Aveiro is on its way out, sadly.",
        "Die Praxis in Aveiro macht bald dicht, gehen Sie lieber nach Porto.",
    ],
)
def test_a_site_said_to_be_going_is_found(text):
    assert flagged(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "No, we're not closing down the Aveiro practice, it's open as usual.",
        "The Aveiro practice won't be open by 8 on Monday, it's a bank holiday.",
        "Your parcel won't be there by Friday, sorry about the courier.",
        "As we announced last month, the Aveiro practice won't be around after June.",
        "The Aveiro practice is closed on Sundays.",
    ],
)
def test_opening_hours_denials_and_announced_closures_are_clean(text):
    assert flagged(text) == []


# --- An incident retold with when it happened -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Your insulin is late because of what happened at the northern warehouse last week: a "
        "van crashed and some parcels got damaged.",
        "On Saturday a courier van crashed at our warehouse and damaged the insulin parcels.",
    ],
)
def test_an_incident_retold_with_its_time_is_found(text):
    assert flagged(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "If your insulin parcel got damaged by the courier last week, send us a photo.",
        "Insulin parcels leave our warehouse by courier van every morning.",
    ],
)
def test_a_supposed_or_routine_delivery_is_clean(text):
    assert flagged(text) == []


# --- "That's INC-…" points back ------------------------------------------------------------


def test_the_sentence_before_a_pointing_back_id_is_the_item():
    text = (
        "Your cat's vaccine was one of the doses spoiled when the freezer failed. "
        "That's INC-5538, we're calling everyone."
    )
    assert any(found.startswith("Your cat's vaccine") for found in flagged(text))


def test_a_sentence_before_an_id_that_says_nothing_of_it_is_not_flagged_with_it():
    text = "Thanks for your patience today. That's INC-5538, we're calling everyone."
    assert all(not found.startswith("Thanks") for found in flagged(text))
