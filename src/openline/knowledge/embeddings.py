"""The text each thread is found by (its title and the start of its body), registered with the
language layer, and the listeners that re-embed a thread in the background when it is posted
or edited."""

from collections.abc import Iterable

from openline.community import events
from openline.community.models import Thread
from openline.core.markdown import plain_text
from openline.language import sources
from openline.language.tasks import embed_objects

THREAD = "thread"
# MiniLM reads 256 word pieces at most; a title and the first ~600 characters of the body say
# what the question is about, and what follows is detail (logs, steps tried).
BODY_CHARS = 600
IMPORT_CHUNK = 256  # threads per background task after an import


def thread_text(title: str, body: str) -> str:
    body = " ".join(plain_text(body).split())[:BODY_CHARS]
    return f"{title.strip()}\n{body}".strip()


def _all_ids() -> Iterable[int]:
    return Thread.objects.order_by("id").values_list("id", flat=True).iterator(chunk_size=2000)


def _texts(ids: list[int]) -> dict[int, str]:
    rows = Thread.objects.filter(id__in=ids).values_list("id", "title", "body")
    return {pk: thread_text(title, body) for pk, title, body in rows}


def _embed_thread(thread_id: int) -> None:
    embed_objects.enqueue(THREAD, [thread_id])


def _embed_imported(thread_ids: list[int]) -> None:
    for start in range(0, len(thread_ids), IMPORT_CHUNK):
        embed_objects.enqueue(THREAD, thread_ids[start : start + IMPORT_CHUNK])


def install() -> None:
    sources.register(sources.Source(THREAD, _all_ids, _texts))
    # A new thread is embedded by knowledge.tasks.check_new_thread (which also looks for an
    # earlier duplicate); edits and imports only need their vectors.
    events.listen(events.THREAD_EDITED, _embed_thread)
    events.listen(events.THREADS_IMPORTED, _embed_imported)
