from django.apps import AppConfig


class KnowledgeConfig(AppConfig):
    name = "openline.knowledge"
    label = "knowledge"

    def ready(self) -> None:
        from openline.core import periodic

        from . import articles, embeddings, tasks
        from .bridge.tasks import sweep_shares

        articles.install()
        embeddings.install()
        tasks.install()
        periodic.register("knowledge.sweep_shares", 30, sweep_shares)
