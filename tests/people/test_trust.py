from datetime import timedelta

from django.utils import timezone

from openline.people import trust

NOW = timezone.now()
LEVEL_3 = {"days_visited": 30, "posts_read": 150, "replies": 30, "accepted_answers": 5,
           "days_visited_100d": 25, "posts_read_100d": 100, "replies_100d": 15,
           "accepted_answers_100d": 3}  # fmt: skip


def test_a_member_with_no_figures_is_new():
    assert trust.computed_level({}) == 0


def test_a_few_visits_and_reads_make_a_basic_member():
    assert trust.computed_level({"days_visited": 2, "posts_read": 5}) == 1


def test_level_three_needs_recent_activity_as_well_as_the_lower_levels():
    assert trust.computed_level(LEVEL_3) == 3


def test_level_three_lapses_when_the_recent_window_is_quiet():
    quiet = {**LEVEL_3, "replies_100d": 2}
    assert trust.computed_level(quiet) == 2


def test_flags_against_a_member_hold_them_back():
    flagged = {**LEVEL_3, "flags_against_100d": 2}
    assert trust.computed_level(flagged) == 2


def test_an_operator_can_tune_a_level_in_settings(settings):
    settings.OPENLINE = {**settings.OPENLINE, "TRUST_LEVELS": {1: {"days_visited": 1}}}
    assert trust.computed_level({"days_visited": 1, "posts_read": 5}) == 1


def test_a_promotion_applies_at_once():
    decision = trust.decide(current=1, computed=2, pinned=None, promoted_at=None, now=NOW)
    assert (decision.level, decision.promoted_at) == (2, NOW)


def test_a_demotion_waits_for_the_grace_period_after_a_promotion():
    recently = NOW - timedelta(days=3)
    decision = trust.decide(current=3, computed=2, pinned=None, promoted_at=recently, now=NOW)
    assert decision.level == 3


def test_a_demotion_applies_once_the_grace_period_is_over():
    long_ago = NOW - timedelta(days=30)
    decision = trust.decide(current=3, computed=2, pinned=None, promoted_at=long_ago, now=NOW)
    assert decision.level == 2


def test_a_pinned_level_wins_over_the_criteria():
    decision = trust.decide(current=4, computed=0, pinned=4, promoted_at=None, now=NOW)
    assert decision.level == 4


def test_progress_says_what_the_next_level_needs():
    rows = trust.next_level_progress(0, {"days_visited": 1, "posts_read": 9})
    assert [(r["name"], r["have"], r["needed"], r["met"]) for r in rows] == [
        ("Days visited", 1, 2, False),
        ("Posts read", 9, 5, True),
    ]
