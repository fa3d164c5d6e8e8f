"""Guidance's settings pages: the policy (what each kind of finding leads to, the built-in
defaults shown beside the rules that change them; admins), the goodwill allowance (admins) and
the confidential register (moderators and admins). Thin views over settings_actions."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from openline.accounts.http import AuthenticatedHttpRequest
from openline.core.forms import add_action_errors
from openline.core.htmx import is_htmx
from openline.inbox.models import ChannelKind

from . import register_reports as register_reports_actions
from . import settings_actions
from .models import Action, ConfidentialTerm, PolicyRule
from .permissions import check_manage_policy, check_manage_register
from .selectors import (
    access_register_report,
    access_term,
    goodwill_limits,
    policy_overview,
    register_reports,
    register_terms,
)
from .settings_forms import GoodwillForm, PolicyRuleForm, TermForm


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
def goodwill(request: AuthenticatedHttpRequest) -> HttpResponse:
    """The allowance as one list, saved whole: an htmx save swaps the form and the list."""
    check_manage_policy(request.user)
    limits = goodwill_limits()
    form = GoodwillForm(
        request.POST or None, initial={"allowance": "\n".join(limit.written for limit in limits)}
    )
    saved = False
    if request.method == "POST" and form.is_valid():
        try:
            limits = settings_actions.set_goodwill_allowance(
                request.user, form.cleaned_data["allowance"]
            )
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            messages.success(request, _("Goodwill allowance saved: the checks use it now."))
            if not is_htmx(request):
                return redirect("guidance_settings:goodwill")
            saved = True
            form = GoodwillForm(initial={"allowance": "\n".join(limit.written for limit in limits)})
    context = {"form": form, "limits": limits, "current": "goodwill"}
    template = "guidance/settings/goodwill.html"
    # htmx swaps only a 2xx answer: the refused form comes back as 200, its alert inside.
    status = 400 if form.is_bound and not saved and not is_htmx(request) else 200
    return render(request, f"{template}#goodwill" if is_htmx(request) else template, context,
                  status=status)  # fmt: skip


@login_required
def register(request: AuthenticatedHttpRequest) -> HttpResponse:
    check_manage_register(request.user)
    return render(request, "guidance/settings/register.html", _register_context())


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
                    ordinary_contexts=data["ordinary_contexts"],
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


# --- the register's correction loop: reports waiting for a manager, what each term learned ----


def _register_context() -> dict[str, object]:
    return {
        "terms": register_terms(),
        "reports": list(register_reports(pending=True)),
        "decided": list(register_reports(pending=False)[:10]),
        "current": "register",
    }


def _register_page(request: AuthenticatedHttpRequest, partial: str) -> HttpResponse:
    """The part of the register page an htmx request swaps, or the whole page again."""
    if is_htmx(request):
        template = f"guidance/settings/register.html#{partial}"
        return render(request, template, _register_context())
    return redirect("guidance_settings:register")


@require_POST
@login_required
def decide_report(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    report = access_register_report(request.user, pk)
    try:
        if request.POST.get("decision") == "accept":
            register_reports_actions.accept_register_report(
                request.user, report, cues=request.POST.get("cues")
            )
            messages.success(request, _("Accepted: the register reads it from the next draft."))
        elif request.POST.get("decision") == "reject":
            register_reports_actions.reject_register_report(request.user, report)
            messages.success(request, _("Rejected: matching is unchanged."))
        else:
            messages.error(request, _("Choose accept or reject."))
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    return _register_page(request, "register")


@require_POST
@login_required
def remove_learned(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    found = access_term(request.user, pk)
    context, variant = request.POST.get("context", ""), request.POST.get("variant", "")
    try:
        register_reports_actions.remove_learned(
            request.user, found, context=context, variant=variant
        )
    except ValidationError as error:
        messages.error(request, " ".join(error.messages))
    else:
        messages.success(
            request, _("Removed “%(what)s” from “%(term)s”.") % {"what": context or variant,
                                                             "term": found.term}
        )  # fmt: skip
    return _register_page(request, "register")
