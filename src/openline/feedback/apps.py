from django.apps import AppConfig


class FeedbackConfig(AppConfig):
    name = "openline.feedback"
    label = "feedback"
    verbose_name = "Voice of the customer"

    def ready(self) -> None:
        from . import listeners, privacy

        listeners.install()
        privacy.install()
