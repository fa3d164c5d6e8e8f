from django.urls import path

from . import views
from .champions import views as champion_views

app_name = "inbox"

urlpatterns = [
    path("", views.index, name="index"),
    path("live/", views.live, name="live"),
    path("live/wait/", views.live_wait, name="live_wait"),
    path("bulk/", views.bulk, name="bulk"),
    path("availability/", views.availability, name="availability"),
    path("colleagues/", views.colleagues, name="colleagues"),
    path("<int:pk>/", views.conversation, name="conversation"),
    path("<int:pk>/live/", views.conversation_live, name="conversation_live"),
    path("<int:pk>/experts/", views.experts, name="experts"),
    path("<int:pk>/reply/", views.reply, name="reply"),
    path("<int:pk>/note/", views.note, name="note"),
    path("<int:pk>/status/", views.change_status, name="status"),
    path("<int:pk>/assign/", views.assign, name="assign"),
    path("<int:pk>/canned/<int:canned_pk>/", views.canned, name="canned"),
    path("<int:pk>/take-over/", champion_views.take_over, name="take_over"),
    path("<int:pk>/offer/", champion_views.offer, name="offer"),
    path("deliveries/<int:delivery_pk>/retry/", views.retry, name="retry"),
    path("attachments/<int:pk>/", views.attachment, name="attachment"),
]
