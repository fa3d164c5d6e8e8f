from django.urls import path

from . import views

app_name = "guidance"

urlpatterns = [
    path("reviews/", views.reviews, name="reviews"),
    path("reviews/<int:review_id>/", views.review, name="review"),
    path("my-reviews/", views.my_reviews, name="my_reviews"),
    path("my-reviews/<int:review_id>/withdraw/", views.withdraw, name="withdraw"),
    path("mistakes/<int:reply_id>/", views.mistake, name="mistake"),
    path(
        "reviews/<int:review_id>/not-confidential/",
        views.report_ordinary,
        name="report_ordinary",
    ),
    path("reviews/<int:review_id>/name-term/", views.name_term, name="name_term_held"),
    path("replies/<int:reply_id>/name-term/", views.name_term, name="name_term"),
    path("lessons/", views.lessons, name="lessons"),
    path("lessons/<int:case_id>/", views.lesson, name="lesson"),
    path("lessons/<int:case_id>/edit/", views.edit_lesson, name="edit_lesson"),
]
