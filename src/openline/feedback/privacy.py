"""Voice of the customer's part of privacy requests (core.privacy): the ideas a customer's
conversations were linked to as demand ("+1 from a customer on e-mail").

Export: each link naming the subject as the customer, with the idea, the source channel and
when. Erasure detaches the person (and, for an erased agent, who linked it) and keeps one link per
idea: the demand stays counted as it was, without saying whose it was."""

from django.db.models import Q

from openline.core import privacy
from openline.core.privacy import Export, Subject

from .models import IdeaLink


def _theirs(subject: Subject) -> Q:
    mine = Q(customer_id__in=subject.person_ids)
    return mine | Q(conversation__customer_id__in=subject.person_ids)


def _export(subject: Subject) -> Export:
    if not subject.person_ids:
        return Export([])
    links = IdeaLink.objects.filter(_theirs(subject)).select_related("idea").order_by("pk")
    return Export(
        [
            {
                "idea": link.idea.title,
                "idea_id": link.idea_id,
                "conversation_id": link.conversation_id,
                "source": link.source,
                "linked_at": link.created_at,
            }
            for link in links
        ]
    )


def _erase(subject: Subject, policy: str) -> dict[str, int]:
    detached = 0
    if subject.person_ids:
        theirs = IdeaLink.objects.filter(customer_id__in=subject.person_ids)
        # Demand counts a person once per idea: once they are anonymous, their other links to
        # the same idea would count as more customers, so only the first is kept.
        first: dict[int, int] = {}
        for pk, idea_id in theirs.order_by("created_at", "pk").values_list("pk", "idea_id"):
            first.setdefault(idea_id, pk)
        theirs.exclude(pk__in=first.values()).delete()
        detached = IdeaLink.objects.filter(pk__in=first.values()).update(customer=None)
    unlinked = 0
    if subject.user_id:
        unlinked = IdeaLink.objects.filter(linked_by_id=subject.user_id).update(linked_by=None)
    return {"idea_links_detached": detached, "idea_links_unattributed": unlinked}


def install() -> None:
    privacy.register(privacy.Part("ideas", _export, _erase))
