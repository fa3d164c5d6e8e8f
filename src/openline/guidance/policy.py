"""Which action a finding gets: the most specific policy rule for its kind, channel and the
author's role, else the default below. A draft's action is the strictest of its findings'."""

from collections.abc import Iterable, Mapping

from .models import Action, Kind

PUBLISH = "publish"
# Mildest first; "publish" is the action of a draft without findings.
ORDER = (PUBLISH, Action.INFORM, Action.WARN, Action.REVIEW, Action.BLOCK)
RANK = {str(action): rank for rank, action in enumerate(ORDER)}

DEFAULT_ACTIONS: dict[str, str] = {
    Kind.SECRET: Action.BLOCK,
    Kind.PAYMENT_CARD: Action.BLOCK,
    Kind.IBAN: Action.BLOCK,
    Kind.INTERNAL_REFERENCE: Action.REVIEW,
    Kind.PERSONAL_DATA: Action.WARN,
    Kind.LEGAL_RISK: Action.REVIEW,
    Kind.HOSTILE_TONE: Action.WARN,
    Kind.PROFANITY: Action.WARN,
}

# A rule may switch a kind off, except these: a card number or a secret in public is never fine.
OFF = str(Action.OFF)
OFF_REFUSED = frozenset({Kind.SECRET, Kind.PAYMENT_CARD, Kind.IBAN})

RuleKey = tuple[str, str, str]  # kind, channel ("" = any), author role ("" = any)


def resolve_action(
    kind: str, *, channel: str, author_role: str, rules: Mapping[RuleKey, str]
) -> str:
    """Channel and role, then channel only, then role only, then any: the first rule found."""
    for key in (
        (kind, channel, author_role),
        (kind, channel, ""),
        (kind, "", author_role),
        (kind, "", ""),
    ):
        if key in rules:
            return rules[key]
    return str(DEFAULT_ACTIONS[kind])


def strictest(actions: Iterable[str]) -> str:
    return max(actions, key=RANK.__getitem__, default=PUBLISH)
