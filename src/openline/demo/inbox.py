"""The demo company's inbox: an SLA policy, canned replies, a support mailbox with real-looking
mail, and the community threads still waiting for a staff answer."""

from datetime import datetime, timedelta

from django.utils import timezone

from openline.accounts.models import User
from openline.channels.community import on_thread_created
from openline.community.models import Thread, ThreadStatus
from openline.core.markdown import render_markdown
from openline.inbox.actions import add_note, assign
from openline.inbox.adapters import InboundItem
from openline.inbox.ingestion import ingest
from openline.inbox.models import (
    CannedReply,
    ChannelAccount,
    Conversation,
    Delivery,
    DeliveryState,
    Message,
    MessageKind,
    SlaPolicy,
)
from openline.people.actions import Sender

SUPPORT_ADDRESS = "support@halden.example"
# The promise is an answer within one working day: a UK office day, Monday to Friday.
STANDARD = {
    "first_response_minutes": 9 * 60,
    "next_response_minutes": 9 * 60,
    "is_default": True,
    "time_zone": "Europe/London",
    "business_hours": {day: "08:30-17:30" for day in ("mon", "tue", "wed", "thu", "fri")},
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
    waiting = _community_threads_waiting(policy, now)
    return {"conversations": len(MAILS) + waiting}


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


STRAGGLERS = 3


def _working_hours_ago(policy: SlaPolicy, now: datetime, hours: float) -> datetime:
    """The moment `hours` of the policy's working time before `now`: a mail "3 hours old" is
    within the promise and one "26 hours old" breaches it whatever the time of day or the day
    of the week the demo is seeded (an evening or weekend seed would otherwise breach nearly
    every mail)."""
    early, late = now - timedelta(days=60), now
    for _ in range(40):  # working minutes only grow as the start moves back: bisect
        middle = early + (late - early) / 2
        if policy.calendar.minutes_between(middle, now) >= hours * 60:
            early = middle
        else:
            late = middle
    return early


def _due(policy: SlaPolicy, asked: datetime) -> datetime:
    """When the first answer is due under the policy's business hours."""
    return policy.calendar.add_minutes(asked, policy.first_response_minutes)


def _community_threads_waiting(policy: SlaPolicy, now: datetime) -> int:
    """Open customer threads still waiting for staff go to the inbox with SLA clocks that
    started when they were asked: those of the last working day (within the promise) and the
    three before them (stragglers that breach). Older open threads the team is taken to have
    dealt with: weeks of unanswered questions would breach on almost every row. Working time is
    the policy's business hours, so a Monday morning demo still shows Friday's questions."""
    threads = list(
        Thread.objects.filter(
            status=ThreadStatus.OPEN,
            created_at__gte=now - timedelta(days=14),
            space__is_private=False,
        )
        .exclude(author__role__in=["agent", "moderator", "admin"])
        .order_by("-created_at")
    )
    fresh = [
        t
        for t in threads
        if policy.calendar.minutes_between(t.created_at, now) < policy.first_response_minutes
    ]
    threads = threads[: len(fresh) + STRAGGLERS]
    for thread in threads:
        on_thread_created(thread.pk)
        Conversation.objects.filter(thread=thread).update(
            created_at=thread.created_at,
            last_message_at=thread.last_activity_at,
            last_inbound_at=thread.last_activity_at,
            response_due_at=_due(policy, thread.created_at),
        )
    return len(threads)
