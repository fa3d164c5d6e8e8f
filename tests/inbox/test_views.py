import html
import re
from datetime import timedelta

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone, translation

from openline.accounts.models import Role
from openline.community import actions as community
from openline.core import counters, publishing
from openline.core.publishing import HeldForReview, NeedsAcknowledgement, PublishBlocked
from openline.inbox import actions, ingestion, selectors
from openline.inbox.adapters import DeliveryError, InboundAttachment, InboundItem
from openline.inbox.models import (
    AgentAvailability,
    CannedReply,
    Conversation,
    ConversationStatus,
    Delivery,
    DeliveryState,
    Message,
    MessageKind,
)
from openline.inbox.templatetags.inbox_tags import sla_clock
from openline.notifications.models import Notification
from openline.people.actions import Sender

from ..factories import TagFactory, UserFactory


def incoming(key, subject="E14 again", text="My T2 shows E14 again.", sid="u1", **extra):
    return InboundItem(
        external_id=f"{key}-{subject}-{text}"[:300],
        conversation_key=key,
        text=text,
        subject=subject,
        sender=Sender(channel_kind="testchannel", external_id=sid, name="Pat Doe"),
        **extra,
    )


def listed(response) -> list[str]:
    """The subjects of the rows the list shows, top to bottom (read from the page: a list
    rendered for an earlier reader is not in this response's template context)."""
    found = re.findall(r'<td class="col-subject"[^>]*><a href="[^"]*">(.*?)</a>', response.text)
    return [html.unescape(subject) for subject in found]


@pytest.fixture
def conversation(account, sla):
    return ingestion.ingest(account, incoming("c1"))[0].conversation


@pytest.fixture
def staff_client(client, agent):
    client.force_login(agent)
    return client


@pytest.fixture
def queues(account, sla, agent, moderator):
    """One conversation in each queue."""

    def new(subject):
        return ingestion.ingest(account, incoming(subject, subject))[0].conversation

    new("Nobody has it")
    actions.assign(agent, new("Mine"), agent)
    actions.assign(agent, new("Morgan has it"), moderator)
    actions.change_status(agent, new("Waiting"), ConversationStatus.PENDING)
    late = new("Late")
    Conversation.objects.filter(pk=late.pk).update(
        response_due_at=timezone.now() - timedelta(minutes=5)
    )
    actions.change_status(agent, new("Done"), ConversationStatus.SOLVED)


@pytest.fixture
def thread_conversation(customer, space, django_capture_on_commit_callbacks):
    """A community thread by a customer, in the inbox through the community channel."""
    TagFactory(slug="wifi", name="Wi-Fi")
    with django_capture_on_commit_callbacks(execute=True):
        thread = community.create_thread(
            customer,
            space,
            kind="question",
            title="Thermostat drops Wi-Fi at night",
            body="Every night at 2am.",
            tags=["wifi"],
        )
    return Conversation.objects.get(thread=thread)


@pytest.fixture
def checks(monkeypatch):
    """Runs only the pre-publish checks a test registers (not the installed guidance engine)
    and drops them afterwards."""
    monkeypatch.setattr(publishing, "_checks", [])
    return publishing.register_check


CARD_FINDING = {
    "kind": "card",
    "severity": "block",
    "start": 6,
    "end": 25,
    "message": "This looks like a payment card number.",
    "suggestion": "Never ask for or repeat card numbers.",
}


def refuse_cards(draft):
    raise PublishBlocked("The reply contains a card number.", [CARD_FINDING])


def warn_unless_acknowledged(draft):
    if not draft.acknowledged:
        raise NeedsAcknowledgement(
            "Check the tone before sending.",
            [{"kind": "tone", "severity": "warn", "start": 0, "end": 4,
              "message": "This may read as curt.", "suggestion": "Add a greeting."}],
        )  # fmt: skip


def hold_everything(draft):
    raise HeldForReview("A reviewer looks at legal questions first.", [], review_id=7)


# --- who may see the inbox ------------------------------------------------------------------


def test_the_inbox_sends_anonymous_visitors_to_sign_in(client):
    answer = client.get("/inbox/?queue=mine")
    assert answer.status_code == 302
    assert answer["Location"] == "/accounts/signin/?next=/inbox/%3Fqueue%3Dmine"


@pytest.fixture
def every_id(conversation, agent, channel, django_capture_on_commit_callbacks):
    attached = ingestion.ingest(
        conversation.account,
        incoming(
            "c1",
            text="Photo attached",
            attachments=(InboundAttachment("wiring.jpg", "image/jpeg", b"\xff\xd8jpeg"),),
        ),
    )[0]
    channel.failures.append(DeliveryError("Mailbox full", permanent=True))
    with django_capture_on_commit_callbacks(execute=True):
        reply = actions.reply(agent, conversation, body="Please send a photo.")
    canned = CannedReply.objects.create(title="Hello", body="Hi {customer_name}")
    return {
        "c": conversation.pk,
        "a": attached.attachments.get().pk,
        "d": reply.delivery.pk,
        "k": canned.pk,
    }


INBOX_PAGES = [
    ("get", "/inbox/"),
    ("get", "/inbox/{c}/"),
    ("get", "/inbox/attachments/{a}/"),
    ("get", "/inbox/{c}/canned/{k}/"),
    ("get", "/inbox/colleagues/?q=a"),
    ("post", "/inbox/{c}/reply/"),
    ("post", "/inbox/{c}/note/"),
    ("post", "/inbox/{c}/status/"),
    ("post", "/inbox/{c}/assign/"),
    ("post", "/inbox/availability/"),
    ("post", "/inbox/deliveries/{d}/retry/"),
]


@pytest.mark.parametrize(("method", "path"), INBOX_PAGES)
def test_customers_never_reach_an_inbox_page(client, customer, every_id, method, path):
    client.force_login(customer)
    before = Message.objects.count()
    data = {"body": "hi", "status": "solved", "assignee": "me"}
    answer = getattr(client, method)(path.format(**every_id), data if method == "post" else None)
    assert answer.status_code == 403
    assert b"wiring" not in answer.content
    assert Message.objects.count() == before


@pytest.mark.parametrize(("method", "path"), INBOX_PAGES)
def test_anonymous_visitors_are_sent_to_sign_in_from_every_inbox_page(
    client, every_id, method, path
):
    answer = getattr(client, method)(path.format(**every_id))
    assert answer.status_code == 302
    assert answer["Location"].startswith("/accounts/signin/?next=")


def test_staff_see_the_inbox_link_and_customers_do_not(client, agent, customer):
    client.force_login(customer)
    assert b'href="/inbox/"' not in client.get("/").content
    client.force_login(agent)
    assert b'href="/inbox/"' in client.get("/").content


# --- queues, filters and the list -------------------------------------------------------------


@pytest.mark.parametrize(
    ("queue", "subjects"),
    [
        ("unassigned", ["Late", "Nobody has it"]),
        ("mine", ["Mine"]),
        ("waiting", ["Waiting"]),
        ("breaching", ["Late"]),
        ("all", ["Late", "Mine", "Morgan has it", "Nobody has it", "Waiting"]),
        ("solved", ["Done"]),
    ],
)
def test_each_queue_lists_its_conversations(staff_client, queues, queue, subjects):
    answer = staff_client.get(f"/inbox/?queue={queue}")
    assert answer.status_code == 200
    assert sorted(listed(answer)) == subjects


def test_the_queues_show_their_counts(staff_client, queues):
    content = staff_client.get("/inbox/").content.decode()
    counts = dict(
        re.findall(r'class="queue-(\w+)">.*?<span class="queue-count[^"]*">(\d+)<', content)
    )
    assert counts == {
        "unassigned": "2", "mine": "1", "waiting": "1", "breaching": "1", "champions": "0",
        "all": "5", "solved": "1",
    }  # fmt: skip


def test_an_unknown_queue_or_filter_value_still_shows_a_list(staff_client, queues):
    answer = staff_client.get("/inbox/?queue=nope&status=weird&space=%3Cb%3E&page=zz")
    assert answer.status_code == 200
    assert sorted(listed(answer)) == ["Late", "Nobody has it"]


@pytest.mark.parametrize(
    ("query", "subjects"),
    [
        ("channel=community", ["Thermostat drops Wi-Fi at night"]),
        ("channel=testchannel", ["Late", "Mine", "Morgan has it", "Nobody has it", "Waiting"]),
        ("space=thermostats", ["Thermostat drops Wi-Fi at night"]),
        ("tag=wifi", ["Thermostat drops Wi-Fi at night"]),
        ("tag=no-such-tag", []),
        ("status=pending", ["Waiting"]),
    ],
)
def test_filters_narrow_the_list(staff_client, queues, thread_conversation, query, subjects):
    answer = staff_client.get(f"/inbox/?queue=all&{query}")
    assert sorted(listed(answer)) == subjects


def test_the_list_row_shows_customer_channel_assignee_and_sla_clock(
    staff_client, conversation, moderator, agent
):
    actions.assign(agent, conversation, moderator)
    Conversation.objects.filter(pk=conversation.pk).update(
        response_due_at=timezone.now() + timedelta(minutes=23, seconds=-10)
    )
    row = re.search(
        r'<tr class="inbox-row.*?</tr>',
        staff_client.get("/inbox/?queue=all").content.decode(),
        re.S,
    ).group(0)
    assert "E14 again" in row and "Pat Doe" in row and "Test channel" in row
    assert "Morgan Mod" in row
    assert "due in 23 min" in row


def test_a_conversation_past_its_deadline_is_flagged_overdue(staff_client, conversation):
    Conversation.objects.filter(pk=conversation.pk).update(
        response_due_at=timezone.now() - timedelta(minutes=5, seconds=20)
    )
    content = staff_client.get("/inbox/?queue=breaching").content.decode()
    assert '<span class="sla sla-overdue"' in content
    assert "overdue by 5 min" in content


@pytest.mark.parametrize(
    ("seconds", "label", "short", "state"),
    [
        (23 * 60, "due in 23 min", "23 min", "ok"),
        (10 * 60, "due in 10 min", "10 min", "soon"),
        (3 * 3600 + 5 * 60, "due in 3 h 5 min", "3 h", "ok"),
        (38 * 3600 + 49 * 60, "due in 38 h 49 min", "38 h", "ok"),
        (50 * 3600, "due in 2 days", "2 d", "ok"),
        (-5 * 60, "overdue by 5 min", "5 min late", "overdue"),
        (-10, "overdue by 1 min", "1 min late", "overdue"),
        (-26 * 3600, "overdue by 26 h", "26 h late", "overdue"),
    ],
)
def test_the_sla_clock_reads_like_a_person_would_say_it(seconds, label, short, state):
    """In full on the conversation page; in the list's narrow column in its largest unit, overdue
    said as well as coloured."""
    now = timezone.now()
    clock = sla_clock(now + timedelta(seconds=seconds), now)
    assert clock == {"label": label, "short": short, "state": state}


@pytest.mark.parametrize(
    ("seconds", "label"),
    [(50 * 3600, "fällig in 2 Tagen"), (-73 * 3600, "überfällig seit 3 Tagen"),
     (-49 * 3600, "überfällig seit 2 Tagen")],
)  # fmt: skip
def test_a_german_agent_reads_the_sla_clock_declined(seconds, label):
    """ "fällig in 2 Tage" was the plural of a word list, not German after "in"."""
    now = timezone.now()
    with translation.override("de"):
        assert sla_clock(now + timedelta(seconds=seconds), now)["label"] == label


@pytest.mark.parametrize(
    ("seconds", "short"),
    [(38 * 3600 + 49 * 60, "38 Std."), (50 * 3600, "2 T."), (45 * 60, "45 Min."),
     (-3 * 3600, "+3 Std.")],
)  # fmt: skip
def test_a_german_agent_reads_the_short_clock_in_german(seconds, short):
    now = timezone.now()
    with translation.override("de"):
        assert sla_clock(now + timedelta(seconds=seconds), now)["short"] == short


def test_the_list_shows_the_short_clock_and_keeps_the_full_one_for_its_title_and_readers(
    staff_client, conversation
):
    due = timezone.now() + timedelta(hours=38, minutes=49, seconds=-1)
    Conversation.objects.filter(pk=conversation.pk).update(response_due_at=due)
    row = re.search(
        r'<tr class="inbox-row.*?</tr>', staff_client.get("/inbox/?queue=all").text, re.S
    ).group(0)
    clock = re.search(r'<span class="sla sla-ok" title="([^"]*)">(.*?)</span></span>', row)
    assert clock.group(1).startswith("due in 38 h 49 min · Answer due ")
    assert '<span class="clock-short" aria-hidden="true">38 h</span>' in clock.group(2)
    assert clock.group(2).endswith(
        '<span class="clock-full visually-hidden">due in 38 h 49 min'
    )  # a phone shows this one instead (tests/browser/test_inbox_workspace.py)
    page = staff_client.get(f"/inbox/{conversation.pk}/").text
    assert "due in 38 h 49 min" in page  # the conversation page says it in full


def test_the_list_paginates(staff_client, account, sla, settings):
    settings.OPENLINE = {**settings.OPENLINE, "PAGE_SIZE": 2}
    for n in range(5):
        ingestion.ingest(account, incoming(f"k{n}", f"Subject {n}"))
    second = staff_client.get("/inbox/?queue=all&page=2")
    assert listed(second) == ["Subject 2", "Subject 1"]
    assert b"Page 2 of 3" in second.content
    assert b'href="?queue=all&amp;page=3"' in second.content


def test_a_queue_past_the_count_cap_pages_on_without_counting_it(
    staff_client, account, sla, settings, monkeypatch
):
    settings.OPENLINE = {**settings.OPENLINE, "PAGE_SIZE": 2}
    monkeypatch.setattr(selectors, "QUEUE_COUNT_CAP", 3)
    for n in range(5):
        ingestion.ingest(account, incoming(f"k{n}", f"Subject {n}"))
    with CaptureQueriesContext(connection) as captured:
        first = staff_client.get("/inbox/?queue=all")
    assert listed(first) == ["Subject 4", "Subject 3"]
    assert b"Page 1 of more than 1" in first.content
    assert b'href="?queue=all&amp;page=2"' in first.content
    assert not [
        q for q in captured if q["sql"].startswith('SELECT COUNT(*) AS "__count" FROM "inbox_')
    ]
    second = staff_client.get("/inbox/?queue=all&page=2")
    assert listed(second) == ["Subject 2", "Subject 1"]
    assert b"Page 2 of more than 2" in second.content
    last = staff_client.get("/inbox/?queue=all&page=3")
    assert listed(last) == ["Subject 0"]
    assert b"Page 3 of 3" in last.content and b'rel="next"' not in last.content
    past = staff_client.get("/inbox/?queue=all&page=9")
    assert listed(past) == ["Subject 0"]
    assert b"Page 3 of 3" in past.content


def _more_conversations(account, space, customer, first, last):
    """Each with another person, another assignee, another community thread."""
    for i in range(first, last):
        colleague = UserFactory(role=Role.AGENT)
        thread = community.create_thread(
            customer, space, kind="question", title=f"Question number {i}", body="Details."
        )
        new = ingestion.ingest(account, incoming(f"more{i}", f"More {i}", sid=f"p{i}"))[0]
        Conversation.objects.filter(pk=new.conversation_id).update(
            assignee=colleague, thread=thread
        )


def test_the_list_runs_the_same_few_queries_however_many_rows(
    staff_client, account, sla, space, customer
):
    _more_conversations(account, space, customer, 0, 2)
    # Fills the header's cache of the worker heartbeat, and the filter bar's (kept for a few
    # seconds, page numbers aside).
    staff_client.get("/inbox/?queue=all&page=2")
    with CaptureQueriesContext(connection) as few:  # the first view of this generation
        staff_client.get("/inbox/?queue=all")
    _more_conversations(account, space, customer, 2, 12)
    with CaptureQueriesContext(connection) as many:  # the first of the next one
        answer = staff_client.get("/inbox/?queue=all")
    assert len(listed(answer)) == 12
    assert len(few) == len(many)
    # The queue counts (the list's own count among them), the page's ids in order, its rows with
    # their previews, the next SLA deadline, each assignee's "Mine" count (the list is shared),
    # the availability, the channels whose health the sidebar shows.
    assert len([q for q in many if '"inbox_' in q["sql"]]) == 7


def test_a_channel_filtered_list_runs_the_same_statements_for_2_or_12_rows(
    staff_client, account, sla, space, customer
):
    _more_conversations(account, space, customer, 0, 2)
    staff_client.get("/inbox/?queue=all&channel=testchannel&page=2")
    with CaptureQueriesContext(connection) as few:
        staff_client.get("/inbox/?queue=all&channel=testchannel")
    _more_conversations(account, space, customer, 2, 12)
    with CaptureQueriesContext(connection) as many:
        answer = staff_client.get("/inbox/?queue=all&channel=testchannel")
    assert len(listed(answer)) == 12
    assert len(few) == len(many)
    # The list's seven, and the channel's accounts read once for each of its three statements
    # that narrow by them (counts, ids, "Mine" counts).
    assert len([q for q in many if '"inbox_' in q["sql"]]) == 10


def test_a_channel_without_accounts_lists_nothing(staff_client, conversation):
    answer = staff_client.get("/inbox/?queue=all&channel=email")
    assert answer.status_code == 200
    assert listed(answer) == []
    assert "No conversation matches these filters." in answer.content.decode()


def test_customer_text_in_a_row_is_escaped(staff_client, account, sla):
    ingestion.ingest(
        account,
        InboundItem(
            external_id="x1",
            conversation_key="x1",
            text="<script>alert('preview')</script> & more",
            subject='<img src=x onerror="alert(1)"> E14',
            sender=Sender(
                channel_kind="testchannel", external_id="x", name="<b>Pat</b>", handle='@"pat"'
            ),
        ),
    )
    page = staff_client.get("/inbox/?queue=all").content.decode()
    row = re.search(r'<tr class="inbox-row.*?</tr>', page, re.S).group(0)
    assert "<script>" not in row and "<img" not in row and "<b>" not in row
    assert "&lt;script&gt;alert(&#x27;preview&#x27;)&lt;/script&gt; &amp; more" in row
    assert 'aria-label="Select “&lt;img src=x onerror=&quot;alert(1)&quot;&gt; E14”"' in row
    assert "&lt;b&gt;Pat&lt;/b&gt;" in row
    assert listed(staff_client.get("/inbox/?queue=all")) == ['<img src=x onerror="alert(1)"> E14']


def test_a_row_shows_its_reading_space_champion_and_status(
    staff_client, thread_conversation, moderator
):
    champion = UserFactory(role=Role.CUSTOMER, display_name="Chris Champ")
    Conversation.objects.filter(pk=thread_conversation.pk).update(
        intent="complaint",
        product_area="heating",
        sentiment="negative",
        champion=champion,
        status=ConversationStatus.PENDING,
    )
    page = staff_client.get("/inbox/?queue=all").content.decode()
    row = re.search(r'<tr class="inbox-row.*?</tr>', page, re.S).group(0)
    assert 'class="inbox-row status-row-pending"' in row
    assert '<span class="pill status status-pending">Waiting on customer</span>' in row
    assert '<span class="pill intent"' in row and ">Complaint</span>" in row
    assert '<span class="pill area" title="The product area it is about">heating</span>' in row
    assert '<span class="pill sentiment-negative" title="How the customer feels">Negative' in row
    assert '<span class="muted">in Thermostats</span>' in row
    assert '<span class="pill champion">Champion: Chris Champ</span>' in row
    assert '<span class="muted">Unassigned</span>' in row
    assert '<td class="col-sla"></td>' in row  # waiting on the customer: nothing owed
    german = staff_client.get("/inbox/?queue=all", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert "Wie sich die Kundschaft fühlt" in german and "Negativ</span>" in german


def test_a_rows_area_pill_names_the_product_area_not_its_slug(staff_client, thread_conversation):
    TagFactory(slug="t3-thermostat", name="T3 Thermostat")
    Conversation.objects.filter(pk=thread_conversation.pk).update(product_area="t3-thermostat")
    page = staff_client.get("/inbox/?queue=all").content.decode()
    row = re.search(r'<tr class="inbox-row.*?</tr>', page, re.S).group(0)
    pill = re.search(r'<span class="pill area"[^>]*>(.*?)</span>', row).group(1)
    assert pill == "T3 Thermostat"


def test_the_breaching_queue_follows_the_clock_with_statements_built_earlier(
    staff_client, conversation, monkeypatch
):
    """The list's statements are built once (core.db.reused) with a sample moment; each view
    runs them at its own."""
    due = timezone.now() + timedelta(minutes=10)
    Conversation.objects.filter(pk=conversation.pk).update(response_due_at=due)
    assert listed(staff_client.get("/inbox/?queue=breaching")) == []
    later = due + timedelta(minutes=1)
    monkeypatch.setattr(timezone, "now", lambda: later)
    counters.bump(ingestion.INBOX_COUNTER)  # no list rendered earlier is shown
    assert listed(staff_client.get("/inbox/?queue=breaching")) == ["E14 again"]


def test_the_list_is_rendered_once_per_change_for_every_reader(
    staff_client, client, account, sla, space, customer
):
    """A second view of the same list, by the same or another agent, reads no conversation:
    the list rendered for the first is kept until the inbox changes (or SHARE_SECONDS)."""
    _more_conversations(account, space, customer, 0, 3)
    first = staff_client.get("/inbox/?queue=all")
    client.force_login(UserFactory(role=Role.AGENT))
    with CaptureQueriesContext(connection) as again:
        other = client.get("/inbox/?queue=all")
    assert listed(other) == listed(first)
    assert not [q for q in again if '"inbox_conversation"' in q["sql"]]


def test_a_page_view_after_a_change_shows_the_change(staff_client, account, sla):
    ingestion.ingest(account, incoming("c1", "First question"))
    assert listed(staff_client.get("/inbox/?queue=all")) == ["First question"]
    ingestion.ingest(account, incoming("c2", "Second question"))
    assert listed(staff_client.get("/inbox/?queue=all")) == ["Second question", "First question"]


def test_each_reader_sees_their_own_mine_count_and_live_token_on_a_shared_list(
    client, account, sla
):
    first, second = UserFactory(role=Role.AGENT), UserFactory(role=Role.AGENT)
    for n in range(3):
        ingestion.ingest(account, incoming(f"m{n}", f"Question {n}"))
    mine = Conversation.objects.order_by("pk")
    Conversation.objects.filter(pk__in=[c.pk for c in mine[:2]]).update(assignee=first)
    pages = {}
    for reader in (first, second):
        client.force_login(reader)
        pages[reader] = client.get("/inbox/?queue=all").content.decode()
    counts = {
        reader: re.search(r'class="queue-mine">.*?<span class="queue-count">(\d+)<', page, re.S)
        for reader, page in pages.items()
    }
    assert counts[first].group(1) == "2"
    assert counts[second].group(1) == "0"
    tokens = {re.search(r'data-live-token="([^"]+)"', page).group(1) for page in pages.values()}
    assert len(tokens) == 2
    assert "slot-" not in pages[first] + pages[second]


def test_the_mine_queue_shows_each_reader_their_own_rows(client, account, sla):
    first, second = UserFactory(role=Role.AGENT), UserFactory(role=Role.AGENT)
    ingestion.ingest(account, incoming("o1", "For the first agent"))
    Conversation.objects.update(assignee=first)
    client.force_login(first)
    assert listed(client.get("/inbox/?queue=mine")) == ["For the first agent"]
    client.force_login(second)
    assert listed(client.get("/inbox/?queue=mine")) == []


# --- one conversation ----------------------------------------------------------------------


def test_the_conversation_shows_messages_in_order_with_notes_marked_internal(
    staff_client, conversation, agent, channel, django_capture_on_commit_callbacks
):
    actions.add_note(agent, conversation, body="Customer is on firmware 4.12.")
    with django_capture_on_commit_callbacks(execute=True):
        actions.reply(agent, conversation, body="Please update to 4.12.2.")
    content = staff_client.get(f"/inbox/{conversation.pk}/").content.decode()
    order = [content.index(t) for t in ("My T2 shows E14", "firmware 4.12.", "update to 4.12.2")]
    assert order == sorted(order)
    note = re.search(r'<li class="message message-note".*?</li>', content, re.S).group(0)
    assert "Internal note — never sent" in note
    assert "✓ Sent" in content


def test_a_failed_delivery_shows_its_reason_and_can_be_retried(
    staff_client, conversation, agent, channel, django_capture_on_commit_callbacks
):
    channel.failures.append(DeliveryError("Mailbox full", permanent=True))
    with django_capture_on_commit_callbacks(execute=True):
        message = actions.reply(agent, conversation, body="Please send a photo.")
    content = staff_client.get(f"/inbox/{conversation.pk}/").content.decode()
    assert '✗ Failed after 1 attempt: <span class="reason">Mailbox full</span>' in content
    assert f'action="/inbox/deliveries/{message.delivery.pk}/retry/"' in content

    with django_capture_on_commit_callbacks(execute=True):
        answer = staff_client.post(f"/inbox/deliveries/{message.delivery.pk}/retry/")

    assert answer.status_code == 302
    assert Delivery.objects.get().state == DeliveryState.SENT
    assert channel.sent == [(str(message.delivery.idempotency_key), "Please send a photo.")]


def test_a_queued_delivery_says_queued(staff_client, conversation, agent):
    actions.reply(agent, conversation, body="On its way.")  # the worker has not run
    content = staff_client.get(f"/inbox/{conversation.pk}/").content.decode()
    assert '<p class="delivery delivery-queued">' in content


def test_attachments_download_for_staff_only_and_never_render_inline_html(
    staff_client, client, conversation, customer
):
    message = ingestion.ingest(
        conversation.account,
        incoming(
            "c1",
            text="Files",
            attachments=(
                InboundAttachment("wiring.jpg", "image/jpeg", b"\xff\xd8jpeg"),
                InboundAttachment("page.html", "text/html", b"<script>alert(1)</script>"),
            ),
        ),
    )[0]
    photo, page = message.attachments.order_by("pk")
    content = staff_client.get(f"/inbox/{conversation.pk}/").content.decode()
    assert f'href="/inbox/attachments/{photo.pk}/"' in content

    image = staff_client.get(f"/inbox/attachments/{photo.pk}/")
    html = staff_client.get(f"/inbox/attachments/{page.pk}/")

    assert (image.status_code, image["Content-Type"]) == (200, "image/jpeg")
    assert b"".join(image.streaming_content) == b"\xff\xd8jpeg"
    assert html["Content-Type"] == "application/octet-stream"
    assert html["Content-Disposition"] == 'attachment; filename="page.html"'
    assert html["Content-Security-Policy"] == "sandbox"
    assert staff_client.get(f"/media/{photo.file.name}").status_code == 404


def test_the_customer_panel_shows_identities_and_other_conversations(
    staff_client, conversation, account
):
    other = ingestion.ingest(account, incoming("c2", "Boiler noise", text="It hums."))[0]
    content = staff_client.get(f"/inbox/{conversation.pk}/").content.decode()
    panel = content[content.index('class="card customer"') :]
    assert '<span class="pill">testchannel</span> Pat Doe' in panel
    assert f'href="/inbox/{other.conversation_id}/">Boiler noise</a>' in panel


def test_replying_from_the_page_queues_the_reply_and_sets_the_status(
    staff_client, conversation, agent
):
    answer = staff_client.post(
        f"/inbox/{conversation.pk}/reply/", {"body": "Reset it twice.", "status": "solved"}
    )
    assert answer.status_code == 302
    reply = Message.objects.get(kind=MessageKind.REPLY)
    assert (reply.body, reply.author, reply.delivery.state) == (
        "Reset it twice.",
        agent,
        DeliveryState.QUEUED,
    )
    conversation.refresh_from_db()
    assert conversation.status == ConversationStatus.SOLVED


def test_an_empty_reply_is_a_form_error(staff_client, conversation):
    answer = staff_client.post(f"/inbox/{conversation.pk}/reply/", {"body": "  ", "status": "x"})
    assert answer.status_code == 400
    assert b'class="errorlist' in answer.content
    assert not Message.objects.filter(kind=MessageKind.REPLY).exists()


def test_a_note_from_the_page_notifies_the_mentioned_colleague(
    staff_client, conversation, moderator, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        answer = staff_client.post(
            f"/inbox/{conversation.pk}/note/", {"body": "@morgan can you take this one?"}
        )
    note = Message.objects.get(kind=MessageKind.NOTE)
    assert answer["Location"] == f"/inbox/{conversation.pk}/#message-{note.pk}"
    assert Notification.objects.get().recipient == moderator
    assert not Delivery.objects.exists()


def test_the_colleague_suggestions_list_staff_and_never_customers(staff_client, moderator):
    UserFactory(username="mona", role=Role.CUSTOMER)
    UserFactory(username="moe", role=Role.AGENT, display_name="Moe Agent")
    found = staff_client.get("/inbox/colleagues/?q=mo").json()["colleagues"]
    assert found == [
        {"username": "moe", "name": "Moe Agent"},
        {"username": "morgan", "name": "Morgan Mod"},
    ]


def test_status_changes_from_the_page(staff_client, conversation):
    staff_client.post(f"/inbox/{conversation.pk}/status/", {"status": "pending"})
    conversation.refresh_from_db()
    assert conversation.status == ConversationStatus.PENDING
    answer = staff_client.post(
        f"/inbox/{conversation.pk}/status/", {"status": "solved", "then": "list"}
    )
    assert answer["Location"] == "/inbox/"
    assert (
        staff_client.post(f"/inbox/{conversation.pk}/status/", {"status": "gone"}).status_code
        == 400
    )


@pytest.mark.parametrize(
    ("assignee", "expected"), [("me", "alex"), ("morgan", "morgan"), ("", None)]
)
def test_assigning_from_the_page(staff_client, conversation, moderator, assignee, expected):
    staff_client.post(f"/inbox/{conversation.pk}/assign/", {"assignee": assignee})
    conversation.refresh_from_db()
    assert getattr(conversation.assignee, "username", None) == expected


def test_round_robin_from_the_page_skips_an_away_agent(staff_client, conversation, agent):
    colleague = UserFactory(username="bea", role=Role.AGENT)
    staff_client.post("/inbox/availability/", {})  # the agent goes away
    staff_client.post(f"/inbox/{conversation.pk}/assign/", {"assignee": "round-robin"})
    conversation.refresh_from_db()
    assert conversation.assignee == colleague
    assert AgentAvailability.objects.get(user=agent).available is False


def test_assigning_a_customer_or_nobody_known_says_why(staff_client, conversation, customer):
    answer = staff_client.post(
        f"/inbox/{conversation.pk}/assign/", {"assignee": "casey"}, follow=True
    )
    assert b"Conversations can only be assigned to staff." in answer.content
    answer = staff_client.post(
        f"/inbox/{conversation.pk}/assign/", {"assignee": "ghost"}, follow=True
    )
    assert b"No colleague with the username" in answer.content
    conversation.refresh_from_db()
    assert conversation.assignee is None


def test_keyboard_actions_get_an_empty_answer_instead_of_a_redirect(staff_client, conversation):
    answer = staff_client.post(
        f"/inbox/{conversation.pk}/assign/", {"assignee": "me"}, headers={"HX-Request": "true"}
    )
    assert answer.status_code == 204


def test_the_availability_toggle_shows_the_agents_state(staff_client, agent):
    staff_client.post("/inbox/availability/", {})
    assert b"You are <strong>away</strong>" in staff_client.get("/inbox/").content
    staff_client.post("/inbox/availability/", {"available": "on"})
    assert b"You are <strong>available</strong>" in staff_client.get("/inbox/").content


def test_a_canned_reply_is_filled_in_for_the_conversation(staff_client, conversation):
    canned = CannedReply.objects.create(title="E14", body="Hi {customer_name}, {agent_name} here.")
    text = staff_client.get(f"/inbox/{conversation.pk}/canned/{canned.pk}/")
    assert text.content.decode() == "Hi Pat Doe, Alex Agent here."
    page = staff_client.get(f"/inbox/{conversation.pk}/?canned={canned.pk}")
    assert b">\nHi Pat Doe, Alex Agent here.</textarea>" in page.content
    assert staff_client.get(f"/inbox/{conversation.pk}/?canned=999").status_code == 404


# --- guidance before a reply goes out ---------------------------------------------------------


def test_a_blocked_reply_shows_the_findings_and_is_not_sent(staff_client, conversation, checks):
    checks(refuse_cards)
    answer = staff_client.post(
        f"/inbox/{conversation.pk}/reply/",
        {"body": "Is it 4111 1111 1111 1111?", "status": "pending"},
    )
    content = answer.content.decode()
    assert answer.status_code == 400
    assert "The reply contains a card number." in content
    assert content.count("This looks like a payment card number.") == 1
    assert "<strong>Card</strong>" in content  # a finding without a label is named by its kind
    assert "<q>4111 1111 1111 1111</q>" in content
    assert "{#" not in content  # no template comment printed as text
    assert 'name="acknowledged"' not in content
    assert not Message.objects.filter(kind=MessageKind.REPLY).exists()


def test_a_warning_asks_for_acknowledgement_and_sends_once_acknowledged(
    staff_client, conversation, checks
):
    checks(warn_unless_acknowledged)
    url = f"/inbox/{conversation.pk}/reply/"
    first = staff_client.post(url, {"body": "Fine.", "status": "pending"})
    assert first.status_code == 400
    assert b"This may read as curt." in first.content
    assert b'name="acknowledged"' in first.content
    assert not Message.objects.filter(kind=MessageKind.REPLY).exists()

    second = staff_client.post(url, {"body": "Fine.", "status": "pending", "acknowledged": "on"})

    assert second.status_code == 302
    assert Message.objects.get(kind=MessageKind.REPLY).body == "Fine."


def test_a_reply_held_for_review_says_so(staff_client, conversation, checks):
    checks(hold_everything)
    answer = staff_client.post(
        f"/inbox/{conversation.pk}/reply/", {"body": "About your claim…", "status": "pending"},
        follow=True,
    )  # fmt: skip
    assert b"held for review" in answer.content
    assert not Message.objects.filter(kind=MessageKind.REPLY).exists()


# --- internal notes never leak -----------------------------------------------------------------


def test_an_internal_note_never_appears_on_a_public_page_feed_search_or_api(
    client, thread_conversation, agent, customer, channel, django_capture_on_commit_callbacks
):
    thread = thread_conversation.thread
    actions.add_note(agent, thread_conversation, body="Refund approved zanzibar order 4471.")
    with django_capture_on_commit_callbacks(execute=True):
        actions.reply(agent, thread_conversation, body="Update to firmware 4.12.2 please.")
    pages = [
        client.get(thread.get_absolute_url()),
        client.get("/feed.atom"),
        client.get("/sitemap.xml"),
        client.get(f"/api/v1/threads/{thread.pk}/replies"),
        client.get("/search/?q=firmware"),
    ]
    client.force_login(customer)
    pages.append(client.get(thread.get_absolute_url()))
    search = client.get("/search/?q=zanzibar")

    assert [p.status_code for p in pages] == [200] * 6
    assert all(b"4.12.2" in p.content for p in (pages[0], pages[3], pages[5]))
    assert not any(b"4471" in p.content or b"zanzibar" in p.content for p in pages)
    assert list(search.context["page"]) == []
    assert b"4471" not in search.content


# --- keyboard shortcuts --------------------------------------------------------------------


def test_the_shortcut_script_and_its_help_are_served(staff_client):
    page = staff_client.get("/inbox/").content.decode()
    script = staff_client.get("/static/openline/inbox.js")
    assert script.status_code == 200
    assert "keydown" in b"".join(script.streaming_content).decode()
    assert 'src="/static/openline/inbox.js"' in page
    assert '<dialog id="inbox-help"' in page
    assert "Next / previous conversation in the list" in page


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("when", [(2026, 3, 5, 7, 4), (2026, 12, 24, 23, 59)])
def test_a_rows_time_titles_read_as_the_date_filter_writes_them(language, when):
    from datetime import UTC, datetime

    from django.utils import translation
    from django.utils.formats import date_format

    from openline.inbox import rows

    moment = datetime(*when, tzinfo=UTC)
    with translation.override(language):
        assert rows._titles()(moment) == date_format(moment, "SHORT_DATETIME_FORMAT")


def test_a_german_agent_reads_the_rows_times_as_german_writes_dates():
    from datetime import UTC, datetime

    from django.utils import translation

    from openline.inbox import rows

    with translation.override("de"):
        assert (
            rows._titles()(datetime(2026, 12, 5, 9, 7, tzinfo=UTC))
            == "5.\u00a0Dez.\u00a02026, 09:07"
        )


def test_the_filter_bar_shows_each_querys_own_choices(staff_client, account, sla):
    first = staff_client.get("/inbox/?queue=all&intent=complaint").content.decode()
    second = staff_client.get("/inbox/?queue=solved").content.decode()
    assert '<input type="hidden" name="queue" value="all">' in first
    assert '<option value="complaint" selected>' in first
    assert '<input type="hidden" name="queue" value="solved">' in second
    assert '<option value="complaint" selected>' not in second
    assert 'class="clear-filters"' in first and 'class="clear-filters"' not in second


def test_a_german_agent_is_told_in_german_that_the_reply_is_queued(staff_client, conversation):
    answer = staff_client.post(
        f"/inbox/{conversation.pk}/reply/",
        {"body": "Bitte setzen Sie das Gerät zurück.", "status": "pending"},
        HTTP_ACCEPT_LANGUAGE="de",
        follow=True,
    )
    assert "Antwort wartet auf den Versand." in answer.text
    assert "Reply queued for delivery." not in answer.text


def test_a_german_agent_reads_the_inbox_row_and_reply_box_hints_in_german(
    staff_client, conversation
):
    listing = staff_client.get("/inbox/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert f'aria-label="„{conversation.subject}“ auswählen"' in listing
    page = staff_client.get(f"/inbox/{conversation.pk}/", HTTP_ACCEPT_LANGUAGE="de")
    assert 'placeholder="An die Kundin oder den Kunden schreiben …"' in page.text
    assert "Nur Kolleginnen und Kollegen sehen das." in page.text
    assert "Write to the customer" not in page.text


def test_a_german_agents_default_sort_fits_the_phones_filter_bar(staff_client):
    """Session 18's walk: "Sortierung: Reihenfolge der Warteschlange" was cut off at 390 px."""
    listing = staff_client.get("/inbox/", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    assert '<option value="" selected>Sortierung: Warteschlange</option>' in listing


def test_the_inbox_scripts_status_words_come_in_the_readers_language(staff_client):
    listing = staff_client.get("/inbox/", HTTP_ACCEPT_LANGUAGE="de").content.decode()

    assert (
        'data-paused="Live-Aktualisierung angehalten: Der Server ist nicht erreichbar.' in listing
    )
    assert 'data-picked-many="{count} Unterhaltungen ausgewählt:"' in listing
    assert 'data-failed="Das hat nicht geklappt ({status})."' in listing


def test_a_german_agent_reads_the_intent_pill_in_german(staff_client, thread_conversation):
    Conversation.objects.filter(pk=thread_conversation.pk).update(intent="complaint")
    page = staff_client.get("/inbox/?queue=all", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    row = re.search(r'<tr class="inbox-row.*?</tr>', page, re.S).group(0)
    assert ">Beschwerde</span>" in row
    assert ">Complaint</span>" not in row


def test_the_communitys_own_account_is_named_once_in_the_header_and_the_row(
    staff_client, thread_conversation
):
    """The community's account is called "Community", like its channel: "Community ·
    Community" said it twice."""
    page = staff_client.get(f"/inbox/{thread_conversation.pk}/").text
    facts = re.search(r'<p class="facts">.*?</p>', page, re.S).group(0)
    assert facts.count("Community") == 1
    listing = staff_client.get("/inbox/?queue=all").content.decode()
    row = re.search(r'<tr class="inbox-row.*?</tr>', listing, re.S).group(0)
    assert re.sub(r' title="[^"]*"', "", row).count("Community") == 1


def test_an_account_with_its_own_name_is_named_beside_its_channel(staff_client, conversation):
    page = staff_client.get(f"/inbox/{conversation.pk}/").text
    assert '<span class="muted">Test channel</span>' in page


def test_a_german_agent_reads_a_rows_missing_subject_and_due_time_in_german(
    staff_client, account, sla
):
    ingestion.ingest(account, incoming("n1", subject=""))
    page = staff_client.get("/inbox/?queue=all", HTTP_ACCEPT_LANGUAGE="de").content.decode()
    row = re.search(r'<tr class="inbox-row.*?</tr>', page, re.S).group(0)
    assert "(kein Betreff)" in row and " · Antwort fällig am " in row
    assert "(no subject)" not in row and "Answer due" not in row
