from django.urls import path

from . import views

app_name = "feedback"

urlpatterns = [
    path("feedback/labels/message/<int:pk>/", views.correct_message, name="correct_message"),
]
