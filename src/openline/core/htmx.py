"""htmx helpers: one template per screen, a partial of it for htmx requests."""

from django.http import HttpRequest


def is_htmx(request: HttpRequest) -> bool:
    return request.headers.get("HX-Request") == "true"


def template_or_partial(request: HttpRequest, template: str, partial: str) -> str:
    return f"{template}#{partial}" if is_htmx(request) else template
