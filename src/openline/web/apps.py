from django.apps import AppConfig


class WebConfig(AppConfig):
    name = "openline.web"
    label = "web"
