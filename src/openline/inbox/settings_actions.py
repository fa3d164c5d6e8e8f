"""Writes of the inbox's settings pages: SLA policies and canned replies. Admins only; each
change is checked here (not only in the form) and written to the server log, who and what,
as the staff changes are (the guidance audit log is for publish decisions and sits above)."""

import logging
import re
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext_lazy as _
from django_stubs_ext import StrOrPromise

from openline.accounts.models import User
from openline.core.settings_history import field_changes, record_settings_change

from . import sla
from .actions import CANNED_VARIABLE
from .models import CannedReply, SlaPolicy
from .permissions import check_manage_inbox_settings

log = logging.getLogger("openline.inbox.settings")
MAX_MINUTES = 60 * 24 * 60  # sixty days: anything longer is a typo, not a promise
ANY_VARIABLE = re.compile(r"\{([a-z_]+)\}")


def _changes(before: dict[str, Any], after: dict[str, Any]) -> str:
    changed = [
        f"{key}: {before.get(key)!r} → {value!r}"
        for key, value in after.items()
        if before.get(key) != value
    ]
    return "; ".join(changed) or "no change"  # the server log's, in no reader's language


def _name(
    value: str, *, field: str, limit: int, empty: StrOrPromise, too_long: StrOrPromise
) -> str:
    """`empty` and `too_long` are whole sentences: German declines the noun they name."""
    value = " ".join((value or "").split())
    if not value:
        raise ValidationError({field: empty})
    if len(value) > limit:
        raise ValidationError({field: too_long % {"limit": limit}})
    return value


def _minutes(value: Any, field: str) -> int:
    try:
        minutes = int(value)
    except (TypeError, ValueError):
        raise ValidationError({field: _("Give a whole number of minutes.")}) from None
    if not 1 <= minutes <= MAX_MINUTES:
        raise ValidationError(
            {
                field: _("Between 1 and %(MAX_MINUTES)s minutes (sixty days).")
                % {"MAX_MINUTES": MAX_MINUTES}
            }
        )
    return minutes


# --- SLA policies -------------------------------------------------------------------------------


def save_sla_policy(
    actor: User,
    policy: SlaPolicy | None,
    *,
    name: str,
    first_response_minutes: Any,
    next_response_minutes: Any,
    time_zone: str,
    business_hours: dict[str, str],
    is_default: bool,
) -> SlaPolicy:
    """Creates (policy None) or changes a policy. Hours are per weekday ("09:00-17:00,
    18:00-20:00"); no day at all is around the clock. Making one the default makes it the only
    default."""
    check_manage_inbox_settings(actor)
    errors: dict[str, list[str]] = {}
    fields: dict[str, Any] = {}
    for key, check in (
        (
            "name",
            lambda: _name(
                name,
                field="name",
                limit=80,
                empty=_("Give the policy a name."),
                too_long=_("Keep the policy's name under %(limit)s characters."),
            ),
        ),
        (
            "first_response_minutes",
            lambda: _minutes(first_response_minutes, "first_response_minutes"),
        ),
        ("next_response_minutes", lambda: _minutes(next_response_minutes, "next_response_minutes")),
        ("time_zone", lambda: str(sla.parse_zone((time_zone or "").strip()).key)),
    ):
        try:
            fields[key] = check()
        except ValidationError as error:
            errors.update(error.message_dict)
    hours = {day: " ".join(str(business_hours.get(day) or "").split()) for day in sla.DAYS}
    hours = {day: text for day, text in hours.items() if text}
    try:
        calendar = sla.parse_hours(hours)
        if hours and not any(calendar):
            raise ValidationError({"business_hours": _("Give at least one open range, or none.")})
    except ValidationError as error:
        errors.update(error.message_dict)
    others = SlaPolicy.objects.exclude(pk=policy.pk if policy else 0)  # ids start at 1
    if "name" in fields and others.filter(name__iexact=fields["name"]).exists():
        errors["name"] = [_("A policy named “%(name)s” exists already.") % {"name": fields["name"]}]
    if errors:
        raise ValidationError(errors)
    fields.update(business_hours=hours, is_default=bool(is_default))
    with transaction.atomic():
        before = {key: getattr(policy, key) for key in fields} if policy else {}
        policy = policy or SlaPolicy()
        for key, value in fields.items():
            setattr(policy, key, value)
        if policy.is_default:
            others.filter(is_default=True).update(is_default=False)
        policy.save()
        if before:
            changes = field_changes(before, fields)
            record_settings_change(actor, "sla", "sla.changed", name=policy.name, changes=changes)
        else:
            record_settings_change(actor, "sla", "sla.created", name=policy.name)
    log.info(
        "%s (user %s) %s SLA policy %s: %s",
        actor.username,
        actor.pk,
        "changed" if before else "created",
        policy.pk,
        _changes(before, fields),
    )
    return policy


# --- canned replies -----------------------------------------------------------------------------


def _canned_fields(title: str, body: str, *, exclude_pk: int | None) -> dict[str, str]:
    errors: dict[str, list[str]] = {}
    try:
        title = _name(
            title,
            field="title",
            limit=120,
            empty=_("Give the reply a name."),
            too_long=_("Keep the reply's name under %(limit)s characters."),
        )
    except ValidationError as error:
        errors.update(error.message_dict)
    body = (body or "").strip()
    if not body:
        errors["body"] = [str(_("Write the reply."))]
    elif len(body) > 10_000:
        errors["body"] = [str(_("Keep a canned reply under 10,000 characters."))]
    else:
        unknown = sorted(
            {m.group(0) for m in ANY_VARIABLE.finditer(body)}
            - {m.group(0) for m in CANNED_VARIABLE.finditer(body)}
        )
        if unknown:
            errors["body"] = [
                _(
                    "Unknown variable %(variable)s: use {customer_name}, {agent_name}, "
                    "{company} or {subject}."
                )
                % {"variable": unknown[0]}
            ]
    others = CannedReply.objects.exclude(pk=exclude_pk or 0)  # ids start at 1
    if "title" not in errors and others.filter(title__iexact=title).exists():
        errors["title"] = [
            _("A canned reply titled “%(title)s” exists already.") % {"title": title}
        ]
    if errors:
        raise ValidationError(errors)
    return {"title": title, "body": body}


def save_canned_reply(
    actor: User, canned: CannedReply | None, *, title: str, body: str
) -> CannedReply:
    check_manage_inbox_settings(actor)
    fields = _canned_fields(title, body, exclude_pk=canned.pk if canned else None)
    with transaction.atomic():
        before = {"title": canned.title, "body": canned.body} if canned else {}
        canned = canned or CannedReply()
        canned.title, canned.body = fields["title"], fields["body"]
        canned.save()
        if before:
            record_settings_change(
                actor, "canned", "canned.changed", title=canned.title,
                changes=field_changes(before, {"title": fields["title"]}),
                text_changed=before["body"] != fields["body"],
            )  # fmt: skip
        else:
            record_settings_change(actor, "canned", "canned.created", title=canned.title)
    log.info(
        "%s (user %s) %s canned reply %s: %s",
        actor.username,
        actor.pk,
        "changed" if before else "created",
        canned.pk,
        _changes(before, fields),
    )
    return canned


def delete_canned_reply(actor: User, canned: CannedReply) -> None:
    check_manage_inbox_settings(actor)
    pk, title = canned.pk, canned.title
    with transaction.atomic():
        canned.delete()
        record_settings_change(actor, "canned", "canned.deleted", title=title)
    log.info("%s (user %s) deleted canned reply %s %r", actor.username, actor.pk, pk, title)
