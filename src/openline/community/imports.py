"""Bringing a company's existing questions and answers in: `openline import threads FILE.jsonl`.

One JSON object per line: `{"id", "title", "body", "author", "kind"?, "created_at"?,
"replies"?}`, each reply `{"id"?, "body", "author", "created_at"?, "accepted"?}`. The whole
file is checked before anything is written; one bad line refuses the file with every problem
listed by line number, so nothing is half imported. Lines are then written in batches, each
in one transaction with its ids: re-running the same file (after a crash, or with new lines
appended) skips the ids already imported.

Imported history is not news: no pre-publish checks (the operator runs the import), no
notifications, no inbox conversations. It is indexed for search at once and embedded in the
background (`THREADS_IMPORTED`); unknown authors become members who cannot sign in until they
reset a password."""

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Lower
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from openline.accounts.actions import clean_username
from openline.accounts.models import Role, User
from openline.core import counters
from openline.core.markdown import render_markdown

from . import events, search
from .actions import slug_for
from .models import (
    LISTS_COUNTER,
    ImportedThread,
    Reply,
    Space,
    Thread,
    ThreadKind,
    ThreadStatus,
    status_for,
)

BATCH = 500
MAX_ERRORS = 50  # listed at most; the rest are counted
EXTERNAL_ID_MAX = ImportedThread._meta.get_field("external_id").max_length or 200


@dataclass(frozen=True)
class ReplyLine:
    body: str
    author: str
    created_at: datetime | None
    accepted: bool


@dataclass(frozen=True)
class ThreadLine:
    line: int
    external_id: str
    title: str
    body: str
    author: str
    kind: str
    created_at: datetime | None
    replies: tuple[ReplyLine, ...] = ()


@dataclass
class ImportReport:
    created: list[tuple[int, str]] = field(default_factory=list)  # (thread id, external id)
    skipped: list[str] = field(default_factory=list)  # external ids imported before
    new_members: int = 0


# --- checking ---------------------------------------------------------------------------------


def _text(item: dict[str, Any], key: str, *, required: bool) -> str:
    value = item.get(key, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise ValidationError(f"{key!r} must be text.")
    value = value.replace("\x00", "").strip()
    if required and not value:
        raise ValidationError(f"{key!r} is missing or empty.")
    return value


def _when(item: dict[str, Any]) -> datetime | None:
    value = item.get("created_at")
    if value in (None, ""):
        return None
    parsed = parse_datetime(value) if isinstance(value, str) else None
    if parsed is None:
        raise ValidationError(f"'created_at' is not an ISO 8601 date and time: {value!r}.")
    if timezone.is_naive(parsed):
        parsed = parsed.replace(tzinfo=UTC)  # no zone given: UTC
    if parsed > timezone.now():
        raise ValidationError(f"'created_at' is in the future: {value!r}.")
    return parsed


def _author(item: dict[str, Any]) -> str:
    try:
        return clean_username(_text(item, "author", required=True))
    except ValidationError as error:
        raise ValidationError(f"'author': {' '.join(error.messages)}") from None


def _body(item: dict[str, Any], *, required: bool) -> str:
    body = _text(item, "body", required=required)
    limit = settings.OPENLINE["BODY_MAX"]
    if len(body) > limit:
        raise ValidationError(f"'body' is longer than {limit:,} characters ({len(body):,}).")
    return body


def _reply(value: Any, index: int) -> ReplyLine:
    if not isinstance(value, dict):
        raise ValidationError(f"replies[{index}] must be an object.")
    try:
        accepted = value.get("accepted", False)
        if not isinstance(accepted, bool):
            raise ValidationError("'accepted' must be true or false.")
        return ReplyLine(_body(value, required=True), _author(value), _when(value), accepted)
    except ValidationError as error:
        raise ValidationError(f"replies[{index}]: {' '.join(error.messages)}") from None


def check_line(number: int, raw: str) -> ThreadLine:
    """One line of the file as a thread to import; ValidationError says what is wrong."""
    try:
        item = json.loads(raw)
    except json.JSONDecodeError as error:
        raise ValidationError(f"not JSON ({error.msg}, column {error.colno}).") from None
    if not isinstance(item, dict):
        raise ValidationError("each line must be a JSON object.")
    external_id = item.get("id")
    if isinstance(external_id, bool) or not isinstance(external_id, str | int):
        raise ValidationError("'id' (this question's id where it comes from) is missing.")
    external_id = str(external_id).strip()
    if not external_id or len(external_id) > EXTERNAL_ID_MAX:
        raise ValidationError(f"'id' must be 1 to {EXTERNAL_ID_MAX} characters.")
    title = " ".join(_text(item, "title", required=True).split())
    if len(title) > settings.OPENLINE["TITLE_MAX"]:
        raise ValidationError(
            f"'title' is longer than {settings.OPENLINE['TITLE_MAX']} characters."
        )
    kind = item.get("kind") or ThreadKind.QUESTION
    if kind not in ThreadKind.values:
        raise ValidationError(f"'kind' must be one of {', '.join(ThreadKind.values)}: {kind!r}.")
    replies_raw = item.get("replies") or []
    if not isinstance(replies_raw, list):
        raise ValidationError("'replies' must be a list.")
    replies = tuple(_reply(value, i) for i, value in enumerate(replies_raw))
    if sum(r.accepted for r in replies) > 1:
        raise ValidationError("at most one reply can be the accepted answer.")
    author = _author(item)
    if any(r.accepted and r.author.lower() == author.lower() for r in replies):
        raise ValidationError(
            "the accepted answer must be written by someone other than the asker."
        )
    return ThreadLine(
        number, external_id, title, _body(item, required=False), author, kind, _when(item), replies
    )


def check_file(lines: Iterable[str]) -> list[ThreadLine]:
    """Every line checked; one ValidationError listing the problems by line if any is wrong."""
    checked: list[ThreadLine] = []
    errors: list[str] = []
    first_line: dict[str, int] = {}
    problems = 0
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            continue
        try:
            line = check_line(number, raw)
        except ValidationError as error:
            problems += 1
            if len(errors) < MAX_ERRORS:
                errors.append(f"line {number}: {' '.join(error.messages)}")
            continue
        if line.external_id in first_line:
            problems += 1
            if len(errors) < MAX_ERRORS:
                errors.append(
                    f"line {number}: id {line.external_id!r} is already on line "
                    f"{first_line[line.external_id]}."
                )
            continue
        first_line[line.external_id] = number
        checked.append(line)
    if problems > len(errors):
        errors.append(f"… and {problems - len(errors)} more problems.")
    if errors:
        raise ValidationError(errors)
    return checked


# --- writing ----------------------------------------------------------------------------------


def _members(usernames: set[str], report: ImportReport) -> dict[str, User]:
    """Existing people by username (any case), and new members for the names not known."""
    lowered = {name.lower(): name for name in usernames}
    found: dict[str, User] = {
        user.username.lower(): user
        for user in User.objects.alias(lower=Lower("username")).filter(lower__in=lowered)
    }
    new = []
    for lower, name in lowered.items():
        if lower not in found:
            user = User(username=name, role=Role.CUSTOMER)
            user.set_unusable_password()
            new.append(user)
    for created in User.objects.bulk_create(new):
        found[created.username.lower()] = created
    report.new_members += len(new)
    return found


def _write_batch(lines: list[ThreadLine], space: Space, report: ImportReport) -> None:
    with transaction.atomic():
        done = set(
            ImportedThread.objects.filter(
                external_id__in=[line.external_id for line in lines]
            ).values_list("external_id", flat=True)
        )
        report.skipped.extend(line.external_id for line in lines if line.external_id in done)
        lines = [line for line in lines if line.external_id not in done]
        if not lines:
            return
        people = _members(
            {line.author for line in lines} | {r.author for line in lines for r in line.replies},
            report,
        )
        now = timezone.now()
        threads = []
        for line in lines:
            asked = line.created_at or now
            last = max([asked, *(r.created_at or asked for r in line.replies)])
            others = any(r.author.lower() != line.author.lower() for r in line.replies)
            threads.append(
                Thread(
                    space=space, author=people[line.author.lower()], kind=line.kind,
                    title=line.title, slug=slug_for(line.title), body=line.body,
                    body_html=render_markdown(line.body), created_at=asked,
                    last_activity_at=last, reply_count=len(line.replies),
                    status=status_for(
                        line.kind, ThreadStatus.ANSWERED if others else ThreadStatus.OPEN
                    ),
                )
            )  # fmt: skip
        Thread.objects.bulk_create(threads)
        ImportedThread.objects.bulk_create(
            ImportedThread(external_id=line.external_id, thread=thread, imported_at=now)
            for line, thread in zip(lines, threads, strict=True)
        )
        replies: list[Reply] = []
        accepted: dict[int, int] = {}  # thread index → reply index in `replies`
        for index, (line, thread) in enumerate(zip(lines, threads, strict=True)):
            for r in line.replies:
                if r.accepted:
                    accepted[index] = len(replies)
                replies.append(
                    Reply(
                        thread=thread,
                        author=people[r.author.lower()],
                        body=r.body,
                        body_html=render_markdown(r.body),
                        created_at=r.created_at or thread.created_at,
                    )
                )
        Reply.objects.bulk_create(replies, batch_size=1000)
        solved = []
        for index, reply_index in accepted.items():
            thread = threads[index]
            thread.accepted_reply = replies[reply_index]
            thread.status = ThreadStatus.SOLVED
            solved.append(thread)
        Thread.objects.bulk_update(solved, ["accepted_reply", "status"], batch_size=500)
        search.add_entries(
            [search.entry(thread) for thread in threads]
            + [search.entry(reply.thread, reply) for reply in replies]
        )
        counters.bump(LISTS_COUNTER)
        ids = [thread.pk for thread in threads]
        events.emit_on_commit(events.THREADS_IMPORTED, thread_ids=ids)
    report.created.extend(
        (thread.pk, line.external_id) for line, thread in zip(lines, threads, strict=True)
    )


def import_threads(lines: Iterable[str], *, space: Space) -> ImportReport:
    """Checks the whole file, then imports what was not imported before, in batches."""
    checked = check_file(lines)
    report = ImportReport()
    for start in range(0, len(checked), BATCH):
        _write_batch(checked[start : start + BATCH], space, report)
    return report


def default_space() -> Space:
    space = Space.objects.filter(is_private=False).order_by("position", "name").first()
    if space is None:
        raise ValidationError("There is no public space to import into: create one first.")
    return space
