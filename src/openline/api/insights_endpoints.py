"""Service insights for staff: the figures of the service dashboard over a date range, from
the day rollups the worker keeps (the same numbers as /staff/service/ and its CSV tables)."""

from datetime import date

from django.contrib.auth.models import AnonymousUser
from ninja import Field, Query, Router, Schema
from ninja.errors import AuthenticationError

from openline.accounts.models import User
from openline.inbox.models import ChannelKind
from openline.insights import permissions
from openline.insights.community import (
    community_figures,
    content_gaps,
    guidance_findings,
    voice_trends,
)
from openline.insights.service import MAX_DAYS as MAX_RANGE_DAYS
from openline.insights.service import backlog, filters_from, report

from .auth import ReadApiRequest, read_auth
from .schemas import Error, FieldErrors

router = Router(tags=["insights"])


class ShareOut(Schema):
    n: int
    of: int
    percent: float | None = Field(..., description="n of `of` in per cent; null when `of` is 0.")


class MinutesOut(Schema):
    median: float | None
    p90: float | None = Field(..., description="Nearest rank.")


class FirstResponseOut(MinutesOut):
    clock_median: float | None
    clock_p90: float | None


class FiguresOut(Schema):
    conversations: int = Field(..., description="Inbox conversations that came in in the range.")
    answered: ShareOut
    first_response_minutes: FirstResponseOut = Field(
        ..., description="Business minutes of the SLA policy's calendar (clock minutes without "
        "a policy); clock_* in clock minutes.",
    )  # fmt: skip
    within_sla: ShareOut = Field(
        ..., description="First answers within the policy's target, of those answered under a "
        "policy plus those unanswered past due.",
    )  # fmt: skip
    resolution_minutes: MinutesOut
    solved: ShareOut
    reopened: ShareOut = Field(..., description="Of those ever solved, reopened at least once.")
    answered_in_public: ShareOut


class ChannelFiguresOut(FiguresOut):
    channel: str


class BacklogOut(Schema):
    open: int
    waiting_on_customer: int
    median_age_hours: float | None
    oldest_age_hours: float | None


class WhoOut(Schema):
    staff: int
    superusers: int
    members: int


class CommunityOut(Schema):
    questions: int
    answered: int
    first_answer_by: WhoOut
    answered_by_community: ShareOut
    community_first_answer_minutes: MinutesOut
    accepted: ShareOut
    accepted_by_staff: int
    deflection: ShareOut = Field(..., description="Suggestions chosen, then nothing posted.")


class CountOut(Schema):
    name: str
    count: int


class VoiceOut(Schema):
    intent: list[CountOut]
    sentiment: list[CountOut]


class ServiceOut(Schema):
    from_: date = Field(..., alias="from")
    to: date
    channel: str | None
    total: FiguresOut
    by_channel: list[ChannelFiguresOut]
    backlog: BacklogOut = Field(..., description="Now, whatever the range.")
    community: CommunityOut
    searches_without_result: list[CountOut]
    guidance_findings: list[CountOut] = Field(..., description="By kind; no names.")
    voice: VoiceOut = Field(..., description="Customer texts read in the range (corrections win).")


class ServiceQuery(Schema):
    from_: date | None = Field(
        None, alias="from", description="First day (30 days back); the range is at most "
        f"{MAX_RANGE_DAYS} days and must not start after it ends (422).",
    )  # fmt: skip
    to: date | None = Field(None, description="Last day, included (today).")
    channel: ChannelKind | None = Field(None, description="A channel kind.")
    space: int | None = Field(None, ge=1, le=10**12 - 1, description="A space id (404 if none).")
    team: str | None = Field(None, max_length=80)
    agent: str | None = Field(
        None, max_length=150, description="A staff username (agents: their own; 404 if none)."
    )


def _text(value: object) -> str | None:
    """The query string's value as the page's form gives it to filters_from."""
    return None if value is None else str(getattr(value, "value", None) or value)


def _signed_in(request: ReadApiRequest) -> User:
    user = request.auth
    if user is None or isinstance(user, AnonymousUser) or not user.is_authenticated:
        raise AuthenticationError()
    return user


@router.get(
    "/insights/service",
    response={200: ServiceOut, 401: Error, 403: Error, 404: Error, 422: FieldErrors},
    auth=read_auth,
    by_alias=True,
)
def service(request: ReadApiRequest, query: Query[ServiceQuery]):
    """Service health over a range of company days: conversations in, first response
    (median, p90), within SLA, resolution, solved, reopened, answered in public; by channel;
    the backlog now; community figures and the searches that found nothing. Staff only;
    agents may narrow to themselves and their own team."""
    user = _signed_in(request)
    permissions.check_view_insights(user)
    params = {"from": _text(query.from_), "to": _text(query.to), "channel": _text(query.channel),
              "space": _text(query.space), "team": query.team, "agent": query.agent}  # fmt: skip
    filters = filters_from(user, params)
    found = report(filters)
    return {
        "from": filters.since,
        "to": filters.until,
        "channel": filters.channel,
        "total": found.total.as_dict(),
        "by_channel": [{"channel": kind, **f.as_dict()} for kind, f in found.by_channel],
        "backlog": backlog(filters).as_dict(),
        "community": community_figures(filters).as_dict(),
        "searches_without_result": [{"name": q, "count": n} for q, n in content_gaps(filters)],
        "guidance_findings": [{"name": k, "count": n} for k, n in guidance_findings(filters)],
        "voice": {
            part: [{"name": k, "count": n} for k, n in rows]
            for part, rows in voice_trends(filters).items()
        },
    }
