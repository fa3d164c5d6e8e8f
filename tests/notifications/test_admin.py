"""Operators can look at notifications, follows, preferences and digests in the admin."""

import pytest


@pytest.mark.parametrize("model", ["notification", "follow", "preference", "digestsent"])
def test_the_notifications_admin_lists_open(admin_client, model):
    assert admin_client.get(f"/admin/notifications/{model}/").status_code == 200
