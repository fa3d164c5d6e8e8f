import pytest

from openline.community import actions
from openline.participation.candidates import rank_candidates, tone_of
from openline.people import actions as people_actions

from ..factories import TagFactory, UserFactory, answer, post, set_level, upvote

KIND = "Glad to help! Reset the valve and pair it again, hope this helps."
RUDE = "Read the manual, you idiot. Reset the valve and pair it again."


@pytest.fixture
def askers(db):
    return UserFactory.create_batch(4)


def answered(who, askers, space, *, body=KIND, accept=(), weeks=(0, 1, 2, 3), tags=()):
    for n, asker in enumerate(askers):
        set_level(asker, 2)
        thread = post(asker, space, title=f"{who.username} helps with question {n}",
                      days_ago=7 * weeks[n % len(weeks)], tags=tags)  # fmt: skip
        reply = answer(who, thread, body=body, days_ago=7 * weeks[n % len(weeks)])
        upvote(asker, thread, reply)
        if n in accept:
            actions.accept_answer(asker, reply)


def test_accepted_answers_rank_a_member_above_one_who_only_answers(db, space, askers):
    solver, helper = UserFactory(username="solver"), UserFactory(username="helper")
    answered(solver, askers, space, accept={0, 1, 2})
    answered(helper, askers, space)
    assert [c.user.username for c in rank_candidates()] == ["solver", "helper"]


def test_each_candidate_comes_with_the_evidence(db, space, askers):
    TagFactory(slug="wifi")
    solver = UserFactory(username="solver")
    answered(solver, askers, space, accept={0}, weeks=(0, 0, 5, 5), tags=["wifi"])
    [c] = rank_candidates()
    assert (c.accepted, c.answers, c.upvotes, c.people_helped) == (1, 4, 4, 4)
    assert (c.tags, c.spaces, c.active_weeks, c.weeks) == (["wifi"], [space.name], 2, 53)
    assert (c.tone, c.warm_posts, c.posts_checked) == (1.0, 4, 4)


def test_an_unkind_tone_pulls_a_candidate_down(db, space, askers):
    kind, rude = UserFactory(username="kind"), UserFactory(username="rude")
    answered(kind, askers, space, accept={0})
    answered(rude, askers, space, accept={0}, body=RUDE)
    ranked = rank_candidates()
    assert [(c.user.username, c.tone) for c in ranked] == [("kind", 1.0), ("rude", 0.0)]


def test_staff_and_existing_super_users_are_not_candidates(db, space, askers, agent, superuser):
    answered(agent, askers, space, accept={0, 1})
    answered(superuser, askers, space, accept={0, 1})
    assert rank_candidates() == []


def test_the_tone_counts_unkind_and_warm_posts():
    assert tone_of([KIND, RUDE, "Pair it again."]) == (0.67, 1, 1)


def test_an_invitation_shows_at_once_on_the_cached_ranking(db, space, askers, moderator):
    solver = UserFactory(username="solver")
    answered(solver, askers, space, accept={0})
    rank_candidates()
    people_actions.create_invitation(moderator, solver, message="", space_ids=[])
    assert [c.invitation for c in rank_candidates()] == ["pending"]
