from django.http import HttpRequest, JsonResponse
from django.urls import path, re_path

from .api import api
from .docs import docs_asset


def unknown_endpoint(request: HttpRequest) -> JsonResponse:
    detail = "No such API endpoint. The paths, without a trailing slash, are in openapi.json."
    return JsonResponse({"detail": detail}, status=404)


urlpatterns = [
    path("docs/assets/<str:name>", docs_asset, name="api_docs_asset"),
    path("", api.urls),
    re_path(r"", unknown_endpoint),
]
