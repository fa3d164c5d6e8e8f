"""Value kinds laid out rather than written in a sentence (values-v19, issue 13): a credential's
name ending its line and the value on the next lines, whole or in pieces; a value given in named
parts; a name with a bracket before its colon; the value said before its name or after the
name's "'s"; a password beside its user name, whatever its shape; a config line whose name ends
in _KEY; a password spaced letter by letter; a table whose header names the column; an
identifier-shaped user name and a password after a slash; a code named private by its purpose; a
code's digits in parts; a dial's turns. Personal data: a record laid out as a block (a titled
name on the line above its details), an address whose town comes before its postcode, a
continental address block with the name above it, an e-mail typed with gaps, a document's
number, a name with a home town and a record. The reader's own condition said back to them,
digits that go on from a reference, a public code laid out, a card's last digits, are no one's
secret or data. Each family has clean twins that must stay clean. The examples are made up for
these tests."""

import pytest

from openline.guidance.checks import check_text


def found(text: str, kind: str) -> list[str]:
    return [text[f.start : f.end] for f in check_text(text).findings if f.kind == kind]


def covered(text: str, part: str, kind: str) -> bool:
    start = text.index(part)
    end = start + len(part)
    return any(
        f.kind == kind and f.start < end and start < f.end for f in check_text(text).findings
    )


# --- 1. Secrets laid out -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # the name ends its line, the value follows in rows
        ("Your PIN for the Quarrel Lane lockers:\n5 8\n2 4\n(top row first)", ["5 8", "2 4"]),
        ("Your temporary login: user is your email, password is\nMarl-\nbrook-\n2031!\n"
         "(no spaces)", ["Marl-", "brook-", "2031!"]),
        ("Das Kennwort für den Kassenrechner lautet\nFenster-\nWeide-\n58!", ["Fenster-",
                                                                             "Weide-", "58!"]),
        ("Die PIN für das Schließfach:\n7 3\n1 9", ["7 3", "1 9"]),
        # a value in named parts, a bracket before the colon
        ("Contractor login:\nuser: quay_fitter\npw (first part): Tarn0ck\npw (second part): "
         "-Lune#27", ["Tarn0ck", "-Lune#27"]),
        ("Kennwort (Teil 1): Moorkamp7\nKennwort (Teil 2): -Heide#4", ["Moorkamp7", "-Heide#4"]),
        ("The first half of the password is Brack7 and the second half is !ferns.",
         ["Brack7", "!ferns"]),
        # a config line whose name ends in _KEY, a lower-case password line
        ("```\nWIDGET_API=https://api.example.org\nWIDGET_KEY=5fd0c2a9e1b74e83a6c9d2f10b7e4a3c\n"
         "```", ["5fd0c2a9e1b74e83a6c9d2f10b7e4a3c"]),
        ("db_password=Torfmoor!88", ["Torfmoor!88"]),
        # an identifier-shaped user name and a password after a slash, far from "wifi"
        ("Staff wifi at the Brackwater shed, since three of you asked this week: "
         "BW_CREW / t@rnside-41", ["t@rnside-41"]),
        # a password spaced letter by letter
        ("Das Kennwort: L a r c h 7 ! w o o d", ["L a r c h 7 ! w o o d"]),
        # a table whose header names the column
        ("| Device | User | Password |\n|---|---|---|\n| Till 2 | till | Gorse#5path |",
         ["Gorse#5path"]),
        # a code named private by its purpose, though a voucher's word names it
        ("Ich habe Ihnen den Gutschein-Code per SMS geschickt, der zum Freischalten: 5847-RT. "
         "Bitte nicht weitergeben.", ["5847-RT"]),
        # a code's digits in parts
        ("The first four digits of the safe code are 3907 and the last two are 61.",
         ["3907", "61"]),
        ("Die ersten vier Ziffern sind 3907, die letzten zwei 61 - das ist der Tresorcode.",
         ["3907", "61"]),
        # a dial's turns
        ("Combination for the old safe — left 14, right 32, left 9.",
         ["left 14, right 32, left 9"]),
        # the value said first, the credential's name after the copula
        ("Brackmoor!58 is the new admin password, don't lose it.", ["Brackmoor!58"]),
        ("Brackmoor!58 — that's the password for the back office laptop.", ["Brackmoor!58"]),
        ("Die 6032 ist der Code fürs Hoftor.", ["6032"]),
        # the credential's name contracted with "is"
        ("The wifi's called Brack_Guest and the key's Moorlicht!58.", ["Moorlicht!58"]),
        # a password beside its user name, whatever its shape
        ("Username elna.dorr, password fennelgate, all lower case.", ["fennelgate"]),
        ("Login: elna.dorr\nPass: fennelgate", ["fennelgate"]),
        ("Benutzername: elna.dorr - Passwort: fennelgate (alles klein)", ["fennelgate"]),
        # a private code in groups of letters and digits
        ("Your one-time passcode: QT4 LM8", ["QT4 LM8"]),
    ],
)  # fmt: skip
def test_a_credential_laid_out_is_a_secret(db, text, pieces):
    for piece in pieces:
        assert covered(text, piece, "secret"), piece


@pytest.mark.parametrize(
    "text",
    [
        # a public code laid out, a line that says where the value is, a word on the next line
        "Your booking code:\n4471 2290\nShow it at the desk.",
        "Your PIN:\n(we send it separately by text)",
        "The password is\nconfidential\nand nobody here will ask you for it.",
        # a card's last digits, directions, a year
        "The last four digits of the card on file: 7714, so it's the right card.",
        "Take the first left, then right at the lights, then left again.",
        "The last two years were hard for the shop.",
        # a config line without a secret's value, a placeholder
        "SORT_KEY=customer_created_at",
        "WIDGET_KEY=your_key_here",
        # a slash between words, a size
        "Sizes run SIZE_M / Large in the new range.",
        # a voucher code without a purpose that unlocks anything
        "Ihr Gutschein-Code: SOMMERFEST. Einfach an der Kasse zeigen.",
        # a part of something else
        "The first part of the tour is free: the garden.",
        # a value explained as something else, a form's empty fields
        'The code on the sidewall "DOT 7K2Q 4119" is just the manufacturing code, week 41.',
        "Leave the username and password fields empty and press connect.",
        # a user name without a password after it
        "Username elna.dorr, and the password is the one we sent by letter.",
    ],
)
def test_laid_out_look_alikes_stay_clean(db, text):
    assert found(text, "secret") == []


# --- 2. Personal data laid out -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a titled name alone on its line above the person's details
        ("New customer's details from the call:\nMr Cathal Brennock\nFlat 3/2, 17 Larchfield "
         "Road, Glasgow G12 8QX\nmob 07700 900 318", "Cathal Brennock"),
        # an address whose town comes before its postcode
        ("Delivery address noted: 41/7 Soi Rattanakul 3, Bang Rak Nuea, Chonburi 20130, "
         "room 12.", "41/7 Soi Rattanakul 3"),
        ("Details for the contract:\nMrs Elif Karaduman, Lale Sokak No: 18 D:4, Moda 34710 "
         "Kad\u0131k\u00f6y, +90 532 410 77 21", "Lale Sokak No: 18 D:4"),
        ("Details for the contract:\nMrs Elif Karaduman, Lale Sokak No: 18 D:4, Moda 34710 "
         "Kad\u0131k\u00f6y, +90 532 410 77 21", "Elif Karaduman"),
        # a continental address block, the name on the line above
        ("Empfänger:\nKarin Oswaldt\nLindenhofstraße 4\n6020 Innsbruck", "6020 Innsbruck"),
        ("Empfänger:\nKarin Oswaldt\nLindenhofstraße 4\n6020 Innsbruck", "Karin Oswaldt"),
        # an e-mail typed with gaps
        ("The letter went to t.brannagh @ mailbox .net — the gaps are how it was typed.",
         "t.brannagh @ mailbox .net"),
        # a document's number
        ("Found a passport in locker 9. Holder: document number QZT482915, please collect.",
         "QZT482915"),
        # a name with a home town and a record
        ("@leser_neu Herr Anselm Grübler aus Murrhardt, Ihre Abo-Nr. A-5520193 ist wieder "
         "aktiv.", "Anselm Grübler"),
        ("Gewinnerin ist Frau Hedda Kornmayer (Abo-Nr. A-7731024), herzlichen Glückwunsch!",
         "Hedda Kornmayer"),
    ],
)  # fmt: skip
def test_personal_data_laid_out_is_found(db, text, part):
    assert covered(text, part, "personal_data"), part


@pytest.mark.parametrize(
    "text",
    [
        # the reader's own condition said back to them
        "Thank you for letting us know about your ear infection. We'll refund the course.",
        "Please just be honest on the form, nobody's judging your asthma.",
        "Your medical form shows asthma. That doesn't rule out the course by itself.",
        # digits that go on from a reference
        "Your invoice number QX-INV-5521 0987 3321 0045 isn't a card number, it's just long.",
        # a greeting and the reader's own order
        "Grüezi Herr Brunnhold,\n\nIhre Bestellung CH-55120 ist unterwegs.",
    ],
)
def test_personal_look_alikes_stay_clean(db, text):
    assert found(text, "personal_data") == []


@pytest.mark.parametrize(
    ("text", "part"),
    [
        # a relative's condition, a diagnosis or a dated stay stays personal data
        ("We've had your message about your son's asthma attack at the pool.", "asthma"),
        (
            "I'm so sorry to hear about your early-onset Parkinson's diagnosis last spring.",
            "Parkinson",
        ),
        ("I'm sorry about your hospital stay for the asthma attack on 12 March.", "asthma"),
        ("Hope your knee replacement went well, the booking can wait.", "knee replacement"),
    ],
)
def test_a_condition_with_its_detail_or_someone_elses_stays_found(db, text, part):
    assert covered(text, part, "personal_data"), part
