from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "openline.demo"
    label = "demo"
