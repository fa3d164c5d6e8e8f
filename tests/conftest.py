import os
from pathlib import Path

import pytest

from openline.accounts.models import Role
from openline.community import actions
from openline.inbox import adapters
from openline.inbox.adapters import DeliveryError
from openline.inbox.models import ChannelAccount, SlaPolicy

from .factories import SpaceFactory, UserFactory
from .processes import copy_data_dir, migrate, migrated_once

# CI's PostgreSQL + Redis pass: `--db-and-cache-only`, and the check that a test it leaves out
# uses neither the database nor the cache.
pytest_plugins = ["tests.backends_used"]


@pytest.fixture(autouse=True)
def _no_page_views_written_after_the_test_database_is_emptied():
    """A page served outside a transaction (live server, `transaction=True`) may start the
    page views' background flush: it must be done before the database is emptied (SQLite's
    shared in-memory database refuses the flush while another connection writes), and what a
    test noted must not be written into the next test's rows."""
    yield
    from openline.participation.reads import discard_pending, recorder

    assert recorder.settle()
    discard_pending()


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory):
    """A data dir migrated once per session: copy it (`copy_data_dir`), never write to it.
    `openline migrate` (SECRET_KEY set) makes the data dir itself: it does not exist yet, as on
    a fresh install (tests/core/test_settings.py). With OPENLINE_TEST_MIGRATED_TEMPLATE set (CI),
    one per run: the pytest processes of its passes and chunks share it (`migrated_once`)."""
    if shared := os.environ.get("OPENLINE_TEST_MIGRATED_TEMPLATE"):
        return migrated_once(Path(shared))
    path = tmp_path_factory.mktemp("migrated-template") / "not" / "there" / "yet"
    migrate(path)
    return path


@pytest.fixture
def migrated_data_dir(migrated_template, tmp_path):
    """A data dir with a migrated SQLite database of its own, for real `openline` processes
    (migrated once per session and copied: `openline migrate` is most of a slow test)."""
    return copy_data_dir(migrated_template, tmp_path / "data")


@pytest.fixture(autouse=True)
def _sessions_in_the_database(settings):
    """Query counts count the session's read; with Redis (CI's second pass) the settings keep
    sessions in the cache, one query fewer. Every test reads them from the database; the tests
    of the cached engine (tests/community/test_fragments.py) choose it themselves."""
    settings.SESSION_ENGINE = "openline.accounts.sessions"  # the database, in plain SQL


@pytest.fixture(autouse=True)
def _default_language_after_the_test():
    """A German request leaves German active in the thread (LocaleMiddleware activates, never
    deactivates): the next test starts in the default language again."""
    yield
    from django.utils import translation

    translation.activate("en")


@pytest.fixture(autouse=True)
def _fresh_cache():
    """The default cache and what a process keeps of it: the inbox's shared list fragments are
    kept per process by generation, and each test's database starts its generations again (a
    page of an earlier test's list with the same generation would be served)."""
    from django.core.cache import cache

    from openline.inbox import live_cache

    from .backends_used import paused_cache_count  # not at the top: pytest_plugins imports it

    with paused_cache_count():
        cache.clear()
    live_cache.forget()
    yield
    with paused_cache_count():
        cache.clear()
    live_cache.forget()


@pytest.fixture(autouse=True)
def _fresh_watched_words():
    """The compiled watched words are kept per process by list version; each test's database
    starts again at version 0."""
    from openline.community import thread_page, watched

    watched.forget()
    thread_page.forget()
    yield
    watched.forget()


@pytest.fixture(autouse=True)
def _fresh_search_counts():
    """Phrase counts are kept per process by list version; each test's database starts again
    at version 0."""
    from openline.community.search import forget_counts

    forget_counts()
    yield
    forget_counts()


@pytest.fixture(autouse=True)
def _fresh_vector_indexes():
    """Each test's database starts empty; the process-local vector matrices must too."""
    from openline.language.index import forget_all

    forget_all()
    yield
    forget_all()


@pytest.fixture
def bearer(db):
    """Headers carrying a fresh API token of the given person."""
    from openline.accounts.tokens import issue_token

    def headers_for(user) -> dict[str, str]:
        return {"Authorization": f"Bearer {issue_token(user, name='tests')}"}

    return headers_for


@pytest.fixture
def customer(db):
    return UserFactory(username="casey", display_name="Casey Customer", role=Role.CUSTOMER)


@pytest.fixture
def other_customer(db):
    return UserFactory(username="olive", display_name="Olive Other", role=Role.CUSTOMER)


@pytest.fixture
def superuser(db):
    return UserFactory(username="sunny", display_name="Sunny Super", role=Role.SUPERUSER)


@pytest.fixture
def agent(db):
    return UserFactory(
        username="alex", display_name="Alex Agent", role=Role.AGENT, team="Customer Care"
    )


@pytest.fixture
def moderator(db):
    return UserFactory(
        username="morgan", display_name="Morgan Mod", role=Role.MODERATOR, team="Community"
    )


@pytest.fixture
def space(db):
    return SpaceFactory(name="Thermostats", slug="thermostats")


@pytest.fixture
def vip_space(db, superuser):
    vip = SpaceFactory(name="Champions", slug="champions", is_private=True)
    vip.members.add(superuser)
    return vip


@pytest.fixture
def question(customer, space):
    return actions.create_thread(
        customer,
        space,
        kind="question",
        title="Thermostat loses Wi-Fi every night",
        body="Since firmware 4.12 my T2 drops off the network around 2am.",
    )


@pytest.fixture
def private_thread(superuser, vip_space):
    return actions.create_thread(
        superuser,
        vip_space,
        kind="discussion",
        title="Beta firmware 4.13 first impressions",
        body="The new boost mode is great but the display flickers.",
    )


# --- a channel for inbox tests ---------------------------------------------------------------


class RecordingAdapter:
    """A channel for tests: records what it was asked to send, fails when told to."""

    kind = "testchannel"

    def __init__(self) -> None:
        self.sent: list[tuple[str, str]] = []
        self.failures: list[DeliveryError] = []

    def send(self, account, message, delivery) -> str:
        if self.failures:
            raise self.failures.pop(0)
        self.sent.append((str(delivery.idempotency_key), message.body))
        return f"ref-{len(self.sent)}"


@pytest.fixture
def channel():
    adapter = RecordingAdapter()
    adapters.register(adapter)
    yield adapter
    adapters._adapters.pop(adapter.kind, None)


@pytest.fixture
def account(db, channel):
    return ChannelAccount.objects.create(kind="testchannel", name="Test channel")


@pytest.fixture
def sla(db):
    """The default SLA: a first answer within the hour, the next within two."""
    return SlaPolicy.objects.create(
        name="Standard", first_response_minutes=60, next_response_minutes=120, is_default=True
    )
