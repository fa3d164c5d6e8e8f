"""Staff-only figures answer 401 to strangers, 403 to members, and bad input with 422."""

import pytest

from ..factories import UserFactory, answer, post, set_level, upvote


@pytest.mark.parametrize(
    "path",
    ["/api/v1/insights/participation", "/api/v1/people/superuser-candidates",
     "/api/v1/people/experts"],
)  # fmt: skip
def test_staff_endpoints_refuse_strangers_and_members(client, bearer, customer, path):
    anonymous = client.get(path).status_code
    member = client.get(path, headers=bearer(customer)).status_code
    assert (anonymous, member) == (401, 403)


def test_participation_answers_counts_shares_and_the_reference(client, bearer, agent, customer,
                                                               space):  # fmt: skip
    post(customer, space)
    answer = client.get("/api/v1/insights/participation?days=30", headers=bearer(agent)).json()
    assert (answer["days"], answer["counts"]["creator"], answer["shares"]["creator"]) == (
        30, 1, 1.0
    )  # fmt: skip
    assert answer["reference"] == {"creator": 0.01, "responder": 0.09, "reader": 0.9}


@pytest.mark.parametrize("days", ["3", "1000", "ninety"])
def test_a_bad_window_answers_422(client, bearer, agent, days):
    answer = client.get(f"/api/v1/insights/participation?days={days}", headers=bearer(agent))
    assert answer.status_code == 422
    assert list(answer.json()["errors"]) == ["days"]


def test_an_unknown_tag_for_experts_answers_404(client, bearer, agent):
    answer = client.get("/api/v1/people/experts?tag=nope", headers=bearer(agent))
    assert answer.status_code == 404
    assert answer.json()["errors"] == {"tag": ["No tag 'nope'."]}


def test_service_figures_of_a_channel_with_no_account_are_zero(client, bearer, agent):
    answer = client.get("/api/v1/insights/service?channel=community", headers=bearer(agent))
    assert answer.status_code == 200
    assert answer.json()["total"]["conversations"] == 0


def test_candidates_come_with_their_evidence(client, bearer, agent, space):
    helper = UserFactory(username="helper")
    for n, asker in enumerate(UserFactory.create_batch(3)):
        set_level(asker, 2)
        thread = post(asker, space, title=f"Question {n} about pairing a valve")
        upvote(asker, thread, answer(helper, thread, body="Glad to help: reset it first."))
    listed = client.get("/api/v1/people/superuser-candidates", headers=bearer(agent))
    [candidate] = listed.json()
    evidence = candidate["evidence"]
    assert (listed.status_code, candidate["rank"], candidate["username"]) == (200, 1, "helper")
    assert (evidence["answers"], evidence["upvotes_on_answers"], evidence["people_helped"]) == (
        3, 3, 3
    )  # fmt: skip
    assert evidence["tone"] == {"score": 1.0, "posts_checked": 3, "unkind_posts": 0,
                                "warm_posts": 3}  # fmt: skip
    assert evidence["breadth"] == {"tags": [], "spaces": [space.name]}


def test_staff_pages_are_for_staff(client, customer, agent):
    client.force_login(customer)
    refused = [client.get(p).status_code for p in
               ("/staff/participation/", "/staff/superusers/", "/staff/experts/")]  # fmt: skip
    client.force_login(agent)
    shown = [client.get(p).status_code for p in
             ("/staff/participation/", "/staff/superusers/", "/staff/experts/")]  # fmt: skip
    assert (refused, shown) == ([403, 403, 403], [200, 200, 200])


def test_the_participation_page_shows_the_reference_and_a_chart(client, agent, customer, space):
    post(customer, space)
    client.force_login(agent)
    page = client.get("/staff/participation/").content.decode()
    assert "ref. 1.0 %" in page
    assert "<svg" in page
    assert "How people move" in page
