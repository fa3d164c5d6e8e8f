"""The public promise counts ideas on their new road, one line per status of
community.models.IDEA_PROGRESS (planned, in progress, shipped), each under its own label."""

from openline.accounts.models import Role
from openline.community import actions
from openline.insights.actions import save_promise

from ..factories import UserFactory


def test_the_promise_counts_planned_in_progress_and_shipped_ideas(client, customer, space, agent):
    admin = UserFactory(username="ada", role=Role.ADMIN, team="Ops")
    for n, status in enumerate(["planned", "in_progress", "shipped", "declined", "new"]):
        idea = actions.create_thread(
            customer, space, kind="idea", title=f"An idea worth having number {n}", body="Yes."
        )
        if status != "new":
            actions.change_status(agent, idea, status=status, reason="Decided.")
    save_promise(admin, text="", notes="", published=["ideas"])
    page = client.get("/promise/").content.decode()
    for label in ("Planned", "In progress", "Shipped"):
        assert f"<dt>{label}</dt><dd>1 idea</dd>" in page
    assert "Declined" not in page and "<dt>New</dt>" not in page
