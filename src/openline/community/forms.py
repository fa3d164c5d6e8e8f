from collections.abc import Iterable
from typing import Any

from django import forms
from django.conf import settings

from .models import Space, Tag, ThreadKind, ThreadStatus


class ThreadForm(forms.Form):
    space = forms.ChoiceField(label="Where")
    kind = forms.ChoiceField(
        choices=ThreadKind.choices, initial=ThreadKind.QUESTION, label="What is it"
    )
    title = forms.CharField(max_length=400, widget=forms.TextInput(attrs={"autocomplete": "off"}))
    body = forms.CharField(
        widget=forms.Textarea, max_length=settings.OPENLINE["BODY_MAX"] * 2, label="Details"
    )
    tags = forms.MultipleChoiceField(required=False, widget=forms.SelectMultiple(attrs={"size": 6}))
    # Shown once the checks warned: the author posts over the warnings knowingly.
    acknowledged = forms.BooleanField(
        required=False, label="I have read the warnings and post anyway"
    )

    def __init__(
        self, *args: Any, spaces: Iterable[Space] = (), tags: Iterable[Tag] = (), **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        space, tag = self.fields["space"], self.fields["tags"]
        assert isinstance(space, forms.ChoiceField) and isinstance(tag, forms.ChoiceField)
        space.choices = [(s.slug, s.name) for s in spaces]
        tag.choices = [(t.slug, t.name) for t in tags]


class EditThreadForm(forms.Form):
    title = forms.CharField(max_length=400)
    body = forms.CharField(widget=forms.Textarea, max_length=settings.OPENLINE["BODY_MAX"] * 2)


class ReplyForm(forms.Form):
    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6, "placeholder": "Write a helpful answer…"}),
        max_length=settings.OPENLINE["BODY_MAX"] * 2,
        label="Your reply",
    )
    # Shown once the checks warned: the author publishes over the warnings knowingly.
    acknowledged = forms.BooleanField(
        required=False, label="I have read the warnings and publish anyway"
    )


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=ThreadStatus.choices)
    reason = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)


class RetractForm(forms.Form):
    note = forms.CharField(widget=forms.Textarea(attrs={"rows": 2}), max_length=2000)
