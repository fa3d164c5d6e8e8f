"""Open inboxes' polls answered before Django (inbox.fastpath): only for a live token good for
the request's own session, and never once its reader has lost access, however that happened."""

import re
import threading
import time
from datetime import timedelta

import pytest
from django.contrib.sessions.models import Session
from django.core import signing
from django.core.cache import cache
from django.test import Client, RequestFactory
from django.utils import timezone

from config import warm
from openline.accounts import staff, suspensions
from openline.core import counters, lanes
from openline.inbox import actions, fastpath, ingestion, live_cache, live_tokens

from ..factories import PASSWORD
from .conftest import item

NEW_PASSWORD = "a long and fresh pass phrase"


class Served:
    """config.wsgi's application, called as the server calls it; Django behind it replaced by
    a marker, so that a test sees whether the fast path answered or left it to Django."""

    def __init__(self) -> None:
        self.left_to_django = 0
        self.app = fastpath.LiveFastPath(self._django)

    def _django(self, environ, start_response):
        self.left_to_django += 1
        start_response("299 Django", [])
        return [b""]

    def get(self, url: str, client: Client, token: str) -> tuple[int, str]:
        cookie = f"sessionid={client.cookies['sessionid'].value}" if client.cookies else ""
        environ = RequestFactory().get(url, HTTP_COOKIE=cookie, HTTP_X_INBOX_TOKEN=token).environ
        status = []
        body = b"".join(self.app(environ, lambda s, h: status.append(int(s.split()[0]))))
        return status[0], body.decode()


def generation() -> int:
    return counters.read(actions.INBOX_COUNTER)


def page_token(client: Client) -> str:
    return re.search(r'data-live-token="([^"]+)"', client.get("/inbox/").text).group(1)


@pytest.fixture
def served():
    return Served()


@pytest.fixture
def opened(client, agent, moderator, account, sla):
    """The agent's inbox is open at generation `seen`; then a message came in and a colleague's
    inbox already fetched the new list (so its shared render exists)."""
    ingestion.ingest(account, item())
    client.force_login(agent)
    token, seen = page_token(client), generation()
    ingestion.ingest(account, item("m9", "c9", text="Order 4471 never arrived", sid="u9"))
    colleague = Client()
    colleague.force_login(moderator)
    assert "4471" in colleague.get(f"/inbox/live/?queue=unassigned&page=1&v={seen}").text
    return client, token, seen


def test_an_open_inbox_gets_the_new_list_and_then_204s_without_django(served, opened, agent):
    client, token, seen = opened
    status, body = served.get(f"/inbox/live/?queue=unassigned&page=1&v={seen}", client, token)
    assert status == 200 and "Order 4471" in body
    assert f'data-live-token="{token}"' in body
    now = generation()
    assert served.get(f"/inbox/live/?queue=unassigned&page=1&v={now}", client, token) == (204, "")
    status, _ = served.get(f"/inbox/live/wait/?v={seen}", client, token)
    assert status == 204
    assert served.left_to_django == 0


def deactivate(agent, admin, client):
    staff.set_active(admin, agent, active=False)


def demote(agent, admin, client):
    staff.change_role(admin, agent, "customer")


def sign_out_in_another_tab(agent, admin, client):
    tab = Client()
    tab.cookies["sessionid"] = client.cookies["sessionid"].value
    assert tab.post("/accounts/signout/").status_code == 302


def suspend(agent, admin, client):
    suspensions.suspend_member(admin, agent, days=1, reason="Posting customers' addresses")


def change_password_elsewhere(agent, admin, client):
    elsewhere = Client()
    elsewhere.force_login(agent)
    data = {"old_password": PASSWORD, "new_password1": NEW_PASSWORD, "new_password2": NEW_PASSWORD}
    assert elsewhere.post("/accounts/password/", data).status_code == 302


LOSSES = {
    "deactivated": (deactivate, 401),
    "no longer staff": (demote, 403),
    "signed out in another tab": (sign_out_in_another_tab, 401),
    "suspended": (suspend, 401),
    "password changed elsewhere": (change_password_elsewhere, 401),
}


@pytest.mark.parametrize("lose", LOSSES.values(), ids=LOSSES.keys())
def test_an_agent_who_lost_access_gets_nothing_from_the_fast_path_and_no_text_at_all(
    served, opened, agent, admin, lose
):
    client, token, seen = opened
    how, refused = lose
    how(agent, admin, client)
    for url in (
        f"/inbox/live/?queue=unassigned&page=1&v={seen}",  # the changed list
        f"/inbox/live/?queue=unassigned&page=1&v={generation()}",  # nothing new
        f"/inbox/live/wait/?v={seen}",
    ):
        assert served.get(url, client, token) == (299, "")  # left to Django
    headers = {"X-Inbox-Token": token}
    answer = client.get(f"/inbox/live/?queue=unassigned&page=1&v={seen}", headers=headers)
    assert answer.status_code == refused and b"4471" not in answer.content
    assert client.get(f"/inbox/live/wait/?v={seen}", headers=headers).status_code == 403


def test_a_token_ends_when_its_session_expires(served, client, agent, account, sla):
    client.force_login(agent)
    key = client.cookies["sessionid"].value
    Session.objects.filter(session_key=key).update(
        expire_date=timezone.now() + timedelta(seconds=1)
    )
    token, seen = page_token(client), generation()
    url = f"/inbox/live/?v={seen}"
    assert served.get(url, client, token) == (204, "")
    time.sleep(1.1)
    ingestion.ingest(account, item("m9", "c9", text="Order 4471 never arrived", sid="u9"))
    assert served.get(f"/inbox/live/?v={generation()}", client, token) == (299, "")
    answer = client.get(f"/inbox/live/?v={seen}", headers={"X-Inbox-Token": token})
    assert answer.status_code == 401 and b"4471" not in answer.content


def tampered(token: str, **changes) -> str:
    """The token's claims changed, its signature kept."""
    _, stamp, signature = token.rsplit(":", 2)
    claims = signing.loads(token, salt=live_tokens.SALT)
    claims[0] = changes.get("user_id", claims[0])
    claims[2] = changes.get("access", claims[2])
    forged = signing.dumps(claims, salt=live_tokens.SALT, compress=False)
    return f"{forged.rsplit(':', 2)[0]}:{stamp}:{signature}"


def test_a_tampered_or_borrowed_token_gets_nothing_from_the_fast_path(served, opened, moderator):
    client, token, seen = opened
    url = f"/inbox/live/?queue=unassigned&page=1&v={seen}"
    for forged in (
        tampered(token, user_id=moderator.pk),
        tampered(token, access=counters.read("staff-access") + 1),
        token[:-1] + ("A" if token[-1] != "A" else "B"),
        "",
    ):
        assert served.get(url, client, forged) == (299, "")
    anonymous = Client()
    assert served.get(url, anonymous, token) == (299, "")  # no session cookie
    other = Client()
    other.force_login(moderator)
    assert served.get(url, other, token) == (299, "")  # another person's session
    assert anonymous.get(url, headers={"X-Inbox-Token": token}).status_code == 401


def test_the_mine_queue_and_a_first_render_are_left_to_django(served, client, agent, account, sla):
    ingestion.ingest(account, item())
    client.force_login(agent)
    token, seen = page_token(client), generation()
    ingestion.ingest(account, item("m9", "c9", sid="u9"))
    assert served.get(f"/inbox/live/?queue=all&v={seen}", client, token) == (299, "")
    client.get(f"/inbox/live/?queue=all&v={seen}")  # rendered once: now shared
    assert served.get(f"/inbox/live/?queue=all&v={seen}", client, token)[0] == 200
    assert served.get(f"/inbox/live/?queue=mine&v={seen}", client, token) == (299, "")


def test_a_malformed_generation_is_answered_400_before_django(served, opened):
    client, token, _ = opened
    assert served.get("/inbox/live/?v=1%200", client, token)[0] == 400
    assert served.get("/inbox/live/wait/?v=-3", client, token)[0] == 400
    assert served.left_to_django == 0


def test_a_token_from_before_the_operator_required_a_second_factor_is_not_good_after(
    served, opened, settings
):
    client, token, seen = opened
    assert served.get(f"/inbox/live/?v={generation()}", client, token) == (204, "")
    settings.OPENLINE = {**settings.OPENLINE, "STAFF_TWO_FACTOR": "required"}
    assert served.get(f"/inbox/live/?v={generation()}", client, token) == (299, "")
    answer = client.get(f"/inbox/live/?queue=unassigned&page=1&v={seen}")
    assert answer.status_code == 302 and b"4471" not in answer.content  # set one up first


def test_each_reader_gets_the_list_rendered_in_their_own_language(
    served, client, agent, moderator, account, sla
):
    ingestion.ingest(account, item())
    client.force_login(agent)
    english = page_token(client)
    german_reader = Client(headers={"Accept-Language": "de"})
    german_reader.force_login(moderator)
    german = page_token(german_reader)
    seen = generation()
    ingestion.ingest(account, item("m9", "c9", sid="u9"))
    for reader in (client, german_reader):  # one render per language
        assert reader.get(f"/inbox/live/?v={seen}").status_code == 200
    assert "Nicht zugewiesen" in served.get(f"/inbox/live/?v={seen}", german_reader, german)[1]
    assert "Unassigned" in served.get(f"/inbox/live/?v={seen}", client, english)[1]
    assert served.left_to_django == 0


def test_a_poll_is_answered_while_a_page_holds_the_only_page_thread(opened, monkeypatch):
    """Under `openline serve` a poll is not queued behind a page render (core.lanes): the fast
    path sits before the gate that keeps pages to their threads."""
    # Importing config.wsgi starts a process's warm-up: a thread of its own that would read
    # the guidance settings during this test, on a connection of its own.
    monkeypatch.setenv(warm.ENV, "off")
    from config.wsgi import served as serving

    monkeypatch.setenv(lanes.THREADS_ENV, "1")
    monkeypatch.setenv(lanes.LANE_ENV, "8")
    client, token, seen = opened
    inside, release = threading.Event(), threading.Event()

    def slow_page(environ, start_response):
        inside.set()
        release.wait(5)
        start_response("200 OK", [])
        return [b"page"]

    app = serving(slow_page)
    rendering = RequestFactory().get("/").environ
    page = threading.Thread(target=lambda: list(app(rendering, lambda s, h: None)))
    page.start()
    try:
        assert inside.wait(5)
        cookie = f"sessionid={client.cookies['sessionid'].value}"
        url = f"/inbox/live/?queue=unassigned&page=1&v={seen}"
        environ = RequestFactory().get(url, HTTP_COOKIE=cookie, HTTP_X_INBOX_TOKEN=token).environ
        status = []
        body = b"".join(app(environ, lambda s, h: status.append(s)))
        assert status == ["200 OK"] and b"Order 4471" in body
        assert page.is_alive()  # the page is still rendering
    finally:
        release.set()
        page.join(5)


@pytest.fixture
def rendering_elsewhere(opened):
    """Another request of this process is rendering the new list (it has claimed it): the
    render it will put, taken out of the cache where the colleague's fetch left it."""
    client, token, seen = opened
    name = next(n for n in live_cache._memo if n.startswith(f"inbox-live:{generation()}:"))
    shared = live_cache.get(name)
    cache.delete(name)
    live_cache.forget()
    assert live_cache.claim_or_wait(name) == (True, None)
    yield client, token, seen, name, shared
    live_cache.rendered(name)


@pytest.fixture
def finish_later():
    """The colleague's render put in `seconds`, on a timer joined before the test's cache and
    database are emptied."""
    timers = []

    def finish(name, shared, seconds=0.3):
        def put():
            if shared is not None:
                live_cache.put(name, shared)
            live_cache.rendered(name)

        timers.append(threading.Timer(seconds, put))
        timers[-1].start()

    yield finish
    for timer in timers:
        timer.join(5)
        assert not timer.is_alive()


def test_readers_wait_for_the_list_being_rendered_instead_of_going_to_django(
    served, rendering_elsewhere, finish_later
):
    client, token, seen, name, shared = rendering_elsewhere
    finish_later(name, shared)
    started = time.monotonic()
    status, body = served.get(f"/inbox/live/?queue=unassigned&page=1&v={seen}", client, token)
    assert status == 200 and "Order 4471" in body
    assert time.monotonic() - started >= 0.25  # it waited for the render
    assert served.left_to_django == 0


def test_a_reader_gets_the_render_it_waited_for_though_the_list_moved_on_meanwhile(
    served, rendering_elsewhere, finish_later, account
):
    client, token, seen, name, shared = rendering_elsewhere
    waited_for = generation()
    waits = live_cache.claim_or_wait

    def moved_on_meanwhile(key):
        # The worker's readings (or the next message) change the list during the render.
        ingestion.ingest(account, item("m10", "c10", text="Parcel 5512 is lost", sid="u10"))
        finish_later(name, shared)
        return waits(key)

    live_cache.claim_or_wait = moved_on_meanwhile
    try:
        cookie = f"sessionid={client.cookies['sessionid'].value}"
        url = f"/inbox/live/?queue=unassigned&page=1&v={seen}"
        environ = RequestFactory().get(url, HTTP_COOKIE=cookie, HTTP_X_INBOX_TOKEN=token).environ
        said: list = []
        body = b"".join(served.app(environ, lambda s, h: said.append((s, dict(h))))).decode()
    finally:
        live_cache.claim_or_wait = waits
    assert generation() > waited_for
    assert said[0][0] == "200 OK" and "Order 4471" in body and "5512" not in body
    # It names the generation it shows, so the next poll asks for the newer list.
    assert said[0][1][fastpath.GENERATION_HEADER] == str(waited_for)
    assert served.left_to_django == 0
    served.get(f"/inbox/live/?queue=unassigned&page=1&v={waited_for}", client, token)
    assert served.left_to_django == 1  # the newer list: rendered by Django, once


def test_a_render_that_fails_leaves_its_waiters_to_django(
    served, rendering_elsewhere, finish_later
):
    client, token, seen, name, _ = rendering_elsewhere
    finish_later(name, None)
    url = f"/inbox/live/?queue=unassigned&page=1&v={seen}"
    assert served.get(url, client, token) == (299, "")
    assert served.left_to_django == 1


def test_a_reader_who_lost_access_while_waiting_for_the_render_gets_nothing(
    served, rendering_elsewhere, agent, admin, monkeypatch
):
    client, token, seen, name, shared = rendering_elsewhere
    waits = live_cache.claim_or_wait

    def demoted_meanwhile(key):
        demote(agent, admin, client)
        live_cache.put(name, shared)
        live_cache.rendered(name)
        return waits(key)

    monkeypatch.setattr(live_cache, "claim_or_wait", demoted_meanwhile)
    url = f"/inbox/live/?queue=unassigned&page=1&v={seen}"
    assert served.get(url, client, token) == (299, "")  # Django's full check refuses it
    assert client.get(url).status_code == 403


def test_the_request_that_renders_the_list_goes_before_the_pages_and_lets_its_waiters_go(
    client, agent, account, sla
):
    ingestion.ingest(account, item())
    client.force_login(agent)
    token, seen = page_token(client), generation()
    ingestion.ingest(account, item("m9", "c9", sid="u9"))
    seen_by_django = []

    def django(environ, start_response):
        seen_by_django.append(environ.get(lanes.URGENT_KEY))
        assert live_cache._rendering  # its waiters wait while Django renders
        start_response("200 OK", [])
        return [b""]

    app = fastpath.LiveFastPath(django)
    cookie = f"sessionid={client.cookies['sessionid'].value}"
    environ = (
        RequestFactory()
        .get(f"/inbox/live/?queue=all&v={seen}", HTTP_COOKIE=cookie, HTTP_X_INBOX_TOKEN=token)
        .environ
    )
    list(app(environ, lambda status, headers: None))
    assert seen_by_django == [True]
    assert not live_cache._rendering  # released when Django had answered
