"""Likely duplicates, found by meaning when a thread is posted and decided by triage.

The worker embeds each new thread (`check_new_thread`) and compares it with the earlier ones;
when the best earlier thread scores at least `OPENLINE["DUPLICATE_MIN_SCORE"]` (0.65: 88 %
of flags right on the dev set, `bench/duplicate_flag_eval.py`), a `DuplicateFlag` waits in the
triage queue, where someone at trust level 3, a super-user or staff merges the two, marks the
new one as a duplicate, or says it is not one."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import User
from openline.community import actions as community_actions
from openline.community import permissions as community_permissions
from openline.community.models import Thread
from openline.community.selectors import visible_threads
from openline.language import actions as language_actions
from openline.language import index
from openline.language.selectors import stored_vector
from openline.people import permissions as people_permissions

from .embeddings import THREAD
from .models import DuplicateFlag, FlagOutcome
from .similar import SUGGESTED_KINDS

CANDIDATES = 10  # nearest threads looked at for an earlier, still open one


def check_new_thread(thread_id: int) -> DuplicateFlag | None:
    """Embeds a just-posted thread and flags it when an earlier thread very likely asks the same.
    Run by the worker after the thread is committed; running it twice flags once."""
    language_actions.embed_objects(THREAD, [thread_id])
    thread = Thread.objects.select_related("space").filter(pk=thread_id).first()
    vector = stored_vector(THREAD, thread_id)
    if thread is None or vector is None or thread.kind not in SUGGESTED_KINDS:
        return None
    if thread.duplicate_of_id is not None or DuplicateFlag.objects.filter(thread=thread).exists():
        return None
    floor = settings.OPENLINE["DUPLICATE_MIN_SCORE"]
    scores = {pk: s for pk, s in index.nearest(THREAD, vector, CANDIDATES) if pk != thread.pk}
    wanted = [pk for pk, s in scores.items() if s >= floor]
    if not wanted:
        return None
    earlier = Thread.objects.filter(
        pk__in=wanted,
        created_at__lt=thread.created_at,
        duplicate_of__isnull=True,
        merged_at__isnull=True,
        kind__in=SUGGESTED_KINDS,
    ).select_related("space")
    # Whoever reads the new thread must be able to read the one it points to.
    readable = [c for c in earlier if not c.space.is_private or c.space_id == thread.space_id]
    if not readable:
        return None
    best = max(readable, key=lambda c: (scores[c.pk], -c.pk))
    flag, _created = DuplicateFlag.objects.get_or_create(
        thread=thread, defaults={"candidate": best, "score": round(scores[best.pk], 4)}
    )
    return flag


def open_flags(user: User) -> QuerySet[DuplicateFlag]:
    """Flags waiting for a decision, newest first, on threads `user` may see and triage. Flags
    whose thread was marked or merged another way meanwhile are left out."""
    people_permissions.check_triage(user)
    visible = visible_threads(user)
    return (
        DuplicateFlag.objects.filter(
            outcome="", thread__in=visible, candidate__in=visible, thread__duplicate_of__isnull=True
        )
        .select_related("thread__space", "thread__author", "candidate__space")
        .order_by("-created_at", "-id")
    )


def decide(user: User, flag: DuplicateFlag, outcome: str) -> DuplicateFlag:
    """Triage's decision on a flag: merge the new thread into the earlier one, mark it as its
    duplicate, or dismiss the flag. The community actions check the permissions again."""
    if outcome not in FlagOutcome.values:
        raise ValidationError(_("Choose merge, mark as a duplicate or not a duplicate."))
    people_permissions.check_triage(user)
    community_permissions.check_triage(user, flag.thread)
    with transaction.atomic():
        locked = DuplicateFlag.objects.select_for_update().get(pk=flag.pk)
        if locked.outcome:
            raise ValidationError(
                _("Already decided: %(lower)s.") % {"lower": locked.get_outcome_display().lower()}
            )
        if outcome == FlagOutcome.MERGED:
            community_actions.merge_thread(user, flag.thread, into=flag.candidate)
        elif outcome == FlagOutcome.MARKED:
            community_actions.mark_duplicate(user, flag.thread, original=flag.candidate)
        locked.outcome, locked.resolved_by, locked.resolved_at = outcome, user, timezone.now()
        locked.save(update_fields=["outcome", "resolved_by", "resolved_at"])
    return locked
