"""Webhook sources read our answers as JSON: every error under /hooks/ is JSON, whoever made
it (a wrong method, an unknown path, a request Django refuses before any view runs)."""

from collections.abc import Callable
from http import HTTPStatus

from django.http import HttpRequest, HttpResponse, JsonResponse

PREFIX = "/hooks/"


class WebhookErrorsAsJson:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        if (
            response.status_code < 400
            or not request.path.startswith(PREFIX)
            or response.get("Content-Type", "").startswith("application/json")
        ):
            return response
        status = response.status_code
        try:
            detail = _DETAILS.get(status) or HTTPStatus(status).phrase
        except ValueError:
            detail = f"HTTP {status}"
        replacement = JsonResponse({"detail": detail}, status=status)
        for header in ("Allow", "Retry-After"):
            if header in response:
                replacement[header] = response[header]
        return replacement


_DETAILS = {
    400: "Bad request.",
    404: f"No webhook channel here: webhooks are POSTed to {PREFIX}<channel id>/.",
    405: "Webhooks are POSTed.",
}
