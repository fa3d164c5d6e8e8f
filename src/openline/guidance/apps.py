from contextlib import AbstractContextManager
from importlib import import_module
from typing import TYPE_CHECKING

from django.apps import AppConfig
from django.core import checks
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from openline.core.publishing import Draft, HeldDraft


class GuidanceConfig(AppConfig):
    name = "openline.guidance"
    label = "guidance"
    verbose_name = _("Guidance")

    def ready(self) -> None:
        from openline.core.publishing import register_check, register_held_drafts
        from openline.core.redaction import register_batch_scope, register_redactor
        from openline.participation.candidates import register_unkind_check

        from . import privacy

        register_check(hold_unverified)
        register_check(guidance_check)
        register_check(customer_check)
        register_held_drafts(held_for_conversation)
        register_redactor(redact_private_data)
        register_batch_scope(one_config)
        register_unkind_check(is_unkind)
        privacy.install()
        _register_settings()
        checks.register(check_company_country)
        import_module(f"{self.name}.history_lines")  # how its settings history reads


def check_company_country(**kwargs: object) -> list[checks.CheckMessage]:
    """OPENLINE_COMPANY_COUNTRY must name a country whose numbers can be read, or every public
    number written without its country code would be refused."""
    from django.conf import settings
    from phonenumbers import SUPPORTED_REGIONS

    country = str(settings.OPENLINE.get("COMPANY_COUNTRY") or "")
    if country in SUPPORTED_REGIONS:
        return []
    return [
        checks.Error(
            f"OPENLINE_COMPANY_COUNTRY={country!r} is not a country code such as GB, DE or CH.",
            hint="Set it to the ISO 3166 code of the company's country.",
            id="openline.guidance.E001",
        )
    ]


# The hooks other apps call, each importing its module on its first call: those modules import
# the detectors, whose patterns take ~0.7 s of CPU to compile, half of a process's Django set-up
# (1.6 → 0.8 s for `openline shell`, `migrate`, a script's django.setup(); a command that runs
# the system checks still loads them, through the template tags and the URL conf).
# tests/guidance/test_startup_imports.py
def hold_unverified(draft: "Draft") -> None:
    from .publishing import hold_unverified

    hold_unverified(draft)


def guidance_check(draft: "Draft") -> None:
    from .publishing import guidance_check

    guidance_check(draft)


def customer_check(draft: "Draft") -> None:
    from .publishing import customer_check

    customer_check(draft)


def held_for_conversation(
    *, conversation_id: int, author_id: int | None = None
) -> "list[HeldDraft]":
    from .selectors import held_for_conversation

    return held_for_conversation(conversation_id=conversation_id, author_id=author_id)


def redact_private_data(text: str) -> str:
    from .redaction import redact_private_data

    return redact_private_data(text)


def one_config() -> "AbstractContextManager[object]":
    from .selectors import one_config

    return one_config()


def is_unkind(text: str) -> bool:
    from .detectors.language import is_unkind

    return is_unkind(text)


def _register_settings() -> None:
    from django.utils.translation import gettext_lazy as _

    from openline.web.settings_sections import Section, register

    from .permissions import can_manage_policy, can_manage_register

    register(Section("policy", _("Guidance policy"), "guidance_settings:policy",
                     _("What each kind of finding leads to: the built-in defaults and your rules."),
                     can_manage_policy, order=30))  # fmt: skip
    register(Section("goodwill", _("Goodwill allowance"), "guidance_settings:goodwill",
                     _("The most an agent may offer as goodwill; more is a legal risk."),
                     can_manage_policy, order=35))  # fmt: skip
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
