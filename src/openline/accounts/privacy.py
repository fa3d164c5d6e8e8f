"""The accounts app's part of privacy requests (core.privacy): the profile and API tokens,
exported; the account itself, deleted last, after the apps above took their rows off it."""

from pathlib import PurePosixPath
from typing import Any

from django.db import transaction

from openline.core import privacy
from openline.core.privacy import Export, File, Subject

from .models import ApiToken, Suspension, User

DELETED_MEMBER_USERNAME = "deleted-member"


def deleted_member() -> User:
    """The one account erased members' kept rows point at (threads, replies, revisions): it
    cannot sign in and links no two erased people together."""
    user, created = User.objects.get_or_create(
        username=DELETED_MEMBER_USERNAME,
        defaults={"display_name": privacy.DELETED_MEMBER, "is_active": False},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def _export(subject: Subject) -> Export:
    user = User.objects.filter(pk=subject.user_id).first() if subject.user_id else None
    if user is None:
        return Export(None)
    files = []
    if user.avatar and user.avatar.name:
        name = f"avatar/{PurePosixPath(user.avatar.name).name}"
        avatar = user.avatar

        def read() -> bytes:
            with avatar.open("rb") as handle:
                return bytes(handle.read())

        files.append(File(name, read))
    data: dict[str, Any] = {
        "username": user.username,
        "email": user.email,
        "email_verified": user.email_verified,
        "display_name": user.display_name,
        "bio": user.bio,
        "team": user.team,
        "role": user.role,
        "language": user.language,
        "last_language": user.last_language,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "avatar": files[0].name if files else None,
        "api_tokens": [
            {"name": t["name"], "created_at": t["created_at"], "last_used_at": t["last_used_at"]}
            for t in ApiToken.objects.filter(user=user).values("name", "created_at", "last_used_at")
        ],
        # What moderators decided about them, with the reason they were shown (not who decided).
        "suspensions": list(
            Suspension.objects.filter(user=user)
            .order_by("created_at")
            .values("created_at", "until", "reason", "lifted_at")
        ),
    }
    return Export(data, files)


def _erase(subject: Subject, policy: str) -> dict[str, int]:
    user = User.objects.filter(pk=subject.user_id).first() if subject.user_id else None
    if user is None:
        return {}
    if user.avatar and user.avatar.name:
        storage, name = user.avatar.storage, user.avatar.name
        transaction.on_commit(lambda: storage.delete(name))
    tokens = ApiToken.objects.filter(user=user).count()
    # What is left of theirs cascades: votes, reads, notifications, tokens, suspensions.
    user.delete()
    return {"accounts": 1, "api_tokens": tokens}


def install() -> None:
    privacy.register(privacy.Part("account", _export, _erase))
