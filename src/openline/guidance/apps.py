from django.apps import AppConfig


class GuidanceConfig(AppConfig):
    name = "openline.guidance"
    label = "guidance"
    verbose_name = "Guidance"

    def ready(self) -> None:
        from openline.core.publishing import register_check
        from openline.core.redaction import register_redactor
        from openline.participation.candidates import register_unkind_check

        from . import privacy
        from .detectors.language import is_unkind
        from .publishing import customer_check, guidance_check, hold_unverified
        from .redaction import redact_private_data

        register_check(hold_unverified)
        register_check(guidance_check)
        register_check(customer_check)
        register_redactor(redact_private_data)
        register_unkind_check(is_unkind)
        privacy.install()
