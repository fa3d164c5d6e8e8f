from django.urls import path

from . import moderation_views, triage_views, views

app_name = "community"

urlpatterns = [
    path("", views.home, name="home"),
    path("s/<slug:slug>/", views.space, name="space"),
    path("s/<slug:slug>/ask/", views.ask, name="ask_in_space"),
    path("s/<slug:slug>/follow/", views.follow_space, name="follow_space"),
    path("ask/", views.ask, name="ask"),
    path("ask/preview/", views.preview, name="preview"),
    path("tags/<slug:slug>/", views.tag, name="tag"),
    path("tags/<slug:slug>/follow/", views.follow_tag, name="follow_tag"),
    path("t/<int:pk>/", views.thread_redirect, name="thread_short"),
    path("t/<int:pk>/<str:slug>/", views.thread, name="thread"),
    path("t/<int:pk>/-/reply/", views.reply, name="reply"),
    path("t/<int:pk>/-/vote/", views.vote, name="vote_thread"),
    path("t/<int:pk>/-/follow/", views.follow_thread, name="follow_thread"),
    path("t/<int:pk>/-/vote/<int:reply_pk>/", views.vote, name="vote_reply"),
    path("t/<int:pk>/-/status/", views.change_status, name="status"),
    path("t/<int:pk>/-/edit/", views.edit_thread, name="edit_thread"),
    path("t/<int:pk>/-/history/", views.revisions, name="history"),
    path("t/<int:pk>/-/triage/", triage_views.triage, name="triage"),
    path("r/<int:reply_pk>/accept/", views.accept, name="accept"),
    path("r/<int:reply_pk>/edit/", views.edit_reply, name="edit_reply"),
    path("r/<int:reply_pk>/retract/", views.retract_reply, name="retract"),
    path("u/<str:username>/", views.profile, name="profile"),
    path("search/", views.search, name="search"),
    path("moderation/flags/", moderation_views.queue, name="flags"),
    path("moderation/watched-words/", moderation_views.watched_words, name="watched_words"),
    path("moderation/suspensions/", moderation_views.suspensions_page, name="suspensions"),
    path("moderation/t/<int:pk>/tools/", moderation_views.thread_tools, name="thread_tools"),
    path("moderation/<str:kind>/<int:pk>/flag/", moderation_views.flag, name="flag"),
    path("moderation/<str:kind>/<int:pk>/", moderation_views.moderate, name="moderate"),
]
