"""Named community events. Higher layers (the community channel of the inbox, embeddings, event
webhooks) listen; this app never imports them.

Most listeners run after the commit (`emit_on_commit`). A listener that must write in the same
transaction as the change (an outbox: the event is stored if and only if the change is) uses
`listen_in_transaction`; those run inside the action's atomic block, get the model instances,
and fail the change if they fail."""

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from django.db import transaction

THREAD_CREATED = "community.thread_created"
THREAD_EDITED = "community.thread_edited"
REPLY_CREATED = "community.reply_created"
# In the transaction only (payload: thread, reply, actor): an answer was accepted.
THREAD_SOLVED = "community.thread_solved"
# In the transaction only (payload: thread, previous, actor): staff set a public status.
THREAD_STATUS_CHANGED = "community.thread_status_changed"
# Triage merged a duplicate into its original: payload `thread_id`, `into_id`; in the
# transaction, `thread` and `original` (what hangs on the duplicate moves with it).
THREAD_MERGED = "community.thread_merged"
# Many threads at once (`openline import threads`): payload `thread_ids`. Imported history is
# embedded and indexed, but it is not news: it does not open inbox conversations.
THREADS_IMPORTED = "community.threads_imported"

_listeners: dict[str, list[Callable[..., Any]]] = defaultdict(list)
_in_transaction: dict[str, list[Callable[..., Any]]] = defaultdict(list)


def listen_in_transaction(event: str, listener: Callable[..., Any]) -> None:
    if listener not in _in_transaction[event]:
        _in_transaction[event].append(listener)


def emit_in_transaction(event: str, **payload: Any) -> None:
    """Runs the in-transaction listeners now: call it inside the change's atomic block."""
    for listener in _in_transaction[event]:
        listener(**payload)


def listen(event: str, listener: Callable[..., Any]) -> None:
    if listener not in _listeners[event]:
        _listeners[event].append(listener)


def emit_on_commit(event: str, **payload: Any) -> None:
    def run() -> None:
        for listener in _listeners[event]:
            listener(**payload)

    transaction.on_commit(run)
