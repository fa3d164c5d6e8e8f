"""Ingestion: what a channel delivers becomes conversation messages, each exactly once.

Idempotent on (channel account, external id): an item seen before changes nothing and returns
the message stored the first time. A batch of items is stored in one transaction with a fixed
number of reads (messages already stored, senders, conversations, SLA policies) whatever its
size, and one inbox-counter bump. The statements are plain SQL on model instances
(`openline.core.db`): this is the webhook hot path, and the ORM's query building cost more
than SQLite's work (bench/ingest_webhooks.py; figures in bench/README.md)."""

import functools
import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import IntegrityError, OperationalError, connection, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from openline.core import counters, db, metrics
from openline.core.files import safe_content_type, safe_filename
from openline.core.markdown import render_markdown
from openline.people.actions import identify_senders
from openline.people.models import Identity

from .adapters import InboundAttachment, InboundItem
from .models import (
    Attachment,
    ChannelAccount,
    Conversation,
    ConversationStatus,
    Message,
    MessageKind,
    SlaPolicy,
)

log = logging.getLogger(__name__)
INBOX_COUNTER = "inbox"  # bumped by every change open inboxes show
BODY_MAX = 50_000
BATCH_MAX = 1000
ATTEMPTS = 3  # a concurrent writer (PostgreSQL) may create the same row first: start again


_stored_listeners: list[Callable[[list[int]], object]] = []


def listen_stored(listener: Callable[[list[int]], object]) -> None:
    """`listener(message_ids)` runs after the commit of each batch that stored new inbound
    messages (the feedback app reads them in the background)."""
    if listener not in _stored_listeners:
        _stored_listeners.append(listener)


def _announce(message_ids: list[int]) -> None:
    for listener in _stored_listeners:
        listener(message_ids)


def ingest(account: ChannelAccount, item: InboundItem) -> tuple[Message, bool]:
    """Stores one inbound item. Returns (message, created)."""
    return ingest_many(account, [item])[0]


def ingest_many(
    account: ChannelAccount, items: Sequence[InboundItem]
) -> list[tuple[Message, bool]]:
    """Stores inbound items of one account, all or none, in their order. Returns (message,
    created) per item; an item repeated within the batch is stored once."""
    if not items:
        return []
    if len(items) > BATCH_MAX:
        raise ValidationError(f"Ingest at most {BATCH_MAX:,} items at a time.")
    for item in items:
        if not item.external_id or not item.conversation_key:
            raise ValidationError(_("An inbound item needs an external id and a conversation key."))
    # Rendering is the costliest step in Python: done before the write lock is taken, so that
    # the other server processes can write meanwhile.
    texts: dict[str, str] = {}
    for item in items:
        texts.setdefault(item.external_id, _text(item))  # a repeat in the batch is ignored
    html = {external_id: render_markdown(text) for external_id, text in texts.items()}
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with db.sqlite_write_gate(), transaction.atomic():
                results = _Batch(account, items, texts, html).store()
            created = sum(1 for _message, new in results if new)
            metrics.ingested(
                account.kind, account.pk, created=created, duplicates=len(results) - created
            )
            return results
        except (IntegrityError, OperationalError) as error:
            deadlock = getattr(error.__cause__, "sqlstate", None) == "40P01"  # PostgreSQL
            if attempt == ATTEMPTS or not (isinstance(error, IntegrityError) or deadlock):
                raise
            log.info("Ingestion raced another writer on account %s; again", account.pk)
    raise AssertionError("unreachable")


@dataclass
class _Batch:
    account: ChannelAccount
    items: Sequence[InboundItem]
    texts: dict[str, str]  # by external id
    html: dict[str, str]
    now: datetime = field(default_factory=timezone.now)
    stored: dict[str, Message] = field(default_factory=dict)  # by external id
    answered: dict[str, int] = field(default_factory=dict)  # conversation of a stored message
    by_key: dict[str, Conversation] = field(default_factory=dict)
    by_pk: dict[int, Conversation] = field(default_factory=dict)
    _policies: dict[int, SlaPolicy] | None = None

    def store(self) -> list[tuple[Message, bool]]:
        self._load_messages()
        new: dict[str, InboundItem] = {}  # first sight of each id not stored before
        for item in self.items:
            if item.external_id not in self.stored:
                new.setdefault(item.external_id, item)
        if new:
            self._store_new(list(new.values()))
            counters.bump(INBOX_COUNTER)
            if _stored_listeners:
                ids = [self.stored[external_id].pk for external_id in new]
                transaction.on_commit(functools.partial(_announce, ids))
        results = []
        for item in self.items:
            created = item.external_id in new
            new.pop(item.external_id, None)  # a repeat in the batch is not created twice
            results.append((self.stored[item.external_id], created))
        return results

    def _store_new(self, items: list[InboundItem]) -> None:
        """Conversations, then messages, each in multi-row INSERTs; then the conversations
        that existed before are reopened."""
        identities = identify_senders(item.sender for item in items)
        self._load_conversations(items)
        before = dict(self.by_pk)
        touched: dict[int, Conversation] = {}  # by id(): new ones have no pk yet
        attachments: list[tuple[Message, InboundAttachment]] = []
        for item in items:
            identity = identities[item.sender.channel_kind, item.sender.external_id]
            conversation = self._conversation(item, identity)
            kept, dropped = _within_limit(item.attachments)
            message = Message(
                conversation=conversation,
                kind=MessageKind.INBOUND,
                identity=identity,
                account=self.account,
                external_id=item.external_id,
                body=self.texts[item.external_id],
                body_html=self.html[item.external_id],
                url=item.url[:500],
                raw={**item.raw, "dropped_attachments": dropped} if dropped else item.raw,
                created_at=item.created_at or self.now,
            )
            self.stored[item.external_id] = message
            attachments.extend((message, part) for part in kept)
            touched[id(conversation)] = conversation
        for conversation in touched.values():
            self._open_for_customer(conversation)
        # New conversations in key order: concurrent batches (PostgreSQL) lock in one order.
        db.insert_many(
            sorted((c for c in touched.values() if c.pk is None), key=lambda c: c.external_id)
        )
        messages = [self.stored[item.external_id] for item in items]
        for message in messages:
            message.conversation_id = message.conversation.pk  # known now
        db.insert_many(messages)
        for message, part in attachments:
            _store_attachment(message, part)
        self._save_opened([c for c in touched.values() if c.pk in before])

    # --- reads: a fixed number per batch ----------------------------------------------------

    def _load_messages(self) -> None:
        """Messages stored before: whole for this batch's own ids (a replay returns them), and
        just their conversation for the ids its items answer."""
        own = list({item.external_id for item in self.items})
        for part in db.chunks(own):
            where = f"account_id = %s AND external_id IN ({db.placeholders(part)})"
            for message in db.fetch(Message, where, [self.account.pk, *part]):
                key = message.external_id
                assert key is not None  # found by external_id IN (…)
                self.stored[key] = message
                self.answered[key] = message.conversation_id
        parents = list(self._parents() - self.answered.keys())
        for part in db.chunks(parents):
            with connection.cursor() as cursor:
                cursor.execute(_PARENTS_SQL % db.placeholders(part), [self.account.pk, *part])
                self.answered.update(cursor.fetchall())

    def _parents(self) -> set[str]:
        return {item.in_reply_to for item in self.items if item.in_reply_to}

    def _load_conversations(self, new: list[InboundItem]) -> None:
        keys = list({item.conversation_key[:300] for item in new})
        for part in db.chunks(keys):
            where = f"account_id = %s AND external_id IN ({db.placeholders(part)})"
            self._remember(db.fetch(Conversation, where, [self.account.pk, *part]))
        parents = {self.answered[ref] for ref in self._parents() if ref in self.answered}
        missing = list(parents - self.by_pk.keys())
        for part in db.chunks(missing):
            self._remember(db.fetch(Conversation, f"id IN ({db.placeholders(part)})", part))

    def _remember(self, conversations: list[Conversation]) -> None:
        for conversation in conversations:
            self.by_pk[conversation.pk] = conversation
            if conversation.account_id == self.account.pk:
                self.by_key.setdefault(conversation.external_id, conversation)

    def _policy(self, pk: int | None) -> SlaPolicy | None:
        if self._policies is None:  # a handful of rows, read once per batch when needed
            self._policies = {p.pk: p for p in db.fetch(SlaPolicy, "1 = 1", [])}
        if pk is None:
            return next((p for p in self._policies.values() if p.is_default), None)
        return self._policies.get(pk)

    # --- in memory, then written --------------------------------------------------------------

    def _conversation(self, item: InboundItem, identity: Identity) -> Conversation:
        """The conversation the item answers, else the one with its key, else a new one (not
        saved yet)."""
        parent = self.stored.get(item.in_reply_to) if item.in_reply_to else None
        if parent is not None and parent.pk is None:  # earlier in this batch
            return parent.conversation
        answered = self.answered.get(item.in_reply_to) if item.in_reply_to else None
        if answered in self.by_pk:
            return self.by_pk[answered]
        key = item.conversation_key[:300]
        conversation = self.by_key.get(key)
        if conversation is None:
            default = self._policy(None)
            conversation = Conversation(
                account=self.account,
                external_id=key,
                subject=item.subject[:300],
                customer_id=identity.person_id,
                sla_policy_id=default.pk if default else None,
            )
            self.by_key[key] = conversation
        return conversation

    def _open_for_customer(self, conversation: Conversation) -> None:
        """The customer wrote: the conversation is open and an answer is owed."""
        due = conversation.response_due_at
        policy = self._policy(conversation.sla_policy_id) if conversation.sla_policy_id else None
        if policy is not None and due is None:
            minutes = (
                policy.first_response_minutes
                if conversation.first_response_at is None
                else policy.next_response_minutes
            )
            due = policy.calendar.add_minutes(self.now, minutes)
        conversation.status = ConversationStatus.OPEN
        conversation.response_due_at = due
        conversation.last_message_at = conversation.last_inbound_at = self.now

    def _save_opened(self, conversations: list[Conversation]) -> None:
        """The conversations that existed before, reopened: one statement, many rows."""
        if not conversations:
            return
        prep = db.prepare
        rows = [
            [
                c.status,
                prep(Conversation, "response_due_at", c.response_due_at),
                prep(Conversation, "last_message_at", c.last_message_at),
                prep(Conversation, "last_inbound_at", c.last_inbound_at),
                c.pk,
            ]
            for c in sorted(conversations, key=lambda c: c.pk)  # one lock order (PostgreSQL)
        ]
        with connection.cursor() as cursor:
            cursor.executemany(_OPEN_SQL, rows)


_PARENTS_SQL = (
    f"SELECT external_id, conversation_id FROM {Message._meta.db_table} "  # noqa: S608 - constant names
    "WHERE account_id = %%s AND external_id IN (%s)"
)
_OPEN_SQL = (
    f"UPDATE {Conversation._meta.db_table} SET status = %s, response_due_at = %s, "  # noqa: S608 - constant names
    "last_message_at = %s, last_inbound_at = %s, "
    # The customer wrote again on a solved conversation: it is reopened (read before the SET).
    "reopen_count = reopen_count + "
    f"CASE WHEN status = '{ConversationStatus.SOLVED}' THEN 1 ELSE 0 END "
    "WHERE id = %s"
)


def _text(item: InboundItem) -> str:
    return (item.text or "").strip()[:BODY_MAX] or "(no text)"


def _within_limit(
    attachments: Sequence[InboundAttachment],
) -> tuple[list[InboundAttachment], list[str]]:
    """The attachments to keep, and a note for each one refused for its size."""
    limit = settings.OPENLINE["ATTACHMENT_MAX"]
    kept, dropped = [], []
    for part in attachments:
        if len(part.content) > limit:
            log.warning(
                "Dropped attachment %r (%d bytes > %d)", part.filename, len(part.content), limit
            )
            dropped.append(
                f"{safe_filename(part.filename)} ({len(part.content):,} bytes, over the "
                f"{limit:,} limit)"
            )
        else:
            kept.append(part)
    return kept, dropped


def _store_attachment(message: Message, part: InboundAttachment) -> None:
    # A file's name never fails its message: whatever a channel passes is made safe here.
    name = safe_filename(part.filename)
    attachment = Attachment(
        message=message,
        filename=name,
        content_type=safe_content_type(part.content_type),
        size=len(part.content),
    )
    attachment.file.save(name, ContentFile(part.content), save=False)
    attachment.save()
