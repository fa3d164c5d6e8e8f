from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "openline.knowledge"
    label = "knowledge"

    def ready(self) -> None:
        from . import articles, embeddings, tasks

        articles.install()
        embeddings.install()
        tasks.install()
