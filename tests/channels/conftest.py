import pytest

from openline.channels import accounts


@pytest.fixture
def shop(db):
    """A webhook channel and its secret."""
    return accounts.add_channel_account(
        "webhook", name="Shop", config={"reply_url": "http://127.0.0.1:9/replies"}
    )


@pytest.fixture
def local_hosts_allowed(settings):
    """Lets feeds and webhook replies call test servers on 127.0.0.1 (and nothing else that is
    not public): the operator's OPENLINE_OUTBOUND_ALLOWED_HOSTS."""
    settings.OPENLINE = {**settings.OPENLINE, "OUTBOUND_ALLOWED_HOSTS": ["127.0.0.1"]}
