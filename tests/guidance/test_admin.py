import pytest

from openline.guidance.models import ConfidentialTerm, PublicContact


@pytest.mark.parametrize("model", ["confidentialterm", "publiccontact", "policyrule"])
def test_the_guidance_admin_lists_open(admin_client, model):
    assert admin_client.get(f"/admin/guidance/{model}/").status_code == 200


def test_a_term_added_in_the_admin_records_who_added_it(admin_client, admin_user):
    admin_client.post(
        "/admin/guidance/confidentialterm/add/",
        {"term": "Project Kestrel", "category": "code_name", "note": "", "active": "on"},
    )

    assert ConfidentialTerm.objects.get().created_by == admin_user


def test_the_admin_refuses_a_term_already_on_the_register(admin_client):
    ConfidentialTerm.objects.create(term="Bluefin")

    answer = admin_client.post(
        "/admin/guidance/confidentialterm/add/",
        {"term": "blue fin", "category": "code_name", "note": "", "active": "on"},
    )

    assert "is already on the register" in answer.content.decode()
    assert ConfidentialTerm.objects.count() == 1


def test_a_contact_added_in_the_admin_is_stored_normalised(admin_client):
    admin_client.post("/admin/guidance/publiccontact/add/", {"value": "0161 496 0000", "note": ""})

    contact = PublicContact.objects.get()
    assert (contact.kind, contact.normalised) == ("phone", "+441614960000")


def test_variants_added_in_the_admin_one_a_line_are_stored_as_a_list(admin_client):
    admin_client.post(
        "/admin/guidance/confidentialterm/add/",
        {
            "term": "extension 4471", "category": "extension", "note": "", "active": "on",
            "variants": "x4471\r\n\r\nthe escalations line\r\n",
        },
    )  # fmt: skip

    assert ConfidentialTerm.objects.get().variants == ["x4471", "the escalations line"]


def test_a_postal_address_is_a_public_contact(admin_client):
    admin_client.post(
        "/admin/guidance/publiccontact/add/",
        {"value": "Whiskerly Ltd, Unit 7 Mill Yard, Leeds LS9 8AB", "note": ""},
    )

    contact = PublicContact.objects.get()
    assert (contact.kind, contact.normalised) == (
        "address",
        "whiskerlyltdunit7millyardleedsls98ab",
    )


def test_the_admin_refuses_to_switch_card_numbers_off(admin_client):
    from openline.guidance.models import PolicyRule

    response = admin_client.post(
        "/admin/guidance/policyrule/add/", {"kind": "payment_card", "action": "off"}
    )
    assert "Secrets, card numbers and bank accounts are always reported." in response.text
    assert not PolicyRule.objects.exists()


def test_a_german_admin_reads_the_policy_rule_form_in_german(admin_client):
    """The admin's names and help texts were English only, and Django 6.1's empty choice
    ("- Select an option -") is not in Django's own German catalog yet."""
    page = admin_client.get("/admin/guidance/policyrule/add/", HTTP_ACCEPT_LANGUAGE="de").text
    listing = admin_client.get("/admin/guidance/policyrule/", HTTP_ACCEPT_LANGUAGE="de").text
    assert "Richtlinienregel hinzufügen" in page and "Richtlinienregeln" in listing
    assert "z. B. community oder email; leer für jeden Kanal." in page
    assert "- Bitte auswählen -" in page and "Select an option" not in page


def test_a_german_admin_reads_the_model_and_app_names_and_the_lists_tools_in_german(admin_client):
    """Session 19: model names derived from class names ("Conversations", "Spaces"), the apps'
    names, and Django 6.1's "Run" and "Filter by …" were English on German admin pages."""
    from openline.inbox.models import ChannelAccount, Conversation

    mailbox = ChannelAccount.objects.create(kind="email", name="Support mail")
    Conversation.objects.create(account=mailbox, external_id="e1", subject="Rechnung")
    index = admin_client.get("/admin/", HTTP_ACCEPT_LANGUAGE="de").text
    listing = admin_client.get("/admin/inbox/conversation/", HTTP_ACCEPT_LANGUAGE="de").text
    names = ["Unterhaltungen", "Foren", "Themen", "Vertrauensstufen", "Posteingang", "Hinweise"]
    assert [name for name in names if name not in index] == []
    assert ">Conversations<" not in index and ">Spaces<" not in index
    assert "Ausführen" in listing and "Filtern nach" in listing and ">Run<" not in listing


def test_a_german_admin_reads_the_forms_refusals_in_german(admin_client):
    """The admin forms' own errors were English on German pages."""
    answer = admin_client.post(
        "/admin/guidance/policyrule/add/",
        {"kind": "payment_card", "action": "off", "channel": "E-Mail"},
        HTTP_ACCEPT_LANGUAGE="de",
    )
    assert "Geheimnisse, Kartennummern und Bankkonten werden immer gemeldet." in answer.text
    assert "Nur Kleinbuchstaben, Ziffern, - und _." in answer.text
