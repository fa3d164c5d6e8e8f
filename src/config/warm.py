"""What a web process loads before anyone asks for it: the embedding model (the first search,
similar questions, a reply's wording check; its integer-computed session, read first by a
publishing check's wording head) and the guidance patterns (the first reply check,
the super-user candidates' tone), on a daemon thread started as the process starts
(config.wsgi, config.asgi). The process answers meanwhile: a request that needs one of them
before it is ready waits for it as it would have anyway, and the memory is what its first use
would load in this process. OPENLINE_WARM_MODELS=off leaves everything to its first use."""

import logging
import os
import threading

from django.conf import settings
from django.db import connections

logger = logging.getLogger(__name__)

ENV = "OPENLINE_WARM_MODELS"
# An ordinary reply: it meets the patterns' first words without being a finding.
SAMPLE = "Thanks for waiting. Your replacement ships on Monday; call us if it does not arrive."


def enabled() -> bool:
    return os.environ.get(ENV, "on").lower() not in {"off", "0", "false", "no"}


def warm_in_background() -> threading.Thread | None:
    """Starts the warm-up (None when it is off)."""
    if not enabled():
        return None
    thread = threading.Thread(target=warm, name="openline-warm", daemon=True)
    thread.start()
    return thread


def warm() -> None:
    from openline.guidance.checks import check_text
    from openline.guidance.detectors.language import is_unkind
    from openline.language.embedders import embed, get_embedder

    steps = [lambda: is_unkind(SAMPLE), lambda: check_text(SAMPLE)]
    if settings.OPENLINE.get("EMBEDDER"):
        steps.insert(0, lambda: embed([SAMPLE]))
        # the same model computed in integers, which a publishing check reads first
        quick = getattr(get_embedder(), "embed_quick", None)
        if quick is not None:
            steps.insert(1, lambda: quick([SAMPLE]))
    try:
        for step in steps:
            try:
                step()
            except Exception:  # its first real use raises it again, where it is reported
                logger.exception("Warming up a model at start-up failed")
    finally:
        connections.close_all()  # this thread's own (the guidance settings were read)
