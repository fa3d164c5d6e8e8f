"""Bulk data at scale: `openline seed --posts 1000000 --messages 1000000`.

On top of the demo company (its people, readers, spaces and channels), adds generated community
threads (a question and its replies; words drawn from a Zipf distribution over a 50,000-word
vocabulary of support words and made-up ones, with hyphenated compounds such as "wi-fi") and
inbox conversations with their messages, in the shapes the product writes them:

- rows go in with plain multi-row statements in large transactions — `executemany` on SQLite,
  `COPY` on PostgreSQL — with their ids assigned here (the sequences are moved past them after);
- derived state is written with the rows: `reply_count`, `last_activity_at` and the answered
  status of threads; first response, solved, last message and inbound times, SLA due times and
  assignees of conversations; the search entries and the vocabulary of typo correction;
- the search index is built in bulk after the rows: on SQLite the FTS5 table is fed by one
  statement and then merged (`optimize`), on PostgreSQL the GIN index is dropped for a large
  load and built again afterwards, the search counts' rows (added by their triggers, a batch
  at a time) folded into one per word, then `VACUUM ANALYZE` (statistics and a merged index);
- embeddings are *not* computed: vectors are background work (`openline worker` embeds what
  has none); until it has run, search answers by words alone for the new threads and similar
  questions do not offer them. Reputation, trust levels and the service rollups are likewise
  the worker's periodic passes, which read these rows as they read any others.

Generated bodies are plain words, so their rendered HTML is one escaped paragraph and their
search text is the body itself (tests check both against the product's own renderers)."""

import logging
import random
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

import numpy as np
from django.db import connection, transaction
from django.utils import timezone
from django.utils.html import escape

from openline.accounts.models import STAFF_ROLES, Role, User
from openline.community import search, searchcounts
from openline.community.models import LISTS_COUNTER, Reply, SearchEntry, SearchWord, Space, Thread
from openline.core import counters
from openline.core.db import is_postgres, refresh_statistics
from openline.inbox.ingestion import INBOX_COUNTER
from openline.inbox.models import (
    ChannelAccount,
    ChannelKind,
    Conversation,
    ConversationStatus,
    Message,
    MessageKind,
    SlaPolicy,
)
from openline.people.models import Identity, Person

log = logging.getLogger(__name__)

SUPPORT_WORDS = [
    "thermostat",
    "boiler",
    "heating",
    "app",
    "account",
    "password",
    "login",
    "reset",
    "update",
    "firmware",
    "network",
    "router",
    "wifi",
    "battery",
    "display",
    "screen",
    "error",
    "code",
    "payment",
    "card",
    "refund",
    "invoice",
    "order",
    "delivery",
    "ship",
    "charge",
    "charged",
    "fee",
    "price",
    "plan",
    "subscription",
    "cancel",
    "upgrade",
    "downgrade",
    "install",
    "setup",
    "connect",
    "connection",
    "disconnect",
    "pair",
    "bluetooth",
    "signal",
    "slow",
    "fast",
    "crash",
    "freeze",
    "restart",
    "reboot",
    "power",
    "cable",
    "sensor",
    "temperature",
    "schedule",
    "timer",
    "alarm",
    "notification",
    "email",
    "phone",
    "number",
    "verify",
    "verification",
    "identity",
    "document",
    "upload",
    "photo",
    "camera",
    "scan",
    "qr",
    "key",
    "lock",
    "unlock",
    "door",
    "window",
    "light",
    "lamp",
    "switch",
    "socket",
    "meter",
    "reading",
    "bill",
    "usage",
    "data",
    "export",
    "history",
    "report",
    "issue",
    "problem",
    "help",
    "question",
    "answer",
    "working",
    "broken",
    "stuck",
    "missing",
    "wrong",
    "late",
    "never",
    "always",
    "again",
    "today",
    "yesterday",
    "morning",
    "night",
    "week",
    "month",
    "year",
    "new",
    "old",
    "first",
    "last",
    "same",
    "different",
    "other",
    "customer",
    "support",
    "agent",
    "ticket",
    "chat",
    "call",
    "wait",
    "hour",
    "minute",
    "day",
]
FILLER = [
    "how",
    "do",
    "i",
    "the",
    "a",
    "to",
    "my",
    "is",
    "it",
    "not",
    "can",
    "wont",
    "cant",
    "why",
    "what",
    "when",
    "does",
]
COMPOUNDS = ["wi-fi", "e-mail", "log-in", "set-up", "re-install", "sign-up", "check-in"]
VOCABULARY = 50_000
SPAN_DAYS = 730  # threads and conversations spread over two years, ids in time order
REPLIES = 9  # replies per thread on average (0 to 18): ten posts a thread
MESSAGES = 4  # messages per conversation: customer, answer, customer, answer
BATCH = 20_000  # rows generated and written at a time
PRIVATE_SHARE = 0.05  # threads in private spaces, which anonymous readers never find
SEARCH_INDEX_REBUILD = 50_000  # PostgreSQL: rebuild the GIN index when loading more entries


class Text:
    """Sentences of Zipf-distributed words (s = 1.1) over a fixed vocabulary: the support words
    first, then made-up ones; a quarter of the words followed by a function word, one in fifty
    by a hyphenated compound. The same `seed` gives the same sentences (drawn with NumPy, a
    batch at a time: a million posts are ~40 million words)."""

    def __init__(self, seed: int = 7, size: int = VOCABULARY) -> None:
        self.rng = random.Random(seed)
        self.np = np.random.default_rng(seed)
        self.words = vocabulary(random.Random(1), size)
        self._words = np.array(self.words, dtype=object)
        weights = 1 / np.arange(1, len(self.words) + 1) ** 1.1
        self.cum = np.cumsum(weights / weights.sum())
        self._extras = np.array(["", *FILLER, *COMPOUNDS], dtype=object)

    def pick(self, n: int) -> list[str]:
        return list(self._words[self._indexes(n)])

    def _indexes(self, n: int) -> Any:
        return np.minimum(np.searchsorted(self.cum, self.np.random(n)), len(self.words) - 1)

    def sentences(self, lengths: Sequence[int]) -> list[str]:
        total = int(sum(lengths))
        picked = self._words[self._indexes(total)]
        r = self.np.random(total)
        extra = np.where(
            r < 0.25,
            self.np.integers(1, 1 + len(FILLER), total),
            np.where(r < 0.27, self.np.integers(1 + len(FILLER), len(self._extras), total), 0),
        )
        tokens = np.empty(2 * total, dtype=object)
        tokens[0::2] = picked
        tokens[1::2] = self._extras[extra]
        out, at = [], 0
        for n in lengths:
            out.append(" ".join(filter(None, tokens[2 * at : 2 * (at + n)])))
            at += n
        return out

    def sentence(self, n: int) -> str:
        return self.sentences([n])[0]

    def used_words(self, texts: Iterable[str]) -> set[str]:
        """search.words_of over `texts`, which are made of this vocabulary (one pass over the
        distinct words rather than a regular expression over every text)."""
        distinct: set[str] = set()
        for t in texts:
            distinct.update(t.lower().split())
        return search.words_of(" ".join(distinct))


def vocabulary(rng: random.Random, size: int) -> list[str]:
    words = list(dict.fromkeys(SUPPORT_WORDS))
    consonants, vowels = "bdfgklmnprstvz", "aeiou"
    syllables = [c + v for c in consonants for v in vowels] + [v + c for v in vowels for c in "nrs"]
    seen = set(words)
    while len(words) < size:
        w = "".join(rng.choice(syllables) for _ in range(rng.randint(2, 4)))
        if w not in seen:
            seen.add(w)
            words.append(w)
    return words


def html_of(body: str) -> str:
    """What render_markdown makes of a generated body (plain words): one paragraph."""
    return f"<p>{escape(body)}</p>\n"


@dataclass
class Report:
    posts: int = 0
    threads: int = 0
    conversations: int = 0
    messages: int = 0
    seconds: dict[str, float] = field(default_factory=dict)


# --- writing rows -----------------------------------------------------------------------------


def _next_id(table: str) -> int:
    with connection.cursor() as cursor:
        cursor.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}")  # noqa: S608 - our tables
        return int(cursor.fetchone()[0])


def _when(value: datetime | None) -> Any:
    """A datetime as the raw driver takes it: PostgreSQL the aware value; SQLite the text
    Django's adapt_datetimefield_value writes (naive UTC, `str()`), without its checks."""
    if value is None or is_postgres():
        return value
    return str(value.astimezone(UTC).replace(tzinfo=None))


def load_rows(table: str, columns: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Writes rows to `table`: COPY on PostgreSQL, one prepared INSERT executed per row by the
    driver (executemany) on SQLite. Values must be what the driver takes (see `_when`)."""
    names = ", ".join(columns)
    count = 0
    connection.ensure_connection()
    if is_postgres():
        with (
            connection.cursor() as cursor,
            cursor.cursor.copy(f"COPY {table} ({names}) FROM STDIN") as copy,
        ):
            for row in rows:
                copy.write_row(row)
                count += 1
        return count
    raw = connection.connection.cursor()
    sql = f"INSERT INTO {table} ({names}) VALUES ({', '.join(['?'] * len(columns))})"  # noqa: S608

    def counted() -> Iterator[Sequence[Any]]:
        nonlocal count
        for row in rows:
            count += 1
            yield row

    raw.executemany(sql, counted())
    raw.close()
    return count


def _move_sequences(tables: Iterable[str]) -> None:
    """PostgreSQL: identity sequences past the ids written here (SQLite's follow by itself)."""
    if not is_postgres():
        return
    with connection.cursor() as cursor:
        for table in tables:
            cursor.execute(
                f"SELECT setval(pg_get_serial_sequence(%s, 'id'), "  # noqa: S608
                f"(SELECT coalesce(max(id), 1) FROM {table}))",
                [table],
            )


# --- community --------------------------------------------------------------------------------

THREAD_COLS = [
    "id", "space_id", "author_id", "kind", "title", "slug", "body", "body_html", "status",
    "status_reason", "deletion_reason", "held_reason", "reply_count", "upvote_count",
    "view_count", "created_at", "last_activity_at", "version",
]  # fmt: skip
REPLY_COLS = [
    "id", "thread_id", "author_id", "body", "body_html", "upvote_count", "created_at",
    "retraction_note", "correction", "deletion_reason", "held_reason",
]  # fmt: skip
ENTRY_COLS = ["id", "thread_id", "reply_id", "title", "body", "variants"]


def _posts(posts: int, text: Text, report: Report, progress: Callable[[str], None]) -> None:
    authors = list(
        User.objects.filter(is_active=True, role__in=[Role.CUSTOMER, Role.SUPERUSER])
        .values_list("pk", flat=True)
        .order_by("pk")
    ) or list(User.objects.values_list("pk", flat=True))
    public = list(Space.objects.filter(is_private=False).values_list("pk", flat=True))
    private = list(Space.objects.filter(is_private=True).values_list("pk", flat=True))
    if not public:
        public = [Space.objects.create(slug="general", name="General").pk]
    rng = text.rng
    now = timezone.now()
    thread_id, reply_id = _next_id(Thread._meta.db_table), _next_id(Reply._meta.db_table)
    entry_id = _next_id(SearchEntry._meta.db_table)
    first_thread = thread_id
    threads_total = max(1, round(posts / (REPLIES + 1)))
    start = now - timedelta(days=SPAN_DAYS)
    step = (now - start) / threads_total
    words: set[str] = set()
    made = 0
    pg_rebuild = is_postgres() and posts >= SEARCH_INDEX_REBUILD
    if is_postgres():
        with connection.cursor() as cursor:
            # Foreign keys checked as rows arrive, not queued to the commit: an index cannot be
            # built in a transaction with pending trigger events, and the queue takes memory.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            if pg_rebuild:
                cursor.execute(f"DROP INDEX IF EXISTS {search.PG_INDEX}")
    timer = time.perf_counter()
    while made < posts:
        threads: list[tuple[Any, ...]] = []
        replies: list[tuple[Any, ...]] = []
        entries: list[tuple[Any, ...]] = []
        shapes: list[int] = []  # replies per thread
        lengths: list[int] = []  # words per title, body and reply
        planned = made
        while planned < posts and len(lengths) < BATCH:
            n = min(posts - planned - 1, rng.randint(0, 2 * REPLIES))
            shapes.append(n)
            lengths += [rng.randint(4, 9), rng.randint(20, 60)]
            lengths += [rng.randint(10, 50) for _ in range(n)]
            planned += n + 1
        texts = iter(text.sentences(lengths))
        for n in shapes:
            created = start + step * (thread_id - first_thread) + timedelta(seconds=rng.random())
            created = min(created, now - timedelta(minutes=n + 1))
            title, body = next(texts).capitalize(), next(texts)
            author = rng.choice(authors)
            space = rng.choice(private) if private and rng.random() < PRIVATE_SHARE else None
            last = created
            answered = False
            for k in range(n):
                last = created + timedelta(minutes=k + 1, seconds=rng.randint(0, 59))
                rbody = next(texts)
                replier = rng.choice(authors)
                answered = answered or replier != author
                replies.append((
                    reply_id, thread_id, replier, rbody, html_of(rbody), 0, _when(last),
                    "", "", "", "",
                ))  # fmt: skip
                entries.append((entry_id, thread_id, reply_id, "", rbody, _variants(rbody)))
                reply_id += 1
                entry_id += 1
            status = "answered" if answered else "open"  # a reply by someone else
            threads.append((
                thread_id, space or rng.choice(public), author, "question", title,
                _slug(title), body, html_of(body), status, "", "", "", n, 0, 0,
                _when(created), _when(last), 1,
            ))  # fmt: skip
            entries.append((entry_id, thread_id, None, title, body, _variants(f"{title}\n{body}")))
            entry_id += 1
            thread_id += 1
            made += n + 1
        words |= text.used_words(f"{row[3]} {row[4]} {row[5]}" for row in entries)
        load_rows(Thread._meta.db_table, THREAD_COLS, threads)
        load_rows(Reply._meta.db_table, REPLY_COLS, replies)
        load_rows(SearchEntry._meta.db_table, ENTRY_COLS, entries)
        report.threads += len(threads)
        progress(f"  {made:,} posts, {time.perf_counter() - timer:.0f} s")
    report.posts = made
    report.seconds["posts"] = time.perf_counter() - timer
    timer = time.perf_counter()
    words -= set(SearchWord.objects.values_list("word", flat=True))
    load_rows(
        SearchWord._meta.db_table,
        ["word", "head", "length"],
        ((w, w[0], len(w)) for w in sorted(words)),
    )
    _move_sequences([Thread._meta.db_table, Reply._meta.db_table, SearchEntry._meta.db_table])
    with connection.cursor() as cursor:
        if pg_rebuild:
            cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
            cursor.execute(search.PG_INDEX_SQL)
        elif not is_postgres():  # the triggers fed FTS5 segment by segment: merge them
            cursor.execute(f"INSERT INTO {search.FTS}({search.FTS}) VALUES ('optimize')")  # noqa: S608
    # PostgreSQL: the search counts' triggers added rows batch by batch: one per word.
    searchcounts.fold()
    report.seconds["search index"] = time.perf_counter() - timer


def _variants(text: str) -> str:
    """search.compound_variants of a generated text, whose compounds are words of their own."""
    if "-" not in text:
        return ""
    return " ".join(sorted({t.replace("-", "").lower() for t in text.split() if "-" in t}))


def _slug(title: str) -> str:
    return "-".join(title.lower().split())[:80].strip("-") or "thread"


# --- inbox ------------------------------------------------------------------------------------

CONVERSATION_COLS = [
    "id", "account_id", "external_id", "subject", "customer_id", "status", "assignee_id",
    "sla_policy_id", "intent", "sentiment", "product_area", "response_due_at",
    "first_response_at", "solved_at", "reopen_count", "created_at", "last_message_at",
    "last_inbound_at",
]  # fmt: skip
MESSAGE_COLS = [
    "id", "conversation_id", "kind", "identity_id", "author_id", "account_id", "external_id",
    "body", "body_html", "url", "raw", "created_at",
]  # fmt: skip
INTENTS = ["question", "problem", "complaint", "praise", "idea", "other"]
SENTIMENTS = ["negative", "neutral", "positive", ""]


def _accounts() -> list[ChannelAccount]:
    """The channels conversations come in on: the ones that exist, else an e-mail and a
    webhook account."""
    found = list(
        ChannelAccount.objects.filter(is_active=True)
        .exclude(kind=ChannelKind.COMMUNITY)
        .order_by("pk")
    )
    if found:
        return found
    return [
        ChannelAccount.objects.create(kind=ChannelKind.EMAIL, name="Support mailbox"),
        ChannelAccount.objects.create(kind=ChannelKind.WEBHOOK, name="Contact form"),
    ]


def _customers(count: int, rng: random.Random) -> list[tuple[int, int, str]]:
    """(person id, e-mail identity id, name) of `count` generated customers."""
    now = timezone.now()
    person_id = _next_id(Person._meta.db_table)
    identity_id = _next_id(Identity._meta.db_table)
    people, identities, out = [], [], []
    first_names = ["Alex", "Sam", "Robin", "Kim", "Noah", "Ella", "Mei", "Omar", "Ines", "Finn"]
    last_names = ["Smith", "Murphy", "Bakker", "Meyer", "Chen", "Singh", "Rossi", "Novak"]
    for _ in range(count):
        name = f"{rng.choice(first_names)} {rng.choice(last_names)}"
        email = f"customer{person_id}@example.invalid"
        people.append((person_id, name, email, _when(now)))
        identities.append((
            identity_id, person_id, ChannelKind.EMAIL, email, "", name, email, False, "",
            _when(now),
        ))  # fmt: skip
        out.append((person_id, identity_id, name))
        person_id += 1
        identity_id += 1
    load_rows(Person._meta.db_table, ["id", "name", "email", "created_at"], people)
    load_rows(
        Identity._meta.db_table,
        ["id", "person_id", "channel_kind", "external_id", "handle", "name", "email",
         "email_verified", "url", "created_at"],
        identities,
    )  # fmt: skip
    return out


def _inbox(messages: int, text: Text, report: Report, progress: Callable[[str], None]) -> None:
    rng = text.rng
    now = timezone.now()
    accounts = _accounts()
    agents = list(
        User.objects.filter(is_active=True, role__in=STAFF_ROLES).values_list("pk", flat=True)
    )
    policy = SlaPolicy.objects.filter(is_default=True).first()
    calendar = policy.calendar if policy else None
    timer = time.perf_counter()
    if is_postgres():
        with connection.cursor() as cursor:
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")  # as for the posts
    total = max(1, messages // MESSAGES)
    customers = _customers(max(1, total // 3), rng)
    conversation_id = _next_id(Conversation._meta.db_table)
    message_id = _next_id(Message._meta.db_table)
    first = conversation_id
    start = now - timedelta(days=SPAN_DAYS)
    step = (now - start) / total
    made = written = 0
    while written < messages:
        conversations: list[tuple[Any, ...]] = []
        rows: list[tuple[Any, ...]] = []
        bodies = iter(text.sentences([rng.randint(8, 40) for _ in range(BATCH + MESSAGES)]))
        subjects = iter(text.sentences([rng.randint(3, 7) for _ in range(BATCH // 2 + 2)]))
        while written < messages and len(rows) < BATCH:
            account = accounts[conversation_id % len(accounts)]
            person, identity, _name = rng.choice(customers)
            created = start + step * (conversation_id - first)
            recent = (now - created).days < 14
            roll = rng.random()
            # Old conversations are solved; the last two weeks hold the open work.
            status = (
                ConversationStatus.SOLVED
                if not recent or roll < 0.5
                else ConversationStatus.PENDING
                if roll < 0.7
                else ConversationStatus.OPEN
            )
            n = min(messages - written, MESSAGES if status != ConversationStatus.OPEN else 3)
            times, kinds = [], []
            at = created
            for k in range(n):
                kinds.append(MessageKind.INBOUND if k % 2 == 0 else MessageKind.REPLY)
                times.append(at)
                at = min(at + timedelta(minutes=rng.randint(5, 600)), now)
            replies = [t for t, kind in zip(times, kinds, strict=True) if kind == "reply"]
            inbound = [t for t, kind in zip(times, kinds, strict=True) if kind == "inbound"]
            waiting = kinds[-1] == MessageKind.INBOUND and status != ConversationStatus.SOLVED
            if waiting:
                status = ConversationStatus.OPEN
            if status == ConversationStatus.OPEN and not waiting:
                status = ConversationStatus.PENDING
            # Whoever answered is assigned; most open conversations without an answer too.
            assignee = rng.choice(agents) if agents and (replies or roll < 0.6) else None
            due = None
            if status == ConversationStatus.OPEN and policy and calendar:
                minutes = policy.next_response_minutes if replies else policy.first_response_minutes
                due = calendar.add_minutes(inbound[-1], minutes)
            subject = next(subjects).capitalize()[:300]
            conversations.append((
                conversation_id, account.pk, f"scale-{conversation_id}", subject, person,
                status, assignee, policy.pk if policy else None,
                rng.choice(INTENTS), rng.choice(SENTIMENTS), "", _when(due),
                _when(replies[0] if replies else None),
                _when(times[-1] if status == ConversationStatus.SOLVED else None),
                0, _when(created), _when(times[-1]), _when(inbound[-1]),
            ))  # fmt: skip
            author = assignee
            for k, (when, kind) in enumerate(zip(times, kinds, strict=True)):
                body = next(bodies)
                customer_side = kind == MessageKind.INBOUND
                rows.append((
                    message_id, conversation_id, kind, identity if customer_side else None,
                    None if customer_side else author, account.pk,
                    f"scale-{conversation_id}-{k}" if customer_side else None, body,
                    html_of(body), "", "{}", _when(when),
                ))  # fmt: skip
                message_id += 1
            conversation_id += 1
            written += n
            made += 1
        load_rows(Conversation._meta.db_table, CONVERSATION_COLS, conversations)
        load_rows(Message._meta.db_table, MESSAGE_COLS, rows)
        progress(f"  {written:,} messages, {time.perf_counter() - timer:.0f} s")
    _move_sequences([
        Conversation._meta.db_table, Message._meta.db_table, Person._meta.db_table,
        Identity._meta.db_table,
    ])  # fmt: skip
    report.conversations, report.messages = made, written
    report.seconds["inbox"] = time.perf_counter() - timer


# --- the command's entry point ----------------------------------------------------------------


def seed_scale(
    *,
    posts: int = 0,
    messages: int = 0,
    seed: int = 11,
    demo: bool = True,
    progress: Callable[[str], None] = lambda line: None,
) -> Report:
    """Adds `posts` community posts and `messages` inbox messages on top of the demo company
    (seeded first if absent; with `demo=False`, among the people, spaces and channels there
    are), each part in one transaction. See the module's docstring."""
    from .seed import seed_demo

    report = Report()
    started = time.perf_counter()
    if demo:
        seed_demo()
    report.seconds["demo"] = time.perf_counter() - started
    text = Text(seed)
    if posts:
        with transaction.atomic():
            _posts(posts, text, report, progress)
            counters.bump(LISTS_COUNTER)
    if messages:
        with transaction.atomic():
            _inbox(messages, text, report, progress)
            counters.bump(INBOX_COUNTER)
    timer = time.perf_counter()
    if is_postgres():  # statistics, and GIN's pending list merged (VACUUM: outside a transaction)
        verb = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        tables = [m._meta.db_table for m in (Thread, Reply, SearchEntry, Conversation, Message)]
        # The search counts' rows folded into one per word leave the batches' rows dead (~2 M
        # at 1 M posts): each count read visited ~37 of them (0.7 ms a search, 0.3 vacuumed).
        tables += [SearchWord._meta.db_table, searchcounts.COUNTS_TABLE]
        with connection.cursor() as cursor:
            for table in tables:
                cursor.execute(f"{verb} {table}")
    else:
        refresh_statistics()
        if not connection.in_atomic_block:  # the rows out of the write-ahead log, into the file
            with connection.cursor() as cursor:
                cursor.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    report.seconds["analyse"] = time.perf_counter() - timer
    report.seconds["total"] = time.perf_counter() - started
    return report
