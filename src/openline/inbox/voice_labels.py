"""What the background readings of a message are called on the pages: the stored values
("problem", "negative") stay as they are, the people reading them see them in their language."""

from django.utils.functional import Promise
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

INTENT_LABELS: dict[str, Promise] = {
    "question": _("Question"),
    "problem": _("Problem"),
    "complaint": _("Complaint"),
    "praise": _("Praise"),
    "idea": _("Idea"),
    "other": _("Other"),
}
SENTIMENT_LABELS: dict[str, Promise] = {
    "negative": _("Negative"),
    "neutral": _("Neutral"),
    "positive": _("Positive"),
}


def intent_label(value: str) -> str:
    """ "problem" → "Problem" (German: "Problem"), "complaint" → "Beschwerde"; a value no
    label knows (a newer model's) as it is, capitalised."""
    return str(INTENT_LABELS.get(value, capfirst(value)))


def sentiment_label(value: str) -> str:
    return str(SENTIMENT_LABELS.get(value, capfirst(value)))
