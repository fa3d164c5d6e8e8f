"""Writes of guidance's settings pages: policy rules and the goodwill allowance (admins) and the
confidential register (moderators and admins). Each change is checked here and written to the
server log, who and what; the guidance audit log stays the record of publish decisions."""

import logging
import re
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from openline.accounts.models import Role, User
from openline.core.settings_history import field_changes, record_settings_change

from . import actions, permissions
from .history_lines import rule_values
from .models import Action, ConfidentialTerm, GoodwillLimit, Kind, PolicyRule, TermCategory
from .policy import DEFAULT_ACTIONS, OFF, OFF_REFUSED
from .register_reports import clean_contexts

log = logging.getLogger("openline.guidance.settings")
CHANNEL = re.compile(r"^[a-z][a-z0-9_-]{0,31}$")


def _changes(before: dict[str, Any], after: dict[str, Any]) -> str:
    changed = [
        f"{key}: {before.get(key)!r} → {value!r}"
        for key, value in after.items()
        if before.get(key) != value
    ]
    return "; ".join(changed) or "no change"


# --- policy rules -------------------------------------------------------------------------------


def clean_rule(
    *,
    kind: str,
    action: str,
    channel: str,
    author_role: str,
    note: str,
    exclude_pk: int | None = None,
) -> dict[str, str]:
    errors: dict[str, list[str]] = {}
    if kind not in Kind.values:
        errors["kind"] = [_("Choose the kind of finding.")]
    if action not in Action.values:
        errors["action"] = [_("Choose what happens.")]
    elif action == OFF and kind in OFF_REFUSED:
        errors["action"] = [
            _("Secrets, card numbers and bank accounts are always reported; the mildest is Inform.")
        ]
    channel = (channel or "").strip().lower()
    if channel and not CHANNEL.match(channel):
        errors["channel"] = [_("Lower-case letters, digits, - and _ only (community, email …).")]
    if author_role and author_role not in Role.values:
        errors["author_role"] = [_("Choose a role, or every role.")]
    note = " ".join((note or "").split())
    if len(note) > 200:
        errors["note"] = [_("Keep the note under 200 characters.")]
    if not errors:
        same = PolicyRule.objects.filter(kind=kind, channel=channel, author_role=author_role)
        if same.exclude(pk=exclude_pk or 0).exists():  # ids start at 1
            errors["channel"] = [
                _("A rule for this kind, channel and role exists already: change that one.")
            ]
    if errors:
        raise ValidationError(errors)
    return {
        "kind": kind,
        "action": action,
        "channel": channel,
        "author_role": author_role,
        "note": note,
    }


def save_policy_rule(
    actor: User,
    rule: PolicyRule | None,
    *,
    kind: str,
    action: str,
    channel: str = "",
    author_role: str = "",
    note: str = "",
) -> PolicyRule:
    """Creates (rule None) or changes a rule; the checks pick it up at their next draft (the
    guidance configuration is reloaded when a rule changes)."""
    permissions.check_manage_policy(actor)
    fields = clean_rule(
        kind=kind,
        action=action,
        channel=channel,
        author_role=author_role,
        note=note,
        exclude_pk=rule.pk if rule else None,
    )
    with transaction.atomic():
        before = {key: getattr(rule, key) for key in fields} if rule else {}
        rule = rule or PolicyRule()
        for key, value in fields.items():
            setattr(rule, key, value)
        rule.save()
        _record_rule_change(actor, before, rule)
    log.info(
        "%s (user %s) %s policy rule %s: %s (built-in default %s)",
        actor.username,
        actor.pk,
        "changed" if before else "created",
        rule.pk,
        _changes(before, fields),
        DEFAULT_ACTIONS[rule.kind],
    )
    return rule


def _record_rule_change(actor: User, before: dict[str, Any], rule: PolicyRule) -> None:
    """The history's line for a rule, in words its readers use ("Changed rule “Profanity →
    Block…”, was “Profanity → Warn…”"), not the stored codes the server log keeps."""
    after = rule_values(rule)
    if not before:
        record_settings_change(actor, "policy", "policy.rule_created", rule=after)
    elif str(PolicyRule(**before)) != str(rule):
        record_settings_change(actor, "policy", "policy.rule_changed", rule=after, before=before)
    elif before["note"] != rule.note:
        record_settings_change(actor, "policy", "policy.rule_note_changed", rule=after)
    else:
        record_settings_change(actor, "policy", "policy.rule_unchanged", rule=after)


def delete_policy_rule(actor: User, rule: PolicyRule) -> None:
    """The kind falls back to a broader rule or the built-in default."""
    permissions.check_manage_policy(actor)
    pk, what = rule.pk, rule_values(rule)
    with transaction.atomic():
        rule.delete()
        record_settings_change(actor, "policy", "policy.rule_deleted", rule=what)
    log.info(  # the log keeps the stored codes, in no reader's language
        "%s (user %s) deleted policy rule %s: %s → %s (channel %r, role %r)",
        actor.username, actor.pk, pk, rule.kind, rule.action, rule.channel, rule.author_role,
    )  # fmt: skip


# --- the goodwill allowance ---------------------------------------------------------------------


def set_goodwill_allowance(actor: User, text: str) -> list[GoodwillLimit]:
    """Replaces the allowance with the lines of `text` (empty: no allowance, goodwill is read as
    before there was one); the checks read it from their next draft."""
    permissions.check_manage_policy(actor)
    with transaction.atomic():
        before = list(GoodwillLimit.objects.values_list("written", flat=True))
        saved = actions.replace_goodwill_allowance(text)
        after = [limit.written for limit in saved]
        record_settings_change(
            actor, "goodwill", "goodwill.allowance_set", allowance=after, before=before
        )
    log.info(
        "%s (user %s) set the goodwill allowance: %r (was %r)",
        actor.username, actor.pk, after, before,
    )  # fmt: skip
    return saved


# --- the confidential register ------------------------------------------------------------------


def add_term(
    actor: User, *, term: str, category: str, note: str, variants: str
) -> ConfidentialTerm:
    permissions.check_manage_register(actor)
    with transaction.atomic():
        added = actions.add_confidential_term(
            actor, term=term, category=category, note=note, variants=variants
        )
        record_settings_change(actor, "register", "register.term_added", term=added.term)
    log.info(
        "%s (user %s) added register term %s %r", actor.username, actor.pk, added.pk, added.term
    )
    return added


def edit_term(
    actor: User,
    term: ConfidentialTerm,
    *,
    term_text: str,
    category: str,
    note: str,
    variants: str,
    active: bool,
    ordinary_contexts: str | None = None,
) -> ConfidentialTerm:
    """`ordinary_contexts` None leaves the learned contexts as they are."""
    permissions.check_manage_register(actor)
    errors: dict[str, list[str]] = {}
    cleaned: dict[str, Any] = {}
    try:
        cleaned["term"] = actions.clean_term(term_text, exclude_pk=term.pk)
        cleaned["variants"] = actions.clean_variants(variants, term=cleaned["term"])
        if ordinary_contexts is not None:
            cleaned["ordinary_contexts"] = clean_contexts(ordinary_contexts, term=cleaned["term"])
    except ValidationError as error:
        errors.update(error.message_dict)
    if category not in TermCategory.values:
        errors["category"] = [_("Choose a category.")]
    note = (note or "").strip()
    if len(note) > 500:
        errors["note"] = [_("A note can be at most 500 characters.")]
    if errors:
        raise ValidationError(errors)
    cleaned.update(category=category, note=note, active=bool(active))
    with transaction.atomic():
        before = {key: getattr(term, key) for key in cleaned}
        for key, value in cleaned.items():
            setattr(term, key, value)
        term.save()
        record_settings_change(
            actor, "register", "register.term_changed", term=term.term,
            changes=field_changes(before, cleaned),
        )  # fmt: skip
    log.info(
        "%s (user %s) changed register term %s: %s",
        actor.username,
        actor.pk,
        term.pk,
        _changes(before, cleaned),
    )
    return term


def set_term_active(actor: User, term: ConfidentialTerm, *, active: bool) -> ConfidentialTerm:
    """An inactive term stays on the register (its history) but is no longer matched."""
    permissions.check_manage_register(actor)
    term.active = active
    with transaction.atomic():
        term.save(update_fields=["active", "updated_at"])
        kind = "register.term_reactivated" if active else "register.term_deactivated"
        record_settings_change(actor, "register", kind, term=term.term)
    log.info(
        "%s (user %s) %s register term %s %r",
        actor.username,
        actor.pk,
        "reactivated" if active else "deactivated",
        term.pk,
        term.term,
    )
    return term
