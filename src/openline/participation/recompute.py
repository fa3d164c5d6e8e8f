"""One pass over the community that brings every member's figures up to date: reputation,
trust levels, participation segments, then the badges those earn. Run as a background task
(every PEOPLE_RECOMPUTE_SECONDS by `openline worker`); idempotent, writes only differences."""

import logging
import time

from django.utils import timezone

from openline.people.badges import award_earned_badges

from .reputation import recompute_reputation
from .segments import recompute_segments
from .trust_levels import recompute_trust_levels

log = logging.getLogger(__name__)


def recompute_people() -> dict[str, dict]:
    started = time.perf_counter()
    now = timezone.now()
    result = {
        "reputation": recompute_reputation(),
        "trust": recompute_trust_levels(now),
        "segments": recompute_segments(now=now),
    }
    badges_started = time.perf_counter()
    result["badges"] = {
        "awarded": award_earned_badges(),
        "seconds": round(time.perf_counter() - badges_started, 2),
    }
    result["total"] = {"seconds": round(time.perf_counter() - started, 2)}
    log.info("Recomputed people: %s", result)
    return result
