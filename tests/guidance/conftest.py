import pytest

from openline.guidance import actions


@pytest.fixture
def register(db):
    """The confidential register the examples below are written against."""
    for term, category in [
        ("Project Kestrel", "code_name"),
        ("Bluefin", "code_name"),
        ("halden.internal", "internal_host"),
        ("x4471", "extension"),
        ("Norrvik Components", "supplier"),
    ]:
        actions.add_confidential_term(None, term=term, category=category)


@pytest.fixture
def public_contacts(db):
    actions.add_public_contact(value="support@haldenhome.com")
    actions.add_public_contact(value="+44 161 496 0000")


@pytest.fixture
def signed_in(client):
    """The test client, signed in as the given person."""
    from ..factories import PASSWORD

    def sign_in(user):
        client.login(username=user.username, password=PASSWORD)
        return client

    return sign_in


@pytest.fixture
def api_post(client, db):
    """POSTs JSON to the API as the given person, with a fresh bearer token."""
    from openline.accounts.tokens import issue_token

    def post(path: str, data: dict, user):
        headers = {"Authorization": f"Bearer {issue_token(user, name='tests')}"}
        return client.post(path, data, content_type="application/json", headers=headers)

    return post


@pytest.fixture
def wording_head_on(settings):
    """The trained wording head switched on, with no sentence scores cached from another test."""
    from openline.language import wording as head

    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_WORDING_MODEL": True}
    head.clear_cache()
