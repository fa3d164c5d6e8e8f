"""The text each thread is found by (its title and the start of its body), registered with the
language layer, and the listeners that re-embed a thread in the background when it is posted
or edited. Inbox conversations that are not community threads are embedded too, by their
customer's first message: FAQ candidates count questions asked privately as well."""

from collections.abc import Iterable

from django.db.models import QuerySet

from openline.community import events
from openline.community.models import Thread
from openline.core.markdown import plain_text
from openline.inbox import ingestion
from openline.inbox.models import Conversation, Message, MessageKind
from openline.language import sources
from openline.language.cleaning import clean_message
from openline.language.tasks import embed_objects

THREAD = "thread"
CONVERSATION = "conversation"
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


def _private_conversations() -> QuerySet[Conversation]:
    """Conversations of the inbox's own channels: a community thread's is the thread."""
    return Conversation.objects.filter(thread__isnull=True)


def _conversation_ids() -> Iterable[int]:
    ids = _private_conversations().order_by("id").values_list("id", flat=True)
    return ids.iterator(chunk_size=2000)


def conversation_texts(ids: list[int]) -> dict[int, str]:
    """The subject and the customer's own words (greeting, signature and quotes left out) of
    each conversation's first inbound message."""
    subjects = dict(_private_conversations().filter(pk__in=ids).values_list("pk", "subject"))
    first: dict[int, str] = {}
    rows = (
        Message.objects.filter(conversation_id__in=list(subjects), kind=MessageKind.INBOUND)
        .order_by("conversation_id", "created_at", "pk")
        .values_list("conversation_id", "body")
    )
    for conversation_id, body in rows:
        first.setdefault(conversation_id, body)
    return {pk: thread_text(subjects[pk], clean_message(body)) for pk, body in first.items()}


def _embed_conversations(message_ids: list[int]) -> None:
    """New inbound messages: their conversations' vectors (unchanged first messages are not
    embedded again)."""
    ids = list(
        Message.objects.filter(pk__in=message_ids, conversation__thread__isnull=True)
        .values_list("conversation_id", flat=True)
        .distinct()
    )
    for start in range(0, len(ids), IMPORT_CHUNK):
        embed_objects.enqueue(CONVERSATION, ids[start : start + IMPORT_CHUNK])


def install() -> None:
    sources.register(sources.Source(THREAD, _all_ids, _texts))
    sources.register(sources.Source(CONVERSATION, _conversation_ids, conversation_texts))
    ingestion.listen_stored(_embed_conversations)
    # A new thread is embedded by knowledge.tasks.check_new_thread (which also looks for an
    # earlier duplicate); edits and imports only need their vectors.
    events.listen(events.THREAD_EDITED, _embed_thread)
    events.listen(events.THREADS_IMPORTED, _embed_imported)
