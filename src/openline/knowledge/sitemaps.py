"""Sitemaps of the public community: threads, knowledge-base articles, spaces and tags.
Private spaces never appear.

URLs are absolute on settings.SITE_URL rather than on the Site framework (not installed) or
the host a request came in on, so a crawler reaching the server by another name still gets the
public addresses.
"""

from datetime import datetime
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any, TypedDict
from urllib.parse import quote

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.db.models import F, Max, OuterRef, QuerySet, Subquery
from django.urls import reverse
from django.utils.functional import cached_property
from django_stubs_ext import WithAnnotations

from openline.community.models import Space, Tag, Thread

from .models import Article, ArticleStatus


def public_threads() -> QuerySet[Thread]:
    return Thread.objects.filter(space__is_private=False, merged_at__isnull=True)


def _latest_activity(threads: QuerySet[Thread]) -> datetime | None:
    # ORDER BY … LIMIT 1 walks the last_activity_at index; MAX() over a join would scan.
    return threads.order_by("-last_activity_at").values_list("last_activity_at", flat=True).first()


class _Latest(TypedDict):
    latest_activity: datetime | None


if TYPE_CHECKING:  # a space or tag with its latest_activity annotation
    _SpaceRow = WithAnnotations[Space, _Latest]
    _TagRow = WithAnnotations[Tag, _Latest]
else:  # WithAnnotations takes a single argument at runtime
    _SpaceRow, _TagRow = Space, Tag


class PublicSitemap[T](Sitemap[T]):
    """A sitemap whose addresses start with settings.SITE_URL."""

    def get_protocol(self, protocol: str | None = None) -> str:
        return settings.SITE_URL.split("://", 1)[0]

    def get_domain(self, site: object = None) -> str:
        # Host, port and any path prefix the deployment is mounted under.
        return settings.SITE_URL.split("://", 1)[1]

    def get_latest_lastmod(self) -> datetime | None:
        return None

    def index_pages(self) -> list[tuple[int, datetime | None]]:
        """(page number, when something on it last changed) for the sitemap index."""
        latest = self.get_latest_lastmod()
        return [(number, latest) for number in self.paginator.page_range]


class _IdRangePaginator:
    """Page n holds the threads with ids in ((n - 1) * limit, n * limit]: a primary-key range
    scan per page instead of an OFFSET that grows with the community, and a thread keeps its
    page for good. Private or deleted threads leave a page short, never over the limit."""

    def __init__(self, items: QuerySet[Thread, Any], limit: int) -> None:
        self.items, self.limit = items, limit

    def page(self, number: object) -> SimpleNamespace:
        try:
            number = int(str(number))
        except ValueError:
            raise PageNotAnInteger("The page number is not a whole number.") from None
        if number < 1:
            raise EmptyPage("The page number is less than 1.")
        bottom = (number - 1) * self.limit
        rows = list(self.items.filter(id__gt=bottom, id__lte=bottom + self.limit))
        if not rows and number > 1:
            raise EmptyPage("That page holds no public threads.")
        return SimpleNamespace(number=number, object_list=rows)


_ID, _SLUG = "918273645", "openline-sitemap-slug"


class ThreadSitemap(PublicSitemap[Any]):  # items are named rows (id, slug, last_activity_at)
    # Well under the protocol's 50,000 URLs (and 50 MB) so each page stays quick to build and
    # fetch; a big community is split over several pages, all listed in the index.
    limit = 10_000

    def items(self) -> QuerySet[Thread, Any]:
        # Plain tuples, no model instances: a page is one indexed query and little memory.
        return (
            public_threads()
            .order_by("id")
            .values_list("id", "slug", "last_activity_at", named=True)
        )

    # Duck-typed: Sitemap only calls paginator.page(), and index_pages is overridden below.
    @property
    def paginator(self) -> _IdRangePaginator:  # type: ignore[override]
        return _IdRangePaginator(self.items(), self.limit)

    def location(self, item: Any) -> str:
        return self._path.replace(_ID, str(item.id)).replace(_SLUG, quote(item.slug or "-"))

    @cached_property
    def _path(self) -> str:
        # One reverse() per page, not per thread: 10,000 of them would take most of the time.
        return reverse("community:thread", args=[_ID, _SLUG])

    def lastmod(self, item: Any) -> datetime:
        last_activity_at: datetime = item.last_activity_at
        return last_activity_at

    def get_latest_lastmod(self) -> datetime | None:
        return _latest_activity(public_threads())

    def index_pages(self) -> list[tuple[int, datetime | None]]:
        # One grouped query: the pages that hold public threads, each with its latest change.
        rows = (
            public_threads()
            .annotate(page=(F("id") - 1) / self.limit + 1)
            .values("page")
            .annotate(latest=Max("last_activity_at"))
            .order_by("page")
            .values_list("page", "latest")
        )
        return list(rows) or [(1, None)]


class SpaceSitemap(PublicSitemap[_SpaceRow]):
    def items(self) -> QuerySet[_SpaceRow]:
        latest = Thread.objects.filter(space=OuterRef("pk")).order_by("-last_activity_at")
        return (
            Space.objects.filter(is_private=False)
            .annotate(latest_activity=Subquery(latest.values("last_activity_at")[:1]))
            .order_by("position", "name", "id")
        )

    def lastmod(self, item: _SpaceRow) -> datetime | None:
        return item.latest_activity

    def get_latest_lastmod(self) -> datetime | None:
        return _latest_activity(public_threads())


class TagSitemap(PublicSitemap[_TagRow]):
    def items(self) -> QuerySet[_TagRow]:
        # Only tags with public threads: a tag used in private spaces alone lists nothing, and
        # the latest activity counts public threads only (the annotation reuses the filter's join).
        return (
            Tag.objects.filter(threads__space__is_private=False)
            .annotate(latest_activity=Max("threads__last_activity_at"))
            .order_by("slug")
        )

    def lastmod(self, item: _TagRow) -> datetime | None:
        return item.latest_activity

    def get_latest_lastmod(self) -> datetime | None:
        return _latest_activity(public_threads().filter(tags__isnull=False))


class ArticleSitemap(PublicSitemap[Article]):
    limit = 10_000

    def items(self) -> QuerySet[Article]:
        return Article.objects.filter(status=ArticleStatus.PUBLISHED).order_by("id")

    def lastmod(self, item: Article) -> datetime:
        return item.updated_at

    def get_latest_lastmod(self) -> datetime | None:
        return self.items().order_by("-updated_at").values_list("updated_at", flat=True).first()


SITEMAPS: dict[str, type[PublicSitemap[Any]]] = {
    "threads": ThreadSitemap,
    "articles": ArticleSitemap,
    "spaces": SpaceSitemap,
    "tags": TagSitemap,
}
