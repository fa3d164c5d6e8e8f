"""An SLA policy's business hours: open minutes between two instants in the policy's own time
zone (across a weekend and a daylight-saving change), deadlines placed in open hours, and
hours written wrong refused with a clear message."""

from datetime import UTC, datetime, time, timedelta

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from openline.inbox.models import SlaPolicy
from openline.inbox.sla import DAYS, calendar

WEEKDAYS = {day: "09:00-17:00" for day in ("mon", "tue", "wed", "thu", "fri")}


def at(*parts: int) -> datetime:
    return datetime(*parts, tzinfo=UTC)


def test_minutes_outside_opening_hours_do_not_count():
    berlin = calendar("Europe/Berlin", WEEKDAYS)
    # Friday 2026-01-09 16:00 Berlin (15:00 UTC) to Monday 09:30 Berlin (08:30 UTC): 60 + 30.
    assert berlin.minutes_between(at(2026, 1, 9, 15), at(2026, 1, 12, 8, 30)) == 90


def test_the_policy_time_zone_decides_when_the_day_starts():
    berlin = calendar("Europe/Berlin", WEEKDAYS)
    new_york = calendar("America/New_York", WEEKDAYS)
    # 08:00 to 10:00 UTC on a Wednesday: 09:00-11:00 in Berlin (120 open minutes), 03:00-05:00
    # in New York (closed).
    start, end = at(2026, 1, 7, 8), at(2026, 1, 7, 10)
    assert (berlin.minutes_between(start, end), new_york.minutes_between(start, end)) == (120, 0)


def test_a_daylight_saving_night_keeps_opening_hours_on_the_wall_clock():
    berlin = calendar("Europe/Berlin", {"sun": "00:00-24:00"})
    # Sunday 29 March 2026 has 23 hours in Berlin.
    assert berlin.minutes_between(at(2026, 3, 28, 12), at(2026, 3, 30, 12)) == 23 * 60


def test_a_policy_without_hours_runs_around_the_clock():
    always = calendar("UTC", {})
    assert always.minutes_between(at(2026, 1, 10, 0), at(2026, 1, 11, 0)) == 1440


def test_a_deadline_lands_in_the_next_open_hours():
    berlin = calendar("Europe/Berlin", WEEKDAYS)
    # 60 open minutes from Friday 16:30 Berlin: 30 on Friday, 30 on Monday → Monday 09:30.
    due = berlin.add_minutes(at(2026, 1, 9, 15, 30), 60)
    assert due == at(2026, 1, 12, 8, 30)


@pytest.mark.parametrize(
    ("hours", "message"),
    [
        ({"monday": "09:00-17:00"}, "Unknown day 'monday'"),
        ({"mon": "9-17"}, "mon: write times as HH:MM."),
        ({"mon": "17:00-09:00"}, "mon: 17:00-09:00 ends before it starts."),
        ({"mon": "09:00-12:00,11:00-13:00"}, "mon: the ranges overlap."),
        ({"mon": "09:00-25:00"}, "mon: 25:00 is not a time."),
    ],
)
def test_hours_written_wrong_are_refused_with_what_is_wrong(hours, message):
    with pytest.raises(ValidationError) as refused:
        calendar("UTC", hours)
    assert message in " ".join(refused.value.messages)


@pytest.mark.django_db
def test_an_unknown_time_zone_is_refused_by_the_policy_form():
    policy = SlaPolicy(name="Odd", time_zone="Mars/Olympus", business_hours=WEEKDAYS)
    with pytest.raises(ValidationError) as refused:
        policy.full_clean()
    # The field's choices refuse it (session 22), and the calendar says why.
    assert refused.value.message_dict["time_zone"] == [
        "Value 'Mars/Olympus' is not a valid choice.",
        "Unknown time zone 'Mars/Olympus'.",
    ]


@pytest.mark.django_db
def test_ingestion_sets_the_due_time_in_the_policy_open_hours(account):
    from openline.inbox.ingestion import ingest

    from .conftest import item

    # Open one hour a week, three days from now: an answer in 60 open minutes is due at the
    # end of that hour, not an hour from now.
    opening = (timezone.now() + timedelta(days=3)).date()
    SlaPolicy.objects.create(
        name="Weekly hour", first_response_minutes=60, is_default=True, time_zone="UTC",
        business_hours={DAYS[opening.weekday()]: "10:00-11:00"},
    )  # fmt: skip
    message, _ = ingest(account, item("m1", "c1"))
    due = message.conversation.response_due_at
    assert due == datetime.combine(opening, time(11), tzinfo=UTC)
