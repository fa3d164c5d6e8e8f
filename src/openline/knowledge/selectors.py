"""Reads of the knowledge layer."""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.db.models import Exists, OuterRef

from openline.community.models import Thread

from .bridge.selectors import BridgedFigures as BridgedFigures  # for the insights
from .bridge.selectors import bridged_conversations as bridged_conversations
from .models import SuggestionChoice

# A choice followed by no new thread of the same person within this time is a deflection.
DEFLECTION_WINDOW = timedelta(hours=1)


@dataclass
class DeflectionFigures:
    choices: int
    deflections: int


def deflection_figures(since: datetime, until: datetime) -> DeflectionFigures:
    """How often people writing a question chose a suggested one, and how often they then
    posted nothing within the hour: asked → did not post."""
    choices = SuggestionChoice.objects.filter(created_at__gte=since, created_at__lt=until)
    posted_after = Thread.objects.filter(
        author=OuterRef("user"),
        created_at__gte=OuterRef("created_at"),
        created_at__lt=OuterRef("created_at") + DEFLECTION_WINDOW,
    )
    return DeflectionFigures(
        choices=choices.count(),
        deflections=choices.exclude(Exists(posted_after)).count(),
    )
