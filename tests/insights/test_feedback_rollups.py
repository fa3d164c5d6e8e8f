"""The product-feedback page reads day rollups the worker keeps, and reads live every day that
changed since the worker's last run: its figures are those of the labels themselves, for any
range and filter, and a correction, a re-placed area, a deleted thread or an item read late
shows at once."""

import random
from collections import Counter, defaultdict
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from openline.community.models import Tag, Thread, ThreadKind
from openline.inbox.models import SlaPolicy
from openline.insights import rollups
from openline.insights.models import FeedbackDay
from openline.insights.product import PageFilters, company_zone, live_days, product_feedback
from openline.language import labels
from openline.language.models import TextLabel
from openline.language.voice import INTENTS, SENTIMENTS

from ..factories import ThreadFactory

BERLIN = ZoneInfo("Europe/Berlin")
AREAS = ["billing", "mobile-app", ""]
CHANNELS = ["email", "mastodon", "community"]


@pytest.fixture
def berlin(db):
    Tag.objects.create(slug="billing", name="Billing")
    Tag.objects.create(slug="mobile-app", name="Mobile app")
    return SlaPolicy.objects.create(name="Office", is_default=True, time_zone="Europe/Berlin")


def label(object_id: int, when: datetime, *, kind: str = "message", area: str = "billing",
          channel: str = "email", intent: str = "complaint", sentiment: str = "negative",
          score: float = -0.5) -> TextLabel:  # fmt: skip
    return TextLabel.objects.create(
        kind=kind, object_id=object_id, intent=intent, intent_confidence=0.9,
        sentiment=sentiment, sentiment_score=score, language="en", model_id="t", text_hash="x",
        product_area=area, product_area_source="meaning", channel=channel, written_at=when,
    )  # fmt: skip


@pytest.fixture
def varied(berlin, space):
    """240 items over seven weeks around the end of summer time in Berlin (25 October 2026),
    in two areas and unassigned, on three channels, as messages and threads, a tenth
    corrected by an agent, some of them on a deleted thread; a few just before and after
    midnight on the day the clocks change."""
    rng = random.Random(14)
    threads = ThreadFactory.create_batch(40, space=space, kind=ThreadKind.FEEDBACK)
    Thread.objects.filter(pk__in=[t.pk for t in threads[:4]]).update(deleted_at=timezone.now())
    start = datetime(2026, 10, 1, tzinfo=UTC)
    edges = [  # around midnight in Berlin on the 24th and the 25th
        datetime(2026, 10, 24, 21, 59, tzinfo=UTC), datetime(2026, 10, 24, 22, 30, tzinfo=UTC),
        datetime(2026, 10, 25, 22, 30, tzinfo=UTC), datetime(2026, 10, 25, 23, 1, tzinfo=UTC),
    ]  # fmt: skip
    whens = [start + timedelta(minutes=rng.randint(0, 49 * 24 * 60)) for _ in range(236)]
    for n, when in enumerate(whens + edges):
        is_thread = n % 6 == 0
        item = label(
            threads[n // 6].pk if is_thread else 1000 + n, when,
            kind="thread" if is_thread else "message", area=rng.choice(AREAS),
            channel="community" if is_thread else rng.choice(CHANNELS[:2]),
            intent=rng.choice(INTENTS), sentiment=rng.choice(SENTIMENTS),
            score=round(rng.uniform(-1, 1), 4),
        )  # fmt: skip
        item.corrected_intent = rng.choice(INTENTS) if n % 10 == 3 else ""
        item.corrected_sentiment = rng.choice(SENTIMENTS) if n % 10 == 3 else ""
        item.save()
    return threads


def expected(filters: PageFilters, zone: ZoneInfo) -> dict:
    """The figures read label by label, in Python: no rollup, no SQL aggregate."""
    deleted = set(Thread.objects.filter(deleted_at__isnull=False).values_list("pk", flat=True))
    weekly = (filters.until - filters.since).days + 1 > 62
    week_start = max(filters.since, filters.until - timedelta(6))
    by_area: dict[str, Counter] = defaultdict(Counter)
    series: dict[tuple[str, date], list[float]] = defaultdict(lambda: [0, 0.0])
    change: dict[str, Counter] = defaultdict(Counter)
    wanted_area = "" if filters.area == "unassigned" else filters.area
    for item in TextLabel.objects.filter(kind__in=["message", "thread"]):
        day = item.written_at.astimezone(zone).date()
        keep = (
            not (item.kind == "thread" and item.object_id in deleted)
            and (filters.area is None or item.product_area == wanted_area)
            and filters.channel in (None, item.channel)
            and filters.intent in (None, item.final_intent)
            and filters.sentiment in (None, item.final_sentiment)
        )
        if keep and week_start - timedelta(7) <= day <= filters.until:
            change[item.product_area]["now" if day >= week_start else "before"] += 1
        if not keep or not filters.since <= day <= filters.until:
            continue
        row = by_area[item.product_area]
        row["n"] += 1
        row["negative"] += item.final_sentiment == "negative"
        row["positive"] += item.final_sentiment == "positive"
        row["complaints"] += item.final_intent in ("complaint", "problem")
        row["ideas"] += item.final_intent == "idea"
        row["score"] += item.sentiment_score
        point = series[(item.product_area, day - timedelta(day.weekday()) if weekly else day)]
        point[0] += 1
        point[1] += item.sentiment_score
    return {"by_area": by_area, "series": series, "change": change}


def assert_same(found: dict, wanted: dict) -> None:
    assert {r["product_area"]: (r["n"], r["negative"], r["positive"], r["complaints"], r["ideas"])
            for r in found["by_area"]} == {
        area: (c["n"], c["negative"], c["positive"], c["complaints"], c["ideas"])
        for area, c in wanted["by_area"].items()
    }  # fmt: skip
    for r in found["by_area"]:
        assert r["score"] == pytest.approx(wanted["by_area"][r["product_area"]]["score"] / r["n"])
    for area in found["areas"]:
        for day, n, mood in area["rows"]:
            count, total = wanted["series"].get((area["product_area"], day), [0, 0.0])
            assert (n, mood) == (count, pytest.approx(total / count, abs=0.0051) if count else None)
    assert {(r["key"], r["now"], r["before"]) for r in found["rising_areas"]} == {
        (area or "unassigned", c["now"], c["before"])
        for area, c in wanted["change"].items() if c["now"] > c["before"]
    }  # fmt: skip


FILTERS = [
    {},
    {"area": "billing"},
    {"area": "unassigned", "sentiment": "negative"},
    {"channel": "mastodon"},
    {"channel": "community", "intent": "idea"},
    {"intent": "complaint", "sentiment": "positive"},
]


@pytest.mark.parametrize("params", FILTERS)
@pytest.mark.parametrize(
    "since,until",
    [(date(2026, 10, 20), date(2026, 10, 31)), (date(2026, 9, 1), date(2026, 11, 25))],
)
def test_the_rollups_give_the_figures_of_the_labels_themselves(varied, params, since, until):
    filters = PageFilters(since, until, **params)
    live = product_feedback(filters)  # no rollup yet: every day read live
    rollups.refresh()
    assert live_days(filters, since - timedelta(14), company_zone()) == set()
    assert FeedbackDay.objects.exists()
    from_rollups = product_feedback(filters)
    assert_same(from_rollups, expected(filters, BERLIN))
    assert_same(live, expected(filters, BERLIN))


def test_the_day_of_an_item_is_the_companys_across_the_clock_change(berlin):
    label(1, datetime(2026, 10, 24, 22, 30, tzinfo=UTC))  # 00:30 on the 25th in Berlin (UTC+2)
    label(2, datetime(2026, 10, 25, 22, 30, tzinfo=UTC))  # 23:30 on the 25th (UTC+1)
    label(3, datetime(2026, 10, 25, 23, 30, tzinfo=UTC))  # 00:30 on the 26th
    rollups.refresh()
    assert sorted(FeedbackDay.objects.values_list("day", flat=True)) == [
        date(2026, 10, 25), date(2026, 10, 26),
    ]  # fmt: skip
    (billing,) = product_feedback(PageFilters(date(2026, 10, 24), date(2026, 10, 27)))["areas"]
    assert [n for _, n, _ in billing["rows"]] == [0, 2, 1, 0]


def _past() -> PageFilters:
    today = timezone.now().date()
    return PageFilters(today - timedelta(40), today - timedelta(2))


def test_a_correction_shows_before_the_worker_runs_again(berlin, agent):
    item = label(1, timezone.now() - timedelta(days=20))
    rollups.refresh()
    labels.correct(agent, item, intent="praise", sentiment="positive")
    shown = product_feedback(_past())["by_area"]
    rollups.refresh()
    kept = product_feedback(_past())["by_area"]
    assert [(r["complaints"], r["positive"]) for r in shown + kept] == [(0, 1), (0, 1)]
    assert live_days(_past(), _past().since, company_zone()) == set()


def test_taking_a_correction_back_shows_too(berlin, agent):
    item = label(1, timezone.now() - timedelta(days=20))
    labels.correct(agent, item, intent="praise")
    rollups.refresh()
    labels.correct(agent, item, intent="complaint")
    assert [r["complaints"] for r in product_feedback(_past())["by_area"]] == [1]


def test_a_deleted_thread_leaves_the_figures_at_once(berlin, space):
    thread = ThreadFactory(space=space, kind=ThreadKind.FEEDBACK)
    label(thread.pk, timezone.now() - timedelta(days=10), kind="thread", channel="community")
    label(1, timezone.now() - timedelta(days=10))
    rollups.refresh()
    before = product_feedback(_past())["total"]
    Thread.objects.filter(pk=thread.pk).update(deleted_at=timezone.now())  # however deleted
    after = product_feedback(_past())["total"]
    rollups.refresh()
    assert (before, after, product_feedback(_past())["total"]) == (2, 1, 1)


def test_an_item_read_late_for_an_old_day_shows(berlin):
    label(1, timezone.now() - timedelta(days=30))
    rollups.refresh()
    label(2, timezone.now() - timedelta(days=30), area="mobile-app")
    found = product_feedback(_past())["by_area"]
    assert sorted((r["product_area"], r["n"]) for r in found) == [("billing", 1),
                                                                  ("mobile-app", 1)]  # fmt: skip


def test_an_area_placed_again_by_the_command_shows(channel, db, django_capture_on_commit_callbacks):
    from django.core.management import call_command

    from openline.inbox.adapters import InboundItem
    from openline.inbox.ingestion import ingest
    from openline.inbox.models import ChannelAccount, Message
    from openline.people.actions import Sender

    Tag.objects.create(slug="billing", name="Billing & invoices")
    Tag.objects.create(slug="mobile-app", name="Mobile app")
    account = ChannelAccount.objects.create(kind="testchannel", name="Tests")
    sender = Sender(channel_kind="testchannel", external_id="pat", name="Pat")
    with django_capture_on_commit_callbacks(execute=True):
        message, _ = ingest(account, InboundItem(
            external_id="m1", conversation_key="k1", sender=sender,
            text="I was billed twice on my last invoice",
        ))  # fmt: skip
    Message.objects.filter(pk=message.pk).update(created_at=timezone.now() - timedelta(days=12))
    call_command("feedback", "place")
    # Placed wrongly by hand and rolled up so; the command places it where it belongs.
    TextLabel.objects.filter(kind="message").update(product_area="mobile-app")
    rollups.refresh()
    wrong = [r["product_area"] for r in product_feedback(_past())["by_area"]]
    call_command("feedback", "place")
    assert (wrong, [r["product_area"] for r in product_feedback(_past())["by_area"]]) == (
        ["mobile-app"], ["billing"],
    )  # fmt: skip


def test_today_is_always_read_live(berlin):
    label(1, timezone.now())
    rollups.refresh()
    today = timezone.now().astimezone(BERLIN).date()
    filters = PageFilters(today - timedelta(6), today)
    assert live_days(filters, filters.since, BERLIN) == {today}
    assert product_feedback(filters)["total"] == 1
