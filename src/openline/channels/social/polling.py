"""The worker's polling of every social account, whatever its network.

Every `TICK_SECONDS` the worker looks at each active social account and polls the ones that are
due (`config["poll_every_seconds"]`, default `DEFAULT_EVERY_SECONDS`, at least `MIN_EVERY_SECONDS`).
A poll asks the network for pages after the stored cursor; each page's items are ingested and
its cursor stored *in one transaction*, so a worker killed at any point resumes from the last
stored page: nothing is skipped, and an item fetched twice is stored once (ingestion is
idempotent on the item's id). At most `MAX_PAGES` pages a poll; the rest waits a tick.

What can go wrong, and what the account's state then says (its health line shows it):
- `RateLimited`: no call until the network's retry time (`retry_at`).
- `ChannelBroken` (a revoked token, an unknown account): paused until an operator acts
  (`openline channel resume <id>` or `poll <id>`), with the reason.
- anything else: tried again after 1, 2, 4 ... minutes (at most an hour), last error kept.

The state is `config["state"]`, written alone over the freshest config (an operator may be
editing the settings meanwhile), like the feeds' state."""

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from openline.core import db, periodic
from openline.inbox import adapters
from openline.inbox.adapters import ChannelHealth
from openline.inbox.ingestion import BATCH_MAX, ingest_many
from openline.inbox.models import ChannelAccount

from .base import ChannelBroken, RateLimited, network_for, networks
from .replies import SocialAdapter

log = logging.getLogger(__name__)
TICK_SECONDS = 5
DEFAULT_EVERY_SECONDS = 60
MIN_EVERY_SECONDS = 10
MAX_PAGES = 10
MAX_BACKOFF_SECONDS = 3600
ERROR_MAX = 500


@dataclass
class PollResult:
    pages: int = 0
    items: int = 0
    created: int = 0
    error: str = ""
    rate_limited_until: datetime | None = None
    paused: str = ""


def every_seconds(account: ChannelAccount) -> int:
    try:
        value = int(account.config.get("poll_every_seconds") or DEFAULT_EVERY_SECONDS)
    except (TypeError, ValueError):
        value = DEFAULT_EVERY_SECONDS
    return max(value, MIN_EVERY_SECONDS)


def state_of(account: ChannelAccount) -> dict[str, Any]:
    state = account.config.get("state")
    return dict(state) if isinstance(state, dict) else {}


def _when(value: Any) -> datetime | None:
    if not isinstance(value, str) or not value:
        return None
    try:
        return datetime.fromisoformat(value)
    except ValueError:
        return None


def update_state(account: ChannelAccount, change: Callable[[dict[str, Any]], None]) -> None:
    """Applies `change` to the freshest stored state and writes only the state back, in the
    caller's transaction when there is one (the page's ingest)."""
    with transaction.atomic():
        config = (
            ChannelAccount.objects.select_for_update()
            .filter(pk=account.pk)
            .values_list("config", flat=True)
            .first()
        )
        if config is None:
            return
        state = config.get("state") if isinstance(config.get("state"), dict) else {}
        change(state)
        config["state"] = state
        ChannelAccount.objects.filter(pk=account.pk).update(config=config)
    account.config = config


def _count_today(state: dict[str, Any], created: int, now: datetime) -> None:
    today = timezone.localdate(now).isoformat()
    if state.get("items_day") != today:
        state["items_day"], state["items_today"] = today, 0
    state["items_today"] = int(state.get("items_today") or 0) + created


def poll_account(account: ChannelAccount, *, force: bool = False) -> PollResult:
    """Polls one account now (pages until the network has no more, at most MAX_PAGES).
    `force` (an operator's `openline channel poll`) ignores a pause or a back-off."""
    network = network_for(account.kind)
    if network is None:
        raise ValueError(f"{account} is not a social network channel.")
    result = PollResult()
    state = state_of(account)
    if not force and (state.get("paused") or not _due(account, state, timezone.now())):
        return result
    started = timezone.now()
    update_state(account, lambda s: s.update(last_poll_at=started.isoformat()))
    cursor: dict[str, Any] = dict(state.get("cursor") or {})
    try:
        for _ in range(MAX_PAGES):
            page = network.fetch(account, cursor)
            result.pages += 1
            result.items += len(page.items)
            result.created += _store_page(account, page.items, page.cursor)
            cursor = page.cursor
            if page.retry_after_seconds > 0:  # stored; the budget is spent: wait its time
                raise RateLimited(
                    page.retry_after_seconds,
                    f"{account.get_kind_display()} says the rate limit is nearly spent: waiting "
                    f"{page.retry_after_seconds:.0f} s.",
                )
            if not page.more:
                break
    except RateLimited as limited:
        until = timezone.now() + timedelta(seconds=max(limited.retry_after_seconds, 1))
        result.rate_limited_until, result.error = until, str(limited)
        update_state(account, _failed(str(limited), retry_at=until))
        log.info("Social channel %s is rate limited until %s", account.pk, until)
        return result
    except ChannelBroken as broken:
        result.paused = result.error = str(broken) or "the network refused us"
        update_state(account, _failed(result.error, paused=result.error))
        log.warning("Social channel %s is paused: %s", account.pk, result.error)
        return result
    except Exception as error:  # the network is down, an unexpected answer: back off
        result.error = f"{type(error).__name__}: {error}" if str(error) else type(error).__name__
        log.warning("Polling social channel %s failed: %s", account.pk, result.error)
        update_state(account, _failed(result.error))
        return result
    finished = timezone.now()

    def succeeded(s: dict[str, Any]) -> None:
        s.update(
            last_success_at=finished.isoformat(),
            last_error="",
            errors_in_row=0,
            retry_at="",
            rate_limited=False,
            paused="",
        )

    update_state(account, succeeded)
    return result


def _store_page(account: ChannelAccount, items: list, cursor: dict[str, Any]) -> int:
    """The page's items and its cursor, all or nothing. Returns how many items were new."""
    now = timezone.now()
    with db.sqlite_write_gate(), transaction.atomic():
        created = 0
        for start in range(0, len(items), BATCH_MAX):
            stored = ingest_many(account, items[start : start + BATCH_MAX])
            created += sum(1 for _, new in stored if new)

        def advance(state: dict[str, Any]) -> None:
            state["cursor"] = cursor
            _count_today(state, created, now)

        update_state(account, advance)
    return created


def _failed(
    error: str, *, retry_at: datetime | None = None, paused: str = ""
) -> Callable[[dict[str, Any]], None]:
    def change(state: dict[str, Any]) -> None:
        now = timezone.now()
        state["last_error"] = error[:ERROR_MAX]
        state["last_error_at"] = now.isoformat()
        if paused:
            state["paused"] = paused[:ERROR_MAX]
            state["paused_at"] = now.isoformat()
            return
        state["rate_limited"] = retry_at is not None
        if retry_at is None:
            in_row = int(state.get("errors_in_row") or 0) + 1
            state["errors_in_row"] = in_row
            wait = min(60 * 2 ** (in_row - 1), MAX_BACKOFF_SECONDS)
            state["retry_at"] = (now + timedelta(seconds=wait)).isoformat()
        else:
            state["retry_at"] = retry_at.isoformat()

    return change


def _due(account: ChannelAccount, state: dict[str, Any], now: datetime) -> bool:
    retry_at = _when(state.get("retry_at"))
    if retry_at is not None:  # after a failure: its own time, not the interval's
        return now >= retry_at
    last = _when(state.get("last_poll_at"))
    return last is None or now >= last + timedelta(seconds=every_seconds(account))


def social_accounts() -> list[ChannelAccount]:
    return list(
        ChannelAccount.objects.filter(kind__in=list(networks()), is_active=True).order_by("pk")
    )


def poll_due() -> dict[int, PollResult]:
    """The worker's job: polls every active social account whose time has come."""
    results = {}
    for account in social_accounts():
        try:
            results[account.pk] = poll_account(account)
        except Exception:  # e.g. the database went away: the next tick tries again
            log.exception("Polling social channel %s failed", account.pk)
    return results


def resume(account: ChannelAccount) -> None:
    """An operator's act after fixing what paused the account: it is polled at the next tick."""
    update_state(
        account,
        lambda s: s.update(paused="", retry_at="", errors_in_row=0, last_poll_at=""),
    )


# --- health -----------------------------------------------------------------------------------


def _ago(then: datetime | None, now: datetime) -> str:
    if then is None:
        return "never"
    seconds = max(int((now - then).total_seconds()), 0)
    if seconds < 90:
        return f"{seconds} s ago"
    if seconds < 90 * 60:
        return f"{seconds // 60} min ago"
    if seconds < 48 * 3600:
        return f"{seconds // 3600} h ago"
    return f"{seconds // 86400} days ago"


# A "·" stays on the line of the fact before it (a phone breaks the line after it).
SEP = "\u00a0· "


def health(account: ChannelAccount, now: datetime | None = None) -> ChannelHealth:
    """ "polled 12 s ago · last success 12 s ago · 3 today", or what stops it."""
    now = now or timezone.now()
    state = state_of(account)
    today = timezone.localdate(now).isoformat()
    items = int(state.get("items_today") or 0) if state.get("items_day") == today else 0
    facts = (
        f"polled {_ago(_when(state.get('last_poll_at')), now)}{SEP}last success "
        f"{_ago(_when(state.get('last_success_at')), now)}{SEP}{items} "
        f"item{'s' if items != 1 else ''} today"
    )
    note = getattr(network_for(account.kind), "health_note", None)  # optional, e.g. Bluesky DMs
    if callable(note) and (said := str(note(state.get("cursor") or {}))):
        facts += f"{SEP}{said}"
    if not account.is_active:
        return ChannelHealth(f"inactive{SEP}{facts}")
    if state.get("paused"):
        return ChannelHealth(
            f"PAUSED: {state['paused']} — fix it, then `openline channel resume {account.pk}`"
            f"{SEP}{facts}",
            trouble=True,
        )
    retry_at = _when(state.get("retry_at"))
    if state.get("last_error"):
        until = (
            f"; next try {retry_at:%H:%M:%S} UTC" if retry_at is not None and retry_at > now else ""
        )
        what = "rate limited" if state.get("rate_limited") else "error"
        return ChannelHealth(f"{what}: {state['last_error']}{until}{SEP}{facts}", trouble=True)
    if state.get("last_poll_at") is None:
        return ChannelHealth(f"waiting for its first poll (every {every_seconds(account)} s)")
    return ChannelHealth(facts)


def install() -> None:
    """Called by the channels app after every network registered itself."""
    for network in networks().values():
        adapters.register(SocialAdapter(network, health))
    periodic.register("channels.poll_social", TICK_SECONDS, poll_due)
