from datetime import timedelta

from openline.community import actions
from openline.community.models import Vote
from openline.participation.actions import recompute_reputation
from openline.people.models import Reputation, ReputationEvent

from ..factories import UserFactory, ago, answer, upvote


def events_of(user):
    return list(
        ReputationEvent.objects.filter(user=user)
        .order_by("created_at", "id")
        .values_list("kind", "points", "limited_by")
    )


def points_of(user):
    return Reputation.objects.filter(user=user).values_list("points", flat=True).first() or 0


def test_an_accepted_answer_earns_fifteen_points(customer, member, question):
    reply = answer(member, question)
    actions.accept_answer(customer, reply)
    recompute_reputation()
    assert events_of(member) == [("answer_accepted", 15, "")]
    assert ReputationEvent.objects.get(user=member).giver_id == customer.pk


def test_an_upvote_on_a_reply_earns_ten_and_on_a_thread_five(customer, member, question, agent):
    reply = answer(member, question)
    upvote(agent, question, reply)
    upvote(member, question)
    recompute_reputation()
    assert (events_of(member), events_of(customer)) == (
        [("reply_upvoted", 10, "")],
        [("thread_upvoted", 5, "")],
    )


def test_the_askers_upvote_also_marks_the_reply_helpful(customer, member, question):
    reply = answer(member, question)
    upvote(customer, question, reply)
    recompute_reputation()
    assert sorted(events_of(member)) == [("helpful_reply", 5, ""), ("reply_upvoted", 10, "")]


def test_a_self_vote_earns_nothing(member, question):
    reply = answer(member, question)
    Vote.objects.create(user=member, thread=question, reply=reply)  # past the action's check
    recompute_reputation()
    assert events_of(member) == []


def test_votes_of_deactivated_accounts_earn_nothing(member, question, agent):
    reply = answer(member, question)
    upvote(agent, question, reply)
    agent.is_active = False
    agent.save(update_fields=["is_active"])
    recompute_reputation()
    assert points_of(member) == 0


def test_votes_on_a_retracted_reply_earn_nothing(member, question, agent):
    reply = answer(member, question)
    upvote(agent, question, reply)
    actions.retract_reply(member, reply, note="Wrong model, sorry.")
    recompute_reputation()
    assert points_of(member) == 0


def test_one_person_gives_another_at_most_thirty_points_a_day(member, question, agent):
    replies = [answer(member, question, body=f"Idea {n}.") for n in range(5)]
    for reply in replies:
        upvote(agent, question, reply, when=ago(hours=1))
    recompute_reputation()
    assert [e[1:] for e in events_of(member)] == [
        (10, ""), (10, ""), (10, ""), (0, "pair_day"), (0, "pair_day")
    ]  # fmt: skip


def test_a_vote_ring_between_two_accounts_is_capped_each_week(space, member):
    partner = UserFactory()
    threads = [actions.create_thread(partner, space, kind="question", title=f"Ring question {n}",
                                     body="?") for n in range(8)]  # fmt: skip
    monday = ago(days=ago().weekday() + 7).replace(hour=9)  # last week, Monday to Sunday
    for n, thread in enumerate(threads):
        upvote(partner, thread, answer(member, thread), when=monday + timedelta(days=n % 7))
    recompute_reputation()
    assert points_of(member) == 60


def test_a_burst_of_votes_earns_at_most_two_hundred_points_a_day(member, question, voters):
    reply = answer(member, question)
    for voter in voters[:25]:
        upvote(voter, question, reply, when=ago(hours=2))
    recompute_reputation()
    assert points_of(member) == 200
    assert events_of(member)[-1][1:] == (0, "day")


def test_accepted_answers_are_not_held_back_by_the_daily_limit(member, question, voters, customer):
    reply = answer(member, question)
    for voter in voters[:20]:
        upvote(voter, question, reply, when=ago(hours=2))
    actions.accept_answer(customer, reply)
    recompute_reputation()
    assert points_of(member) == 215


def test_recomputing_twice_writes_nothing_the_second_time(customer, member, question, agent):
    reply = answer(member, question)
    upvote(agent, question, reply)
    actions.accept_answer(customer, reply)
    recompute_reputation()
    second = recompute_reputation()
    assert (second["created"], second["updated"], second["deleted"]) == (0, 0, 0)


def test_taking_a_vote_back_takes_its_points_back(member, question, agent):
    reply = answer(member, question)
    upvote(agent, question, reply)
    recompute_reputation()
    upvote(agent, question, reply)  # a second click takes the upvote back
    recompute_reputation()
    assert (points_of(member), events_of(member)) == (0, [])


def test_the_member_sees_their_history_with_the_threads(client, member, question, agent):
    reply = answer(member, question)
    upvote(agent, question, reply)
    recompute_reputation()
    client.force_login(member)
    page = client.get("/me/reputation/").content.decode()
    assert "Upvote on your reply" in page
    assert question.title in page
    assert "+10" in page
    # Session 19's walk: at 390 px the points, last of four columns, were cut off the card.
    # They follow the date now, and the table scrolls sideways when it is wider than a phone.
    history = page[page.index('id="history"') :]
    assert history.index(">Points<") < history.index(">What<") < history.index(">Where<")
    assert '<div class="scroll-x"><table class="data">' in history


def test_the_history_page_needs_a_sign_in(client):
    assert client.get("/me/reputation/").status_code == 302
