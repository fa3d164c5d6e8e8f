import pytest
from django.conf import settings

from openline.community import actions
from openline.community.models import Thread

from ..factories import PASSWORD, SpaceFactory, TagFactory, ThreadFactory, UserFactory


def titles(answer) -> list[str]:
    return [item["title"] for item in answer.json()["items"]]


def new_thread(**changes) -> dict:
    return {
        "space": "thermostats",
        "kind": "problem",
        "title": "Boiler relay clicks but nothing heats",
        "body": "The relay clicks at 06:00 and the radiators stay **cold**.",
        "tags": [],
        **changes,
    }


def test_anonymous_lists_show_public_threads_only(client, question, private_thread):
    answer = client.get("/api/v1/threads")
    assert answer.status_code == 200
    assert titles(answer) == [question.title]
    assert answer.json()["count"] == 1


@pytest.mark.parametrize("who", ["superuser", "agent", "moderator"])
def test_members_and_staff_list_private_threads(
    client, bearer, question, private_thread, who, request
):
    answer = client.get("/api/v1/threads", headers=bearer(request.getfixturevalue(who)))
    assert set(titles(answer)) == {question.title, private_thread.title}


@pytest.fixture(params=["anonymous", "other_customer"])
def outsider_headers(request, bearer, other_customer):
    """Request headers of someone outside the private space: no token, or a non-member's."""
    return {"anonymous": {}, "other_customer": bearer(other_customer)}[request.param]


def test_a_private_thread_is_404_to_people_outside_its_space(
    client, outsider_headers, private_thread
):
    headers = outsider_headers
    thread = client.get(f"/api/v1/threads/{private_thread.pk}", headers=headers)
    replies = client.get(f"/api/v1/threads/{private_thread.pk}/replies", headers=headers)
    space = client.get("/api/v1/spaces/champions", headers=headers)
    listed = client.get("/api/v1/threads?space=champions", headers=headers)
    statuses = [thread.status_code, replies.status_code, space.status_code, listed.status_code]
    assert statuses == [404, 404, 404, 404]
    assert thread.json() == client.get("/api/v1/threads/987654").json()


def test_a_thread_shows_its_status_tags_author_and_links(client, question, agent):
    question.tags.add(TagFactory(slug="wifi", name="Wi-Fi"))
    reply = actions.create_reply(agent, question, body="Update to 4.12.2.")
    actions.accept_answer(question.author, reply)

    data = client.get(f"/api/v1/threads/{question.pk}").json()

    assert data["status"] == "solved"
    assert data["accepted_reply_id"] == reply.pk
    assert data["reply_count"] == 1
    assert data["tags"] == [{"slug": "wifi", "name": "Wi-Fi"}]
    assert data["author"] == {
        "username": "casey",
        "name": "Casey Customer",
        "role": "customer",
        "badge": "",
    }
    assert data["url"] == settings.SITE_URL + question.get_absolute_url()
    assert data["space"] == {"slug": "thermostats", "name": "Thermostats"}
    assert data["created_at"].startswith(str(question.created_at.year))


def test_creating_a_thread_answers_201_and_it_appears_in_the_list(
    client, post_json, bearer, customer, space
):
    TagFactory(slug="heating")
    answer = post_json("/api/v1/threads", new_thread(tags=["heating"]), bearer(customer))

    assert answer.status_code == 201
    created = answer.json()
    assert created["author"]["username"] == "casey"
    assert created["tags"] == [{"slug": "heating", "name": "Heating"}]
    assert "<strong>cold</strong>" in created["body_html"]
    assert answer["Location"].endswith(f"/api/v1/threads/{created['id']}")
    assert titles(client.get("/api/v1/threads")) == [created["title"]]


def test_an_empty_title_is_422_with_the_field_error_and_nothing_is_saved(
    post_json, bearer, customer, space
):
    answer = post_json("/api/v1/threads", new_thread(title="   "), bearer(customer))
    assert answer.status_code == 422
    assert answer.json()["errors"]["title"] == ["Give your post a title of at least 8 characters."]
    assert answer.json()["detail"]
    assert not Thread.objects.exists()


def test_an_oversized_body_is_422(post_json, bearer, customer, space):
    too_long = "x" * (settings.OPENLINE["BODY_MAX"] + 1)
    answer = post_json("/api/v1/threads", new_thread(body=too_long), bearer(customer))
    assert answer.status_code == 422
    assert list(answer.json()["errors"]) == ["body"]
    assert not Thread.objects.exists()


def test_a_missing_field_and_an_unknown_kind_are_422_per_field(post_json, bearer, customer, space):
    payload = new_thread(kind="rant")
    del payload["body"]
    answer = post_json("/api/v1/threads", payload, bearer(customer))
    assert answer.status_code == 422
    assert set(answer.json()["errors"]) == {"body", "kind"}


def test_an_unknown_tag_is_404_naming_the_field(post_json, bearer, customer, space):
    answer = post_json("/api/v1/threads", new_thread(tags=["no-such-tag"]), bearer(customer))
    assert answer.status_code == 404
    assert answer.json()["errors"] == {"tags": ["Unknown tag: no-such-tag."]}


def test_an_unknown_space_and_a_private_one_give_the_same_clear_404(
    post_json, bearer, other_customer, vip_space
):
    unknown = post_json("/api/v1/threads", new_thread(space="nowhere"), bearer(other_customer))
    private = post_json("/api/v1/threads", new_thread(space="champions"), bearer(other_customer))
    assert [unknown.status_code, private.status_code] == [404, 404]
    assert unknown.json()["errors"] == {"space": ["No space 'nowhere' you can post in."]}
    assert private.json()["errors"] == {"space": ["No space 'champions' you can post in."]}
    assert not Thread.objects.exists()


def test_a_member_can_post_in_the_private_space(post_json, bearer, superuser, vip_space):
    answer = post_json("/api/v1/threads", new_thread(space="champions"), bearer(superuser))
    assert answer.status_code == 201
    assert Thread.objects.get().space == vip_space


def test_hostile_html_comes_back_escaped_in_body_html(post_json, bearer, customer, space):
    hostile = (
        '<script>alert(1)</script> <img src=x onerror="alert(2)"> [click](javascript:alert(3))'
    )
    answer = post_json("/api/v1/threads", new_thread(body=hostile), bearer(customer))
    body_html = answer.json()["body_html"]
    assert answer.status_code == 201
    assert answer.json()["body"] == hostile
    assert "<script" not in body_html
    assert "<img" not in body_html
    assert 'href="javascript:' not in body_html


def test_malformed_json_is_a_clear_400(client, bearer, customer, space):
    answer = client.post(
        "/api/v1/threads", "{not json", content_type="application/json", headers=bearer(customer)
    )
    assert answer.status_code == 400
    assert answer.json() == {"detail": "Cannot parse request body"}


def test_a_json_list_instead_of_an_object_is_422(post_json, bearer, customer, space):
    answer = post_json("/api/v1/threads", ["title"], bearer(customer))
    assert answer.status_code == 422


def test_a_wrong_method_is_405(client, question):
    assert client.delete(f"/api/v1/threads/{question.pk}").status_code == 405
    assert client.put("/api/v1/threads").status_code == 405


def test_lists_filter_by_space_tag_and_unanswered(client, question, agent):
    other_space = SpaceFactory(slug="lighting", name="Lighting")
    lamp = actions.create_thread(
        agent, other_space, kind="question", title="Which bulbs dim well?", body="?"
    )
    lamp.tags.add(TagFactory(slug="bulbs"))
    actions.create_reply(agent, question, body="Try 4.12.2.")

    assert titles(client.get("/api/v1/threads?space=lighting")) == [lamp.title]
    assert titles(client.get("/api/v1/threads?tag=bulbs")) == [lamp.title]
    assert titles(client.get("/api/v1/threads?sort=unanswered")) == [lamp.title]
    assert client.get("/api/v1/threads?tag=nothing-like-it").status_code == 404
    assert client.get("/api/v1/threads?space=nowhere").status_code == 404


def test_bad_query_parameters_are_422_per_field(client, db):
    answer = client.get("/api/v1/threads?sort=random&page=0")
    assert answer.status_code == 422
    assert set(answer.json()["errors"]) == {"sort", "page"}


def test_lists_come_thirty_a_page_with_the_total(client, space):
    ThreadFactory.create_batch(31, space=space)
    first = client.get("/api/v1/threads").json()
    second = client.get("/api/v1/threads?page=2").json()
    beyond = client.get("/api/v1/threads?page=3").json()
    assert (first["count"], first["pages"], len(first["items"]), first["next_page"]) == (
        31,
        2,
        30,
        2,
    )
    assert (len(second["items"]), second["next_page"], second["previous_page"]) == (1, None, 1)
    assert beyond["items"] == []


def test_the_thread_list_runs_a_fixed_number_of_queries(
    client, space, django_assert_max_num_queries
):
    tags = TagFactory.create_batch(3)
    for n in range(12):
        thread = ThreadFactory(space=space, author=UserFactory())
        thread.tags.add(tags[n % 3], tags[(n + 1) % 3])
    with django_assert_max_num_queries(4):  # visible spaces, count, page with authors, tags
        answer = client.get("/api/v1/threads")
    assert len(answer.json()["items"]) == 12


def test_the_thread_list_with_a_token_adds_only_the_token_lookup(
    client, bearer, agent, space, django_assert_max_num_queries
):
    ThreadFactory.create_batch(12, space=space)
    headers = bearer(agent)
    client.get("/api/v1/threads", headers=headers)  # records the token's first use
    with django_assert_max_num_queries(4):
        answer = client.get("/api/v1/threads", headers=headers)
    assert len(answer.json()["items"]) == 12


def test_spaces_list_the_ones_the_caller_can_see(client, bearer, superuser, space, vip_space):
    anonymous = client.get("/api/v1/spaces").json()
    member = client.get("/api/v1/spaces", headers=bearer(superuser)).json()
    assert [s["slug"] for s in anonymous] == ["thermostats"]
    assert sorted(s["slug"] for s in member) == ["champions", "thermostats"]
    assert (
        client.get("/api/v1/spaces/thermostats").json()["url"]
        == settings.SITE_URL + "/s/thermostats/"
    )


def test_the_session_and_the_token_see_the_same_threads(
    client, bearer, superuser, question, private_thread
):
    with_token = client.get("/api/v1/threads", headers=bearer(superuser)).json()
    client.login(username=superuser.username, password=PASSWORD)
    with_session = client.get("/api/v1/threads").json()
    assert with_token == with_session


def test_posting_too_often_is_429_with_retry_after(post_json, bearer, customer, space, settings):
    settings.OPENLINE = {**settings.OPENLINE, "RATE_POST": (1, 600)}
    headers = bearer(customer)
    post_json("/api/v1/threads", new_thread(), headers)
    answer = post_json("/api/v1/threads", new_thread(title="A second thread, too soon"), headers)
    assert answer.status_code == 429
    assert 0 < int(answer["Retry-After"]) <= 600
    assert Thread.objects.count() == 1


def test_a_request_body_over_the_upload_limit_is_413(post_json, bearer, customer, space, settings):
    huge = "x" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
    answer = post_json("/api/v1/threads", new_thread(body=huge), bearer(customer))
    assert answer.status_code == 413
    assert not Thread.objects.exists()
