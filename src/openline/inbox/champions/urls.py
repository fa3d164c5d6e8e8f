from django.urls import path

from . import views

app_name = "champions"

urlpatterns = [
    path("", views.queue, name="queue"),
    path("live/", views.queue_live, name="live"),
    path("opt-in/", views.opt_in, name="opt_in"),
    path("areas/", views.areas, name="areas"),
    path("<int:pk>/", views.conversation, name="conversation"),
    path("<int:pk>/live/", views.conversation_live, name="conversation_live"),
    path("<int:pk>/take/", views.take, name="take"),
    path("<int:pk>/reply/", views.reply, name="reply"),
    path("<int:pk>/hand-back/", views.hand_back, name="hand_back"),
    path("<int:pk>/solve/", views.solve, name="solve"),
]
