"""The inbox's records can be browsed in the admin."""

import pytest


@pytest.mark.parametrize(
    "model", ["conversation", "message", "delivery", "slapolicy", "cannedreply"]
)
def test_the_inbox_admin_lists_open(admin_client, model):
    assert admin_client.get(f"/admin/inbox/{model}/").status_code == 200
