"""Forms of the inbox's settings pages. They only read the fields; the rules (names, minutes,
hours, variables) are the actions' and come back as the fields' errors."""

from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.utils.dates import WEEKDAYS_ABBR
from django.utils.translation import gettext_lazy as _

from openline.core.forms import add_action_errors

from . import sla
from .models import CannedReply, SlaPolicy

# Django's own abbreviations ("Mo", "Di" … for a German reader), read when shown.
DAY_NAMES = dict(zip(sla.DAYS, (WEEKDAYS_ABBR[day] for day in range(7)), strict=True))


def hours_summary(policy: SlaPolicy) -> str:
    """ "Europe/Berlin: Mon 09:00-17:00 · Tue …", or around the clock."""
    hours = policy.business_hours or {}
    days = [f"{label} {hours[day]}" for day, label in DAY_NAMES.items() if hours.get(day)]
    return f"{policy.time_zone}: {'\u00a0· '.join(days)}" if days else str(_("Around the clock"))


class SlaPolicyForm(forms.Form):
    name = forms.CharField(label=_("Name"), max_length=200)
    first_response_minutes = forms.IntegerField(
        label=_("First answer within (minutes)"),
        help_text=_("Business minutes: 240 is four hours."),
    )
    next_response_minutes = forms.IntegerField(
        label=_("Each next answer within (minutes)"),
        help_text=_("After the customer writes again."),
    )
    time_zone = forms.ChoiceField(
        label=_("Time zone"),
        choices=sla.zone_choices,
        help_text=_("Where the business hours are kept."),
    )
    is_default = forms.BooleanField(
        required=False, label=_("The default policy (for conversations without one)")
    )

    def __init__(self, *args: Any, policy: SlaPolicy | None = None, **kwargs: Any) -> None:
        if policy is not None:
            kwargs.setdefault(
                "initial",
                {
                    "name": policy.name,
                    "first_response_minutes": policy.first_response_minutes,
                    "next_response_minutes": policy.next_response_minutes,
                    "time_zone": policy.time_zone,
                    "is_default": policy.is_default,
                    **{day: (policy.business_hours or {}).get(day, "") for day in sla.DAYS},
                },
            )
        else:
            kwargs.setdefault(
                "initial",
                {"time_zone": "UTC", "first_response_minutes": 240, "next_response_minutes": 480},
            )
        super().__init__(*args, **kwargs)
        for day, label in DAY_NAMES.items():
            self.fields[day] = forms.CharField(
                required=False,
                max_length=200,
                label=label,
                widget=forms.TextInput(attrs={"placeholder": _("closed"), "inputmode": "text"}),
            )

    @property
    def day_fields(self) -> list[forms.BoundField]:
        return [self[day] for day in sla.DAYS]

    def action_fields(self) -> dict[str, Any]:
        data = self.cleaned_data
        return {
            "name": data["name"],
            "first_response_minutes": data["first_response_minutes"],
            "next_response_minutes": data["next_response_minutes"],
            "time_zone": data["time_zone"],
            "is_default": data["is_default"],
            "business_hours": {day: data.get(day, "") for day in sla.DAYS},
        }

    def add_action_errors(self, error: ValidationError) -> None:
        """An hours error names its day ("tue: the ranges overlap"): shown on that day's box."""
        if not hasattr(error, "error_dict"):
            add_action_errors(self, error)
            return
        for field, messages in error.message_dict.items():
            if field == "business_hours":
                for message in messages:
                    day = message.split(":", 1)[0]
                    self.add_error(day if day in sla.DAYS else None, message)
            else:
                self.add_error(field if field in self.fields else None, messages)


class CannedReplyForm(forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    body = forms.CharField(
        label=_("Text"),
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("Variables: {customer_name}, {agent_name}, {company}, {subject}."),
    )

    def __init__(self, *args: Any, canned: CannedReply | None = None, **kwargs: Any) -> None:
        if canned is not None:
            kwargs.setdefault("initial", {"title": canned.title, "body": canned.body})
        super().__init__(*args, **kwargs)
