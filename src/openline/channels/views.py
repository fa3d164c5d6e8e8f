"""The webhook endpoint: sources POST signed JSON messages here. No session, no CSRF token
(the signature authenticates), no page rendering: answers are small JSON documents."""

from typing import Any

from django.http import Http404, HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .webhook import inbound, payload, signing
from .webhook.queue import QueueFull


def _error(status: int, detail: str, errors: dict | None = None) -> JsonResponse:
    body = {"detail": detail, **({"errors": errors} if errors else {})}
    return JsonResponse(body, status=status)


def _declared_length(request: HttpRequest) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


@csrf_exempt
@require_POST
def receive_webhook(request: HttpRequest, account_id: int) -> JsonResponse:
    if _declared_length(request) > inbound.BODY_MAX:
        return _error(413, f"A webhook body is at most {inbound.BODY_MAX:,} bytes.")
    try:
        account = inbound.webhook_account(account_id)
        received = inbound.receive(account, request.body, request.headers)
    except Http404 as error:
        return _error(404, str(error))
    except signing.SignatureRejected as error:
        return _error(401, f"Signature rejected: {error}.")
    except payload.PayloadInvalid as error:
        return _error(400, error.detail, error.errors)
    except signing.ChannelMisconfigured as error:
        return _error(503, str(error))
    except QueueFull as error:
        response = _error(503, str(error))
        response["Retry-After"] = str(error.retry_after)
        return response
    results: list[dict[str, Any]]
    if received.stored is None:
        results = [{"id": external_id, "status": "queued"} for external_id in received.external_ids]
    else:
        results = [
            {
                "id": message.external_id,
                "status": "stored",
                "conversation_id": message.conversation_id,
                "message_id": message.pk,
                "created": created,
            }
            for message, created in received.stored
        ]
    body = {"messages": results} if payload.is_batch(request.body) else results[0]
    return JsonResponse(body, status=202)
