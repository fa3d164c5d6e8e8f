from django.conf import settings
from django.contrib import admin
from django.urls import include, path, re_path
from django.views.static import serve

urlpatterns = [
    path("admin/", admin.site.urls),
    path("accounts/", include("openline.accounts.urls")),
    path("api/v1/", include("openline.api.urls")),
    path("guidance/", include("openline.guidance.urls")),
    path("hooks/", include("openline.channels.urls")),
    path("", include("openline.knowledge.urls")),
    path("", include("openline.feedback.urls")),
    path("inbox/", include("openline.inbox.urls")),
    path("champions/", include("openline.inbox.champions.urls")),
    path("", include("openline.participation.urls")),
    path("", include("openline.insights.urls")),
    path("", include("openline.community.urls")),
    # Uploaded avatars; a scale-out deployment puts a file server or object storage here.
    re_path(r"^media/(?P<path>avatars/.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
]
