"""Writes of the register's correction loop: "not confidential here" (a finding that was the
word's ordinary use) and "this is <term>" (a phrase that names a term another way), and the
register managers' decisions on them.

Each action checks its permission, cleans its input, writes in one transaction (with a line in
the register's settings history when the register changes) and emits its event on commit. A
register manager's own report is accepted as it is made; anyone else's waits in the queue on the
register page and changes nothing in matching until a manager accepts it."""

import logging
import re

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from openline.accounts.models import User
from openline.community.models import Reply
from openline.core.errors import UnknownReference
from openline.core.ratelimit import hit
from openline.core.settings_history import record_settings_change

from . import actions, events, permissions
from .detectors.internal import squash
from .detectors.learned import cue_words, note_words, sentence_span
from .detectors.learned import detect as detect_register
from .models import (
    ConfidentialTerm,
    RegisterReport,
    ReportKind,
    ReportStatus,
    ReviewRequest,
)
from .selectors import guidance_config

log = logging.getLogger("openline.guidance.settings")
CONTEXTS_MAX = 50  # ordinary contexts per term
CONTEXT_WORDS_MAX = 8
SENTENCE_MAX = 1000
CONTEXT_WORD = re.compile(r"[^\W\d_]{3,}")


class AlreadyOnRegister(ValidationError):
    """The phrase is already how the register writes the term (the API answers 409)."""


def _sentence(text: str, start: int, end: int) -> str:
    begins, stops = sentence_span(text, start, end)
    return " ".join(text[begins:stops].split())[:SENTENCE_MAX]


def clean_contexts(contexts: list[str] | str | None, *, term: str) -> list[str]:
    """One ordinary context per line (or a list): a few words, in lower case, that mark the
    ordinary sense beside the term. The term's own words mark nothing and are dropped; a
    context of none of them is refused, and duplicates are dropped."""
    if isinstance(contexts, str):
        contexts = contexts.splitlines()
    own = {w.casefold()[:5] for w in CONTEXT_WORD.findall(term)}
    cleaned: list[str] = []
    for context in contexts or []:
        words = [w.casefold() for w in CONTEXT_WORD.findall(str(context))]
        words = list(dict.fromkeys(w for w in words if w[:5] not in own))
        if not words:
            if str(context).strip():
                raise ValidationError(
                    {"ordinary_contexts": _("“%(context)s”: an ordinary context needs a word of "
                     "three letters or more that is not the term's own.") % {"context": context}}
                )  # fmt: skip
            continue
        if len(words) > CONTEXT_WORDS_MAX:
            raise ValidationError(
                {"ordinary_contexts": _("“%(context)s”: keep a context to %(most)s words: the "
                 "fewer, the more it matches.") % {"context": context, "most": CONTEXT_WORDS_MAX}}
            )  # fmt: skip
        joined = " ".join(words)
        if joined not in cleaned:
            cleaned.append(joined)
    if len(cleaned) > CONTEXTS_MAX:
        raise ValidationError(
            {"ordinary_contexts": _("A term can have at most %(most)s ordinary contexts.")
             % {"most": CONTEXTS_MAX}}
        )  # fmt: skip
    return cleaned


def _finding_at(text: str, start: int, end: int) -> tuple[int, int, ConfidentialTerm]:
    """The register finding at text[start:end] as the register stands now, and its term."""
    if not text or not 0 <= start < end <= len(text):
        raise ValidationError({"words": _("Choose words of the draft.")})
    found = [
        (min(end, hit.end) - max(start, hit.start), hit)
        for hit in detect_register(text, guidance_config().register)
        if hit.start < end and start < hit.end
    ]
    if not found:
        raise UnknownReference(
            {"words": _("The register finds nothing there now: it may have been corrected "
             "already.")}
        )  # fmt: skip
    hit = max(found, key=lambda pair: pair[0])[1]
    name = str(hit.message.params.get("term", ""))
    term = ConfidentialTerm.objects.filter(term=name, active=True).first()
    if term is None:
        raise UnknownReference({"words": _("That term is no longer on the register.")})
    return hit.start, hit.end, term


def report_ordinary_use(
    actor: User, *, text: str, start: int, end: int, review: ReviewRequest | None = None
) -> RegisterReport:
    """ "Not confidential here": the register finding at text[start:end] was the word in its
    ordinary sense. Kept with the sentence and the words beside it that mark that sense; a
    register manager's report is a rule at once, anyone else's waits for one."""
    permissions.check_report_ordinary_use(actor)
    if len(text or "") > settings.OPENLINE["BODY_MAX"]:
        raise ValidationError({"text": _("The draft is too long to report.")})
    start, end, term = _finding_at(text, start, end)
    sentence = _sentence(text, start, end)
    cues = " ".join(cue_words(text, start, end, term.term, note_words(term.note)))
    if not cues:
        raise ValidationError(
            {"words": _("Nothing beside these words tells their sense: ask a register manager "
             "to add a context to the term by hand.")}
        )  # fmt: skip
    manager = permissions.can_manage_register(actor)
    if not manager:
        hit("register_report", str(actor.pk))
    with transaction.atomic():
        same = RegisterReport.objects.filter(
            kind=ReportKind.ORDINARY, term=term, sentence=sentence, status=ReportStatus.PENDING
        ).first()
        if same is not None and not manager:
            return same  # reported already: it waits once in the queue
        if same is not None:  # a manager reports what waits in the queue: it is decided
            _accept(actor, same, cues=cues)
            events.emit_on_commit(
                events.REGISTER_REPORT_DECIDED, report_id=same.pk, kind=same.kind,
                status=same.status,
            )  # fmt: skip
            return same
        report = RegisterReport.objects.create(
            kind=ReportKind.ORDINARY, term=term, reporter=actor, words=text[start:end][:200],
            sentence=sentence, cues=cues[:300], review=review,
        )  # fmt: skip
        if manager:
            _accept(actor, report, cues=cues)
        events.emit_on_commit(
            events.REGISTER_REPORT_FILED, report_id=report.pk, kind=report.kind,
            status=report.status,
        )  # fmt: skip
    return report


def report_variant(
    actor: User,
    *,
    term: ConfidentialTerm,
    phrase: str,
    text: str = "",
    reply: Reply | None = None,
    review: ReviewRequest | None = None,
) -> RegisterReport:
    """ "This is <term>": a phrase someone saw in a post names the term another way. Validated as
    a variant is on the register page; a register manager's report adds it at once."""
    permissions.check_report_variant(actor)
    phrase = " ".join((phrase or "").split())
    if not phrase:
        raise ValidationError({"phrase": _("Select or write the words that name the term.")})
    if not term.active:
        raise ValidationError({"term": _("That term is no longer matched: choose another.")})
    try:
        added = actions.clean_variants([*term.variants, phrase], term=term.term)
    except ValidationError as error:
        messages = error.message_dict.get("variants", error.messages)
        raise ValidationError({"phrase": messages}) from None
    if len(added) == len(term.variants):
        raise AlreadyOnRegister(
            {"phrase": _("“%(phrase)s” is already how the register writes “%(term)s”.")
             % {"phrase": phrase, "term": term.term}}
        )  # fmt: skip
    text = text or (reply.body if reply is not None else "")
    at = " ".join(text.split()).casefold().find(phrase.casefold()) if text else -1
    if text and at < 0:
        raise ValidationError({"phrase": _("Those words are not in the post.")})
    flat = " ".join(text.split())
    sentence = _sentence(flat, at, at + len(phrase)) if at >= 0 else phrase
    manager = permissions.can_manage_register(actor)
    if not manager:
        hit("register_report", str(actor.pk))
    with transaction.atomic():
        report = RegisterReport.objects.create(
            kind=ReportKind.VARIANT, term=term, reporter=actor, words=phrase[:200],
            sentence=sentence, reply=reply, review=review,
        )  # fmt: skip
        if manager:
            _accept(actor, report)
        events.emit_on_commit(
            events.REGISTER_REPORT_FILED, report_id=report.pk, kind=report.kind,
            status=report.status,
        )  # fmt: skip
    return report


def accept_register_report(
    actor: User, report: RegisterReport, *, cues: str | None = None
) -> RegisterReport:
    """The report becomes data the matcher uses: an ordinary context of the term (the words
    as the manager edited them, or as proposed) or a variant of it."""
    permissions.check_manage_register(actor)
    with transaction.atomic():
        report = _locked_pending(report)
        _accept(actor, report, cues=cues)
        events.emit_on_commit(
            events.REGISTER_REPORT_DECIDED, report_id=report.pk, kind=report.kind,
            status=report.status,
        )  # fmt: skip
    return report


def reject_register_report(actor: User, report: RegisterReport) -> RegisterReport:
    """Nothing changes in matching; the report stays, decided."""
    permissions.check_manage_register(actor)
    with transaction.atomic():
        report = _locked_pending(report)
        _decide(actor, report, ReportStatus.REJECTED)
        record_settings_change(
            actor, "register", "register.report_rejected", what=report.kind,
            words=report.words, term=report.term.term,
        )  # fmt: skip
        events.emit_on_commit(
            events.REGISTER_REPORT_DECIDED, report_id=report.pk, kind=report.kind,
            status=report.status,
        )  # fmt: skip
    log.info("%s (user %s) rejected register report %s", actor.username, actor.pk, report.pk)
    return report


def remove_learned(
    actor: User, term: ConfidentialTerm, *, context: str = "", variant: str = ""
) -> ConfidentialTerm:
    """Takes one ordinary context or one variant off a term (the register page's remove buttons)."""
    permissions.check_manage_register(actor)
    with transaction.atomic():
        term = ConfidentialTerm.objects.select_for_update().get(pk=term.pk)
        if context:
            kept = [c for c in term.ordinary_contexts if c != context]
            field, what, before = "ordinary_contexts", context, term.ordinary_contexts
        else:
            kept = [v for v in term.variants if squash(v) != squash(variant)]
            field, what, before = "variants", variant, term.variants
        if len(kept) == len(before):
            raise ValidationError({field: _("“%(what)s” is not on this term.") % {"what": what}})
        setattr(term, field, kept)
        term.save(update_fields=[field, "updated_at"])
        record_settings_change(
            actor, "register", "register.learned_removed",
            what=ReportKind.ORDINARY if context else ReportKind.VARIANT, words=what,
            term=term.term,
        )  # fmt: skip
    log.info(
        "%s (user %s) removed %s %r of term %s", actor.username, actor.pk, field, what, term.pk
    )
    return term


def _locked_pending(report: RegisterReport) -> RegisterReport:
    report = RegisterReport.objects.select_for_update().select_related("term").get(pk=report.pk)
    if not report.is_pending:
        raise ValidationError(
            _("This report was already decided: %(status)s.")
            % {"status": report.get_status_display().lower()}
        )
    return report


def _decide(actor: User, report: RegisterReport, status: str) -> None:
    report.status, report.decided_by, report.decided_at = status, actor, timezone.now()
    report.save(update_fields=["status", "decided_by", "decided_at", "cues"])


def _accept(actor: User, report: RegisterReport, *, cues: str | None = None) -> None:
    """Inside the caller's transaction: the term changes, so every check reads it next time
    (the guidance configuration is reloaded when a term's `updated_at` moves)."""
    term = ConfidentialTerm.objects.select_for_update().get(pk=report.term_id)
    if report.kind == ReportKind.ORDINARY:
        proposed = report.cues if cues is None else cues
        context = clean_contexts([proposed], term=term.term)
        if not context:
            raise ValidationError(
                {"cues": _("Keep at least one word that marks the ordinary sense.")}
            )
        report.cues = context[0][:300]
        term.ordinary_contexts = clean_contexts([*term.ordinary_contexts, *context], term=term.term)
        term.save(update_fields=["ordinary_contexts", "updated_at"])
        words = report.cues
    else:
        term.variants = actions.clean_variants([*term.variants, report.words], term=term.term)
        term.save(update_fields=["variants", "updated_at"])
        words = report.words
    _decide(actor, report, ReportStatus.ACCEPTED)
    record_settings_change(
        actor, "register", "register.learned_added", what=report.kind, words=words,
        term=term.term,
    )  # fmt: skip
    log.info(
        "%s (user %s) accepted register report %s: %s of term %s",
        actor.username, actor.pk, report.pk, report.kind, term.pk,
    )  # fmt: skip
