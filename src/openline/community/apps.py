from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "openline.community"
    label = "community"
