"""Forms of guidance's settings pages; the rules are the settings actions'."""

from typing import Any

from django import forms
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import Role
from openline.inbox.models import ChannelKind

from .models import Action, ConfidentialTerm, Kind, PolicyRule, TermCategory


class PolicyRuleForm(forms.Form):
    kind = forms.ChoiceField(choices=Kind.choices, label=_("Kind of finding"))
    action = forms.ChoiceField(choices=Action.choices, label=_("What happens"))
    channel = forms.CharField(
        label=_("Channel"),
        required=False,
        max_length=64,
        help_text=format_lazy(
            _("Only on this channel ({kinds}); empty for every channel."),
            kinds=", ".join(ChannelKind.values),
        ),
        widget=forms.TextInput(attrs={"list": "channel-kinds", "autocomplete": "off"}),
    )
    author_role = forms.ChoiceField(
        choices=[("", _("Every role")), *Role.choices], required=False, label=_("Author's role")
    )
    note = forms.CharField(
        label=_("Note"), required=False, max_length=400, help_text=_("Why: for colleagues.")
    )

    def __init__(self, *args: Any, rule: PolicyRule | None = None, **kwargs: Any) -> None:
        if rule is not None:
            kwargs.setdefault(
                "initial",
                {
                    "kind": rule.kind,
                    "action": rule.action,
                    "channel": rule.channel,
                    "author_role": rule.author_role,
                    "note": rule.note,
                },
            )
        super().__init__(*args, **kwargs)


class TermForm(forms.Form):
    term = forms.CharField(
        label=_("Term"),
        max_length=400,
        help_text=_("The word or name that must not appear in public."),
    )
    category = forms.ChoiceField(label=_("Category"), choices=TermCategory.choices)
    variants = forms.CharField(
        label=_("Variants"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "Other ways of writing it, one per line: abbreviations, ids, the phrase "
            "people use for it."
        ),
    )
    note = forms.CharField(
        label=_("Note"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 2}),
        help_text=_("Why it is confidential; shown to the author."),
    )
    ordinary_contexts = forms.CharField(
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        label=_("Ordinary contexts"),
        help_text=_(
            "Words that, beside the term, mean it is used in its ordinary sense, one context "
            'per line ("hovering car park"). Two words of a line must stand within four '
            "words of the term, or a line's only word. Learned from accepted reports."
        ),
    )
    active = forms.BooleanField(required=False, initial=True, label=_("Matched in drafts (active)"))

    def __init__(self, *args: Any, term: ConfidentialTerm | None = None, **kwargs: Any) -> None:
        if term is not None:
            kwargs.setdefault(
                "initial",
                {
                    "term": term.term,
                    "category": term.category,
                    "variants": "\n".join(term.variants or []),
                    "note": term.note,
                    "ordinary_contexts": "\n".join(term.ordinary_contexts or []),
                    "active": term.active,
                },
            )
        super().__init__(*args, **kwargs)


class GoodwillForm(forms.Form):
    allowance = forms.CharField(
        label=_("Goodwill allowance"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 5, "spellcheck": "false"}),
        help_text=_(
            "The most an agent may offer without asking, one limit per line: an amount with its "
            "currency (£25, EUR 30, 30 CHF, US$30) or a number and what is given (1 free month, "
            "15 credits). Goodwill above the limit of its currency or unit is a legal-risk "
            "finding; at or below it, none. Empty: goodwill is not measured."
        ),
    )
