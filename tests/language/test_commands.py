"""`openline language status|reindex|wait` over the threads knowledge registers."""

import pytest
from django.core.management import CommandError, call_command

from openline.language.models import Embedding
from tests.factories import ThreadFactory


def run(*args) -> str:
    from io import StringIO

    out = StringIO()
    call_command("language", *args, stdout=out, stderr=StringIO())
    return out.getvalue()


def test_reindex_embeds_the_threads_that_have_no_vector_and_status_says_so(db):
    ThreadFactory.create_batch(3)  # rows written without the events that queue embeddings
    assert "3 missing or stale" in run("status")
    assert "3 embedded" in run("reindex")
    assert Embedding.objects.filter(kind="thread").count() == 3
    assert "0 missing or stale" in run("status")
    assert "0 embedded" in run("reindex")
    assert "3 embedded" in run("reindex", "--force")


def test_an_edited_text_makes_its_vector_stale(db):
    thread = ThreadFactory()
    run("reindex")
    thread.title = "A completely different question now"
    thread.save(update_fields=["title"])
    assert "1 missing or stale" in run("status")


def test_wait_returns_once_every_thread_has_a_current_vector(db):
    ThreadFactory()
    run("reindex")
    assert "Every object has a current vector" in run("wait", "--timeout", "1")


def test_wait_gives_up_after_its_timeout(db):
    ThreadFactory()
    with pytest.raises(CommandError, match="Still missing"):
        run("wait", "--timeout", "0")
