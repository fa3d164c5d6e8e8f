import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
django_application = get_wsgi_application()

from config.warm import warm_in_background  # noqa: E402
from openline.core import heap, reqtrace  # noqa: E402 - after Django is set up
from openline.core.lanes import PageGate, WSGIApp, held_waits, page_gate  # noqa: E402
from openline.inbox.fastpath import LiveFastPath  # noqa: E402

# Inbound webhooks (verify, queue, answer: ~1 ms of CPU) skip the page gate: behind it a new
# message waited for the page renders ahead of it, 0.4 to 3.4 s under page load (live-v5),
# before any open inbox could show it.
BESIDE_THE_PAGES = ("/hooks/",)


def served(django: WSGIApp) -> WSGIApp:
    """Open inboxes' polls answered before Django where their live token allows it, and beside
    the pages rather than behind them under `openline serve` (issue 19, core.lanes)."""
    if reqtrace.enabled():  # where a process's time goes, request by request (core.reqtrace)
        reqtrace.start()
        gated = PageGate(
            reqtrace.InDjango(django, "openline.trace.at"),
            page_gate(),
            beside=BESIDE_THE_PAGES,
            own_threads=held_waits() > 0,
        )
        return reqtrace.Traced(LiveFastPath(reqtrace.AtGate(gated, "openline.trace.at")))
    own = held_waits() > 0  # Django on threads of its own beside the held waits' (core.lanes)
    return LiveFastPath(PageGate(django, page_gate(), beside=BESIDE_THE_PAGES, own_threads=own))


# Start-up's objects out of every full collection's walk now, and what the first requests
# loaded once they have run (core.heap).
application = heap.SettledAfter(served(django_application))
heap.settle()
# The models load beside the first requests rather than in the first search's (config.warm).
warm_in_background()
