"""When texts are read: inbound inbox messages after each ingested batch commits, customer
threads after they are posted, each in a background task."""

from openline.community import events
from openline.inbox import ingestion
from openline.language import labels

from . import actions, tasks


def _on_stored(message_ids: list[int]) -> None:
    tasks.read_messages.enqueue(message_ids)


def _on_thread_created(thread_id: int) -> None:
    tasks.read_thread.enqueue(thread_id)


def install() -> None:
    labels.register(labels.LabelSource(actions.MESSAGE, actions.message_texts))
    labels.register(labels.LabelSource(actions.THREAD, actions.thread_texts))
    ingestion.listen_stored(_on_stored)
    events.listen(events.THREAD_CREATED, _on_thread_created)
