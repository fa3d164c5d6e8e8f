"""The notifications app's part of privacy requests (core.privacy): what a person was told and
what they follow, exported; erased with their account, and what others were told *about* them
(their name is in the text) is deleted too."""

from openline.core import privacy
from openline.core.privacy import Export, Subject

from .models import Follow, Notification, Preference


def _export(subject: Subject) -> Export:
    if not subject.user_id:
        return Export(None)
    told = Notification.objects.filter(recipient_id=subject.user_id).order_by("created_at")
    return Export({
        "notifications": list(told.values("kind", "text", "url", "created_at", "read_at")),
        "following": list(
            Follow.objects.filter(user_id=subject.user_id, active=True).values("label", "url")
        ),
        "preferences": list(
            Preference.objects.filter(user_id=subject.user_id).values("kind", "delivery")
        ),
    })  # fmt: skip


def _erase(subject: Subject, policy: str) -> dict[str, int]:
    if not subject.user_id:
        return {}
    user = subject.user_id
    about_them = Notification.objects.filter(actor_id=user).delete()[0]
    theirs = Notification.objects.filter(recipient_id=user).delete()[0]
    Follow.objects.filter(user_id=user).delete()
    Preference.objects.filter(user_id=user).delete()
    return {"notifications": theirs, "notifications_about_them": about_them}


def forget_about(about_type: str, urls: dict[int, str], *, label: str) -> None:
    """Another app removed the text of what these rows point at (an erased member's threads,
    by id, with their new address): the copies of its title and address go too."""
    Notification.objects.filter(about_type=about_type, about_id__in=list(urls)).delete()
    for about_id, url in urls.items():
        Follow.objects.filter(about_type=about_type, about_id=about_id).update(label=label, url=url)


def install() -> None:
    privacy.register(privacy.Part("notifications", _export, _erase))
