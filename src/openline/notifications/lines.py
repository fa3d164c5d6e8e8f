"""How a notification reads. Each is stored as data — a line (`"community.reply"`) and its
values (names, titles, codes; never text in someone's language) — and told in words when it is
shown: on the notifications page in the reader's language, in an e-mail in the recipient's. The
app that sends a line registers how it reads (`notification_line`) when it is ready.

The text in the recipient's language at the time is kept beside it (`Notification.text`) for the
admin and for rows whose line no app describes, such as those stored before lines."""

import logging
from collections.abc import Callable, Mapping
from typing import Any

log = logging.getLogger("openline.notifications.lines")

Describe = Callable[..., str]
_LINES: dict[str, Describe] = {}


def notification_line(line: str) -> Callable[[Describe], Describe]:
    """Registers how a line reads: called with the values it was sent with, in the language of
    whoever reads it."""

    def register(describe: Describe) -> Describe:
        _LINES[line] = describe
        return describe

    return register


def check_line(line: str) -> None:
    if line not in _LINES:
        raise ValueError(f"No app describes notification lines {line!r}.")


def tell(line: str, values: Mapping[str, Any], stored: str) -> str:
    """The line in the active language; `stored` when no app describes it (a row from before
    lines, or a line no longer sent) or its values no longer fit."""
    describe = _LINES.get(line)
    if describe is None:
        return stored
    try:
        return describe(**values)
    except (TypeError, KeyError, ValueError, AttributeError):
        log.warning("notification line %s no longer reads: %r", line, values)
        return stored
