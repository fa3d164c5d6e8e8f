"""The expert finder for staff, and routing a conversation to the colleague who knows.

"Who has answered what" covers the community (answers, accepted answers, upvotes, per tag and
space; `openline.community.experts`) and the inbox's channels: a staff reply in a conversation
counts as one answer per conversation, per channel kind of the conversation's account. Replies
on community conversations are not counted again here: the inbox publishes them as community
replies, which the community half already counts.

It lives in the inbox because the inbox may import the community and not the other way round;
insights and the API, above both, use it. Inbox answers are counted for people who may use
the inbox only (staff); the community half hides private spaces from everyone else."""

import re
from dataclasses import dataclass
from typing import Any

from django.core.cache import cache
from django.db.models import Count, QuerySet
from django.utils.translation import get_language, gettext, ngettext

from openline.accounts.models import STAFF_ROLES, User
from openline.community import experts as community
from openline.community.experts import WHO, Expert
from openline.community.models import Reply
from openline.community.search import search

from .models import ChannelAccount, ChannelKind, Conversation, Message, MessageKind
from .permissions import can_use_inbox, check_use_inbox
from .selectors import colleagues

__all__ = ["WHO", "Expert", "Suggestion", "find_experts", "rank_colleagues", "suggest_colleagues"]

_WORD = re.compile(r"\w+", re.UNICODE)


# --- the finder -------------------------------------------------------------------------------


def _channel_accounts() -> dict[int, str]:
    """Accounts outside the community, with the label of their kind (a small table)."""
    labels = dict(ChannelKind.choices)
    accounts = ChannelAccount.objects.exclude(kind=ChannelKind.COMMUNITY).values_list("pk", "kind")
    return {pk: str(labels.get(kind, kind)) for pk, kind in accounts}


def channel_answers(
    viewer: User | None,
    *,
    tag: str | None = None,
    query: str | None = None,
    name: str | None = None,
    who: str = "staff",
    days: int | None = None,
    accounts: list[int] | None = None,
) -> QuerySet[Message]:
    """Replies to customers outside the community that `viewer` may count. Tags belong to
    community threads, so a tag finds none; a topic matches conversations whose subject holds
    every word of it."""
    if not can_use_inbox(viewer) or tag:
        return Message.objects.none()
    if accounts is None:
        accounts = list(_channel_accounts())
    # The author filters name the author, so the database walks message_answers_idx.
    replies = Message.objects.filter(kind=MessageKind.REPLY, account_id__in=accounts)
    for word in _WORD.findall((query or "").lower())[:12]:
        replies = replies.filter(conversation__subject__icontains=word)
    return community.by_authors(replies, who=who, days=days, name=name)


def _per_author(messages: QuerySet[Message]) -> dict[int, int]:
    """Conversations answered per author."""
    rows = messages.values("author_id").annotate(n=Count("conversation_id", distinct=True))
    return {r["author_id"]: r["n"] for r in rows.order_by()}


def find_experts(
    viewer: User | None,
    *,
    tag: str | None = None,
    query: str | None = None,
    name: str | None = None,
    who: str = "staff",
    days: int | None = None,
    limit: int = 10,
) -> list[Expert]:
    """The people who answered best, in the community and in the inbox's channels. Score: the
    community's (5 per accepted answer, 1 per upvote, 1 per answer) plus 1 per conversation
    answered on another channel."""
    filters: dict[str, Any] = {"tag": tag, "query": query, "name": name, "who": who, "days": days}
    replies = community.answers(viewer, **filters)
    accounts = _channel_accounts()
    messages = channel_answers(viewer, accounts=list(accounts), **filters)
    in_channels = _per_author(messages)
    # Everyone outside the community's first `limit` scores no more there than the last of
    # them; only people who also answered in channels (few: staff) can pass them.
    rows = {r["author_id"]: r for r in community.scores(replies, limit=limit)}
    if rest := in_channels.keys() - rows.keys():
        rows |= {r["author_id"]: r for r in community.scores(replies, authors=rest)}
    empty = {"answers": 0, "accepted": 0, "upvotes": 0, "score": 0}
    ranked = sorted(
        ((rows.get(pk, empty)["score"] + in_channels.get(pk, 0), pk) for pk in rows | in_channels),
        key=lambda pair: (-pair[0], pair[1]),
    )[:limit]
    users = User.objects.in_bulk([pk for _, pk in ranked])
    experts = []
    for score, pk in ranked:
        row = rows.get(pk, empty)
        expert = Expert(users[pk], row["answers"], row["accepted"], row["upvotes"], score)
        expert.channel_answers = in_channels.get(pk, 0)
        experts.append(expert)
    community.add_breadth(experts, replies)
    _add_channels(experts, messages, accounts)
    return experts


def _add_channels(
    experts: list[Expert], messages: QuerySet[Message], accounts: dict[int, str]
) -> None:
    """Each expert's answers per channel: the community's, then each other channel kind's."""
    by_id = {e.user.pk: e for e in experts}
    counts: dict[int, dict[str, int]] = {pk: {} for pk in by_id}
    rows = (
        messages.filter(author_id__in=list(by_id))
        .values("author_id", "account_id")
        .annotate(n=Count("conversation_id", distinct=True))
        .order_by()
    )
    for row in rows:  # a conversation stays on one account, so the sums are exact
        label = accounts[row["account_id"]]
        counts[row["author_id"]][label] = counts[row["author_id"]].get(label, 0) + row["n"]
    for pk, expert in by_id.items():
        found = sorted(counts[pk].items(), key=lambda item: (-item[1], item[0]))
        community_label = str(ChannelKind.COMMUNITY.label)
        expert.channels = ([(community_label, expert.answers)] if expert.answers else []) + found


# --- routing one conversation -----------------------------------------------------------------

CACHE_SECONDS = 300
TOPIC_WEIGHT = 3  # answers on the conversation's own topic weigh most
CHANNEL_CAP = 10  # knowing the channel helps, but never outweighs knowing the topic
PANEL_SIZE = 5
RANKED = 20  # kept per conversation, for the panel and for mention suggestions
TERMS = 5
TOPIC_THREADS = 50
STOP_WORDS = frozenset(
    _WORD.findall(
        """about above after again against all also and any are aren because been before being
    below between both but can cannot could did does doing don down during each even ever every
    few for from further get gets got had has have having her here hers him his how however
    into its just like make many may more most much must myself need needs nor not now off once
    only other our ours out over own please same see she should since some still such than
    thank thanks that the their them then there these they this those through too under until
    very was wasn way were what when where which while who whom why will with would yes yet you
    your yours hello dear regards best cheers kind help hallo bitte danke ich und der die das"""
    )
)


@dataclass
class Suggestion:
    user: User
    score: int
    evidence: list[str]

    @property
    def reason(self) -> str:
        return self.evidence[0] if self.evidence else ""


def topic_terms(text: str, limit: int = TERMS) -> list[str]:
    """The words that say what a conversation is about, in order: product names (letters
    with digits, like T2 or E14) and words of three letters or more that are not filler."""
    found: list[str] = []
    for word in _WORD.findall(text.lower()):
        has_digit = any(c.isdigit() for c in word)
        has_letter = any(c.isalpha() for c in word)
        keep = (has_digit and has_letter) or (
            len(word) >= 3 and not has_digit and word not in STOP_WORDS
        )
        if keep and word not in found:
            found.append(word)
            if len(found) == limit:
                break
    return found


def topic_threads(viewer: User, terms: list[str], *, exclude: int | None = None) -> list[int]:
    """Threads on the same topic: one any-word search of the terms, keeping threads that
    contain at least two of them (one when there is one), so that the search is forgiving
    about wording but a single common word is not enough. Best covered first."""
    if not terms:
        return []
    need = min(2, len(terms))
    hits = search(viewer, " ".join(terms), limit=TOPIC_THREADS + 1, snippets=False)
    ranked = [h.thread_id for h in hits if h.coverage >= need and h.thread_id != exclude]
    return ranked[:TOPIC_THREADS]


def _first_inbound(conversation: Conversation) -> str:
    first = (
        conversation.messages.filter(kind=MessageKind.INBOUND)
        .order_by("created_at", "id")
        .values_list("body", flat=True)
        .first()
    )
    return (first or "")[:2000]


def _answers_phrase(n: int, accepted: int, where: str | None = None) -> str:
    """ "3 answers on this topic, 1 accepted", or "… in <where>" (a tag's or a space's name)."""
    if where is None:
        text = ngettext("%(n)s answer on this topic", "%(n)s answers on this topic", n) % {"n": n}
    else:
        text = ngettext("%(n)s answer in %(where)s", "%(n)s answers in %(where)s", n) % {
            "n": n, "where": where,
        }  # fmt: skip
    return (
        gettext("%(text)s, %(accepted)s accepted") % {"text": text, "accepted": accepted}
        if accepted
        else text
    )


def _best(replies: QuerySet[Reply], by: str | None = None) -> dict[int, dict[str, Any]]:
    """Per author, their best row (grouped `by` a column, if given)."""
    best: dict[int, dict[str, Any]] = {}
    for row in community.scores(replies, by=by):  # best first
        best.setdefault(row["author_id"], row)
    return best


def _rank(viewer: User, conversation: Conversation) -> list[tuple[int, int, list[str]]]:
    """(user id, score, evidence) of the colleagues best placed to answer, best first."""
    answered = community.answers(viewer, who="staff")
    if conversation.thread_id is not None:
        answered = answered.exclude(thread_id=conversation.thread_id)
    terms = topic_terms(f"{conversation.subject} {_first_inbound(conversation)}")
    threads = topic_threads(viewer, terms, exclude=conversation.thread_id) if terms else []
    topic = _best(answered.filter(thread_id__in=threads)) if threads else {}
    tags: dict[int, dict[str, Any]] = {}
    spaces: dict[int, dict[str, Any]] = {}
    thread = conversation.thread  # no query when there is none
    if thread is not None:
        tag_ids = list(thread.tags.values_list("pk", flat=True))
        if tag_ids:
            tags = _best(answered.filter(thread__tags__in=tag_ids), "thread__tags__name")
        spaces = _best(answered.filter(thread__space_id=thread.space_id), "thread__space__name")
    channel: dict[int, int] = {}
    kind = conversation.account.kind
    if kind != ChannelKind.COMMUNITY:
        accounts = list(ChannelAccount.objects.filter(kind=kind).values_list("pk", flat=True))
        messages = channel_answers(viewer, accounts=accounts).exclude(conversation=conversation)
        channel = _per_author(messages)
    label = conversation.account.get_kind_display()
    ranked = []
    for pk in topic.keys() | tags.keys() | spaces.keys() | channel.keys():
        evidence = []
        score = 0
        if row := topic.get(pk):
            score += TOPIC_WEIGHT * row["score"]
            evidence.append(_answers_phrase(row["answers"], row["accepted"]))
        areas = [(row["score"], row, "thread__tags__name") for row in [tags.get(pk)] if row]
        areas += [(row["score"], row, "thread__space__name") for row in [spaces.get(pk)] if row]
        if areas:
            score += max(entry[0] for entry in areas)
            for _, row, column in sorted(areas, key=lambda entry: -entry[0]):
                evidence.append(_answers_phrase(row["answers"], row["accepted"], row[column]))
        if n := channel.get(pk):
            score += min(n, CHANNEL_CAP)
            evidence.append(
                ngettext(
                    "%(n)s %(channel)s conversation answered",
                    "%(n)s %(channel)s conversations answered",
                    n,
                )
                % {"n": n, "channel": label}
            )
        ranked.append((pk, score, evidence[:3]))
    ranked.sort(key=lambda entry: (-entry[1], entry[0]))
    return ranked[:RANKED]


def suggest_colleagues(viewer: User, conversation: Conversation) -> list[Suggestion]:
    """The colleagues best placed to answer `conversation`, best first, with their evidence;
    never `viewer`, never someone inactive or no longer staff. Worked out once per
    conversation and language every few minutes: every inbox user is staff and sees the same
    answers; the evidence is said in the reader's language."""
    check_use_inbox(viewer)
    key = f"inbox:routing:{conversation.pk}:{get_language()}"
    ranked = cache.get(key)
    if ranked is None:
        ranked = _rank(viewer, conversation)
        cache.set(key, ranked, CACHE_SECONDS)
    users = (
        User.objects.filter(is_active=True, role__in=STAFF_ROLES)
        .exclude(pk=viewer.pk)
        .in_bulk([pk for pk, _, _ in ranked])
    )
    return [Suggestion(users[pk], score, evidence) for pk, score, evidence in ranked if pk in users]


def rank_colleagues(
    viewer: User, conversation: Conversation, prefix: str = "", limit: int = 8
) -> list[tuple[User, str]]:
    """Colleagues for an @-mention in a note on `conversation`, with a short reason: those
    whose username or name starts with `prefix` and who know the topic first (best first),
    then the others alphabetically."""
    typed = prefix.lower()
    experts = [
        (s.user, s.reason)
        for s in suggest_colleagues(viewer, conversation)
        if s.user.username.lower().startswith(typed)
        or s.user.display_name.lower().startswith(typed)
    ][:limit]
    if len(experts) == limit:
        return experts
    shown = {user.pk for user, _ in experts} | {viewer.pk}
    others = [
        (user, user.team)
        for user in colleagues(viewer, prefix, limit=limit + len(shown))
        if user.pk not in shown
    ]
    return experts + others[: limit - len(experts)]
