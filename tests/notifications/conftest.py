import pytest

from openline.inbox import ingestion

from ..factories import PASSWORD
from ..inbox.conftest import item


@pytest.fixture
def sign_in(client):
    def as_(user):
        client.logout()
        client.login(username=user.username, password=PASSWORD)
        return client

    return as_


@pytest.fixture
def conversation(account, sla):
    return ingestion.ingest(account, item())[0].conversation


@pytest.fixture
def committed(django_capture_on_commit_callbacks):
    """Runs what the actions queue for after commit, as the real transaction would."""

    def run():
        return django_capture_on_commit_callbacks(execute=True)

    return run
