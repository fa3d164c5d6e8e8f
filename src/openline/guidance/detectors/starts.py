"""Patterns that start with a word boundary, rewritten so that `re` can skip to their first word.

`re` searches fast when a pattern begins with a literal ("with an nda": a prefix search in C) or
with one of a few letters ("we|i|our": a character-set skip), and slowly when it begins with an
assertion: "\\bwith an nda\\b" is tried as a match at every position of the draft, ~100 times
slower on 2 KB. Most legal-risk and hostile-tone shapes begin with "\\b" and a word, so
`literal_start` moves the boundary behind the word:

    \\bwith an nda\\b          →  with an nda(?<!\\w.{11})\\b
    \\b(?:we|i)(?:'ll| will)   →  (?:we(?<!\\w.{2})|i(?<!\\w.{1}))(?:'ll| will)

Why the two match the same text at the same places: a literal L of n characters whose first
character is a word character, matched at position p, has a boundary before it exactly when
p == 0 or text[p-1] is not a word character. The look-behind, read after L, tries `\\w.{n}` on
text[p-1 : p+n]; `.` matches any character but a newline and L holds none, so it fails exactly
when p == 0 or text[p-1] is not a word character (`\\b` and `\\w` use the same definition of a
word character). Only what this module can read with certainty is rewritten: a top-level
alternative that starts with "\\b" and plain characters, or with "\\b" and a group of plain
literals that no quantifier follows; anything else is left as it is. tests/guidance
test_tone_v10.py runs every rewritten pattern against its original on the read sets' drafts.
"""

import re

# One character of a plain literal: a letter, digit, space, apostrophe or the like, or an
# escaped space or dot (re.escape writes a company's name "acme\ rail").
_TOKEN = re.compile(r"[a-z0-9' ,%&-]|\\[ .&'-]")
_WORD_START = re.compile(r"[a-z0-9]")
_QUANTIFIER = "?*+{"


def alternatives(pattern: str) -> list[str]:
    """The top-level alternatives of a pattern ("a|b(?:c|d)" → ["a", "b(?:c|d)"])."""
    found, depth, in_class, current, i = [], 0, False, "", 0
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            current += pattern[i : i + 2]
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
        elif char == "|" and depth == 0:
            found.append(current)
            current, i = "", i + 1
            continue
        current += char
        i += 1
    return [*found, current]


def _literal(text: str, at: int) -> tuple[int, int]:
    """The plain literal at text[at:]: (its end, its length in characters)."""
    end, length = at, 0
    while (token := _TOKEN.match(text, end)) is not None:
        end, length = token.end(), length + 1
    return end, length


def _guarded(literal: str, length: int) -> str:
    return f"{literal}(?<!\\w.{{{length}}})"


def _group_end(pattern: str, start: int) -> int:
    """The index after the ")" closing the group opened just before `start` (-1: none)."""
    depth, in_class, i = 1, False, start
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        elif char in "()":
            depth += 1 if char == "(" else -1
            if not depth:
                return i + 1
        i += 1
    return -1


def _alternative(pattern: str) -> str:
    """`pattern` ("\\b…") rewritten, or as it is when its start cannot be read with certainty."""
    if not pattern.startswith("\\b"):
        return pattern
    if pattern.startswith("\\b(?:"):
        # "\b(?:a|b)c" is "(?:\ba|\bb)c": each alternative of the group gets its own boundary.
        end = _group_end(pattern, 5)
        if end < 0 or pattern[end : end + 1] in tuple(_QUANTIFIER):
            return pattern
        inner = [_alternative("\\b" + branch) for branch in alternatives(pattern[5 : end - 1])]
        if any(branch.startswith("\\b") for branch in inner):
            return pattern
        return "(?:" + "|".join(inner) + ")" + pattern[end:]
    if not _WORD_START.match(pattern, 2):
        return pattern
    end, length = _literal(pattern, 2)
    if pattern[end : end + 1] in tuple(_QUANTIFIER):  # the last character is repeated
        end, length = end - (2 if pattern[end - 2] == "\\" else 1), length - 1
    if not length:
        return pattern
    return _guarded(pattern[2:end], length) + pattern[end:]


def literal_start(pattern: str) -> str:
    """`pattern` with each top-level alternative's leading word boundary moved behind its first
    word (the same matches, found by a fast skip)."""
    return "|".join(_alternative(alternative) for alternative in alternatives(pattern))


def guarded(pattern: str, before: str) -> list[str]:
    """The top-level alternatives of `(?<!{before})(?:{pattern})` (`before` a class of single
    characters, "[\\w@$*]"), each with the look-behind moved behind its leading letters, so that
    `re` can skip to a first letter: `(?<![\\w@$*])(?:kut|sh+it)` →
    ["kut(?<![\\w@$*].{3})", "s(?<![\\w@$*].{1})h+it"]. The same matches, by the argument above
    (the letters hold no newline); an alternative whose start cannot be read keeps the
    look-behind in front. A group that opens an alternative, "(?:a|b)c" or "(?:a|b)?c", is
    read as its branches in `re`'s order: "ac", "bc" (then "c")."""
    found = []
    for alternative in alternatives(pattern):
        led = _led(alternative)
        if led is None:
            found.append(f"(?<!{before})(?:{alternative})")
        else:
            found += [f"{head}(?<!{before}.{{{len(head)}}}){tail}" for head, tail in led]
    return found


def by_first_letter(pattern: str, before: str) -> str | None:
    """`(?<!{before})(?:{pattern})` as one branch per first letter, the look-behind right after
    it: `(?:k(?<![\\w@$*].)(?:ut|lote)|s(?<![\\w@$*].)(?:h+it))`. `re` then skips to the
    letters that open a word of the pattern, and inside a word fails at the look-behind before
    trying the words. The same matches: a position opens a match only with an alternative
    whose first letter it holds, and those keep their order. None when an alternative's start
    cannot be read as letters."""
    branches: dict[str, list[str]] = {}
    for alternative in alternatives(pattern):
        led = _led(alternative)
        if led is None:
            return None
        for head, tail in led:
            branches.setdefault(head[0], []).append(head[1:] + tail)
    return (
        "(?:"
        + "|".join(
            f"{letter}(?<!{before}.)(?:{'|'.join(rests)})" for letter, rests in branches.items()
        )
        + ")"
    )


def _led(pattern: str) -> list[tuple[str, str]] | None:
    """The alternatives of `pattern` as (leading letters, the rest), in `re`'s order; None when
    one does not begin with a letter that no quantifier follows (or with "f+", read "f" "f*")."""
    if pattern.startswith("(?:"):
        end = _group_end(pattern, 3)
        if end < 0:
            return None
        rest = pattern[end:]
        optional = rest[:1] == "?" and rest[1:2] not in ("?", "+")
        if optional:
            rest = rest[1:]
        elif rest[:1] in tuple(_QUANTIFIER):
            return None
        branches = [branch + rest for branch in alternatives(pattern[3 : end - 1])]
        found: list[tuple[str, str]] = []
        for branch in [*branches, *([rest] if optional else [])]:
            led = _led(branch)
            if led is None:
                return None
            found += led
        return found
    length = 0
    while length < len(pattern) and pattern[length].isalpha():
        length += 1
    if pattern[length : length + 1] in tuple(_QUANTIFIER):  # the last letter is repeated
        length -= 1
    if length > 0:
        return [(pattern[:length], pattern[length:])]
    if pattern[:1].isalpha() and pattern[1:2] == "+":  # "f+…" is "f" then "f*…"
        return [(pattern[0], f"{pattern[0]}*{pattern[2:]}")]
    return None
