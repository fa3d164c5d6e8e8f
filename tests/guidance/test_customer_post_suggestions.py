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
    assert suggestions(page)[1] == "„Für mich entfernen“ ersetzt es durch [phone number]."
    assert "[Telefonnummer]" not in page
    assert 'name="body" hidden>My order [order number] came. Call me on [phone number]' in page
