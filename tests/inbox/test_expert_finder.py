"""The expert finder across channels, the "Who knows this" panel and @-mention suggestions."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from openline.accounts.models import Role
from openline.accounts.tokens import issue_token
from openline.channels.community import on_reply_created, on_thread_created
from openline.community import actions as community
from openline.inbox import actions, ingestion
from openline.inbox.expert_finder import find_experts, suggest_colleagues, topic_terms
from openline.inbox.models import ChannelAccount, Conversation
from openline.people.actions import Sender

from ..factories import TagFactory, UserFactory, answer, post

E14 = "Boiler error E14 after the firmware update"


def mail(account, key, subject=E14, text="Since the firmware update my T2 shows E14 all day."):
    from openline.inbox.adapters import InboundItem

    item = InboundItem(
        external_id=f"{key}@mail",
        conversation_key=key,
        subject=subject,
        text=text,
        sender=Sender(channel_kind=account.kind, external_id=f"{key}@example.com", name="Pat"),
    )
    return ingestion.ingest(account, item)[0].conversation


def answered_by_mail(agent, account, key, subject="Where is my order?"):
    conversation = mail(account, key, subject=subject, text="The parcel did not arrive.")
    actions.reply(agent, conversation, body="It is on its way, sorry for the wait.")
    return conversation


@pytest.fixture
def mailbox(db):
    return ChannelAccount.objects.create(kind="email", name="Support mail")


@pytest.fixture
def conversation(mailbox):
    return mail(mailbox, "c1")


@pytest.fixture
def maya(db):
    return UserFactory(
        username="maya", display_name="Maya Firmware", role=Role.AGENT, team="Firmware"
    )


@pytest.fixture
def bob(db):
    return UserFactory(username="bob", display_name="Bob Billing", role=Role.AGENT, team="Billing")


def accepted_on_topic(expert, customer, space, title="T2 shows E14 after firmware update"):
    thread = post(customer, space, title=title)
    community.accept_answer(customer, answer(expert, thread, body="Re-seat the OpenTherm wires."))
    return thread


def suggested(viewer, conversation) -> list[str]:
    return [s.user.username for s in suggest_colleagues(viewer, conversation)]


# --- the finder across channels ---------------------------------------------------------------


def test_staff_replies_on_a_channel_count_as_answers_of_that_channel(
    moderator, agent, customer, space, mailbox
):
    answered_by_mail(agent, mailbox, "o1")
    answered_by_mail(agent, mailbox, "o2")
    answer(agent, post(customer, space))
    (found,) = find_experts(moderator)
    assert (found.user, found.answers, found.channel_answers, found.score) == (agent, 1, 2, 3)
    assert found.channels == [("Community", 1), ("E-mail", 2)]


def test_several_replies_in_one_conversation_are_one_answer(moderator, agent, mailbox):
    conversation = answered_by_mail(agent, mailbox, "o1")
    actions.reply(agent, conversation, body="It arrives tomorrow.")
    assert [(e.user, e.channel_answers) for e in find_experts(moderator)] == [(agent, 1)]


def test_a_staff_answer_on_a_community_conversation_is_counted_once(
    moderator, agent, customer, space
):
    thread = post(customer, space)
    on_thread_created(thread.pk)
    on_reply_created(answer(agent, thread).pk)  # the inbox records it as a reply too
    assert Conversation.objects.get(thread=thread).messages.filter(kind="reply").count() == 1
    (found,) = find_experts(moderator)
    assert (found.answers, found.channel_answers, found.channels) == (1, 0, [("Community", 1)])


def test_a_colleague_who_answered_only_by_mail_outranks_fewer_community_answers(
    moderator, agent, bob, customer, space, mailbox
):
    answer(agent, post(customer, space))
    for key in ("o1", "o2", "o3"):
        answered_by_mail(bob, mailbox, key)
    assert [e.user for e in find_experts(moderator, limit=1)] == [bob]


def test_community_and_channel_answers_add_up_in_the_ranking(
    moderator, agent, bob, customer, space, mailbox
):
    for _ in range(2):
        answer(agent, post(customer, space))
    answer(bob, post(customer, space))
    for key in ("o1", "o2"):
        answered_by_mail(bob, mailbox, key)
    (found,) = find_experts(moderator, limit=1)
    assert (found.user, found.answers, found.channel_answers, found.score) == (bob, 1, 2, 3)


def test_channel_answers_are_never_shown_to_people_outside_the_inbox(
    customer, agent, mailbox, superuser
):
    answered_by_mail(agent, mailbox, "o1")
    assert find_experts(superuser, who="all") == []


def test_a_topic_finds_channel_answers_by_the_conversations_subject(moderator, agent, bob, mailbox):
    answered_by_mail(agent, mailbox, "o1", subject="Invoice for my order")
    answered_by_mail(bob, mailbox, "o2", subject="Where is my parcel?")
    assert [e.user for e in find_experts(moderator, query="invoice order")] == [agent]


def test_the_experts_api_lists_channels(client, agent, mailbox):
    answered_by_mail(agent, mailbox, "o1")
    headers = {"Authorization": f"Bearer {issue_token(agent, name='tests')}"}
    (found,) = client.get("/api/v1/people/experts", headers=headers).json()
    assert (found["username"], found["channel_answers"], found["channels"]) == (
        "alex",
        1,
        [{"name": "E-mail", "answers": 1}],
    )


def test_the_experts_page_shows_channels_beside_areas_and_spaces(client, moderator, agent, mailbox):
    answered_by_mail(agent, mailbox, "o1")
    client.force_login(moderator)
    page = client.get("/staff/experts/").content.decode()
    assert "<th>Channels</th>" in page
    assert "E-mail (1)" in page


# --- who knows this conversation --------------------------------------------------------------


def test_the_colleague_who_answered_the_topic_comes_first(
    moderator, maya, bob, customer, space, mailbox, conversation
):
    for key in ("o1", "o2", "o3"):
        answered_by_mail(bob, mailbox, key)
    answer(bob, post(customer, space, title="How do I pair a second valve?"))
    accepted_on_topic(maya, customer, space)
    found = suggest_colleagues(moderator, conversation)
    assert [(s.user, s.evidence) for s in found] == [
        (maya, ["1 answer on this topic, 1 accepted"]),
        (bob, ["3 E-mail conversations answered"]),
    ]


def test_answers_in_the_threads_product_area_and_space_are_evidence(
    moderator, maya, customer, space
):
    TagFactory(slug="heating", name="Heating")
    for title in ("Radiator stays cold", "Schedule ignored at night"):
        thread = post(customer, space, title=title, tags=["heating"])
        community.accept_answer(customer, answer(maya, thread))
    question = post(customer, space, title="Hot water never switches off", tags=["heating"])
    on_thread_created(question.pk)
    conversation = Conversation.objects.get(thread=question)
    (found,) = suggest_colleagues(moderator, conversation)
    assert (found.user, found.evidence) == (
        maya,
        ["2 answers in Heating, 2 accepted", "2 answers in Thermostats, 2 accepted"],
    )


def test_inactive_colleagues_customers_and_the_viewer_are_never_suggested(
    agent, maya, customer, other_customer, space, conversation
):
    gone = UserFactory(username="gone", role=Role.AGENT)
    for person in (gone, other_customer, agent, maya):
        accepted_on_topic(person, customer, space)
    gone.is_active = False
    gone.save(update_fields=["is_active"])
    assert suggested(agent, conversation) == ["maya"]


def test_a_colleague_deactivated_after_the_suggestion_disappears_from_it(
    agent, maya, customer, space, conversation
):
    accepted_on_topic(maya, customer, space)
    assert suggested(agent, conversation) == ["maya"]
    maya.is_active = False
    maya.save(update_fields=["is_active"])
    assert suggested(agent, conversation) == []


def test_private_space_answers_are_counted_for_staff_only(
    agent, maya, customer, superuser, vip_space, conversation
):
    accepted_on_topic(maya, superuser, vip_space)
    assert suggested(agent, conversation) == ["maya"]
    assert find_experts(agent, query="E14 firmware") != []
    assert find_experts(customer, query="E14 firmware", who="all") == []


def test_the_panel_offers_assign_and_ask_in_a_note(
    client, agent, maya, customer, space, conversation
):
    accepted_on_topic(maya, customer, space)
    client.force_login(agent)
    panel = client.get(f"/inbox/{conversation.pk}/experts/").content.decode()
    assert "Who knows this" in panel
    assert "1 answer on this topic, 1 accepted" in panel
    assert f'action="/inbox/{conversation.pk}/assign/"' in panel
    assert 'name="assignee" value="maya"' in panel
    assert 'data-mention="maya"' in panel


def test_assign_from_the_panel_gives_the_conversation_to_the_expert(
    client, agent, maya, customer, space, conversation
):
    accepted_on_topic(maya, customer, space)
    client.force_login(agent)
    client.post(f"/inbox/{conversation.pk}/assign/", {"assignee": "maya"})
    conversation.refresh_from_db()
    assert conversation.assignee == maya


def test_the_conversation_page_loads_the_panel_lazily(client, agent, conversation):
    client.force_login(agent)
    page = client.get(f"/inbox/{conversation.pk}/").content.decode()
    assert f'hx-get="/inbox/{conversation.pk}/experts/" hx-trigger="load"' in page


def test_the_conversation_page_does_no_more_queries_with_many_experts(
    client, agent, customer, space, conversation
):
    client.force_login(agent)
    client.get(f"/inbox/{conversation.pk}/")
    with CaptureQueriesContext(connection) as alone:
        client.get(f"/inbox/{conversation.pk}/")
    for n in range(6):
        accepted_on_topic(UserFactory(role=Role.AGENT), customer, space, title=f"E14 firmware {n}")
    with CaptureQueriesContext(connection) as with_experts:
        client.get(f"/inbox/{conversation.pk}/")
    assert len(with_experts) == len(alone)


def test_the_panels_query_count_is_bounded_and_cached(
    client, agent, customer, space, mailbox, conversation, django_assert_max_num_queries
):
    for n in range(8):
        colleague = UserFactory(role=Role.AGENT)
        accepted_on_topic(colleague, customer, space, title=f"E14 after firmware update {n}")
        answered_by_mail(colleague, mailbox, f"o{n}")
    client.force_login(agent)
    # Whatever the number of experts: session, user, conversation, first message, staff ids
    # (twice), one topic search (counts, spellings, ranking, threads), topic answers, channel
    # accounts, channel answers, users, the site header's two counts.
    with django_assert_max_num_queries(21):
        first = client.get(f"/inbox/{conversation.pk}/experts/")
    # session, user, conversation, users; the site header's two counts
    with django_assert_max_num_queries(6):
        again = client.get(f"/inbox/{conversation.pk}/experts/")
    assert first.content.count(b'class="expert"') == again.content.count(b'class="expert"') == 5


# --- @-mentions -------------------------------------------------------------------------------


def test_mentions_put_the_topic_expert_first_then_colleagues_alphabetically(
    client, agent, maya, moderator, customer, space, conversation
):
    UserFactory(username="mallory", display_name="Mallory Agent", role=Role.AGENT)
    UserFactory(username="mabel", role=Role.CUSTOMER)
    accepted_on_topic(maya, customer, space)
    client.force_login(agent)
    found = client.get(f"/inbox/colleagues/?q=m&conversation={conversation.pk}").json()
    assert [(c["username"], c["reason"]) for c in found["colleagues"]] == [
        ("maya", "1 answer on this topic, 1 accepted"),
        ("mallory", ""),
        ("morgan", "Community"),
    ]


def test_an_empty_prefix_on_a_conversation_gives_the_top_experts(
    client, agent, maya, bob, customer, space, mailbox, conversation
):
    answered_by_mail(bob, mailbox, "o1")
    accepted_on_topic(maya, customer, space)
    client.force_login(agent)
    found = client.get(f"/inbox/colleagues/?q=&conversation={conversation.pk}").json()
    assert [c["username"] for c in found["colleagues"]][:2] == ["maya", "bob"]


def test_mentions_for_an_unknown_conversation_answer_404(client, agent):
    client.force_login(agent)
    assert client.get("/inbox/colleagues/?q=m&conversation=999999").status_code == 404


@pytest.mark.parametrize("path", ["/inbox/{c}/experts/", "/inbox/colleagues/?q=m&conversation={c}"])
def test_customers_cannot_ask_who_knows_a_conversation(client, customer, conversation, path):
    client.force_login(customer)
    refused = client.get(path.format(c=conversation.pk))
    client.logout()
    anonymous = client.get(path.format(c=conversation.pk))
    assert (refused.status_code, anonymous.status_code) == (403, 302)


def test_topic_words_keep_product_codes_and_drop_filler():
    assert topic_terms("Re: My T2 shows E14 after the firmware update, please help") == [
        "t2",
        "shows",
        "e14",
        "firmware",
        "update",
    ]
