from collections.abc import Iterable
from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from openline.community.models import Space
from openline.people import trust


class InviteForm(forms.Form):
    username = forms.CharField(max_length=150)
    message = forms.CharField(
        max_length=2000, required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
    spaces = forms.MultipleChoiceField(required=False)

    def __init__(self, *args: Any, spaces: Iterable[Space] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["spaces"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = [(s.slug, s.name) for s in spaces]


class ThankForm(forms.Form):
    body = forms.CharField(max_length=1000, widget=forms.Textarea(attrs={"rows": 3}))


class PinForm(forms.Form):
    level = forms.TypedChoiceField(
        choices=[("", _("Not pinned: follow the criteria"))]
        + [(level, f"{level} · {name}") for level, name in trust.LEVEL_NAMES.items()],
        coerce=int,
        empty_value=None,
        required=False,
    )
