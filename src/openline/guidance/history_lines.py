"""How guidance's lines of the settings history read (core.settings_history): the policy's
rules and the confidential register, told from the stored codes in the reader's language."""

from typing import Any

from django.utils.translation import gettext as _

from openline.core.settings_history import history_line, tell_field_changes

from .models import ConfidentialTerm, PolicyRule, ReportKind


def rule_values(rule: PolicyRule) -> dict[str, str]:
    """What a line keeps of a rule: its codes, told as the rule reads when shown."""
    return {key: getattr(rule, key) for key in ("kind", "action", "channel", "author_role", "note")}


def _rule(values: dict[str, str]) -> str:
    return str(PolicyRule(**values))


@history_line("policy.rule_created")
def _rule_created(*, rule: dict[str, str]) -> str:
    return _("Created rule “%(rule)s”") % {"rule": _rule(rule)}


@history_line("policy.rule_changed")
def _rule_changed(*, rule: dict[str, str], before: dict[str, str]) -> str:
    return _("Changed rule “%(rule)s”, was “%(before)s”") % {
        "rule": _rule(rule),
        "before": _rule(before),
    }


@history_line("policy.rule_note_changed")
def _rule_note_changed(*, rule: dict[str, str]) -> str:
    return _("Changed the note of rule “%(rule)s”") % {"rule": _rule(rule)}


@history_line("policy.rule_unchanged")
def _rule_unchanged(*, rule: dict[str, str]) -> str:
    return _("Saved rule “%(rule)s” unchanged") % {"rule": _rule(rule)}


@history_line("policy.rule_deleted")
def _rule_deleted(*, rule: dict[str, str]) -> str:
    return _("Deleted rule “%(rule)s”") % {"rule": _rule(rule)}


@history_line("goodwill.allowance_set")
def _allowance_set(*, allowance: list[str], before: list[str]) -> str:
    now = " / ".join(allowance) or _("none (goodwill is not measured)")
    if allowance == before:
        return _("Saved the goodwill allowance unchanged: %(now)s") % {"now": now}
    was = " / ".join(before) or _("none")
    return _("Set the goodwill allowance to %(now)s, was %(was)s") % {"now": now, "was": was}


@history_line("register.term_added")
def _term_added(*, term: str) -> str:
    return _("Added “%(term)s”") % {"term": term}


@history_line("register.term_changed")
def _term_changed(*, term: str, changes: list[list[Any]]) -> str:
    return _("Changed “%(term)s”: %(changes)s") % {
        "term": term,
        "changes": tell_field_changes(ConfidentialTerm, changes),
    }


@history_line("register.term_deactivated")
def _term_deactivated(*, term: str) -> str:
    return _("Deactivated “%(term)s”") % {"term": term}


@history_line("register.term_reactivated")
def _term_reactivated(*, term: str) -> str:
    return _("Reactivated “%(term)s”") % {"term": term}


@history_line("register.learned_added")
def _learned_added(*, what: str, words: str, term: str) -> str:
    if what == ReportKind.ORDINARY:
        text = _("Added ordinary context “%(words)s” (%(term)s)")
    else:
        text = _("Added variant “%(words)s” (%(term)s)")
    return text % {"words": words, "term": term}


@history_line("register.learned_removed")
def _learned_removed(*, what: str, words: str, term: str) -> str:
    if what == ReportKind.ORDINARY:
        text = _("Removed ordinary context “%(words)s” (%(term)s)")
    else:
        text = _("Removed variant “%(words)s” (%(term)s)")
    return text % {"words": words, "term": term}


@history_line("register.report_rejected")
def _report_rejected(*, what: str, words: str, term: str) -> str:
    if what == ReportKind.ORDINARY:
        text = _("Rejected “%(words)s” as not confidential (%(term)s)")
    else:
        text = _("Rejected “%(words)s” as a variant (%(term)s)")
    return text % {"words": words, "term": term}
