"""The bulk path of `openline seed` (demo/scale.py), at a small size: the rows it writes are
the rows the product would have written, and search and the inbox read them as usual."""

import pytest
from django.db import connection
from django.db.models import Count, Max

from openline.community.models import Reply, SearchEntry, SearchWord, Thread
from openline.community.search import PG_INDEX, compound_variants, search, words_of
from openline.core.markdown import plain_text, render_markdown
from openline.demo.scale import Text, html_of, seed_scale
from openline.inbox.models import Conversation, Message, SlaPolicy
from openline.inbox.selectors import ListFilters, conversations, queue_counts
from tests.factories import ThreadFactory


def _no_meaning(user, query, k):
    return []


def test_generated_text_renders_and_indexes_as_the_product_would():
    text = Text(seed=3)
    sentences = text.sentences([40] * 300)
    assert any("wi-fi" in s for s in sentences)
    for s in sentences[:50]:
        assert html_of(s) == render_markdown(s, trusted=False)
        assert plain_text(s) == s
    assert text.used_words(sentences) == words_of("\n".join(sentences))


def test_bulk_seed_writes_a_consistent_searchable_community(
    db, customer, superuser, agent, space, vip_space
):
    SlaPolicy.objects.create(
        name="Office", is_default=True, time_zone="Europe/London",
        business_hours={d: "09:00-17:00" for d in ("mon", "tue", "wed", "thu", "fri")},
    )  # fmt: skip
    report = seed_scale(posts=800, messages=400, demo=False, seed=5)

    assert report.posts == Thread.objects.count() + Reply.objects.count() == 800
    # Counters agree with the rows.
    replies = dict(
        Reply.objects.values("thread").annotate(n=Count("id")).values_list("thread", "n")
    )
    last = dict(
        Reply.objects.values("thread").annotate(t=Max("created_at")).values_list("thread", "t")
    )
    for thread in Thread.objects.all():
        assert thread.reply_count == replies.get(thread.pk, 0)
        assert thread.last_activity_at == last.get(thread.pk, thread.created_at)
        assert thread.author_id in {customer.pk, superuser.pk}
        assert thread.body_html == render_markdown(thread.body, trusted=False)
    assert {t.status for t in Thread.objects.filter(reply_count=0)} <= {"open"}
    # One search entry per post, with the variants the product computes, and their words.
    assert SearchEntry.objects.count() == 800
    for entry in SearchEntry.objects.all()[:200]:
        assert entry.variants == compound_variants(f"{entry.title}\n{entry.body}")
    words = set(SearchWord.objects.values_list("word", flat=True))
    for entry in SearchEntry.objects.all()[:200]:
        assert words_of(f"{entry.title}\n{entry.body}\n{entry.variants}") <= words

    # Searchable, and only what the reader may see.
    private = Thread.objects.filter(space=vip_space).order_by("pk").first()
    assert private is not None
    word = max(private.title.split(), key=len).lower()
    found = {h.thread.pk for h in search(superuser, word, semantic=_no_meaning)}
    assert private.pk in found
    assert private.pk not in {h.thread.pk for h in search(None, word, semantic=_no_meaning)}
    compound = SearchEntry.objects.filter(reply=None, body__contains="wi-fi").first()
    assert compound is not None
    hits = search(superuser, "wifi", semantic=_no_meaning, limit=1000)
    assert compound.thread_id in {h.thread.pk for h in hits}

    # Ids continue after the bulk rows.
    assert ThreadFactory(space=space).pk > max(replies, default=0)

    # Inbox: conversations with their messages, times and queues that agree.
    assert report.messages == Message.objects.count() == 400
    for conversation in Conversation.objects.annotate(
        n=Count("messages"), newest=Max("messages__created_at")
    ):
        assert conversation.n >= 1
        assert conversation.last_message_at == conversation.newest
        if conversation.status == "solved":
            assert conversation.solved_at is not None
        if conversation.status == "open":
            assert conversation.response_due_at is not None
            newest = conversation.messages.order_by("-created_at", "-id").first()
            assert newest is not None and newest.kind == "inbound"
    counts = queue_counts(agent)
    assert counts["solved"] + counts["all"] == Conversation.objects.count()
    assert counts["all"] > 0
    assert len(list(conversations(agent, ListFilters(queue="all")))) == counts["all"]


@pytest.mark.skipif(connection.vendor != "postgresql", reason="SQLite's FTS5 table is merged")
def test_a_large_bulk_seed_builds_again_the_search_index_it_dropped(
    db, customer, superuser, space, vip_space, monkeypatch
):
    from openline.community import search as search_module
    from openline.demo import scale

    monkeypatch.setattr(scale, "SEARCH_INDEX_REBUILD", 100)  # "large" from 100 posts
    seed_scale(posts=200, messages=0, demo=False, seed=5)
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexdef FROM pg_indexes WHERE indexname = %s", [PG_INDEX])
        (definition,) = cursor.fetchone()
    assert f"(ARRAY[(id / {search_module.BLOCK})]), search_vector" in definition
