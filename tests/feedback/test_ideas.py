"""Ideas close the loop: agents link customers' conversations to an idea as demand, the demand
counts each person once, the idea shows it by source without saying who, and when the idea
ships the agents are told with a reply prepared (never sent on its own)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from openline.community import actions
from openline.community.models import Thread, ThreadKind
from openline.feedback import idea_actions, ideas
from openline.feedback.models import IdeaLink
from openline.inbox import ingestion
from openline.inbox.adapters import InboundItem
from openline.inbox.models import ChannelAccount, Message, MessageKind
from openline.notifications.models import Kind, Notification
from openline.people.actions import Sender

from ..factories import SpaceFactory, TagFactory, UserFactory, upvote


@pytest.fixture
def idea(customer, space):
    return actions.create_thread(
        customer, space, kind="idea", title="Group rooms by floor in the app",
        body="With twelve rooms the list is long.",
    )  # fmt: skip


@pytest.fixture
def mailbox(db):
    return ChannelAccount.objects.create(kind="email", name="Support mail")


def conversation_from(account, person_id: str, key: str, subject: str = "Rooms by floor?"):
    item = InboundItem(
        external_id=f"{key}-1", conversation_key=key, text="Can I group my rooms by floor?",
        subject=subject,
        sender=Sender(channel_kind=account.kind, external_id=person_id, name="Pat Doe",
                      email="pat.doe@example.com"),
    )  # fmt: skip
    return ingestion.ingest(account, item)[0].conversation


# --- demand -----------------------------------------------------------------------------------


def test_demand_counts_votes_and_linked_customers_each_once(
    idea, agent, account, mailbox, other_customer
):
    upvote(other_customer, idea)
    upvote(UserFactory(), idea)
    first = conversation_from(mailbox, "pat", "m1")
    again = conversation_from(mailbox, "pat", "m2")  # the same customer asks twice
    social = conversation_from(account, "sam", "s1")
    voter_as_customer = conversation_from(account, "olive", "s2")
    voter_as_customer.customer.user = other_customer  # a voter who also wrote in
    voter_as_customer.customer.save(update_fields=["user"])
    for conversation in (first, again, social, voter_as_customer):
        idea_actions.link_conversation(agent, conversation, idea)

    found = ideas.demand(idea)

    assert (found.votes, found.customers, found.total) == (2, 2, 4)
    assert found.by_source == {"email": 1, "testchannel": 1}
    annotated = ideas.with_demand(Thread.objects.filter(pk=idea.pk)).get()
    assert annotated.demand == found.total


def test_a_conversation_linked_twice_is_one_link(idea, agent, mailbox):
    conversation = conversation_from(mailbox, "pat", "m1")
    idea_actions.link_conversation(agent, conversation, idea)
    idea_actions.link_conversation(agent, conversation, idea)
    assert IdeaLink.objects.count() == 1


def test_links_move_with_a_merge_and_each_conversation_counts_once(
    idea, agent, moderator, other_customer, space, mailbox
):
    duplicate = actions.create_thread(
        other_customer, space, kind="idea", title="Sort rooms into floors", body="Please."
    )
    shared = conversation_from(mailbox, "pat", "m1")
    own = conversation_from(mailbox, "kim", "m2")
    idea_actions.link_conversation(agent, shared, idea)
    idea_actions.link_conversation(agent, shared, duplicate)
    idea_actions.link_conversation(agent, own, duplicate)

    actions.merge_thread(moderator, duplicate, into=idea)

    assert set(IdeaLink.objects.values_list("idea_id", "conversation_id")) == {
        (idea.pk, shared.pk),
        (idea.pk, own.pk),
    }
    assert ideas.demand(idea).customers == 2


def test_linking_to_a_merged_idea_counts_for_the_one_it_lives_in(
    idea, agent, moderator, other_customer, space, mailbox
):
    duplicate = actions.create_thread(
        other_customer, space, kind="idea", title="Sort rooms into floors", body="Please."
    )
    actions.merge_thread(moderator, duplicate, into=idea)
    duplicate.refresh_from_db()
    link = idea_actions.link_conversation(agent, conversation_from(mailbox, "pat", "m1"), duplicate)
    assert link.idea_id == idea.pk


# --- on the idea's page: counts by source, nobody named ---------------------------------------


def test_the_idea_shows_demand_by_source_without_the_customers(client, idea, agent, mailbox):
    idea_actions.link_conversation(agent, conversation_from(mailbox, "pat", "m1"), idea)
    page = client.get(idea.get_absolute_url()).content.decode()
    assert f'hx-get="{reverse("feedback:idea_demand", args=[idea.pk])}"' in page
    html = client.get(reverse("feedback:idea_demand", args=[idea.pk])).content.decode()
    assert "1 customer who asked our team" in html
    assert "E-mail: 1" in html
    assert "Pat" not in html and "pat.doe@example.com" not in html


def test_the_demand_of_an_idea_in_a_private_space_is_not_found_by_outsiders(
    client, superuser, vip_space
):
    secret = actions.create_thread(
        superuser, vip_space, kind="idea", title="Beta testers get early builds", body="Please."
    )
    assert client.get(reverse("feedback:idea_demand", args=[secret.pk])).status_code == 404


# --- in the conversation ----------------------------------------------------------------------


def test_an_agent_links_a_conversation_to_an_idea_from_its_panel(client, idea, agent, mailbox):
    conversation = conversation_from(mailbox, "pat", "m1")
    client.force_login(agent)
    page = client.get(reverse("inbox:conversation", args=[conversation.pk])).content.decode()
    panel_url = reverse("feedback:conversation_ideas", args=[conversation.pk])
    assert f'hx-get="{panel_url}"' in page
    found = client.get(panel_url, {"q": "rooms by floor"}).content.decode()
    assert "Group rooms by floor in the app" in found
    response = client.post(panel_url, {"idea": str(idea.pk)})
    assert response.status_code == 302
    assert IdeaLink.objects.get().source == "email"
    panel = client.get(panel_url).content.decode()
    assert idea.get_absolute_url() in panel and "Unlink" in panel


def test_linking_a_question_is_refused_with_a_reason(client, question, agent, mailbox):
    conversation = conversation_from(mailbox, "pat", "m1")
    client.force_login(agent)
    response = client.post(
        reverse("feedback:conversation_ideas", args=[conversation.pk]),
        {"idea": str(question.pk)},
        headers={"HX-Request": "true"},
    )
    assert response.status_code == 400
    assert "not another kind" in response.content.decode()
    assert not IdeaLink.objects.exists()


def test_customers_cannot_link_or_see_the_panel(client, idea, customer, mailbox):
    conversation = conversation_from(mailbox, "pat", "m1")
    client.force_login(customer)
    url = reverse("feedback:conversation_ideas", args=[conversation.pk])
    assert client.get(url).status_code == 403
    assert client.post(url, {"idea": str(idea.pk)}).status_code == 403
    assert not IdeaLink.objects.exists()


def test_an_agent_unlinks_a_conversation(client, idea, agent, mailbox):
    link = idea_actions.link_conversation(agent, conversation_from(mailbox, "pat", "m1"), idea)
    client.force_login(agent)
    client.post(reverse("feedback:unlink", args=[link.pk]))
    assert not IdeaLink.objects.exists()


# --- when it ships ----------------------------------------------------------------------------


def test_when_the_idea_ships_the_assignee_is_told_once_with_a_prepared_reply(
    client, idea, agent, moderator, mailbox, django_capture_on_commit_callbacks
):
    conversation = conversation_from(mailbox, "pat", "m1", subject="Floors please")
    conversation.assignee = moderator
    conversation.save(update_fields=["assignee"])
    idea_actions.link_conversation(agent, conversation, idea)
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(agent, idea, status="planned", reason="Spring.")
    assert not Notification.objects.filter(kind=Kind.IDEA_SHIPPED).exists()
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(agent, idea, status="shipped", reason="In app 5.2.")
        actions.change_status(agent, idea, status="shipped", reason="Also on the web.")

    (told,) = Notification.objects.filter(kind=Kind.IDEA_SHIPPED)
    assert told.recipient == moderator and told.delivery == "app"
    assert "Floors please" in told.text
    client.force_login(moderator)
    page = client.get(told.url).content.decode()
    assert "Good news: what you asked for is now available" in page  # in the reply box
    assert not Message.objects.filter(kind=MessageKind.REPLY).exists()  # nothing sent


def test_an_unassigned_conversation_tells_the_agent_who_linked_it(
    idea, agent, moderator, mailbox, django_capture_on_commit_callbacks
):
    idea_actions.link_conversation(agent, conversation_from(mailbox, "pat", "m1"), idea)
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(moderator, idea, status="shipped", reason="In app 5.2.")
    assert Notification.objects.get(kind=Kind.IDEA_SHIPPED).recipient == agent


def test_a_german_agent_reads_the_shipped_idea_notification_in_german(
    client, idea, agent, moderator, mailbox, django_capture_on_commit_callbacks
):
    idea_actions.link_conversation(agent, conversation_from(mailbox, "pat", "m1"), idea)
    with django_capture_on_commit_callbacks(execute=True):
        actions.change_status(moderator, idea, status="shipped", reason="In app 5.2.")
    agent.language = "de"
    agent.save(update_fields=["language"])
    client.force_login(agent)

    page = client.get("/notifications/").content.decode()
    assert f"„{idea.title}“ ist ausgeliefert: Sagen Sie es der Kundschaft" in page
    assert "tell the customer" not in page


# --- the board ---------------------------------------------------------------------------------


def board_titles(response) -> list[str]:
    return [t.title for t in response.context["page"]]


def test_the_board_lists_ideas_only_sorted_by_votes_or_demand(
    client, idea, question, other_customer, space, agent, mailbox
):
    popular = actions.create_thread(
        other_customer, space, kind="idea", title="Dark mode for the app", body="Please."
    )
    upvote(UserFactory(), popular)
    for n in range(2):
        idea_actions.link_conversation(agent, conversation_from(mailbox, f"p{n}", f"m{n}"), idea)
    assert board_titles(client.get("/ideas/")) == [popular.title, idea.title]
    assert board_titles(client.get("/ideas/?sort=demand")) == [idea.title, popular.title]


def test_the_board_filters_by_status_tag_and_space(client, idea, other_customer, agent):
    area = TagFactory(slug="heating")
    elsewhere = SpaceFactory(name="App", slug="app")
    tagged = actions.create_thread(
        other_customer, elsewhere, kind="idea", title="Boost for one hour", body="Please.",
        tags=["heating"],
    )  # fmt: skip
    actions.change_status(agent, tagged, status="planned", reason="Spring.")
    assert board_titles(client.get("/ideas/?status=planned")) == [tagged.title]
    assert board_titles(client.get(f"/ideas/?tag={area.slug}")) == [tagged.title]
    assert board_titles(client.get("/ideas/s/thermostats/")) == [idea.title]
    page = client.get("/ideas/?status=planned").content.decode()
    assert 'aria-current="page">Planned <span class="muted">1</span>' in page


def test_the_board_hides_ideas_of_private_spaces_from_outsiders(client, superuser, vip_space):
    actions.create_thread(
        superuser, vip_space, kind="idea", title="Beta testers get early builds", body="Please."
    )
    assert board_titles(client.get("/ideas/")) == []
    assert client.get("/ideas/s/champions/").status_code == 404


def test_a_stale_filter_shows_the_whole_board(client, idea):
    response = client.get("/ideas/?status=nonsense&sort=nonsense")
    assert response.status_code == 200 and board_titles(response) == [idea.title]


def add_ideas(space, agent, mailbox, start: int, count: int) -> None:
    area = TagFactory(slug="heating")
    for n in range(start, start + count):
        author = UserFactory()
        thread = actions.create_thread(
            author, space, kind=ThreadKind.IDEA, title=f"An idea worth having number {n}",
            body="Please.", tags=[area.slug],
        )  # fmt: skip
        upvote(UserFactory(), thread)
        conversation = conversation_from(mailbox, f"c{n}", f"k{n}")
        idea_actions.link_conversation(agent, conversation, thread)


@pytest.mark.parametrize("address", ["/ideas/", "/ideas/?sort=demand&tag=heating"])
def test_the_board_takes_the_same_queries_whatever_the_number_of_ideas(
    client, space, agent, mailbox, address
):
    add_ideas(space, agent, mailbox, 0, 2)
    with CaptureQueriesContext(connection) as few:
        assert client.get(address).status_code == 200
    add_ideas(space, agent, mailbox, 2, 6)
    with CaptureQueriesContext(connection) as many:
        response = client.get(address)
    assert len(response.context["page"]) == 8
    assert len(many) == len(few)


def test_a_german_member_reads_the_boards_sort_order_in_german(client, db):
    page = client.get("/ideas/", HTTP_ACCEPT_LANGUAGE="de").text
    assert ">Meiste Stimmen</option>" in page and ">Neueste</option>" in page
    assert "Most votes" not in page


def test_a_german_member_tells_the_boards_product_areas_from_its_spaces(client, db):
    """Session 17 left "Produktbereich: Alle Bereiche" beside "Ideen nach Bereich: Alle
    Bereiche": a community space is a "Forum" in German, a product area a "Produktbereich"."""
    page = client.get("/ideas/", HTTP_ACCEPT_LANGUAGE="de").text
    assert '<option value="">Alle Produktbereiche</option>' in page
    assert "Ideen nach Forum" in page and ">Alle Foren</a>" in page
    assert "Bereiche</a>" not in page and "nach Bereich" not in page


@pytest.mark.parametrize("url", ["/ideas/", "/ideas/s/thermostats/"])
def test_a_boards_line_keeps_its_separator_with_the_item_before_it(client, idea, url):
    """Session 26 (qa-v14): on a board filtered to a space, the "·" before an idea's age
    followed its last tag's space, so a phone could start a line with it."""
    idea.tags.add(TagFactory(slug="rooms", name="rooms"))

    html = client.get(url).content.decode()

    line = html.split('class="idea-item"', 1)[1].split("<time", 1)[0]
    assert line.rstrip().endswith("</a>&nbsp;·")
