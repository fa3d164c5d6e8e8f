"""What search engines fetch besides pages: robots.txt and the sitemaps."""

from datetime import datetime

from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger
from django.http import Http404, HttpRequest, HttpResponse
from django.urls import reverse
from django.utils.html import escape
from django.views.decorators.cache import cache_control
from django.views.decorators.http import require_safe

from .sitemaps import SITEMAPS

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
ROBOTS_DISALLOW = [
    "/admin/",
    "/accounts/",
    "/api/",
    "/search",
    "/inbox/",
    "/guidance/",
    "/hooks/",
    "/staff/",
    "/me/",
]


@require_safe
@cache_control(public=True, max_age=86400)
def robots_txt(request: HttpRequest) -> HttpResponse:
    lines = ["User-agent: *", "Allow: /"]
    lines += [f"Disallow: {path}" for path in ROBOTS_DISALLOW]
    lines += ["", f"Sitemap: {settings.SITE_URL}{reverse('knowledge:sitemap_index')}"]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


@require_safe
@cache_control(public=True, max_age=3600)
def sitemap_index(request: HttpRequest) -> HttpResponse:
    entries = []
    for section, sitemap_class in SITEMAPS.items():
        url = settings.SITE_URL + reverse("knowledge:sitemap", args=[section])
        for number, lastmod in sitemap_class().index_pages():
            location = url if number == 1 else f"{url}?p={number}"
            entries.append(f"<sitemap><loc>{escape(location)}</loc>{_lastmod(lastmod)}</sitemap>\n")
    return _xml(f'<sitemapindex xmlns="{SITEMAP_NS}">\n{"".join(entries)}</sitemapindex>\n')


@require_safe
@cache_control(public=True, max_age=3600)
def sitemap_section(request: HttpRequest, section: str) -> HttpResponse:
    if section not in SITEMAPS:
        raise Http404("No such sitemap.")
    try:
        urls = SITEMAPS[section]().get_urls(page=request.GET.get("p", 1))
    except (EmptyPage, PageNotAnInteger):
        raise Http404("No such sitemap page.") from None
    # Written out directly: the template engine takes seconds over 10,000 entries.
    body = "".join(
        f"<url><loc>{escape(url['location'])}</loc>{_lastmod(url['lastmod'])}</url>\n"
        for url in urls
    )
    return _xml(f'<urlset xmlns="{SITEMAP_NS}">\n{body}</urlset>\n')


def _lastmod(when: datetime | None) -> str:
    return f"<lastmod>{when.isoformat(timespec='seconds')}</lastmod>" if when else ""


def _xml(document: str) -> HttpResponse:
    response = HttpResponse(
        '<?xml version="1.0" encoding="UTF-8"?>\n' + document,
        content_type="application/xml; charset=utf-8",
    )
    # The sitemaps are for crawlers to read, not pages to show in results.
    response["X-Robots-Tag"] = "noindex"
    return response
