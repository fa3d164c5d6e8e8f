"""Watched words: moderators list words and phrases; every new thread and reply (pages and API)
is matched against them before it is written. A "block" rule refuses the post with a message
naming the rule (the form keeps the text), a "hold" rule sends it to the moderators' queue
(staff excepted), a "replace" rule replaces the words.

Posts and rules are folded alike (language.folding: case, accents, l33t, stretched letters)
and a rule matches whole words only ("ass" does not match "class"); a trailing * matches any
ending. The rules are indexed by their first word once per list version and kept per
process: every change bumps the version (core.counters), so each process rebuilds once."""

import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _

from openline.accounts.models import User
from openline.core import counters
from openline.language.folding import fold, folded

from . import held, permissions
from .models import ModerationAction, ModerationLog, WatchedAction, WatchedWord

VERSION_COUNTER = "community.watched_words"
PHRASE_MAX = 100


@dataclass(frozen=True)
class Rule:
    pk: int
    phrase: str
    action: str
    replacement: str


@dataclass(frozen=True)
class Match:
    rule: Rule
    start: int  # in the original text
    end: int


Entry = tuple[list[str], bool, Rule]
_WORDS = re.compile(r"[^\W_]+")


class Matcher:
    """All rules, indexed by their first word: a post is cut into words once, and each word
    looks up the rules that start with it (or with its first letters, for a trailing *), so
    the cost grows with the post, not with the list."""

    def __init__(self, rules: list[tuple[Rule, str]]) -> None:
        # first word → [(the other words, whether the last word is a prefix, rule)]
        self.exact: dict[str, list[Entry]] = {}
        # length of a one-word prefix rule → {prefix: [...]}
        self.prefixes: dict[int, dict[str, list[Entry]]] = {}
        for rule, fold_ in rules:
            prefix = fold_.endswith("*")
            words = _WORDS.findall(fold_.rstrip("*"))
            if not words:
                continue
            entry = (words[1:], prefix, rule)
            if prefix and len(words) == 1:
                by_prefix = self.prefixes.setdefault(len(words[0]), {})
                by_prefix.setdefault(words[0], []).append(entry)
            else:
                self.exact.setdefault(words[0], []).append(entry)
        self.empty = not self.exact and not self.prefixes

    def _candidates(self, word: str) -> list[Entry]:
        found = list(self.exact.get(word, ()))
        for length, by_prefix in self.prefixes.items():
            if len(word) >= length:
                found += by_prefix.get(word[:length], ())
        return found

    def find(self, text: str) -> list[Match]:
        """The rules met in `text`, with their place in it. Matches do not overlap: the
        earliest wins, then the longest."""
        if self.empty or not text:
            return []
        text_folded, origin = fold(text)
        tokens = [(m.group(), m.start(), m.end()) for m in _WORDS.finditer(text_folded)]
        found: list[Match] = []
        position = 0
        for index, (word, start, _end) in enumerate(tokens):
            if start < position:
                continue
            best: tuple[int, Rule] | None = None
            for rest, prefix, rule in self._candidates(word):
                end = _phrase_end(tokens, index, rest, prefix=prefix)
                if end is not None and (best is None or end > best[0]):
                    best = (end, rule)
            if best is not None:
                found.append(Match(best[1], origin[start], origin[best[0] - 1] + 1))
                position = best[0]
        return found


def _phrase_end(
    tokens: list[tuple[str, int, int]], index: int, rest: list[str], *, prefix: bool
) -> int | None:
    """Where, in the folded text, the phrase that starts at tokens[index] ends when the next
    words are `rest` (the last only beginning so, for a prefix rule); otherwise None. Words
    are next to each other whatever stands between them (spaces, punctuation)."""
    if index + len(rest) >= len(tokens):
        return None
    for offset, wanted in enumerate(rest, start=1):
        word = tokens[index + offset][0]
        if word != wanted and not (prefix and offset == len(rest) and word.startswith(wanted)):
            return None
    return tokens[index + len(rest)][2]


_compiled: tuple[int, Matcher] | None = None


def matcher() -> Matcher:
    """The compiled rules of the current list version (one counter read per call)."""
    global _compiled
    version = counters.read(VERSION_COUNTER)
    if _compiled is None or _compiled[0] != version:
        rows = WatchedWord.objects.order_by("pk").values_list(
            "pk", "phrase", "folded", "action", "replacement"
        )
        rules = [
            (Rule(pk, phrase, action, repl), fold_) for pk, phrase, fold_, action, repl in rows
        ]
        _compiled = (version, Matcher(rules))
    return _compiled[1]


def forget() -> None:
    """Drops the compiled rules (tests: each test's database starts at version 0 again)."""
    global _compiled
    _compiled = None


# --- what a post meets --------------------------------------------------------------------------


@dataclass
class Outcome:
    """What the rules make of a post's texts: the texts with replacements made, and the rule
    that holds it (None: publish)."""

    texts: dict[str, str]
    hold: Rule | None = None


def block_message(rule: Rule, words: str) -> str:
    return _(
        "“%(words)s” is not allowed here (the moderators' watched word “%(phrase)s”). "
        "Change it and post again: your text is kept below."
    ) % {"words": words, "phrase": rule.phrase}


def apply(author: User, texts: dict[str, str]) -> Outcome:
    """Matches each named text (e.g. title and body). Raises ValidationError on the field of
    the first blocked word; replaces words; says which rule holds the post (never for staff)."""
    rules = matcher()
    if rules.empty:
        return Outcome(dict(texts))
    result = Outcome({})
    for name, text in texts.items():
        found = rules.find(text)
        for match in found:
            if match.rule.action == WatchedAction.BLOCK:
                words = text[match.start : match.end]
                raise ValidationError({name: block_message(match.rule, words)}, code="watched")
        for match in found:
            if match.rule.action == WatchedAction.HOLD and result.hold is None:
                result.hold = None if author.is_staff_member else match.rule
        for match in sorted(found, key=lambda m: m.start, reverse=True):
            if match.rule.action == WatchedAction.REPLACE:
                text = text[: match.start] + match.rule.replacement + text[match.end :]
        result.texts[name] = text
    return result


def hold_reason(rule: Rule) -> str:
    """The stored reason (a code of community.held), read in each reader's language."""
    return held.watched_word(rule.phrase)


# --- the list, managed by moderators ----------------------------------------------------------


def clean_phrase(phrase: str) -> tuple[str, str]:
    phrase = " ".join((phrase or "").split())
    if not phrase.rstrip("*").strip():
        raise ValidationError({"phrase": _("Give the word or phrase to watch for.")})
    if len(phrase) > PHRASE_MAX:
        raise ValidationError(
            {"phrase": _("Keep the phrase under %(max)d characters.") % {"max": PHRASE_MAX}}
        )
    if "*" in phrase.rstrip("*"):
        raise ValidationError({"phrase": _("A * works only at the end: “crypto*”.")})
    fold_ = folded(phrase)
    if not _WORDS.search(fold_.rstrip("*")):
        raise ValidationError({"phrase": _("Watch for words: this has no letters or digits.")})
    return phrase, fold_


def add_watched_word(
    actor: User, *, phrase: str, action: str, replacement: str = ""
) -> WatchedWord:
    permissions.check_moderate(actor)
    phrase, fold_ = clean_phrase(phrase)
    if action not in WatchedAction.values:
        raise ValidationError({"action": _("Choose block, hold or replace.")})
    replacement = " ".join((replacement or "").split())
    if action == WatchedAction.REPLACE and not replacement:
        raise ValidationError({"replacement": _("Give the text that replaces the words.")})
    if len(replacement) > PHRASE_MAX:
        raise ValidationError(
            {"replacement": _("Keep it under %(max)d characters.") % {"max": PHRASE_MAX}}
        )
    if action != WatchedAction.REPLACE:
        replacement = ""
    try:
        with transaction.atomic():
            word = WatchedWord.objects.create(
                phrase=phrase, folded=fold_, action=action, replacement=replacement,
                created_by=actor,
            )  # fmt: skip
            ModerationLog.objects.create(
                actor=actor, action=ModerationAction.WATCH, note=f"{phrase} ({action})"
            )
            counters.bump(VERSION_COUNTER)
    except IntegrityError:
        raise ValidationError(
            {
                "phrase": _(
                    "“%(phrase)s” is on the list already (or the same words spelt otherwise)."
                )
                % {"phrase": phrase}
            }
        ) from None
    return word


def remove_watched_word(actor: User, word: WatchedWord) -> None:
    if not permissions.can_moderate(actor):
        raise PermissionDenied(_("Only moderators manage watched words."))
    with transaction.atomic():
        ModerationLog.objects.create(
            actor=actor, action=ModerationAction.UNWATCH, note=f"{word.phrase} ({word.action})"
        )
        word.delete()
        counters.bump(VERSION_COUNTER)
