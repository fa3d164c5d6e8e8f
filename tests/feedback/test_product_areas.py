"""Every read item is placed in one of the company's product areas (its tags): the customer's
own tag first, then the areas used in the thread's space, then the nearest by meaning, or
"unassigned" when nothing is near enough; shown on the inbox pills and in the API."""

import pytest

from openline.community import actions as community
from openline.community.models import Tag
from openline.feedback import areas
from openline.inbox.adapters import InboundItem
from openline.inbox.ingestion import ingest
from openline.inbox.models import ChannelAccount, Conversation
from openline.language.areas import Area, AreaMatcher
from openline.language.models import TextLabel
from openline.people.actions import Sender

from ..factories import SpaceFactory, ThreadFactory


@pytest.fixture
def configured(db):
    """Two areas of an invented company, each with a thread already tagged."""
    billing = Tag.objects.create(slug="billing", name="Billing & invoices")
    app = Tag.objects.create(slug="mobile-app", name="Mobile app")
    space = SpaceFactory(slug="help")
    ThreadFactory(space=space, title="Charged twice on my invoice").tags.add(billing)
    ThreadFactory(space=space, title="The app crashes when I open settings").tags.add(app)
    return {"billing": billing, "app": app, "space": space}


@pytest.fixture
def account(channel, db):
    return ChannelAccount.objects.create(kind="testchannel", name="Tests")


def inbound(n: int, text: str) -> InboundItem:
    sender = Sender(channel_kind="testchannel", external_id="pat", name="Pat")
    return InboundItem(external_id=f"m{n}", conversation_key=f"k{n}", sender=sender, text=text)


def test_a_message_goes_to_the_area_nearest_in_meaning(
    configured, account, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        message, _ = ingest(account, inbound(1, "Why was my card billed two times this month?"))
    label = TextLabel.objects.get(kind="message", object_id=message.pk)
    assert (label.product_area, label.product_area_source) == ("billing", "meaning")
    assert label.channel == "testchannel" and label.written_at == message.created_at
    assert Conversation.objects.get().product_area == "billing"


def test_a_text_about_no_area_stays_unassigned(configured):
    placed = areas.place({1: "Merry Christmas to the whole team!"}, {})
    assert placed[1][0] == ""


def test_the_customers_own_tag_wins_over_meaning(
    configured, customer, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        thread = community.create_thread(
            customer, configured["space"], kind="problem",
            title="The app shows the wrong amount", body="It says I owe 40 but the invoice is 20.",
            tags=["mobile-app"],
        )  # fmt: skip
    label = TextLabel.objects.get(kind="thread", object_id=thread.pk)
    assert (label.product_area, label.product_area_source) == ("mobile-app", "tag")
    assert label.channel == "community"


def test_an_untagged_thread_is_placed_among_the_areas_of_its_space(configured):
    other = Tag.objects.create(slug="delivery", name="Delivery")
    elsewhere = SpaceFactory(slug="shop")
    ThreadFactory(space=elsewhere, title="Parcel is late").tags.add(other)
    thread = ThreadFactory(space=configured["space"], title="Money")
    placed = areas.place({thread.pk: "my parcel with the invoice never came"},
                         areas.thread_signals([thread.pk]))  # fmt: skip
    assert placed[thread.pk][0] in {"billing", "mobile-app"} and placed[thread.pk][2] == "space"


def test_below_the_minimum_score_nothing_is_assigned(db):
    matcher = AreaMatcher([Area("billing", "Billing", ("Charged twice",))], min_score=0.99)
    (assignment,) = matcher.assign(["I was charged twice for one order"])
    assert assignment.area is None and 0 < assignment.score < 0.99


def test_the_inbox_shows_the_area_pill(
    client, agent, configured, account, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        ingest(account, inbound(1, "The app crashes every time I open my settings page"))
    client.force_login(agent)
    page = client.get("/inbox/", {"queue": "all"}).content.decode()
    assert '<span class="pill area" title="The product area it is about">Mobile app</span>' in page


def test_texts_read_before_areas_existed_are_placed_by_the_command(
    configured, account, django_capture_on_commit_callbacks, capsys
):
    from django.core.management import call_command

    with django_capture_on_commit_callbacks(execute=True):
        message, _ = ingest(account, inbound(1, "I was billed twice on my last invoice"))
    TextLabel.objects.update(product_area="", written_at=None, channel="")
    call_command("feedback", "place", "--missing")
    label = TextLabel.objects.get(kind="message", object_id=message.pk)
    assert (label.product_area, label.channel) == ("billing", "testchannel")
    assert "Placed 1 messages and 0 threads" in capsys.readouterr().out
