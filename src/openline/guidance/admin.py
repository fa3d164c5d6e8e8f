from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError
from django.db.models import Model
from django.http import HttpRequest
from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import User
from openline.core.admin_filters import labelled_filter
from openline.inbox.models import channel_label

from .models import (
    AuditLog,
    ConfidentialTerm,
    LearningCase,
    PolicyRule,
    PublicContact,
    ReviewRequest,
)
from .policy import OFF, OFF_REFUSED


def every_channel(value: str) -> str:
    """A policy rule's channel; blank: the rule holds on every channel."""
    return channel_label(value) if value else gettext("every channel")


class ChannelColumn[M: Model](admin.ModelAdmin[M]):
    """The stored channel ("email") named as the reader calls it ("E-Mail")."""

    @admin.display(description=_("channel"), ordering="channel")
    def channel_name(self, obj: M) -> str:
        return every_channel(obj.channel)  # type: ignore[attr-defined]


class ConfidentialTermForm(forms.ModelForm[ConfidentialTerm]):
    # One variant a line: easier to edit than the JSON list it is stored as.
    variants = forms.CharField(
        label=capfirst(ConfidentialTerm._meta.get_field("variants").verbose_name),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        # format_lazy: adding to the lazy help text would translate it once, at import
        help_text=format_lazy(
            "{} {}", ConfidentialTerm._meta.get_field("variants").help_text, _("One per line.")
        ),
    )

    class Meta:
        model = ConfidentialTerm
        fields = ("term", "variants", "category", "note", "active")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.initial["variants"] = "\n".join(self.instance.variants or [])

    def clean_term(self) -> str:
        from . import actions  # with its detectors: not on every process's start (apps.py)

        try:
            return actions.clean_term(self.cleaned_data["term"], exclude_pk=self.instance.pk)
        except ValidationError as error:
            raise ValidationError(error.message_dict["term"]) from None

    def clean_variants(self) -> list[str]:
        from . import actions

        try:
            return actions.clean_variants(
                self.cleaned_data["variants"], term=self.data.get("term", "")
            )
        except ValidationError as error:
            raise ValidationError(error.message_dict["variants"]) from None


@admin.register(ConfidentialTerm)
class ConfidentialTermAdmin(admin.ModelAdmin[ConfidentialTerm]):
    form = ConfidentialTermForm
    list_display = ("term", "category", "active", "variants", "note", "created_by", "created_at")
    list_filter = ("category", "active")
    search_fields = ("term", "note", "variants")
    readonly_fields = ("created_by", "created_at", "updated_at")

    def save_model(
        self, request: HttpRequest, obj: ConfidentialTerm, form: Any, change: bool
    ) -> None:
        if not change:
            assert isinstance(request.user, User)  # the admin is for signed-in staff
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


class PublicContactForm(forms.ModelForm[PublicContact]):
    class Meta:
        model = PublicContact
        fields = ("value", "note")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        from . import actions

        self.fields["value"].help_text = _(
            "As written, e.g. +44 161 496 0000. A number without its country code is read as "
            "a number in %(country)s, the company's country (setting OPENLINE_COMPANY_COUNTRY)."
        ) % {"country": actions.company_country()}

    def clean_value(self) -> str:
        value: str = self.cleaned_data["value"]
        from . import actions

        try:
            kind, normalised = actions.parse_contact(value)
        except ValidationError as error:
            raise ValidationError(error.message_dict["value"]) from None
        if PublicContact.objects.exclude(pk=self.instance.pk).filter(normalised=normalised):
            raise ValidationError(
                _("%(contact)s is already a public contact.") % {"contact": normalised}
            )
        self.instance.kind, self.instance.normalised = kind, normalised
        return value.strip()


@admin.register(PublicContact)
class PublicContactAdmin(admin.ModelAdmin[PublicContact]):
    form = PublicContactForm
    list_display = ("value", "kind", "normalised", "note")
    list_filter = ("kind",)
    search_fields = ("value", "normalised", "note")


class PolicyRuleForm(forms.ModelForm[PolicyRule]):
    channel = forms.RegexField(
        label=capfirst(PolicyRule._meta.get_field("channel").verbose_name),
        regex=r"^[a-z][a-z0-9_-]{0,31}$", required=False,
        help_text=_("e.g. community or email; blank for every channel."),
        error_messages={"invalid": _("Lower-case letters, digits, - and _ only.")},
    )  # fmt: skip

    class Meta:
        model = PolicyRule
        fields = ("kind", "action", "channel", "author_role", "note")

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean() or {}
        if cleaned.get("action") == OFF and cleaned.get("kind") in OFF_REFUSED:
            self.add_error(
                "action", _("Secrets, card numbers and bank accounts are always reported.")
            )
        return cleaned


@admin.register(PolicyRule)
class PolicyRuleAdmin(ChannelColumn[PolicyRule]):
    form = PolicyRuleForm
    list_display = ("kind", "channel_name", "author_role", "action", "note")
    list_filter = ("kind", "action", ("channel", labelled_filter(every_channel)), "author_role")


class ReadOnlyAdmin[M: Model](ChannelColumn[M]):
    """Decisions are made on the guidance pages, where they are checked and audited. The
    page of one shows its channel by name, where the stored code would be."""

    def get_readonly_fields(self, request: HttpRequest, obj: M | None = None) -> Any:
        return (*super().get_readonly_fields(request, obj), "channel_name")

    def get_fields(self, request: HttpRequest, obj: M | None = None) -> Any:
        fields = [field for field in super().get_fields(request, obj) if field != "channel_name"]
        return ["channel_name" if field == "channel" else field for field in fields]

    def has_add_permission(self, request: HttpRequest, obj: M | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: M | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: M | None = None) -> bool:
        return False


@admin.register(ReviewRequest)
class ReviewRequestAdmin(ReadOnlyAdmin[ReviewRequest]):
    list_display = (
        "id", "author", "channel_name", "status", "created_at", "time_in_review", "reviewer"
    )  # fmt: skip
    list_filter = ("status", ("channel", labelled_filter(channel_label)))
    search_fields = ("text", "author__username")
    list_select_related = ("author", "reviewer")


@admin.register(AuditLog)
class AuditLogAdmin(ReadOnlyAdmin[AuditLog]):
    list_display = ("created_at", "decision", "actor", "author", "channel_name", "excerpt")
    list_filter = ("decision", ("channel", labelled_filter(channel_label)))
    search_fields = ("excerpt", "actor__username", "author__username")
    list_select_related = ("actor", "author")
    date_hierarchy = "created_at"


@admin.register(LearningCase)
class LearningCaseAdmin(admin.ModelAdmin[LearningCase]):
    list_display = ("title", "kind", "anonymised", "created_at")
    list_filter = ("kind", "anonymised")
    search_fields = ("title", "what_happened", "why", "what_now")
    raw_id_fields = ("reply", "author", "created_by")
