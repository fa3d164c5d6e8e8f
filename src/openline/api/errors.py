"""One error shape for every failure: `{"detail": "...", "errors": {field: [messages]}}` for
invalid input (422), `{"detail": "..."}` otherwise. Nothing the caller sends produces a 500."""

from django.core.exceptions import PermissionDenied, RequestDataTooBig, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from ninja import NinjaAPI
from ninja.errors import AuthenticationError
from ninja.errors import ValidationError as RequestInvalid

from openline.core.errors import UnknownReference
from openline.core.ratelimit import RateLimited

from .auth import InvalidToken
from .schemas import NOT_BLANK, TITLE, TITLE_MIN

NON_FIELD = "__all__"
PATTERN_MESSAGES = {
    NOT_BLANK: "Write something first: the text is empty.",
    TITLE: f"Give your post a title of at least {TITLE_MIN} characters.",
}
_PARAM_SOURCES = {"query", "path", "header", "cookie", "form", "file"}


def _field_name(loc: list) -> str:
    parts = [str(p) for p in loc]
    if parts[:1] == ["body"]:
        parts = parts[2:]  # "body", then the name of the view's payload argument
    elif parts[:1] and parts[0] in _PARAM_SOURCES:
        parts = parts[1:]
    return ".".join(parts) or NON_FIELD


def _message(error: dict) -> str:
    """pydantic's message, but a pattern the caller cannot read is said in words."""
    if error.get("type") == "string_pattern_mismatch":
        pattern = str((error.get("ctx") or {}).get("pattern"))
        return PATTERN_MESSAGES.get(pattern, str(error["msg"]))
    return str(error["msg"])


def field_errors(api: NinjaAPI, request: HttpRequest, errors: dict[str, list[str]]) -> HttpResponse:
    detail = " ".join(message for messages in errors.values() for message in messages)
    return api.create_response(
        request, {"detail": detail or "The request is not valid.", "errors": errors}, status=422
    )


def install(api: NinjaAPI) -> None:
    @api.exception_handler(RequestInvalid)
    def request_invalid(request: HttpRequest, exc: RequestInvalid) -> HttpResponse:
        errors: dict[str, list[str]] = {}
        for error in exc.errors:
            errors.setdefault(_field_name(list(error.get("loc", []))), []).append(_message(error))
        return field_errors(api, request, errors)

    @api.exception_handler(ValidationError)
    def action_invalid(request: HttpRequest, exc: ValidationError) -> HttpResponse:
        errors = exc.message_dict if hasattr(exc, "error_dict") else {NON_FIELD: exc.messages}
        return field_errors(api, request, errors)

    @api.exception_handler(UnknownReference)
    def unknown_reference(request: HttpRequest, exc: UnknownReference) -> HttpResponse:
        # Well formed, but it names something missing or out of sight: 404, like a path would.
        errors = exc.message_dict if hasattr(exc, "error_dict") else {NON_FIELD: exc.messages}
        detail = " ".join(message for messages in errors.values() for message in messages)
        return api.create_response(request, {"detail": detail, "errors": errors}, status=404)

    @api.exception_handler(PermissionDenied)
    def forbidden(request: HttpRequest, exc: PermissionDenied) -> HttpResponse:
        detail = str(exc) or "You are not allowed to do that."
        return api.create_response(request, {"detail": detail}, status=403)

    @api.exception_handler(Http404)
    def not_found(request: HttpRequest, exc: Http404) -> HttpResponse:
        # The selectors' messages ("No such thread.") say the same for private and missing.
        return api.create_response(request, {"detail": str(exc) or "Not found."}, status=404)

    @api.exception_handler(AuthenticationError)
    def unauthorized(request: HttpRequest, exc: AuthenticationError) -> HttpResponse:
        detail = (
            exc.message
            if isinstance(exc, InvalidToken)
            else "Authentication required: send 'Authorization: Bearer <token>'."
        )
        response = api.create_response(request, {"detail": detail}, status=401)
        response["WWW-Authenticate"] = 'Bearer realm="openline"'
        return response

    @api.exception_handler(RateLimited)
    def rate_limited(request: HttpRequest, exc: RateLimited) -> HttpResponse:
        response = api.create_response(request, {"detail": str(exc)}, status=429)
        response["Retry-After"] = str(exc.retry_after)
        return response

    @api.exception_handler(RequestDataTooBig)
    def too_big(request: HttpRequest, exc: RequestDataTooBig) -> HttpResponse:
        return api.create_response(
            request, {"detail": "The request body is too large."}, status=413
        )
