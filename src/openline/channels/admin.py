"""Channel accounts in Django's admin, for operators (here, not in the inbox's admin: checking
an account's settings needs the channels app, which sits above the inbox). Secrets are never
shown: a new one can be set, or generated for webhooks, and is stored encrypted."""

from typing import Any

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from openline.core import crypto
from openline.inbox.models import ChannelAccount, ChannelKind

from . import accounts  # the admin is a front end to channel accounts, like the command
from .social import base as social


class ChannelAccountForm(forms.ModelForm):
    new_secret = forms.CharField(
        label=capfirst(_("new secret")),
        required=False,
        strip=True,
        widget=forms.PasswordInput(render_value=False, attrs={"autocomplete": "off"}),
        help_text=_(
            "Leave empty to keep the current secret. Webhook channels: a whsec_… secret; left "
            "empty on a new webhook channel, one is generated and shown once."
        ),
    )

    class Meta:
        model = ChannelAccount
        fields = ("kind", "name", "config", "is_active")

    def clean(self) -> dict[str, Any]:
        super().clean()
        cleaned = self.cleaned_data
        kind = cleaned.get("kind") or (self.instance.kind if self.instance.pk else None)
        if kind is None:
            return cleaned
        try:
            cleaned["config"] = accounts.clean_config(kind, cleaned.get("config") or {})
        except ValidationError as error:
            self.add_error("config", error)
        secret = cleaned.get("new_secret")
        if secret and social.registration(kind) is not None:
            self.add_error(
                "new_secret",
                _(
                    "A social network's secrets are checked with the network: give a new one "
                    "with `openline channel update <id> --token …` (or the network's own option)."
                ),
            )
        if not self.instance.pk and social.registration(kind) is not None:
            self.add_error(
                None,
                _("Add %(kind)s accounts with `openline channel add %(kind)s`: it checks them.")
                % {"kind": kind},
            )
        if secret and kind == ChannelKind.WEBHOOK:
            try:
                cleaned["new_secret"] = accounts.check_webhook_secret(secret)
            except ValidationError as error:
                self.add_error("new_secret", error)
        return cleaned


@admin.register(ChannelAccount)
class ChannelAccountAdmin(admin.ModelAdmin):
    form = ChannelAccountForm
    list_display = ("name", "kind", "is_active", "has_secret", "created_at")
    list_filter = ("kind", "is_active")
    search_fields = ("name",)
    readonly_fields = ("has_secret", "webhook_path", "created_at")

    @admin.display(boolean=True, description=_("secret set"))
    def has_secret(self, obj: ChannelAccount) -> bool:
        return bool(obj.secret_encrypted)

    @admin.display(description=_("webhook URL"))
    def webhook_path(self, obj: ChannelAccount) -> str:
        return f"/hooks/{obj.pk}/" if obj.pk and obj.kind == ChannelKind.WEBHOOK else "-"

    def get_readonly_fields(self, request, obj=None):
        # Conversations keep their channel's kind: it is set once.
        return (*self.readonly_fields, "kind") if obj is not None else self.readonly_fields

    def save_model(self, request, obj, form, change) -> None:
        secret = form.cleaned_data.get("new_secret", "")
        generated = not secret and not change and obj.kind == ChannelKind.WEBHOOK
        if generated:
            secret = accounts.new_webhook_secret()
        if secret:
            obj.secret_encrypted = crypto.encrypt(secret)
        super().save_model(request, obj, form, change)
        if generated:
            self.message_user(
                request,
                _("The secret of %(name)s (shown only now, store it at the source): %(secret)s")
                % {"name": obj.name, "secret": secret},
                messages.WARNING,
            )
