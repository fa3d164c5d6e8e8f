"""Segments from constructed histories: who did what, when."""

from datetime import timedelta

import pytest
from django.utils import timezone

from openline.participation.actions import recompute_segments
from openline.participation.models import ParticipationSnapshot
from openline.participation.segments import participation, report
from openline.people.models import Participation, ThreadRead, Visit

from ..factories import UserFactory, ago, answer, post, upvote

TODAY = timezone.now().date()


@pytest.fixture
def members(db):
    """Five members who joined a year ago, and one staff member who did everything."""
    people = {n: UserFactory(username=n, date_joined=ago(365))
              for n in ("asker", "answerer", "chatter", "voter", "reader", "gone")}  # fmt: skip
    return people


def segments_of(result, members):
    return {name: result.assignments[user.pk] for name, user in members.items()}


def test_each_member_lands_in_the_segment_their_activity_says(members, space, agent):
    thread = post(members["asker"], space, days_ago=10)
    answer(members["answerer"], thread, days_ago=9)
    discussion = post(agent, space, kind="discussion", title="Show us your setup", days_ago=9)
    answer(members["chatter"], discussion, days_ago=8)
    upvote(members["voter"], thread, when=ago(7))
    ThreadRead.objects.create(user=members["reader"], thread_id=thread.pk, day=TODAY)
    post(members["gone"], space, title="An old question from last year", days_ago=200)
    Visit.objects.create(user=members["gone"], day=TODAY - timedelta(days=150))
    result = report(90)
    assert segments_of(result, members) == {
        "asker": "creator", "answerer": "creator", "chatter": "responder", "voter": "responder",
        "reader": "reader", "gone": "inactive",
    }  # fmt: skip
    assert agent.pk not in result.assignments  # staff answer for the company


def test_replying_in_ones_own_thread_is_responding_not_creating(members, space):
    thread = post(members["asker"], space, days_ago=120)
    answer(members["asker"], thread, days_ago=3, body="Still broken, any ideas?")
    assert report(90).assignments[members["asker"].pk] == "responder"


def test_the_counts_and_shares_leave_inactive_members_out_of_the_shares(members, space):
    post(members["asker"], space, days_ago=1)
    Visit.objects.bulk_create(
        Visit(user=members[n], day=TODAY) for n in ("answerer", "chatter", "voter")
    )
    figures = participation(90).as_dict()
    assert figures["counts"] == {"creator": 1, "responder": 0, "reader": 3, "inactive": 2}
    assert figures["shares"] == {"creator": 0.25, "responder": 0.0, "reader": 0.75}


def test_transitions_count_who_moved_from_the_window_before(members, space):
    Visit.objects.create(user=members["reader"], day=TODAY - timedelta(days=100))
    post(members["reader"], space, days_ago=5)  # a reader before, a creator now
    Visit.objects.create(user=members["voter"], day=TODAY - timedelta(days=120))
    moves = report(90).transitions
    assert (moves["reader"]["creator"], moves["reader"]["inactive"]) == (1, 1)


def test_the_trend_has_a_window_ending_each_week(members, space):
    post(members["asker"], space, days_ago=95)  # counted in windows ending 5+ days ago
    trend = report(90, weeks=3).trend
    assert [point.counts["creator"] for point in trend] == [1, 1, 0]


def test_the_recompute_stores_each_segment_and_a_snapshot(members, space):
    post(members["asker"], space, days_ago=1)
    recompute_segments()
    stored = dict(Participation.objects.values_list("user__username", "segment"))
    snapshot = ParticipationSnapshot.objects.get()
    assert (stored["asker"], stored["reader"]) == ("creator", "inactive")
    assert (snapshot.days, snapshot.counts["counts"]["creator"], len(snapshot.trend)) == (90, 1, 12)
