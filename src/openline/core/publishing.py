"""The pre-publish hook: every outgoing reply (community or any inbox channel) passes the
checks registered here before it is written. Guidance registers its check when its app is
ready; lower layers call `check_before_publish` and never import guidance.

A check either returns (publish), or raises one of the exceptions below. Callers turn them into
a form error, an HTTP 422 with the findings, or a "sent to review" message."""

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any


@dataclass
class Draft:
    """What is about to be published, and by whom."""

    author: Any  # accounts.User
    text: str
    channel: str  # "community", "email", "webhook", …
    acknowledged: bool = False  # the author saw the warnings and publishes anyway
    context: dict[str, Any] = field(default_factory=dict)  # e.g. {"thread": thread}


class PublishRefused(Exception):
    """Base of the ways a check stops a draft. `findings` is a list of dicts (kind, severity,
    start, end, message, suggestion)."""

    def __init__(self, message: str, findings: list[dict] | None = None) -> None:
        super().__init__(message)
        self.findings = findings or []


class PublishBlocked(PublishRefused):
    """The draft must be changed before it can go out (a secret, a card number…)."""


class NeedsAcknowledgement(PublishRefused):
    """The draft may go out once the author acknowledges the warnings."""


class HeldForReview(PublishRefused):
    """The draft went to a reviewer instead of out; `review_id` identifies the request."""

    def __init__(
        self, message: str, findings: list[dict] | None = None, *, review_id: int | None = None
    ) -> None:
        super().__init__(message, findings)
        self.review_id = review_id


_checks: list[Callable[[Draft], None]] = []


def register_check(check: Callable[[Draft], None]) -> None:
    if check not in _checks:
        _checks.append(check)


def check_before_publish(draft: Draft) -> None:
    for check in _checks:
        check(draft)


def with_excerpts(text: str, findings: list[dict]) -> list[dict]:
    """The checks' findings, each with the part of the draft it points at (for the page that
    shows why a reply was refused)."""
    shown = []
    for finding in findings:
        start, end = finding.get("start"), finding.get("end")
        excerpt = text[start:end] if isinstance(start, int) and isinstance(end, int) else ""
        shown.append({**finding, "excerpt": excerpt})
    return shown
