"""The open inboxes' "nothing changed" polls, answered before the rest of the middleware.

Several hundred open inboxes each ask a few times a second; nearly every answer is an empty
204 after one counter read (views._poll). Here that answer skips the security headers, static
files, page cache, session, CSRF and message middleware and the URL resolver, which cost more
than the read itself. Only a poll with a live token and the current generation is answered
here; everything else goes on to the view, which needs no second counter read. The wait of
inbox.js, where no ASGI server holds it (inbox.waiting), is answered here too, and so is a
changed list poll whose fragment is already rendered, after the session checks alone
(views.shared_poll): every open inbox asks for it at once."""

import re
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.urls import NoReverseMatch, reverse

from . import views


def _list_path() -> str | None:
    try:
        return reverse("inbox:live")
    except NoReverseMatch:
        return None


def _live_paths() -> tuple[re.Pattern[str], str | None]:
    """The two live views' paths and the wait's; none where the URLconf has no inbox (some
    tests')."""
    try:
        one = re.escape(reverse("inbox:conversation_live", args=[0])).replace("0", r"\d+", 1)
        polls = re.compile(f"{re.escape(reverse('inbox:live'))}|{one}")
        return polls, reverse("inbox:live_wait")
    except NoReverseMatch:
        return re.compile(r"(?!)"), None


class LivePollMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response
        self.paths: re.Pattern[str] | None = None
        self.wait: str | None = None
        self.list: str | None = None

    def __call__(self, request: HttpRequest) -> HttpResponse:
        if self.paths is None:  # the URLconf is not loaded when middleware is built
            self.paths, self.wait = _live_paths()
            self.list = _list_path()
        if request.path_info == self.wait and request.method == "GET":
            return views.live_wait(request)
        if (
            request.method == "GET"
            and views.TOKEN_HEADER in request.headers
            and self.paths.fullmatch(request.path_info)
        ):
            if unchanged := views.unchanged_poll(request):
                return unchanged
            if request.path_info == self.list and (shared := views.shared_poll(request)):
                return shared
        return self.get_response(request)
