from django.urls import path

from . import settings_views as views

app_name = "guidance_settings"

urlpatterns = [
    path("guidance-policy/", views.policy, name="policy"),
    path("guidance-policy/new/", views.rule, name="rule_new"),
    path("guidance-policy/<int:pk>/", views.rule, name="rule_edit"),
    path("guidance-policy/<int:pk>/delete/", views.delete_rule, name="rule_delete"),
    path("goodwill/", views.goodwill, name="goodwill"),
    path("register/", views.register, name="register"),
    path("register/new/", views.term, name="term_new"),
    path("register/<int:pk>/", views.term, name="term_edit"),
    path("register/<int:pk>/active/", views.term_active, name="term_active"),
    path("register/<int:pk>/remove/", views.remove_learned, name="term_remove"),
    path("register/reports/<int:pk>/", views.decide_report, name="report_decide"),
]
