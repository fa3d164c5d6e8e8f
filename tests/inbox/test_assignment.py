import pytest
from django.core.exceptions import ValidationError

from openline.accounts.models import Role
from openline.inbox import actions, ingestion, selectors
from openline.inbox.models import CannedReply
from openline.inbox.selectors import ListFilters
from openline.notifications.models import Notification

from ..factories import UserFactory
from .conftest import item


@pytest.fixture
def conversation(account, sla):
    return ingestion.ingest(account, item())[0].conversation


def test_assigning_notifies_the_colleague_and_moves_it_to_their_queue(
    conversation, agent, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        actions.assign(agent, conversation, moderator)
    assert Notification.objects.get().recipient == moderator
    assert list(selectors.conversations(moderator, ListFilters(queue="mine"))) == [conversation]
    assert list(selectors.conversations(agent, ListFilters(queue="unassigned"))) == []


def test_round_robin_skips_away_agents_and_picks_the_least_recently_assigned(account, sla, agent):
    ann = UserFactory(username="ann", role=Role.AGENT)
    bob = UserFactory(username="bob", role=Role.AGENT)
    actions.set_availability(agent, available=False)
    first = ingestion.ingest(account, item("m1", "c1"))[0].conversation
    second = ingestion.ingest(account, item("m2", "c2"))[0].conversation
    third = ingestion.ingest(account, item("m3", "c3"))[0].conversation
    picked = [actions.assign_round_robin(agent, c).assignee for c in (first, second, third)]
    assert picked == [ann, bob, ann]


def test_customers_cannot_be_assigned(conversation, agent, customer):
    with pytest.raises(ValidationError):
        actions.assign(agent, conversation, customer)


def test_the_breaching_queue_lists_conversations_past_their_sla(conversation, agent):
    from django.utils import timezone

    type(conversation).objects.filter(pk=conversation.pk).update(
        response_due_at=timezone.now() - timezone.timedelta(minutes=1)
    )
    assert list(selectors.conversations(agent, ListFilters(queue="breaching"))) == [conversation]


def test_canned_replies_fill_their_variables_and_leave_other_braces(conversation, agent):
    canned = CannedReply.objects.create(
        title="E14", body="Hi {customer_name}, {agent_name} from {company} here. Code {E14} {x:1}"
    )
    text = actions.render_canned_reply(canned, conversation, agent)
    assert text == "Hi Pat Doe, Alex Agent from Halden Home here. Code {E14} {x:1}"
