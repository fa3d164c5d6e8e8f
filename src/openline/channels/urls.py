from django.urls import path

from . import views

app_name = "channels"
urlpatterns = [
    path("<int:account_id>/", views.receive_webhook, name="webhook"),
]
