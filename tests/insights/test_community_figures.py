"""Community figures from a known history: who gave the first answer (asker's own replies and
retracted ones do not count), minutes to a member's first answer, accepted answers, deflection,
the searches that found nothing, and guidance findings by kind."""

from datetime import timedelta

import pytest
from django.utils import timezone

from openline.accounts.models import Role
from openline.community import actions
from openline.community.models import Reply, SearchMiss, Thread
from openline.guidance.models import AuditLog
from openline.insights import rollups
from openline.insights.community import community_figures, content_gaps, guidance_findings
from openline.insights.service import Filters
from openline.knowledge.actions import record_suggestion_choice

from ..factories import UserFactory


def _at(obj, when) -> None:
    type(obj).objects.filter(pk=obj.pk).update(created_at=when)


@pytest.fixture
def people(db):
    return {
        "asker": UserFactory(username="asker"),
        "member": UserFactory(username="member"),
        "super": UserFactory(username="super", role=Role.SUPERUSER),
        "staff": UserFactory(username="staff", role=Role.AGENT),
    }


def _thread(author, space, start, title):
    thread = actions.create_thread(author, space, kind="question", title=title, body="Details.")
    _at(thread, start)
    return thread


def _reply(author, thread, when, body="Try a reset first, then pair it."):
    reply = actions.create_reply(author, thread, body=body)
    _at(reply, when)
    return reply


def test_who_answers_first_how_soon_and_what_is_accepted(people, space):
    start = timezone.now() - timedelta(days=2)
    today = timezone.localdate()
    one = _thread(people["asker"], space, start, "Valve does not pair after reset")
    _reply(people["asker"], one, start + timedelta(minutes=5), body="Also: it blinks red.")
    _reply(people["member"], one, start + timedelta(minutes=40))
    staff_first = _thread(people["asker"], space, start, "Display flickers at night")
    _reply(people["staff"], staff_first, start + timedelta(minutes=10))
    late = _reply(people["super"], staff_first, start + timedelta(minutes=90))
    actions.accept_answer(people["asker"], late)
    retracted = _thread(people["asker"], space, start, "Schedule ignores the holiday mode")
    gone = _reply(people["member"], retracted, start + timedelta(minutes=3))
    actions.retract_reply(people["member"], gone, note="Wrong thread, sorry.")
    _thread(people["asker"], space, start, "Battery drains in a week")  # no answer at all
    rollups.refresh()

    found = community_figures(Filters(today - timedelta(days=7), today))
    assert (found.questions, found.answered) == (4, 2)
    assert (found.first_by_staff, found.first_by_superuser, found.first_by_member) == (1, 0, 1)
    assert sorted(found.first_answer) == [40.0, 90.0]
    assert (found.accepted, found.accepted_by_staff) == (1, 0)
    assert (found.by_community.n, found.by_community.total) == (1, 2)


def test_a_deleted_thread_leaves_the_community_figures(people, space):
    start = timezone.now() - timedelta(days=1)
    today = timezone.localdate()
    kept = _thread(people["asker"], space, start, "Valve does not pair after reset")
    dropped = _thread(people["asker"], space, start, "Display flickers at night")
    rollups.refresh()
    Reply.objects.filter(thread=dropped).delete()
    Thread.objects.filter(pk=dropped.pk).delete()
    rollups.refresh()
    found = community_figures(Filters(today - timedelta(days=7), today))
    assert (found.questions, kept.pk != dropped.pk) == (1, True)


def test_a_choice_of_a_suggested_question_without_posting_is_a_deflection(people, space):
    suggested = _thread(people["member"], space, timezone.now(), "Valve does not pair")
    record_suggestion_choice(people["asker"], suggested, position=0, score=0.9)
    record_suggestion_choice(people["super"], suggested, position=1, score=0.8)
    title = "Valve pairing fails again"
    actions.create_thread(people["super"], space, kind="question", title=title, body="Details.")
    today = timezone.localdate()
    found = community_figures(Filters(today, today))
    assert (found.deflections, found.suggestion_choices) == (1, 2)


def test_searches_that_found_nothing_are_counted_per_query_most_asked_first(client, db):
    for query in ("Heat pump  noise", "heat pump noise", "E99 code", "heat PUMP noise"):
        client.get("/search/", {"q": query})
    today = timezone.localdate()
    assert content_gaps(Filters(today, today)) == [("heat pump noise", 3), ("e99 code", 1)]
    assert SearchMiss.objects.count() == 2


def test_a_search_that_finds_something_is_not_a_gap(client, people, space):
    actions.create_thread(people["asker"], space, kind="question", title="Valve pairing fails",
                          body="Details.")  # fmt: skip
    client.get("/search/", {"q": "valve"})
    assert SearchMiss.objects.count() == 0


def test_guidance_findings_are_counted_by_kind_without_names(people):
    for kinds in (["payment_card"], ["payment_card", "hostile_tone"], []):
        AuditLog.objects.create(
            actor=people["staff"], decision="published_over_warning", channel="email",
            excerpt="…", findings=[{"kind": k} for k in kinds],
        )  # fmt: skip
    today = timezone.localdate()
    assert guidance_findings(Filters(today, today)) == [
        ("Payment card number", 2), ("Hostile tone", 1)
    ]  # fmt: skip


def test_a_question_merged_as_a_duplicate_counts_once_with_its_original(people, space):
    start = timezone.now() - timedelta(days=1)
    today = timezone.localdate()
    original = _thread(people["asker"], space, start, "Valve does not pair after reset")
    again = _thread(people["member"], space, start, "Valve will not pair after a reset")
    rollups.refresh()
    before = community_figures(Filters(today - timedelta(days=7), today)).questions
    actions.mark_duplicate(people["staff"], again, original=original)
    rollups.refresh()
    after = community_figures(Filters(today - timedelta(days=7), today)).questions
    assert (before, after) == (2, 1)


def test_a_merged_duplicate_is_not_an_answer_to_its_original(people, space):
    start = timezone.now() - timedelta(days=1)
    today = timezone.localdate()
    original = _thread(people["asker"], space, start, "Valve does not pair after reset")
    again = _thread(people["member"], space, start + timedelta(minutes=5),
                    "Valve will not pair after a reset")  # fmt: skip
    _reply(people["super"], again, start + timedelta(minutes=30))
    actions.merge_thread(people["staff"], again, into=original)
    rollups.refresh()
    found = community_figures(Filters(today - timedelta(days=7), today))
    # One question; its first answer is the super-user's reply that moved with the duplicate.
    assert (found.questions, found.answered, found.first_by_superuser, found.first_by_member) == (
        1, 1, 1, 0
    )  # fmt: skip
    assert found.first_answer == [30.0]


def test_intent_and_sentiment_trends_count_each_reading_once_with_corrections_winning(db):
    from openline.insights.community import voice_trends
    from openline.language.models import TextLabel

    readings = [("question", "neutral", "", ""), ("complaint", "negative", "", ""),
                ("complaint", "negative", "problem", "neutral")]  # fmt: skip
    for n, (intent, sentiment, fixed_intent, fixed_sentiment) in enumerate(readings):
        TextLabel.objects.create(
            kind="message", object_id=n, intent=intent, intent_confidence=0.9,
            sentiment=sentiment, sentiment_score=0.0, language="en", model_id="m",
            text_hash=f"h{n}", corrected_intent=fixed_intent, corrected_sentiment=fixed_sentiment,
        )  # fmt: skip
    rollups.refresh()
    today = timezone.localdate()
    assert voice_trends(Filters(today, today)) == {
        "intent": [("complaint", 1), ("problem", 1), ("question", 1)],
        "sentiment": [("neutral", 2), ("negative", 1)],
    }
