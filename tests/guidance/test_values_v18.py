"""Value kinds by structure (values-v18, issue 13): a keypad's sequence ending with the hash or
star key, a code's digits after the copula and a short adverbial, a password described and then
given after "so"/"also" (a code's digits too), a code said in German number words of two
digits, digits said after "it'll be", a password whose "!" is followed by a comma; "pass" as a
verb and a code the sentence calls a booking reference are no secret. An e-mail address spelled
with "dash", a driving licence's and a tax number's short names and an animal's microchip
number, a keeper or owner named, a name followed by "she lives at", German health told by a
third person's possessive or after a prepositional phrase; a greeting before a first name, an
example in quotes and a place's own address are no one's data. Each family has clean twins
that must stay clean. The examples are made up for these tests."""

import pytest

from openline.guidance.checks import check_text


def found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in check_text(text).findings if f.kind == kind]


# --- 1. Secrets ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        # a keypad's sequence: digits, then the hash or star key, without a code's name
        ("The yard gate at the Harwick depot is 5-2-7-1-hash tonight, tell the drivers.",
         "5-2-7-1-hash"),
        ("Der Lieferanteneingang in Kleinau geht mit 6 0 3 8 Raute, bitte weitersagen.",
         "6 0 3 8 Raute"),
        # the copula, a short adverbial, then the digits in groups
        ("Die Einmal-PIN für das Schließfach ist für Sie 58 20 13, nur heute gültig.",
         "58 20 13"),
        # a password described, then given after "so" / "also"
        ("password for the till laptop is the shop's street with a capital B and 77 at the end,"
         " so Birkenweg77", "Birkenweg77"),
        ("Das Kennwort fürs Lagertablet ist der Name vom Kater plus Baujahr, also Minka1998.",
         "Minka1998"),
        # a code's digits described, then given after "so" / "also"
        ("Das Vorhängeschloss am Schuppen: die Kombi ist die Hausnummer doppelt, also 1414.",
         "1414"),
        ("Your safe's PIN is your birth year backwards plus 55, so in your case 0891 55 — "
         "you chose that yourself.", "0891 55"),
        # a code said in German number words of two digits
        ("Das Rolltor hinten geht ab Montag mit dem Code dreiundzwanzig-neunzehn auf.",
         "dreiundzwanzig-neunzehn"),
        # digits said after "it'll be"
        ("Heads-up: the safe code in the Elmfield office changes tonight, it'll be "
         "four-one-eight-eight.", "four-one-eight-eight"),
        # a password's "!" with a comma after it
        ("the scanner's admin password is marigoldfield!, keep it off the wiki",
         "marigoldfield!"),
    ],
)  # fmt: skip
def test_a_code_or_password_told_by_its_structure_is_a_secret(db, text, secret):
    assert secret in found(text, "secret")


@pytest.mark.parametrize(
    "text",
    [
        # "pass" as a verb
        "Lovely words about the Harbour Street bakery! We'll pass it on to Siobhán, she baked it.",
        "Please pass this along to Ruairí, he was on the till that morning.",
        # a code the sentence calls a booking reference, or no password
        "Der Code 7QX-2MD, den Sie nennen, ist Ihre Buchungsreferenz, das ist kein Passwort.",
        "The code H4T-9LK in your e-mail is your booking reference, you can share it.",
        # a code the sentence calls someone else's number
        "Hallo Jana, der Code 5520 auf deinem Formular ist die Nummer der Prüfstelle, nicht "
        "unsere.",
        # a phone menu's number with a hash, a count of digits, a time
        "Dial 0800 1234# for the help line.",
        "The PIN for the new cards is now six digits long.",
        "Der Code ist heute bis 15 Uhr gültig.",
        # an exclamation ends its sentence; "so" before a word without a digit
        "The password is wonderful! Nobody will guess it.",
        "The login is your e-mail address, so nothing new to remember.",
        # a public code described, digits that do not end the clause
        "The discount code is valid for 30 days, so 2026 orders still count.",
        "The voucher code is printed on the card, so 4411 is the one to type.",
        # German number words that are no code
        "Wir haben zwanzig Codes verschickt, elf sind schon eingelöst.",
    ],
)
def test_sentences_like_them_without_a_credential_stay_clean(db, text):
    assert found(text, "secret") == []


# --- 2. Personal data ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a driving licence's and a tax number's short names
        ("you left my licence copy at the counter, DL number R4471-20957-66120. I want it back.",
         "R4471-20957-66120"),
        ("My tax PIN B007312845Q was printed on the invoice you sent to someone else.",
         "B007312845Q"),
        # an e-mail address spelled out with a dash
        ("Send the photo to me: tilda dot marsh at hollis dash haus dot de, thanks.",
         "tilda dot marsh at hollis dash haus dot de"),
        # an animal's microchip number, which its register ties to the keeper
        ("Your cat's microchip is 250269604412873, as the vet read it.", "250269604412873"),
        ("Der Hund hat die Chipnummer 276098100771234, sagt die Tierärztin.", "276098100771234"),
        # the keeper or owner named
        ("The microchip database says the registered keeper is Oonagh Pellow.", "Oonagh Pellow"),
        ("Found a black umbrella at the Marlow counter; owner is Tobias Wrenfield, please call.",
         "Tobias Wrenfield"),
        # health told by a third person's possessive, or after words that are no name
        ("Der Termin für Frau Ilse Korber ist verschoben, wegen ihrer Diabetes zahlt die Kasse.",
         "wegen ihrer Diabetes"),
        ("Herr Fassbinder, der nach seiner Knie-OP noch Krücken hat, holt die Schuhe ab.",
         "nach seiner Knie-OP"),
        ("Herr Grabner hat seit dem Sturz einen Bandscheibenvorfall und kommt später.",
         "Herr Grabner hat seit dem Sturz einen Bandscheibenvorfall"),
        ("Die Tochter von Frau Lindl hat Autismus und braucht einen ruhigen Platz.",
         "Frau Lindl hat Autismus"),
        # a name, then the pronoun that stands for it and where they live
        ("The man who shouted at the staff is Gareth Pimlott, he lives at 14 Rowan Close.",
         "Gareth Pimlott"),
        ("Die Frau, die uns beschimpft hat, heißt Helga Brantner, sie wohnt in Kleinau.",
         "Helga Brantner"),
    ],
)  # fmt: skip
def test_personal_data_told_by_its_structure_is_found(db, text, value):
    assert value in found(text, "personal_data")


@pytest.mark.parametrize(
    "text",
    [
        # a greeting before a first name
        "Hey Marisol, your order shipped yesterday. Tracking is in your e-mail.",
        "Morning Declan, the replacement part is on its way.",
        # an example in quotes, the formal "Ihrer", a place's own address
        'Our training videos use examples like "Mr Brown, 01632 960123" — all made up.',
        "Wegen Ihrer Knie-OP verschieben wir den Termin gern, melden Sie sich einfach.",
        "the Leeds studio's address is on our website, 40 Harrow Street. Parking is free.",
        # a chip number asked for, a card's chip
        "Could you pop your dog's microchip number in a private message?",
        "You need the 20-digit chip number on the back of the card to top it up.",
        # an owner without a name
        "The owner is on holiday until Monday, we'll call back then.",
    ],
)
def test_sentences_like_them_without_personal_data_stay_clean(db, text):
    assert found(text, "personal_data") == []
