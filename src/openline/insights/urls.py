from django.urls import path

from . import champion_views, product_views, service_views, views

app_name = "insights"

urlpatterns = [
    path("staff/participation/", views.participation, name="participation"),
    path("staff/experts/", views.experts, name="experts"),
    path("staff/champions/", champion_views.champions, name="champions"),
    path("staff/service/", service_views.service, name="service"),
    path("staff/service/<slug:table>.csv", service_views.service_csv, name="service_csv"),
    path("staff/product-feedback/", product_views.product_feedback, name="product_feedback"),
    path("staff/product-feedback/quotes/", product_views.quotes, name="product_quotes"),
    path(
        "staff/product-feedback/<slug:what>.<slug:fmt>",
        product_views.export,
        name="product_export",
    ),
    path("staff/promise/", service_views.promise_edit, name="promise_edit"),
    path("promise/", service_views.promise_page, name="promise"),
]
