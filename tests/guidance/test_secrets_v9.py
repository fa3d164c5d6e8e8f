"""Secrets handed over, by structure (secrets-v9, issue 13): something that opens or proves
access is named (a code, PIN, password, seed, door, gate, safe, alarm), then a value of a code's
shape is handed over in the same sentence or the next one: digits read out one by one or in
words, lists of backup codes, two-factor seeds, passphrases, keypad strings with * or #, codes
keyed in before what they open, letters with digits. Each family has public numbers of the same
shapes beside it that must stay clean. The examples are made up for these tests."""

import pytest

from .findings import found


def overlaps(found_spans: list[str], value: str) -> bool:
    return any(value in span or span in value for span in found_spans)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Your locker combination, in case the app is down: 3 9 1 7.", "3 9 1 7"),
        ("The alarm panel code is nine-four-four-two, then press the tick.", "nine-four-four-two"),
        ("Ok so the code for the bike shed is double seven one four.", "double seven one four"),
        ("For the studio door you punch in 5-2-8-0 and push hard.", "5-2-8-0"),
        ("Heads up, alarm's set to four-four-nine-oh now.", "four-four-nine-oh"),
        ("Morning! The hangar padlock is 0-6-1-9, please spin it after locking.", "0-6-1-9"),
        ("Die Kombination für das Fahrradschloss ist vier sieben null zwei.", "vier sieben null"),
        ("Der Türcode lautet 5 8 1 2, bitte nicht weitergeben.", "5 8 1 2"),
    ],
)
def test_codes_read_out_digit_by_digit_or_in_words_are_secrets(db, text, secret):
    assert overlaps(found(text, "secret"), secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "Recovery codes for your workspace, store them somewhere safe:\n- 7718-2290\n"
            "- 4410-9036\n- 0051-6637",
            "0051-6637",
        ),
        ("Here are your backup codes: 551 203, 998 114, 370 662.", "370 662"),
        (
            "I've regenerated the one-time backup codes for the account:\n1. 88213047\n2. 55120398",
            "55120398",
        ),
        ("Backup codes — 482910 / 775301 / 660218", "660218"),
        (
            "Emergency codes for your admin account (use each once):\n3391 8820\n1047 5562\n"
            "9023 1184",
            "9023 1184",
        ),
        ("Deine neuen Wiederherstellungscodes:\n4821 9930\n1177 0452", "1177 0452"),
    ],
)
def test_every_code_in_a_list_after_a_lead_in_is_a_secret(db, text, secret):
    assert overlaps(found(text, "secret"), secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "Authenticator setup key for the shared inbox: KRSXG5CTMVRXEZLUKN2XAZLS, add it "
            "manually.",
            "KRSXG5CTMVRXEZLUKN2XAZLS",
        ),
        (
            "The TOTP secret we generated when enrolling your phone is gezd gnbv gy3t qojq "
            "gezd gnbv.",
            "gezd gnbv gy3t qojq gezd gnbv",
        ),
        (
            "If the QR code won't scan, the seed is MZXW6YTBOI4TEMRTGQ3DKNZYHE2A, type it in.",
            "MZXW6YTBOI4TEMRTGQ3DKNZYHE2A",
        ),
        (
            "Key for the authenticator entry on the warehouse tablet: 3DKN ZYHE 2AMZ XW6Y "
            "TBOI 4TEM",
            "3DKN ZYHE 2AMZ XW6Y TBOI 4TEM",
        ),
        (
            "Das 2FA-Secret für das Team-Konto ist JBSWY3DPEHPK3PXPMZXW6YTB.",
            "JBSWY3DPEHPK3PXPMZXW6YTB",
        ),
    ],
)
def test_two_factor_seeds_in_base32_are_secrets(db, text, secret):
    assert overlaps(found(text, "secret"), secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("The passphrase for the archive is copper kettle winter harbour.", "copper kettle"),
        ("Your wallet recovery phrase: orbit velvet canyon maple drift pencil.", "orbit velvet"),
        ("Passphrase for the shared drive? It's violet-harbor-stone-lamp.", "violet-harbor"),
        ("WiFi password is tangerine-moose-kettle, all lowercase with dashes.", "tangerine-moose"),
        ("Die Passphrase lautet Birke Fluss Laterne Stein.", "Birke Fluss"),
    ],
)
def test_passphrases_of_several_words_are_secrets(db, text, secret):
    assert overlaps(found(text, "secret"), secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        (
            "Download it here: https://files.example-bucket.s3.amazonaws.com/report.pdf"
            "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Signature=5d41402abc4b2a76b9719d911017c592",
            "5d41402abc4b2a76b9719d911017c592",
        ),
        (
            "Use this link: https://storage.googleapis.com/bkt/file.zip?X-Goog-Algorithm="
            "GOOG4-RSA-SHA256&X-Goog-Signature=8a1f9c2e77b04d5e9a3b6c1d0f2e4a5b",
            "8a1f9c2e77b04d5e9a3b6c1d0f2e4a5b",
        ),
        (
            "https://d1abc.cloudfront.net/video.mp4?Expires=1735689600&Signature=Nql641NHEUk"
            "UaXQHZINK1FZ~SYeUSoBJMxjdgqrz&Key-Pair-Id=K2JCJMDEHXQW5F",
            "Nql641NHEUkUaXQHZINK1FZ~SYeUSoBJMxjdgqrz",
        ),
        (
            "Temporary link https://cdn.example.net/dl/manual.pdf?expires=1733000000"
            "&signature=c0ffee1234abcd5678ef90aa11bb22cc",
            "c0ffee1234abcd5678ef90aa11bb22cc",
        ),
        (
            "Hier der Link: https://files.example.org/s/abc?token=9fK2mQ7xL4pR8sT1",
            "9fK2mQ7xL4pR8sT1",
        ),
    ],
)
def test_signatures_and_tokens_in_signed_links_are_secrets(db, text, secret):
    assert overlaps(found(text, "secret"), secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("To open the car park barrier from the intercom, dial *4471# and wait.", "*4471#"),
        ("The front gate keypad: press #2580* then the bell icon.", "#2580*"),
        ("You can disarm it from the handset by keying in 7793#.", "7793#"),
        ("From any handset, dial #7744* to release the lobby doors.", "#7744*"),
        ("Von der Sprechanlage aus wählen Sie *3376#, dann öffnet sich das Tor.", "*3376#"),
    ],
)
def test_keypad_and_dial_codes_with_star_or_hash_are_secrets(db, text, secret):
    assert overlaps(found(text, "secret"), secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("The code for the bike cage? It's 4471.", "4471"),
        ("Forgot your locker PIN again. No worries: 2093.", "2093"),
        ("Your alarm was set up yesterday. The engineer changed it to 6618 at the end.", "6618"),
        ("The staff room PIN? Treble two, eight, six.", "Treble two, eight, six"),
        ("What's the gate code, you asked. It is 2 8 8 0.", "2 8 8 0"),
        ("Wegen des Tresors: Die Zahlenkombination ist 8 4 2 1.", "8 4 2 1"),
    ],
)
def test_a_code_given_in_the_sentence_after_its_name_is_a_secret(db, text, secret):
    assert overlaps(found(text, "secret"), secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Use 8857 on the side door keypad, it's been changed.", "8857"),
        ("Just punch 2580 into the panel by the shutter.", "2580"),
        ("Try 0 0 4 2 on the lockbox if the key isn't in reception.", "0 0 4 2"),
        ("Enter 3719 at the prompt to open the engineer menu.", "3719"),
        ("Geben Sie 4711 am Tastenfeld neben der Tür ein.", "4711"),
    ],
)
def test_a_code_keyed_in_before_what_it_opens_is_a_secret(db, text, secret):
    assert overlaps(found(text, "secret"), secret)


@pytest.mark.parametrize(
    ("text", "secret"),
    [
        ("Your day pass is valid once, code ZK-48Q2-WN, show it at the desk.", "ZK-48Q2-WN"),
        ("The temporary access code for the portal: A7F-22K-9QX.", "A7F-22K-9QX"),
        ("Password for the guest laptop is k7z29 — all lowercase.", "k7z29"),
        ("Jenkins admin is admin / Sp!ce-Route88 until Friday.", "Sp!ce-Route88"),
        ("The gym locker code has been set to 3349 for you.", "3349"),
        ("Das WLAN-Passwort ist Fjord-Lampe-Regen-12.", "Fjord-Lampe-Regen-12"),
    ],
)
def test_letters_with_digits_short_passwords_and_admin_pairs_are_secrets(db, text, secret):
    assert overlaps(found(text, "secret"), secret)


@pytest.mark.parametrize(
    "text",
    [
        # Numbers with their own name: orders, tickets, tracking, references, rooms.
        "Your order 4471-2290 shipped today; tracking is 1Z999AA10123456784.",
        "Your booking reference is QX-55A7-PLM; keep it for check-in.",
        "Your ticket number is 4471 2290 and your seat is 14B.",
        "The code on your quote, QT-5521-8812, is just a quote number for reference.",
        "The code is on the parcel label, 55120 is the order number.",
        "Ihre Bestellnummer 4471-2290 wurde versandt, Hotline 0800 123 4567.",
        # Phone numbers and service codes.
        "Please call us on 0800 123 4567 or text 07700 900 123 if the code doesn't arrive.",
        "Dial *#06# to see your IMEI, or *100# to check your balance.",
        "Dial 0800 123 4567 from the intercom to reach security.",
        # Prices, amounts, counts, measures, steps.
        "The combination lock model CL-2290 costs $39.99.",
        "The safe holds up to 2000 kg and the door code resets every 30 days.",
        "The gate is 1200 mm wide and opens in 2024 models only.",
        "We answered 2 3 4 5 tickets last month.",
        "Step 4 of 6: enter your new PIN twice.",
        "Der Tresor kostet 249 Euro und wiegt 40 kg.",
        # Dates, times, versions.
        "The PIN pad was replaced on 4 June 2025 by our engineer.",
        "We've updated the alarm firmware to version 4.10.2 on 12 March 2025.",
        "The side gate opens at 0700 and closes at 2200.",
        "Your PIN arrives by post, 2024 was the year we changed that.",
        # Promotions and error codes.
        "Use code SPRING25 at checkout for 25% off your next order.",
        "Error code E-4471 means the door sensor is offline.",
        "Der Gutscheincode SOMMER25 gilt bis 31.08.2025.",
        # Placeholders, examples, masked values, advice.
        "The keypad takes four digits, e.g. 1234, then the hash key.",
        "Enter the 6-digit code we texted to the number ending in 4471.",
        "Masked on screen as ••••-4471, which is fine.",
        "Your password is case sensitive and must be at least twelve characters long.",
        "The recovery phrase is twelve words long and only shown once.",
        "Use a passphrase of four random words, like correct horse battery staple, never ours.",
        "Our wifi is free for guests; ask the desk for today's password.",
        "Bitte geben Sie den Code aus der SMS ein, er gilt 10 Minuten.",
        "Die Tür ist 2 Meter hoch; der Code wird Ihnen per SMS geschickt.",
    ],
)
def test_public_numbers_of_the_same_shapes_are_not_secrets(db, text):
    assert found(text, "secret") == []
