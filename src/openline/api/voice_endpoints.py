"""Voice of the customer: what one message wants and how its author feels, for staff."""

from django.core.exceptions import PermissionDenied
from ninja import Field, Router, Schema

from openline.feedback.areas import place
from openline.language.cleaning import clean_message
from openline.language.detect import detect_language
from openline.language.voice import INTENTS, SENTIMENTS, analyse

from .auth import ApiRequest, write_auth
from .schemas import Error, FieldErrors, text_field

router = Router(tags=["voice"])

TEXT_MAX = 20_000


class AnalyseIn(Schema):
    text: str = text_field(
        f"The message as received, up to {TEXT_MAX} characters: greetings, signatures and "
        "quoted mail are set aside before reading it.",
        max_length=TEXT_MAX,
    )
    channel: str | None = Field(
        None, max_length=32, description="Where it came from (email, x, community, …)."
    )


class AnalyseOut(Schema):
    intent: str = Field(..., description=f"One of {', '.join(INTENTS)}.")
    sentiment: str = Field(..., description=f"One of {', '.join(SENTIMENTS)}.")
    sentiment_score: float = Field(..., description="From -1 (negative) to 1 (positive).")
    product_area: str | None = Field(
        None,
        description="The company's product area (a tag's slug) nearest in meaning; null when "
        "none is near enough.",
    )
    language: str = Field(..., description="ISO 639-1 code, or 'und' when it cannot tell.")


def check_analyse(user) -> None:
    if not (user.is_authenticated and user.is_active and user.is_staff_member):
        raise PermissionDenied("Only staff can analyse messages.")


@router.post(
    "/analyse", response={200: AnalyseOut, 401: Error, 403: Error, 422: FieldErrors},
    auth=write_auth,
)  # fmt: skip
def analyse_message(request: ApiRequest, payload: AnalyseIn):
    """Intent, sentiment and language of one inbound message. Nothing is stored."""
    check_analyse(request.auth)
    (result,) = analyse([payload.text])
    area, _, _ = place({0: payload.text}, {})[0]
    return {
        "intent": result.intent,
        "sentiment": result.sentiment.label,
        "sentiment_score": result.sentiment.score,
        "product_area": area or None,
        "language": detect_language(clean_message(payload.text)),
    }
