"""Channel accounts as operators create them (the `openline channel` command and the admin):
the settings each kind needs, checked up front, and secrets that are stored only encrypted."""

import base64
import binascii
import secrets
from typing import Any

from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator, URLValidator
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from openline.core import crypto
from openline.inbox.models import ChannelAccount, ChannelKind

from .social import base as social
from .social import credentials, polling

WEBHOOK_SECRET_PREFIX = "whsec_"  # noqa: S105 - the format's prefix, not a secret
WEBHOOK_SECRET_BYTES = 32
CREATABLE_KINDS = (ChannelKind.EMAIL, ChannelKind.WEBHOOK, ChannelKind.FEED)

_http_url = URLValidator(schemes=["http", "https"])
_email = EmailValidator()


def new_webhook_secret() -> str:
    """A Standard Webhooks secret: `whsec_` and the base64 of 32 random bytes."""
    return (
        WEBHOOK_SECRET_PREFIX + base64.b64encode(secrets.token_bytes(WEBHOOK_SECRET_BYTES)).decode()
    )


def check_webhook_secret(secret: str) -> str:
    """Refuses what the Standard Webhooks libraries could not use, or what is too short to
    be safe (under 24 bytes of key)."""
    body = secret.strip().removeprefix(WEBHOOK_SECRET_PREFIX)
    try:
        key = base64.b64decode(body + "=" * (-len(body) % 4), validate=True)
    except (binascii.Error, ValueError):
        raise ValidationError(_("A webhook secret is 'whsec_' followed by base64.")) from None
    if len(key) < 24:
        raise ValidationError(_("A webhook secret needs at least 24 bytes of key."))
    return WEBHOOK_SECRET_PREFIX + body


def _url(value: Any, what: str) -> str:
    if not isinstance(value, str) or not value.strip():
        raise ValidationError(_("%(what)s must be an http(s) URL.") % {"what": what})
    try:
        _http_url(value.strip())
    except ValidationError:
        raise ValidationError(f"{what} is not an http(s) URL: {value!r}.") from None
    return value.strip()


def _words(value: Any, what: str) -> list[str]:
    value = [] if value is None else value
    if not isinstance(value, list) or not all(isinstance(w, str) for w in value):
        raise ValidationError(_("%(what)s must be a list of words or phrases.") % {"what": what})
    return [w.strip() for w in value if w.strip()]


def clean_config(kind: str, config: Any) -> dict[str, Any]:
    """The settings of a `kind` account, checked and tidied; raises ValidationError with a
    message an operator can act on. Keys other than the kind's own are kept (feed state)."""
    if not isinstance(config, dict):
        raise ValidationError(_("The settings must be a JSON object."))
    config = dict(config)
    if kind == ChannelKind.EMAIL:
        address = config.get("address")
        if not isinstance(address, str) or not address.strip():
            raise ValidationError(_("An e-mail channel needs its support address (--address)."))
        try:
            _email(address.strip())
        except ValidationError:
            raise ValidationError(f"{address!r} is not an e-mail address.") from None
        config["address"] = address.strip().lower()
        if not isinstance(config.get("from_name", ""), str):
            raise ValidationError(_("from_name must be text."))
    elif kind == ChannelKind.WEBHOOK:
        if config.get("reply_url"):
            config["reply_url"] = _url(config["reply_url"], "The reply URL")
    elif kind == ChannelKind.FEED:
        urls = config.get("urls")
        if not isinstance(urls, list) or not urls:
            raise ValidationError(_("A feed channel needs at least one feed URL (--url)."))
        config["urls"] = list(dict.fromkeys(_url(u, "A feed URL") for u in urls))
        config["keywords"] = _words(config.get("keywords"), "keywords")
        if not config["keywords"]:
            raise ValidationError(
                _(
                    "A feed channel needs at least one keyword (--keyword): only matching "
                    "entries become conversations."
                )
            )
        config["exclude"] = _words(config.get("exclude", []), "exclude")
    return config


def _clean_name(name: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(_("Give the channel a name (--name)."))
    if len(name) > (ChannelAccount._meta.get_field("name").max_length or 80):
        raise ValidationError(_("Keep the name under 80 characters."))
    if ChannelAccount.objects.filter(name__iexact=name).exists():
        raise ValidationError(f"A channel named {name!r} exists already.")
    return name


def add_channel_account(
    kind: str, *, name: str, config: dict[str, Any]
) -> tuple[ChannelAccount, str]:
    """Creates an account; returns it and its secret in clear (the only time it is shown:
    webhooks get a generated one, the other kinds have none)."""
    if kind not in CREATABLE_KINDS:
        choices = ", ".join(CREATABLE_KINDS)
        raise ValidationError(f"Unknown channel kind {kind!r}: choose one of {choices}.")
    name = _clean_name(name)
    config = clean_config(kind, config)
    if (
        kind == ChannelKind.EMAIL
        and ChannelAccount.objects.filter(kind=kind, config__address=config["address"]).exists()
    ):
        raise ValidationError(
            _("%(item)s is already a support address.") % {"item": config["address"]}
        )
    secret = new_webhook_secret() if kind == ChannelKind.WEBHOOK else ""
    account = ChannelAccount.objects.create(
        kind=kind, name=name, config=config, secret_encrypted=crypto.encrypt(secret)
    )
    return account, secret


def rotate_secret(account: ChannelAccount) -> str:
    """Replaces a webhook account's secret at once; returns the new one (shown only now)."""
    if account.kind != ChannelKind.WEBHOOK:
        raise ValidationError(
            _("Only webhook channels have a generated secret (%(name)s is %(kind)s).")
            % {"name": account.name, "kind": account.get_kind_display()}
        )
    secret = new_webhook_secret()
    set_secret(account, secret)
    return secret


def set_secret(account: ChannelAccount, secret: str) -> None:
    account.secret_encrypted = crypto.encrypt(secret)
    ChannelAccount.objects.filter(pk=account.pk).update(secret_encrypted=account.secret_encrypted)


# --- social networks (channels.social): settings from each network's registered options ------


def _poll_every(value: Any) -> int | None:
    if value is None:
        return None
    try:
        seconds = int(value)
    except (TypeError, ValueError):
        raise ValidationError(_("--poll-every is a number of seconds.")) from None
    if seconds < polling.MIN_EVERY_SECONDS:
        raise ValidationError(
            _("--poll-every: poll at most every %(MIN_EVERY_SECONDS)s s.")
            % {"MIN_EVERY_SECONDS": polling.MIN_EVERY_SECONDS}
        )
    return seconds


def add_social_account(
    kind: str, *, name: str, options: dict[str, Any], poll_every: Any = None
) -> ChannelAccount:
    """Creates a social network account from the options its network declares (checked by the
    network, which may ask the network itself); secrets are stored only encrypted."""
    registration = social.registration(kind)
    if registration is None:
        raise ValidationError(f"{kind!r} is not a social network Openline knows.")
    name = _clean_name(name)
    seconds = _poll_every(poll_every)
    missing = [
        o.flag
        for o in registration.options
        if o.required and not options.get(o.flag.lstrip("-").replace("-", "_"))
    ]
    if missing:
        raise ValidationError(
            _("A %(kind)s channel needs %(join)s.") % {"kind": kind, "join": ", ".join(missing)}
        )
    found = registration.clean(options)
    config = {**found.config, "poll_every_seconds": seconds or polling.DEFAULT_EVERY_SECONDS}
    return ChannelAccount.objects.create(
        kind=kind,
        name=name,
        config=config,
        secret_encrypted=credentials.encrypt_secrets(found.secrets),
    )


def update_social_account(
    account: ChannelAccount, *, options: dict[str, Any], poll_every: Any = None
) -> ChannelAccount:
    """New settings or secrets (a new token after one was revoked): the options given replace
    the stored ones, the network checks them all again, and a paused account polls again."""
    registration = social.registration(account.kind)
    if registration is None:
        raise ValidationError(
            _("%(account)s is not a social network channel.") % {"account": account}
        )
    seconds = _poll_every(poll_every)
    stored: dict[str, Any] = {**account.config, **credentials.secrets_of(account)}
    given = {k: v for k, v in options.items() if v is not None}
    found = registration.clean({**stored, **given})
    config = {
        **account.config,
        **found.config,
        "poll_every_seconds": seconds or polling.every_seconds(account),
    }
    with transaction.atomic():
        account = ChannelAccount.objects.select_for_update().get(pk=account.pk)
        account.config = {**config, "state": account.config.get("state") or {}}
        account.secret_encrypted = credentials.encrypt_secrets(found.secrets)
        account.save(update_fields=["config", "secret_encrypted"])
    polling.resume(account)
    return account
