"""The sentence around a span of text: one home for what every detector asks ("does the
sentence of this match speak of a lock, of harm, of the term's subject?").

Detectors differ in what ends a sentence and how far back they look, and those choices are
theirs (a German clause also ends at "aber"; an English legal check looks 250 characters back):
they pass them in. What is the same everywhere lives here once: the sentence begins after the
last stop before the span (or at the look-back limit) and ends at the first stop after it.
"""

import re

# Any stop: fast, and "3.5" or "e.g." end a sentence too (the detectors that use it look at
# words near the match, where a stop too many costs little).
STOPS = re.compile(r"[.!?\n]")
# A stop followed by a space, a line's end or the text's end: "3.5" and "v2.1" stay whole.
FULL_STOPS = re.compile(r"[.!?](?=\s|$)|\n")


def sentence_bounds(
    text: str,
    start: int,
    end: int,
    *,
    stops: re.Pattern[str] = STOPS,
    lookback: int | None = None,
    with_stop: bool = False,
    trim: bool = False,
) -> tuple[int, int]:
    """Where the sentence around text[start:end] begins and ends.

    It begins after the last stop before `start` (no further back than `lookback` characters,
    if given) and ends before the first stop at or after `end` (after it, `with_stop`), or at
    the text's end. `trim` skips the white space the sentence begins with."""
    floor = 0 if lookback is None else max(0, start - lookback)
    begin = floor
    for stop in stops.finditer(text, floor, start):
        begin = stop.end()
    after = stops.search(text, end)
    finish = (after.end() if with_stop else after.start()) if after else len(text)
    if trim:
        while begin < start and text[begin].isspace():
            begin += 1
    return begin, finish


def sentence_around(
    text: str,
    start: int,
    end: int,
    *,
    stops: re.Pattern[str] = STOPS,
    lookback: int | None = None,
    with_stop: bool = False,
) -> str:
    """The text of the sentence around text[start:end] (see sentence_bounds)."""
    begin, finish = sentence_bounds(
        text, start, end, stops=stops, lookback=lookback, with_stop=with_stop
    )
    return text[begin:finish]
