from django.conf import settings
from django.contrib import admin
from django.contrib.auth.views import redirect_to_login
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import include, path, re_path
from django.views.static import serve

from openline.accounts.views import SignOutView
from openline.core.metrics import metrics_view
from openline.web.views import favicon


def admin_signin(request: HttpRequest) -> HttpResponse:
    """The admin signs in through Openline's own page, so its second factor applies there.
    Someone signed in whom the admin refuses is told so (as Django's own page does, but with
    no password form beside it: that form would sign in without the second factor)."""
    if request.user.is_authenticated:
        return render(request, "accounts/admin_refused.html")
    return redirect_to_login(request.GET.get("next") or "/admin/")


urlpatterns = [
    path("metrics", metrics_view, name="metrics"),
    path("admin/login/", admin_signin),
    # Openline's sign-out, which also ends a staff member's live inbox tokens (accounts.access).
    path("admin/logout/", SignOutView.as_view()),
    path("admin/", admin.site.urls),
    path("accounts/", include("openline.accounts.urls")),
    path("settings/", include("openline.web.urls")),
    path("settings/", include("openline.inbox.settings_urls")),
    path("settings/", include("openline.guidance.settings_urls")),
    path("settings/channels/", include("openline.channels.settings_urls")),
    path("api/v1/", include("openline.api.urls")),
    path("guidance/", include("openline.guidance.urls")),
    path("hooks/", include("openline.channels.urls")),
    # Django tries the patterns in order, and every include without a prefix is tried pattern
    # by pattern: the community's (home, spaces, threads: most of the traffic) first. No other
    # app's address matches one of them (tests/web/test_urls.py).
    path("", include("openline.community.urls")),
    path("", include("openline.knowledge.urls")),
    path("", include("openline.feedback.urls")),
    path("notifications/", include("openline.notifications.urls")),
    path("inbox/", include("openline.inbox.urls")),
    path("champions/", include("openline.inbox.champions.urls")),
    path("", include("openline.participation.urls")),
    path("", include("openline.insights.urls")),
    path("", include("openline.people.urls")),
    path("favicon.ico", favicon),
    # Uploaded avatars; a scale-out deployment puts a file server or object storage here.
    re_path(r"^media/(?P<path>avatars/.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
]
