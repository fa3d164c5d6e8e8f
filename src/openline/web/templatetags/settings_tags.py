"""`{% settings_history current %}`: the "History" of a settings section (who changed what,
when: core.settings_history), for the people allowed to open that section. Loaded with
`{% load settings_tags %}` by the section pages."""

from typing import Any

from django import template

from openline.core.settings_history import describe_change, recent_settings_changes

from ..settings_sections import sections_for

register = template.Library()


@register.inclusion_tag("web/settings/_history.html", takes_context=True)
def settings_history(context: dict[str, Any], section: str) -> dict[str, Any]:
    request = context.get("request")
    user = getattr(request, "user", None)
    allowed = any(s.key == section for s in sections_for(user))
    if not allowed:
        return {"changes": None}
    changes = recent_settings_changes(section)
    for change in changes:  # told in the reader's language, whoever made the change
        change.text = describe_change(change)  # type: ignore[attr-defined]
    return {"changes": changes}
