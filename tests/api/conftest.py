import pytest


@pytest.fixture
def post_json(client):
    def post(path: str, data, headers: dict[str, str] | None = None):
        return client.post(path, data, content_type="application/json", headers=headers or {})

    return post
