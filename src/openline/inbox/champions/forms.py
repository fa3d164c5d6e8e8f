"""Forms of the champion pages. They parse input only; the actions decide what is allowed."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from openline.community.models import Space, Tag

from ..actions import BODY_MAX
from ..models import ChampionArea, ConversationStatus
from .actions import NOTE_MAX


class ChampionReplyForm(forms.Form):
    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6, "placeholder": _("Write to the customer…")}),
        max_length=BODY_MAX,
        label=_("Reply to the customer"),
    )
    status = forms.ChoiceField(
        choices=[
            (ConversationStatus.PENDING, _("Waiting on the customer")),
            (ConversationStatus.OPEN, _("Open")),
        ],
        initial=ConversationStatus.PENDING,
        label=_("Then set the conversation to"),
    )
    acknowledged = forms.BooleanField(
        required=False, label=_("I have read the warnings: send it anyway")
    )
    # Set when the checks refused the reply: what the page shows of it (web/_findings.html).
    guidance: dict[str, Any] | None = None


class HandBackForm(forms.Form):
    note = forms.CharField(
        widget=forms.Textarea(
            attrs={"rows": 2, "placeholder": _("Optional: what staff should know")}
        ),
        max_length=NOTE_MAX,
        required=False,
        label=_("Note for staff"),
    )


class OptInForm(forms.Form):
    areas = forms.ModelMultipleChoiceField(
        queryset=ChampionArea.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        required=False,
        label=_("Product areas you want to answer"),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        areas = self.fields["areas"]
        assert isinstance(areas, forms.ModelMultipleChoiceField)
        areas.queryset = ChampionArea.objects.filter(is_active=True)


class AreaForm(forms.Form):
    name = forms.CharField(max_length=80)
    # Empty labels of our own: Django's "- Select an option -" has no German translation yet.
    space = forms.ModelChoiceField(
        queryset=Space.objects.filter(is_private=False),
        required=False,
        to_field_name="slug",
        empty_label=_("Any space"),
    )
    tag = forms.ModelChoiceField(
        queryset=Tag.objects.all(), required=False, to_field_name="slug", empty_label=_("Any tag")
    )


class OfferForm(forms.Form):
    area = forms.ModelChoiceField(
        queryset=ChampionArea.objects.filter(is_active=True), empty_label=_("Choose an area")
    )
