import pytest

from ..factories import UserFactory


@pytest.fixture
def member(db):
    return UserFactory(username="mia", display_name="Mia Member")


@pytest.fixture
def voters(db):
    return UserFactory.create_batch(30)
