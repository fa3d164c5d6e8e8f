"""The redaction hook: text from a customer's private channel is masked before it is shown to
someone who must not see their personal data (a champion). Guidance registers its redactor
when its app is ready; lower layers call `redact` and never import guidance.

A redactor takes text and returns it with what it recognises replaced by a label such as
"[e-mail address]". Redactors run in the order they were registered, each on the output of the
one before."""

from collections.abc import Callable

_redactors: list[Callable[[str], str]] = []


def register_redactor(redactor: Callable[[str], str]) -> None:
    if redactor not in _redactors:
        _redactors.append(redactor)


def redact(text: str) -> str:
    for redactor in _redactors:
        text = redactor(text)
    return text


def has_redactors() -> bool:
    """False means nothing would be masked: callers that must not leak refuse to show text."""
    return bool(_redactors)
