"""Who may use guidance: `can_*` for templates, `check_*` raising PermissionDenied."""

from typing import TypeGuard

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext_lazy as _

from openline.accounts.models import Role, User

from .models import LearningCase, ReviewRequest


def _signed_in(user: User | None) -> TypeGuard[User]:
    return user is not None and user.is_authenticated and user.is_active


def can_check_drafts(user: User | None) -> bool:
    """Staff and super-users answer in public on the company's behalf; their drafts are checked."""
    return _signed_in(user) and (user.is_staff_member or user.role == Role.SUPERUSER)


def check_check_drafts(user: User | None) -> None:
    if not can_check_drafts(user):
        raise PermissionDenied(_("Only staff and super-users can check drafts."))


def can_manage_register(user: User | None) -> bool:
    return _signed_in(user) and user.is_moderator


def check_manage_register(user: User | None) -> None:
    if not can_manage_register(user):
        raise PermissionDenied(
            _("Only moderators and admins can change the confidential register.")
        )


def can_report_ordinary_use(user: User | None) -> bool:
    """Whoever's drafts are checked (and the reviewers who read them) may say a register
    finding was the word's ordinary use; only the register's managers make it a rule."""
    return can_check_drafts(user)


def check_report_ordinary_use(user: User | None) -> None:
    if not can_report_ordinary_use(user):
        raise PermissionDenied(_("Only staff and super-users can report a register finding."))


def can_report_variant(user: User | None) -> bool:
    """Naming a phrase as a register term shows the register's terms: staff only."""
    return _signed_in(user) and user.is_staff_member


def check_report_variant(user: User | None) -> None:
    if not can_report_variant(user):
        raise PermissionDenied(_("Only staff can name a phrase as a register term."))


def can_review(user: User | None) -> bool:
    """Moderators and admins are the reviewers."""
    return _signed_in(user) and user.is_moderator


def check_review(user: User | None) -> None:
    if not can_review(user):
        raise PermissionDenied(_("Only moderators and admins review replies."))


def check_decide_review(user: User | None, review: ReviewRequest) -> None:
    """Four eyes: a reviewer never decides on their own reply."""
    check_review(user)
    assert user is not None  # check_review let them through
    if review.author_id == user.pk:
        raise PermissionDenied(_("Another reviewer has to decide on your own reply."))


def can_view_lessons(user: User | None) -> bool:
    """The learning library is for all staff."""
    return _signed_in(user) and user.is_staff_member


def check_view_lessons(user: User | None) -> None:
    if not can_view_lessons(user):
        raise PermissionDenied(_("The learning library is for staff."))


def can_edit_learning_case(user: User | None, case: LearningCase) -> bool:
    """The person the case is about, whoever wrote it down, and moderators."""
    if not can_view_lessons(user):
        return False
    assert user is not None
    return user.is_moderator or user.pk in {case.author_id, case.created_by_id}


def check_edit_learning_case(user: User | None, case: LearningCase) -> None:
    if not can_edit_learning_case(user, case):
        raise PermissionDenied(_("Only the author of the reply and moderators can edit this case."))


def can_manage_policy(user: User | None) -> bool:
    """Which action each kind of finding gets: admins, as in the Django admin."""
    return _signed_in(user) and user.role == Role.ADMIN


def check_manage_policy(user: User | None) -> None:
    if not can_manage_policy(user):
        raise PermissionDenied(_("Only admins change the guidance policy."))
