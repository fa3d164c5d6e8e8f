from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class KnowledgeConfig(AppConfig):
    name = "openline.knowledge"
    verbose_name = _("Knowledge")
    label = "knowledge"

    def ready(self) -> None:
        from openline.core import periodic
        from openline.core.links import name_links

        from . import articles, embeddings, tasks
        from .bridge.tasks import sweep_shares
        from .models import Article

        name_links(Article.sources, _("article-source link"), _("article-source links"))
        articles.install()
        embeddings.install()
        tasks.install()
        periodic.register("knowledge.sweep_shares", 30, sweep_shares)
