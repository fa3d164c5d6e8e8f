"""Moderators, and only they, ask for a recompute from the participation dashboard (an insights
page) and come back to it."""


def test_only_moderators_can_ask_for_a_recompute(client, agent, moderator):
    client.force_login(agent)
    refused = client.post("/staff/participation/recompute/").status_code
    client.force_login(moderator)
    queued = client.post("/staff/participation/recompute/").status_code
    assert (refused, queued) == (403, 302)


def test_the_dashboard_button_brings_the_moderator_back_to_the_dashboard(client, moderator):
    client.force_login(moderator)
    page = client.get("/staff/participation/").content.decode()
    answer = client.post("/staff/participation/recompute/", {"next": "/staff/participation/"})
    assert 'name="next" value="/staff/participation/"' in page
    assert answer.url == "/staff/participation/"


def test_the_recompute_never_sends_anyone_to_another_site(client, moderator):
    client.force_login(moderator)
    answer = client.post("/staff/participation/recompute/", {"next": "https://example.net/"})
    assert answer.url == "/staff/superusers/"
