"""New members' first posts and links held for a moderator (OPENLINE["HOLD_NEW_MEMBERS"])."""

import pytest

from openline.community import actions, moderation

from ..factories import UserFactory, set_level


@pytest.fixture
def policy(settings):
    def set_policy(*parts):
        settings.OPENLINE = {**settings.OPENLINE, "HOLD_NEW_MEMBERS": set(parts)}

    return set_policy


@pytest.fixture
def newcomer(db):
    return UserFactory(username="nina")


def ask(author, space, body="How do I reset it?"):
    return actions.create_thread(
        author, space, kind="question", title="Resetting the thermostat", body=body
    )


def test_by_default_nobody_is_held(newcomer, space):
    assert not ask(newcomer, space).is_held


def test_a_new_members_first_post_waits_until_one_is_approved(policy, newcomer, space, moderator):
    policy("first_post")
    first = ask(newcomer, space)
    second = actions.create_reply(newcomer, first, body="Anyone?")
    assert first.held_reason_shown == "A new member's first post" and second.is_held
    moderation.approve_post(moderator, first)
    third = actions.create_reply(newcomer, first, body="Found it myself.")
    assert not third.is_held


def test_a_new_members_links_are_held(policy, newcomer, space):
    policy("links")
    assert not ask(newcomer, space).is_held
    held = ask(newcomer, space, body="See https://example.com/cheap for the fix")
    assert held.held_reason_shown == "A new member's post with a link"


@pytest.mark.parametrize("who", ["level1", "agent", "superuser"])
def test_trusted_members_and_staff_are_not_held(policy, space, agent, superuser, who):
    policy("first_post", "links")
    author = {"agent": agent, "superuser": superuser}.get(who) or UserFactory()
    if who == "level1":
        set_level(author, 1)
    assert not ask(author, space, body="See https://example.com/manual").is_held
