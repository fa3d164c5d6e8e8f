import pytest

from openline.community import actions
from openline.inbox.expert_finder import find_experts  # the finder staff use (community + channels)

from ..factories import TagFactory, UserFactory, answer, post, upvote


@pytest.fixture
def firmware(db):
    return TagFactory(slug="firmware", name="Firmware")


def test_the_colleague_with_accepted_answers_in_an_area_comes_first(
    moderator, customer, space, firmware, agent
):
    engineer = UserFactory(username="maya", role="agent", team="Firmware")
    first = post(customer, space, title="Firmware 4.12 broke my schedule", tags=["firmware"])
    actions.accept_answer(customer, answer(engineer, first))
    second = post(customer, space, title="Firmware update stuck at 80 %", tags=["firmware"])
    answer(agent, second)
    found = find_experts(moderator, tag="firmware")
    assert [(e.user.username, e.accepted, e.answers) for e in found] == [
        ("maya", 1, 1), (agent.username, 0, 1)
    ]  # fmt: skip
    assert found[0].tags == [("firmware", 1)]


def test_community_members_are_found_apart_from_colleagues(moderator, customer, space, agent):
    helper = UserFactory(username="dave")
    thread = post(customer, space)
    upvote(customer, thread, answer(helper, thread))
    answer(agent, thread)
    community = find_experts(moderator, who="community")
    assert [(e.user.username, e.upvotes) for e in community] == [("dave", 1)]


def test_a_name_narrows_the_experts_for_mentions(moderator, customer, space, agent):
    thread = post(customer, space)
    answer(agent, thread)
    answer(UserFactory(username="alexis", role="agent"), thread)
    assert [e.user.username for e in find_experts(moderator, name="alexi")] == ["alexis"]
