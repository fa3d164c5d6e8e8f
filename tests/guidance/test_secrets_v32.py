"""Secrets read by their shape and their place in the clause (secrets-v32, session 37, issue 13):
a password-shaped token (capitals, small letters, a digit, a sign inside) in a sentence about
signing in, a one-time code shown as two groups of three digits after such a code was named,
digits keyed in and then named ("…, das war meine PIN"), a lock set to digits with the verb
first, a dial's combination, a gift code of random mixed groups. And values the clause after
calls an identifier ("is just the panel ID"), demonstration keys, a header's name before its
placeholder, a promotion's word-and-number after a promotion was named, a quoted verb, an item
code. Every shape has a look-alike beside it. The examples are made up."""

import pytest

from .findings import flags, kinds

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "All set, Ms Brandt. Sign into the portal with Hafenkran#2031 for now, it will ask "
            "you to choose a new one.",
            "Hafenkran#2031",
        ),
        (
            "Ihr Konto ist entsperrt. Zum Anmelden verwenden Sie bitte vorerst Kiefer-Moos!57, "
            "danach ein eigenes Passwort vergeben.",
            "Kiefer-Moos!57",
        ),
        (
            "We've texted you a verification code. On my screen it shows as 508 133, please "
            "read it to the courier.",
            "508 133",
        ),
        (
            "Wir haben Ihnen einen Einmalcode per SMS geschickt. Hier steht er als 730 482, "
            "bitte nennen Sie ihn dem Fahrer.",
            "730 482",
        ),
        ("Meine Karte ist gesperrt. Ich habe 9153 eingegeben, das war immer meine PIN.", "9153"),
        ("I tried 6620 twice, which is my PIN, and now it's locked.", "6620"),
        ("Ab heute ist das Schloss am Gartentor auf 3 9 0 5 umgestellt.", "3 9 0 5"),
        (
            "Der Tresor im Lager hat seit Montag die Kombi 12-38-07, die alte gilt nicht mehr.",
            "12-38-07",
        ),
        (
            "Your redeem code for the free trial (personal, single use) is QP4R-7HX2-M9TZ, keep "
            "it to yourself.",
            "QP4R-7HX2-M9TZ",
        ),
        (
            "Ihr persönlicher Gutscheincode lautet WR-4K8P-Z3, bitte nicht weitergeben.",
            "WR-4K8P-Z3",
        ),
    ],
)
def test_a_value_shaped_and_placed_as_a_credential_is_a_secret(text: str, value: str) -> None:
    assert flags(text, value, "secret")


@pytest.mark.parametrize(
    "text",
    [
        # a token with a sign but no sign-in
        "Our new espresso blend is called Nord-Kap!24 and ships on Friday.",
        # a sign-in with a hashtag and an address, no password shape
        "Log in with your email address; tag your photos #Summer2024 if you like.",
        # two groups of three digits that are an order number or an amount
        "We sent a confirmation code by text. Your order number is 418 207, see the email.",
        "Your verification code has arrived; the refund of 120 450 JPY follows next week.",
        "Ein Bestätigungscode kommt per SMS. Wir haben 160 000 Kunden in Österreich.",
        # digits keyed in, named something else
        "Ich habe 4711 eingegeben, das war meine Kundennummer.",
        # a date and a lock not set
        "Das Schloss wurde am 12-03-24 getauscht, den Schlüssel gibt es am Empfang.",
        # a gift code of one kind per group, or a word and a number
        "Der Gutscheincode der Frühjahrsaktion ist FRUEHLING-2025, er steht auf jeder "
        "Produktseite.",
        "Your gift code is SUMMER25, it works until Sunday.",
    ],
)
def test_look_alikes_of_credential_shapes_stay_clean(text: str) -> None:
    assert "secret" not in kinds(text)


@pytest.mark.parametrize(
    "text",
    [
        "The code on the side of your router, KT-R7-0091, is just the device ID. You never "
        "need to type it in.",
        "Your charger has this code on the label: QX-M3-2204. That's just the inventory number.",
        "Die Nummer am Tor (TOR C \u2013 5512) ist nur die Torbezeichnung für die Feuerwehr.",
        "Just so you know: the code 3310 on the lobby screens is the room number, not a fault.",
        "The example key in our docs is `ab_test_1234567890abcdef`, a demo key that returns "
        "sample data only.",
        "Here is the public demo key for the plugin: `QL_DEMO_KEY_0000`.",
        "For the partner API, send `X-Api-Key: YOUR_API_KEY` with every request.",
        "Sorry, that promo code ended on Sunday. The current code on our homepage is HARVEST15.",
        'Someone asked for my login to "speed-up" my refund. Obviously a scam.',
        "The second battery fits every model from 2023 on; it's in the shop as item code BK-DB700.",
    ],
)
def test_values_the_clause_calls_public_stay_clean(text: str) -> None:
    assert "secret" not in kinds(text)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # said to be an identifier, but of a door it opens: still the code
        ("The code on your door is 7781, the same number as your gate.", "7781"),
        # a live key in a sentence that mentions a demo key
        (
            "Don't use the demo key; your live key is sk_live_51Hx9QpLmT2vRw8ZcYb3Nf7K.",
            "sk_live_51Hx9QpLmT2vRw8ZcYb3Nf7K",
        ),
        # "just the number" alone may be the code itself
        ("Your keypad PIN is 4410. That's just the number you type at the side door.", "4410"),
        # a promotion named earlier, but the word-and-number opens the Wi-Fi
        (
            "Use promo code MAPLE10 at checkout. The studio wifi password is GARDEN42.",
            "GARDEN42",
        ),
        # a code in a promotion's shape, with no promotion named
        ("Your door code for the studio is GARDEN42, see you at nine.", "GARDEN42"),
    ],
)
def test_twins_of_public_values_stay_secrets(text: str, value: str) -> None:
    assert flags(text, value, "secret")
