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


# --- the assignment menus (shared list of colleagues, session 21) -------------------------------


def _options(html: str, select_id: str) -> list[str]:
    import re

    menu = re.search(rf'<select name="assignee" id="{select_id}">(.*?)</select>', html, re.S)
    assert menu is not None
    return re.findall(r"<option[^>]*>[^<]*</option>", menu.group(1))


def test_the_bulk_menu_offers_every_colleague_but_the_reader_and_escapes_names(
    client, conversation, agent, moderator
):
    UserFactory(username="zed", display_name="<b>Zed</b> & co", role=Role.AGENT)
    UserFactory(username="gone", role=Role.AGENT, is_active=False)
    client.force_login(agent)
    options = _options(client.get("/inbox/").content.decode(), "bulk-assignee")
    offered = [o.split('"')[1] for o in options]
    assert offered[:2] == ["me", ""]
    assert moderator.username in offered and "zed" in offered
    assert agent.username not in offered and "gone" not in offered
    assert '<option value="zed">&lt;b&gt;Zed&lt;/b&gt; &amp; co</option>' in options


def test_the_conversation_menu_marks_the_assignee_and_names_each_by_handle(
    client, conversation, agent, moderator
):
    actions.assign(agent, conversation, moderator)
    client.force_login(agent)
    options = _options(client.get(f"/inbox/{conversation.pk}/").content.decode(), "assign-select")
    selected = [o for o in options if " selected" in o]
    assert selected == [
        f'<option value="{moderator.username}" selected>{moderator.name} (@{moderator.username})'
        "</option>"
    ]
    assert any(f'value="{agent.username}"' in o for o in options)  # oneself, too


def test_a_new_colleague_is_offered_once_the_shared_list_is_read_again_at_no_more_queries(
    client, conversation, agent, django_assert_num_queries
):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(agent)
    client.get("/inbox/")
    with CaptureQueriesContext(connection) as before:
        client.get("/inbox/")
    queries = len(before.captured_queries)  # read now: each request starts a new log
    for n in range(30):
        UserFactory(username=f"extra{n:02}", role=Role.AGENT)
    cache.delete("inbox-colleague-menu")  # as SHARE_SECONDS passing does
    client.get("/inbox/")
    with django_assert_num_queries(queries):
        html = client.get("/inbox/").content.decode()
    assert sum('value="extra' in o for o in _options(html, "bulk-assignee")) == 30
