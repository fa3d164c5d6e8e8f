from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Kind


class ReviewDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("approve", "Approve"), ("return", "Return")])
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 8}), required=False, strip=False,
        max_length=settings.OPENLINE["BODY_MAX"] * 2, label=_("Text to publish"),
    )  # fmt: skip
    note = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), required=False, max_length=4000,
        label=_("Note to the author"),
    )  # fmt: skip


class LearningCaseForm(forms.Form):
    title = forms.CharField(max_length=400, required=False, help_text=_("Optional: a short name."))
    what_happened = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000, label=_("What happened")
    )
    why = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000, required=False,
        label=_("Why it happened"),
    )  # fmt: skip
    what_now = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), max_length=10_000, label=_("What we do now")
    )
    kind = forms.ChoiceField(
        choices=[("", _("None of these")), *Kind.choices], required=False, label=_("Guidance kind")
    )
    anonymised = forms.BooleanField(
        required=False, label=_("Anonymise: do not show who wrote the reply in the library")
    )


class MistakeForm(LearningCaseForm):
    correction = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), max_length=4000,
        label=_("Correction (shown on the reply, to everyone)"),
    )  # fmt: skip
    acknowledged = forms.BooleanField(
        required=False, label=_("I have read the warnings and publish anyway")
    )

    field_order = ["correction", "acknowledged", "title", "what_happened", "why", "what_now",
                   "kind", "anonymised"]  # fmt: skip


class NameTermForm(forms.Form):
    """ "This is <term>": the words of a post that name a register term another way."""

    phrase = forms.CharField(
        max_length=400,
        label=_("The words that name it"),
        help_text=_("Select them in the post above, or type them as they are written there."),
    )
    term = forms.TypedChoiceField(coerce=int, label=_("The register term they name"))

    def __init__(self, *args: object, terms: list[tuple[int, str]], **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["term"].choices = [("", "—"), *terms]  # type: ignore[attr-defined]
