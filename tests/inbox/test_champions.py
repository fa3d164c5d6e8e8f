"""The champion queue: what is offered to whom, taking, answering, handing back, staff taking
over, and the private data a champion never sees (pages, live fragments and the API)."""

import html
import re
from datetime import timedelta

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.base import ContentFile
from django.utils import timezone

from openline.community import actions as community
from openline.community.models import Reply
from openline.core.publishing import NeedsAcknowledgement, PublishBlocked
from openline.guidance.actions import add_confidential_term
from openline.inbox.actions import add_note, assign
from openline.inbox.adapters import InboundItem
from openline.inbox.champions import actions as champion_actions
from openline.inbox.champions import presentation
from openline.inbox.champions import selectors as champion_selectors
from openline.inbox.ingestion import ingest
from openline.inbox.models import (
    Attachment,
    ChampionArea,
    ChampionAssignment,
    ChampionEnd,
    ChannelAccount,
    Conversation,
    ConversationStatus,
    Message,
    MessageKind,
)
from openline.inbox.selectors import ListFilters, conversations
from openline.people.actions import Sender
from openline.people.models import TrustLevel

from ..factories import SpaceFactory, UserFactory

ORDER, PHONE, EMAIL, CARD, TICKET = (
    "HH-2025-118842",
    "07700 900123",
    "pat.doe@example.ie",
    "4111 1111 1111 1111",
    "#A12345",
)
PRIVATE = [ORDER, PHONE, EMAIL, CARD, TICKET, "4111111111111111"]
MAIL_TEXT = (
    f"My order {ORDER} never arrived. Call me on {PHONE} or write to {EMAIL}. "
    f"I paid with {CARD}; the ticket was {TICKET}."
)
NOTE = "Internal: Pat is on the VIP refund list"
ATTACHMENT = "bank-statement-pat.pdf"


@pytest.fixture
def area(space):
    return ChampionArea.objects.create(name="Thermostats", space=space)


@pytest.fixture
def champion(superuser, area):
    champion_actions.opt_in(superuser, areas=[area])
    return superuser


@pytest.fixture
def leader(db, area):
    """A trust-level-4 member (not a super-user) who opted in."""
    user = UserFactory(username="lee", display_name="Lee Leader")
    TrustLevel.objects.create(user=user, level=4, computed_level=4)
    champion_actions.opt_in(user, areas=[area])
    return user


@pytest.fixture
def problem(customer, space, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        thread = community.create_thread(
            customer,
            space,
            kind="problem",
            title="T2 display flickers after 4.12",
            body="Since the update the screen flickers every few seconds.",
        )
    return Conversation.objects.get(thread=thread)


@pytest.fixture
def mail_complaint(agent, area, sla):
    """An e-mail complaint with private data, an internal note and an attachment, offered to
    the champions of the area by a colleague."""
    account = ChannelAccount.objects.create(
        kind="email", name="Support mail", config={"address": "help@halden.example"}
    )
    message, _ = ingest(
        account,
        InboundItem(
            external_id="<c1@example.ie>",
            conversation_key="<c1@example.ie>",
            sender=Sender(channel_kind="email", external_id=EMAIL, name="Pat Doe", email=EMAIL),
            text=MAIL_TEXT,
            subject=f"Refund for order {ORDER}",
        ),
    )
    attachment = Attachment(
        message=message, filename=ATTACHMENT, content_type="application/pdf", size=3
    )
    attachment.file.save(ATTACHMENT, ContentFile(b"pdf"), save=False)
    attachment.save()
    add_note(agent, message.conversation, body=NOTE)
    return champion_actions.offer_to_champions(agent, message.conversation, area)


@pytest.fixture
def post_thread(django_capture_on_commit_callbacks):
    """A thread as the community creates it: its conversation follows on commit."""

    def post(author, space, kind, title):
        with django_capture_on_commit_callbacks(execute=True):
            thread = community.create_thread(author, space, kind=kind, title=title, body="Help.")
        assert Conversation.objects.filter(thread=thread).exists() != author.is_staff_member
        return thread

    return post


def offered_to(user):
    return list(champion_selectors.offered_conversations(user))


# --- what is offered --------------------------------------------------------------------------


def test_a_problem_thread_in_a_champion_area_is_offered_to_its_champions(champion, leader, problem):
    assert offered_to(champion) == [problem]
    assert offered_to(leader) == [problem]


def test_a_question_is_not_offered_to_champions(champion, customer, space, post_thread):
    post_thread(customer, space, "question", "Which wires go where?")
    assert offered_to(champion) == []


def test_a_problem_outside_the_champions_areas_is_not_offered(champion, customer, post_thread):
    post_thread(customer, SpaceFactory(name="App", slug="app"), "problem", "The app crashes")
    assert offered_to(champion) == []


def test_a_champion_is_never_offered_their_own_problem(champion, space, leader, post_thread):
    thread = post_thread(champion, space, "problem", "My valve rattles")
    assert offered_to(champion) == []
    assert [c.thread for c in offered_to(leader)] == [thread]


def test_an_email_is_offered_only_once_staff_offer_it_in_an_area(champion, agent, area, account):
    message, _ = ingest(account, _item("m1", "Broken on arrival"))
    assert offered_to(champion) == []
    champion_actions.offer_to_champions(agent, message.conversation, area)
    assert offered_to(champion) == [message.conversation]


def _item(external_id, text):
    sender = Sender(channel_kind="testchannel", external_id="u1", name="Pat Doe")
    return InboundItem(
        external_id=external_id,
        conversation_key=external_id,
        sender=sender,
        text=text,
        subject=text,
    )


def test_an_offer_keeps_the_conversation_out_of_the_staff_unassigned_queue(
    champion, agent, problem
):
    assert problem not in conversations(agent, ListFilters(queue="unassigned"))
    assert problem in conversations(agent, ListFilters(queue="champions"))


def test_an_untaken_offer_goes_back_to_the_staff_unassigned_queue_when_its_window_ends(
    champion, agent, problem, settings
):
    settings.OPENLINE = {**settings.OPENLINE, "CHAMPIONS": {"OFFER_MINUTES": 30}}
    Conversation.objects.filter(pk=problem.pk).update(
        created_at=timezone.now() - timedelta(minutes=31)
    )
    assert offered_to(champion) == []
    assert problem in conversations(agent, ListFilters(queue="unassigned"))
    assert problem not in conversations(agent, ListFilters(queue="champions"))
    with pytest.raises(ValidationError):
        champion_actions.take_conversation(champion, problem)


def test_the_staff_queues_move_an_offer_back_when_its_window_ends_on_a_later_page(
    champion, agent, problem
):
    # The second read of each queue reuses the SQL the first one built, with its own window.
    assert problem in conversations(agent, ListFilters(queue="champions"))
    assert problem not in conversations(agent, ListFilters(queue="unassigned"))
    Conversation.objects.filter(pk=problem.pk).update(
        created_at=timezone.now() - timedelta(minutes=121)
    )
    assert problem not in conversations(agent, ListFilters(queue="champions"))
    assert problem in conversations(agent, ListFilters(queue="unassigned"))


# --- taking -----------------------------------------------------------------------------------


def test_two_champions_cannot_take_the_same_conversation(champion, leader, problem):
    seen_by_leader = Conversation.objects.get(pk=problem.pk)  # read before the other took it
    champion_actions.take_conversation(champion, problem)
    with pytest.raises(ValidationError, match="someone took it first"):
        champion_actions.take_conversation(leader, seen_by_leader)
    assert Conversation.objects.get(pk=problem.pk).champion == champion
    assert ChampionAssignment.objects.get().champion == champion


def test_the_take_is_a_conditional_update_that_loses_to_a_colleague(
    champion, agent, problem, monkeypatch
):
    """The offer looked free when read; a colleague assigned it before the UPDATE ran."""
    monkeypatch.setattr(
        champion_selectors, "area_for", lambda *a: assign(agent, problem, agent) and None
    )
    with pytest.raises(ValidationError, match="someone took it first"):
        champion_actions.take_conversation(champion, problem)
    assert Conversation.objects.get(pk=problem.pk).champion is None
    assert not ChampionAssignment.objects.exists()


def test_taking_starts_the_champion_sla_clock(champion, problem, settings):
    settings.OPENLINE = {**settings.OPENLINE, "CHAMPIONS": {"ANSWER_MINUTES": 45}}
    turn = champion_actions.take_conversation(champion, problem)
    assert turn.answer_due_at - turn.taken_at == timedelta(minutes=45)
    assert offered_to(champion) == []
    assert [c.pk for c in champion_selectors.my_conversations(champion)] == [problem.pk]


def facts(page: str) -> str:
    """The facts' row of a champion's conversation page, as read: tags and spacing dropped."""
    row = re.search(r'<p class="facts">(.*?)</p>', page, re.S)
    assert row, "no facts row"
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", row.group(1))).split())


def test_the_facts_row_keeps_a_separator_before_the_clock_that_ends_it(client, champion, problem):
    """Session 28 (qa-v16): "Asked by Casey · the public thread first answer due in 1 h"."""
    client.force_login(champion)
    offered = facts(client.get(f"/champions/{problem.pk}/").content.decode())
    assert re.search(r"Asked by .+ · the public thread · offer ends in", offered), offered
    champion_actions.take_conversation(champion, problem)
    taken = facts(client.get(f"/champions/{problem.pk}/").content.decode())
    assert re.search(r"Asked by .+ · the public thread · first answer due in", taken), taken


# --- who may see what -------------------------------------------------------------------------


@pytest.mark.parametrize("who", ["customer", "agent"])
def test_customers_and_staff_cannot_open_the_champion_queue(client, who, request, problem):
    client.force_login(request.getfixturevalue(who))
    assert client.get("/champions/").status_code == 403
    assert client.get(f"/champions/{problem.pk}/").status_code == 403
    assert client.get("/api/v1/champions/offered").status_code == 403


def test_a_level_0_member_gets_403_on_the_champion_pages_and_api(client, problem):
    member = UserFactory(username="newbie")
    client.force_login(member)
    assert client.get("/champions/opt-in/").status_code == 403
    assert client.get(f"/champions/{problem.pk}/").status_code == 403
    assert client.post(f"/api/v1/champions/conversations/{problem.pk}/take").status_code == 403


def test_anonymous_visitors_are_sent_to_sign_in(client, problem):
    assert client.get("/champions/").status_code == 302
    assert client.get("/api/v1/champions/offered").status_code == 401


def test_an_eligible_member_who_did_not_opt_in_is_sent_to_the_opt_in_page(client, superuser):
    client.force_login(superuser)
    assert client.get("/champions/")["Location"] == "/champions/opt-in/"


def test_a_champion_cannot_open_a_conversation_another_champion_took(
    client, champion, leader, problem
):
    champion_actions.take_conversation(leader, problem)
    client.force_login(champion)
    assert client.get(f"/champions/{problem.pk}/").status_code == 404
    assert client.get(f"/api/v1/champions/conversations/{problem.pk}").status_code == 404


def test_a_champion_cannot_open_a_conversation_outside_their_areas(
    client, champion, customer, post_thread
):
    post_thread(customer, SpaceFactory(name="App", slug="app"), "problem", "Crash on login")
    conversation = Conversation.objects.get()
    client.force_login(champion)
    assert client.get(f"/champions/{conversation.pk}/").status_code == 404


# --- private data -----------------------------------------------------------------------------


def assert_nothing_private(text):
    for secret in [*PRIVATE, NOTE, ATTACHMENT]:
        assert secret not in text


def test_the_champion_never_sees_the_customers_private_data_on_the_page(
    client, champion, mail_complaint
):
    client.force_login(champion)
    offered = client.get("/champions/").content.decode()
    assert "[order number]" in offered
    assert_nothing_private(offered)
    champion_actions.take_conversation(champion, mail_complaint)
    page = client.get(f"/champions/{mail_complaint.pk}/").content.decode()
    for label in ["[order number]", "[phone number]", "[e-mail address]", "[card number]"]:
        assert label in page
    assert "1 attachment not shown to champions" in page
    assert "Pat" in page
    assert_nothing_private(page)


def test_the_champion_never_sees_the_customers_private_data_in_live_fragments(
    client, champion, mail_complaint
):
    champion_actions.take_conversation(champion, mail_complaint)
    client.force_login(champion)
    fragment = client.get(f"/champions/{mail_complaint.pk}/live/?v=-1", HTTP_HX_REQUEST="true")
    assert fragment.status_code == 200
    assert "[card number]" in fragment.content.decode()
    assert_nothing_private(fragment.content.decode())
    queue = client.get("/champions/live/?v=-1", HTTP_HX_REQUEST="true").content.decode()
    assert "[order number]" in queue
    assert_nothing_private(queue)


def test_the_champion_never_sees_the_customers_private_data_in_the_api(
    client, champion, mail_complaint
):
    client.force_login(champion)
    listed = client.get("/api/v1/champions/offered")
    assert listed.json()[0]["subject"] == "Refund for order [order number]"
    assert_nothing_private(listed.content.decode())
    taken = client.post(f"/api/v1/champions/conversations/{mail_complaint.pk}/take")
    assert taken.status_code == 200
    detail = client.get(f"/api/v1/champions/conversations/{mail_complaint.pk}")
    assert [m["kind"] for m in detail.json()["messages"]] == ["inbound"]
    assert detail.json()["messages"][0]["hidden_attachments"] == 1
    for response in (taken, detail, client.get("/api/v1/champions/mine")):
        assert_nothing_private(response.content.decode())


def test_staff_still_see_the_whole_conversation(client, agent, mail_complaint):
    client.force_login(agent)
    page = client.get(f"/inbox/{mail_complaint.pk}/").content.decode()
    assert EMAIL in page and ORDER in page and NOTE in page


def test_an_unchanged_live_poll_answers_204(client, champion, problem):
    champion_actions.take_conversation(champion, problem)
    client.force_login(champion)
    first = client.get(f"/champions/{problem.pk}/live/?v=-1")
    generation = first.content.decode().split("?v=")[1].split('"')[0]
    assert client.get(f"/champions/{problem.pk}/live/?v={generation}").status_code == 204


# --- answering --------------------------------------------------------------------------------


def test_guidance_blocks_a_champion_reply_with_a_card_number(client, champion, problem):
    champion_actions.take_conversation(champion, problem)
    with pytest.raises(PublishBlocked):
        champion_actions.reply_as_champion(
            champion, problem, body=f"Your card {CARD} was refunded."
        )
    client.force_login(champion)
    answer = client.post(
        f"/champions/{problem.pk}/reply/", {"body": f"Card {CARD} refunded", "status": "pending"}
    )
    page = answer.content.decode()
    assert answer.status_code == 400
    assert page.count("This is a valid payment card number") == 1
    assert "{#" not in page  # no template comment printed as text
    assert not Message.objects.filter(kind=MessageKind.REPLY).exists()
    assert not Reply.objects.exists()


def test_guidance_blocks_a_secret_in_a_champion_reply_through_the_api(client, champion, problem):
    champion_actions.take_conversation(champion, problem)
    client.force_login(champion)
    answer = client.post(
        f"/api/v1/champions/conversations/{problem.pk}/reply",
        {"body": "Use the key AKIAIOSFODNN7EXAMPLE to log in."},
        content_type="application/json",
    )
    assert answer.status_code == 422
    assert answer.json()["findings"][0]["kind"] == "secret"
    assert not Message.objects.filter(kind=MessageKind.REPLY).exists()


def test_a_trust_level_4_champion_is_checked_like_staff(leader, problem):
    champion_actions.take_conversation(leader, problem)
    with pytest.raises(NeedsAcknowledgement):
        champion_actions.reply_as_champion(
            leader, problem, body="Ring Pat on 07700 900123 about it."
        )


def test_a_champion_reply_is_published_on_the_thread_like_a_staff_reply(
    champion, problem, django_capture_on_commit_callbacks
):
    champion_actions.take_conversation(champion, problem)
    with django_capture_on_commit_callbacks(execute=True):
        message = champion_actions.reply_as_champion(
            champion, problem, body="Roll back to 4.11 from the app's firmware page."
        )
    reply = Reply.objects.get()
    assert (reply.thread, reply.author, reply.body) == (problem.thread, champion, message.body)
    message.refresh_from_db()
    assert message.delivery.state == "sent"
    turn = ChampionAssignment.objects.get()
    assert turn.first_answer_at == message.created_at
    assert Conversation.objects.get(pk=problem.pk).status == ConversationStatus.PENDING


def test_the_live_guidance_check_answers_the_champion_for_their_conversation(
    client, champion, leader, problem
):
    champion_actions.take_conversation(champion, problem)
    url = f"/api/v1/champions/conversations/{problem.pk}/check"
    client.force_login(champion)
    found = client.post(url, {"text": f"Card {CARD}"}, content_type="application/json")
    [finding] = found.json()["findings"]
    assert (finding["kind"], finding["label"]) == ("payment_card", "Payment card number")
    client.force_login(leader)
    assert client.post(url, {"text": "x"}, content_type="application/json").status_code == 404


def test_solving_marks_the_conversation_solved_for_staff_too(client, champion, agent, problem):
    champion_actions.take_conversation(champion, problem)
    client.force_login(champion)
    assert client.post(f"/champions/{problem.pk}/solve/").status_code == 302
    assert Conversation.objects.get(pk=problem.pk).status == ConversationStatus.SOLVED
    assert ChampionAssignment.objects.get().solved_at is not None
    assert problem in conversations(agent, ListFilters(queue="solved"))


# --- handing back and taking over -------------------------------------------------------------


def test_handing_back_returns_it_to_the_staff_unassigned_queue_with_the_note(
    client, champion, agent, problem
):
    champion_actions.take_conversation(champion, problem)
    assert problem not in conversations(agent, ListFilters(queue="unassigned"))
    client.force_login(champion)
    answer = client.post(f"/champions/{problem.pk}/hand-back/", {"note": "Needs a refund."})
    assert answer["Location"] == "/champions/"
    assert problem in conversations(agent, ListFilters(queue="unassigned"))
    assert problem not in conversations(agent, ListFilters(queue="champions"))
    assert offered_to(champion) == []  # never offered again
    turn = ChampionAssignment.objects.get()
    assert (turn.end_reason, turn.note, turn.ended_by) == (
        ChampionEnd.HANDED_BACK,
        "Needs a refund.",
        champion,
    )
    note = Message.objects.get(kind=MessageKind.NOTE)
    assert "Needs a refund." in note.body
    assert client.get(f"/champions/{problem.pk}/").status_code == 404


def test_a_handed_back_conversation_is_open_and_owed_an_answer(champion, problem, sla):
    Conversation.objects.filter(pk=problem.pk).update(sla_policy=sla)
    champion_actions.take_conversation(champion, problem)
    champion_actions.reply_as_champion(champion, problem, body="Try a restart first.")
    champion_actions.hand_back(champion, Conversation.objects.get(pk=problem.pk))
    after = Conversation.objects.get(pk=problem.pk)
    assert (after.status, after.champion) == (ConversationStatus.OPEN, None)
    assert after.response_due_at is not None


def test_a_champion_who_misses_the_first_answer_sla_hands_back_to_staff_by_itself(
    client, champion, agent, problem
):
    champion_actions.take_conversation(champion, problem)
    turn = ChampionAssignment.objects.get()
    assert champion_actions.return_late_turns(now=turn.answer_due_at - timedelta(minutes=1)) == 0
    assert champion_actions.return_late_turns(now=turn.answer_due_at + timedelta(minutes=1)) == 1
    turn.refresh_from_db()
    assert turn.end_reason == ChampionEnd.LATE
    assert problem in conversations(agent, ListFilters(queue="unassigned"))
    assert "had not answered in time" in Message.objects.get(kind=MessageKind.NOTE).body
    client.force_login(champion)
    assert client.get(f"/champions/{problem.pk}/").status_code == 404


def test_a_champion_who_answered_in_time_keeps_the_conversation(champion, problem):
    champion_actions.take_conversation(champion, problem)
    champion_actions.reply_as_champion(champion, problem, body="Try a restart first.")
    later = ChampionAssignment.objects.get().answer_due_at + timedelta(hours=1)
    assert champion_actions.return_late_turns(now=later) == 0
    assert Conversation.objects.get(pk=problem.pk).champion == champion


def test_staff_taking_over_removes_the_champions_access(client, champion, agent, problem):
    champion_actions.take_conversation(champion, problem)
    client.force_login(agent)
    page = client.get(f"/inbox/{problem.pk}/").content.decode()
    assert "Sunny Super" in page and "Take over" in page
    assert client.post(f"/inbox/{problem.pk}/take-over/").status_code == 302
    after = Conversation.objects.get(pk=problem.pk)
    assert (after.assignee, after.champion) == (agent, None)
    assert ChampionAssignment.objects.get().end_reason == ChampionEnd.TAKEN_OVER
    client.force_login(champion)
    assert client.get(f"/champions/{problem.pk}/").status_code == 404
    assert client.get(f"/api/v1/champions/conversations/{problem.pk}").status_code == 404
    with pytest.raises(PermissionDenied):
        champion_actions.reply_as_champion(champion, problem, body="Still here?")


def test_a_champion_cannot_take_over(champion, leader, problem):
    champion_actions.take_conversation(leader, problem)
    with pytest.raises(PermissionDenied):
        champion_actions.take_over(champion, problem)


def test_staff_see_every_champion_conversation_in_the_champions_queue(
    client, champion, agent, problem, mail_complaint
):
    champion_actions.take_conversation(champion, problem)
    client.force_login(agent)
    page = client.get("/inbox/?queue=champions").content.decode()
    assert "T2 display flickers after 4.12" in page
    assert "Champion: Sunny Super" in page
    assert "Refund for order" in page  # offered, not taken yet
    assert client.get("/api/v1/conversations?queue=champions").json()["count"] == 2


def test_opting_out_hands_back_the_conversations_held(champion, agent, problem):
    champion_actions.take_conversation(champion, problem)
    champion_actions.opt_out(champion)
    assert problem in conversations(agent, ListFilters(queue="unassigned"))
    assert ChampionAssignment.objects.get().end_reason == ChampionEnd.OPTED_OUT
    with pytest.raises(PermissionDenied):
        champion_selectors.offered_conversations(champion)


# --- opting in and the areas ------------------------------------------------------------------


def test_an_eligible_member_opts_in_with_areas_from_the_page(client, superuser, area):
    client.force_login(superuser)
    assert client.post("/champions/opt-in/", {"answer": "in"}).status_code == 200  # no area
    answer = client.post("/champions/opt-in/", {"answer": "in", "areas": [area.pk]})
    assert answer["Location"] == "/champions/"
    assert client.get("/champions/").status_code == 200


def test_the_programme_page_links_eligible_members_to_the_champion_queue(
    client, superuser, customer
):
    client.force_login(superuser)
    assert "Become a champion" in client.get("/me/programme/").content.decode()
    client.force_login(customer)
    assert "champion" not in client.get("/me/programme/").content.decode().lower()


def test_moderators_choose_the_champion_areas_and_agents_cannot(client, moderator, agent, space):
    client.force_login(agent)
    assert client.get("/champions/areas/").status_code == 403
    client.force_login(moderator)
    answer = client.post("/champions/areas/", {"name": "Valves", "space": space.slug})
    assert answer.status_code == 302
    assert ChampionArea.objects.get().space == space


def test_a_private_space_cannot_be_a_champion_area(moderator, vip_space):
    with pytest.raises(ValidationError):
        champion_actions.create_area(moderator, name="VIP", space=vip_space)


# --- review fixes: private spaces, handles, solved turns, assignment ---------------------------


def test_a_thread_in_a_space_made_private_is_no_longer_offered_or_open_to_its_champion(
    client, champion, problem, space
):
    champion_actions.take_conversation(champion, problem)
    space.is_private = True
    space.save(update_fields=["is_private"])
    client.force_login(champion)
    assert client.get(f"/champions/{problem.pk}/").status_code == 404
    assert client.get(f"/api/v1/champions/conversations/{problem.pk}").status_code == 404


def test_staff_cannot_offer_a_private_space_thread_to_champions(agent, area, customer):
    private = SpaceFactory(name="Staff room", slug="staff-room", is_private=True)
    thread = community.create_thread(
        agent, private, kind="problem", title="Internal: billing bug", body="internal secret text"
    )
    account = ChannelAccount.objects.create(kind="community", name="Community home")
    conversation = Conversation.objects.create(account=account, external_id="t", thread=thread)
    with pytest.raises(ValidationError, match="private space"):
        champion_actions.offer_to_champions(agent, conversation, area)


def test_a_sender_known_only_by_a_phone_handle_is_shown_to_champions_as_the_customer(
    champion, agent, area
):
    account = ChannelAccount.objects.create(kind="webhook", name="Chat")
    message, _ = ingest(
        account,
        InboundItem(
            external_id="w1",
            conversation_key="w1",
            sender=Sender(channel_kind="webhook", external_id="1:u9", handle="+353871234567"),
            text="The app crashes.",
        ),
    )
    offered = champion_actions.offer_to_champions(agent, message.conversation, area)
    assert presentation.customer_label(offered) == "The customer"


def test_a_turn_solved_without_a_reply_is_not_returned_late(champion, problem):
    champion_actions.take_conversation(champion, problem)
    champion_actions.solve_conversation(champion, problem)
    later = ChampionAssignment.objects.get().answer_due_at + timedelta(hours=1)
    assert champion_actions.return_late_turns(now=later) == 0
    assert not Message.objects.filter(kind=MessageKind.NOTE).exists()


def test_a_conversation_a_champion_holds_cannot_be_assigned_without_taking_it_over(
    champion, agent, problem
):
    champion_actions.take_conversation(champion, problem)
    with pytest.raises(ValidationError, match="take it over first"):
        assign(agent, Conversation.objects.get(pk=problem.pk), agent)
    champion_actions.take_over(agent, Conversation.objects.get(pk=problem.pk))
    assert Conversation.objects.get(pk=problem.pk).assignee == agent


def test_the_champion_queue_page_reads_the_same_number_of_times_for_one_or_many_offers(
    client, champion, customer, space, post_thread
):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client.force_login(champion)
    counts = []
    for n in (1, 6):
        while len(offered_to(champion)) < n:
            post_thread(
                customer, space, "problem", f"Display flickers, case {len(offered_to(champion))}"
            )
        with CaptureQueriesContext(connection) as queries:
            assert client.get("/champions/").status_code == 200
        counts.append(len(queries.captured_queries))
    assert counts[0] == counts[1]


def test_the_champion_check_hides_the_confidential_register(client, champion, problem):
    add_confidential_term(None, term="Bluefin", category="supplier", note="Signed with Norrvik")
    champion_actions.take_conversation(champion, problem)
    client.force_login(champion)
    url = f"/api/v1/champions/conversations/{problem.pk}/check"
    answer = client.post(
        url, {"text": "Our parts come from Bluefn now."}, content_type="application/json"
    )
    [finding] = answer.json()["findings"]
    assert finding["kind"] == "internal_reference"
    assert "“Bluefn”" in finding["message"]
    assert [w for w in ("Bluefin", "Norrvik", "supplier") if w in answer.content.decode()] == []


def test_staff_see_how_long_the_champion_took_to_answer(
    client, champion, agent, problem, django_capture_on_commit_callbacks
):
    champion_actions.take_conversation(champion, problem)
    with django_capture_on_commit_callbacks(execute=True):
        champion_actions.reply_as_champion(
            champion, problem, body="Roll back to 4.11 from the app's firmware page."
        )
    turn = ChampionAssignment.objects.get()
    ChampionAssignment.objects.filter(pk=turn.pk).update(
        first_answer_at=turn.taken_at + timedelta(hours=2, minutes=5)
    )
    client.force_login(agent)
    page = client.get(f"/inbox/{problem.pk}/").content.decode()
    assert "answered 2\u00a0hours, 5\u00a0minutes later" in page


def test_an_offered_conversation_says_when_the_offer_ends_in_a_sentence_of_its_own(
    client, champion, problem
):
    client.force_login(champion)
    english = client.get(f"/champions/{problem.pk}/").content.decode()
    german = client.get(f"/champions/{problem.pk}/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "offer ends in " in english and "offer ends due" not in english
    assert "Angebot endet in " in german and "endet fällig" not in german
    assert 'title="Offer ends ' in english


def test_a_german_champion_sets_the_status_after_a_reply_in_german(client, champion, problem):
    champion_actions.take_conversation(champion, problem)
    client.force_login(champion)
    page = client.get(f"/champions/{problem.pk}/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert '<option value="pending" selected>Wartet auf Kundschaft</option>' in page
    assert '<option value="open">Offen</option>' in page


def test_the_queue_says_which_clock_is_which_without_its_column_heads(client, champion, problem):
    """On a phone the table's heads are hidden: "due in 1 h" alone did not say whether the
    offer ends or the first answer is due."""
    client.force_login(champion)
    offered = client.get("/champions/").content.decode()
    champion_actions.take_conversation(champion, problem)
    mine = client.get("/champions/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert re.search(r'id="offer-\d+".*?offer ends in ', offered, re.S)
    assert re.search(
        r'id="mine-\d+".*?<span class="card-label">Erstreaktion </span>'
        r'<span class="sla[^"]*"[^>]*>fällig in ',
        mine,
        re.S,
    )


def test_a_german_champion_reads_who_asked_not_who_demanded(client, champion, problem):
    client.force_login(champion)
    page = client.get("/champions/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert '<th scope="col">Gefragt von</th>' in page and "Verlangt von" not in page


def test_the_hand_back_note_is_written_in_the_companys_language(champion, problem, settings):
    """Session 19's walk: "Handed back to staff by champion …" stood English in a German
    conversation. A stored note is read by every colleague: the company's language writes it."""
    settings.LANGUAGE_CODE = "de"
    champion_actions.take_conversation(champion, problem)
    champion_actions.hand_back(
        champion, Conversation.objects.get(pk=problem.pk), note="Ein Garantiefall."
    )
    note = Message.objects.get(kind=MessageKind.NOTE)
    assert note.body == (
        f"Von Champion {champion.name}: An die Mitarbeitenden zurückgegeben.\n\nEin Garantiefall."
    )
