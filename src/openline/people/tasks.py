"""Background work about people, run by `openline worker`."""

from django.tasks import task

from .badges import award_earned_badges


@task()
def award_badges() -> int:
    """Awards every earned badge not held yet; returns how many were awarded."""
    return award_earned_badges()
