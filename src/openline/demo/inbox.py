"""The demo company's inbox: an SLA policy, canned replies, a support mailbox with real-looking
mail, and the community's threads of the last months as the inbox saw them."""

from datetime import datetime, timedelta

from django.utils import timezone

from openline.accounts.models import STAFF_ROLES, User
from openline.channels.community import on_reply_created, on_thread_created
from openline.community.models import Reply, Thread, ThreadStatus
from openline.core.markdown import render_markdown
from openline.inbox import sla
from openline.inbox.actions import add_note, assign
from openline.inbox.adapters import InboundItem
from openline.inbox.ingestion import ingest
from openline.inbox.models import (
    CannedReply,
    ChannelAccount,
    Conversation,
    ConversationStatus,
    Delivery,
    DeliveryState,
    Message,
    MessageKind,
    SlaPolicy,
)
from openline.people.actions import Sender

SUPPORT_ADDRESS = "support@halden.example"
# The promise is an answer within one working day: a UK office day, Monday to Friday.
TIME_ZONE = "Europe/London"
OFFICE_HOURS = {day: "08:30-17:30" for day in ("mon", "tue", "wed", "thu", "fri")}
STANDARD = {
    "first_response_minutes": 9 * 60,
    "next_response_minutes": 9 * 60,
    "is_default": True,
    "time_zone": TIME_ZONE,
    "business_hours": OFFICE_HOURS,
}

CANNED = [
    (
        "E14: boiler link lost",
        "Hi {customer_name},\n\nE14 means the thermostat lost its connection to the boiler. "
        "Please switch the boiler off at the fused spur, re-seat the two OpenTherm wires at "
        "the boiler end (terminals OT1/OT2), and switch it back on. If E14 comes back within "
        "a day, reply here with a photo of the wiring and we will take it from there.\n\n"
        "{agent_name}, {company}",
    ),
    (
        "Where is my order?",
        "Hi {customer_name},\n\nThanks for your patience. I have checked with the courier and "
        "will update you here as soon as they confirm the new delivery date.\n\n{agent_name}",
    ),
    (
        "Warranty claim: what we need",
        "Hi {customer_name},\n\nSorry it has failed. For a warranty swap we need the serial "
        "number (on the back plate) and the order number or a proof of purchase. A prepaid "
        "returns label follows once we have those.\n\n{agent_name}, {company}",
    ),
    (
        "Thanks for the idea",
        "Hi {customer_name},\n\nThank you, that is a good one. I have passed it to the product "
        "team and linked it to the idea in the community, where you can follow its status.\n\n"
        "{agent_name}",
    ),
]

MAILS = [
    (
        "Niamh Byrne",
        "niamh.byrne@example.ie",
        "Valves stopped responding after router swap",
        "Hi, Virgin swapped our router yesterday and now all four V1 valves show offline in the "
        "app. The T2 itself reconnected fine. Do I need to pair them again? I'd rather not take "
        "them off the radiators.",
        3,
        None,
    ),
    (
        "Lukas Meyer",
        "lukas.meyer@example.de",
        "Rechnung für Bestellung HH-2025-118842",
        "Hallo, I need the invoice for order HH-2025-118842 with our company name on it "
        "(Meyer Haustechnik GmbH) for the accounts. Is that possible after the order? Thanks, Lukas",
        26,
        "billing_ana",
    ),
    (
        "Sophie Turner",
        "sophie.t@example.co.uk",
        "H1 keeps the heat pump running at night",
        "Our H1 runs the heat pump flat out between 1 and 5am even though the schedule says 17°C "
        "at night. Screenshot of the schedule attached. The heat pump is a Vaillant aroTHERM plus.",
        7,
        "eng_maya",
    ),
    (
        "Daan Visser",
        "daan.visser@example.nl",
        "Cancel Halden Plus",
        "Please cancel my Halden Plus subscription at the end of this month. I don't use the "
        "energy reports. Account is under this e-mail address.",
        50,
        None,
    ),
    (
        "Aoife Kelly",
        "aoife.kelly@example.ie",
        "Thermostat screen cracked on arrival",
        "The T3 arrived today with a crack across the screen, the box looked fine. Order "
        "HH-2025-120931. Can you send a replacement? I have photos.",
        1,
        "agent",
    ),
    (
        "Omar Ali",
        "omar.ali@example.co.uk",
        "Does the T2 work with a combi and no OpenTherm?",
        "Before I order: my boiler is an old Ideal Logic combi without OpenTherm. Will the T2 "
        "still work as an on/off thermostat, and do I need the relay box?",
        12,
        None,
    ),
]

# Mail the team answered and closed in the weeks before (name, address, subject, question,
# answer, days ago, working hours to the answer): the mailbox's history behind the figures.
ANSWERED_MAILS = [
    ("Grace Hughes", "grace.hughes@example.co.uk", "Refund for the returned V1",
     "I sent back a V1 valve two weeks ago (order HH-2025-114203). Has the refund gone out?",
     "Hi Grace, the valve arrived on Monday and the refund went out today: 3 to 5 working "
     "days to show on your card. Ana", 6, 2),
    ("Tomasz Novak", "tomasz.novak@example.pl", "Two homes on one account?",
     "Can I manage my flat and my mother's house from one Halden account?",
     "Hi Tomasz, yes: add the second home under Settings > Homes and switch between them at "
     "the top of the app. Sam", 12, 4),
    ("Ines Costa", "ines.costa@example.pt", "Delivery to a parcel locker",
     "Can you deliver my T2 order to an InPost locker instead of my address?",
     "Hi Ines, not yet, sorry: our courier delivers to addresses only. You can pick a safe "
     "place in the tracking link. Ana", 23, 6),
    ("Finn Berg", "finn.berg@example.no", "Firmware update stuck at 80 %",
     "The T3 has shown 'updating 80 %' for an hour. Can I unplug it?",
     "Hi Finn, yes: power it off for ten seconds; it restarts the update from the start and "
     "keeps your settings. Maya", 41, 1),
    ("Priya Singh", "priya.singh@example.co.uk", "VAT invoice for Halden Plus",
     "Please send a VAT invoice for my Halden Plus year with my business address.",
     "Hi Priya, the invoice is attached and also under Account > Invoices from now on. Ana",
     64, 5),
]  # fmt: skip


def seed_inbox(now=None) -> dict[str, int]:
    """Safe to run again: does nothing once the demo mailbox exists."""
    now = now or timezone.now()
    if ChannelAccount.objects.filter(kind="email", name="Support mail").exists():
        return {"conversations": 0}
    policy, _ = SlaPolicy.objects.get_or_create(name="Standard", defaults=STANDARD)
    for title, body in CANNED:
        CannedReply.objects.get_or_create(title=title, defaults={"body": body})
    mailbox = ChannelAccount.objects.create(
        kind="email",
        name="Support mail",
        config={"address": SUPPORT_ADDRESS, "from_name": "Halden Home Support"},
    )
    staff = {u.username: u for u in User.objects.filter(role__in=["agent", "moderator", "admin"])}
    for index, (name, address, subject, body, hours_ago, assignee) in enumerate(MAILS):
        written = _working_hours_ago(policy, now, hours_ago)
        message, _ = ingest(
            mailbox,
            InboundItem(
                external_id=f"<demo-{index}@mail.example>",
                conversation_key=f"<demo-{index}@mail.example>",
                sender=Sender(channel_kind="email", external_id=address, name=name, email=address),
                text=body,
                subject=subject,
                created_at=written,
            ),
        )
        conversation = message.conversation
        Conversation.objects.filter(pk=conversation.pk).update(
            created_at=written,
            last_message_at=written,
            last_inbound_at=written,
            response_due_at=_due(policy, written),
        )
        if assignee in staff:
            assign(staff["moderator"], conversation, staff[assignee])
    _answered_example(mailbox, staff, now)
    _answered_mails(mailbox, policy, staff, now)
    history = _community_history(policy, now)
    return {"conversations": len(MAILS) + len(ANSWERED_MAILS) + history}


def _answered_example(mailbox: ChannelAccount, staff: dict[str, User], now) -> None:
    """One conversation with a delivered answer and an internal note, as it looks mid-way."""
    conversation = Conversation.objects.get(account=mailbox, external_id="<demo-4@mail.example>")
    agent = staff["agent"]
    reply = Message.objects.create(
        conversation=conversation,
        kind=MessageKind.REPLY,
        author=agent,
        account=mailbox,
        external_id="<demo-reply-4@halden.example>",
        created_at=now - timedelta(minutes=20),
        body="Hi Aoife, sorry about that. A replacement T3 goes out today with DPD; no need to "
        "send the cracked one back. Sam",
    )
    reply.body_html = render_markdown(reply.body, trusted=True)
    reply.save(update_fields=["body_html"])
    Delivery.objects.create(
        message=reply, state=DeliveryState.SENT, attempts=1, sent_at=reply.created_at
    )
    Conversation.objects.filter(pk=conversation.pk).update(
        status="pending", response_due_at=None, first_response_at=reply.created_at
    )
    add_note(
        agent, conversation, body="@billing_ana please raise the replacement order without charge."
    )


def _answered_mails(mailbox: ChannelAccount, policy: SlaPolicy, staff: dict, now) -> None:
    agent = staff["agent"]
    for index, (name, address, subject, body, answer, days, hours) in enumerate(ANSWERED_MAILS):
        morning = (now - timedelta(days=days)).replace(hour=0, minute=0)
        asked = policy.calendar.add_minutes(morning, 30)  # half an hour into an office day
        message, _ = ingest(
            mailbox,
            InboundItem(
                external_id=f"<demo-past-{index}@mail.example>",
                conversation_key=f"<demo-past-{index}@mail.example>",
                sender=Sender(channel_kind="email", external_id=address, name=name, email=address),
                text=body,
                subject=subject,
                created_at=asked,
            ),
        )
        answered = policy.calendar.add_minutes(asked, hours * 60)
        reply = Message.objects.create(
            conversation=message.conversation, kind=MessageKind.REPLY, author=agent,
            account=mailbox, external_id=f"<demo-past-reply-{index}@halden.example>",
            created_at=answered, body=answer, body_html=render_markdown(answer, trusted=True),
        )  # fmt: skip
        Delivery.objects.create(
            message=reply, state=DeliveryState.SENT, attempts=1, sent_at=answered
        )
        Conversation.objects.filter(pk=message.conversation_id).update(
            created_at=asked, last_message_at=answered, last_inbound_at=asked,
            first_response_at=answered, response_due_at=None,
            status=ConversationStatus.SOLVED, solved_at=answered + timedelta(days=1),
        )  # fmt: skip


STRAGGLERS = 3
HISTORY_DAYS = 90  # the inbox's history: the promise page's longest window
SETTLED_DAYS = 3


def _working_hours_ago(policy: SlaPolicy, now: datetime, hours: float) -> datetime:
    """The moment `hours` of the policy's working time before `now`: a mail "3 hours old" is
    within the promise and one "26 hours old" breaches it whatever the time of day or the day
    of the week the demo is seeded (an evening or weekend seed would otherwise breach nearly
    every mail)."""
    return working_hours_before(policy.calendar, now, hours)


# The demo's office hours, for what is seeded before its policy exists (the community's questions
# of the day: demo.seed).
DEMO_CALENDAR = sla.calendar(TIME_ZONE, OFFICE_HOURS)


def working_hours_before(calendar: sla.Calendar, now: datetime, hours: float) -> datetime:
    """The moment `hours` of `calendar`'s working time before `now`."""
    early, late = now - timedelta(days=60), now
    for _ in range(40):  # working minutes only grow as the start moves back: bisect
        middle = early + (late - early) / 2
        if calendar.minutes_between(middle, now) >= hours * 60:
            early = middle
        else:
            late = middle
    return early


def _due(policy: SlaPolicy, asked: datetime) -> datetime:
    """When the first answer is due under the policy's business hours."""
    return policy.calendar.add_minutes(asked, policy.first_response_minutes)


def _community_history(policy: SlaPolicy, now: datetime) -> int:
    """The customers' community threads of the last HISTORY_DAYS as the inbox saw them come in,
    through the listeners the live product runs (`channels.community`): each thread a
    conversation, a member's reply a message in it, a staff reply on the thread the team's first
    answer, an accepted answer a solved conversation. An answered thread quiet for SETTLED_DAYS
    was closed by the team when the talk ended. Unanswered threads enter as the last working
    day's (within the promise) and STRAGGLERS before them (breaching); older unanswered ones are
    left out: weeks of unanswered questions would breach on almost every row. Working time is
    the policy's business hours, so a Monday morning demo still shows Friday's questions."""
    threads = list(
        Thread.objects.filter(created_at__gte=now - timedelta(days=HISTORY_DAYS))
        .exclude(author__role__in=STAFF_ROLES)
        .order_by("-created_at")
    )
    replies: dict[int, list[Reply]] = {}
    for reply in (
        Reply.objects.filter(thread__in=threads, retracted_at__isnull=True)
        .select_related("author")
        .order_by("created_at", "pk")
    ):
        replies.setdefault(reply.thread_id, []).append(reply)
    answered = {
        t.pk for t in threads if any(r.author_id != t.author_id for r in replies.get(t.pk, []))
    }
    waiting = [t for t in threads if t.pk not in answered and t.status == ThreadStatus.OPEN]
    fresh = [
        t
        for t in waiting
        if policy.calendar.minutes_between(t.created_at, now) < policy.first_response_minutes
    ]
    shown = answered | {t.pk for t in waiting[: len(fresh) + STRAGGLERS]}
    count = 0
    for thread in reversed(threads):  # oldest first, as they came in
        if thread.pk not in shown:
            continue
        on_thread_created(thread.pk)
        for reply in replies.get(thread.pk, []):
            on_reply_created(reply.pk)
        _settle(policy, thread, replies.get(thread.pk, []), now)
        count += 1
    return count


def _settle(policy: SlaPolicy, thread: Thread, replies: list[Reply], now: datetime) -> None:
    """The conversation's clocks and status as the thread's history left them."""
    team = [r for r in replies if r.author.is_staff_member]
    customer = [thread.created_at] + [r.created_at for r in replies if not r.author.is_staff_member]
    fields: dict = {
        "created_at": thread.created_at,
        "last_message_at": thread.last_activity_at,
        "last_inbound_at": max(customer),
        "first_response_at": team[0].created_at if team else None,
        "response_due_at": None,
    }
    quiet = now - thread.last_activity_at > timedelta(days=SETTLED_DAYS)
    others = [r for r in replies if r.author_id != thread.author_id]
    if thread.accepted_reply_id or (others and quiet):
        fields.update(status=ConversationStatus.SOLVED, solved_at=thread.last_activity_at)
    elif team and team[-1].created_at >= max(customer):
        fields.update(status=ConversationStatus.PENDING)
    else:
        minutes = policy.next_response_minutes if team else policy.first_response_minutes
        start = max(customer) if team else thread.created_at
        fields.update(
            status=ConversationStatus.OPEN,
            response_due_at=policy.calendar.add_minutes(start, minutes),
        )
    Conversation.objects.filter(thread=thread).update(**fields)
