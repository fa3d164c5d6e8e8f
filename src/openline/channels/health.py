"""The channels' part of `openline status`: per active channel, its outbox (queued and failed
deliveries, the last delivery error), for feeds when each feed was last polled and its last
error, and for social networks their health line (paused, rate limited, failing). Errors make
the check WARN: the rest of Openline still works."""

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from django.db.models import Count, OuterRef, Q, Subquery
from django.utils import timezone

from openline.core import health
from openline.inbox.models import ChannelAccount, ChannelKind, Delivery, DeliveryState

from .social import polling
from .social.base import network_for


def _feeds(account: ChannelAccount, now: datetime) -> tuple[list[dict], list[str]]:
    feeds, problems = [], []
    state = account.config.get("state") or {}
    for url in account.config.get("urls") or []:
        polled = (state.get(url) or {}).get("last_polled_at")
        error = (state.get(url) or {}).get("last_error") or ""
        ago = (now - datetime.fromisoformat(polled)).total_seconds() if polled else None
        feeds.append({"url": url, "polled_seconds_ago": ago, "last_error": error})
        if error:
            problems.append(f"{url}: {error}")
        elif ago is None:
            problems.append(f"{url}: never polled")
    return feeds, problems


def check_channels() -> health.Check:
    now = timezone.now()
    outbox: dict[int, Mapping[str, Any]] = {
        row["message__account"]: row
        for row in Delivery.objects.order_by()
        .values("message__account")
        .annotate(
            queued=Count("id", filter=Q(state=DeliveryState.QUEUED)),
            failed=Count("id", filter=Q(state=DeliveryState.FAILED)),
        )
    }
    channels, troubled = [], 0
    for account in ChannelAccount.objects.filter(is_active=True).order_by("pk"):
        counts = outbox.get(account.pk, {})
        queued, failed = counts.get("queued", 0), counts.get("failed", 0)
        problems = []
        if failed:
            problems.append(f"{failed} deliveries failed")
        last = (
            Delivery.objects.filter(message__account=account)
            .exclude(last_error="")
            .order_by("-next_attempt_at")
            .values_list("last_error", flat=True)
            .first()
        )
        feeds: list[dict] = []
        if account.kind == ChannelKind.FEED:
            feeds, feed_problems = _feeds(account, now)
            problems += feed_problems
        social = polling.health(account, now) if network_for(account.kind) else None
        if social is not None and social.trouble:
            problems.append(social.line)
        troubled += bool(problems)
        channels.append(
            {
                "id": account.pk,
                "name": account.name,
                "kind": account.kind,
                "queued": queued,
                "failed": failed,
                "last_delivery_error": (last or "")[:300],
                "feeds": feeds,
                "polling": social.line if social else "",
                "problems": problems,
            }
        )
    summary = f"{len(channels)} active, {troubled} with errors"
    return health.Check(
        "channels", health.WARN if troubled else health.OK, summary, {"channels": channels}
    )


def install() -> None:
    health.register("channels", check_channels)


def channel_rows() -> list[dict[str, Any]]:
    """Every channel account, active or not, with its health for the settings page, in two
    queries whatever the number of channels: the outbox counts, and the accounts with their
    latest delivery error."""
    now = timezone.now()
    outbox = {
        row["message__account"]: row
        for row in Delivery.objects.order_by()
        .values("message__account")
        .annotate(
            queued=Count("id", filter=Q(state=DeliveryState.QUEUED)),
            failed=Count("id", filter=Q(state=DeliveryState.FAILED)),
        )
    }
    latest_error = (
        Delivery.objects.filter(message__account=OuterRef("pk"))
        .exclude(last_error="")
        .order_by("-next_attempt_at")
        .values("last_error")[:1]
    )
    rows = []
    for account in ChannelAccount.objects.annotate(last_error=Subquery(latest_error)).order_by(
        "-is_active", "name"
    ):
        counts: Mapping[str, Any] = outbox.get(account.pk, {})
        failed = counts.get("failed", 0)
        problems = [f"{failed} deliveries failed"] if failed else []
        if account.kind == ChannelKind.FEED:
            problems += _feeds(account, now)[1]
        social = polling.health(account, now) if network_for(account.kind) else None
        if social is not None and social.trouble:
            problems.append(social.line)
        rows.append({
            "account": account,
            "queued": counts.get("queued", 0),
            "failed": failed,
            "last_delivery_error": (account.last_error or "")[:300],
            "polling": social.line if social else "",
            "problems": problems if account.is_active else [],
        })  # fmt: skip
    return rows
