"""The site's URL patterns: the community's come first among the includes without a prefix (they
carry most of the traffic, and Django tries patterns in order), which is safe only while no
other app's address would match one of them."""

import re

from django.urls import URLPattern, URLResolver, get_resolver, resolve

SAMPLES = {"int": "7", "slug": "a-b", "str": "x-y", "path": "x/y"}


def _examples(patterns, prefix: str = ""):
    """An address for every route pattern (converters filled in with sample values), with
    the view the pattern names."""
    for pattern in patterns:
        route = str(pattern.pattern)
        if route.startswith("^"):  # a regular expression: not a route to fill in
            continue
        route = re.sub(r"<(?:(\w+):)?\w+>", lambda m: SAMPLES[m.group(1) or "str"], route)
        if isinstance(pattern, URLResolver):
            yield from _examples(pattern.url_patterns, prefix + route)
        elif isinstance(pattern, URLPattern):
            yield "/" + prefix + route, pattern.callback


def test_every_other_apps_address_is_answered_by_its_own_view():
    others = [
        p
        for p in get_resolver().url_patterns
        if isinstance(p, URLResolver)
        and str(p.pattern) == ""
        and p.urlconf_name.__name__ != "openline.community.urls"
    ]
    examples = [example for resolver in others for example in _examples(resolver.url_patterns)]
    assert len(examples) > 30
    shadowed = {path for path, view in examples if resolve(path).func is not view}
    assert shadowed == set()


def test_the_communitys_pages_are_answered_by_the_community():
    assert resolve("/").view_name == "community:home"
    assert resolve("/s/ideas/").view_name == "community:space"
    assert resolve("/t/7/some-title/").view_name == "community:thread"
    assert resolve("/s/ideas/feed.atom").view_name != "community:space"
    assert resolve("/robots.txt").func.__module__.startswith("openline.knowledge")
