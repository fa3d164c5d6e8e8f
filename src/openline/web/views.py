"""The settings index: one card per section the signed-in person may manage."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext as _

from .settings_sections import sections_for


@login_required
def settings_index(request: HttpRequest) -> HttpResponse:
    sections = sections_for(request.user)
    if not sections:
        raise PermissionDenied(_("Settings are for admins and moderators."))
    return render(request, "web/settings/index.html", {"sections": sections})
