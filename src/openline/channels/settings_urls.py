from django.urls import path

from . import settings_views as views

app_name = "channel_settings"

urlpatterns = [
    path("", views.channel_list, name="list"),
    path("new/<str:kind>/", views.add_channel, name="add"),
    path("<int:pk>/", views.edit_channel, name="edit"),
    path("<int:pk>/rotate-secret/", views.rotate_secret, name="rotate"),
]
