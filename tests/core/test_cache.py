"""The anonymous page cache under query strings: extra parameters never defeat it, real ones
(page, sort) each get their own copy, and no visitor can grow the number of copies."""

import pytest
from django.core.cache import cache

from openline.community import actions
from openline.core.cache import cache_for_anonymous, page_number

from ..factories import PASSWORD


def _anonymous_keys() -> list[str]:
    """The anonymous page cache's keys, in the per-process cache or in Redis (CI's second run)."""
    store = cache._cache  # type: ignore[attr-defined]
    if hasattr(store, "get_client"):  # Django's Redis backend
        client = store.get_client(write=False)
        return [key.decode() for key in client.scan_iter(match="*:anon:*")]
    return [key for key in store if ":anon:" in key]


@pytest.fixture
def many_threads(question, customer, space, settings):
    settings.OPENLINE = {**settings.OPENLINE, "PAGE_SIZE": 2}
    for n in range(4):
        actions.create_thread(customer, space, kind="question", title=f"Other thread {n}", body="x")
    return question


def test_tracking_parameters_get_the_same_bytes_from_the_cache(client, question):
    url = question.get_absolute_url()
    plain = client.get(url)
    tracked = client.get(f"{url}?utm_source=newsletter&utm_medium=email&fbclid=abc&gclid=1")
    assert (plain["X-Cache"], tracked["X-Cache"]) == ("miss", "hit")
    assert tracked.content == plain.content


def test_a_first_view_with_tracking_parameters_renders_the_clean_page(client, question):
    url = question.get_absolute_url()
    tracked = client.get(f"{url}?utm_campaign=launch&mc_cid=42&ref=hn")
    plain = client.get(url)
    assert (tracked["X-Cache"], plain["X-Cache"]) == ("miss", "hit")
    html = tracked.content.decode()
    assert f'<link rel="canonical" href="http://127.0.0.1:8000{url}">' in html
    assert "utm_campaign" not in html and "mc_cid" not in html and "launch" not in html


def test_unknown_parameters_share_one_copy_and_are_served_from_it(client, question):
    url = question.get_absolute_url()
    client.get(url)
    answers = [client.get(f"{url}?x={n}")["X-Cache"] for n in range(1, 1001)]
    assert answers == ["hit"] * 1000
    assert len(_anonymous_keys()) == 1


def test_page_two_is_page_two_and_cached_apart_from_page_one(client, many_threads):
    first = client.get("/s/thermostats/")
    second = client.get("/s/thermostats/?page=2&utm_source=x")
    again = client.get("/s/thermostats/?page=02")
    assert (first["X-Cache"], second["X-Cache"], again["X-Cache"]) == ("miss", "miss", "hit")
    assert "Page 2 of 3" in second.content.decode()
    assert again.content == second.content != first.content
    assert '<link rel="canonical" href="http://127.0.0.1:8000/s/thermostats/?page=2">' in (
        second.content.decode()
    )


def test_page_one_and_pages_that_are_not_numbers_share_the_first_page(client, many_threads):
    client.get("/s/thermostats/")
    answers = [client.get(f"/s/thermostats/?page={page}")["X-Cache"] for page in ("1", "x", "")]
    assert answers == ["hit", "hit", "hit"]


def test_a_page_past_the_last_is_not_found_and_not_cached(client, many_threads):
    pages = [client.get(f"/s/thermostats/?page={n}") for n in range(4, 24)]
    assert {page.status_code for page in pages} == {404}
    assert _anonymous_keys() == []


def test_each_sort_is_its_own_copy_and_unknown_sorts_are_the_default(
    client, many_threads, other_customer
):
    actions.toggle_vote(other_customer, many_threads)
    latest = client.get("/?sort=latest")
    top = client.get("/?sort=top&fbclid=1")
    junk = [client.get(f"/?sort=junk{n}")["X-Cache"] for n in range(50)]
    assert (latest["X-Cache"], top["X-Cache"], junk) == ("miss", "miss", ["hit"] * 50)
    assert top.content != latest.content
    assert len(_anonymous_keys()) == 2


def test_search_answers_the_same_with_tracking_parameters(client, question):
    plain = client.get("/search/?q=firmware")
    tracked = client.get("/search/?q=firmware&utm_source=x&fbclid=y")
    assert question.title in plain.content.decode()
    assert tracked.content == plain.content


def test_signed_in_readers_are_not_served_the_anonymous_copy(client, question, other_customer):
    url = question.get_absolute_url()
    client.get(f"{url}?utm_source=x")
    client.login(username=other_customer.username, password=PASSWORD)
    page = client.get(f"{url}?utm_source=x&x=1")
    assert page.get("X-Cache") is None
    assert "Post reply" in page.content.decode()


def test_operators_add_their_own_tracking_parameters(client, question, settings):
    settings.OPENLINE = {
        **settings.OPENLINE,
        "TRACKING_PARAMS": (*settings.OPENLINE["TRACKING_PARAMS"], "partner_*"),
    }
    response = client.get("/search/?q=firmware&partner_id=7")
    assert response.wsgi_request.get_full_path() == "/search/?q=firmware"


def test_a_page_cannot_declare_a_tracking_parameter_as_its_own():
    with pytest.raises(Exception, match="utm_source"):
        cache_for_anonymous(lambda request: 1, params={"utm_source": page_number})


@pytest.mark.parametrize(
    ("given", "canonical"),
    [("2", "2"), ("02", "2"), (" 3", "3"), ("1", None), ("0", None), ("-2", None),
     ("2.0", None), ("x", None), ("9" * 4400, None), ("100001", None)],
)  # fmt: skip
def test_page_numbers_are_written_one_way(given, canonical):
    assert page_number(given) == canonical


def test_a_new_release_does_not_serve_pages_cached_by_the_one_before(client, question, monkeypatch):
    from openline.core import cache as page_cache

    url = question.get_absolute_url()
    assert client.get(url)["X-Cache"] == "miss"
    assert client.get(url)["X-Cache"] == "hit"
    monkeypatch.setattr(page_cache, "release", lambda: "next-release")
    assert client.get(url)["X-Cache"] == "miss"
    assert len(_anonymous_keys()) == 2  # one copy per release
