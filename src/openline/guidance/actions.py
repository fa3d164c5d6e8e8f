"""Writes. The confidential register and the public contacts (permission checks are the
caller's: the API checks them, the command line is for operators); review decisions, learning
cases and the mistake flow (these check their own permissions). Each validates and raises a
ValidationError keyed by field."""

import re

import phonenumbers
from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.validators import EmailValidator
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from phonenumbers import SUPPORTED_REGIONS, PhoneNumberFormat

from openline.accounts.models import User
from openline.community import actions as community_actions
from openline.community.models import Reply
from openline.inbox import actions as inbox_actions
from openline.inbox.models import Conversation

from . import permissions
from .checks import check_text
from .detectors.goodwill import Limit, parse_limit
from .detectors.internal import squash
from .detectors.personal import (
    normalise_organisation_line,
    normalise_short_number,
    squash_address,
)
from .models import (
    Action,
    AuditDecision,
    AuditLog,
    ConfidentialTerm,
    ContactKind,
    GoodwillLimit,
    Kind,
    LearningCase,
    PublicContact,
    ReviewRequest,
    ReviewStatus,
    TermCategory,
)
from .publishing import approving, excerpt
from .tasks import send_review_outcome_email

# A postal address: letters and a house number or postcode, usually with commas.
# A number written with its country code, as E.164 allows it (8 to 15 digits): the company's own
# line even where libphonenumber's metadata does not know the range ("+234 1 700 2290").
WRITTEN_INTERNATIONAL = re.compile(r"\+\d[\d ()./-]{5,22}\d")
ADDRESS_LIKE = re.compile(r"^(?=.*\d)(?=.*[^\W\d_]{3})[^@]{8,}[,\n][^@]+$")
TERM_MIN = 3  # letters or digits: shorter terms would match half the words in a reply


def clean_term(term: str, *, exclude_pk: int | None = None) -> str:
    term = " ".join((term or "").split())
    if len(term) > 200:
        raise ValidationError({"term": _("A term can be at most 200 characters.")})
    squashed = squash(term)
    if len(squashed) < TERM_MIN:
        raise ValidationError(
            {
                "term": _("A term needs at least %(TERM_MIN)s letters or digits.")
                % {"TERM_MIN": TERM_MIN}
            }
        )
    others = ConfidentialTerm.objects.all()
    if exclude_pk is not None:
        others = others.exclude(pk=exclude_pk)
    for existing, active in others.values_list("term", "active"):
        if squash(existing) == squashed:
            state = (
                "" if active else " (inactive: reactivate it in Settings → Confidential register)"
            )
            raise ValidationError(
                {
                    "term": _("“%(existing)s” is already on the register%(state)s.")
                    % {"existing": existing, "state": state}
                }
            )
    return term


def clean_variants(variants: list[str] | str | None, *, term: str) -> list[str]:
    """One variant per line (or a list): each matched like the term; blanks, duplicates and
    the term itself dropped."""
    if isinstance(variants, str):
        variants = variants.splitlines()
    cleaned: list[str] = []
    seen = {squash(term)}
    for variant in variants or []:
        variant = " ".join(str(variant).split())
        if not variant:
            continue
        if len(variant) > 200:
            raise ValidationError({"variants": _("A variant can be at most 200 characters.")})
        squashed = squash(variant)
        if len(squashed) < TERM_MIN:
            raise ValidationError(
                {
                    "variants": _(
                        "“%(variant)s”: a variant needs at least %(TERM_MIN)s letters or digits."
                    )
                    % {"variant": variant, "TERM_MIN": TERM_MIN}
                }
            )
        if squashed not in seen:
            seen.add(squashed)
            cleaned.append(variant)
    return cleaned


def add_confidential_term(
    actor: User | None,
    *,
    term: str,
    category: str = TermCategory.CODE_NAME,
    note: str = "",
    variants: list[str] | str | None = None,
) -> ConfidentialTerm:
    if category not in TermCategory.values:
        raise ValidationError(
            {"category": _("Choose one of: %(join)s.") % {"join": ", ".join(TermCategory.values)}}
        )
    note = (note or "").strip()
    if len(note) > 500:
        raise ValidationError({"note": _("A note can be at most 500 characters.")})
    with transaction.atomic():
        term = clean_term(term)
        return ConfidentialTerm.objects.create(
            term=term, category=category, note=note, created_by=actor,
            variants=clean_variants(variants, term=term),
        )  # fmt: skip


def company_country() -> str:
    """The company's country (settings OPENLINE["COMPANY_COUNTRY"], an ISO 3166 code): the
    operator writes the company's own numbers as its people dial them ("052 511 34 90" in
    Switzerland), so a number without its country code is read as that country's."""
    return str(settings.OPENLINE.get("COMPANY_COUNTRY") or "GB").upper()


def parse_contact(value: str, *, region: str | None = None) -> tuple[str, str]:
    """(kind, normalised) of an e-mail address, phone number or postal address; national
    numbers are read as `region`'s (the company's country unless given), or as another
    country's freephone or shared-cost line (an Australian "1800 731 442"); a service's short
    number ("116 116") is kept as its digits."""
    region = (region or company_country()).upper()
    value = (value or "").strip()
    if "@" in value:
        try:
            EmailValidator()(value)
        except ValidationError:
            raise ValidationError({"value": f"{value!r} is not a valid e-mail address."}) from None
        return ContactKind.EMAIL, value.lower()
    number = normalise_short_number(value, region) or normalise_organisation_line(value, region)
    digits = "".join(c for c in value if c.isdigit())
    if number is None and WRITTEN_INTERNATIONAL.fullmatch(value) and 8 <= len(digits) <= 15:
        number = "+" + digits  # personal-v15
    if ADDRESS_LIKE.match(value) and number is None:
        return ContactKind.ADDRESS, squash_address(value)
    if number is None:
        raise ValidationError({"value": _not_a_contact(value, region)})
    return ContactKind.PHONE, number


def _not_a_contact(value: str, region: str) -> str:
    """What to write instead, with a number of the company's own country in both forms."""
    example = phonenumbers.example_number(region) if region in SUPPORTED_REGIONS else None
    if example is None:  # a country without numbers of its own: the settings' default's
        region, example = "GB", phonenumbers.parse("+44 121 234 5678")
    return _(
        "“%(value)s” is not an e-mail address, a phone number or a postal address. A number "
        "without its country code is read as a number in %(country)s, the company's country "
        "(e.g. %(national)s, or %(international)s with its code)."
    ) % {
        "value": value,
        "country": region,
        "national": phonenumbers.format_number(example, PhoneNumberFormat.NATIONAL),
        "international": phonenumbers.format_number(example, PhoneNumberFormat.INTERNATIONAL),
    }


# "0800 111 999 (national gas emergency line)": a value with its note in brackets at the end.
VALUE_WITH_NOTE = re.compile(r"^(?P<value>[^()]*?)\s*\((?P<note>[^()]*)\)\s*$")
# A town (no digit) and in brackets a street with its house number: "Köln (Ehrenstraße 12)",
# "Leeds (22 Call Lane)".
TOWN_WITH_STREET = re.compile(
    r"\s*[^\W\d_][^\d()@,]{1,40}\(\s*(?:[^\W\d_][^()@\d]{2,60}\s\d{1,4}[a-zA-Z]?"
    r"|\d{1,4}[a-zA-Z]?\s[^\W\d_][^()@\d]{2,60})\s*\)\s*"
)


def add_public_contact(*, value: str, note: str = "", region: str | None = None) -> PublicContact:
    bracketed = VALUE_WITH_NOTE.match(value or "")
    if bracketed and bracketed.group("value") and "@" not in bracketed.group("note"):
        value, note = bracketed.group("value"), note or bracketed.group("note")
        if TOWN_WITH_STREET.fullmatch(bracketed.group(0)):
            # "Linz (Landstraße 33)": a branch written as its town and, in brackets, its street
            # and house number is the address "Landstraße 33, Linz" (values-v17).
            value, note = f"{bracketed.group('note')}, {bracketed.group('value')}", ""
    kind, normalised = parse_contact(value, region=region)
    with transaction.atomic():
        if PublicContact.objects.filter(normalised=normalised).exists():
            raise ValidationError(
                {
                    "value": _("%(normalised)s is already a public contact.")
                    % {"normalised": normalised}
                }
            )
        return PublicContact.objects.create(
            value=value.strip(), kind=kind, normalised=normalised, note=(note or "").strip()[:200]
        )


# --- the goodwill allowance ---------------------------------------------------------------------

GOODWILL_LINES = 20
GOODWILL_MAX = 1_000_000


def clean_goodwill_allowance(text: str) -> list[tuple[Limit, str]]:
    """The allowance's lines, each a limit and the line as written; every line that is not one
    is reported, by its number, and nothing is kept."""
    lines = [" ".join(line.split()) for line in (text or "").splitlines()]
    errors: list[str] = []
    limits: list[tuple[Limit, str]] = []
    seen: dict[str, str] = {}
    for number, line in enumerate(lines, start=1):
        if not line:
            continue
        limit = parse_limit(line) if len(line) <= 80 else None
        if limit is None:
            errors.append(
                _("Line %(number)s, “%(line)s”: write an amount with its currency (£25, EUR 30, "
                  "30 CHF) or a number and what is given (1 free month, 15 credits).")
                % {"number": number, "line": line[:80]}
            )  # fmt: skip
            continue
        if not 0 < limit.amount < GOODWILL_MAX:
            errors.append(
                _("Line %(number)s, “%(line)s”: the amount must be more than 0 and less "
                  "than 1,000,000.") % {"number": number, "line": line}
            )  # fmt: skip
            continue
        key = limit.currency or limit.unit
        if key in seen:
            errors.append(
                _("Line %(number)s, “%(line)s”: “%(other)s” is a limit of the same currency or "
                  "unit already; keep one.") % {"number": number, "line": line, "other": seen[key]}
            )  # fmt: skip
            continue
        seen[key] = line
        limits.append((limit, line))
    if len(limits) > GOODWILL_LINES:
        errors.append(_("At most %(count)s lines.") % {"count": GOODWILL_LINES})
    if errors:
        raise ValidationError({"allowance": errors})
    return limits


def replace_goodwill_allowance(text: str) -> list[GoodwillLimit]:
    """The allowance becomes the lines of `text`, checked first: a line that is no limit keeps
    everything as it was. Empty: no allowance."""
    limits = clean_goodwill_allowance(text)
    with transaction.atomic():
        GoodwillLimit.objects.all().delete()
        return GoodwillLimit.objects.bulk_create(
            GoodwillLimit(
                written=written, amount=limit.amount, currency=limit.currency,
                unit=limit.unit, position=position,
            )
            for position, (limit, written) in enumerate(limits)
        )  # fmt: skip


# --- review decisions -------------------------------------------------------------------------

NOTE_MAX = 2000


def _clean_note(note: str, *, required: bool, message: str = "") -> str:
    note = (note or "").strip()
    if required and not note:
        raise ValidationError({"note": message or "Write a note for the author."})
    if len(note) > NOTE_MAX:
        raise ValidationError({"note": f"Keep the note under {NOTE_MAX:,} characters."})
    return note


def _same_text(a: str, b: str) -> bool:
    return a.replace("\r\n", "\n").strip() == b.replace("\r\n", "\n").strip()


def _clean_review_text(review: ReviewRequest, text: str | None) -> str:
    """The text to publish: the author's, or the reviewer's edit of it. Nothing that is never
    publishable (a secret, a card number…) goes out, whoever approved it."""
    if text is None or _same_text(text, review.text):
        text = review.text  # browsers send a textarea's line breaks as CRLF
    text = text.strip()
    limit = settings.OPENLINE["BODY_MAX"]
    if not text:
        raise ValidationError({"text": _("The reply would be empty.")})
    if len(text) > limit:
        raise ValidationError({"text": f"Keep the text under {limit:,} characters."})
    result = check_text(text, channel=review.channel, author_role=review.author.role)
    blocked = [f for f in result.findings if f.severity == Action.BLOCK]
    if blocked:
        raise ValidationError({"text": [f"{f.label}: {f.message} {f.suggestion}" for f in blocked]})
    return text


def _locked_pending(review: ReviewRequest) -> ReviewRequest:
    review = ReviewRequest.objects.select_for_update().select_related("author").get(pk=review.pk)
    if not review.is_pending:
        raise ValidationError(
            _("This request was already decided: %(lower)s.")
            % {"lower": review.get_status_display().lower()}
        )
    return review


def _decide(review: ReviewRequest, reviewer: User | None, status: str, note: str) -> None:
    now = timezone.now()
    review.status, review.reviewer, review.note = status, reviewer, note
    review.decided_at, review.time_in_review = now, now - review.created_at
    review.save(
        update_fields=["status", "reviewer", "note", "decided_at", "time_in_review",
                       "final_text", "edited"]
    )  # fmt: skip


def _publish_to_conversation(review: ReviewRequest, text: str) -> None:
    conversation = None
    if review.conversation_id is not None:
        conversation = Conversation.objects.filter(pk=review.conversation_id).first()
    if conversation is None:
        raise ValidationError(_("The conversation this reply was for no longer exists."))
    with approving(review):
        inbox_actions.reply(review.author, conversation, body=text)


def _publish(review: ReviewRequest, text: str) -> Reply | None:
    """Publishes the approved text as its author, where it was meant to go."""
    try:
        if review.target_reply is not None:
            return community_actions.edit_reply(
                review.author, review.target_reply, body=text, approved_review=review
            )
        if review.thread is not None:
            return community_actions.create_reply(
                review.author, review.thread, body=text, approved_review=review
            )
        if review.conversation_id:
            _publish_to_conversation(review, text)
            return None
    except PermissionDenied as error:
        raise ValidationError(
            _("It cannot be published for its author: %(error)s") % {"error": error}
        ) from None
    raise ValidationError(_("This request has nowhere to publish to."))


def approve_review(
    reviewer: User, review: ReviewRequest, *, text: str | None = None, note: str = ""
) -> ReviewRequest:
    """Publishes the held reply as its author, as written or with the reviewer's edit."""
    permissions.check_decide_review(reviewer, review)
    note = _clean_note(note, required=False)
    with transaction.atomic():
        review = _locked_pending(review)
        review.final_text = _clean_review_text(review, text)
        review.edited = review.final_text != review.text
        _decide(review, reviewer, ReviewStatus.APPROVED, note)
        published = _publish(review, review.final_text)
        if published is not None:
            review.published_reply = published
            review.save(update_fields=["published_reply"])
        decision = AuditDecision.APPROVED_EDITED if review.edited else AuditDecision.APPROVED
        _audit_decision(review, reviewer, decision)
        transaction.on_commit(lambda: send_review_outcome_email.enqueue(review.pk))
    return review


def return_review(reviewer: User, review: ReviewRequest, *, note: str) -> ReviewRequest:
    """Sends the reply back to its author with a note on what to change; nothing goes out."""
    permissions.check_decide_review(reviewer, review)
    note = _clean_note(note, required=True, message="Tell the author what to change.")
    with transaction.atomic():
        review = _locked_pending(review)
        _decide(review, reviewer, ReviewStatus.RETURNED, note)
        _audit_decision(review, reviewer, AuditDecision.RETURNED)
        transaction.on_commit(lambda: send_review_outcome_email.enqueue(review.pk))
    return review


def withdraw_review(author: User, review: ReviewRequest) -> ReviewRequest:
    if review.author_id != author.pk:
        raise PermissionDenied(_("Only the author can withdraw a request."))
    with transaction.atomic():
        review = _locked_pending(review)
        _decide(review, None, ReviewStatus.WITHDRAWN, "")
        ReviewRequest.objects.filter(pk=review.pk).update(outcome_seen_at=review.decided_at)
    return review


def mark_review_outcomes_seen(author: User) -> int:
    return ReviewRequest.objects.filter(
        author=author, decided_at__isnull=False, outcome_seen_at__isnull=True
    ).update(outcome_seen_at=timezone.now())


def _audit_decision(review: ReviewRequest, reviewer: User, decision: str) -> None:
    AuditLog.objects.create(
        actor=reviewer, author=review.author, decision=decision, channel=review.channel,
        excerpt=excerpt(review.final_text or review.text), findings=review.findings,
        thread=review.thread, conversation_id=review.conversation_id, review=review,
        note=review.note,
    )  # fmt: skip


# --- learning cases ---------------------------------------------------------------------------

CASE_TEXT_MAX = 5000


def _clean_case(
    *, title: str, what_happened: str, why: str, what_now: str, kind: str
) -> dict[str, str]:
    fields = {
        "what_happened": (what_happened or "").strip(),
        "why": (why or "").strip(),
        "what_now": (what_now or "").strip(),
    }
    errors: dict[str, str] = {}
    for name, value in fields.items():
        if len(value) > CASE_TEXT_MAX:
            errors[name] = f"Keep it under {CASE_TEXT_MAX:,} characters."
    if not fields["what_happened"]:
        errors["what_happened"] = "Say what happened."
    if not fields["what_now"]:
        errors["what_now"] = "Say what we do now, so it does not happen again."
    if kind and kind not in Kind.values:
        errors["kind"] = f"Choose one of: {', '.join(Kind.values)}, or none."
    title = " ".join((title or "").split())
    if len(title) > 140:
        errors["title"] = "Keep the title under 140 characters."
    if errors:
        raise ValidationError(errors)
    first_line = fields["what_happened"].splitlines()[0]
    fields["title"] = title or (first_line[:139] + "…" if len(first_line) > 140 else first_line)
    fields["kind"] = kind or ""
    return fields


def create_learning_case(
    actor: User,
    *,
    reply: Reply | None = None,
    title: str = "",
    what_happened: str,
    why: str = "",
    what_now: str,
    kind: str = "",
    anonymised: bool = False,
) -> LearningCase:
    permissions.check_view_lessons(actor)
    fields = _clean_case(
        title=title, what_happened=what_happened, why=why, what_now=what_now, kind=kind
    )
    return LearningCase.objects.create(
        reply=reply, author=reply.author if reply else None, created_by=actor,
        anonymised=anonymised, **fields,
    )  # fmt: skip


def edit_learning_case(
    actor: User,
    case: LearningCase,
    *,
    title: str,
    what_happened: str,
    why: str,
    what_now: str,
    kind: str,
    anonymised: bool,
) -> LearningCase:
    permissions.check_edit_learning_case(actor, case)
    fields = _clean_case(
        title=title, what_happened=what_happened, why=why, what_now=what_now, kind=kind
    )
    for name, value in {**fields, "anonymised": anonymised}.items():
        setattr(case, name, value)
    case.save(update_fields=[*fields, "anonymised", "updated_at"])
    return case


def record_mistake(
    actor: User,
    reply: Reply,
    *,
    correction: str,
    acknowledged: bool = False,
    title: str = "",
    what_happened: str,
    why: str = "",
    what_now: str,
    kind: str = "",
    anonymised: bool = False,
) -> LearningCase:
    """The mistake flow: the correction goes out on the reply and the case into the learning
    library, together or not at all."""
    permissions.check_view_lessons(actor)
    _clean_case(title=title, what_happened=what_happened, why=why, what_now=what_now, kind=kind)
    with transaction.atomic():
        community_actions.correct_reply(
            actor, reply, correction=correction, acknowledged=acknowledged
        )
        return create_learning_case(
            actor, reply=reply, title=title, what_happened=what_happened, why=why,
            what_now=what_now, kind=kind, anonymised=anonymised,
        )  # fmt: skip
