"""Django's admin on a phone, in German: a long change list's page numbers and its count
("1000 Reputationsereignisse") do not widen the page; Openline's admin styles are served by the
app itself, after Django's."""

import datetime as dt

import pytest
from django.utils import timezone

from openline.people.models import ReputationEvent, ReputationKind

from ..factories import PASSWORD, UserFactory

pytestmark = [pytest.mark.browser, pytest.mark.slow, pytest.mark.django_db(transaction=True)]


def test_a_long_change_lists_pages_fit_a_phone_in_german(live_server, new_page):
    UserFactory(username="root", is_staff=True, is_superuser=True)
    member = UserFactory(username="nina")
    now = timezone.now()
    ReputationEvent.objects.bulk_create(
        ReputationEvent(user=member, kind=ReputationKind.choices[0][0], points=5, worth=5,
                        thread_id=n, created_at=now - dt.timedelta(minutes=n))
        for n in range(1000)
    )  # fmt: skip
    page = new_page()
    page.set_extra_http_headers({"Accept-Language": "de"})
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(f"{live_server.url}/accounts/signin/")
    page.fill("input[name=username]", "root")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{live_server.url}/")

    page.goto(f"{live_server.url}/admin/people/reputationevent/")

    paginator = page.locator(".paginator").first
    assert "1000 Reputationsereignisse" in paginator.inner_text()
    assert paginator.locator("li").count() >= 7  # 1 2 3 4 … 9 10
    wide = page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert wide <= 0, f"{wide}px sideways"
