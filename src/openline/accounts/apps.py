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
        _name_links()


def _name_links() -> None:
    """A user's groups and permissions, a group's permissions (Django's models)."""
    from django.contrib.auth.models import Group, Permission

    from openline.core.links import name_links

    from .models import User

    def permission(permission: Permission) -> str:
        from .admin import permission_label

        return permission_label(permission)

    name_links(User.groups, _("user-group link"), _("user-group links"))
    name_links(User.user_permissions, _("user-permission link"), _("user-permission links"),
               far_name=permission)  # fmt: skip
    name_links(Group.permissions, _("group-permission link"), _("group-permission links"),
               far_name=permission)  # fmt: skip


def _register_settings() -> None:
    from django.utils.translation import gettext_lazy as _

    from openline.web.settings_sections import Section, register

    from .permissions import can_manage_staff

    register(Section("staff", _("Staff and teams"), "accounts:staff",
                     _("Colleagues, their roles and teams, invitations and sign-in security."),
                     can_manage_staff, order=70))  # fmt: skip
