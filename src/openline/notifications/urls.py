from django.urls import path

from . import views

app_name = "notifications"

urlpatterns = [
    path("", views.index, name="index"),
    path("preferences/", views.preferences, name="preferences"),
    path("follows/<int:follow_id>/stop/", views.stop_following, name="stop_following"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
