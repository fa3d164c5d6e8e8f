"""Who may see the insights: the staff dashboards (participation, experts, champion outcomes,
service) and who writes the public service promise."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import Role, User


def can_view_insights(user: User | None) -> bool:
    """Staff, signed in and active."""
    return user is not None and user.is_authenticated and user.is_active and user.is_staff_member


def check_view_insights(user: User | None) -> None:
    if not can_view_insights(user):
        raise PermissionDenied(_("Only staff can see participation figures and candidates."))


def can_see_everyone(user: User) -> bool:
    """Moderators and admins may narrow the service figures to any agent or team; an agent to
    their own conversations and their own team's. Nobody gets a ranking of people."""
    return user.role in {Role.MODERATOR, Role.ADMIN}


def check_service_scope(user: User, *, agent: User | None, team: str | None) -> None:
    check_view_insights(user)
    if can_see_everyone(user):
        return
    if agent is not None and agent.pk != user.pk:
        raise PermissionDenied(
            _("You can see your own figures and your team's, not a colleague's.")
        )
    if team and team != user.team:
        raise PermissionDenied(_("You can see your own team's figures, not another team's."))


def can_edit_promise(user: User | None) -> bool:
    """Operators (admins) write the public promise and choose what it publishes."""
    return can_view_insights(user) and user is not None and user.role == Role.ADMIN


def check_edit_promise(user: User | None) -> None:
    if not can_edit_promise(user):
        raise PermissionDenied(_("Only admins can edit the public service promise."))
