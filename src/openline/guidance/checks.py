"""The check: `check_text(text, channel=..., author_role=...)` finds what should not be
published and says what the policy does about it.

Offsets are indices into the text exactly as given (Python characters, i.e. Unicode code
points); nothing is normalised before the offsets are taken.

Only staff may read the confidential register. For anyone else (super-users and champions have
their drafts checked too), a register match is a generic "internal reference" finding that
points at their own words: the message names neither the register's term, nor its category,
nor its note, so guessing near a term does not reveal it."""

from dataclasses import dataclass, replace
from typing import Any

from django.utils import translation
from django.utils.translation import gettext_noop
from django_stubs_ext import StrOrPromise

from openline.accounts.models import STAFF_ROLES

from .detectors import Budget, detect_all
from .detectors.base import Phrase
from .detectors.internal import KIND as REGISTER_KIND
from .models import Kind
from .policy import OFF, resolve_action, strictest
from .selectors import GuidanceConfig, guidance_config, kind_label


@dataclass(frozen=True, slots=True)
class Finding:
    kind: str
    label: StrOrPromise  # what the kind is called on every page and in the API (Kind's label)
    severity: str  # the policy's action for this finding: inform, warn, review or block
    start: int
    end: int
    message: Phrase  # why it matters, in the reader's language
    suggestion: Phrase  # how to fix it

    def as_dict(self) -> dict[str, Any]:
        """The finding as the page or the API shows it now, in the active language."""
        return {
            "kind": self.kind, "label": str(self.label), "severity": self.severity,
            "start": self.start, "end": self.end,
            "message": str(self.message), "suggestion": str(self.suggestion),
        }  # fmt: skip

    def stored(self) -> dict[str, Any]:
        """The finding as a review or an audit row keeps it: English text, and its phrases, so
        that whoever reads it later reads it in their own language (`localised`)."""
        with translation.override("en"):
            found = self.as_dict()
        found["phrases"] = {
            "message": self.message.stored(),
            "suggestion": self.suggestion.stored(),
        }
        return found


def localised(finding: dict[str, Any]) -> dict[str, Any]:
    """A stored finding in the active language: its label from its kind, its message and
    suggestion from its phrases. Findings stored before they had phrases stay as they are."""
    phrases = finding.get("phrases")
    shown = dict(finding)
    if finding.get("kind") in Kind.values:
        shown["label"] = str(kind_label(finding["kind"]))
    if isinstance(phrases, dict):
        for key in ("label", "message", "suggestion"):
            if isinstance(phrases.get(key), dict):
                shown[key] = str(Phrase.restore(phrases[key]))
    return shown


@dataclass(frozen=True, slots=True)
class CheckResult:
    action: str  # publish when there is nothing to say, else the strictest severity
    findings: list[Finding]
    # A live check's sentences the wording head has not read yet, (start, end); never any
    # without `live`, so a result without pending sentences is the whole check.
    pending: tuple[tuple[int, int], ...] = ()

    @property
    def complete(self) -> bool:
        return not self.pending


def check_text(
    text: str,
    *,
    channel: str = "community",
    author_role: str = "agent",
    config: GuidanceConfig | None = None,
    live: bool = False,
) -> CheckResult:
    """With `live` (the editor's check as someone types), the answer comes within the
    keystroke budget: every precise detector on the whole text, the wording head on the
    sentences it has read before and a few new ones; the others are `pending`, and the result
    says nothing about them yet. Publishing never passes `live`."""
    config = config or guidance_config()
    budget = Budget() if live else None
    findings = [
        Finding(
            kind=hit.kind,
            label=kind_label(hit.kind),
            severity=resolve_action(
                hit.kind, channel=channel, author_role=author_role, rules=config.rules
            ),
            start=hit.start,
            end=hit.end,
            message=hit.message,
            suggestion=hit.suggestion,
        )
        for hit in detect_all(
            text,
            register=config.register,
            public_emails=config.public_emails,
            public_phones=config.public_phones,
            public_addresses=config.public_addresses,
            company=config.company,
            budget=budget,
            allowance=config.allowance,
        )
    ]
    findings = [f for f in findings if f.severity != OFF]  # a rule switched the kind off
    if author_role not in STAFF_ROLES:
        findings = [without_register_details(text, f) for f in findings]
    pending = tuple(budget.pending) if budget is not None else ()
    return CheckResult(strictest(f.severity for f in findings), findings, pending)


def without_register_details(text: str, finding: Finding) -> Finding:
    """A register match as non-staff may see it: their words, not the register's."""
    if finding.kind != REGISTER_KIND:
        return finding
    return replace(
        finding,
        message=Phrase(
            gettext_noop(
                "“%(words)s” looks like an internal reference: it must not appear in public."
            ),
            words=text[finding.start : finding.end],
        ),
        suggestion=Phrase(
            gettext_noop("Leave it out, or ask a member of staff what may be said in public.")
        ),
    )
