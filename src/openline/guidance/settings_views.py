"""Guidance's settings pages: the policy (what each kind of finding leads to, the built-in
defaults shown beside the rules that change them; admins) and the confidential register
(moderators and admins). Thin views over settings_actions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from openline.accounts.http import AuthenticatedHttpRequest
from openline.core.forms import add_action_errors
from openline.inbox.models import ChannelKind

from . import settings_actions
from .models import Action, ConfidentialTerm, PolicyRule
from .permissions import check_manage_policy, check_manage_register
from .selectors import policy_overview, register_terms
from .settings_forms import PolicyRuleForm, TermForm


@login_required
def policy(request: AuthenticatedHttpRequest) -> HttpResponse:
    check_manage_policy(request.user)
    context = {"kinds": policy_overview(), "actions": dict(Action.choices), "current": "policy"}
    return render(request, "guidance/settings/policy.html", context)


@login_required
def rule(request: AuthenticatedHttpRequest, pk: int | None = None) -> HttpResponse:
    check_manage_policy(request.user)
    found = get_object_or_404(PolicyRule, pk=pk) if pk is not None else None
    initial = {"kind": request.GET.get("kind", "")} if found is None else None
    form = PolicyRuleForm(request.POST or None, rule=found, initial=initial)
    if request.method == "POST" and form.is_valid():
        try:
            saved = settings_actions.save_policy_rule(request.user, found, **form.cleaned_data)
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            messages.success(
                request,
                _("Rule saved: %(kind)s → %(action)s.")
                % {"kind": saved.get_kind_display(), "action": saved.get_action_display()},
            )
            return redirect("guidance_settings:policy")
    context = {
        "form": form,
        "rule": found,
        "channel_kinds": ChannelKind.values,
        "current": "policy",
    }
    return render(
        request, "guidance/settings/rule.html", context, status=400 if form.is_bound else 200
    )


@require_POST
@login_required
def delete_rule(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    check_manage_policy(request.user)
    found = get_object_or_404(PolicyRule, pk=pk)
    settings_actions.delete_policy_rule(request.user, found)
    messages.success(
        request,
        _("Rule deleted: %(kind)s follows the broader rule or the default again.")
        % {"kind": found.get_kind_display()},
    )
    return redirect("guidance_settings:policy")


@login_required
def register(request: AuthenticatedHttpRequest) -> HttpResponse:
    check_manage_register(request.user)
    context = {"terms": register_terms(), "current": "register"}
    return render(request, "guidance/settings/register.html", context)


@login_required
def term(request: AuthenticatedHttpRequest, pk: int | None = None) -> HttpResponse:
    check_manage_register(request.user)
    found = get_object_or_404(ConfidentialTerm, pk=pk) if pk is not None else None
    form = TermForm(request.POST or None, term=found)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        try:
            if found is None:
                saved = settings_actions.add_term(
                    request.user,
                    term=data["term"],
                    category=data["category"],
                    note=data["note"],
                    variants=data["variants"],
                )
                if not data["active"]:
                    settings_actions.set_term_active(request.user, saved, active=False)
            else:
                saved = settings_actions.edit_term(
                    request.user,
                    found,
                    term_text=data["term"],
                    category=data["category"],
                    note=data["note"],
                    variants=data["variants"],
                    active=data["active"],
                )
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            messages.success(
                request, _("“%(term)s” saved on the confidential register.") % {"term": saved.term}
            )
            return redirect("guidance_settings:register")
    context = {"form": form, "term": found, "current": "register"}
    return render(
        request, "guidance/settings/term.html", context, status=400 if form.is_bound else 200
    )


@require_POST
@login_required
def term_active(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    check_manage_register(request.user)
    found = get_object_or_404(ConfidentialTerm, pk=pk)
    settings_actions.set_term_active(request.user, found, active=not found.active)
    state = "matched in drafts again" if found.active else "no longer matched"
    messages.success(request, _("“%(term)s” is %(state)s.") % {"term": found.term, "state": state})
    return redirect("guidance_settings:register")
