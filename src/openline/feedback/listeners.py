"""When texts are read: inbound inbox messages after each ingested batch commits, customer
threads after they are posted, each in a background task. What happens to ideas' links when
ideas merge or ship."""

from openline.community import events
from openline.inbox import drafts, ingestion
from openline.language import labels

from . import actions, idea_actions, tasks


def _on_stored(message_ids: list[int]) -> None:
    tasks.read_messages.enqueue(message_ids)


def _on_thread_created(thread_id: int) -> None:
    tasks.read_thread.enqueue(thread_id)


def install() -> None:
    labels.register(labels.LabelSource(actions.MESSAGE, actions.message_texts))
    labels.register(labels.LabelSource(actions.THREAD, actions.thread_texts))
    ingestion.listen_stored(_on_stored)
    events.listen(events.THREAD_CREATED, _on_thread_created)
    # Ideas: links move with a merge, agents hear when an idea ships (in the change's
    # transaction, so a failed change tells nobody).
    events.listen_in_transaction(events.THREAD_MERGED, idea_actions.move_links)
    events.listen_in_transaction(events.THREAD_STATUS_CHANGED, idea_actions.tell_agents_it_shipped)
    drafts.register(idea_actions.DRAFT, idea_actions.shipped_draft)
