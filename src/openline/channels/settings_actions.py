"""Writes of the channels' settings page: add and change e-mail, webhook, feed and social
network channels. Admins only. Settings go through the same checks as the `openline channel`
command (accounts.py); secrets are stored only encrypted and never read back to the page: a
webhook secret Openline generates is returned once, for the page that shows it once. Each
change is written to the server log, who and what (never a secret)."""

import logging
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from openline.accounts.models import User
from openline.core.settings_history import record_settings_change
from openline.inbox.models import ChannelAccount, ChannelKind
from openline.inbox.permissions import check_manage_inbox_settings

from . import accounts
from .social import base as social

log = logging.getLogger("openline.channels.settings")

# The settings each creatable kind takes from the page (the rest of `config` is kept: feed state).
KIND_FIELDS = {
    ChannelKind.EMAIL: ("address", "from_name", "trust_sender_address"),
    ChannelKind.WEBHOOK: ("reply_url",),
    ChannelKind.FEED: ("urls", "keywords", "exclude"),
}


def addable_kinds() -> list[tuple[str, str]]:
    """(kind, label) of every kind an operator can add here: e-mail, webhook, feed and each
    social network that registered itself."""
    labels = dict(ChannelKind.choices)
    kinds = [*accounts.CREATABLE_KINDS, *sorted(social.networks())]
    return [(kind, str(labels.get(kind, kind))) for kind in kinds]


def _clean_name(name: str, account: ChannelAccount | None) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise ValidationError({"name": _("Give the channel a name.")})
    if len(name) > 80:
        raise ValidationError({"name": _("Keep the name under 80 characters.")})
    others = ChannelAccount.objects.exclude(pk=account.pk if account else 0)  # ids start at 1
    if others.filter(name__iexact=name).exists():
        raise ValidationError(
            {"name": _("A channel named “%(name)s” exists already.") % {"name": name}}
        )
    return name


def _config(kind: str, fields: dict[str, Any], stored: dict[str, Any]) -> dict[str, Any]:
    """The page's settings over the stored ones; an emptied setting is removed (its default
    applies), the rest of `config` (a feed's polling state) is kept."""
    own = KIND_FIELDS[ChannelKind(kind)]
    given = {key: fields.get(key) for key in own}
    given = {k: v.strip() if isinstance(v, str) else v for k, v in given.items()}
    config = {key: value for key, value in stored.items() if key not in own}
    config.update(
        {key: value for key, value in given.items() if value not in (None, "", [], False)}
    )
    try:
        return accounts.clean_config(kind, config)
    except ValidationError as error:
        raise ValidationError({"config": error.messages}) from None


def _webhook_secret(fields: dict[str, Any]) -> str:
    given = (fields.get("new_secret") or "").strip()
    if not given:
        return ""
    try:
        return accounts.check_webhook_secret(given)
    except ValidationError as error:
        raise ValidationError({"new_secret": error.messages}) from None


def _social_options(fields: dict[str, Any], kind: str) -> tuple[dict[str, Any], Any]:
    registration = social.registration(kind)
    assert registration is not None
    options = {}
    for option in registration.options:
        key = option.flag.lstrip("-").replace("-", "_")
        value = fields.get(key)
        options[key] = value if value not in ("", None) else None
    return options, fields.get("poll_every")


def create_channel(
    actor: User, kind: str, *, name: str, fields: dict[str, Any]
) -> tuple[ChannelAccount, str]:
    """The new account and the secret to show once ("" unless Openline generated one)."""
    check_manage_inbox_settings(actor)
    name = _clean_name(name, None)
    if kind in KIND_FIELDS:
        config = _config(kind, fields, {})
        own_secret = _webhook_secret(fields) if kind == ChannelKind.WEBHOOK else ""
        with transaction.atomic():
            try:
                account, secret = accounts.add_channel_account(kind, name=name, config=config)
            except ValidationError as error:
                raise ValidationError({"config": error.messages}) from None
            if own_secret:
                accounts.set_secret(account, own_secret)
                secret = ""  # theirs: they have it, so it is not shown
            record_settings_change(actor, "channels", "channels.added", kind=kind, name=name)
    elif social.registration(kind) is not None:
        options, poll_every = _social_options(fields, kind)
        # The network checks the options first: no write transaction stays open across it, so
        # the history line follows the account's own commit.
        account = accounts.add_social_account(
            kind, name=name, options=options, poll_every=poll_every
        )
        with transaction.atomic():
            record_settings_change(actor, "channels", "channels.added", kind=kind, name=name)
        secret = ""
    else:
        raise ValidationError(_("Openline cannot add %(kind)s channels here.") % {"kind": kind})
    log.info(
        "%s (user %s) added %s channel %s %r", actor.username, actor.pk, kind, account.pk, name
    )
    return account, secret


def update_channel(
    actor: User, account: ChannelAccount, *, name: str, is_active: bool, fields: dict[str, Any]
) -> ChannelAccount:
    """New name, settings, state or secret. A secret left empty is kept."""
    check_manage_inbox_settings(actor)
    name = _clean_name(name, account)
    before = {"name": account.name, "is_active": account.is_active, "config": dict(account.config)}
    secret = ""
    if account.kind not in KIND_FIELDS and social.registration(account.kind) is not None:
        # Before the transaction: the network may be asked to check the new options.
        options, poll_every = _social_options(fields, account.kind)
        given = {key: value for key, value in options.items() if value is not None}
        stored_every = account.config.get("poll_every_seconds")
        if any(account.config.get(key) != value for key, value in given.items()) or (
            poll_every is not None and poll_every != stored_every
        ):  # only a real change asks the network to check the settings again
            account = accounts.update_social_account(
                account, options=options, poll_every=poll_every
            )
    with transaction.atomic():
        if account.kind in KIND_FIELDS:
            config = _config(account.kind, fields, account.config)
            secret = _webhook_secret(fields) if account.kind == ChannelKind.WEBHOOK else ""
            taken = ChannelAccount.objects.filter(
                kind=ChannelKind.EMAIL, config__address=config.get("address")
            )
            if account.kind == ChannelKind.EMAIL and taken.exclude(pk=account.pk).exists():
                raise ValidationError(
                    {
                        "address": _("%(item)s is already a support address.")
                        % {"item": config["address"]}
                    }
                )
            account.name, account.is_active, account.config = name, is_active, config
            account.save(update_fields=["name", "is_active", "config"])
            if secret:
                accounts.set_secret(account, secret)
        else:
            account.name, account.is_active = name, is_active
            account.save(update_fields=["name", "is_active"])
        changed = [
            key
            for key, value in before.items()
            if value != {"name": name, "is_active": is_active, "config": account.config}[key]
        ]
        new_secret = bool(secret or any(fields.get(k) for k in _secret_keys(account.kind)))
        record_settings_change(
            actor, "channels", "channels.changed", name=name, changed=changed,
            new_secret=new_secret,
        )  # fmt: skip
    log.info(
        "%s (user %s) changed channel %s: %s%s",
        actor.username,
        actor.pk,
        account.pk,
        ", ".join(changed) or "nothing",
        " and set a new secret" if new_secret else "",
    )
    return account


def _secret_keys(kind: str) -> list[str]:
    registration = social.registration(kind)
    return [
        o.flag.lstrip("-").replace("-", "_")
        for o in (registration.options if registration else ())
        if o.secret
    ]


def rotate_webhook_secret(actor: User, account: ChannelAccount) -> str:
    """A new generated secret, in force at once; returned to be shown once."""
    check_manage_inbox_settings(actor)
    with transaction.atomic():
        secret = accounts.rotate_secret(account)
        record_settings_change(actor, "channels", "channels.new_secret", name=account.name)
    log.info("%s (user %s) rotated the secret of channel %s", actor.username, actor.pk, account.pk)
    return secret
