import pytest

from openline.channels import accounts


@pytest.fixture
def shop(db):
    """A webhook channel and its secret."""
    return accounts.add_channel_account(
        "webhook", name="Shop", config={"reply_url": "http://127.0.0.1:9/replies"}
    )
