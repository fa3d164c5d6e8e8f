"""Writes of the knowledge layer."""

from datetime import timedelta

from django.utils import timezone

from openline.accounts.models import User
from openline.community.models import Thread

from .models import SuggestionChoice

# The same person opening the same suggestion again within this time is one choice.
CHOICE_WINDOW = timedelta(hours=1)


def record_suggestion_choice(
    user: User, thread: Thread, *, position: int, score: float
) -> SuggestionChoice | None:
    """Counts that `user`, while asking, chose `thread` among the similar questions."""
    recent = SuggestionChoice.objects.filter(
        user=user, thread=thread, created_at__gte=timezone.now() - CHOICE_WINDOW
    )
    if recent.exists():
        return None
    return SuggestionChoice.objects.create(
        user=user, thread=thread, position=max(0, min(position, 99)),
        score=max(-1.0, min(score, 1.0)),
    )  # fmt: skip
