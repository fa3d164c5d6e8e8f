"""What `openline serve` runs: the WSGI application on its threads, the inbox's waits held on
the event loop (openline.core.asgi, openline.inbox.waiting)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
django_application = get_wsgi_application()

from config.warm import warm_in_background  # noqa: E402
from openline.core import heap  # noqa: E402 - after Django is set up
from openline.core.asgi import WSGIOverASGI  # noqa: E402
from openline.inbox import waiting  # noqa: E402
from openline.inbox.fastpath import LiveFastPath  # noqa: E402

application = WSGIOverASGI(
    heap.SettledAfter(LiveFastPath(django_application)),
    waiting.route,
    threads=int(os.environ.get("OPENLINE_SERVE_THREADS", "1")),
)
heap.settle()  # as config.wsgi: start-up's objects now, the first requests' after them
warm_in_background()  # as config.wsgi
