import pytest

from openline.accounts.tokens import issue_token


@pytest.fixture
def bearer(db):
    """Headers carrying a fresh API token of the given person."""

    def headers_for(user) -> dict[str, str]:
        return {"Authorization": f"Bearer {issue_token(user, name='tests')}"}

    return headers_for


@pytest.fixture
def post_json(client):
    def post(path: str, data, headers: dict[str, str] | None = None):
        return client.post(path, data, content_type="application/json", headers=headers or {})

    return post
