from django.apps import AppConfig


class LanguageConfig(AppConfig):
    name = "openline.language"
    label = "language"
