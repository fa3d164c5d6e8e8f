"""What every detector returns: a span of the original text with why it matters and what to do."""

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Hit:
    kind: str
    start: int
    end: int
    message: str
    suggestion: str


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
