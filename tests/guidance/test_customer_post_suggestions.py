"""What a member is told about their own personal data fits each finding: the label "Remove them
for me" writes in place of an order number is [order number], not [phone number], and a German
member reads the label that really goes into the post."""

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
