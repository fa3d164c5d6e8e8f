"""The settings pages' index: each app that owns something operators configure registers its
section here (from its AppConfig.ready), with the permission that opens it. The index, the
tabs on every settings page and the header's "Settings" link are built from what the signed-in
person may use, so this lower layer never imports the apps above it."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.urls import reverse
from django.utils.functional import Promise


@dataclass(frozen=True)
class Section:
    key: str  # "sla": the tab marked current on its pages
    title: str | Promise  # gettext_lazy: shown in the reader's language
    url_name: str  # "inbox_settings:sla"
    description: str | Promise
    allowed: Callable[[Any], bool]  # the owning app's can_* (no queries: it runs on every page)
    order: int = 100

    @property
    def url(self) -> str:
        return reverse(self.url_name)


_sections: dict[str, Section] = {}


def register(section: Section) -> None:
    _sections[section.key] = section


def sections_for(user: Any) -> list[Section]:
    """The sections `user` may open, in their order; none for visitors and members."""
    if user is None or not getattr(user, "is_authenticated", False):
        return []
    return sorted(
        (s for s in _sections.values() if s.allowed(user)), key=lambda s: (s.order, str(s.title))
    )
