"""What a member is told about their own personal data fits each finding: the label "Remove them
for me" writes in place of an order number is [order number], not [phone number], and a German
member reads the label that really goes into the post."""

import html

import pytest

from openline.community.models import Thread

BODY = "My order HH-2025-118774 came. Call me on 0171 2345678, card 4111 1111 1111 1111."


def ask(client, space, body, **headers):
    data = {"space": space.slug, "kind": "question", "title": "Charged twice for one order",
            "body": body}  # fmt: skip
    return client.post("/ask/", data, **headers)


def suggestions(page: str) -> list[str]:
    return [
        part.split("</span>", 1)[0] for part in page.split('<span class="guidance-suggestion">')[1:]
    ]


def test_each_finding_names_the_label_that_replaces_it(client, customer, space):
    client.force_login(customer)
    page = ask(client, space, BODY).content.decode()
    assert suggestions(page) == [
        "“Remove them for me” replaces it with [order number].",
        "“Remove them for me” replaces it with [phone number].",
        "“Remove them for me” replaces it with [card number].",
    ]
    assert not Thread.objects.exists()


def test_a_german_member_is_promised_the_label_the_post_will_show(client, customer, space):
    client.force_login(customer)
    page = ask(client, space, BODY, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert suggestions(page)[1] == "„Für mich entfernen“ ersetzt es durch [Telefonnummer]."
    assert "[phone number]" not in page
    assert (
        'name="body" hidden>My order [Bestellnummer] came. Call me on [Telefonnummer], '
        "card [Kartennummer].</textarea>" in page
    )


def test_remove_them_for_me_writes_the_labels_in_the_members_page_language(client, customer, space):
    """The labels are written in the language of the page the member posts from (the post's
    reader mostly shares it); the thread keeps them as written."""
    client.force_login(customer)
    body = "Meine Bestellung HH-2025-118774 kam doppelt. Rufen Sie mich an: 0171 2345678."
    page = ask(client, space, body, HTTP_ACCEPT_LANGUAGE="de").content.decode()
    redacted = page.split('name="body" hidden>', 1)[1].split("</textarea>", 1)[0]
    assert redacted == (
        "Meine Bestellung [Bestellnummer] kam doppelt. Rufen Sie mich an: [Telefonnummer]."
    )
    posted = ask(client, space, redacted, HTTP_ACCEPT_LANGUAGE="de")
    assert posted.status_code == 302
    assert Thread.objects.get().body == redacted
    assert "[Telefonnummer]" in client.get(posted["Location"], HTTP_ACCEPT_LANGUAGE="en").text


def test_a_redacted_password_is_not_found_again_once_removed(client, customer, space):
    """What "Remove them for me" leaves ("password is [password]") is not refused for a
    password again, in either language."""
    client.force_login(customer)
    for language, label in (("en", "[password]"), ("de", "[Passwort]")):
        body = f"My router password is Sommer2024x! ({language})"
        page = ask(client, space, body, HTTP_ACCEPT_LANGUAGE=language).content.decode()
        redacted = page.split('name="body" hidden>', 1)[1].split("</textarea>", 1)[0]
        assert label in redacted
        assert ask(client, space, redacted, HTTP_ACCEPT_LANGUAGE=language).status_code == 302
    assert Thread.objects.count() == 2


def labels(page: str) -> list[str]:
    return [
        part.split("</strong>", 1)[0]
        for part in page.split('<div class="guidance-finding"><strong>')[1:]
    ]


def marked(page: str) -> list[str]:
    """The words each finding points at, as the list quotes them."""
    return [part.split("</q>", 1)[0] for part in page.split("<q>")[1:]]


def removed(page: str) -> str:
    return page.split('name="body" hidden>', 1)[1].split("</textarea>", 1)[0]


@pytest.mark.parametrize(
    ("language", "body", "value", "redacted"),
    [
        ("en", "My name is Sarah Jones and I live at 12 Oak Road, Leeds LS1 4AB.",
         "12 Oak Road, Leeds LS1 4AB", "My name is Sarah Jones and I live at [address]."),
        ("en", "I&#x27;m Sarah Jones, my order 123-456 never arrived.", "Sarah Jones",
         "I&#x27;m [name], my order [order number] never arrived."),
        ("de", "Mein Name ist Anna Schmidt, ich wohne in der Lindenstraße 12, 10115 Berlin.",
         "Lindenstraße 12, 10115 Berlin",
         "Mein Name ist Anna Schmidt, ich wohne in der [Adresse]."),
        ("de", "Mein Name ist Anna Schmidt, meine Bestellung HH-2025-118842 kam nicht.",
         "Anna Schmidt", "Mein Name ist [Name], meine Bestellung [Bestellnummer] kam nicht."),
    ],
)  # fmt: skip
def test_remove_them_for_me_masks_the_value_and_keeps_the_members_words(
    client, customer, space, language, body, value, redacted
):
    """A detector's hit may open with the clause it read the data from ("live at", "I'm"):
    the warning marks, and "Remove them for me" replaces, the value alone."""
    client.force_login(customer)
    page = ask(client, space, html.unescape(body), HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert marked(page)[0] == value
    assert removed(page) == redacted


def test_a_name_is_labelled_with_an_order_only_when_the_post_shows_one(client, customer, space):
    client.force_login(customer)
    page = ask(client, space, "My flight booking is in the name of Sarah Jones.").content.decode()
    assert labels(page) == ["A full name"]
    assert removed(page) == "My flight booking is in the name of [name]."
    page = ask(client, space, "Sarah Jones here, order 123-456.").content.decode()
    assert labels(page) == ["A full name with an order or account", "An order or account number"]
    german = ask(client, space, "Sarah Jones here, order 123-456.", HTTP_ACCEPT_LANGUAGE="de")
    assert labels(german.content.decode())[0] == "Ein voller Name mit Bestellung oder Konto"
    page = ask(client, space, "Mein Flug ist auf den Namen Anna Schmidt gebucht.",
               HTTP_ACCEPT_LANGUAGE="de").content.decode()  # fmt: skip
    assert labels(page) == ["Ein voller Name"]


def test_a_number_plate_is_labelled_as_one_not_as_an_address(client, customer, space):
    client.force_login(customer)
    page = ask(client, space, "My plate is AB12 CDE and the parking app fails.").content.decode()
    assert labels(page) == ["A number plate"]
    assert removed(page) == "My plate is [number plate] and the parking app fails."
