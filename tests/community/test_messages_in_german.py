"""The confirmations a member reads after posting or following are in their language: a German
member is not told "Your frage is posted"."""

from openline.community.models import Thread


def test_a_german_member_reads_that_their_question_is_posted(client, customer, space):
    client.force_login(customer)
    response = client.post("/ask/", {
        "space": space.slug, "kind": "question", "title": "Ventil klickt jede Nacht",
        "body": "Seit dem Update klickt das Ventil.",
    }, HTTP_ACCEPT_LANGUAGE="de", follow=True)  # fmt: skip
    assert response.redirect_chain[-1][0] == Thread.objects.get().get_absolute_url()
    assert "Ihre Frage ist veröffentlicht." in response.text
    assert "is posted" not in response.text


def test_an_idea_is_confirmed_as_an_idea(client, customer, space):
    client.force_login(customer)
    response = client.post("/ask/", {
        "space": space.slug, "kind": "idea", "title": "A night mode for the valve motor",
        "body": "Quieter motor at night, please.",
    }, follow=True)  # fmt: skip
    assert "Your idea is posted. We will tell you when someone answers." in response.text


def test_a_german_member_reads_that_they_follow_a_space(client, customer, space):
    client.force_login(customer)
    response = client.post(
        f"/s/{space.slug}/follow/", {"follow": "1"}, HTTP_ACCEPT_LANGUAGE="de", follow=True
    )
    assert f"Sie folgen „{space.name}“." in response.text
    response = client.post(
        f"/s/{space.slug}/follow/", {"follow": "0"}, HTTP_ACCEPT_LANGUAGE="de", follow=True
    )
    assert f"Sie folgen „{space.name}“ nicht mehr." in response.text


def test_a_german_member_reads_the_reply_boxs_placeholder_in_german(client, customer, question):
    client.force_login(customer)
    page = client.get(question.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de").text
    assert 'placeholder="Schreiben Sie eine hilfreiche Antwort …"' in page
    assert "Write a helpful answer" not in page
