from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GuidanceConfig(AppConfig):
    name = "openline.guidance"
    label = "guidance"
    verbose_name = _("Guidance")

    def ready(self) -> None:
        from openline.core.publishing import register_check, register_held_drafts
        from openline.core.redaction import register_batch_scope, register_redactor
        from openline.participation.candidates import register_unkind_check

        from . import privacy
        from .detectors.language import is_unkind
        from .publishing import customer_check, guidance_check, hold_unverified
        from .redaction import redact_private_data
        from .selectors import held_for_conversation, one_config

        register_check(hold_unverified)
        register_check(guidance_check)
        register_check(customer_check)
        register_held_drafts(held_for_conversation)
        register_redactor(redact_private_data)
        register_batch_scope(one_config)
        register_unkind_check(is_unkind)
        privacy.install()
        _register_settings()


def _register_settings() -> None:
    from django.utils.translation import gettext_lazy as _

    from openline.web.settings_sections import Section, register

    from .permissions import can_manage_policy, can_manage_register

    register(Section("policy", _("Guidance policy"), "guidance_settings:policy",
                     _("What each kind of finding leads to: the built-in defaults and your rules."),
                     can_manage_policy, order=30))  # fmt: skip
    register(
        Section(
            "register",
            _("Confidential register"),
            "guidance_settings:register",
            _("Code names, internal hosts and other words that must not appear in public."),
            can_manage_register,
            order=40,
        )
    )
