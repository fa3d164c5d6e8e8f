"""Named community events, emitted after commit. Higher layers (the community channel of the
inbox) listen; this app never imports them."""

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from django.db import transaction

THREAD_CREATED = "community.thread_created"
THREAD_EDITED = "community.thread_edited"
REPLY_CREATED = "community.reply_created"
# Triage merged a duplicate into its original: payload `thread_id`, `into_id`.
THREAD_MERGED = "community.thread_merged"
# Many threads at once (`openline import threads`): payload `thread_ids`. Imported history is
# embedded and indexed, but it is not news: it does not open inbox conversations.
THREADS_IMPORTED = "community.threads_imported"

_listeners: dict[str, list[Callable[..., Any]]] = defaultdict(list)


def listen(event: str, listener: Callable[..., Any]) -> None:
    if listener not in _listeners[event]:
        _listeners[event].append(listener)


def emit_on_commit(event: str, **payload: Any) -> None:
    def run() -> None:
        for listener in _listeners[event]:
            listener(**payload)

    transaction.on_commit(run)
