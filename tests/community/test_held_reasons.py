"""Why a post waits for a moderator is read in the reader's language: the reason is stored as a
code (community.held), so a German member, a German moderator and an English one each read it
in their own; posts held before the codes (English sentences) are read the same way."""

from django.utils import timezone, translation

from openline.community import actions, held, watched
from openline.community.models import Thread

from ..factories import PASSWORD


def ask(client, space, language):
    return client.post("/ask/", {
        "space": space.slug, "kind": "question", "title": "Ventil klickt jede Nacht",
        "body": "Seit dem Update klickt das Ventil jede Nacht.",
    }, HTTP_ACCEPT_LANGUAGE=language, follow=True)  # fmt: skip


def test_a_german_newcomer_reads_why_their_post_waits_in_german(client, settings, customer, space):
    settings.OPENLINE = {**settings.OPENLINE, "HOLD_NEW_MEMBERS": {"first_post"}}
    client.force_login(customer)
    response = ask(client, space, "de")
    assert Thread.objects.get().is_held
    assert "Der erste Beitrag eines neuen Mitglieds" in response.text
    assert "A new member's first post" not in response.text


def test_the_same_held_post_reads_in_english_for_an_english_moderator(
    client, settings, customer, moderator, space
):
    settings.OPENLINE = {**settings.OPENLINE, "HOLD_NEW_MEMBERS": {"first_post"}}
    client.force_login(customer)
    ask(client, space, "de")
    client.login(username=moderator.username, password=PASSWORD)
    queue = client.get("/moderation/flags/", HTTP_ACCEPT_LANGUAGE="en").text
    assert "Held: A new member&#x27;s first post" in queue
    german = client.get("/moderation/flags/", HTTP_ACCEPT_LANGUAGE="de").text
    assert "Der erste Beitrag eines neuen Mitglieds" in german


def test_a_watched_word_hold_names_the_word_in_the_readers_language(
    client, moderator, customer, space
):
    watched.add_watched_word(moderator, phrase="giveaway", action="hold")
    thread = actions.create_thread(
        customer, space, kind="question", title="Eine Frage", body="Mein GIVEAWAY hier"
    )
    client.force_login(customer)
    page = client.get(thread.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de").text
    assert "Enthält das überwachte Wort „giveaway“" in page


def test_a_reason_stored_as_an_english_sentence_before_the_codes_is_read_in_german(
    client, customer, space
):
    thread = actions.create_thread(
        customer, space, kind="question", title="Eine alte Frage", body="Alt."
    )
    Thread.objects.filter(pk=thread.pk).update(
        held_reason="Contains the watched word “casino”", hidden_at=timezone.now()
    )
    client.force_login(customer)
    page = client.get(thread.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de").text
    assert "Enthält das überwachte Wort „casino“" in page
    with translation.override("de"):
        assert held.describe("A new member's post with a link") == (
            "Der Beitrag eines neuen Mitglieds mit einem Link"
        )
        assert held.describe("Some other reason") == "Some other reason"


def test_a_blocked_word_is_refused_in_the_members_language(client, moderator, customer, space):
    watched.add_watched_word(moderator, phrase="casino", action="block")
    client.force_login(customer)
    response = client.post("/ask/", {
        "space": space.slug, "kind": "question", "title": "Casino am Wochenende",
        "body": "Wer kommt mit?",
    }, HTTP_ACCEPT_LANGUAGE="de")  # fmt: skip
    assert "ist hier nicht erlaubt (das von der Moderation überwachte Wort „casino“)" in (
        response.text
    )
