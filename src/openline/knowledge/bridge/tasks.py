"""Sending the shares, run by `openline worker`: the outbox's pattern (inbox.tasks.deliver).
A share is claimed with a conditional update, so two workers never post it at once; a worker
that dies mid-post leaves the claim to expire and the sweep hands it to the next worker, which
posts again with the same idempotency key."""

import logging
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.tasks import task
from django.utils import timezone

from openline.channels.social.base import RateLimited
from openline.channels.social.sharing import SharedPost, sharer_for
from openline.inbox.adapters import DeliveryError
from openline.inbox.tasks import MAX_ATTEMPTS, backoff

from ..models import ShareState, SocialShare

log = logging.getLogger(__name__)
CLAIM_SECONDS = 120


@task()
def send_share(share_id: int) -> str:
    now = timezone.now()
    claimed = SocialShare.objects.filter(
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=now),
        pk=share_id,
        state=ShareState.QUEUED,
        next_attempt_at__lte=now,
    ).update(claimed_until=now + timedelta(seconds=CLAIM_SECONDS))
    if not claimed:
        return "not due or taken by another worker"
    share = SocialShare.objects.select_related("thread", "account").get(pk=share_id)
    attempts = share.attempts + 1
    wait = backoff(attempts)
    try:
        sharer = sharer_for(share.account.kind)
        if not share.account.is_active:
            raise DeliveryError("The account is switched off.", permanent=True)
        if sharer is None:
            raise DeliveryError("This network can no longer share posts.", permanent=True)
        posted = sharer.share(
            share.account,
            title=share.thread.title,
            url=_thread_url(share),
            text=share.text,
            idempotency_key=str(share.idempotency_key),
        )
    except Exception as error:  # any failure is recorded on the share
        if isinstance(error, RateLimited):
            wait = max(wait, timedelta(seconds=error.retry_after_seconds))
        permanent = isinstance(error, DeliveryError) and error.permanent
        give_up = permanent or attempts >= MAX_ATTEMPTS
        log.warning("Share %s attempt %s failed: %s", share_id, attempts, error)
        SocialShare.objects.filter(pk=share_id).update(
            attempts=attempts,
            last_error=str(error)[:2000],
            claimed_until=None,
            state=ShareState.FAILED if give_up else ShareState.QUEUED,
            next_attempt_at=now + wait,
        )
        if not give_up and send_share.get_backend().supports_defer:  # else the sweep retries
            transaction.on_commit(lambda: send_share.using(run_after=now + wait).enqueue(share_id))
        return "failed"
    if isinstance(posted, str):  # a network that gives only the post's id
        posted = SharedPost(external_id=posted)
    SocialShare.objects.filter(pk=share_id).update(
        state=ShareState.SENT,
        attempts=attempts,
        external_id=posted.external_id[:300],
        url=posted.url[:500],
        sent_at=timezone.now(),
        last_error="",
        claimed_until=None,
    )
    return "sent"


def _thread_url(share: SocialShare) -> str:
    return f"{settings.SITE_URL}{share.thread.get_absolute_url()}"


def sweep_shares() -> int:
    """Hands every due, unclaimed share to the workers again (a dead worker, a lost task)."""
    now = timezone.now()
    due = list(
        SocialShare.objects.filter(
            Q(claimed_until__isnull=True) | Q(claimed_until__lt=now),
            state=ShareState.QUEUED,
            next_attempt_at__lte=now - timedelta(seconds=30),
        ).values_list("pk", flat=True)[:500]
    )
    for pk in due:
        send_share.enqueue(pk)
    return len(due)
