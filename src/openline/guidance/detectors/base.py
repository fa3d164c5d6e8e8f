"""What every detector returns: a span of the original text with why it matters and what to do."""

from dataclasses import dataclass
from typing import Any

from django.utils.translation import gettext


class Phrase:
    """A finding's text in the reader's language: an English msgid (marked with gettext_noop
    where it is written) and named placeholders, rendered with gettext each time it is shown.

    Findings outlive the request that found them (a held reply waits for a reviewer who may
    read German): `stored()` is the form kept in JSON, `Phrase.restore()` reads it back. A
    placeholder is plain text (the author's words, a register note) or another Phrase."""

    __slots__ = ("msgid", "params")

    def __init__(self, msgid: str, **params: "str | Phrase") -> None:
        self.msgid = msgid
        self.params = params

    def __str__(self) -> str:
        text = gettext(self.msgid)
        return text % {k: str(v) for k, v in self.params.items()} if self.params else text

    def __repr__(self) -> str:
        return f"Phrase({str(self)!r})"

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Phrase):
            return (self.msgid, self.params) == (other.msgid, other.params)
        return str(self) == other if isinstance(other, str) else NotImplemented

    def __hash__(self) -> int:
        return hash(self.msgid)

    def __contains__(self, part: str) -> bool:
        return part in str(self)

    def __bool__(self) -> bool:
        return bool(self.msgid)

    def stored(self) -> dict[str, Any]:
        params = {k: v.stored() if isinstance(v, Phrase) else v for k, v in self.params.items()}
        return {"msgid": self.msgid, "params": params} if params else {"msgid": self.msgid}

    @classmethod
    def restore(cls, stored: dict[str, Any]) -> "Phrase":
        params = {
            k: cls.restore(v) if isinstance(v, dict) else str(v)
            for k, v in (stored.get("params") or {}).items()
        }
        return cls(str(stored.get("msgid", "")), **params)


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    start: int
    end: int
    message: Phrase
    suggestion: Phrase


def merge_overlaps(hits: list[Hit]) -> list[Hit]:
    """One hit per stretch of text and kind: overlapping hits of a kind become the first one,
    widened to cover them all (two plugins often find the same token)."""
    merged: list[Hit] = []
    last_of_kind: dict[str, int] = {}
    for hit in sorted(hits, key=lambda h: (h.start, -h.end)):
        index = last_of_kind.get(hit.kind)
        if index is not None and hit.start < merged[index].end:
            previous = merged[index]
            if hit.end > previous.end:
                merged[index] = Hit(
                    previous.kind, previous.start, hit.end, previous.message, previous.suggestion
                )
            continue
        last_of_kind[hit.kind] = len(merged)
        merged.append(hit)
    return merged


def overlaps(hit: Hit, others: list[Hit]) -> bool:
    return any(hit.start < other.end and other.start < hit.end for other in others)


def trim_trailing(text: str, start: int, end: int, chars: str = ".,;:!?)]}'\"") -> int:
    """The end of a span without the sentence punctuation that followed it."""
    while end > start and text[end - 1] in chars:
        end -= 1
    return end
