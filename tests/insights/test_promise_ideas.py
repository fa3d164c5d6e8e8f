"""The public promise counts ideas on their new road: planned or in progress, and shipped."""

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
    assert "<strong>2</strong> ideas from the community are planned or in progress" in page
    assert "<strong>1</strong> has shipped" in page
