from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "openline.knowledge"
    label = "knowledge"

    def ready(self) -> None:
        from . import embeddings, tasks

        embeddings.install()
        tasks.install()
