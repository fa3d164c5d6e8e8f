from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "openline.knowledge"
    label = "knowledge"
