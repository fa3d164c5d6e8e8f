from django.urls import path

from . import views

app_name = "participation"

urlpatterns = [
    path("me/reputation/", views.reputation, name="reputation"),
    path("me/programme/", views.my_programme, name="programme"),
    path("superusers/", views.directory, name="directory"),
    path("u/<str:username>/-/thank/", views.thank, name="thank"),
    path("u/<str:username>/-/trust/", views.pin_trust, name="pin_trust"),
    path("staff/participation/recompute/", views.recompute, name="recompute"),
    path("staff/superusers/", views.superusers, name="superusers"),
    path("staff/superusers/invite/", views.invite, name="invite"),
    path("staff/superusers/invitations/<int:pk>/withdraw/", views.withdraw, name="withdraw"),
]
