"""Similar questions while asking: found by meaning, filtered by who reads, solved first, and a
chosen suggestion counted."""

import pytest
from django.urls import reverse

from openline.community import actions
from openline.community.models import ThreadStatus
from openline.knowledge.models import SuggestionChoice
from openline.knowledge.selectors import deflection_figures
from openline.knowledge.similar import similar_threads
from openline.language.models import Embedding
from tests.factories import UserFactory


def titles(found) -> list[str]:
    return [s.thread.title for s in found]


def test_a_newly_posted_thread_is_found_by_meaning_once_its_task_has_run(customer, space, post):
    thread = post(customer, space, "Thermostat keeps dropping off the wifi at night")
    assert Embedding.objects.filter(kind="thread", object_id=thread.pk).exists()
    found = similar_threads(None, "my thermostat loses its wireless connection overnight")
    assert titles(found) == [thread.title]


def test_a_thread_is_not_embedded_on_the_request_that_posts_it(customer, space):
    thread = actions.create_thread(
        customer, space, kind="question", title="Boiler pressure drops every week", body="Why?"
    )
    assert not Embedding.objects.filter(object_id=thread.pk).exists()


def test_an_edited_thread_is_found_by_its_new_meaning(
    customer, space, post, django_capture_on_commit_callbacks
):
    thread = post(customer, space, "Question about my order number")
    with django_capture_on_commit_callbacks(execute=True):
        actions.edit_thread(
            customer, thread, title="Radiator valve is stuck closed", body="It will not turn."
        )
    assert titles(similar_threads(None, "radiator valve will not open")) == [thread.title]


def test_unrelated_threads_are_not_suggested(customer, space, post):
    post(customer, space, "How do I reset my router to factory settings?")
    assert similar_threads(None, "Can I pay my invoice by bank transfer?") == []


def test_a_private_space_thread_is_suggested_only_to_those_who_may_see_it(
    customer, superuser, vip_space, post
):
    post(superuser, vip_space, "Beta firmware makes the display flicker")
    query = "display flickering after the beta firmware"
    assert similar_threads(None, query) == []
    assert similar_threads(customer, query) == []
    assert titles(similar_threads(superuser, query)) == ["Beta firmware makes the display flicker"]


def test_solved_threads_come_first_among_near_equal_scores(customer, agent, space, post):
    open_one = post(customer, space, "Thermostat shows error E4 after update")
    solved = post(customer, space, "Error E4 on my thermostat since the update")
    reply = actions.create_reply(agent, solved, body="Re-pair it from the app: Settings → Pair.")
    actions.accept_answer(customer, reply)
    found = similar_threads(None, "thermostat error E4 after updating")
    assert titles(found) == [solved.title, open_one.title]
    assert found[0].solved


def test_a_thread_marked_duplicate_is_not_suggested(customer, moderator, space, post):
    original = post(customer, space, "Where do I find my warranty certificate?")
    copy = post(customer, space, "Where can I find the warranty certificate")
    actions.mark_duplicate(moderator, copy, original=original)
    assert titles(similar_threads(None, "find warranty certificate")) == [original.title]


def test_praise_and_chat_are_not_suggested(customer, space, post):
    post(customer, space, "Thanks to the night shift for fixing my wifi thermostat", kind="praise")
    post(customer, space, "Which wifi thermostat do you all use?", kind="discussion")
    assert similar_threads(None, "wifi thermostat") == []


def test_at_most_the_limit_is_returned(customer, space, post):
    for n in range(4):
        post(customer, space, f"Invoice number {n} shows the wrong VAT amount")
    assert len(similar_threads(None, "wrong VAT on my invoice", limit=2)) == 2


# --- the ask page ------------------------------------------------------------------------------


def test_the_ask_page_asks_for_suggestions_as_the_title_is_typed(client, customer):
    client.force_login(customer)
    page = client.get(reverse("community:ask")).content.decode()
    assert f'hx-get="{reverse("knowledge:similar")}"' in page
    assert "keyup changed delay:400ms from:#id_title" in page


def test_the_suggestions_partial_lists_similar_threads_with_their_status(
    client, customer, other_customer, space, post
):
    thread = post(customer, space, "App will not let me log in after password reset")
    client.force_login(other_customer)
    response = client.get(
        reverse("knowledge:similar"),
        {"title": "Cannot sign in to the app after resetting password", "body": ""},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert thread.title in html
    assert "status-open" in html
    assert reverse("knowledge:choose_suggestion", args=[thread.pk]) in html
    assert "<html" not in html


def test_a_german_readers_suggestion_link_carries_a_score_the_choice_can_read(
    client, customer, other_customer, space, post
):
    """`floatformat` localises: the link said "score=0,873" to a German reader, which the
    choice read as no score at all."""
    thread = post(customer, space, "App will not let me log in after password reset")
    client.force_login(other_customer)
    html = client.get(
        reverse("knowledge:similar"),
        {"title": "Cannot sign in to the app after resetting password", "body": ""},
        headers={"HX-Request": "true", "Accept-Language": "de"},
    ).content.decode()
    link = html.split(reverse("knowledge:choose_suggestion", args=[thread.pk]))[1].split('"')[0]
    score = link.split("score=")[1]
    assert "," not in score and 0 < float(score) <= 1


def test_a_short_title_gets_no_suggestions(client, customer, space, post):
    post(customer, space, "App will not let me log in after password reset")
    client.force_login(customer)
    response = client.get(reverse("knowledge:similar"), {"title": "app"})
    assert "<li>" not in response.content.decode()


def test_suggestions_need_a_signed_in_reader(client):
    response = client.get(reverse("knowledge:similar"), {"title": "How do I reset the app"})
    assert response.status_code == 302


def test_choosing_a_suggestion_counts_it_and_opens_the_thread(
    client, customer, other_customer, space, post
):
    thread = post(customer, space, "Delivery is late, where is my parcel?")
    client.force_login(other_customer)
    response = client.get(
        reverse("knowledge:choose_suggestion", args=[thread.pk]), {"position": "0", "score": "0.8"}
    )
    assert response.status_code == 302
    assert response["Location"] == thread.get_absolute_url()
    choice = SuggestionChoice.objects.get()
    assert (choice.user, choice.thread, choice.position) == (other_customer, thread, 0)


def test_choosing_the_same_suggestion_twice_counts_once(
    client, customer, other_customer, space, post
):
    thread = post(customer, space, "Delivery is late, where is my parcel?")
    client.force_login(other_customer)
    url = reverse("knowledge:choose_suggestion", args=[thread.pk])
    client.get(url)
    client.get(url)
    assert SuggestionChoice.objects.count() == 1


def test_a_private_thread_cannot_be_chosen_by_an_outsider(
    client, customer, superuser, vip_space, post
):
    thread = post(superuser, vip_space, "Beta firmware makes the display flicker")
    client.force_login(customer)
    assert client.get(reverse("knowledge:choose_suggestion", args=[thread.pk])).status_code == 404
    assert not SuggestionChoice.objects.exists()


def test_a_choice_without_a_post_afterwards_is_a_deflection(client, customer, space, post):
    from datetime import timedelta

    from django.utils import timezone

    thread = post(customer, space, "Delivery is late, where is my parcel?")
    stays, posts = UserFactory(), UserFactory()
    for person in (stays, posts):
        client.force_login(person)
        client.get(reverse("knowledge:choose_suggestion", args=[thread.pk]))
    post(posts, space, "My parcel is late and tracking has not moved")
    now = timezone.now()
    figures = deflection_figures(now - timedelta(days=1), now + timedelta(minutes=1))
    assert (figures.choices, figures.deflections) == (2, 1)


@pytest.mark.parametrize("status", [ThreadStatus.PLANNED, ThreadStatus.WONT_FIX])
def test_the_status_shown_is_the_threads(client, agent, customer, space, post, status):
    thread = post(customer, space, "Can the thermostat follow a tariff schedule?")
    actions.change_status(agent, thread, status=status, reason="Noted.")
    client.force_login(customer)
    html = client.get(
        reverse("knowledge:similar"), {"title": "thermostat schedule that follows my tariff"}
    ).content.decode()
    assert f"status-{status}" in html


def test_posting_an_idea_suggests_similar_ideas_only(client, customer, other_customer, space, post):
    question = post(customer, space, "How do I group rooms by floor in the app")
    idea = post(customer, space, "Group rooms by floor in the app", kind="idea")
    client.force_login(other_customer)
    response = client.get(
        reverse("knowledge:similar"),
        {"title": "Let me group my rooms by floor in the app", "body": "", "kind": "idea"},
        headers={"HX-Request": "true"},
    )
    html = response.content.decode()
    assert "Similar ideas" in html
    assert idea.title in html and "status-new" in html
    assert question.title not in html


def test_the_ask_page_sends_the_kind_for_similar_ideas(client, customer):
    client.force_login(customer)
    page = client.get(reverse("community:ask") + "?kind=idea").content.decode()
    assert 'hx-include="#id_title, #id_body, #id_kind"' in page
    assert '<option value="idea" selected>' in page
