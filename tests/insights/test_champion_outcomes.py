"""Outcomes per champion: taken, solved, handed back, taken over, time to first answer and the
customer's reaction, on the staff page and in the API (staff only)."""

from datetime import timedelta

import pytest
from django.utils import timezone

from openline.community import actions as community
from openline.inbox.champions import actions as champion_actions
from openline.inbox.models import ChampionArea, ChampionAssignment, Conversation

from ..factories import UserFactory


@pytest.fixture
def area(space):
    return ChampionArea.objects.create(name="Thermostats", space=space)


@pytest.fixture
def champion(superuser, area):
    champion_actions.opt_in(superuser, areas=[area])
    return superuser


@pytest.fixture
def problems(space, django_capture_on_commit_callbacks):
    """Four problem threads by four customers, with their conversations."""

    def make(n):
        rows = []
        for i in range(n):
            author = UserFactory(username=f"cust{i}")
            with django_capture_on_commit_callbacks(execute=True):
                thread = community.create_thread(
                    author, space, kind="problem", title=f"Valve {i} rattles", body="Loudly."
                )
            rows.append(Conversation.objects.get(thread=thread))
        return rows

    return make


def answer(champion, conversation, capture, minutes):
    """The champion answers `minutes` after taking it; the reply lands on the thread."""
    with capture(execute=True):
        message = champion_actions.reply_as_champion(
            champion, conversation, body="Bleed the valve."
        )
    turn = ChampionAssignment.objects.get(conversation=conversation, champion=champion)
    turn.taken_at = message.created_at - timedelta(minutes=minutes)
    turn.save(update_fields=["taken_at"])
    return message


@pytest.fixture
def history(champion, agent, problems, django_capture_on_commit_callbacks):
    """Four turns: solved with the answer accepted; answered and upvoted, then handed back;
    answered and the customer wrote back, then taken over by staff; taken, never answered."""
    capture = django_capture_on_commit_callbacks
    accepted, upvoted, wrote_back, silent = problems(4)
    for conversation in (accepted, upvoted, wrote_back, silent):
        champion_actions.take_conversation(champion, conversation)
    answer(champion, accepted, capture, minutes=10)
    thread = accepted.thread
    community.accept_answer(thread.author, thread.replies.get(author=champion))
    champion_actions.solve_conversation(champion, accepted)
    answer(champion, upvoted, capture, minutes=20)
    community.toggle_vote(
        upvoted.thread.author, upvoted.thread, upvoted.thread.replies.get(author=champion)
    )
    champion_actions.hand_back(
        champion, Conversation.objects.get(pk=upvoted.pk), note="Over to you"
    )
    answer(champion, wrote_back, capture, minutes=40)
    with capture(execute=True):
        community.create_reply(wrote_back.thread.author, wrote_back.thread, body="Still loud.")
    champion_actions.take_over(agent, wrote_back)
    champion_actions.return_late_turns(
        now=timezone.now() + timedelta(hours=2)
    )  # `silent` goes back
    return champion


def test_the_outcomes_count_each_champions_turns_and_customer_reactions(client, agent, history):
    client.force_login(agent)
    answer = client.get("/api/v1/champions/outcomes")
    assert answer.status_code == 200
    [row] = answer.json()["champions"]
    assert row == {
        "username": "sunny",
        "name": "Sunny Super",
        "taken": 4,
        "solved": 1,
        "handed_back": 1,
        "taken_over": 1,
        "opted_out": 0,
        "late": 1,
        "answered": 3,
        "median_first_answer_minutes": 20.0,
        "positive": 2,
        "reactions": {"accepted": 1, "upvoted": 1, "wrote_back": 1, "none": 0},
    }


def test_the_staff_page_shows_the_outcomes(client, agent, history):
    client.force_login(agent)
    page = client.get("/staff/champions/")
    assert page.status_code == 200
    row = page.content.decode().split('id="champion-sunny"')[1].split("</tr>")[0]
    numbers = [cell.split(">", 1)[1].split("<")[0] for cell in row.split('class="n" ')[1:]]
    assert numbers == ["4", "1", "1", "1", "1", "20.0 min", "1", "1", "1", "0"]


def test_turns_taken_before_the_window_are_left_out(client, agent, history):
    ChampionAssignment.objects.update(taken_at=timezone.now() - timedelta(days=40))
    client.force_login(agent)
    assert client.get("/api/v1/champions/outcomes?days=30").json()["champions"] == []
    assert len(client.get("/api/v1/champions/outcomes?days=60").json()["champions"]) == 1


@pytest.mark.parametrize("who", ["customer", "superuser"])
def test_only_staff_see_the_outcomes(client, db, who, request):
    client.force_login(request.getfixturevalue(who))
    assert client.get("/api/v1/champions/outcomes").status_code == 403
    assert client.get("/staff/champions/").status_code == 403


def test_anonymous_callers_get_401_on_the_outcomes(client, db):
    assert client.get("/api/v1/champions/outcomes").status_code == 401
