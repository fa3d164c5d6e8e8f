"""A customer's "+1" links to ideas are theirs: their export lists them, and erasing them keeps
each idea's demand as it was while nothing links it to them any more."""

import json

import pytest

from openline.community import actions
from openline.core import privacy
from openline.feedback import idea_actions, ideas
from openline.feedback.models import IdeaLink
from openline.inbox import ingestion
from openline.inbox.adapters import InboundItem
from openline.inbox.models import ChannelAccount
from openline.people.actions import Sender

from ..factories import SpaceFactory, UserFactory


@pytest.fixture
def story(db):
    agent = UserFactory(username="agent-ana", role="agent")
    author = UserFactory(username="author")
    idea = actions.create_thread(
        author, SpaceFactory(), kind="idea", title="Export invoices as CSV",
        body="Accounting needs them in a spreadsheet.",
    )  # fmt: skip
    mailbox = ChannelAccount.objects.create(kind="email", name="Support mail")

    def conversation(key: str, who: str):
        item = InboundItem(
            external_id=f"{key}-1", conversation_key=key, text="CSV invoices, please?",
            subject="Invoices",
            sender=Sender(channel_kind="email", external_id=f"{who}@example.com", name=who,
                          email=f"{who}@example.com"),
        )  # fmt: skip
        return ingestion.ingest(mailbox, item)[0].conversation

    first = conversation("k1", "quinn")
    second = conversation("k2", "quinn")  # the same customer writes again
    other = conversation("k3", "mara")
    for c in (first, second, other):
        idea_actions.link_conversation(agent, c, idea)
    return agent, idea, first.customer


def test_a_customer_s_export_lists_the_ideas_their_conversations_were_linked_to(story):
    _, _, quinn = story
    data = json.loads(privacy.export_json(privacy.Subject(person_ids=(quinn.pk,))))
    assert [(row["idea"], row["source"]) for row in data["ideas"]] == [
        ("Export invoices as CSV", "email"),
        ("Export invoices as CSV", "email"),
    ]
    mara = privacy.Subject(person_ids=(IdeaLink.objects.last().customer_id,))
    assert len(json.loads(privacy.export_json(mara))["ideas"]) == 1


def test_erasing_a_customer_keeps_the_idea_s_demand_but_not_who_it_was(story):
    agent, idea, quinn = story
    before = ideas.demand(idea)
    assert before.customers == 2

    privacy.erase(privacy.Subject(person_ids=(quinn.pk,)), actor_id=agent.pk,
                  actor_name="agent-ana", requested_by="staff")  # fmt: skip

    assert ideas.demand(idea) == before
    assert not IdeaLink.objects.filter(customer_id=quinn.pk).exists()


def test_erasing_the_agent_who_linked_keeps_the_links_unattributed(story):
    agent, idea, _ = story
    privacy.erase(privacy.Subject(user_id=agent.pk), actor_id=None, actor_name="operator",
                  requested_by="operator")  # fmt: skip
    assert IdeaLink.objects.filter(idea=idea).count() == 3
    assert not IdeaLink.objects.filter(linked_by__isnull=False).exists()
