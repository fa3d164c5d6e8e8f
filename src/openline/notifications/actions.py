"""Writes: creating notifications (each person's preference decides whether and how), following,
preferences, marking seen, unsubscribing."""

import functools
from collections.abc import Iterable, Mapping
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from openline.accounts.models import User

from . import lines, selectors
from .models import Delivery, Follow, Kind, Notification, Preference
from .tasks import send_notification_email


def notify(
    recipient_ids: Iterable[int],
    *,
    kind: Kind,
    actor: User | None,
    line: str,
    values: Mapping[str, Any],
    url: str,
    about: tuple[str, int],
    detail_id: int | None = None,
) -> list[Notification]:
    """Tells each active person in `recipient_ids` (never the actor) as they chose for `kind`,
    and queues the immediate e-mails once the rows are committed. The caller has already
    checked that each recipient may see what it is about; call it from the causing action's
    `transaction.on_commit`, so that a write that fails tells nobody.

    `line` is one an app describes (lines.py) and `values` what it reads from (JSON: names,
    titles, codes): the page tells it in its reader's language, an e-mail in the recipient's.
    The text kept beside it is in each recipient's language now (User.mail_language)."""
    lines.check_line(line)
    ids = set(recipient_ids) - ({actor.pk} if actor is not None else set())
    recipients = User.objects.filter(pk__in=ids, is_active=True)
    languages = {u.pk: u.mail_language for u in recipients.only("language", "last_language")}
    chosen = selectors.deliveries(set(languages), kind)
    texts: dict[str, str] = {}
    for language in set(languages.values()):
        with translation.override(language):
            texts[language] = lines.tell(line, values, "")
    rows = [
        Notification(
            recipient_id=pk,
            kind=kind,
            actor=actor,
            text=texts[languages[pk]][:300],
            line=line,
            data=dict(values),
            url=url[:500],
            about_type=about[0],
            about_id=about[1],
            detail_id=detail_id,
            delivery=delivery,
        )
        for pk, delivery in sorted(chosen.items())
        if delivery != Delivery.OFF
    ]
    with transaction.atomic():
        created = Notification.objects.bulk_create(rows)
        for n in created:
            if n.delivery == Delivery.EMAIL and n.pk is not None:
                transaction.on_commit(functools.partial(send_notification_email.enqueue, n.pk))
    return created


def follow(user: User, about: tuple[str, int], *, label: str, url: str) -> Follow:
    row, _ = Follow.objects.update_or_create(
        user=user,
        about_type=about[0],
        about_id=about[1],
        defaults={"active": True, "label": label[:200], "url": url[:500]},
    )
    return row


def unfollow(user: User, about: tuple[str, int]) -> None:
    """Remembers the choice (active=False) so that replying later does not follow it again."""
    Follow.objects.filter(user=user, about_type=about[0], about_id=about[1]).update(active=False)


def stop_following(user: User, follow_id: int) -> bool:
    """Whether `follow_id` was one of the person's follows (someone else's stays as it is)."""
    return Follow.objects.filter(user=user, pk=follow_id).update(active=False) > 0


def watch(user: User, about: tuple[str, int], *, label: str, url: str) -> None:
    """Follows what a person asked or replied to, unless they once chose to stop."""
    Follow.objects.get_or_create(
        user=user,
        about_type=about[0],
        about_id=about[1],
        defaults={"label": label[:200], "url": url[:500]},
    )


def set_preferences(user: User, choices: Mapping[str, str]) -> None:
    allowed = {k.value for k in selectors.kinds_for(user)}
    bad = {k for k in choices if k not in allowed} | {
        k for k, v in choices.items() if v not in Delivery.values
    }
    if bad:
        raise ValidationError(
            _("Unknown notification setting: %(names)s.") % {"names": ", ".join(sorted(bad))}
        )
    with transaction.atomic():
        for kind, delivery in choices.items():
            Preference.objects.update_or_create(
                user=user, kind=kind, defaults={"delivery": delivery}
            )


def mark_all_read(user: User) -> int:
    return Notification.objects.filter(recipient=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )


def unsubscribe(user: User, kind: str | None) -> list[str]:
    """Stops e-mails of `kind` (of every kind when None): what came by e-mail or digest is
    shown on the site only from now on. Returns the kinds changed."""
    current = selectors.preferences_of(user)
    kinds = [kind] if kind is not None else list(current)
    changed = [k for k in kinds if current.get(k) in {Delivery.EMAIL.value, Delivery.DIGEST.value}]
    set_preferences(user, dict.fromkeys(changed, Delivery.APP.value))
    return changed
