from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "openline.people"
    verbose_name = _("People")
    label = "people"

    def ready(self) -> None:
        from . import privacy

        privacy.install()
