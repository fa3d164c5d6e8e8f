import pytest
from django.urls import reverse

from openline.community import actions
from openline.community.models import Reply, Thread

from ..factories import PASSWORD


@pytest.fixture
def signed_in(client):
    def sign_in(user):
        client.login(username=user.username, password=PASSWORD)
        return client

    return sign_in


def test_anyone_can_read_a_public_thread_with_its_status_and_replies(client, question, agent):
    actions.create_reply(agent, question, body="Update to **4.12.2** please.")
    page = client.get(question.get_absolute_url())
    assert page.status_code == 200
    html = page.content.decode()
    assert question.title in html
    assert "<strong>4.12.2</strong>" in html
    assert "Staff\u00a0· Customer Care" in html
    assert (
        f'<link rel="canonical" href="http://127.0.0.1:8000{question.get_absolute_url()}">' in html
    )


def test_a_wrong_slug_redirects_permanently_to_the_canonical_url(client, question):
    wrong = client.get(f"/t/{question.pk}/something-else/")
    short = client.get(f"/t/{question.pk}/")
    assert (wrong.status_code, wrong["Location"]) == (301, question.get_absolute_url())
    assert (short.status_code, short["Location"]) == (301, question.get_absolute_url())


def test_an_unknown_thread_is_a_404(client, db):
    assert client.get("/t/999999/nothing/").status_code == 404
    assert client.get("/t/99999999999999999999999/x/").status_code == 404


@pytest.mark.parametrize("who", ["anonymous", "other_customer"])
def test_a_private_thread_is_not_found_for_people_outside_the_space(
    client, signed_in, private_thread, who, request
):
    if who != "anonymous":
        signed_in(request.getfixturevalue(who))
    assert client.get(private_thread.get_absolute_url()).status_code == 404
    assert client.get(f"/t/{private_thread.pk}/").status_code == 404
    assert private_thread.title not in client.get("/").content.decode()
    assert client.get("/s/champions/").status_code == 404
    assert private_thread.title not in client.get("/search/?q=firmware").content.decode()
    assert (
        client.get(f"/u/{private_thread.author.username}/")
        .content.decode()
        .count(private_thread.title)
        == 0
    )


@pytest.mark.parametrize("who", ["superuser", "agent"])
def test_members_and_staff_read_the_private_space(client, signed_in, private_thread, who, request):
    signed_in(request.getfixturevalue(who))
    assert client.get(private_thread.get_absolute_url()).status_code == 200
    assert private_thread.title in client.get("/").content.decode()
    assert private_thread.title in client.get("/search/?q=firmware").content.decode()


def test_a_signed_in_customer_replies_and_sees_the_reply(
    client, signed_in, question, other_customer
):
    signed_in(other_customer)
    response = client.post(
        reverse("community:reply", args=[question.pk]), {"body": "Same here since Tuesday."}
    )
    reply = Reply.objects.get()
    assert response["Location"] == reply.get_absolute_url()
    assert "Same here since Tuesday." in client.get(question.get_absolute_url()).content.decode()


def test_an_empty_reply_is_refused_with_a_message_and_nothing_saved(
    client, signed_in, question, other_customer
):
    signed_in(other_customer)
    response = client.post(reverse("community:reply", args=[question.pk]), {"body": "   "})
    assert response.status_code == 400
    assert (
        "This field is required" in response.content.decode()
        or "empty" in response.content.decode()
    )
    assert not Reply.objects.exists()


def test_anonymous_people_are_sent_to_sign_in_to_reply_or_ask(client, question):
    response = client.post(reverse("community:reply", args=[question.pk]), {"body": "Hi"})
    assert response.status_code == 302 and "/accounts/signin/" in response["Location"]
    assert "/accounts/signin/" in client.get("/ask/")["Location"]
    assert not Reply.objects.exists()


def test_reading_pages_refuse_other_methods(client, question):
    assert client.post(question.get_absolute_url()).status_code == 405
    assert client.delete("/").status_code == 405


def test_asking_a_question_creates_the_thread_in_the_chosen_space(
    client, signed_in, customer, space
):
    signed_in(customer)
    response = client.post("/ask/", {
        "space": space.slug, "kind": "problem", "title": "Valve clicks all night long",
        "body": "Every 10 minutes the V1 clicks.",
    })  # fmt: skip
    thread = Thread.objects.get()
    assert response["Location"] == thread.get_absolute_url()
    assert (thread.space, thread.kind, thread.author) == (space, "problem", customer)


def test_asking_with_hostile_html_and_an_oversized_title_is_refused_cleanly(
    client, signed_in, customer, space
):
    signed_in(customer)
    response = client.post("/ask/", {
        "space": space.slug, "kind": "question", "title": "<script>x</script>" * 20, "body": "ok",
    })  # fmt: skip
    assert response.status_code == 400
    assert "Keep the title under" in response.content.decode()
    assert "<script>x</script>" not in response.content.decode()
    assert not Thread.objects.exists()


def test_asking_in_a_private_space_one_cannot_see_is_refused(
    client, signed_in, customer, vip_space
):
    signed_in(customer)
    response = client.post(
        "/ask/", {"space": "champions", "kind": "idea", "title": "Let me in please", "body": "x"}
    )
    assert response.status_code == 400
    assert not Thread.objects.exists()


def test_the_asker_accepts_an_answer_and_the_page_shows_solved(client, signed_in, question, agent):
    answer = actions.create_reply(agent, question, body="Update to 4.12.2.")
    signed_in(question.author)
    client.post(reverse("community:accept", args=[answer.pk]))
    html = client.get(question.get_absolute_url()).content.decode()
    assert "✔ Accepted answer" in html
    assert "status-solved" in html


def test_another_customer_cannot_accept_an_answer(
    client, signed_in, question, agent, other_customer
):
    answer = actions.create_reply(agent, question, body="Update to 4.12.2.")
    signed_in(other_customer)
    assert client.post(reverse("community:accept", args=[answer.pk])).status_code == 403
    question.refresh_from_db()
    assert question.accepted_reply is None


def test_staff_change_the_status_and_the_reason_is_public(client, signed_in, question, agent):
    signed_in(agent)
    client.post(
        reverse("community:status", args=[question.pk]),
        {"status": "planned", "reason": "Shipping in 4.13."},
    )
    client.logout()
    html = client.get(question.get_absolute_url()).content.decode()
    assert "Shipping in 4.13." in html and "status-planned" in html


def test_customers_cannot_change_the_status(client, signed_in, question, other_customer):
    signed_in(other_customer)
    response = client.post(
        reverse("community:status", args=[question.pk]), {"status": "wont_fix", "reason": "x"}
    )
    assert response.status_code == 403


def test_voting_with_htmx_returns_the_updated_button(client, signed_in, question, other_customer):
    signed_in(other_customer)
    response = client.post(
        reverse("community:vote_thread", args=[question.pk]), HTTP_HX_REQUEST="true"
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert 'aria-pressed="true"' in html and ">1</span>" in html
    assert "<html" not in html


def test_a_retracted_staff_reply_stays_visible_with_its_note(client, signed_in, question, agent):
    reply = actions.create_reply(agent, question, body="The V1 does not fit.")
    signed_in(agent)
    client.post(
        reverse("community:retract", args=[reply.pk]), {"note": "Wrong: it fits with adapter RA-2."}
    )
    html = client.get(question.get_absolute_url()).content.decode()
    assert "The V1 does not fit." in html and "Wrong: it fits with adapter RA-2." in html


def test_edits_are_visible_in_the_history(client, signed_in, question):
    signed_in(question.author)
    client.post(
        reverse("community:edit_thread", args=[question.pk]),
        {"title": question.title, "body": "New text"},
    )
    client.logout()
    history = client.get(reverse("community:history", args=[question.pk])).content.decode()
    assert "Since firmware 4.12 my T2 drops off" in history


def test_search_highlights_matches_and_escapes_the_text(client, customer, space):
    actions.create_thread(
        customer,
        space,
        kind="question",
        title="Boiler <b>error</b> E14 at night",
        body="Heating stops.",
    )
    html = client.get("/search/?q=e14").content.decode()
    assert "<mark>E14</mark>" in html
    assert "<b>error</b>" not in html.split("<main")[1]


def test_the_thread_page_runs_the_same_queries_whatever_the_number_of_replies(
    client, signed_in, question, agent, other_customer, django_assert_num_queries
):
    """The first view after a change loads the thread, its replies, tags and status history
    (four queries more); later views take them, rendered, from the cache: the session, the
    user, the thread's version (with the reader's right to its space) and the reader's own
    state (votes, flags, follow, trust level, unread count) in one query."""
    signed_in(other_customer)
    actions.create_reply(agent, question, body="First")
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as changed:
        client.get(question.get_absolute_url())
    with CaptureQueriesContext(connection) as unchanged:
        client.get(question.get_absolute_url())
    assert len(unchanged) == len(changed) - 4
    assert len(unchanged) == 4
    for i in range(25):
        actions.create_reply(agent if i % 2 else other_customer, question, body=f"Reply {i}")
    with django_assert_num_queries(len(changed)):
        client.get(question.get_absolute_url())
    with django_assert_num_queries(len(unchanged)):
        client.get(question.get_absolute_url())


def test_anonymous_readers_get_a_cached_page_that_updates_when_the_thread_changes(
    client, question, agent
):
    first = client.get(question.get_absolute_url())
    second = client.get(question.get_absolute_url())
    assert (first["X-Cache"], second["X-Cache"]) == ("miss", "hit")
    actions.create_reply(agent, question, body="Fixed in 4.12.2.")
    third = client.get(question.get_absolute_url())
    assert third["X-Cache"] == "miss"
    assert "Fixed in 4.12.2." in third.content.decode()


def test_lists_sort_by_latest_unanswered_and_top(client, customer, other_customer, space, agent):
    old = actions.create_thread(
        customer, space, kind="question", title="Old question with votes", body="x"
    )
    actions.create_thread(
        customer, space, kind="question", title="New question no answers", body="x"
    )
    actions.toggle_vote(other_customer, old)
    actions.create_reply(agent, old, body="Answered")
    unanswered = client.get("/s/thermostats/?sort=unanswered").content.decode()
    top = client.get("/s/thermostats/?sort=top").content.decode()
    assert "New question no answers" in unanswered and "Old question with votes" not in unanswered
    assert top.index("Old question with votes") < top.index("New question no answers")


def test_notifications_page_lists_replies_to_my_thread(
    client, signed_in, question, agent, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.create_reply(agent, question, body="Answered")
    signed_in(question.author)
    html = client.get("/notifications/").content.decode()
    assert "Alex Agent replied to" in html


def test_anonymous_lists_are_cached_until_anything_in_them_changes(
    client, question, other_customer
):
    assert client.get("/").get("X-Cache") == "miss"
    assert client.get("/").get("X-Cache") == "hit"
    assert client.get("/?sort=top").get("X-Cache") == "miss"
    actions.toggle_vote(other_customer, question)
    fresh = client.get("/s/thermostats/?sort=top")
    assert fresh.get("X-Cache") == "miss"
    assert "▲ 1" in fresh.content.decode()


def test_signed_in_people_never_get_the_anonymous_copy(client, signed_in, question, other_customer):
    client.get(question.get_absolute_url())
    signed_in(other_customer)
    page = client.get(question.get_absolute_url())
    assert page.get("X-Cache") is None
    assert "Post reply" in page.content.decode()


def test_search_works_with_debug_query_logging_on(client, question, settings):
    settings.DEBUG = True
    assert client.get("/search/?q=firmware").status_code == 200


def test_a_duplicate_of_a_thread_moved_into_a_private_space_hides_its_title(
    client, signed_in, question, customer, other_customer, moderator, space, vip_space
):
    original = actions.create_thread(
        other_customer, space, kind="question", title="Wi-Fi drops at 2am: the fix",
        body="Turn off the router's band steering.",
    )  # fmt: skip
    actions.mark_duplicate(moderator, question, original=original)
    assert "Wi-Fi drops at 2am: the fix" in client.get(question.get_absolute_url()).content.decode()

    actions.move_thread(moderator, original, space=vip_space)

    anonymous = client.get(question.get_absolute_url()).content.decode()
    signed_in(customer)
    member = client.get(question.get_absolute_url()).content.decode()
    signed_in(moderator)
    staff = client.get(question.get_absolute_url()).content.decode()
    assert "Wi-Fi drops at 2am: the fix" not in anonymous
    assert "Wi-Fi drops at 2am: the fix" not in member
    assert 'id="duplicate-of"' not in member
    assert "Wi-Fi drops at 2am: the fix" in staff


def test_notifications_of_a_thread_moved_into_a_private_space_are_hidden(
    client, signed_in, question, agent, moderator, vip_space, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.create_reply(agent, question, body="Answered")
    actions.move_thread(moderator, question, space=vip_space)
    signed_in(question.author)
    html = client.get("/notifications/").content.decode()
    assert question.title not in html
    assert "Nothing yet." in html
