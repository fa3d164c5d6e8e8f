"""The inbox's settings pages (/settings/sla/, /settings/canned-replies/): thin views over
settings_actions, admins only. A form with errors comes back as typed, with status 400."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.db.models import Count, Q
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from openline.accounts.http import AuthenticatedHttpRequest
from openline.core.forms import add_action_errors

from . import settings_actions
from .models import CannedReply, ConversationStatus, SlaPolicy
from .permissions import check_manage_inbox_settings
from .settings_forms import CannedReplyForm, SlaPolicyForm, hours_summary


@login_required
def sla_policies(request: AuthenticatedHttpRequest) -> HttpResponse:
    check_manage_inbox_settings(request.user)
    policies = SlaPolicy.objects.annotate(
        open_conversations=Count(
            "conversation", filter=~Q(conversation__status=ConversationStatus.SOLVED)
        )
    ).order_by("-is_default", "name")
    for policy in policies:
        policy.hours_summary = hours_summary(policy)  # type: ignore[attr-defined]
    context = {"policies": policies, "current": "sla"}
    return render(request, "inbox/settings/sla_policies.html", context)


@login_required
def sla_policy(request: AuthenticatedHttpRequest, pk: int | None = None) -> HttpResponse:
    check_manage_inbox_settings(request.user)
    policy = get_object_or_404(SlaPolicy, pk=pk) if pk is not None else None
    form = SlaPolicyForm(request.POST or None, policy=policy)
    if request.method == "POST" and form.is_valid():
        try:
            saved = settings_actions.save_sla_policy(request.user, policy, **form.action_fields())
        except ValidationError as error:
            form.add_action_errors(error)
        else:
            messages.success(request, _("SLA policy “%(name)s” saved.") % {"name": saved.name})
            return redirect("inbox_settings:sla")
    context = {"form": form, "policy": policy, "current": "sla"}
    status = 400 if form.is_bound else 200
    return render(request, "inbox/settings/sla_policy.html", context, status=status)


@login_required
def canned_replies(request: AuthenticatedHttpRequest) -> HttpResponse:
    check_manage_inbox_settings(request.user)
    context = {"replies": CannedReply.objects.order_by("title"), "current": "canned"}
    return render(request, "inbox/settings/canned_replies.html", context)


@login_required
def canned_reply(request: AuthenticatedHttpRequest, pk: int | None = None) -> HttpResponse:
    check_manage_inbox_settings(request.user)
    canned = get_object_or_404(CannedReply, pk=pk) if pk is not None else None
    form = CannedReplyForm(request.POST or None, canned=canned)
    if request.method == "POST" and form.is_valid():
        try:
            saved = settings_actions.save_canned_reply(request.user, canned, **form.cleaned_data)
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            messages.success(request, _("Canned reply “%(title)s” saved.") % {"title": saved.title})
            return redirect("inbox_settings:canned")
    context = {"form": form, "canned": canned, "current": "canned"}
    status = 400 if form.is_bound else 200
    return render(request, "inbox/settings/canned_reply.html", context, status=status)


@require_POST
@login_required
def delete_canned_reply(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    check_manage_inbox_settings(request.user)
    canned = get_object_or_404(CannedReply, pk=pk)
    settings_actions.delete_canned_reply(request.user, canned)
    messages.success(request, _("Canned reply “%(title)s” deleted.") % {"title": canned.title})
    return redirect("inbox_settings:canned")
