from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "openline.accounts"
    verbose_name = _("Accounts")
    label = "accounts"

    def ready(self) -> None:
        from . import privacy
        from .checks import check_staff_sign_in

        checks.register(check_staff_sign_in)
        privacy.install()
        _register_settings()


def _register_settings() -> None:
    from django.utils.translation import gettext_lazy as _

    from openline.web.settings_sections import Section, register

    from .permissions import can_manage_staff

    register(Section("staff", _("Staff and teams"), "accounts:staff",
                     _("Colleagues, their roles and teams, invitations and sign-in security."),
                     can_manage_staff, order=70))  # fmt: skip
