from datetime import timedelta

from django.template import Context, Template
from django.utils import timezone

from openline.web.templatetags.time_tags import ago, since


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
