"""Watched words: moderators list words and phrases; every new thread and reply (pages and API)
is matched against them before it is written. A "block" rule refuses the post with a message
naming the rule (the form keeps the text), a "hold" rule sends it to the moderators' queue
(staff excepted), a "replace" rule replaces the words.

Posts and rules are folded alike (language.folding: case, accents, l33t, stretched letters)
and a rule matches whole words only ("ass" does not match "class"); a trailing * matches any
ending. The rules are compiled into one expression per list version and kept per process:
every change bumps the version (core.counters), so each process recompiles once."""

import re
from dataclasses import dataclass

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction

from openline.accounts.models import User
from openline.core import counters
from openline.language.folding import fold, folded

from . import permissions
from .models import ModerationAction, ModerationLog, WatchedAction, WatchedWord

VERSION_COUNTER = "community.watched_words"
PHRASE_MAX = 100
_WORD_CHAR = r"[^\W_]"


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


class Matcher:
    """All rules in one compiled expression; each rule is a named group."""

    def __init__(self, rules: list[tuple[Rule, str]]) -> None:
        self.rules = {f"w{rule.pk}": rule for rule, _ in rules}
        parts = [f"(?P<w{rule.pk}>{_pattern(fold_)})" for rule, fold_ in rules]
        body = "|".join(parts)
        self.expression = (
            re.compile(rf"(?<!{_WORD_CHAR})(?:{body})(?!{_WORD_CHAR})") if parts else None
        )

    def find(self, text: str) -> list[Match]:
        if self.expression is None or not text:
            return []
        text_folded, origin = fold(text)
        found = []
        for hit in self.expression.finditer(text_folded):
            if hit.end() == hit.start():
                continue
            rule = self.rules[hit.lastgroup or ""]
            found.append(Match(rule, origin[hit.start()], origin[hit.end() - 1] + 1))
        return found


def _pattern(folded_phrase: str) -> str:
    """The folded phrase as an expression: spaces match any run of non-letters, a trailing *
    any ending."""
    prefix = folded_phrase.endswith("*")
    words = folded_phrase.rstrip("*").split()
    pattern = r"[\W_]+".join(re.escape(w) for w in words)
    return pattern + (rf"{_WORD_CHAR}*" if prefix else "")


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
    return (
        f"“{words}” is not allowed here (the moderators' watched word “{rule.phrase}”). "
        "Change it and post again: your text is kept below."
    )


def apply(author: User, texts: dict[str, str]) -> Outcome:
    """Matches each named text (e.g. title and body). Raises ValidationError on the field of
    the first blocked word; replaces words; says which rule holds the post (never for staff)."""
    rules = matcher()
    if rules.expression is None:
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
    return f"Contains the watched word “{rule.phrase}”"


# --- the list, managed by moderators ----------------------------------------------------------


def clean_phrase(phrase: str) -> tuple[str, str]:
    phrase = " ".join((phrase or "").split())
    if not phrase.rstrip("*").strip():
        raise ValidationError({"phrase": "Give the word or phrase to watch for."})
    if len(phrase) > PHRASE_MAX:
        raise ValidationError({"phrase": f"Keep the phrase under {PHRASE_MAX} characters."})
    if "*" in phrase.rstrip("*"):
        raise ValidationError({"phrase": "A * works only at the end: “crypto*”."})
    fold_ = folded(phrase)
    if not re.search(_WORD_CHAR, fold_):
        raise ValidationError({"phrase": "Watch for words: this has no letters or digits."})
    return phrase, fold_


def add_watched_word(
    actor: User, *, phrase: str, action: str, replacement: str = ""
) -> WatchedWord:
    permissions.check_moderate(actor)
    phrase, fold_ = clean_phrase(phrase)
    if action not in WatchedAction.values:
        raise ValidationError({"action": "Choose block, hold or replace."})
    replacement = " ".join((replacement or "").split())
    if action == WatchedAction.REPLACE and not replacement:
        raise ValidationError({"replacement": "Give the text that replaces the words."})
    if len(replacement) > PHRASE_MAX:
        raise ValidationError({"replacement": f"Keep it under {PHRASE_MAX} characters."})
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
            {"phrase": f"“{phrase}” is on the list already (or the same words spelt otherwise)."}
        ) from None
    return word


def remove_watched_word(actor: User, word: WatchedWord) -> None:
    if not permissions.can_moderate(actor):
        raise PermissionDenied("Only moderators manage watched words.")
    with transaction.atomic():
        ModerationLog.objects.create(
            actor=actor, action=ModerationAction.UNWATCH, note=f"{word.phrase} ({word.action})"
        )
        word.delete()
        counters.bump(VERSION_COUNTER)
