from django.apps import AppConfig


class InboxConfig(AppConfig):
    name = "openline.inbox"
    label = "inbox"
