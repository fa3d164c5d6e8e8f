"""The channels' settings pages (/settings/channels/): every channel with its health, add and
change e-mail, webhook, feed and social network channels, rotate a webhook's secret. Admins
only. A generated secret is shown once, on a page that is not cached; stored secrets never
come back to the browser."""

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from openline.accounts.http import AuthenticatedHttpRequest
from openline.core.forms import add_action_errors
from openline.inbox.models import ChannelAccount, ChannelKind
from openline.inbox.permissions import check_manage_inbox_settings

from . import health, settings_actions
from .settings_forms import ChannelForm


def _webhook_url(account: ChannelAccount) -> str:
    return f"{settings.SITE_URL.rstrip('/')}/hooks/{account.pk}/"


def _show_secret(
    request: AuthenticatedHttpRequest, account: ChannelAccount, secret: str
) -> HttpResponse:
    context = {
        "account": account,
        "secret": secret,
        "webhook_url": _webhook_url(account),
        "current": "channels",
    }
    return render(request, "channels/settings/secret.html", context)


@login_required
def channel_list(request: AuthenticatedHttpRequest) -> HttpResponse:
    check_manage_inbox_settings(request.user)
    context = {
        "rows": health.channel_rows(),
        "kinds": settings_actions.addable_kinds(),
        "current": "channels",
    }
    return render(request, "channels/settings/list.html", context)


@never_cache
@login_required
def add_channel(request: AuthenticatedHttpRequest, kind: str) -> HttpResponse:
    check_manage_inbox_settings(request.user)
    labels = dict(settings_actions.addable_kinds())
    if kind not in labels:
        raise Http404("Openline cannot add that kind of channel here.")
    form = ChannelForm(request.POST or None, kind=kind)
    if request.method == "POST" and form.is_valid():
        try:
            account, secret = settings_actions.create_channel(
                request.user, kind, name=form.cleaned_data["name"], fields=form.action_fields()
            )
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            if secret:
                return _show_secret(request, account, secret)
            messages.success(request, _("Channel “%(name)s” added.") % {"name": account.name})
            return redirect("channel_settings:list")
    context = {"form": form, "kind_label": labels[kind], "account": None, "current": "channels"}
    return render(
        request, "channels/settings/channel.html", context, status=400 if form.is_bound else 200
    )


@never_cache
@login_required
def edit_channel(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    check_manage_inbox_settings(request.user)
    account = get_object_or_404(ChannelAccount, pk=pk)
    form = ChannelForm(request.POST or None, kind=account.kind, account=account)
    if request.method == "POST" and form.is_valid():
        try:
            settings_actions.update_channel(
                request.user,
                account,
                name=form.cleaned_data["name"],
                is_active=form.cleaned_data["is_active"],
                fields=form.action_fields(),
            )
        except ValidationError as error:
            add_action_errors(form, error)
        else:
            messages.success(request, _("Channel “%(name)s” saved.") % {"name": account.name})
            return redirect("channel_settings:list")
    context = {
        "form": form,
        "account": account,
        "kind_label": account.get_kind_display(),
        "has_secret": bool(account.secret_encrypted),
        "current": "channels",
        "webhook_url": _webhook_url(account) if account.kind == ChannelKind.WEBHOOK else "",
    }
    return render(
        request, "channels/settings/channel.html", context, status=400 if form.is_bound else 200
    )


@never_cache
@require_POST
@login_required
def rotate_secret(request: AuthenticatedHttpRequest, pk: int) -> HttpResponse:
    check_manage_inbox_settings(request.user)
    account = get_object_or_404(ChannelAccount, pk=pk, kind=ChannelKind.WEBHOOK)
    return _show_secret(
        request, account, settings_actions.rotate_webhook_secret(request.user, account)
    )
