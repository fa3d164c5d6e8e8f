"""Forms of the bridge. They parse input only; the actions decide what is allowed."""

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from openline.channels.social.sharing import share_limit
from openline.community.models import Space, ThreadKind
from openline.inbox.models import ChannelAccount, Message

from ..models import QuestionSource

TEXT_MAX = 20_000


class PublishForm(forms.Form):
    title = forms.CharField(max_length=300, label=_("Title"))
    question = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6}), max_length=TEXT_MAX, label=_("The question")
    )
    source = forms.ChoiceField(
        choices=QuestionSource.choices, widget=forms.RadioSelect, label=_("The customer's words")
    )
    consent_note = forms.CharField(
        max_length=300,
        required=False,
        label=_("How they agreed"),
        widget=forms.TextInput(attrs={"placeholder": _("e.g. asked by e-mail on 3 December")}),
    )
    answer_id = forms.TypedChoiceField(coerce=int, label=_("Accepted answer"))
    answer = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 6}),
        max_length=TEXT_MAX,
        label=_("The answer as published"),
    )
    space = forms.ChoiceField(label=_("Space"))
    kind = forms.ChoiceField(
        choices=[(ThreadKind.QUESTION, "Question"), (ThreadKind.PROBLEM, "Problem")],
        initial=ThreadKind.QUESTION,
        label=_("Kind"),
    )
    tags = forms.CharField(
        max_length=300, required=False, label=_("Tags"),
        help_text=_("Up to five, separated by commas."),
    )  # fmt: skip
    link_back = forms.BooleanField(
        required=False, label=_("Also reply to the customer with the thread's link")
    )
    link_back_text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), max_length=2000, required=False,
        label=_("The reply"), help_text=_("{link} becomes the thread's address."),
    )  # fmt: skip
    acknowledged = forms.BooleanField(
        required=False, label=_("I have read the warnings: publish anyway")
    )

    def __init__(
        self, *args: Any, answers: list[Message], spaces: list[Space], public: bool, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["answer_id"]
        assert isinstance(field, forms.TypedChoiceField)
        field.choices = [
            (m.pk, f"{m.author.name if m.author else 'Staff'} · {m.created_at:%d %b %H:%M}")
            for m in answers
        ]
        space_field = self.fields["space"]
        assert isinstance(space_field, forms.ChoiceField)
        space_field.choices = [(s.slug, s.name) for s in spaces]
        source = self.fields["source"]
        assert isinstance(source, forms.ChoiceField)
        # A private message is never offered for quoting without consent.
        source.choices = [
            (value, label)
            for value, label in QuestionSource.choices
            if public or value != QuestionSource.QUOTED
        ]
        # Set when the checks refused a text: name → what the page shows (web/_findings.html).
        self.guidance: dict[str, dict[str, Any]] = {}

    def tag_slugs(self) -> list[str]:
        return [t for t in self.cleaned_data.get("tags", "").replace(" ", ",").split(",") if t]


class ShareForm(forms.Form):
    accounts = forms.TypedMultipleChoiceField(
        coerce=int, widget=forms.CheckboxSelectMultiple, label=_("Post on")
    )
    text = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}),
        max_length=1000,
        label=pgettext_lazy("the text of a post", "Post"),
    )
    acknowledged = forms.BooleanField(
        required=False, label=_("I have read the warnings: post anyway")
    )

    def __init__(self, *args: Any, accounts: list[ChannelAccount], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["accounts"]
        assert isinstance(field, forms.TypedMultipleChoiceField)
        field.choices = [(a.pk, _account_label(a)) for a in accounts]
        self.guidance: dict[str, dict[str, Any]] = {}


def _account_label(account: ChannelAccount) -> str:
    limit = f", {share_limit(account)} characters" if share_limit(account) else ""
    return f"{account.name} ({account.get_kind_display()}{limit})"
