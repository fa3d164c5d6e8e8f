"""Every service figure from a small known history, checked to the exact value: days are the
company's (the default SLA policy's time zone), minutes are business minutes of the policy's
calendar, reopened conversations count once, deleted ones leave the figures at the next run,
and unanswered conversations past due count against the SLA."""

from datetime import UTC, date, datetime, timedelta
from itertools import count

import pytest
from django.utils import timezone

from openline.accounts.models import Role
from openline.inbox import actions as inbox_actions
from openline.inbox.ingestion import ingest
from openline.inbox.models import ChannelAccount, Conversation, SlaPolicy
from openline.insights import rollups
from openline.insights.models import ServiceAgentWeek, ServiceDay, ServiceWeek
from openline.insights.service import Filters, backlog, report

from ..factories import UserFactory
from ..inbox.conftest import item

WEEKDAYS = {day: "09:00-17:00" for day in ("mon", "tue", "wed", "thu", "fri")}
WED, THU = date(2026, 1, 7), date(2026, 1, 8)
LATER = datetime(2026, 1, 9, 12, tzinfo=UTC)
_keys = count()


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def conversation(account, created, **fields) -> Conversation:
    return Conversation.objects.create(
        account=account, external_id=f"k{next(_keys)}", created_at=created, **fields
    )


@pytest.fixture
def berlin(db):
    return SlaPolicy.objects.create(
        name="Berlin office", first_response_minutes=60, is_default=True,
        time_zone="Europe/Berlin", business_hours=WEEKDAYS,
    )  # fmt: skip


@pytest.fixture
def history(berlin):
    email = ChannelAccount.objects.create(kind="email", name="Support mail")
    community = ChannelAccount.objects.create(kind="community", name="Community")
    p = {"sla_policy": berlin}
    # Wednesday 09:00 Berlin, answered after 30 minutes: within the hour.
    conversation(email, at(2026, 1, 7, 8), first_response_at=at(2026, 1, 7, 8, 30), **p)
    # Wednesday 16:30 Berlin, answered Thursday 09:45: 30 + 45 open minutes, late.
    conversation(email, at(2026, 1, 7, 15, 30), first_response_at=at(2026, 1, 8, 8, 45), **p)
    # 23:30 UTC on Wednesday is 00:30 on Thursday in Berlin: a Thursday conversation,
    # answered at 09:10 Berlin: 10 open minutes, 520 clock minutes.
    conversation(community, at(2026, 1, 7, 23, 30), first_response_at=at(2026, 1, 8, 8, 10), **p)
    # Thursday 10:00 Berlin, never answered, due at 11:00 Berlin: missed by now.
    conversation(email, at(2026, 1, 8, 9), response_due_at=at(2026, 1, 8, 10), **p)
    # Wednesday 10:00 Berlin, answered after 20 minutes, solved, reopened, solved again on
    # Thursday 10:00 Berlin: 420 + 60 open minutes to the resolution.
    conversation(email, at(2026, 1, 7, 9), first_response_at=at(2026, 1, 7, 9, 20),
                 status="solved", solved_at=at(2026, 1, 8, 9), reopen_count=1, **p)  # fmt: skip
    rollups.refresh()
    return email, community


def test_the_range_figures_are_exact(history):
    total = report(Filters(WED, THU), now=LATER).total
    assert total.as_dict() == {
        "conversations": 5,
        "answered": {"n": 4, "of": 5, "percent": 80.0},
        "first_response_minutes": {
            "median": 25.0,
            "p90": 75.0,
            "clock_median": 275.0,
            "clock_p90": 1035.0,
        },
        "within_sla": {"n": 3, "of": 5, "percent": 60.0},
        "resolution_minutes": {"median": 480.0, "p90": 480.0},
        "solved": {"n": 1, "of": 5, "percent": 20.0},
        "reopened": {"n": 1, "of": 1, "percent": 100.0},
        "answered_in_public": {"n": 1, "of": 4, "percent": 25.0},
    }


def test_a_day_is_the_company_day_in_its_time_zone(history):
    wednesday = report(Filters(WED, WED), now=LATER).total
    thursday = report(Filters(THU, THU), now=LATER).total
    assert (wednesday.conversations, thursday.conversations) == (3, 2)
    assert sorted(thursday.first_clock) == [520.0]


def test_an_unanswered_conversation_counts_against_the_sla_only_once_past_due(history):
    before_due = report(Filters(THU, THU), now=at(2026, 1, 8, 9, 30)).total
    after_due = report(Filters(THU, THU), now=LATER).total
    assert (before_due.sla.n, before_due.sla.total) == (1, 1)
    assert (after_due.sla.n, after_due.sla.total) == (1, 2)


def test_figures_by_channel_split_the_same_conversations(history):
    by_channel = dict(report(Filters(WED, THU), now=LATER).by_channel)
    assert (by_channel["email"].conversations, by_channel["community"].conversations) == (4, 1)
    assert by_channel["community"].answered_public == 1


def test_a_deleted_conversation_leaves_the_figures_at_the_next_run(history):
    Conversation.objects.filter(created_at=at(2026, 1, 7, 8)).delete()
    # Only its UTC day changed: the two Berlin days it overlaps are recomputed, no others.
    assert rollups.refresh() == 2
    total = report(Filters(WED, THU), now=LATER).total
    assert (total.conversations, total.answered, total.sla.n) == (4, 3, 2)


def test_an_unchanged_history_recomputes_nothing(history):
    assert rollups.refresh() == 0


def test_a_changed_calendar_rebuilds_every_day_with_it(history, berlin):
    SlaPolicy.objects.filter(pk=berlin.pk).update(business_hours={}, time_zone="UTC")
    rollups.refresh()
    # Around the clock in UTC: the 23:30 conversation is a Wednesday one now.
    wednesday = report(Filters(WED, WED), now=LATER).total
    assert (wednesday.conversations, sorted(wednesday.first_business)) == (
        4, [20.0, 30.0, 520.0, 1035.0]
    )  # fmt: skip


def test_an_agent_filter_and_a_team_filter_read_only_their_conversations(berlin):
    email = ChannelAccount.objects.create(kind="email", name="Support mail")
    alex = UserFactory(username="alex", role=Role.AGENT, team="Care")
    robin = UserFactory(username="robin", role=Role.AGENT, team="Care")
    kim = UserFactory(username="kim", role=Role.AGENT, team="Billing")
    for agent in (alex, robin, kim, kim):
        conversation(email, at(2026, 1, 7, 8), assignee=agent, sla_policy=berlin)
    rollups.refresh()
    mine = report(Filters(WED, WED, agent=alex.pk)).total.conversations
    care = report(Filters(WED, WED, team="Care")).total.conversations
    billing = report(Filters(WED, WED, team="Billing")).total.conversations
    assert (mine, care, billing) == (1, 2, 2)


def test_the_backlog_is_what_is_not_solved_now_and_how_old_it_is(history):
    waiting = backlog(Filters(WED, THU), now=at(2026, 1, 9, 9))
    # Open: all but the solved one; none waits on the customer. Ages 49, 41.5, 33.5, 24 hours.
    assert waiting.as_dict() == {"open": 4, "waiting_on_customer": 0,
                                 "median_age_hours": 37.5, "oldest_age_hours": 49.0}  # fmt: skip


@pytest.mark.django_db
def test_a_customer_writing_after_solved_reopens_once_and_resolution_counts_the_last_solve(
    account, sla
):
    agent = UserFactory(username="alex", role=Role.AGENT)
    message, _ = ingest(account, item("m1", "c1"))
    conversation_ = message.conversation
    inbox_actions.reply(agent, conversation_, body="Try a reset.", status="solved")
    ingest(account, item("m2", "c1", text="Still broken."))
    inbox_actions.change_status(agent, conversation_, "solved")
    conversation_.refresh_from_db()
    rollups.refresh()
    total = report(Filters(timezone.localdate(), timezone.localdate())).total
    assert (conversation_.reopen_count, total.reopened, total.ever_solved, total.solved) == (
        1, 1, 1, 1
    )  # fmt: skip
    assert conversation_.solved_at is not None and conversation_.solved_at >= message.created_at


def test_the_rollups_hold_no_message_text(history):
    fields = {f.name for f in ServiceDay._meta.get_fields()}
    assert not fields & {"body", "subject", "text"}


def test_the_every_minute_run_sees_recent_days_and_the_ten_minute_run_old_ones(berlin):
    email = ChannelAccount.objects.create(kind="email", name="Support mail")
    now = timezone.now()
    old = conversation(email, now - timedelta(days=100), sla_policy=berlin)
    conversation(email, now - timedelta(days=1), sla_policy=berlin)
    rollups.refresh()
    Conversation.objects.filter(pk=old.pk).update(first_response_at=now)
    conversation(email, now - timedelta(hours=1), sla_policy=berlin)
    recent = rollups.refresh_recent()  # today's new one: its UTC day's company days
    missed_old = report(Filters(timezone.localdate() - timedelta(days=120),
                                timezone.localdate())).total.answered  # fmt: skip
    rollups.refresh()
    seen_old = report(Filters(timezone.localdate() - timedelta(days=120),
                              timezone.localdate())).total.answered  # fmt: skip
    assert (recent >= 1, missed_old, seen_old) == (True, 0, 1)


# --- long ranges: whole weeks from the week rollups, edge days from the day ones ----------------

JAN_7, MAR_31 = date(2026, 1, 7), date(2026, 3, 31)  # a Wednesday, a Tuesday: 84 days, weekly
AFTER = datetime(2026, 4, 2, tzinfo=UTC)


@pytest.fixture
def quarter(db):
    """Berlin, around the clock (business minutes = clock minutes), answered within 35 minutes
    or late. Whole weeks of the range: Monday 12 January to Sunday 29 March; edge days:
    7 to 11 January, 30 and 31 March. Summer time starts on Sunday 29 March."""
    policy = SlaPolicy.objects.create(name="Berlin", first_response_minutes=35, is_default=True,
                                      time_zone="Europe/Berlin", business_hours={})  # fmt: skip
    email = ChannelAccount.objects.create(kind="email", name="Support mail")
    p = {"sla_policy": policy}

    def answered(created: datetime, minutes: int, **fields) -> Conversation:
        return conversation(email, created, first_response_at=created + timedelta(minutes=minutes),
                            **p, **fields)  # fmt: skip

    answered(at(2026, 1, 6, 12), 1000)  # Tuesday 6 January: before the range
    answered(at(2026, 1, 11, 22, 30), 10)  # Sunday 23:30 in Berlin: an edge day
    answered(at(2026, 1, 11, 23, 30), 20)  # Monday 00:30 in Berlin: the first whole week
    answered(at(2026, 2, 11, 12), 30, status="solved", solved_at=at(2026, 2, 11, 13, 40),
             reopen_count=1)  # fmt: skip
    answered(at(2026, 3, 29, 21, 30), 40)  # Sunday 23:30 in Berlin (UTC+2): the last whole week
    answered(at(2026, 3, 29, 22, 30), 50)  # Monday 00:30 in Berlin: an edge day
    conversation(email, at(2026, 3, 31, 10), response_due_at=at(2026, 3, 31, 10, 35), **p)
    answered(at(2026, 4, 1, 12), 2000)  # after the range
    rollups.refresh()
    return email


def test_a_long_range_reads_whole_weeks_and_edge_days_to_the_exact_value(quarter):
    found = report(Filters(JAN_7, MAR_31), now=AFTER)
    assert found.weekly
    assert found.total.as_dict() == {
        "conversations": 6,
        "answered": {"n": 5, "of": 6, "percent": 83.3},
        "first_response_minutes": {"median": 30.0, "p90": 50.0,
                                   "clock_median": 30.0, "clock_p90": 50.0},
        "within_sla": {"n": 3, "of": 6, "percent": 50.0},
        "resolution_minutes": {"median": 100.0, "p90": 100.0},
        "solved": {"n": 1, "of": 6, "percent": 16.7},
        "reopened": {"n": 1, "of": 1, "percent": 100.0},
        "answered_in_public": {"n": 0, "of": 5, "percent": 0.0},
    }  # fmt: skip
    weeks = {week: f.conversations for week, f in found.series if f.conversations}
    assert weeks == {date(2026, 1, 5): 1, date(2026, 1, 12): 1, date(2026, 2, 9): 1,
                     date(2026, 3, 23): 1, date(2026, 3, 30): 2}  # fmt: skip


def test_a_week_row_is_its_days_merged(quarter):
    [week] = ServiceWeek.objects.filter(day=date(2026, 3, 23))
    days = ServiceDay.objects.filter(day__gte=date(2026, 3, 23), day__lte=date(2026, 3, 29))
    assert (
        (week.conversations, week.answered)
        == (1, 1)
        == (sum(d.conversations for d in days), sum(d.answered for d in days))
    )
    assert list(rollups.unpack(week.first_response_clock)) == [40.0]


def test_the_whole_weeks_are_read_from_the_week_rollup(quarter):
    # A week row that disagreed with its days would show: the report reads the week.
    ServiceWeek.objects.filter(day=date(2026, 2, 9)).update(conversations=100)
    assert report(Filters(JAN_7, MAR_31), now=AFTER).total.conversations == 105
    # A range of 62 days or fewer is read day by day.
    assert report(Filters(date(2026, 2, 1), date(2026, 3, 1)), now=AFTER).total.conversations == 1


def test_a_late_answer_in_an_old_week_reaches_the_week_at_the_next_run(quarter):
    Conversation.objects.filter(created_at=at(2026, 3, 31, 10)).delete()
    late = conversation(quarter, at(2026, 2, 12, 9))
    rollups.refresh()
    before = report(Filters(JAN_7, MAR_31), now=AFTER).total
    Conversation.objects.filter(pk=late.pk).update(first_response_at=at(2026, 2, 12, 9, 25))
    rollups.refresh()
    after = report(Filters(JAN_7, MAR_31), now=AFTER).total
    assert (before.answered, sorted(before.first_clock)) == (5, [10.0, 20.0, 30.0, 40.0, 50.0])
    assert (after.answered, sorted(after.first_clock)) == (6, [10.0, 20.0, 25.0, 30.0, 40.0, 50.0])


def test_a_deleted_conversation_leaves_its_week_and_an_emptied_week_has_no_rows(quarter):
    Conversation.objects.filter(created_at=at(2026, 2, 11, 12)).delete()
    rollups.refresh()
    total = report(Filters(JAN_7, MAR_31), now=AFTER).total
    assert (total.conversations, total.solved, total.reopened) == (5, 0, 0)
    assert not ServiceWeek.objects.filter(day=date(2026, 2, 9)).exists()
    assert not ServiceAgentWeek.objects.filter(day=date(2026, 2, 9)).exists()


def test_a_new_time_zone_rebuilds_the_weeks_with_the_days(quarter):
    SlaPolicy.objects.update(time_zone="UTC")
    rollups.refresh()
    # In UTC the Sunday 22:30 and 23:30 conversations of 11 January are both edge days now.
    weeks = dict(report(Filters(JAN_7, MAR_31), now=AFTER).series)
    assert (weeks[date(2026, 1, 5)].conversations, weeks[date(2026, 1, 12)].conversations) == (2, 0)
    assert ServiceWeek.objects.filter(day=date(2026, 1, 12)).count() == 0


def test_a_team_over_a_long_range_reads_its_members_weeks(berlin):
    email = ChannelAccount.objects.create(kind="email", name="Support mail")
    alex = UserFactory(username="alex", role=Role.AGENT, team="Care")
    kim = UserFactory(username="kim", role=Role.AGENT, team="Billing")
    for agent, day in ((alex, 14), (alex, 21), (kim, 21)):
        conversation(email, at(2026, 1, day, 10), assignee=agent, sla_policy=berlin)
    rollups.refresh()
    care = report(Filters(JAN_7, MAR_31, team="Care")).total.conversations
    kims = report(Filters(JAN_7, MAR_31, agent=kim.pk)).total.conversations
    assert (care, kims) == (2, 1)


@pytest.mark.parametrize("values", [[7.0], [3.0, 1.0], [5.0, 1.0, 4.0, 2.0, 3.0], [2.5] * 4,
                                    [float(n % 17) for n in range(101)]])  # fmt: skip
def test_one_partial_sort_gives_the_same_median_and_p90_as_a_full_sort(values):
    ordered, n = sorted(values), len(values)
    middle = (ordered[(n - 1) // 2] + ordered[n // 2]) / 2
    nearest_rank = ordered[max(-(-9 * n // 10) - 1, 0)]
    assert rollups.median_and_percentile(values, 0.9) == (middle, nearest_rank)
    assert rollups.median_and_percentile(values, 0.9) == (
        rollups.median(values), rollups.percentile(values, 0.9)
    )  # fmt: skip


def test_a_reassignment_in_an_old_week_moves_it_between_the_teams_years(berlin):
    email = ChannelAccount.objects.create(kind="email", name="Support mail")
    alex = UserFactory(username="alex", role=Role.AGENT, team="Care")
    kim = UserFactory(username="kim", role=Role.AGENT, team="Billing")
    moved = conversation(email, at(2026, 2, 11, 10), assignee=alex, sla_policy=berlin)
    rollups.refresh()
    before = [
        report(Filters(JAN_7, MAR_31, team=t)).total.conversations for t in ("Care", "Billing")
    ]
    Conversation.objects.filter(pk=moved.pk).update(assignee=kim)
    rollups.refresh()
    after = [
        report(Filters(JAN_7, MAR_31, team=t)).total.conversations for t in ("Care", "Billing")
    ]
    assert (before, after) == ([1, 0], [0, 1])
