"""Named guidance events. Higher layers (notifications, event webhooks) listen; guidance never
imports them. Listeners run after the commit (`emit_on_commit`)."""

from collections import defaultdict
from collections.abc import Callable
from typing import Any

from django.db import transaction

# Someone said a register finding was the word's ordinary use, or that a phrase names a term
# (payload: report_id, kind, status — "pending" waits for a register manager).
REGISTER_REPORT_FILED = "guidance.register_report_filed"
# A register manager accepted or rejected a report (payload: report_id, kind, status).
REGISTER_REPORT_DECIDED = "guidance.register_report_decided"

_listeners: dict[str, list[Callable[..., Any]]] = defaultdict(list)


def listen(event: str, listener: Callable[..., Any]) -> None:
    if listener not in _listeners[event]:
        _listeners[event].append(listener)


def emit_on_commit(event: str, **payload: Any) -> None:
    def run() -> None:
        for listener in _listeners[event]:
            listener(**payload)

    transaction.on_commit(run)
