import pytest

from openline.channels import accounts
from openline.core import publishing

from .mastodon_server import TOKEN, MastodonServer


@pytest.fixture
def mastodon():
    """A Mastodon instance on 127.0.0.1, serving until the test ends."""
    with MastodonServer() as server:
        yield server


@pytest.fixture
def account(db, local_hosts_allowed, mastodon):
    """The company's Mastodon account, added as an operator adds it."""
    return accounts.add_social_account(
        "mastodon", name="Halden on Mastodon", options={"instance": mastodon.url, "token": TOKEN}
    )


@pytest.fixture
def no_checks(monkeypatch):
    """Replies go out without the installed guidance engine's checks (tested on their own)."""
    monkeypatch.setattr(publishing, "_checks", [])


@pytest.fixture
def post_json(client):
    def post(path: str, data, headers: dict[str, str] | None = None):
        return client.post(path, data, content_type="application/json", headers=headers or {})

    return post
