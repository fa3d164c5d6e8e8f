"""What a colleague sees: inbox mentions and assignments on the page and in the header badge."""

import re

from django.db import connection
from django.test.utils import CaptureQueriesContext

from openline.community import actions
from openline.inbox import actions as inbox
from openline.notifications.models import Notification


def badge(html: str) -> str | None:
    found = re.search(
        r'class="notif"[^>]*>Notifications(?: <span class="count">([^<]+)</span>)?', html
    )
    assert found, "the header has a notifications link"
    return found.group(1)


def test_a_mention_in_an_inbox_note_shows_on_the_colleagues_page_and_badge(
    client, sign_in, committed, conversation, agent, moderator
):
    with committed():
        inbox.add_note(agent, conversation, body="@morgan can you check the warranty?")

    sign_in(moderator)
    assert badge(client.get("/").content.decode()) == "1"
    page = client.get("/notifications/").content.decode()
    assert "Alex Agent mentioned you in a note on “E14 again”" in page
    assert f'href="/inbox/{conversation.pk}/#message-' in page
    assert "just now" in page and "0 minutes" not in page
    assert "Nothing yet" not in page


def test_opening_the_page_clears_the_badge_and_keeps_the_new_marker_once(
    client, sign_in, committed, conversation, agent, moderator
):
    with committed():
        inbox.assign(agent, conversation, moderator)
    sign_in(moderator)

    first = client.get("/notifications/").content.decode()
    assert "Alex Agent assigned “E14 again” to you" in first
    assert badge(first) is None  # the header of the page itself is already clear
    assert "new-marker" in first
    assert badge(client.get("/").content.decode()) is None
    assert "new-marker" not in client.get("/notifications/").content.decode()


def test_a_customer_never_sees_inbox_notifications_even_if_one_was_stored_for_them(
    client, sign_in, conversation, customer, agent
):
    Notification.objects.create(
        recipient=customer, kind="inbox.assigned", actor=agent, text="Secret subject",
        url=f"/inbox/{conversation.pk}/", about_type="inbox.conversation", about_id=conversation.pk,
    )  # fmt: skip
    sign_in(customer)
    page = client.get("/notifications/").content.decode()
    assert "Secret subject" not in page


def _queries_for_a_page(client) -> int:
    with CaptureQueriesContext(connection) as queries:
        assert client.get("/notifications/preferences/").status_code == 200
    return len(queries)


def test_the_badge_costs_the_same_queries_with_one_or_many_notifications(
    client, sign_in, conversation, agent, moderator
):
    def add(n: int) -> None:
        about = {"about_type": "inbox.conversation", "about_id": conversation.pk}
        rows = [
            Notification(recipient=moderator, kind="inbox.assigned", text=f"#{i}", url="/", **about)
            for i in range(n)
        ]
        Notification.objects.bulk_create(rows)

    sign_in(moderator)
    client.get("/notifications/preferences/")  # the first visit after signing in writes more
    add(1)
    with_one = _queries_for_a_page(client)
    add(150)
    with_many = _queries_for_a_page(client)
    html = client.get("/notifications/preferences/").content.decode()
    assert with_one == with_many
    assert badge(html) == "99+"


def test_an_anonymous_page_reads_no_notifications(client, question):
    with CaptureQueriesContext(connection) as queries:
        client.get("/")
    assert not any("notifications_notification" in q["sql"] for q in queries.captured_queries)


def test_the_notifications_page_needs_signing_in(client):
    answer = client.get("/notifications/")
    assert answer.status_code == 302 and "/accounts/signin/" in answer["Location"]


def test_the_notifications_page_costs_the_same_queries_with_few_or_many(
    client, sign_in, committed, question, agent, superuser
):
    def replies(n: int) -> None:
        for i in range(n):
            with committed():
                actions.create_reply(agent, question, body=f"Try this, step {i}.")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/notifications/").status_code == 200
        return len(captured)

    sign_in(question.author)
    client.get("/notifications/")
    replies(2)
    few = queries()
    replies(12)
    assert queries() == few
