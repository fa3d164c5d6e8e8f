"""Community search finds threads by meaning as well as by words: the semantic provider wired
in settings (knowledge.similar.search_candidates) is fused with the word matches."""

from openline.community.search import search
from openline.knowledge.similar import search_candidates


def test_search_finds_a_thread_that_shares_no_word_with_the_query(customer, space, post):
    thread = post(
        customer,
        space,
        "Scooter battery drains overnight",
        "Left at 90 % in the evening, 20 % by 7.",
    )
    post(customer, space, "How do I change my payment card", "Want to use another card.")
    hits = search(None, "lost most of the juice sitting outside")
    assert [h.thread.pk for h in hits][:1] == [thread.pk]


def test_search_by_meaning_keeps_private_threads_from_outsiders(moderator, vip_space, post):
    post(moderator, vip_space, "Scooter battery drains overnight", "Internal notes.")
    assert search(None, "lost most of the juice sitting outside") == []


def test_threads_far_in_meaning_are_not_offered_to_search(customer, space, post):
    post(customer, space, "How do I change my payment card", "Want to use another card.")
    assert search_candidates(None, "the lid of the espresso grinder squeaks", 10) == []


def test_a_query_is_not_embedded_while_no_thread_has_a_vector(db, monkeypatch):
    from openline.knowledge import similar

    def fail(texts):
        raise AssertionError("embedded with nothing to compare to")

    monkeypatch.setattr(similar, "embed", fail)
    similar._query_vector.cache_clear()
    assert search_candidates(None, "battery drains overnight", 10) == []


def test_a_query_vector_is_embedded_once(customer, space, post, monkeypatch):
    from openline.knowledge import similar

    thread = post(customer, space, "Scooter battery drains overnight", "From 90 % to 20 %.")
    calls = []
    real = similar.embed

    def counting(texts):
        calls.append(texts)
        return real(texts)

    monkeypatch.setattr(similar, "embed", counting)
    similar._query_vector.cache_clear()
    first = search_candidates(None, "scooter battery drains", 10)
    assert search_candidates(None, "scooter battery drains", 10) == first
    assert [pk for pk, _ in first] == [thread.pk] and len(calls) == 1
