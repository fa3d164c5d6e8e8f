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
