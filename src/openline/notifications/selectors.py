"""Reads: a person's notifications, the header count, follows and preferences."""

from django.db import connection
from django.db.models import QuerySet

from openline.accounts.models import User

from . import visibility
from .models import DEFAULT_DELIVERY, STAFF_KINDS, Follow, Kind, Notification, Preference


def notifications_for(user: User) -> QuerySet[Notification]:
    """What the notifications page lists: only what the person may still see."""
    return (
        Notification.objects.filter(recipient=user)
        .filter(visibility.visible_to(user))
        .select_related("actor")
    )


_UNREAD_ATTRIBUTE = "_openline_unread"


def unread_count(user: User) -> int:
    """The header badge: one COUNT on the (recipient, read_at) index, whatever the number of
    notifications. It does not ask who may still see each one (that would join other apps'
    tables on every signed-in page); opening the page, which does, clears it. A page that
    counted it with its own reads (`UNREAD_SQL`, `remember_unread`) asks no second time."""
    remembered: int | None = getattr(user, _UNREAD_ATTRIBUTE, None)
    if remembered is not None:
        return remembered
    with connection.cursor() as cursor:  # plain SQL: it runs on every signed-in page
        cursor.execute(UNREAD_SQL, [user.pk])
        row = cursor.fetchone()
    return int(row[0])


# The same count in plain SQL, one parameter (the recipient's id), for a page that reads it in
# one query with its own rows (community.selectors.reader_state).
UNREAD_SQL = (
    f"SELECT COUNT(*) FROM {Notification._meta.db_table} "  # noqa: S608 - a table name
    "WHERE recipient_id = %s AND read_at IS NULL"
)


# Whether a person follows something, in plain SQL: a row when they do (an integer column, so
# PostgreSQL can put it in a UNION with other ids). Parameters: the person's id, the about type,
# the about id.
FOLLOWING_SQL = (
    f"SELECT about_id FROM {Follow._meta.db_table} "  # noqa: S608 - a table name
    "WHERE user_id = %s AND about_type = %s AND about_id = %s AND active"
)

# What a person follows of one kind, in plain SQL: the about ids (integers, as above).
# Parameters: the person's id, the about type.
FOLLOWED_SQL = (
    f"SELECT about_id FROM {Follow._meta.db_table} "  # noqa: S608 - a table name
    "WHERE user_id = %s AND about_type = %s AND active"
)


def remember_unread(user: User, count: int) -> None:
    """The count for this request's user object (it lives as long as the request)."""
    setattr(user, _UNREAD_ATTRIBUTE, count)


def kinds_for(user: User) -> list[Kind]:
    return [k for k in Kind if user.is_staff_member or k not in STAFF_KINDS]


def preferences_of(user: User) -> dict[str, str]:
    """Every kind the person can get, with how it is delivered to them."""
    chosen = dict(Preference.objects.filter(user=user).values_list("kind", "delivery"))
    return {k.value: chosen.get(k.value, DEFAULT_DELIVERY[k]) for k in kinds_for(user)}


def deliveries(user_ids: set[int], kind: str) -> dict[int, str]:
    chosen = dict(
        Preference.objects.filter(user_id__in=user_ids, kind=kind).values_list(
            "user_id", "delivery"
        )
    )
    return {pk: chosen.get(pk, DEFAULT_DELIVERY[kind]) for pk in user_ids}


def follows_of(user: User) -> QuerySet[Follow]:
    return Follow.objects.filter(user=user, active=True).order_by("about_type", "label")


def is_following(user: User, about_type: str, about_id: int) -> bool:
    return Follow.objects.filter(
        user=user, about_type=about_type, about_id=about_id, active=True
    ).exists()


def stopped_following(user_ids: set[int], about: tuple[str, int]) -> set[int]:
    """Those of `user_ids` who chose to stop following `about`."""
    rows = Follow.objects.filter(
        user_id__in=user_ids, about_type=about[0], about_id=about[1], active=False
    )
    return set(rows.values_list("user_id", flat=True))


def followers(about: list[tuple[str, int]]) -> set[int]:
    """The ids of the people actively following any of `about`."""
    if not about:
        return set()
    rows = Follow.objects.none()
    for about_type, about_id in about:
        rows |= Follow.objects.filter(about_type=about_type, about_id=about_id, active=True)
    return set(rows.values_list("user_id", flat=True))
