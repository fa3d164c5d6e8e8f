from collections.abc import Iterable
from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from .models import Space, Tag, ThreadKind, ThreadStatus


def title_field() -> forms.CharField:
    """The title up to the server's limit (`TITLE_MAX`), which the page's counter reads from
    the field. No `maxlength` attribute: a pasted long title would be cut silently; the counter
    says it is too long and the server refuses it with the same words."""
    field = forms.CharField(
        max_length=settings.OPENLINE["TITLE_MAX"],
        error_messages={
            "max_length": "Keep the title under %(limit_value)d characters (%(show_value)d now)."
        },
    )
    field.widget.attrs.pop("maxlength", None)
    field.widget.attrs["autocomplete"] = "off"
    return field


class ThreadForm(forms.Form):
    space = forms.ChoiceField(label=_("Where"))
    kind = forms.ChoiceField(
        choices=ThreadKind.choices, initial=ThreadKind.QUESTION, label=_("What is it?")
    )
    title = title_field()
    body = forms.CharField(
        widget=forms.Textarea, max_length=settings.OPENLINE["BODY_MAX"] * 2, label=_("Details")
    )
    tags = forms.MultipleChoiceField(
        required=False, label=_("Product areas"), widget=forms.SelectMultiple(attrs={"size": 6})
    )
    # Shown once the checks warned: the author posts over the warnings knowingly.
    acknowledged = forms.BooleanField(
        required=False, label=_("I have read the warnings and post anyway")
    )

    def __init__(
        self, *args: Any, spaces: Iterable[Space] = (), tags: Iterable[Tag] = (), **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        space, tag = self.fields["space"], self.fields["tags"]
        assert isinstance(space, forms.ChoiceField) and isinstance(tag, forms.ChoiceField)
        self.fields["title"].widget.attrs["aria-describedby"] = "title-count"
        self.fields["body"].widget.attrs["aria-describedby"] = "body-help"
        tag.widget.attrs.update({"data-tag-picker": "", "aria-describedby": "tags-help"})
        space.choices = [(s.slug, s.name) for s in spaces]
        tag.choices = [(t.slug, t.name) for t in tags]


class EditThreadForm(forms.Form):
    title = title_field()
    body = forms.CharField(widget=forms.Textarea, max_length=settings.OPENLINE["BODY_MAX"] * 2)


class ReplyForm(forms.Form):
    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6, "placeholder": _("Write a helpful answer…")}),
        max_length=settings.OPENLINE["BODY_MAX"] * 2,
        label=_("Your reply"),
    )
    # Shown once the checks warned: the author publishes over the warnings knowingly.
    acknowledged = forms.BooleanField(
        required=False, label=_("I have read the warnings and publish anyway")
    )


class PreviewForm(forms.Form):
    body = forms.CharField(required=False, max_length=settings.OPENLINE["BODY_MAX"] * 2)


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=ThreadStatus.choices)
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)


class RetractForm(forms.Form):
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
