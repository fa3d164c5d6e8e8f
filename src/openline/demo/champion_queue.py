"""The demo's champion queue: three product areas, the seeded super-users opted in, a few
conversations on offer (community problems and one e-mail), one taken and one handed back."""

from datetime import timedelta

from django.db.models import Case, QuerySet, When
from django.utils import timezone

from openline.accounts.models import User
from openline.community.models import Space
from openline.inbox.champions import actions as champion_actions
from openline.inbox.champions import selectors as champion_selectors
from openline.inbox.models import ChampionArea, Conversation, ConversationStatus

AREAS = [
    ("Thermostats & valves", "thermostats-valves"),
    ("App & integrations", "app-integrations"),
    ("Orders & delivery", "orders-billing"),
]
# Who answers what: the seeded super-users.
OPT_INS = {
    "superuser": ["Thermostats & valves", "Orders & delivery"],
    "dave_h": ["App & integrations", "Thermostats & valves"],
    "marieke": ["Thermostats & valves"],
}
ROUTER_MAIL = "Valves stopped responding after router swap"


def seed_champions(now=None) -> dict[str, int]:
    """Safe to run again: does nothing once the areas exist."""
    now = now or timezone.now()
    if ChampionArea.objects.exists():
        return {"offered": 0}
    spaces = {s.slug: s for s in Space.objects.filter(slug__in=[slug for _, slug in AREAS])}
    areas = {
        name: ChampionArea.objects.create(name=name, space=spaces[slug])
        for name, slug in AREAS
        if slug in spaces
    }
    people = {u.username: u for u in User.objects.filter(username__in=[*OPT_INS, "moderator"])}
    for username, names in OPT_INS.items():
        if username in people:
            chosen = [areas[n] for n in names if n in areas]
            champion_actions.opt_in(people[username], areas=chosen)
    moderator = people.get("moderator")
    if moderator is None or not areas:
        return {"offered": 0}
    offered = []
    for area in areas.values():
        if area.space is None:  # an area by tag only: no conversations to pick from a space
            continue
        for conversation in _candidates(area.space, exclude=list(OPT_INS))[:2]:
            offered.append(champion_actions.offer_to_champions(moderator, conversation, area))
    mail = _free().filter(subject=ROUTER_MAIL).first()
    if mail is not None and "Thermostats & valves" in areas:
        offered.append(
            champion_actions.offer_to_champions(moderator, mail, areas["Thermostats & valves"])
        )
    # Offered a little while ago, so the clocks show time left rather than a full window.
    for index, conversation in enumerate(offered):
        Conversation.objects.filter(pk=conversation.pk).update(
            champion_offered_at=now - timedelta(minutes=10 + 7 * index)
        )
    _take_and_hand_back(people, offered)
    return {"offered": len(offered)}


def _free() -> QuerySet[Conversation]:
    return Conversation.objects.filter(
        status=ConversationStatus.OPEN, assignee__isnull=True, champion__isnull=True
    )


def _candidates(space: Space, *, exclude: list[str]) -> QuerySet[Conversation]:
    return (
        _free()
        .filter(thread__space=space)
        .exclude(thread__author__username__in=exclude)
        .order_by(Case(When(thread__kind="problem", then=0), default=1), "-created_at")
    )


def _take_and_hand_back(people: dict[str, User], offered: list[Conversation]) -> None:
    """Ingrid (the `superuser` sign-in) holds one; Marieke tried one and handed it back."""
    taker, giver = people.get("superuser"), people.get("marieke")
    mine = [c for c in offered if taker and _is_offered(taker, c)]
    if taker and mine:
        champion_actions.take_conversation(taker, mine[0])
    left = [c for c in offered if giver and _is_offered(giver, c)]
    if giver and left:
        champion_actions.take_conversation(giver, left[0])
        conversation = Conversation.objects.get(pk=left[0].pk)
        champion_actions.hand_back(
            giver, conversation, note="This looks like a warranty case: over to the team."
        )


def _is_offered(user: User, conversation: Conversation) -> bool:
    return champion_selectors.offered_conversations(user).filter(pk=conversation.pk).exists()
