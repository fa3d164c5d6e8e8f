"""For the site header (register in TEMPLATES' context_processors): what guidance has waiting
for the signed-in person. Customers and visitors cost no query."""

from typing import Any

from django.http import HttpRequest

from . import permissions
from .models import ReviewRequest, ReviewStatus


def guidance(request: HttpRequest) -> dict[str, Any]:
    user = getattr(request, "user", None)
    if not permissions.can_check_drafts(user):
        return {}
    links = {
        "lessons": permissions.can_view_lessons(user),
        "outcomes_unseen": ReviewRequest.objects.filter(
            author=user, decided_at__isnull=False, outcome_seen_at__isnull=True
        ).count(),
        "reviews_pending": None,
    }
    if permissions.can_review(user):
        links["reviews_pending"] = ReviewRequest.objects.filter(status=ReviewStatus.PENDING).count()
    return {"guidance_links": links}
