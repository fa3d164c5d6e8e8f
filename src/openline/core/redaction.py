"""The redaction hook: text from a customer's private channel is masked before it is shown to
someone who must not see their personal data (a champion). Guidance registers its redactor
when its app is ready; lower layers call `redact` and never import guidance.

A redactor takes text and returns it with what it recognises replaced by a label such as
"[e-mail address]" ("[E-Mail-Adresse]" for a German reader). Redactors run in the order they
were registered, each on the output of the one before."""

import re
from collections.abc import Callable, Iterable
from contextlib import AbstractContextManager, ExitStack

_redactors: list[Callable[[str], str]] = []
# Entered around a batch: a redactor that reads its configuration (guidance's register) reads
# it once for the batch instead of checking it is current for every text.
_batch_scopes: list[Callable[[], AbstractContextManager[object]]] = []

# What a redactor puts in: "[e-mail address]", "[ID number]", "[E-Mail-Adresse]" (labels are
# written in the language of whoever redacts: letters, spaces and hyphens).
LABEL = re.compile(r"\[[^\W\d_](?:[^\W\d_]|[ -]){1,30}\]")


def register_redactor(redactor: Callable[[str], str]) -> None:
    if redactor not in _redactors:
        _redactors.append(redactor)


def redact(text: str) -> str:
    for redactor in _redactors:
        text = redactor(text)
    return text


def register_batch_scope(scope: Callable[[], AbstractContextManager[object]]) -> None:
    if scope not in _batch_scopes:
        _batch_scopes.append(scope)


def redact_many(texts: Iterable[str]) -> list[str]:
    """`redact` of each text, with the redactors' configuration read once for all of them."""
    with ExitStack() as stack:
        for scope in _batch_scopes:
            stack.enter_context(scope())
        return [redact(text) for text in texts]


def has_redactors() -> bool:
    """False means nothing would be masked: callers that must not leak refuse to show text."""
    return bool(_redactors)


def masked_labels(original: str, redacted: str) -> dict[str, int]:
    """What the redactor masked between `original` and `redacted`, by label:
    {"[e-mail address]": 2}. Labels already in the original (someone masked by hand) are not
    counted again."""
    before: dict[str, int] = {}
    for label in LABEL.findall(original):
        before[label] = before.get(label, 0) + 1
    after: dict[str, int] = {}
    for label in LABEL.findall(redacted):
        after[label] = after.get(label, 0) + 1
    return {
        label: n - before.get(label, 0) for label, n in after.items() if n > before.get(label, 0)
    }


def personal_data_left(text: str) -> list[str]:
    """The kinds of personal data the redactors still find in `text` ("e-mail address", …),
    sorted; empty when none (or when no redactor is installed: check `has_redactors`)."""
    return sorted(label.strip("[]") for label in masked_labels(text, redact(text)))
