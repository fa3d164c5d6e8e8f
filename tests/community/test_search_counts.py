"""PostgreSQL's stored search counts (community/searchcounts.py, migration 0017): the entries
holding each lexeme, and each registered phrase, kept exact by triggers as posts are added,
edited, hidden, retracted and deleted; search reads them instead of counting through the index.
SQLite has none (FTS5 counts a phrase from its position lists): skipped there."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openline.community import actions, moderation, searchcounts
from openline.community import search as search_module
from openline.community.models import SearchEntry
from openline.community.search import forget_counts, search

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(connection.vendor != "postgresql", reason="PostgreSQL keeps the counts"),
]


@pytest.fixture(autouse=True)
def _no_phrase_registered():
    # The registry is no model: flushing the test database leaves it (its counts go with the
    # entries' TRUNCATE), so a phrase registered by an earlier test is dropped here.
    with connection.cursor() as cursor:
        cursor.execute(
            "DELETE FROM community_searchcount"
            " WHERE key IN (SELECT key FROM community_searchphrase)"
        )
        cursor.execute("DELETE FROM community_searchphrase")


def ask(author, space, title, body="Any idea?"):
    return actions.create_thread(author, space, kind="question", title=title, body=body)


def stored() -> dict[str, int]:
    """Every key's count as the triggers keep it (rows summed, zeros left out)."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT key, sum(entries) FROM community_searchcount GROUP BY key"
            " HAVING sum(entries) <> 0"
        )
        return {key: int(n) for key, n in cursor.fetchall()}


def counted() -> dict[str, int]:
    """Every lexeme's entries counted from the vectors themselves, and each registered phrase's
    by its query: what the stored counts must equal."""
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT community_search_key(word), ndoc"
            " FROM ts_stat('SELECT search_vector FROM community_searchentry')"
        )
        out = {key: int(n) for key, n in cursor.fetchall()}
        cursor.execute(
            "SELECT p.key, (SELECT count(*) FROM community_searchentry e"
            " WHERE e.search_vector @@ p.query) FROM community_searchphrase p"
        )
        out.update({key: int(n) for key, n in cursor.fetchall() if n})
    return out


def test_counts_follow_posts_added_edited_hidden_retracted_and_deleted(
    customer, other_customer, moderator, space
):
    thread = ask(customer, space, "Boiler pressure drops", "The gauge falls to zero overnight.")
    reply = actions.create_reply(other_customer, thread, body="Bleed the radiators first.")
    other = actions.create_reply(customer, thread, body="The pressure valve hisses.")
    assert stored() == counted() and stored()["'pressur'"] == 2
    actions.edit_thread(customer, thread, title="Boiler gauge drops", body="Falls to zero.")
    actions.edit_reply(other_customer, reply, body="Bleed the radiators, then top up.")
    assert stored() == counted() and stored()["'pressur'"] == 1
    moderation.hide_post(moderator, other)
    assert stored() == counted() and "'pressur'" not in stored()
    moderation.unhide_post(moderator, other)
    actions.retract_reply(other_customer, reply, note="Wrong advice")
    assert stored() == counted() and "'radiat'" not in stored()
    thread.delete()  # its entries go by cascade
    assert SearchEntry.objects.count() == 0 and stored() == {}


def test_folding_keeps_every_count(customer, space):
    for n in range(3):
        ask(customer, space, f"Thermostat clicks {n}", "The relay clicks every minute.")
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM community_searchcount WHERE key = '''click'''")
        assert cursor.fetchone()[0] == 3  # one row per post's transaction
    before = stored()
    searchcounts.fold()
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM community_searchcount WHERE key = '''click'''")
        assert cursor.fetchone()[0] == 1
    assert stored() == before == counted()


def test_a_word_is_counted_from_the_stored_counts_not_the_index(customer, space):
    ask(customer, space, "Thermostat clicks", "The relay clicks.")
    ask(customer, space, "Boiler clicks")
    forget_counts()
    with CaptureQueriesContext(connection) as queries:
        counts = search_module._counts([("clicks",), ("zzyzx",), ("clicks", "zzyzx")])
    assert counts == [2, 0, 0]
    # One statement, which reads no entry: a phrase with a word in no entry is not counted.
    assert len(queries) == 1 and "community_searchentry" not in queries[0]["sql"]


@pytest.mark.django_db(transaction=True)
def test_a_phrase_of_common_words_is_registered_and_kept_exact(customer, space, monkeypatch):
    monkeypatch.setattr(search_module, "REGISTER_ABOVE", 2)
    for n in range(3):
        ask(customer, space, f"Wifi router {n}", "Router lost the wifi.")
    spaced = ask(customer, space, "Router drops the wi fi", "Router again, wi fi gone.")
    forget_counts()
    assert searchcounts.registered() == []
    # "wifi": its split "wi fi" is counted; "wi" and "fi" are in too few entries to register.
    assert search_module._counts([("wi", "fi")]) == [1]
    assert searchcounts.registered() == []
    for n in range(2):
        ask(customer, space, f"Wi-Fi lost {n}", "Wi fi and fi wi")
    forget_counts()
    assert search_module._counts([("wi", "fi")]) == [3]
    assert searchcounts.registered() == ["'wi' <-> 'fi'"]
    actions.edit_thread(customer, spaced, title="Router drops", body="Router again.")
    ask(customer, space, "Still wi fi trouble")
    assert stored()["'wi' <-> 'fi'"] == 3 and stored() == counted()
    forget_counts()
    with CaptureQueriesContext(connection) as queries:
        assert search_module._counts([("wi", "fi")]) == [3]
    assert len(queries) == 1 and "community_searchentry" not in queries[0]["sql"]
    assert [h.thread.pk for h in search(None, "wifi")]  # and search reads it


@pytest.mark.django_db(transaction=True)
def test_a_phrase_is_not_registered_while_a_writer_is_open(customer, space, monkeypatch):
    # A writer's transaction holds the shared lock from its trigger to its end: registering
    # then could miss its entries, so the phrase is counted through the index instead.
    from django.db import connections

    monkeypatch.setattr(search_module, "REGISTER_ABOVE", 0)
    ask(customer, space, "Wi fi drops", "wi fi")
    forget_counts()
    other = connections.create_connection("default")
    try:
        other.set_autocommit(False)
        with other.cursor() as cursor:
            lock = "SELECT pg_advisory_xact_lock_shared(hashtext('community_searchphrase'))"
            cursor.execute(lock)
        assert search_module._counts([("wi", "fi")]) == [1]
        assert searchcounts.registered() == []
        other.rollback()
        forget_counts()
        assert search_module._counts([("wi", "fi")]) == [1]
        assert searchcounts.registered() == ["'wi' <-> 'fi'"]
    finally:
        other.close()


@pytest.mark.django_db(transaction=True)
def test_no_more_phrases_are_registered_than_the_cap(customer, space, monkeypatch):
    # What visitors search decides the phrases: their number must not grow without bound
    # (every write matches its entries against each one).
    monkeypatch.setattr(search_module, "REGISTER_ABOVE", 0)
    monkeypatch.setattr(searchcounts, "MAX_PHRASES", 2)
    ask(customer, space, "Wi fi drops, re set fails", "wi fi, re set, pass word")
    forget_counts()
    phrases = [("wi", "fi"), ("re", "set"), ("pass", "word")]
    assert search_module._counts(phrases) == [1, 1, 1]  # the third counted through the index
    assert len(searchcounts.registered()) == 2
    forget_counts()
    assert search_module._counts([("fi", "re")]) == [1]
    assert len(searchcounts.registered()) == 2


@pytest.mark.django_db(transaction=True)
def test_a_phrase_is_registered_after_another_one_was(customer, space, monkeypatch):
    # Each search registers the phrases it asks: the second one too (the registry's check of
    # what is registered compared the registry with itself, so after the first phrase no
    # other was ever registered, and "re set" was counted through the index at every search:
    # 21 ms of the server's CPU at 1 M posts).
    monkeypatch.setattr(search_module, "REGISTER_ABOVE", 0)
    ask(customer, space, "Wi fi drops, re set fails", "wi fi, re set")
    forget_counts()
    assert search_module._counts([("wi", "fi")]) == [1]
    assert searchcounts.registered() == ["'wi' <-> 'fi'"]
    assert search_module._counts([("re", "set")]) == [1]
    assert searchcounts.registered() == ["'re' <-> 'set'", "'wi' <-> 'fi'"]
    ask(customer, space, "Re set again")
    assert stored()["'re' <-> 'set'"] == 2 and stored() == counted()


def test_a_phrase_is_not_registered_inside_a_transaction(customer, space, monkeypatch):
    # The lock would be held to the transaction's end (every test here runs in one).
    monkeypatch.setattr(search_module, "REGISTER_ABOVE", 0)
    ask(customer, space, "Wi fi drops", "wi fi")
    assert search_module._counts([("wi", "fi")]) == [1]
    assert searchcounts.registered() == []


def test_the_worker_folds_the_counts():
    from openline.core import periodic

    job = periodic._jobs["community.fold_search_counts"]
    assert (job.run, job.every_seconds) == (searchcounts.fold, searchcounts.FOLD_SECONDS)
