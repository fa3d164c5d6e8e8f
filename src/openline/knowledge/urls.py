from django.urls import path

from openline.community.feeds import CommunityFeed, SpaceFeed

from . import article_views, duplicate_views, similar_views, views
from .bridge import views as bridge_views

app_name = "knowledge"

urlpatterns = [
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("sitemap.xml", views.sitemap_index, name="sitemap_index"),
    path("sitemap-<slug:section>.xml", views.sitemap_section, name="sitemap"),
    path("similar/", similar_views.similar_while_asking, name="similar"),
    path("similar/<int:pk>/", similar_views.choose_suggestion, name="choose_suggestion"),
    path("triage/duplicates/", duplicate_views.queue, name="duplicates"),
    path("triage/duplicates/<int:pk>/", duplicate_views.decide, name="decide_duplicate"),
    path("staff/faq/", article_views.faq_candidates, name="faq_candidates"),
    path("kb/", article_views.index, name="articles"),
    path("kb/new/", article_views.write, name="new_article"),
    path("kb/<int:pk>/edit/", article_views.write, name="edit_article"),
    path("kb/<int:pk>/delete/", article_views.delete, name="delete_article"),
    path("kb/<int:pk>/<str:slug>/", article_views.article, name="article"),
    # Before the inbox's and the community's own paths (config/urls.py), so these come first.
    path("inbox/<int:pk>/publish/", bridge_views.publish, name="publish"),
    path("t/<int:pk>/-/share/", bridge_views.share, name="share"),
    path("t/<int:pk>/-/share/<int:share_pk>/retry/", bridge_views.retry_share, name="retry_share"),
    path("feed.atom", CommunityFeed(), name="feed"),
    path("s/<slug:slug>/feed.atom", SpaceFeed(), name="space_feed"),
]
