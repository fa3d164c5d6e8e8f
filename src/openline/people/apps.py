from django.apps import AppConfig


class PeopleConfig(AppConfig):
    name = "openline.people"
    label = "people"

    def ready(self) -> None:
        from . import privacy

        privacy.install()
