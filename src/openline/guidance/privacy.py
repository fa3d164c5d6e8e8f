"""Guidance's part of privacy requests (core.privacy): a member's drafts held for review and
the audit entries about their text. On erasure the drafts go (pending ones can no longer be
published for them) and audit entries keep the decision without the excerpt; learning cases
about their replies are marked anonymised."""

from typing import Any

from openline.core import privacy
from openline.core.privacy import Export, Subject

from .models import AuditLog, LearningCase, ReviewRequest

ERASED_EXCERPT = "[erased]"


def _export(subject: Subject) -> Export:
    if not subject.user_id:
        return Export(None)
    user = subject.user_id
    data: dict[str, Any] = {
        "drafts_in_review": list(
            ReviewRequest.objects.filter(author_id=user).values(
                "channel", "text", "status", "final_text", "note", "created_at", "decided_at"
            )
        ),
        "publishing_decisions": list(
            AuditLog.objects.filter(author_id=user).values(
                "decision", "excerpt", "note", "created_at"
            )
        ),
    }
    return Export(data)


def _erase(subject: Subject, policy: str) -> dict[str, int]:
    if not subject.user_id:
        return {}
    user = subject.user_id
    drafts = (
        ReviewRequest.objects.filter(author_id=user).delete()[1].get("guidance.ReviewRequest", 0)
    )
    # Their own reasons for publishing over a warning go too; a reviewer's notes stay.
    AuditLog.objects.filter(author_id=user, actor_id=user).update(note="")
    audit = AuditLog.objects.filter(author_id=user).update(excerpt=ERASED_EXCERPT, author=None)
    cases = LearningCase.objects.filter(author_id=user).update(anonymised=True, author=None)
    return {"drafts": drafts, "audit_excerpts": audit, "learning_cases": cases}


def install() -> None:
    privacy.register(privacy.Part("guidance", _export, _erase))
