"""The held-waits front built on a2wsgi instead of openline.core.asgi (measured only, by
bench/asgi_fronts.py): the inbox's wait held on the event loop (inbox.waiting), every other
request the same WSGI application (the live fast path, then Django) on a2wsgi's threads."""

import os

from a2wsgi import WSGIMiddleware
from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
django_application = get_wsgi_application()

from openline.core.asgi import Receive, Scope, Send  # noqa: E402 - after Django is set up
from openline.inbox import waiting  # noqa: E402
from openline.inbox.fastpath import LiveFastPath  # noqa: E402

pages = WSGIMiddleware(
    LiveFastPath(django_application), workers=int(os.environ.get("OPENLINE_SERVE_THREADS", "1"))
)


async def application(scope: Scope, receive: Receive, send: Send) -> None:
    if scope["type"] == "lifespan":  # a2wsgi serves HTTP only
        while (await receive())["type"] != "lifespan.shutdown":
            await send({"type": "lifespan.startup.complete"})
        await send({"type": "lifespan.shutdown.complete"})
        return
    if scope["type"] == "http" and (route := waiting.route(scope["path"])) is not None:
        await route(scope, receive, send)
        return
    await pages(scope, receive, send)  # type: ignore[arg-type]
