from django.apps import AppConfig
from django.core import checks


class AccountsConfig(AppConfig):
    name = "openline.accounts"
    label = "accounts"

    def ready(self) -> None:
        from . import privacy
        from .checks import check_staff_sign_in

        checks.register(check_staff_sign_in)
        privacy.install()
