from django import forms
from django.contrib import admin
from django.core.exceptions import ValidationError

from . import actions
from .models import ConfidentialTerm, PolicyRule, PublicContact


class ConfidentialTermForm(forms.ModelForm):
    class Meta:
        model = ConfidentialTerm
        fields = ("term", "category", "note", "active")

    def clean_term(self) -> str:
        try:
            return actions.clean_term(self.cleaned_data["term"], exclude_pk=self.instance.pk)
        except ValidationError as error:
            raise ValidationError(error.message_dict["term"]) from None


@admin.register(ConfidentialTerm)
class ConfidentialTermAdmin(admin.ModelAdmin):
    form = ConfidentialTermForm
    list_display = ("term", "category", "active", "note", "created_by", "created_at")
    list_filter = ("category", "active")
    search_fields = ("term", "note")
    readonly_fields = ("created_by", "created_at", "updated_at")

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


class PublicContactForm(forms.ModelForm):
    class Meta:
        model = PublicContact
        fields = ("value", "note")

    def clean_value(self) -> str:
        value = self.cleaned_data["value"]
        try:
            kind, normalised = actions.parse_contact(value)
        except ValidationError as error:
            raise ValidationError(error.message_dict["value"]) from None
        if PublicContact.objects.exclude(pk=self.instance.pk).filter(normalised=normalised):
            raise ValidationError(f"{normalised} is already a public contact.")
        self.instance.kind, self.instance.normalised = kind, normalised
        return value.strip()


@admin.register(PublicContact)
class PublicContactAdmin(admin.ModelAdmin):
    form = PublicContactForm
    list_display = ("value", "kind", "normalised", "note")
    list_filter = ("kind",)
    search_fields = ("value", "normalised", "note")


class PolicyRuleForm(forms.ModelForm):
    channel = forms.RegexField(
        regex=r"^[a-z][a-z0-9_-]{0,31}$", required=False,
        help_text="e.g. community or email; blank for every channel.",
        error_messages={"invalid": "Lower-case letters, digits, - and _ only."},
    )  # fmt: skip

    class Meta:
        model = PolicyRule
        fields = ("kind", "action", "channel", "author_role", "note")


@admin.register(PolicyRule)
class PolicyRuleAdmin(admin.ModelAdmin):
    form = PolicyRuleForm
    list_display = ("kind", "channel", "author_role", "action", "note")
    list_filter = ("kind", "action", "channel", "author_role")
