"""Reads. The guidance configuration (register, public contacts, policy, goodwill allowance) is
loaded with four queries and kept in the process until one of the four tables or the company's
settings (OPENLINE["COMPANY_NAME"], ["COMPANY_PRODUCTS"]) change: a check costs one cheap version
query, not a reload."""

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import timedelta
from typing import Any

from django.conf import settings
from django.db import connection
from django.db.models import Avg, Q, QuerySet
from django.db.models.functions import Lower
from django.http import Http404
from django.utils import timezone
from django.utils.translation import gettext as _
from django_stubs_ext import StrOrPromise

from openline.accounts.models import Role, User
from openline.core.publishing import HeldDraft

from . import permissions
from .detectors import Allowance, Company, RegisterIndex
from .detectors.goodwill import Limit
from .models import (
    ConfidentialTerm,
    ContactKind,
    GoodwillLimit,
    Kind,
    LearningCase,
    PolicyRule,
    PublicContact,
    RegisterReport,
    ReportStatus,
    ReviewRequest,
    ReviewStatus,
)
from .policy import DEFAULT_ACTIONS, RuleKey


@dataclass(frozen=True)
class GuidanceConfig:
    register: RegisterIndex = field(default_factory=RegisterIndex)
    public_emails: frozenset[str] = frozenset()
    public_phones: frozenset[str] = frozenset()
    public_addresses: frozenset[str] = frozenset()
    rules: dict[RuleKey, str] = field(default_factory=dict)
    company: Company = field(default_factory=Company)
    allowance: Allowance = field(default_factory=Allowance)


_lock = threading.Lock()
_cached: tuple[tuple[Any, ...], GuidanceConfig] | None = None


def _version() -> tuple[Any, ...]:
    """Row count, latest change and highest id of each table, in one query: any insert, edit or
    delete changes it (a bulk `update()` that skips `updated_at` does not; the admin and the
    actions never do that)."""
    tables = [
        connection.ops.quote_name(model._meta.db_table)
        for model in (ConfidentialTerm, PublicContact, PolicyRule, GoodwillLimit)
    ]
    # Only our own table names go into the statement.
    columns = ", ".join(
        f"(SELECT COUNT(*) FROM {t}), (SELECT MAX(updated_at) FROM {t}), (SELECT MAX(id) FROM {t})"  # noqa: S608
        for t in tables
    )
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT {columns}")
        row = cursor.fetchone()
    return (connection.alias, str(connection.settings_dict["NAME"]), *_company_settings(), *row)


def _company_settings() -> tuple[str, tuple[str, ...]]:
    """The company's name and products, which the wording checks use ("Acme's fault", "all
    our Nibble Sticks are unsafe"): configuration, so no company is written into the code."""
    options = settings.OPENLINE
    return str(options.get("COMPANY_NAME", "")), tuple(options.get("COMPANY_PRODUCTS", ()))


def _public_names() -> list[str]:
    name, products = _company_settings()
    return [name, *products]


def _load() -> GuidanceConfig:
    terms = list(
        ConfidentialTerm.objects.filter(active=True).values_list(
            "term", "category", "note", "variants", "ordinary_contexts"
        )
    )
    contacts = list(PublicContact.objects.values_list("kind", "normalised"))
    rules = {
        (kind, channel, role): action
        for kind, channel, role, action in PolicyRule.objects.values_list(
            "kind", "channel", "author_role", "action"
        )
    }
    limits = GoodwillLimit.objects.values_list("amount", "currency", "unit", "written")
    return GuidanceConfig(
        register=RegisterIndex.build(terms, _public_names()),
        allowance=Allowance.build(
            (Limit(amount, currency=currency, unit=unit), written)
            for amount, currency, unit, written in limits
        ),
        public_emails=frozenset(v for k, v in contacts if k == ContactKind.EMAIL),
        public_phones=frozenset(v for k, v in contacts if k == ContactKind.PHONE),
        public_addresses=frozenset(v for k, v in contacts if k == ContactKind.ADDRESS),
        rules=rules,
        company=Company.build(*_company_settings()),
    )


_pinned: ContextVar[GuidanceConfig | None] = ContextVar("guidance_config_pinned", default=None)


@contextmanager
def one_config() -> Iterator[GuidanceConfig]:
    """Within the block, `guidance_config()` is the one read on entry: a batch of texts (the
    redaction of a page's worth of quotes) checks the register once, not once per text."""
    config = guidance_config()
    token = _pinned.set(config)
    try:
        yield config
    finally:
        _pinned.reset(token)


def guidance_config() -> GuidanceConfig:
    global _cached
    if (pinned := _pinned.get()) is not None:
        return pinned
    version = _version()
    cached = _cached
    if cached is not None and cached[0] == version:
        return cached[1]
    with _lock:
        config = _load()
        _cached = (version, config)
    return config


def register_terms(*, include_inactive: bool = True) -> QuerySet[ConfidentialTerm]:
    terms = ConfidentialTerm.objects.select_related("created_by").order_by(Lower("term"))
    return terms if include_inactive else terms.filter(active=True)


def register_reports(*, pending: bool = True) -> QuerySet[RegisterReport]:
    """Reports for the register's managers: those waiting first (oldest first), or the last
    decided (newest first)."""
    reports = RegisterReport.objects.select_related("term", "reporter", "decided_by")
    if pending:
        return reports.filter(status=ReportStatus.PENDING).order_by("created_at", "id")
    return reports.exclude(status=ReportStatus.PENDING).order_by("-decided_at", "-id")


def access_register_report(user: User | None, report_id: int) -> RegisterReport:
    permissions.check_manage_register(user)
    try:
        return RegisterReport.objects.select_related("term", "reporter").get(pk=report_id)
    except (RegisterReport.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such report.") from None


def access_term(user: User | None, term_id: int) -> ConfidentialTerm:
    permissions.check_manage_register(user)
    try:
        return ConfidentialTerm.objects.get(pk=term_id)
    except (ConfidentialTerm.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such term.") from None


def terms_to_name(user: User | None) -> list[tuple[int, str]]:
    """The active terms someone may name a phrase as ("this is <term>"): only staff read the
    register."""
    permissions.check_report_variant(user)
    terms = ConfidentialTerm.objects.filter(active=True).order_by(Lower("term"))
    return list(terms.values_list("pk", "term"))


def public_contacts() -> QuerySet[PublicContact]:
    return PublicContact.objects.all()


def goodwill_limits() -> list[GoodwillLimit]:
    return list(GoodwillLimit.objects.all())


# --- findings ---------------------------------------------------------------------------------


# Each kind's label, read once: `Kind.values` builds a new list on every read, and a check asks
# for the label of every finding (session 24, cold-v19).
_KIND_LABELS: dict[str, StrOrPromise] = {kind.value: kind.label for kind in Kind}


def kind_label(kind: str) -> StrOrPromise:
    label = _KIND_LABELS.get(kind)
    return label if label is not None else kind.replace("_", " ").capitalize()


# --- reviews ----------------------------------------------------------------------------------


def _reviews() -> QuerySet[ReviewRequest]:
    return ReviewRequest.objects.select_related("author", "reviewer", "thread", "published_reply")


def review_queue() -> QuerySet[ReviewRequest]:
    """Pending requests, the longest waiting first."""
    return _reviews().filter(status=ReviewStatus.PENDING).order_by("created_at", "id")


def recent_decisions(limit: int = 20) -> QuerySet[ReviewRequest]:
    decided = _reviews().filter(status__in=[ReviewStatus.APPROVED, ReviewStatus.RETURNED])
    return decided.order_by("-decided_at", "-id")[:limit]


def average_time_in_review(days: int = 30) -> timedelta | None:
    since = timezone.now() - timedelta(days=days)
    average: timedelta | None = ReviewRequest.objects.filter(
        decided_at__gte=since, status__in=[ReviewStatus.APPROVED, ReviewStatus.RETURNED]
    ).aggregate(average=Avg("time_in_review"))["average"]
    return average


def access_review(user: User | None, review_id: int) -> ReviewRequest:
    """A request for a reviewer to decide on; others are refused before anything is read."""
    permissions.check_review(user)
    try:
        return _reviews().get(pk=review_id)
    except (ReviewRequest.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such review request.") from None


def access_own_review(user: User, review_id: int) -> ReviewRequest:
    try:
        return _reviews().get(pk=review_id, author=user)
    except (ReviewRequest.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such review request.") from None


def reviews_of(author: User) -> QuerySet[ReviewRequest]:
    return _reviews().filter(author=author).order_by("-created_at", "-id")


# --- learning library -------------------------------------------------------------------------

CASE_SEARCH_FIELDS = ("title", "what_happened", "why", "what_now")


def learning_cases(user: User | None, query: str = "") -> QuerySet[LearningCase]:
    """Newest first; the search looks at what happened and what was learned, never at who: the
    library is not a list of people's mistakes."""
    permissions.check_view_lessons(user)
    cases = LearningCase.objects.select_related("author", "reply__thread").order_by(
        "-created_at", "-id"
    )
    for word in query.split()[:8]:
        match = Q()
        for name in CASE_SEARCH_FIELDS:
            match |= Q(**{f"{name}__icontains": word})
        cases = cases.filter(match)
    return cases


def access_learning_case(user: User | None, case_id: int) -> LearningCase:
    permissions.check_view_lessons(user)
    try:
        return LearningCase.objects.select_related("author", "created_by", "reply__thread").get(
            pk=case_id
        )
    except (LearningCase.DoesNotExist, ValueError, OverflowError):
        raise Http404("No such learning case.") from None


# --- the policy as the settings page shows it ---------------------------------------------------


@dataclass(frozen=True)
class KindPolicy:
    kind: str
    label: str
    default: str  # the built-in action
    everywhere: PolicyRule | None  # a rule for every channel and role, overriding the default
    narrower: list[PolicyRule]  # rules for a channel and/or a role

    @property
    def in_force(self) -> str:
        return self.everywhere.action if self.everywhere else self.default


def policy_overview() -> list[KindPolicy]:
    """Every kind of finding with its built-in default and the rules that change it (one
    query): the defaults apply while no rule exists, so the page shows them, not "0 rules"."""
    rules: dict[str, list[PolicyRule]] = {}
    for rule in PolicyRule.objects.order_by("kind", "channel", "author_role"):
        rules.setdefault(rule.kind, []).append(rule)
    overview = []
    for kind, label in Kind.choices:
        found = rules.get(kind, [])
        everywhere = next((r for r in found if not r.channel and not r.author_role), None)
        overview.append(KindPolicy(
            kind=kind, label=str(label), default=str(DEFAULT_ACTIONS[kind]),
            everywhere=everywhere, narrower=[r for r in found if r is not everywhere],
        ))  # fmt: skip
    return overview


# --- replies in review, as the conversation they answer shows them ----------------------------


def held_for_conversation(*, conversation_id: int, author_id: int | None = None) -> list[HeldDraft]:
    """The `core.publishing.held_drafts` lister: the conversation's replies that went to
    review, but not those their author withdrew."""
    reviews = (
        ReviewRequest.objects.filter(conversation_id=conversation_id)
        .exclude(status=ReviewStatus.WITHDRAWN)
        .select_related("author", "reviewer")
    )
    if author_id is not None:
        reviews = reviews.filter(author_id=author_id)
    found = list(reviews)
    pool = _reviewer_names() if any(r.is_pending for r in found) else []
    return [
        HeldDraft(
            pk=r.pk,
            author_id=r.author_id,
            author_name=r.author.name,
            text=r.final_text or r.text,
            status=r.status,
            status_label=HELD_LABELS[r.status],
            reviewer=r.reviewer.name if r.reviewer else _who_reviews(pool, r.author_id),
            note=r.note,
            created_at=r.created_at,
            decided_at=r.decided_at,
        )
        for r in found
    ]


NAMED_REVIEWERS = 3  # beyond these, "or another moderator"


def _reviewer_names() -> list[tuple[int, str]]:
    """Everyone who may decide on a held reply (permissions.can_review), in one query."""
    reviewers = User.objects.filter(is_active=True, role__in=[Role.MODERATOR, Role.ADMIN]).order_by(
        "role", "display_name", "username"
    )
    return [(u.pk, u.name) for u in reviewers.only("pk", "display_name", "username")]


def _who_reviews(pool: list[tuple[int, str]], author_id: int) -> str:
    """Who a waiting reply waits for: the reviewers by name, never its author (four eyes)."""
    names = [name for pk, name in pool if pk != author_id]
    if not names:
        return str(_("a moderator"))
    if len(names) == 1:
        return names[0]
    if len(names) <= NAMED_REVIEWERS:
        return str(_("%(names)s or %(last)s") % {"names": ", ".join(names[:-1]), "last": names[-1]})
    named = ", ".join(names[:NAMED_REVIEWERS])
    return str(_("%(names)s or another moderator") % {"names": named})


HELD_LABELS: dict[str, str] = {
    ReviewStatus.PENDING: "Waiting for review",
    ReviewStatus.APPROVED: "Approved in review and sent",
    ReviewStatus.RETURNED: "Returned in review, not sent",
}
