"""The channel form of the settings page, built per kind: the e-mail, webhook and feed
settings, or the options a social network declares. Secret fields are password inputs that
never render a value: empty keeps the stored secret."""

from typing import Any

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from openline.inbox.models import ChannelAccount, ChannelKind

from .social import base as social


def _lines(value: str) -> list[str]:
    return [line.strip() for line in (value or "").splitlines() if line.strip()]


def _secret_input() -> forms.PasswordInput:
    return forms.PasswordInput(render_value=False, attrs={"autocomplete": "new-password"})


class ChannelForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)

    def __init__(
        self, *args: Any, kind: str, account: ChannelAccount | None = None, **kwargs: Any
    ) -> None:
        self.kind, self.account = kind, account
        config = account.config if account else {}
        initial = {
            "name": account.name if account else "",
            "is_active": account.is_active if account else True,
        }
        initial.update(kwargs.pop("initial", None) or {})
        kwargs["initial"] = initial
        super().__init__(*args, **kwargs)
        if account is not None:
            self.fields["is_active"] = forms.BooleanField(
                required=False, label=_("Active: receives and sends")
            )
        add = self.fields.__setitem__
        if kind == ChannelKind.EMAIL:
            add(
                "address",
                forms.EmailField(label=_("Support address"), initial=config.get("address", "")),
            )
            add(
                "from_name",
                forms.CharField(
                    required=False,
                    max_length=120,
                    initial=config.get("from_name", ""),
                    help_text=_("The sender name on replies; empty for the company's name."),
                ),
            )
            add(
                "trust_sender_address",
                forms.BooleanField(
                    required=False,
                    initial=bool(config.get("trust_sender_address")),
                    label=_(
                        "Trust sender addresses (the mail server in front checks SPF/DKIM/DMARC)"
                    ),
                ),
            )
        elif kind == ChannelKind.WEBHOOK:
            add(
                "reply_url",
                forms.URLField(
                    required=False,
                    initial=config.get("reply_url", ""),
                    label=_("Reply URL"),
                    help_text=_("Where replies are posted; empty when the source fetches them."),
                ),
            )
            add(
                "new_secret",
                forms.CharField(
                    required=False,
                    widget=_secret_input(),
                    label=_("New signing secret"),
                    help_text=_(
                        "A whsec_… secret. Leave empty to keep the current one (a new channel "
                        "gets a generated one, shown once)."
                    )
                    if account is None
                    else _("A whsec_… secret. Leave empty to keep the current one."),
                ),
            )
        elif kind == ChannelKind.FEED:
            add(
                "urls",
                forms.CharField(
                    widget=forms.Textarea(attrs={"rows": 3}),
                    label=_("Feed URLs"),
                    initial="\n".join(config.get("urls") or []),
                    help_text=_("One RSS or Atom URL per line."),
                ),
            )
            add(
                "keywords",
                forms.CharField(
                    widget=forms.Textarea(attrs={"rows": 3}),
                    initial="\n".join(config.get("keywords") or []),
                    help_text=_(
                        "One per line: only entries with one of them become conversations."
                    ),
                ),
            )
            add(
                "exclude",
                forms.CharField(
                    required=False,
                    widget=forms.Textarea(attrs={"rows": 2}),
                    initial="\n".join(config.get("exclude") or []),
                    help_text=_("One per line: entries with one of these are skipped."),
                ),
            )
        elif (registration := social.registration(kind)) is not None:
            for option in registration.options:
                key = option.flag.lstrip("-").replace("-", "_")
                label = option.label or key.replace("_", " ").capitalize()
                if option.secret:
                    help_text = (
                        format_lazy("{} {}", option.help, _("Leave empty to keep the stored one."))
                        if account
                        else option.help
                    )
                    add(
                        key,
                        forms.CharField(
                            required=option.required and account is None,
                            label=label,
                            widget=_secret_input(),
                            help_text=help_text,
                        ),
                    )
                else:
                    add(
                        key,
                        forms.CharField(
                            required=option.required and account is None,
                            label=label,
                            initial=config.get(key, ""),
                            help_text=option.help,
                        ),
                    )
            add(
                "poll_every",
                forms.IntegerField(
                    required=False,
                    min_value=10,
                    label=_("Poll every (seconds)"),
                    initial=config.get("poll_every_seconds"),
                ),
            )

    @property
    def setting_fields(self) -> list[forms.BoundField]:
        return [self[name] for name in self.fields if name not in {"name", "is_active"}]

    def action_fields(self) -> dict[str, Any]:
        data = dict(self.cleaned_data)
        for key in ("urls", "keywords", "exclude"):
            if key in data:
                data[key] = _lines(data[key])
        data.pop("name", None)
        data.pop("is_active", None)
        return data
