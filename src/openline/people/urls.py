from django.urls import path

from . import views

app_name = "people"

urlpatterns = [
    path("staff/privacy/", views.privacy_requests, name="privacy"),
    path(
        "staff/privacy/<str:key>/export.json", views.privacy_export, {"fmt": "json"},
        name="privacy_export_json",
    ),
    path(
        "staff/privacy/<str:key>/export.zip", views.privacy_export, {"fmt": "zip"},
        name="privacy_export_zip",
    ),
    path("staff/privacy/<str:key>/erase/", views.privacy_erase, name="privacy_erase"),
]  # fmt: skip
