"""Atom feeds of the latest threads, of the whole community and of one space.

Feeds are read by programs without a sign-in, so they only ever hold public spaces: a private
space's feed is 404 for everyone, members included. Links are absolute on settings.SITE_URL
whatever host the request came in on.
"""

import re
from datetime import datetime
from typing import Any

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, SyndicationFeed
from django.utils.xmlutils import SimplerXMLGenerator

from . import selectors
from .models import Space, Thread

FEED_SIZE = 50

# XML 1.0 cannot carry these at all, and people can type them; the XML writer refuses them.
_XML_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _xml_safe(text: str) -> str:
    return _XML_ILLEGAL.sub("", text)


def _absolute(path: str) -> str:
    return settings.SITE_URL + path


class AtomWithContent(Atom1Feed):
    """Atom with the entry's full HTML in <content>, which Django's Atom1Feed does not write."""

    def add_item_elements(self, handler: SimplerXMLGenerator, item: dict[str, Any]) -> None:
        super().add_item_elements(handler, item)
        if item.get("content"):
            handler.addQuickElement("content", item["content"], {"type": "html"})


class CommunityFeed(Feed[Thread, Space | None]):
    feed_type = AtomWithContent

    def __call__(self, request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponse:
        response = super().__call__(request, *args, **kwargs)
        # The same document for everyone: shared caches may keep it a few minutes.
        response["Cache-Control"] = "public, max-age=300"
        return response

    def get_object(self, request: HttpRequest, *args: Any, **kwargs: Any) -> Space | None:
        return None

    def title(self, obj: Space | None) -> str:
        return f"{settings.OPENLINE['COMPANY_NAME']} Community"

    def subtitle(self, obj: Space | None) -> str:
        return f"The latest questions and discussions in the {self.title(obj)}."

    def link(self, obj: Space | None) -> str:
        return _absolute(reverse("community:home"))

    def get_feed(self, obj: Space | None, request: HttpRequest) -> SyndicationFeed:
        feed = super().get_feed(obj, request)
        # The feed's own address, wherever it is mounted, is its link rel="self" and its id.
        feed.feed["feed_url"] = feed.feed["id"] = _absolute(request.path)
        return feed

    def author_name(self, obj: Space | None) -> str:
        return str(settings.OPENLINE["COMPANY_NAME"])

    def items(self, obj: Space | None) -> QuerySet[Thread]:
        threads = selectors.thread_list(None, space=obj, sort="latest")
        return threads.prefetch_related("tags")[:FEED_SIZE]

    def item_title(self, item: Thread) -> str:
        # Atom titles are text: the XML writer escapes them, so no HTML escaping here.
        return _xml_safe(item.title)

    # None leaves <summary> out; django-stubs types the hook as returning str only.
    def item_description(self, item: Thread) -> None:  # type: ignore[override]
        return None  # the whole text goes in <content>

    def item_link(self, item: Thread) -> str:
        return _absolute(item.get_absolute_url())

    def item_guid(self, item: Thread) -> str:
        # The slug follows the title, which can be edited: the id must not change with it.
        return _absolute(reverse("community:thread_short", args=[item.pk]))

    def item_author_name(self, item: Thread) -> str:
        return _xml_safe(item.author.name)

    def item_author_link(self, item: Thread) -> str:
        return _absolute(reverse("community:profile", args=[item.author.username]))

    def item_pubdate(self, item: Thread) -> datetime:
        return item.created_at

    def item_updateddate(self, item: Thread) -> datetime:
        return item.last_activity_at

    def item_categories(self, item: Thread) -> list[str]:
        return [tag.name for tag in item.tags.all()]

    def item_extra_kwargs(self, item: Thread) -> dict[str, Any]:
        return {"content": _xml_safe(item.body_html)}


class SpaceFeed(CommunityFeed):
    def get_object(self, request: HttpRequest, *args: Any, slug: str = "", **kwargs: Any) -> Space:
        # As an anonymous reader: a private space is 404 here even for its members.
        return selectors.access_space(None, slug)

    def title(self, obj: Space | None) -> str:
        assert obj is not None
        return f"{obj.name} · {settings.OPENLINE['COMPANY_NAME']} Community"

    def subtitle(self, obj: Space | None) -> str:
        assert obj is not None
        return obj.description or f"The latest threads in {obj.name}."

    def link(self, obj: Space | None) -> str:
        assert obj is not None
        return _absolute(obj.get_absolute_url())
