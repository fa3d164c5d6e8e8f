"""Dates and numbers as the reader's language writes them: templates name a format
(`|date:"SHORT_DATE_FORMAT"`, openline/core/formats/<lang>/formats.py) and figures a person reads
go through `|number`; ids and URLs stay plain. A no-break space (\u00a0) keeps a day with its
month at the end of a line."""

from datetime import UTC, date, datetime

from django.template import Context, Template
from django.utils import translation

DAY = date(2026, 12, 5)
DATES = (
    '{{ d|date:"DATE_FORMAT" }} · {{ d|date:"SHORT_DATE_FORMAT" }} · '
    '{{ d|date:"MONTH_DAY_FORMAT" }} · {{ t|date:"SHORT_DATETIME_FORMAT" }}'
)


def render(source: str, language: str, **context) -> str:
    with translation.override(language):
        return Template(source).render(Context(context))


def test_a_german_reader_sees_a_date_as_german_writes_it():
    moment = datetime(2026, 3, 7, 14, 5, tzinfo=UTC)
    assert render(DATES, "de", d=DAY, t=moment) == (
        "5.\u00a0Dezember 2026 · 5.\u00a0Dez.\u00a02026 · 5.\u00a0Dez. · "
        "7.\u00a0März\u00a02026, 14:05"
    )


def test_an_english_reader_keeps_the_day_first_dates_the_product_always_wrote():
    moment = datetime(2026, 3, 7, 14, 5, tzinfo=UTC)
    assert render(DATES, "en", d=DAY, t=moment) == (
        "5\u00a0December 2026 · 5\u00a0Dec\u00a02026 · 5\u00a0Dec · 7\u00a0Mar\u00a02026, 14:05"
    )


def test_counts_are_grouped_and_decimals_written_in_the_readers_language():
    source = "{{ n|number }} · {{ x|number }} · {{ y|number:1 }} · {{ none|number }}"
    values = {"n": 1234, "x": 874.79, "y": 2.5, "none": None}
    assert render(source, "de", **values) == "1.234 · 874,79 · 2,5 · "
    assert render(source, "en", **values) == "1,234 · 874.79 · 2.5 · "


def test_a_bare_number_is_not_grouped_so_ids_in_urls_stay_whole():
    assert render('<a href="/t/{{ n }}/">{{ n|number }}</a>', "de", n=12345) == (
        '<a href="/t/12345/">12.345</a>'
    )


def test_a_threads_views_are_grouped_as_the_reader_writes_numbers(client, db):
    """Session 19's walk: "2882 Aufrufe" on a German thread (a count inside a plural message
    was left a bare number)."""
    from ..factories import ThreadFactory

    thread = ThreadFactory(view_count=2882)
    german = client.get(thread.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="de").content.decode()
    english = client.get(thread.get_absolute_url(), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "2.882 Aufrufe" in german and "2,882 views" in english
