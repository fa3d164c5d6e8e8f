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
