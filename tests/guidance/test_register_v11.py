"""The register told by its structure (issue 13, register-v11): a ticket's or a line's number said
alone ("ref 2291", "is 4862 closed yet?", "the trade line (6671)", "-6671 wählen"), staff who
speak by the work they do ("warehouse worker here", "off-duty salesperson"), those concerned said
not to be told ("they haven't told customers yet"), a name half told where a name is meant ("it's
called Awning something internally"), an incident's affair named by what people claim for it
("the loyalty-card complaints"), an incident retold by its note's own phrases; and what stays
public: a public place named like an item ("the Guillemot pub"), the word talked of as a name ("a
lovely name for a boat"), a public apology with a remedy to those affected; and a word
written as a chat channel ("in #coldframe"), a tool at work ("Dibber literally shows every
address"), a tree as a tree, a street as an address, German "noch nicht öffentlich". Each family has
paraphrases and near-misses that stay clean or stay the item. The company (a garden-tools and
outdoor-furniture retailer) and every sentence are made up for these tests."""

import pytest

from openline.guidance.detectors.internal import RegisterIndex, detect, speaks_from_inside

REGISTER = RegisterIndex.build(
    [
        ("Project Guillemot", "code_name", "code name of the unannounced robotic lawnmower",
         ["Guillemot", "PRJ-GUILLEMOT"]),
        ("Awning Max", "other", "unannounced subscription tier for landscape professionals",
         ["Loamridge Awning Max", "the Awning Max tier"]),
        ("INC-4862", "other", "internal incident: fire at the Wakefield depot scorched garden "
         "furniture that was then sold as new", ["INC 4862", "the Wakefield depot fire"]),
        ("GT-ESC-2291", "other", "internal escalation ticket: warranty refunds paid twice",
         ["ESC-2291", "escalation 2291"]),
        ("extension 6671", "extension", "internal line of the trade accounts team",
         ["ext. 6671", "x6671"]),
        ("Hedgerow leak", "other", "unannounced privacy issue: loyalty-card accounts exposed "
         "customer postcodes and purchase histories; not disclosed yet",
         ["the loyalty-card leak", "the postcode exposure"]),
        ("Pergola recall", "recall", "unannounced recall of folding pergola chairs whose hinge "
         "collapses, not yet communicated", ["the pergola chairs we're quietly pulling"]),
        ("Sedge", "code_name", "code name for the planned acquisition of a rival nursery chain",
         ["Project Sedge", "the Sedge deal"]),
        ("Coldframe", "other", "internal Slack channel for depot incidents",
         ["the Coldframe channel"]),
        ("Dibber", "other", "internal ops dashboard (orders, drivers, depots)",
         ["the Dibber dashboard"]),
        ("Alder", "code_name", "code name of the planned acquisition of a Dutch wholesale nursery",
         ["Project Alder", "the Alder deal"]),
        ("Lindenallee", "code_name", "code name of the planned takeover of an Austrian garden "
         "centre chain", ["Projekt Lindenallee"]),
        ("Projekt Quelle", "code_name", "Codename des unangekündigten Mähroboter-Abos",
         ["Quelle-Abo"]),
    ],
    ["Loamridge", "Loamridge Plus (free delivery club)", "Loamridge app",
     "Garden design service"],
)  # fmt: skip


def flagged(text: str) -> list[str]:
    return [text[hit.start : hit.end] for hit in detect(text, REGISTER)]


def found(text: str, words: str) -> bool:
    return any(words in hit or hit in words for hit in flagged(text))


# --- A ticket's or a line's number said alone ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Quote ref 2291 when you chase, that's the escalation number.", "2291"),
        ("Is 4862 closed yet? The customer still smells smoke on her bench.", "4862"),
        ("@ops ist 2291 schon erledigt? Die Kundin wartet.", "2291"),
        ("Has 2291 been resolved yet, or is finance still on it?", "2291"),
        ("Put trade customers through to the accounts line (6671), please.", "6671"),
        ("Für Firmenkunden einfach -6671 wählen, da sitzt das Team.", "6671"),
    ],
)
def test_a_tickets_or_a_lines_number_said_alone_is_found(text, number):
    assert any(number in hit for hit in flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "We sold 2291 folding chairs last spring, a record for us.",
        "Your receipt ID 4862 9581 0264 is fine to send us, it only matches the payment.",
        "The corner bench is 2291 mm long and comes flat-packed.",
        "Order 2291-5538 left our warehouse this morning.",
        "Call the shop line (0113 496 0000) any time before six.",
    ],
)
def test_other_numbers_stay_clean(text):
    assert flagged(text) == []


# --- Staff who speak by the work they do -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Warehouse worker here. Don't buy the new benches yet.",
        "Off-duty Loamridge salesperson. Prices are about to move.",
        "Ex-Loamridge CS. Honestly, wait a month.",
        "Picker here, so take this with a pinch of salt.",
        "Lagerarbeiter hier. Wartet lieber noch.",
    ],
)
def test_staff_by_their_work_speak_from_inside(text):
    assert speaks_from_inside(text)


@pytest.mark.parametrize(
    "text",
    [
        "Loamridge support here, happy to help with your order.",
        "Hi, Priya from the customer team here.",
        "A worker at the depot checked your bench for you.",
        "Our delivery driver will ring ahead on the day.",
    ],
)
def test_the_companys_own_voice_is_not_an_insider(text):
    assert not speaks_from_inside(text)


def test_an_insider_by_their_work_gives_an_incident_away_without_its_words():
    text = (
        "Warehouse worker here. The garden furniture coming out of Wakefield this month sat "
        "in smoke for a week."
    )
    assert found(text, "The garden furniture coming out of Wakefield")
    assert flagged(text.split(". ", 1)[1]) == []  # the same words from the company's voice


# --- Those concerned said not to be told ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "There's a recall being prepped and they haven't told customers yet.",
        "The folding chairs are being pulled, but customers haven't been told.",
        "Owners weren't informed that the hinge collapses.",
        "Die Kunden wissen noch nichts davon, aber der Rückruf kommt.",
        "We haven't notified buyers yet about the pergola chairs.",
    ],
)
def test_an_item_whose_customers_were_not_told_is_found(text):
    assert flagged(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Customers haven't been told the delivery slots yet; we'll email them on Friday.",
        "I haven't told anyone about the surprise party.",
        "We told customers about the new opening hours last week.",
    ],
)
def test_other_things_not_told_stay_clean(text):
    assert flagged(text) == []


# --- A name half told where a name is meant -------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A pro tier for landscapers is coming. It's called Awning something internally.",
        "The working title is Awning, and it's for landscape professionals.",
        "Internally it's called Awning, a new tier for pros.",
        "Der Projektname war irgendwas mit „Awning“, glaub ich.",
        "They've code-named the pro plan Awning, apparently.",
    ],
)
def test_a_name_half_told_is_found(text):
    assert flagged(text) != []


def test_the_sentence_the_half_name_is_about_belongs_to_the_finding():
    text = "A pro tier for landscapers is coming. It's called Awning something internally."
    assert flagged(text) == [text.rstrip(".")]


@pytest.mark.parametrize(
    "text",
    [
        "The awning on the parasol is sold separately.",
        "Awning gazebos are back in stock this week.",
        "What's the name of that gazebo colour? It's called Sage.",
    ],
)
def test_the_ordinary_word_stays_clean(text):
    assert flagged(text) == []


# --- An incident's affair named by what people claim for it ----------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Legal want the loyalty-card complaints settled one by one.", "loyalty-card complaints"),
        ("Ops are paying off the postcode-exposure claims.", "postcode-exposure claims"),
        ("How many of those depot-fire refunds went out?", "depot-fire refunds"),
        ("Those scorched-furniture cases are piling up.", "scorched-furniture cases"),
        ("Who signs off the loyalty card payouts now?", "loyalty card payouts"),
    ],
)
def test_an_affair_named_by_its_complaints_is_found(text, words):
    assert found(text, words)


@pytest.mark.parametrize(
    "text",
    [
        "Sorry about the delivery-slot complaints this week, we've added vans.",
        "The card-payment problem people mention is fixed.",
        "All the loyalty-points refunds went out on Monday.",
        "We read all the garden-bench complaints and changed the screws.",
    ],
)
def test_other_complaints_stay_clean(text):
    assert flagged(text) == []


# --- An incident retold by its note's own phrases --------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Re the purchase histories on loyalty-card accounts: yes, that was our fault.",
        "Our loyalty-card accounts leaked purchase histories, a bug on our side.",
        "The purchase histories of loyalty-card accounts went out because of an error.",
        "Loyalty-card accounts showed purchase histories to strangers; that was our mistake.",
        "Yes, purchase histories from loyalty-card accounts were exposed by our fault.",
    ],
)
def test_an_incident_retold_by_its_phrases_is_found(text):
    assert flagged(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Your purchase histories are on the loyalty-card accounts page.",
        "If your loyalty-card account shows the wrong purchase histories, tell us.",
        "Loyalty-card accounts keep purchase histories for two years.",
        "The purchase histories on your loyalty-card page failed to load, now fixed.",
    ],
)
def test_the_same_phrases_said_of_nothing_wrong_stay_clean(text):
    assert flagged(text) == []


# --- A public place named like an item ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The Guillemot pub near our Leeds store does a great lunch.",
        "We met at the Sedge café before the workshop.",
        "The Guillemot hotel has parking if you're collecting in person.",
        "Das Sedge-Café neben der Filiale hat sonntags offen.",
        "The Guillemot exhibition at the city museum is worth a visit.",
    ],
)
def test_a_public_place_named_like_an_item_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Guillemot is launching in spring, don't tell anyone.",
        "We'll celebrate the Sedge deal at the pub on Friday.",
        "The Guillemot rollout starts at the Leeds store.",
    ],
)
def test_the_item_beside_a_place_is_still_found(text):
    assert flagged(text) != []


# --- The word talked of as a name ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Guillemot is such a lovely name for a boat!",
        "I named my old mower Guillemot, it felt right.",
        "Sedge is a great name for a dog, honestly.",
        "My kids call our tortoise Sedge.",
        "Guillemot was a funny nickname for him at school.",
    ],
)
def test_the_word_talked_of_as_a_name_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Guillemot is the code name for the robotic mower.",
        "Sedge is a great name for the rival nursery chain we're buying.",
        "I named the spreadsheet after Guillemot, the lawnmower launch.",
    ],
)
def test_the_item_talked_of_as_a_name_is_still_found(text):
    assert flagged(text) != []


# --- A public apology with a remedy to those affected ----------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Some of you got scorched garden furniture from our Wakefield depot in May. We're sorry "
        "— if yours is affected, we'll replace it.",
        "We know some of you had scorched garden furniture from the Wakefield depot. We "
        "apologise, and we'll refund anyone affected.",
        "Those of you with scorched garden furniture from Wakefield: we're so sorry, we'll "
        "replace it for free.",
        "A few of you received scorched garden furniture from the Wakefield depot. Apologies — "
        "send a photo and we'll replace it.",
        "If your bench is affected by the scorched garden furniture from the Wakefield depot in "
        "May, we're sorry and we'll replace it free of charge.",
    ],
)
def test_a_public_apology_with_a_remedy_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Some of you got scorched garden furniture from our Wakefield depot.",
        "Between us, some of you got scorched garden furniture from the Wakefield depot. We're "
        "sorry, we'll replace it.",
        "Warehouse worker here. Some of you got scorched garden furniture from Wakefield. We're "
        "sorry, we'll replace it.",
    ],
)
def test_the_incident_without_an_apology_or_with_a_hint_is_still_found(text):
    assert flagged(text) != []


# --- A channel, a tool at work; a tree, a street; "noch nicht öffentlich" ----------------------


@pytest.mark.parametrize(
    "text",
    [
        "I've put this in #coldframe so the depot leads see it.",
        "Post the photos to #coldframe, not here.",
        "Can you drop a note into #coldframe about the van?",
        "Hab's ins #coldframe gestellt.",
        "Ask on #coldframe before you ring the depot.",
    ],
)
def test_a_word_written_as_a_chat_channel_is_found(text):
    assert any("coldframe" in hit for hit in flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "Our tomatoes love the new lean-to #coldframe #growyourown",
        "#coldframe season is here, and the seedlings are up!",
        "Fresh basil from the coldframe today.",
    ],
)
def test_a_hashtag_or_the_ordinary_word_stays_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Former depot staff. Dibber literally shows every customer's address on a map.",
        "Dibber logs every driver's stops, even on breaks.",
        "Dibber stores the refund notes for a year.",
        "Dibber zeigt jede Adresse auf einer Karte.",
        "Dibber tracks which van is late, and everyone can see it.",
    ],
)
def test_a_tool_said_at_work_is_found(text):
    assert any("Dibber" in hit for hit in flagged(text))


@pytest.mark.parametrize(
    "text",
    [
        "Dibbers are back in stock, great for sowing onions.",
        "A dibber makes neat holes for bulbs.",
        "Use a dibber, then water the seedlings in.",
    ],
)
def test_the_garden_tool_stays_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "The common alder is deciduous, so it drops its leaves and the needles don't apply.",
        "Yes, the alder is deciduous; new foliage comes in spring.",
        "Alder is a conifer? No, it's a deciduous tree, unlike the evergreen pines.",
    ],
)
def test_a_tree_said_as_a_tree_is_clean(text):
    assert flagged(text) == []


def test_the_deal_named_beside_trees_is_still_found():
    assert flagged("Between us, the Alder deal closes before the evergreen sale.") != []


@pytest.mark.parametrize(
    "text",
    [
        "An der Lindenallee in Graz haben wir keine Filiale, nur am Hauptplatz.",
        "Our Vienna pickup point is on Lindenallee 14, next to the bakery.",
        "In der Lindenallee 3 ist nur ein Café, kein Gartencenter von uns.",
    ],
)
def test_a_street_said_as_an_address_is_clean(text):
    assert flagged(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Lindenallee is the takeover we're planning in Austria.",
        "Die Lindenallee-Übernahme ist im März durch.",
    ],
)
def test_the_code_name_of_a_street_is_still_found(text):
    assert flagged(text) != []


@pytest.mark.parametrize(
    "text",
    [
        "Im Frühling kommt das Abo für Mähroboter. Noch nicht öffentlich!",
        "Das Mähroboter-Abo startet im Mai, noch nicht öffentlich.",
    ],
)
def test_not_yet_public_in_german_is_a_strong_hint(text):
    assert flagged(text) != []


def test_a_public_robot_mower_in_german_stays_clean():
    assert flagged("Unsere Mähroboter sind ab heute im Laden, das Abo kommt nicht.") == []
