"""The pre-publish hook: every outgoing reply (community or any inbox channel) passes the
checks registered here before it is written. Guidance registers its check when its app is
ready; lower layers call `check_before_publish` and never import guidance.

A check either returns (publish), or raises one of the exceptions below. Callers turn them into
a form error, an HTTP 422 with the findings, or a "sent to review" message."""

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any


@dataclass
class Draft:
    """What is about to be published, and by whom."""

    author: Any  # accounts.User
    text: str
    channel: str  # "community", "email", "webhook", …
    acknowledged: bool = False  # the author saw the warnings and publishes anyway
    context: dict[str, Any] = field(default_factory=dict)  # e.g. {"thread": thread}
    # Set by a check that lets the draft through only for a moderator to approve first: why, as
    # a code the caller stores (a member's new thread with their personal data, in "hold" mode).
    hold: str = ""


class PublishRefused(Exception):
    """Base of the ways a check stops a draft. `findings` is a list of dicts (kind, label,
    severity, start, end, message, suggestion); the check names what it found (`label`), or the
    finding is named after its kind."""

    def __init__(self, message: str, findings: list[dict[str, Any]] | None = None) -> None:
        super().__init__(message)
        self.findings = [named(finding) for finding in findings or []]


class PublishBlocked(PublishRefused):
    """The draft must be changed before it can go out (a secret, a card number…)."""


class NeedsAcknowledgement(PublishRefused):
    """The draft may go out once the author acknowledges the warnings."""


class HeldForReview(PublishRefused):
    """The draft went to a reviewer instead of out; `review_id` identifies the request."""

    def __init__(
        self,
        message: str,
        findings: list[dict[str, Any]] | None = None,
        *,
        review_id: int | None = None,
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


@dataclass(frozen=True)
class HeldDraft:
    """A draft held for review as the page of its target shows it (the reviews themselves
    belong to guidance, which registers `held_drafts`'s lister). `reviewer` is who decided, or
    who reviews while it waits; `note` the reviewer's words to the author."""

    pk: int
    author_id: int
    author_name: str
    text: str
    status: str  # "pending", "approved" or "returned"
    status_label: str
    reviewer: str
    note: str
    created_at: datetime
    decided_at: datetime | None


_held_listers: list[Callable[..., list[HeldDraft]]] = []


def register_held_drafts(lister: Callable[..., list[HeldDraft]]) -> None:
    if lister not in _held_listers:
        _held_listers.append(lister)


def held_drafts(*, conversation_id: int, author_id: int | None = None) -> list[HeldDraft]:
    """The replies to a conversation that went to review (not the withdrawn ones), oldest
    first; only `author_id`'s when given (a champion sees only their own)."""
    found = [
        draft
        for lister in _held_listers
        for draft in lister(conversation_id=conversation_id, author_id=author_id)
    ]
    return sorted(found, key=lambda d: (d.created_at, d.pk))


def findings_context(text: str, found: PublishRefused | Sequence[dict[str, Any]]) -> dict[str, Any]:
    """What a page shows of the findings on `text`, for the one partial every page includes
    (web/_findings.html): each finding with its label and the words it points at, the text cut
    into runs to highlight, and, when `found` is a refusal, why the draft did not go out.

    It lives beside the findings' shape so that the community, the inbox and guidance share it
    without importing one another."""
    refusal: PublishRefused | None
    if isinstance(found, PublishRefused):
        refusal, findings = found, found.findings
    else:
        refusal, findings = None, list(found)
    shown = [{**named(f), "excerpt": _words(text, f)} for f in findings]
    return {
        "findings": shown,
        "runs": _runs(text, shown),
        "refused": refusal is not None,
        "message": str(refusal) if refusal is not None else "",
        "blocked": isinstance(refusal, PublishBlocked),
        "needs_acknowledgement": isinstance(refusal, NeedsAcknowledgement),
    }


def named(finding: dict[str, Any]) -> dict[str, Any]:
    """The finding with its label: its own, else its kind's name ("hostile_tone" → "Hostile
    tone"); for findings of a check that does not name them, or stored before findings had one."""
    if finding.get("label"):
        return finding
    return {**finding, "label": str(finding.get("kind", "")).replace("_", " ").capitalize()}


def _span(finding: dict[str, Any]) -> tuple[int, int] | None:
    start, end = finding.get("start"), finding.get("end")
    return (start, end) if isinstance(start, int) and isinstance(end, int) else None


def _words(text: str, finding: dict[str, Any]) -> str:
    span = _span(finding)
    return text[span[0] : span[1]] if span else ""


def _runs(text: str, findings: list[dict[str, Any]]) -> list[tuple[str, str]]:
    """The text cut into (kind, piece) runs, kind "" between findings; where findings overlap,
    the earlier one wins."""
    spans = [(*span, f.get("kind", "")) for f in findings if (span := _span(f)) is not None]
    runs: list[tuple[str, str]] = []
    position = 0
    for start, end, kind in sorted(spans, key=lambda span: (span[0], -span[1])):
        start, end = max(start, position), min(end, len(text))
        if start >= end:
            continue
        if start > position:
            runs.append(("", text[position:start]))
        runs.append((kind, text[start:end]))
        position = end
    if position < len(text):
        runs.append(("", text[position:]))
    return runs
