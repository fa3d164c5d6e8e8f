"""inbox.fastpath's answers for servers that call Django directly (the test client, Django's
live server in the browser tests): what config.wsgi and config.asgi answer before Django is
answered here, before the rest of the middleware, by the same code."""

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from . import fastpath, live_tokens


class LivePollMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if live_tokens.HEADER in request.headers and fastpath.TRIED_KEY not in request.META:
            answered = fastpath.answer(request.META)
            if answered is not None:
                response = HttpResponse(answered.body, status=answered.status)
                for name, value in answered.headers:
                    response[name] = value
                return response
            with fastpath.rendering(request.META):
                return self.get_response(request)
        return self.get_response(request)
