"""Following threads, tags and spaces; preferences per kind; nothing from a failed write."""

import pytest
from django.core import mail
from django.db import transaction

from openline.community import actions
from openline.notifications.models import Follow, Notification

from ..factories import SpaceFactory, TagFactory


@pytest.fixture
def wifi(db):
    return TagFactory(slug="wifi", name="Wi-Fi")


def test_following_a_tag_notifies_on_a_new_thread_with_it(
    client, sign_in, committed, customer, other_customer, space, wifi
):
    sign_in(other_customer)
    answer = client.post("/tags/wifi/follow/", {"follow": "1"})
    assert answer.status_code == 302
    assert "✓ Following" in client.get("/tags/wifi/").content.decode()

    with committed():
        actions.create_thread(
            customer, space, kind="question", title="Hub drops off every evening",
            body="Since Monday.", tags=["wifi"],
        )  # fmt: skip

    page = client.get("/notifications/").content.decode()
    assert "Casey Customer posted “Hub drops off every evening” in Thermostats" in page
    # New threads in followed tags come in the daily digest by default, not one mail each.
    assert mail.outbox == []


def test_following_a_space_notifies_on_a_new_thread_in_it(
    client, sign_in, committed, customer, other_customer, space
):
    sign_in(other_customer)
    client.post(f"/s/{space.slug}/follow/", {"follow": "1"})
    with committed():
        actions.create_thread(
            customer, space, kind="idea", title="Dark mode for the app", body="Please."
        )
    assert Notification.objects.get(recipient=other_customer).kind == "community.new_thread"


def test_a_follower_who_cannot_see_a_private_space_is_not_told(
    committed, superuser, other_customer, vip_space, wifi
):
    Follow.objects.create(
        user=other_customer, about_type="community.tag", about_id=wifi.pk, label="Wi-Fi", url="/"
    )
    with committed():
        actions.create_thread(
            superuser, vip_space, kind="discussion", title="Beta firmware and Wi-Fi", body="x",
            tags=["wifi"],
        )  # fmt: skip
    assert not Notification.objects.filter(recipient=other_customer).exists()


def test_replying_watches_the_thread_so_later_replies_notify_you(
    committed, question, superuser, agent
):
    with committed():
        actions.create_reply(superuser, question, body="Same here since 4.12.")
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")
    told = Notification.objects.filter(kind="community.reply").values_list(
        "recipient__username", "actor__username"
    )
    assert sorted(told) == [("casey", "alex"), ("casey", "sunny"), ("sunny", "alex")]


def test_unfollowing_a_thread_stops_its_replies_and_replying_again_does_not_restart_them(
    client, sign_in, committed, question, superuser, agent
):
    actions.create_reply(superuser, question, body="Same here since 4.12.")
    sign_in(superuser)
    client.post(f"/t/{question.pk}/-/follow/", {"follow": "0"})
    actions.create_reply(superuser, question, body="Still there after a restart.")
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")
    assert not Notification.objects.filter(recipient=superuser).exists()


def test_a_kind_turned_off_creates_nothing_and_sends_nothing(
    client, sign_in, committed, question, agent
):
    sign_in(question.author)
    answer = client.post("/notifications/preferences/", {"community.reply": "off"})
    assert answer.status_code == 302
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")
    assert not Notification.objects.exists()
    assert mail.outbox == []


def test_on_the_site_only_creates_the_notification_without_a_mail(
    client, sign_in, committed, question, agent
):
    sign_in(question.author)
    client.post("/notifications/preferences/", {"community.reply": "app"})
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")
    assert Notification.objects.get().delivery == "app"
    assert mail.outbox == []


def test_an_unknown_preference_is_refused_and_nothing_changes(client, sign_in, customer):
    sign_in(customer)
    answer = client.post("/notifications/preferences/", {"community.reply": "sms"}, follow=True)
    assert "Unknown notification setting" in answer.content.decode()
    page = client.get("/notifications/preferences/").content.decode()
    assert 'value="email" selected' in page


def test_a_customer_is_not_offered_the_inbox_kinds_but_staff_are(client, sign_in, customer, agent):
    sign_in(customer)
    assert "inbox notes" not in client.get("/notifications/preferences/").content.decode()
    sign_in(agent)
    assert "inbox notes" in client.get("/notifications/preferences/").content.decode()


def test_a_write_that_fails_tells_nobody(committed, question, agent):
    with committed(), pytest.raises(RuntimeError), transaction.atomic():
        actions.create_reply(agent, question, body="@casey please update to 4.12.2.")
        raise RuntimeError("the rest of the request failed")
    assert not Notification.objects.exists()
    assert mail.outbox == []


def test_the_follows_list_lets_you_stop_following(client, sign_in, question):
    sign_in(question.author)
    page = client.get("/notifications/preferences/").content.decode()
    assert question.title in page
    follow = Follow.objects.get(user=question.author)
    client.post(f"/notifications/follows/{follow.pk}/stop/")
    assert question.title not in client.get("/notifications/preferences/").content.decode()


def test_stopping_someone_elses_follow_is_not_found_and_leaves_it(
    client, sign_in, question, other_customer
):
    follow = Follow.objects.get(user=question.author)
    sign_in(other_customer)
    answer = client.post(f"/notifications/follows/{follow.pk}/stop/")
    assert answer.status_code == 404
    follow.refresh_from_db()
    assert follow.active


def test_following_a_private_space_one_cannot_see_is_not_found(client, sign_in, customer):
    hidden = SpaceFactory(name="Staff room", slug="staff-room", is_private=True)
    sign_in(customer)
    assert client.post(f"/s/{hidden.slug}/follow/", {"follow": "1"}).status_code == 404
    assert not Follow.objects.exists()


def test_the_asker_of_a_thread_without_a_follow_row_is_still_told_of_replies(
    committed, question, agent
):
    Follow.objects.all().delete()  # as for threads imported or seeded without actions
    with committed():
        actions.create_reply(agent, question, body="Please update to 4.12.2.")
    assert Notification.objects.get().recipient == question.author


def test_after_a_merge_the_duplicates_asker_is_told_of_replies_in_the_original(
    committed, question, other_customer, space, agent, moderator
):
    duplicate = actions.create_thread(
        other_customer, space, kind="question", title="Wifi drops on my thermostat overnight",
        body="Every night the app says offline.",
    )  # fmt: skip
    actions.merge_thread(moderator, duplicate, into=question)
    with committed():
        actions.create_reply(agent, question, body="Firmware 4.13 fixes it.")
    told = Notification.objects.filter(kind="community.reply").values_list(
        "recipient__username", flat=True
    )
    assert sorted(told) == ["casey", "olive"]
