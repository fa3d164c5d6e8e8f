"""Outcomes of the champion queue, per champion, over a window of turns taken.

For each champion: turns taken, solved, handed back, taken over by staff, left when they
opted out, returned to staff late (no first answer by the champion SLA), answered, the median
minutes from taking a conversation to the first answer, and the customer's reaction to each
answered turn, the first that applies of:
- accepted: the customer accepted the champion's community reply as the answer;
- upvoted: the customer upvoted the champion's community reply;
- wrote back: the customer wrote again after the champion's first answer (on any channel).
  This is counted, not judged: no sentiment is guessed from the words;
- none: no reaction (yet).
`positive` is accepted + upvoted: the only reactions that say the customer was helped."""

from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from statistics import median

from django.utils import timezone

from openline.accounts.models import User
from openline.community.models import Reply, Vote
from openline.inbox.models import ChampionAssignment, ChampionEnd, Message, MessageKind

DEFAULT_DAYS = 90
REACTIONS = ("accepted", "upvoted", "wrote_back", "none")


@dataclass
class ChampionOutcome:
    champion: User
    taken: int = 0
    solved: int = 0
    handed_back: int = 0
    taken_over: int = 0
    opted_out: int = 0
    late: int = 0  # returned to staff by the champion SLA
    answered: int = 0
    median_first_answer_minutes: float | None = None
    reactions: dict[str, int] = field(default_factory=lambda: dict.fromkeys(REACTIONS, 0))
    _answer_minutes: list[float] = field(default_factory=list, repr=False)

    @property
    def positive(self) -> int:
        return self.reactions["accepted"] + self.reactions["upvoted"]


def _reaction(turn: ChampionAssignment, replies: list[tuple[int, datetime]], votes, inbound) -> str:
    if turn.first_answer_at is None:
        return ""
    end = turn.ended_at or timezone.now()
    thread = turn.conversation.thread
    own = [pk for pk, at in replies if turn.taken_at <= at <= end]
    if thread is not None and thread.accepted_reply_id in own:
        return "accepted"
    if thread is not None and any((pk, thread.author_id) in votes for pk in own):
        return "upvoted"
    if any(at > turn.first_answer_at for at in inbound.get(turn.conversation_id, [])):
        return "wrote_back"
    return "none"


def champion_outcomes(*, days: int = DEFAULT_DAYS, now: datetime | None = None) -> list:
    """One ChampionOutcome per champion with a turn taken in the last `days` days, most
    conversations taken first. A handful of queries, whatever the number of turns."""
    since = (now or timezone.now()) - timedelta(days=days)
    turns = list(
        ChampionAssignment.objects.filter(taken_at__gte=since)
        .select_related("champion", "conversation__thread")
        .order_by("taken_at", "pk")
    )
    threads = {t.conversation.thread_id for t in turns if t.conversation.thread_id}
    champions = {t.champion_id for t in turns}
    replies: dict[tuple[int | None, int], list[tuple[int, datetime]]] = defaultdict(list)
    for pk, thread_id, author_id, at in Reply.objects.filter(
        thread_id__in=threads, author_id__in=champions
    ).values_list("pk", "thread_id", "author_id", "created_at"):
        replies[(thread_id, author_id)].append((pk, at))
    reply_ids = [pk for rows in replies.values() for pk, _ in rows]
    votes = set(Vote.objects.filter(reply_id__in=reply_ids).values_list("reply_id", "user_id"))
    inbound: dict[int, list[datetime]] = defaultdict(list)
    for conversation_id, at in Message.objects.filter(
        conversation_id__in={t.conversation_id for t in turns}, kind=MessageKind.INBOUND
    ).values_list("conversation_id", "created_at"):
        inbound[conversation_id].append(at)

    outcomes: dict[int, ChampionOutcome] = {}
    for turn in turns:
        row = outcomes.setdefault(turn.champion_id, ChampionOutcome(turn.champion))
        row.taken += 1
        row.solved += turn.solved_at is not None
        row.handed_back += turn.end_reason == ChampionEnd.HANDED_BACK
        row.taken_over += turn.end_reason == ChampionEnd.TAKEN_OVER
        row.opted_out += turn.end_reason == ChampionEnd.OPTED_OUT
        row.late += turn.end_reason == ChampionEnd.LATE
        if turn.first_answer_at is not None:
            row.answered += 1
            row._answer_minutes.append((turn.first_answer_at - turn.taken_at).total_seconds() / 60)
        own = replies.get((turn.conversation.thread_id, turn.champion_id), [])
        if reaction := _reaction(turn, own, votes, inbound):
            row.reactions[reaction] += 1
    for row in outcomes.values():
        if row._answer_minutes:
            row.median_first_answer_minutes = round(median(row._answer_minutes), 1)
    return sorted(outcomes.values(), key=lambda r: (-r.taken, r.champion.username))
