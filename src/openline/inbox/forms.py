"""Forms of the inbox pages. They parse input only; the actions decide what is allowed."""

from typing import Any

from django import forms
from django.core.validators import validate_slug
from django.utils.translation import gettext_lazy as _

from openline.language.voice import INTENTS, SENTIMENTS

from .actions import BODY_MAX
from .models import ChannelKind, ConversationStatus
from .selectors import QUEUES, SEARCH_MAX, SORTS
from .voice_labels import INTENT_LABELS, SENTIMENT_LABELS

STATUS_CHOICES = ConversationStatus.choices


class FilterForm(forms.Form):
    """The list's queue and filters, from the query string. Bad values are dropped, never an
    error: a hand-edited URL still shows a list."""

    queue = forms.ChoiceField(choices=list(QUEUES.items()), required=False)
    channel = forms.CharField(max_length=20, required=False, validators=[validate_slug])
    space = forms.SlugField(max_length=100, required=False)
    tag = forms.CharField(max_length=100, required=False)  # a slug or a tag's name
    status = forms.ChoiceField(choices=[("", _("Any status")), *STATUS_CHOICES], required=False)
    intent = forms.ChoiceField(
        choices=[("", _("Any intent")), *((i, INTENT_LABELS.get(i, i)) for i in INTENTS)],
        required=False,
    )
    sentiment = forms.ChoiceField(
        choices=[("", _("Any sentiment")), *((s, SENTIMENT_LABELS.get(s, s)) for s in SENTIMENTS)],
        required=False,
    )
    q = forms.CharField(max_length=SEARCH_MAX, required=False, label=_("Search"))
    sort = forms.ChoiceField(choices=list(SORTS.items()), required=False)

    def filters(self) -> dict[str, str]:
        """The valid, non-empty values, queue first (defaulting to unassigned)."""
        self.is_valid()
        data = {k: v for k, v in self.cleaned_data.items() if v}
        return {"queue": data.pop("queue", "unassigned"), **data}

    def ignored(self) -> list[str]:
        """The labels of the filters whose value was not understood (and so not applied)."""
        self.is_valid()
        return [str(self.fields[name].label or name.capitalize()) for name in self.errors]


# Filters that narrow a queue (not the queue itself, the order or the page).
NARROWING = ("channel", "space", "tag", "status", "intent", "sentiment", "q")
BULK_MAX = 100


class BulkForm(forms.Form):
    """Selected rows of the list and one change for all of them."""

    action = forms.ChoiceField(choices=[("assign", "Assign"), ("status", "Set status")])
    assignee = forms.CharField(max_length=150, required=False)
    status = forms.ChoiceField(choices=STATUS_CHOICES, required=False)
    back = forms.CharField(max_length=2000, required=False)

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        raw = self.data.getlist("conversation") if hasattr(self.data, "getlist") else []
        ids = sorted({int(v) for v in raw if str(v).isdigit() and len(str(v)) < 12})
        if not ids:
            raise forms.ValidationError(_("Select at least one conversation first."))
        if len(ids) > BULK_MAX:
            raise forms.ValidationError(
                _("Select at most %(BULK_MAX)s conversations at once.") % {"BULK_MAX": BULK_MAX}
            )
        if data.get("action") == "status" and not data.get("status"):
            raise forms.ValidationError(_("Choose the status to set."))
        data["ids"] = ids
        return data


CHANNEL_CHOICES = [("", _("Every channel")), *ChannelKind.choices]


class ReplyForm(forms.Form):
    body = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6, "placeholder": _("Write to the customer…")}),
        max_length=BODY_MAX,
        label=_("Reply to the customer"),
    )
    status = forms.ChoiceField(
        choices=STATUS_CHOICES,
        initial=ConversationStatus.PENDING,
        label=_("Then set the conversation to"),
    )
    acknowledged = forms.BooleanField(
        required=False, label=_("I have read the warnings: send it anyway")
    )
    split = forms.BooleanField(
        required=False, label=_("If it is too long for one post, send it as a numbered thread")
    )
    # Set when the checks refused the reply: what the page shows of it (web/_findings.html).
    guidance: dict[str, Any] | None = None


class NoteForm(forms.Form):
    body = forms.CharField(
        widget=forms.Textarea(
            attrs={
                "rows": 3,
                "placeholder": _("Only colleagues see this. Mention with @username."),
            }
        ),
        max_length=BODY_MAX,
        label=_("Internal note"),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("auto_id", "note_%s")  # beside the reply form: ids must differ
        super().__init__(*args, **kwargs)


class StatusForm(forms.Form):
    status = forms.ChoiceField(choices=STATUS_CHOICES)
    then = forms.ChoiceField(choices=[("", "stay"), ("list", "back to the list")], required=False)


class AssignForm(forms.Form):
    """`me`, `round-robin`, a colleague's username, or empty to unassign."""

    assignee = forms.CharField(max_length=150, required=False)


class AvailabilityForm(forms.Form):
    available = forms.BooleanField(required=False)
