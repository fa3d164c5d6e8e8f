from django.urls import path

from . import settings_views as views

app_name = "inbox_settings"

urlpatterns = [
    path("sla/", views.sla_policies, name="sla"),
    path("sla/new/", views.sla_policy, name="sla_new"),
    path("sla/<int:pk>/", views.sla_policy, name="sla_edit"),
    path("canned-replies/", views.canned_replies, name="canned"),
    path("canned-replies/new/", views.canned_reply, name="canned_new"),
    path("canned-replies/<int:pk>/", views.canned_reply, name="canned_edit"),
    path("canned-replies/<int:pk>/delete/", views.delete_canned_reply, name="canned_delete"),
]
