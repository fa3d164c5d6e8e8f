"""The inbox list as a workspace: one line per conversation with its latest message, sorting,
search, tag names, and changing several conversations at once."""

import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from openline.inbox import actions, ingestion
from openline.inbox.adapters import InboundItem
from openline.inbox.models import ChannelAccount, Conversation, ConversationStatus
from openline.notifications.models import Notification
from openline.people.actions import Sender

from ..factories import TagFactory, ThreadFactory


def incoming(key, subject="E14 again", text="My T2 shows E14 again.", **sender):
    return InboundItem(
        external_id=f"{key}-{text}"[:300],
        conversation_key=key,
        text=text,
        subject=subject,
        sender=Sender(
            channel_kind="testchannel",
            external_id=sender.pop("sid", key),
            name=sender.pop("name", "Pat Doe"),
            **sender,
        ),
    )


def new(account, key, subject="E14 again", text="My T2 shows E14 again.", **sender):
    return ingestion.ingest(account, incoming(key, subject, text, **sender))[0].conversation


def listed(response) -> list[str]:
    return [c.subject for c in response.context["page"]]


@pytest.fixture
def staff_client(client, agent):
    client.force_login(agent)
    return client


# --- the rows ---------------------------------------------------------------------------------


def test_a_row_shows_the_latest_customer_message_its_sender_and_one_channel_label(
    staff_client, account, sla
):
    ChannelAccount.objects.filter(pk=account.pk).update(kind="community", name="Community")
    conversation = new(account, "c1", "Boiler", "First words.", handle="@pat", sid="u1")
    ingestion.ingest(account, incoming("c1", "Boiler", "It now shows E14 twice a day.", sid="u1"))

    html = staff_client.get("/inbox/?queue=all").content.decode()

    row = html[html.index(f'id="conversation-{conversation.pk}"') :].split("</tr>")[0]
    assert "It now shows E14 twice a day." in row
    assert "First words." not in row
    assert "Pat Doe" in row and "@pat" in row
    channel = row.split('class="col-channel"')[1].split(">", 1)[1].split("</td>")[0]
    assert re.sub(r"<[^>]+>", "", channel).strip() == "Community"  # not "Community Community"


def test_a_rows_channel_cell_says_in_its_title_what_the_narrow_column_cuts_off(
    staff_client, account, sla
):
    """At 1280 px the column shows the pill and a letter or two of the rest ("Support i…")."""
    ChannelAccount.objects.filter(pk=account.pk).update(kind="email", name="Warranty claims")
    conversation = new(account, "c1", "Boiler")

    html = staff_client.get("/inbox/?queue=all").content.decode()

    row = html[html.index(f'id="conversation-{conversation.pk}"') :].split("</tr>")[0]
    assert '<td class="col-channel" title="E-mail Warranty claims">' in row


def test_a_long_message_is_cut_to_a_short_preview(staff_client, account, sla):
    new(account, "c1", "Long", "word " * 500)
    row = staff_client.get("/inbox/?queue=all").context["page"][0]
    assert len(row.preview) == 160


def test_the_list_costs_the_same_queries_for_three_rows_or_twenty(staff_client, account, sla):
    for n in range(3):
        new(account, f"a{n}", f"First {n}")

    def queries() -> int:
        with CaptureQueriesContext(connection) as captured:
            assert staff_client.get("/inbox/?queue=all&sort=negative&q=E14").status_code == 200
        return len(captured)

    queries()  # the first request of a session does its own bookkeeping
    new(account, "a3", "First 3")  # each count below is the first view after a change
    few = queries()
    for n in range(16):
        new(account, f"b{n}", f"More {n}")
    assert queries() == few


# --- sorting ----------------------------------------------------------------------------------


@pytest.fixture
def three(account, sla):
    now = timezone.now()
    calm = new(account, "calm", "Calm")
    angry = new(account, "angry", "Angry")
    urgent = new(account, "urgent", "Urgent")
    Conversation.objects.filter(pk=calm.pk).update(
        sentiment="positive", last_inbound_at=now - timedelta(hours=5),
        last_message_at=now - timedelta(hours=5), response_due_at=now + timedelta(hours=3),
    )  # fmt: skip
    Conversation.objects.filter(pk=angry.pk).update(
        sentiment="negative", last_inbound_at=now - timedelta(hours=1),
        last_message_at=now - timedelta(hours=1), response_due_at=now + timedelta(hours=2),
    )  # fmt: skip
    Conversation.objects.filter(pk=urgent.pk).update(
        sentiment="neutral", last_inbound_at=now - timedelta(hours=2),
        last_message_at=now - timedelta(minutes=1), response_due_at=now + timedelta(minutes=5),
    )  # fmt: skip


@pytest.mark.parametrize(
    ("sort", "order"),
    [
        ("newest", ["Urgent", "Angry", "Calm"]),
        ("waiting", ["Calm", "Urgent", "Angry"]),
        ("sla", ["Urgent", "Angry", "Calm"]),
        ("negative", ["Angry", "Urgent", "Calm"]),
    ],
)
def test_the_list_sorts(staff_client, three, sort, order):
    assert listed(staff_client.get(f"/inbox/?queue=all&sort={sort}")) == order


def test_most_negative_first_is_class_then_longest_waiting_then_newest(staff_client, account, sla):
    """The stored sort key (Conversation.sentiment_order) orders as the rule says: negative,
    neutral, unread, any other class; within one, the longest waiting first and those with no
    customer message last; ties newest first."""
    now = timezone.now()
    rows = [  # subject: (sentiment, hours since the customer wrote, or None)
        ("pos-old", "positive", 9), ("neg-new", "negative", 1), ("neu-none", "neutral", None),
        ("unread", "", 4), ("neg-old", "negative", 8), ("neg-none", "negative", None),
        ("neu-old", "neutral", 7), ("neg-tie-a", "negative", 3), ("neg-tie-b", "negative", 3),
    ]  # fmt: skip
    for i, (subject, sentiment, hours) in enumerate(rows):
        made = new(account, f"s{i}", subject)
        Conversation.objects.filter(pk=made.pk).update(
            sentiment=sentiment,
            last_inbound_at=None if hours is None else now - timedelta(hours=hours),
        )
    expected = [
        "neg-old", "neg-tie-b", "neg-tie-a", "neg-new", "neg-none",
        "neu-old", "neu-none", "unread", "pos-old",
    ]  # fmt: skip
    assert listed(staff_client.get("/inbox/?queue=all&sort=negative")) == expected
    assert listed(staff_client.get("/inbox/?queue=all&sort=negative&page=1")) == expected


def test_each_row_of_the_page_shows_its_own_latest_customer_message(staff_client, account, sla):
    for i in range(3):
        new(account, f"p{i}", f"Subject {i}", f"Body number {i}.")
    page = staff_client.get("/inbox/?queue=all&sort=newest").context["page"]
    assert [(c.subject, c.preview) for c in page] == [
        (f"Subject {i}", f"Body number {i}.") for i in (2, 1, 0)
    ]


def test_an_unknown_sort_is_said_and_the_list_still_shows(staff_client, three):
    response = staff_client.get("/inbox/?queue=all&sort=loudest")
    assert len(listed(response)) == 3
    assert "Not understood, so not applied: Sort." in response.content.decode()


# --- search -----------------------------------------------------------------------------------


@pytest.fixture
def searchable(account, sla):
    new(account, "k1", "Router", "The light blinks red.", name="Kim Lee",
        handle="kimlee", email="kim@example.org", sid="kim")  # fmt: skip
    new(account, "k2", "Invoice", "Charged twice in March.", name="Alex Roe", sid="alex")
    new(account, "k3", "Thermostat offline", "Nothing works.", name="Sam Poe", sid="sam")


@pytest.mark.parametrize(
    ("q", "found"),
    [
        ("kim lee", ["Router"]),  # the customer's name, any case
        ("kim@example", ["Router"]),  # e-mail
        ("@kimlee", ["Router"]),  # handle, with or without the @
        ("thermostat", ["Thermostat offline"]),  # subject
        ("charged twice", ["Invoice"]),  # message text
    ],
)
def test_search_finds_by_name_email_handle_subject_and_text(staff_client, searchable, q, found):
    assert listed(staff_client.get("/inbox/", {"queue": "all", "q": q})) == found


def test_search_counts_matches_in_every_queue(staff_client, searchable):
    response = staff_client.get("/inbox/", {"queue": "unassigned", "q": "router"})
    counts = {key: count for key, _, count in response.context["queues"]}
    assert counts["unassigned"] == 1 and counts["all"] == 1 and counts["solved"] == 0


def test_no_match_says_so_with_a_way_back(staff_client, searchable):
    html = staff_client.get("/inbox/", {"queue": "all", "q": "zebra"}).content.decode()
    assert "No conversation matches these filters." in html
    assert "Nothing in this queue. Well done." not in html
    assert 'href="/inbox/?queue=all">Clear filters</a>' in html


def test_an_empty_queue_without_filters_still_says_well_done(staff_client, db):
    html = staff_client.get("/inbox/").content.decode()
    assert "Nothing in this queue. Well done." in html


def test_customers_cannot_search_the_inbox(client, customer, searchable):
    client.force_login(customer)
    assert client.get("/inbox/", {"q": "kim"}).status_code == 403


# --- tags -------------------------------------------------------------------------------------


def test_the_tag_filter_suggests_names_and_takes_a_name(staff_client, account, sla):
    wifi = TagFactory(slug="wifi", name="Wi-Fi drops")
    tagged = new(account, "t1", "Tagged")
    new(account, "t2", "Untagged")
    thread = ThreadFactory()
    thread.tags.add(wifi)
    Conversation.objects.filter(pk=tagged.pk).update(thread=thread)

    html = staff_client.get("/inbox/?queue=all").content.decode()
    assert '<option value="Wi-Fi drops">' in html
    assert listed(staff_client.get("/inbox/", {"queue": "all", "tag": "wi-fi DROPS"})) == ["Tagged"]
    assert listed(staff_client.get("/inbox/", {"queue": "all", "tag": "wifi"})) == ["Tagged"]


def test_an_unknown_tag_is_named(staff_client, account, sla):
    new(account, "t1", "Anything")
    html = staff_client.get("/inbox/", {"queue": "all", "tag": "Bluetooth"}).content.decode()
    assert "No tag is called “Bluetooth”" in html
    assert "No conversation matches these filters." in html


# --- bulk actions -----------------------------------------------------------------------------


@pytest.fixture
def rows(account, sla):
    return [new(account, f"r{n}", f"Row {n}") for n in range(3)]


def test_bulk_assign_to_me_changes_each_selected_row_and_no_other(
    staff_client, agent, rows, django_capture_on_commit_callbacks
):
    picked = [rows[0].pk, rows[2].pk]
    with django_capture_on_commit_callbacks(execute=True):
        response = staff_client.post(
            "/inbox/bulk/",
            {"conversation": picked, "action": "assign", "assignee": "me", "back": "queue=all"},
            follow=True,
        )
    assert response.redirect_chain[-1][0] == "/inbox/?queue=all"
    assert "2 conversations assigned to" in response.content.decode()
    assignees = dict(Conversation.objects.values_list("pk", "assignee_id"))
    assert assignees == {rows[0].pk: agent.pk, rows[1].pk: None, rows[2].pk: agent.pk}


def test_bulk_assign_to_a_colleague_tells_them(
    staff_client, moderator, rows, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        staff_client.post(
            "/inbox/bulk/",
            {"conversation": [r.pk for r in rows], "action": "assign",
             "assignee": moderator.username},
        )  # fmt: skip
    assert Conversation.objects.filter(assignee=moderator).count() == 3
    assert Notification.objects.filter(recipient=moderator).count() == 3


def test_bulk_status_sets_each_row(staff_client, rows):
    response = staff_client.post(
        "/inbox/bulk/",
        {"conversation": [rows[1].pk], "action": "status", "status": "solved"},
        follow=True,
    )
    assert "1 conversation now has the status Solved." in response.content.decode()
    solved = Conversation.objects.get(pk=rows[1].pk)
    assert solved.status == ConversationStatus.SOLVED and solved.response_due_at is None
    assert Conversation.objects.filter(status=ConversationStatus.OPEN).count() == 2


def test_a_german_agent_reads_what_a_bulk_change_and_availability_did_in_german(
    staff_client, agent, rows
):
    """Session 18's walk: these confirmations were English f-strings on German pages."""
    picked = [r.pk for r in rows[:2]]
    status = staff_client.post(
        "/inbox/bulk/",
        {"conversation": picked, "action": "status", "status": "pending"},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="de",
    ).content.decode()
    nobody = staff_client.post(
        "/inbox/bulk/",
        {"conversation": picked, "action": "assign", "assignee": ""},
        follow=True,
        HTTP_ACCEPT_LANGUAGE="de",
    ).content.decode()
    away = staff_client.post(
        "/inbox/availability/", {"available": ""}, follow=True, HTTP_ACCEPT_LANGUAGE="de"
    ).content.decode()
    assert "2 Unterhaltungen haben jetzt den Status Wartet auf Kundschaft." in status
    assert "2 Unterhaltungen niemandem zugewiesen." in nobody
    assert "Sie sind abwesend: Round Robin überspringt Sie." in away


def test_a_row_a_champion_works_on_is_refused_and_the_others_change(
    staff_client, agent, customer, rows
):
    Conversation.objects.filter(pk=rows[1].pk).update(champion=customer)
    response = staff_client.post(
        "/inbox/bulk/",
        {"conversation": [r.pk for r in rows], "action": "assign", "assignee": "me"},
        follow=True,
    )
    html = response.content.decode()
    assert "2 conversations assigned to" in html
    assert "was not changed: A champion is working on this conversation" in html
    assert Conversation.objects.get(pk=rows[1].pk).assignee_id is None
    assert Conversation.objects.filter(assignee=agent).count() == 2


@pytest.mark.parametrize(
    ("data", "said"),
    [
        ({"action": "assign", "assignee": "me"}, "Select at least one conversation first."),
        ({"action": "status", "status": ""}, "Choose the status to set."),
        ({"action": "assign", "assignee": "nobody-here"}, "No colleague with the username"),
    ],
)
def test_bad_bulk_requests_say_why_and_change_nothing(staff_client, rows, data, said):
    if data.get("assignee") != "me" or data["action"] == "status":
        data = {**data, "conversation": [rows[0].pk]}
    response = staff_client.post("/inbox/bulk/", data, follow=True)
    assert said in response.content.decode()
    assert not Conversation.objects.exclude(assignee=None).exists()
    assert not Conversation.objects.exclude(status=ConversationStatus.OPEN).exists()


def test_bulk_assign_to_a_customer_is_refused(staff_client, customer, rows):
    response = staff_client.post(
        "/inbox/bulk/",
        {"conversation": [rows[0].pk], "action": "assign", "assignee": customer.username},
        follow=True,
    )
    assert "only be assigned to staff" in response.content.decode()
    assert Conversation.objects.get(pk=rows[0].pk).assignee_id is None


def test_only_staff_may_change_in_bulk(client, customer, rows):
    form = {"conversation": [rows[0].pk], "action": "status", "status": "solved"}
    assert client.post("/inbox/bulk/", form).status_code == 302  # to sign in
    client.force_login(customer)
    assert client.post("/inbox/bulk/", form).status_code == 403
    assert not Conversation.objects.filter(status=ConversationStatus.SOLVED).exists()


def test_bulk_is_post_only(staff_client, rows):
    assert staff_client.get("/inbox/bulk/").status_code == 405


def test_bulk_actions_bump_the_generation_open_inboxes_watch(agent, rows):
    from openline.core import counters

    before = counters.read(actions.INBOX_COUNTER)
    actions.bulk_change_status(agent, [r.pk for r in rows], ConversationStatus.PENDING)
    assert counters.read(actions.INBOX_COUNTER) > before


def test_one_set_of_filters_narrows_the_counts_the_page_and_each_mine_count_alike(three, agent):
    from openline.inbox.selectors import ListFilters, list_page, mine_counts, queue_counts

    angry = Conversation.objects.get(subject="Angry")
    Conversation.objects.filter(pk=angry.pk).update(assignee=agent)
    negative = ListFilters(queue="all", sentiment="negative", sort="newest")
    counts = queue_counts(agent, negative)
    page = list_page(agent, negative, counts["all"], None, 25)
    assert (counts["all"], counts["mine"]) == (1, 1)
    assert [row.subject for row in page] == ["Angry"]
    assert mine_counts(negative) == {agent.pk: 1}
    assert mine_counts(ListFilters(sentiment="positive")) == {}
    assert queue_counts(agent)["all"] == 3  # no filters: every open conversation
