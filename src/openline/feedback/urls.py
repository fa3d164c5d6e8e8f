from django.urls import path

from . import idea_views, views

app_name = "feedback"

urlpatterns = [
    path("feedback/labels/message/<int:pk>/", views.correct_message, name="correct_message"),
    path("ideas/", idea_views.board, name="ideas"),
    path("ideas/s/<slug:slug>/", idea_views.board, name="ideas_in_space"),
    path("ideas/<int:pk>/demand/", idea_views.idea_demand, name="idea_demand"),
    path(
        "feedback/ideas/conversation/<int:pk>/",
        idea_views.conversation_ideas,
        name="conversation_ideas",
    ),
    path("feedback/ideas/links/<int:link_pk>/remove/", idea_views.unlink, name="unlink"),
]
