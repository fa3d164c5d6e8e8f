"""States that agree between the community, the inbox and the champion queue: an accepted
answer solves the conversation, a staff answer makes the conversation the answerer's, what
staff answer is not offered to champions, and the conversation page puts the reply box right
under the customer's messages."""

import re

import pytest

from openline.community import actions as community
from openline.inbox import actions, ingestion
from openline.inbox.champions import actions as champion_actions
from openline.inbox.champions import selectors as champion_selectors
from openline.inbox.models import ChampionArea, Conversation, ConversationStatus

from .conftest import item


@pytest.fixture
def post(django_capture_on_commit_callbacks):
    """A thread or reply as the community makes it: the inbox follows on commit."""

    def run(make, *args, **kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return make(*args, **kwargs)

    return run


@pytest.fixture
def problem(post, customer, space, sla):
    thread = post(
        community.create_thread,
        customer,
        space,
        kind="problem",
        title="T2 display flickers after 4.12",
        body="Since the update the screen flickers every few seconds.",
    )
    return Conversation.objects.get(thread=thread)


@pytest.fixture
def champion(superuser, space):
    area = ChampionArea.objects.create(name="Thermostats", space=space)
    champion_actions.opt_in(superuser, areas=[area])
    return superuser


def test_accepting_an_answer_on_the_thread_solves_its_conversation(post, problem, agent):
    thread = problem.thread
    reply = post(community.create_reply, agent, thread, body="Roll back to 4.11 in the app.")
    community.accept_answer(problem.thread.author, reply)
    problem.refresh_from_db()
    assert problem.status == ConversationStatus.SOLVED
    assert problem.solved_at is not None and problem.response_due_at is None


def test_accepting_a_champions_answer_counts_their_turn_as_solved(post, problem, champion):
    champion_actions.take_conversation(champion, problem)
    reply = post(community.create_reply, champion, problem.thread, body="Same here: roll back.")
    community.accept_answer(problem.thread.author, reply)
    problem.refresh_from_db()
    assert problem.status == ConversationStatus.SOLVED
    assert problem.champion_assignments.get().solved_at is not None


def test_replying_from_the_inbox_assigns_an_unassigned_conversation_to_the_agent(
    account, sla, agent
):
    conversation = ingestion.ingest(account, item())[0].conversation
    actions.reply(agent, conversation, body="Please re-seat the OpenTherm wires.")
    conversation.refresh_from_db()
    assert conversation.assignee == agent


def test_replying_leaves_a_colleagues_assignment_alone(account, sla, agent, moderator):
    conversation = ingestion.ingest(account, item())[0].conversation
    actions.assign(moderator, conversation, moderator)
    actions.reply(agent, conversation, body="Covering for Priya: re-seat the wires.")
    conversation.refresh_from_db()
    assert conversation.assignee == moderator


def test_a_colleague_answering_on_the_thread_itself_takes_the_conversation(post, problem, agent):
    post(community.create_reply, agent, problem.thread, body="Roll back to 4.11 in the app.")
    problem.refresh_from_db()
    assert problem.assignee == agent
    assert problem.first_response_at is not None


def test_a_member_replying_on_the_thread_assigns_no_one(post, problem, other_customer):
    post(community.create_reply, other_customer, problem.thread, body="Mine too!")
    problem.refresh_from_db()
    assert problem.assignee is None


def test_a_problem_staff_answered_is_not_offered_to_champions(post, problem, champion, agent):
    assert list(champion_selectors.offered_conversations(champion)) == [problem]
    post(community.create_reply, agent, problem.thread, body="Roll back to 4.11 in the app.")
    assert list(champion_selectors.offered_conversations(champion)) == []
    # Not even once the agent lets go of it and it is open again: staff are answering it.
    actions.assign(agent, problem, None)
    actions.change_status(agent, problem, ConversationStatus.OPEN)
    assert list(champion_selectors.offered_conversations(champion)) == []


def test_staff_can_still_offer_a_conversation_they_answered(account, sla, agent, champion):
    conversation = ingestion.ingest(account, item())[0].conversation
    actions.reply(agent, conversation, body="Let me ask a champion.", status="open")
    actions.assign(agent, conversation, None)
    area = ChampionArea.objects.get()
    champion_actions.offer_to_champions(agent, conversation, area)
    assert list(champion_selectors.offered_conversations(champion)) == [conversation]


def test_the_conversation_page_puts_the_reply_box_right_after_the_messages(
    client, problem, agent, champion
):
    client.force_login(agent)
    page = client.get(f"/inbox/{problem.pk}/").content.decode()
    between = page[page.index('<ol class="conversation-messages">') : page.index('id="reply"')]
    assert "Since the update the screen flickers" in between
    assert not re.search(r'id="(champion|assign-form|experts|publish-thread)"', between)
    assert page.index('id="reply"') < page.index('id="champion"')
    assert page.index('<aside class="sidebar">') < page.index('id="champion"')
