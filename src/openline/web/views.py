"""The settings index: one card per section the signed-in person may manage; the site's icon."""

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponsePermanentRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.utils.translation import gettext as _

from .settings_sections import sections_for


@login_required
def settings_index(request: HttpRequest) -> HttpResponse:
    sections = sections_for(request.user)
    if not sections:
        raise PermissionDenied(_("Settings are for admins and moderators."))
    return render(request, "web/settings/index.html", {"sections": sections})


def favicon(request: HttpRequest) -> HttpResponse:
    """/favicon.ico, which browsers ask for where a page names no icon (the admin, a feed, a
    JSON answer): the SVG icon the pages link to, rather than a 404 on every first visit."""
    return HttpResponsePermanentRedirect(static("openline/favicon.svg"))
