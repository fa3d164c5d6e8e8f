from datetime import timedelta

from django.template import Context, Template
from django.utils import timezone

from openline.web.templatetags.time_tags import ago


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
