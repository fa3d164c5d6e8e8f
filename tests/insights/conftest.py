import pytest

from ..factories import UserFactory


@pytest.fixture
def member(db):
    return UserFactory(username="mia", display_name="Mia Member")


@pytest.fixture
def voters(db):
    return UserFactory.create_batch(30)


@pytest.fixture
def bearer(db):
    """Headers carrying a fresh API token of the given person."""
    from openline.accounts.tokens import issue_token

    def headers_for(user) -> dict[str, str]:
        return {"Authorization": f"Bearer {issue_token(user, name='tests')}"}

    return headers_for
