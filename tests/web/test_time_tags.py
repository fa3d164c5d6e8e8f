from datetime import timedelta

from django.template import Context, Template
from django.utils import timezone, translation

from openline.web.templatetags.time_tags import ago, short_ago, since


def test_a_moment_ago_reads_just_now_never_zero_minutes():
    now = timezone.now()
    assert ago(now) == "just now"
    assert ago(now - timedelta(seconds=59)) == "just now"
    assert ago(now + timedelta(seconds=5)) == "just now"  # a clock slightly ahead
    assert ago(now - timedelta(minutes=5, seconds=3)) == "5\u00a0minutes ago"
    assert ago(None) == ""


def test_every_template_has_the_filter_without_loading_it():
    html = Template("{{ when|ago }}").render(Context({"when": timezone.now()}))
    assert html == "just now"


def test_a_duration_under_a_minute_reads_less_than_a_minute():
    start = timezone.now() - timedelta(hours=2, minutes=5)
    assert since(start, start + timedelta(seconds=20)) == "less than a minute"
    assert since(start, start + timedelta(hours=2, minutes=5)) == "2\u00a0hours, 5\u00a0minutes"
    assert since(timezone.now()) == "less than a minute"
    assert since(None) == ""


def test_ago_says_what_django_timesince_says_for_any_delta_in_every_language():
    """`ago_between` computes the units itself (issue 19): the same text as Django's
    `timesince` with the "ago" units, across month ends, leap days and both languages."""
    from datetime import UTC, datetime
    from zoneinfo import ZoneInfo

    from django.utils.timesince import timesince
    from django.utils.translation import gettext, override

    from openline.web.templatetags.time_tags import AGO_STRINGS, ago_between

    nows = [
        datetime(2026, 3, 1, 0, 0, 30, tzinfo=UTC),
        datetime(2024, 2, 29, 23, 59, 59, 999999, tzinfo=UTC),
        datetime(2026, 12, 31, 12, 0, tzinfo=ZoneInfo("Europe/Berlin")),
        datetime(2026, 1, 31, 6, 7, 8, 123, tzinfo=UTC),
    ]
    seconds = [60, 61, 119, 120, 3599, 3600, 3661, 86399, 86400, 90000, 7 * 86400 - 1]
    seconds += [7 * 86400 + 3600, 13 * 86400, 28 * 86400, 29 * 86400 + 5, 30 * 86400]
    seconds += [31 * 86400 + 7, 45 * 86400, 59 * 86400, 364 * 86400, 365 * 86400]
    seconds += [366 * 86400 + 3600, 400 * 86400, 3 * 365 * 86400 + 17, 10 * 365 * 86400]
    seconds += [n * 7919 for n in range(1, 400)] + [n * 86413 for n in range(1, 500)]
    for language in ("en", "de"):
        with override(language):
            for now in nows:
                for s in seconds:
                    value = now - timedelta(seconds=s)
                    expected = gettext("%(delta)s ago") % {
                        "delta": timesince(value, now, time_strings=AGO_STRINGS)
                    }
                    assert ago_between(value, now) == expected, (language, now, s)
    with override("de"):
        assert ago_between(nows[0] - timedelta(days=3), nows[0]) == "vor 3\u00a0Tagen"


def test_a_narrow_column_reads_the_time_in_its_largest_unit():
    """short_ago: the inbox list's "Last" column, "2 h" for "2 hours, 5 minutes ago"."""
    now = timezone.now()
    for delta, en, de in [
        (timedelta(seconds=30), "now", "jetzt"),
        (timedelta(minutes=38, seconds=5), "38 min", "38 Min."),
        (timedelta(hours=2, minutes=5), "2 h", "2 Std."),
        (timedelta(hours=47), "47 h", "47 Std."),
        (timedelta(days=3, hours=5), "3 d", "3 T."),
        (timedelta(days=20), "2 wk", "2 Wo."),
        (timedelta(days=70), "2 mo", "2 Mon."),
        (timedelta(days=800), "2 yr", "2 J."),
    ]:
        assert short_ago(now - delta, now) == en
        with translation.override("de"):
            assert short_ago(now - delta, now) == de
