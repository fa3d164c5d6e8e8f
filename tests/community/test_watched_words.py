"""Watched words: moderators list words; posts meeting them are refused (block), held for a
moderator (hold) or changed (replace), whatever the spelling tricks; from pages and the API."""

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openline.community import actions, moderation, watched
from openline.community.models import ModerationLog, Thread, WatchedWord
from openline.language.folding import fold, folded
from openline.notifications.models import Notification

from ..factories import PASSWORD, UserFactory


def sign_in(client, user):
    client.login(username=user.username, password=PASSWORD)
    return client


def watch(moderator, phrase, action, replacement=""):
    return watched.add_watched_word(
        moderator, phrase=phrase, action=action, replacement=replacement
    )


def ask(author, space, body, title="A question about my thermostat"):
    return actions.create_thread(author, space, kind="question", title=title, body=body)


# --- folding and matching ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [("FREE Cash", "fre cash"), ("fr33 c@sh", "fre cash"), ("Frèèèe cash", "fre cash"),
     ("\uff26\uff32\uff25\uff25", "fre"), ("Straße", "strase"), ("model 2024", "model 2024")],
)  # fmt: skip
def test_text_is_folded_for_case_accents_leet_and_stretched_letters(text, expected):
    assert folded(text) == expected


def test_every_folded_character_points_back_into_the_original():
    text, origin = fold("Très  B1EN")
    assert [text[i] for i in range(len(text))] == list("tres  bien")
    assert origin[-1] == len("Très  B1EN") - 1


@pytest.mark.parametrize(
    "body",
    ["Get FREE CASH now", "get fr33 c@$h now", "get free, cash now", "Frrreee caaash!",
     "gét frée cásh"],
)  # fmt: skip
def test_a_block_rule_refuses_the_post_whatever_the_spelling(moderator, customer, space, body):
    watch(moderator, "free cash", "block")
    with pytest.raises(ValidationError, match="watched word “free cash”"):
        ask(customer, space, body)
    assert not Thread.objects.exists()


@pytest.mark.parametrize("body", ["I attended a class today", "classic freecash-less text"])
def test_rules_match_whole_words_only(moderator, customer, space, body):
    watch(moderator, "ass", "block")
    watch(moderator, "cash", "block")
    assert ask(customer, space, body).body == body


def test_a_trailing_star_matches_any_ending(moderator, customer, space):
    watch(moderator, "crypto*", "block")
    with pytest.raises(ValidationError, match="“Cryptocurrencies” is not allowed"):
        ask(customer, space, "Pay with Cryptocurrencies here")


def test_a_blocked_title_is_refused_on_the_title(moderator, customer, space):
    watch(moderator, "casino", "block")
    with pytest.raises(ValidationError) as refused:
        ask(customer, space, "Fine text", title="Best online casino for you")
    assert "title" in refused.value.message_dict


def test_a_replace_rule_changes_only_the_words(moderator, customer, space):
    watch(moderator, "darn", "replace", "[removed]")
    thread = ask(customer, space, "This DARN thermostat and this d4rn app.")
    assert thread.body == "This [removed] thermostat and this [removed] app."
    reply = actions.create_reply(customer, thread, body="Still darrrrn broken")
    assert reply.body == "Still [removed] broken"


def test_rules_apply_to_edits_too(moderator, customer, question):
    watch(moderator, "scam", "block")
    with pytest.raises(ValidationError, match="“scam”"):
        actions.edit_thread(customer, question, title=question.title, body="This is a scam")


def test_the_list_is_compiled_once_per_version(moderator, customer, space):
    watch(moderator, "spamword", "block")
    first = watched.matcher()
    assert watched.matcher() is first
    watch(moderator, "otherword", "hold")
    assert watched.matcher() is not first
    with CaptureQueriesContext(connection) as queries:
        watched.matcher()
    assert len(queries) == 1  # the version only


# --- hold ----------------------------------------------------------------------------------------


def test_a_held_thread_waits_for_review_out_of_the_lists(
    client, moderator, customer, other_customer, space
):
    watch(moderator, "giveaway", "hold")
    thread = ask(customer, space, "Join my GIVEAWAY")
    assert thread.is_held and thread.held_reason_shown == "Contains the watched word “giveaway”"
    assert "Join my GIVEAWAY" not in sign_in(client, other_customer).get("/").content.decode()
    own = sign_in(client, customer).get(thread.get_absolute_url()).content.decode()
    assert "Waiting for review" in own and "Join my GIVEAWAY" in own
    queue = sign_in(client, moderator).get("/moderation/flags/").content.decode()
    assert "Held: Contains the watched word “giveaway”" in queue


def test_approving_a_held_reply_publishes_and_counts_it(
    moderator, customer, other_customer, question, django_capture_on_commit_callbacks
):
    watch(moderator, "giveaway", "hold")
    reply = actions.create_reply(other_customer, question, body="A giveaway for you")
    question.refresh_from_db()
    assert reply.is_held and question.reply_count == 0
    with django_capture_on_commit_callbacks(execute=True):
        moderation.approve_post(moderator, reply)
    reply.refresh_from_db()
    question.refresh_from_db()
    assert not reply.is_held and not reply.is_hidden and question.reply_count == 1
    told = Notification.objects.filter(recipient=other_customer).values_list("text", flat=True)
    assert any("approved" in text for text in told)
    assert ModerationLog.objects.filter(action="approve", reply=reply, actor=moderator).exists()


def test_a_held_reply_is_not_shown_to_other_members(client, moderator, other_customer, question):
    watch(moderator, "giveaway", "hold")
    actions.create_reply(other_customer, question, body="A giveaway for you")
    page = sign_in(client, UserFactory()).get(question.get_absolute_url()).content.decode()
    assert "A giveaway for you" not in page and "Waiting for review" not in page


def test_staff_posts_are_never_held(moderator, agent, question):
    watch(moderator, "giveaway", "hold")
    reply = actions.create_reply(agent, question, body="No giveaway here, sorry.")
    assert not reply.is_held


def test_a_moderator_rejects_a_held_post_by_deleting_it_with_a_reason(
    client, moderator, customer, space
):
    watch(moderator, "giveaway", "hold")
    thread = ask(customer, space, "giveaway")
    moderation.delete_post(moderator, thread, reason="Advertising")
    queue = sign_in(client, moderator).get("/moderation/flags/").content.decode()
    assert "Nothing waits for review." in queue


def test_only_held_posts_can_be_approved(moderator, question):
    with pytest.raises(ValidationError, match="not waiting for review"):
        moderation.approve_post(moderator, question)


# --- pages and API ---------------------------------------------------------------------------


def test_the_ask_form_names_the_rule_and_keeps_the_text(client, moderator, customer, space):
    watch(moderator, "free cash", "block")
    page = sign_in(client, customer).post("/ask/", {
        "space": space.slug, "kind": "question", "title": "A question about payments",
        "body": "My long text about fr33 cash that I do not want to type again",
    })  # fmt: skip
    html = page.content.decode()
    assert page.status_code == 400
    assert "the moderators&#x27; watched word “free cash”" in html
    assert "My long text about fr33 cash that I do not want to type again" in html


def test_the_reply_form_tells_the_author_their_reply_waits(client, moderator, customer, question):
    watch(moderator, "giveaway", "hold")
    response = sign_in(client, customer).post(
        f"/t/{question.pk}/-/reply/", {"body": "giveaway"}, follow=True
    )
    assert "Your post waits for a moderator" in response.content.decode()


def test_the_api_refuses_a_blocked_thread_and_reports_a_held_reply(
    client, moderator, customer, space, question, bearer
):
    watch(moderator, "casino", "block")
    watch(moderator, "giveaway", "hold")
    headers = bearer(customer)
    refused = client.post("/api/v1/threads", {
        "space": space.slug, "kind": "question", "title": "Casino question for all",
        "body": "text",
    }, content_type="application/json", headers=headers)  # fmt: skip
    assert refused.status_code == 422
    assert "watched word “casino”" in str(refused.json())
    held = client.post(f"/api/v1/threads/{question.pk}/replies", {"body": "giveaway!"},
                       content_type="application/json", headers=headers)  # fmt: skip
    assert held.status_code == 201
    assert held.json()["waiting_for_review"] == "Contains the watched word “giveaway”"
    listed = client.get(f"/api/v1/threads/{question.pk}/replies").json()
    assert listed["count"] == 0


def test_moderators_manage_the_list_in_the_product(client, moderator):
    sign_in(client, moderator)
    added = client.post("/moderation/watched-words/", {"phrase": "Spam Co", "action": "hold"})
    assert added.status_code == 302
    word = WatchedWord.objects.get()
    assert (word.phrase, word.folded, word.action) == ("Spam Co", "spam co", "hold")
    again = client.post("/moderation/watched-words/", {"phrase": "SPAM  co", "action": "block"})
    assert again.status_code == 400 and "on the list already" in again.content.decode()
    missing = client.post("/moderation/watched-words/", {"phrase": "rude", "action": "replace"})
    assert "Give the text that replaces" in missing.content.decode()
    assert client.post("/moderation/watched-words/", {"remove": word.pk}).status_code == 302
    assert not WatchedWord.objects.exists()
    assert list(ModerationLog.objects.values_list("action", flat=True).order_by("id")) == [
        "watch",
        "unwatch",
    ]


def test_members_cannot_see_or_change_the_list(client, customer, moderator):
    watch(moderator, "secret", "block")
    sign_in(client, customer)
    assert client.get("/moderation/watched-words/").status_code == 403
    assert (
        client.post("/moderation/watched-words/", {"phrase": "x", "action": "block"}).status_code
        == 403
    )
    with pytest.raises(PermissionDenied):
        watch(customer, "other", "block")
    assert WatchedWord.objects.count() == 1


@pytest.mark.parametrize(
    ("phrase", "message"),
    [("   ", "Give the word"), ("a*b", "only at the end"), ("!!!", "no letters"),
     ("x" * 101, "under 100")],
)  # fmt: skip
def test_bad_phrases_are_refused(moderator, phrase, message):
    with pytest.raises(ValidationError, match=message):
        watch(moderator, phrase, "block")


def test_a_held_thread_is_not_found_by_anyone_but_its_author_and_the_moderators(
    client, moderator, customer, other_customer, space
):
    watch(moderator, "giveaway", "hold")
    thread = ask(customer, space, "giveaway")
    assert client.get(thread.get_absolute_url()).status_code == 404
    assert sign_in(client, other_customer).get(thread.get_absolute_url()).status_code == 404
    assert client.post(f"/t/{thread.pk}/-/reply/", {"body": "Me too"}).status_code == 404
    assert client.get(f"/api/v1/threads/{thread.pk}").status_code == 404
    assert sign_in(client, moderator).get(thread.get_absolute_url()).status_code == 200


def test_a_held_thread_cannot_be_merged_before_review(moderator, customer, space, question):
    watch(moderator, "giveaway", "hold")
    held = ask(customer, space, "giveaway")
    with pytest.raises(ValidationError, match="approved or deleted first"):
        moderation.merge_thread(moderator, held, into=question)


def test_a_held_thread_is_not_listed_on_its_authors_profile_for_others(
    client, moderator, customer, other_customer, space
):
    watch(moderator, "giveaway", "hold")
    ask(customer, space, "giveaway", title="My secret giveaway thread")
    profile = f"/u/{customer.username}/"
    assert "My secret giveaway thread" not in client.get(profile).content.decode()
    assert "My secret giveaway thread" in sign_in(client, customer).get(profile).content.decode()
