"""Database-specific helpers: the rest of the code asks these instead of testing vendors.

Also the one home of plain SQL for hot write paths:
- webhook ingestion: `fetch` and `insert` work on model instances like the ORM does, but skip
  its query compiler, which the ingestion benchmark showed dominating: a lookup ~0.9 ms through
  the ORM, ~0.1 ms here (bench/sql_costs.py);
- rebuilds of a million rows (the participation recompute): `insert_rows`, `upsert_rows`,
  `update_rows` and `delete_ids` work on plain tuples, batch by batch;
- hot reads the ORM takes longer to build than the database takes to run: `reused` builds a
  statement once with sample values and runs it with each call's own (`column_converter`
  reads a datetime column as the ORM would)."""

import contextlib
import dataclasses
import functools
import os
import threading
from collections.abc import Callable, Hashable, Iterable, Iterator, Mapping, Sequence, Sized
from datetime import UTC, datetime
from typing import Any

from django.db import connection, models, transaction
from django.db.models import Field, Model

try:
    import fcntl
except ImportError:  # not on Windows: SQLite's own waiting then applies
    fcntl = None  # type: ignore[assignment]  # a module or None; every use checks for None


def is_postgres() -> bool:
    return connection.vendor == "postgresql"


def is_sqlite() -> bool:
    return connection.vendor == "sqlite"


def is_in_memory_sqlite() -> bool:
    """Only SQLite's connection class has `is_in_memory_db()`; the others never are."""
    in_memory = getattr(connection, "is_in_memory_db", None)
    return is_sqlite() and in_memory is not None and bool(in_memory())


def refresh_statistics() -> None:
    """Gives SQLite's query planner current table statistics. Without them it may walk a list
    through the wrong index (measured: 220 ms instead of 3 ms for a page of 100,000 threads).
    PostgreSQL's autovacuum keeps its own statistics."""
    if is_sqlite():
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")


# --- plain SQL on model instances -------------------------------------------------------------


def _column(field: Field[Any, Any]) -> str:
    """A concrete field's column (Django types it optional for fields that have none)."""
    assert field.column is not None
    return field.column


@functools.cache
def _columns(model: type[Model]) -> tuple[list[str], str]:
    """The attnames of every concrete field and the SELECT list naming their columns."""
    fields = model._meta.concrete_fields
    quote = connection.ops.quote_name
    return [f.attname for f in fields], ", ".join(quote(_column(f)) for f in fields)


def placeholders(values: Sized) -> str:
    """`%s, %s, …` for an IN list (callers split lists larger than a few thousand)."""
    return ", ".join(["%s"] * len(values))


def fetch[M: Model](model: type[M], where: str, params: Sequence[Any]) -> list[M]:
    """Instances of `model` WHERE `where` (plain SQL with %s placeholders), as `.filter()`
    would build them: every concrete field loaded, nothing deferred."""
    names, select = _columns(model)
    sql = f"SELECT {select} FROM {connection.ops.quote_name(model._meta.db_table)} WHERE {where}"  # noqa: S608 - names from the model, values bound
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        rows = cursor.fetchall()
    converters = _converters(model)
    instances = []
    for row in rows:
        values = [
            convert(value) if convert else value
            for convert, value in zip(converters, row, strict=True)
        ]
        instances.append(model.from_db(connection.alias, names, values))
    return instances


@functools.cache
def _converters(model: type[Model]) -> list[Any]:
    """Per column, what turns the database's value into the field's Python value (SQLite
    returns datetimes as text and JSON as a string; PostgreSQL's driver does most itself)."""
    converters: list[functools.partial[Any] | None] = []
    for field in model._meta.concrete_fields:
        expression = field.get_col(model._meta.db_table)
        found = connection.ops.get_db_converters(expression) + field.get_db_converters(connection)
        if found:
            converters.append(functools.partial(_convert, found, expression))
        else:
            converters.append(None)
    return converters


def _convert(converters: list[Any], expression: Any, value: Any) -> Any:
    for converter in converters:
        value = converter(value, expression, connection)
    return value


@functools.cache
def _insert_sql(model: type[Model]) -> tuple[list[Any], str]:
    # A generated column is the database's to write.
    fields = [
        f
        for f in model._meta.concrete_fields
        if not f.primary_key and not getattr(f, "generated", False)
    ]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(_column(f)) for f in fields)
    sql = (
        f"INSERT INTO {quote(model._meta.db_table)} ({columns}) "  # noqa: S608 - names from the model
        f"VALUES ({placeholders(fields)}) RETURNING {quote(_column(model._meta.pk))}"
    )
    return fields, sql


def insert[M: Model](obj: M) -> M:
    """Saves a new instance in one INSERT … RETURNING, with the values `save()` would write
    (field defaults and `pre_save` applied, values prepared by each field)."""
    fields, sql = _insert_sql(type(obj))
    params = [f.get_db_prep_save(f.pre_save(obj, True), connection) for f in fields]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        obj.pk = cursor.fetchone()[0]
    obj._state.adding = False
    obj._state.db = connection.alias
    return obj


def insert_many[M: Model](objs: Sequence[M], size: int = 200) -> None:
    """Saves new instances of one model in multi-row INSERTs, setting their primary keys from
    RETURNING in row order (as Django's bulk_create relies on, on SQLite and PostgreSQL)."""
    if not objs:
        return
    fields, _ = _insert_sql(type(objs[0]))
    quote = connection.ops.quote_name
    meta = type(objs[0])._meta
    columns = ", ".join(quote(_column(f)) for f in fields)
    row = f"({placeholders(fields)})"
    for part in chunks(objs, size):
        sql = (
            f"INSERT INTO {quote(meta.db_table)} ({columns}) "  # noqa: S608 - names from the model
            f"VALUES {', '.join([row] * len(part))} RETURNING {quote(_column(meta.pk))}"
        )
        params = [
            f.get_db_prep_save(f.pre_save(obj, True), connection) for obj in part for f in fields
        ]
        with connection.cursor() as cursor:
            cursor.execute(sql, params)
            pks = [r[0] for r in cursor.fetchall()]
        for obj, pk in zip(part, pks, strict=True):
            obj.pk = pk
            obj._state.adding = False
            obj._state.db = connection.alias


def _field(model: type[Model], name: str) -> Field[Any, Any]:
    """The model's field `name`; a reverse relation has no column to write."""
    field = model._meta.get_field(name)
    if not isinstance(field, Field):
        raise TypeError(f"{model.__name__}.{name} is a reverse relation, not a column")
    return field


def prepare(model: type[Model], name: str, value: Any) -> Any:
    """`value` as field `name` of `model` writes it, for a plain UPDATE."""
    return _field(model, name).get_db_prep_save(value, connection)


def chunks(values: Sequence[Any], size: int = 500) -> Iterable[Sequence[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


# --- statements built once -------------------------------------------------------------------
#
# The ORM takes milliseconds of CPU to build a large statement (the inbox list's queue counts
# with their champion subqueries, its rows with three preview subqueries), while the SQL of
# two requests differs only by a few values: this moment, the reader, the page's ids. `reused`
# builds it once with sample values no request has, notes which parameters the samples became,
# and runs the same SQL with each call's own values in those places (champions.selectors
# `_ids_in` did the same for one subquery first).

_reused: dict[Hashable, tuple[str, tuple[Any, ...], dict[int, tuple[str, bool]]] | None] = {}
_REUSED_MAX = 512  # statements kept per process (each query string of a list is one)
_UNBUILT: Any = object()


def _sample_forms(sample: Any) -> tuple[Any, Any]:
    """A sample as the ORM may pass it on: itself, and as the database is given a datetime."""
    if isinstance(sample, datetime):
        return sample, connection.ops.adapt_datetimefield_value(sample)
    return sample, sample


def reused(
    key: Hashable,
    build: Callable[[Mapping[str, Any]], tuple[str, Sequence[Any]]],
    samples: Mapping[str, Any],
    values: Mapping[str, Any],
) -> tuple[str, list[Any]]:
    """The SQL and parameters `build(values)` would give, from the SQL `build(samples)` gave
    the first time for `key` (which must name everything else the statement depends on).
    `samples` has a value per name of `values` that no real call passes (a date in 1901, a
    negative id), including values derived from others (a window's start from the moment);
    where one is not a parameter of its own (written into the SQL text), every call builds."""
    full_key = (connection.vendor, connection.alias, key)
    found = _reused.get(full_key, _UNBUILT)
    if found is _UNBUILT:
        if len(_reused) >= _REUSED_MAX:
            _reused.clear()
        sql, params = build(samples)
        slots: dict[int, tuple[str, bool]] = {}
        inline = False
        for name, sample in samples.items():
            raw, adapted = _sample_forms(sample)
            inline |= str(raw) in sql or str(adapted) in sql
            for i, param in enumerate(params):
                if type(param) is type(raw) and param == raw:
                    slots[i] = (name, False)
                elif type(param) is type(adapted) and param == adapted:
                    slots[i] = (name, True)
        found = None if inline else (sql, tuple(params), slots)
        _reused[full_key] = found
    if found is None:
        sql, params = build(values)
        return sql, list(params)
    sql, sample_params, slots = found
    given = list(sample_params)
    for i, (name, adapted) in slots.items():
        given[i] = _sample_forms(values[name])[1] if adapted else values[name]
    return sql, given


def column_converter(model: type[Model], name: str) -> Callable[[Any], Any]:
    """What turns the value of field `name` as the database returns it into the field's Python
    value, as the ORM reads it (SQLite returns datetimes as text)."""
    field = _field(model, name)
    expression = field.get_col(model._meta.db_table)
    found = connection.ops.get_db_converters(expression) + field.get_db_converters(connection)
    if not found:
        return lambda value: value
    return functools.partial(_convert, found, expression)


# --- bulk writes of plain rows (rebuilds) ------------------------------------------------------
#
# One parameterised statement run with executemany, the values adapted once per column type.
# Django's bulk_create builds one large SQL string per batch and prepares every value through
# the field, which costs more than the database at a million rows (measured: about 6x slower on
# SQLite). Both SQLite (3.24+) and PostgreSQL understand `INSERT ... ON CONFLICT (...) DO UPDATE`.
#
# Each batch commits on its own (unless the caller holds a transaction): on SQLite a writer
# holds the database's one write lock, and pages that post must not wait for a million-row
# rebuild.

BULK_BATCH = 25_000


def _sqlite_utc(value: datetime | None) -> str | None:
    """What Django's SQLite backend stores for an aware datetime when the database keeps UTC,
    without its per-value checks (a third of the insert time at a million rows)."""
    if value is None:
        return None
    if value.tzinfo is not None:
        value = value.astimezone(UTC).replace(tzinfo=None)
    return value.isoformat(" ")


def _adapter(field: Field[Any, Any]) -> Callable[[Any], Any] | None:
    """How a value of the field is passed to the driver; None: as it is."""
    ops = connection.ops
    if isinstance(field, models.DateTimeField):
        if connection.vendor == "sqlite" and connection.timezone == UTC:
            return _sqlite_utc
        return ops.adapt_datetimefield_value
    if isinstance(field, models.DateField):
        return ops.adapt_datefield_value
    if isinstance(field, models.JSONField):
        return lambda value: field.get_db_prep_save(value, connection)
    return None


def _statement(model: type[Model], names: Sequence[str]) -> tuple[str, list[Any]]:
    fields = [_field(model, name) for name in names]
    quote = connection.ops.quote_name
    columns = ", ".join(quote(_column(f)) for f in fields)
    marks = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {quote(model._meta.db_table)} ({columns}) VALUES ({marks})"  # noqa: S608
    return sql, [_adapter(f) for f in fields]


def _adapt(adapters: list[Any], row: Sequence[Any]) -> Sequence[Any]:
    return [v if adapt is None else adapt(v) for adapt, v in zip(adapters, row, strict=True)]


def _run(sql: str, adapters: list[Any], rows: Iterable[Sequence[Any]]) -> int:
    plain = all(a is None for a in adapters)
    count = 0
    batch: list[Sequence[Any]] = []
    with connection.cursor() as cursor:
        for row in rows:
            batch.append(row if plain else _adapt(adapters, row))
            if len(batch) == BULK_BATCH:
                with transaction.atomic():
                    cursor.executemany(sql, batch)
                count += len(batch)
                batch = []
        if batch:
            with transaction.atomic():
                cursor.executemany(sql, batch)
            count += len(batch)
    return count


def insert_rows(model: type[Model], names: Sequence[str], rows: Iterable[Sequence[Any]]) -> int:
    """Inserts rows given as tuples in the order of `names` (field names). Returns how many."""
    sql, adapters = _statement(model, names)
    return _run(sql, adapters, rows)


def upsert_rows(
    model: type[Model], key: str, names: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Inserts rows, or updates every other named column of the row with the same `key`."""
    sql, adapters = _statement(model, names)
    quote = connection.ops.quote_name
    key_column = quote(_column(_field(model, key)))
    columns = [quote(_column(_field(model, n))) for n in names if n != key]
    updates = ", ".join(f"{c} = excluded.{c}" for c in columns)
    return _run(f"{sql} ON CONFLICT ({key_column}) DO UPDATE SET {updates}", adapters, rows)


def delete_ids(model: type[Model], column: str, ids: Sequence[int]) -> int:
    """Deletes the rows whose `column` is in `ids`, in chunks, without loading them."""
    deleted = 0
    for chunk in chunks(ids, 5000):
        deleted += model._base_manager.filter(**{f"{column}__in": chunk}).delete()[0]
    return deleted


def update_rows(
    model: type[Model], key: str, names: Sequence[str], rows: Iterable[Sequence[Any]]
) -> int:
    """Updates the named columns of existing rows; each row gives the values of `names`, then
    the key."""
    quote = connection.ops.quote_name
    fields = [_field(model, n) for n in names]
    sets = ", ".join(f"{quote(_column(f))} = %s" for f in fields)
    key_field = _field(model, key)
    sql = (
        f"UPDATE {quote(model._meta.db_table)} SET {sets} "  # noqa: S608 - our own names
        f"WHERE {quote(_column(key_field))} = %s"
    )
    return _run(sql, [*(_adapter(f) for f in fields), _adapter(key_field)], rows)


# --- locks beside the SQLite file ----------------------------------------------------------------


class ProcessLock:
    """A lock shared by the server's processes and threads, on an OS file lock beside the SQLite
    database (`<database>.<suffix>`); within one process (an in-memory database, or no
    `fcntl`) only the thread lock applies."""

    def __init__(self, suffix: str) -> None:
        self.suffix = suffix
        self._threads = threading.Lock()  # flock does not exclude threads sharing the file
        self._files: dict[str, int] = {}

    def _file(self) -> int | None:
        if fcntl is None or not is_sqlite() or is_in_memory_sqlite():
            return None
        # One open file per process: a file opened before a fork would be shared, and flock
        # would then let both processes in.
        key = f"{os.getpid()}:{connection.settings_dict['NAME']}.{self.suffix}"
        if key not in self._files:
            path = key.split(":", 1)[1]
            self._files[key] = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
        return self._files[key]

    @contextlib.contextmanager
    def held(self, *, blocking: bool = True) -> Iterator[bool]:
        """Yields whether the lock is held: always after waiting, or at once or not at all
        when not `blocking`."""
        if not self._threads.acquire(blocking=blocking):
            yield False
            return
        try:
            handle = self._file()
            if handle is not None:
                try:
                    fcntl.flock(
                        handle, fcntl.LOCK_EX if blocking else fcntl.LOCK_EX | fcntl.LOCK_NB
                    )
                except BlockingIOError:
                    yield False
                    return
            try:
                yield True
            finally:
                if handle is not None:
                    fcntl.flock(handle, fcntl.LOCK_UN)
        finally:
            self._threads.release()


_write_gate = ProcessLock("write-gate")


@contextlib.contextmanager
def sqlite_write_gate() -> Iterator[None]:
    """Wrap a hot write transaction in `with sqlite_write_gate():` (outside `atomic()`): the
    server processes' writers then queue on an OS file lock (SQLite files only).

    SQLite lets one writer in at a time; the others poll with sleeps of 1, 2, 5, 10… ms, so
    under load a waiting process sleeps past the moment the lock frees while the busy one takes
    it again and again. Waiting on `flock` instead wakes the next process at once, roughly in
    turn: in bench/ingest_webhooks.py (2 workers, 4 runs each) the throughput stayed the same
    and the p99 of a webhook fell from 330-650 ms to 130-180 ms. PostgreSQL needs none of
    this, nor does an in-memory database (one process), nor a caller already in a transaction
    (which may hold SQLite's lock: waiting here could then deadlock)."""
    if not is_sqlite() or is_in_memory_sqlite() or connection.in_atomic_block:
        yield
        return
    with _write_gate.held():
        yield


def without_nul[T](value: T) -> T:
    """`value` with NUL characters taken out of every string in it (dicts, lists, tuples and
    dataclass instances included): PostgreSQL's text and jsonb cannot hold them, and text from
    outside (mail, feeds) may carry one."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: without_nul(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    if isinstance(value, str):
        return value.replace("\x00", "") if "\x00" in value else value  # type: ignore[return-value]
    if isinstance(value, dict):
        return {without_nul(k): without_nul(v) for k, v in value.items()}  # type: ignore[return-value]
    if isinstance(value, list | tuple):
        return type(value)(without_nul(v) for v in value)
    return value
