from django.urls import path

from . import champion_views, views

app_name = "insights"

urlpatterns = [
    path("staff/participation/", views.participation, name="participation"),
    path("staff/experts/", views.experts, name="experts"),
    path("staff/champions/", champion_views.champions, name="champions"),
]
