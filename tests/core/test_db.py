"""The plain-SQL helpers of hot write paths behave like the ORM, on SQLite and PostgreSQL."""

import threading
from datetime import UTC, datetime

import pytest
from django.conf import settings
from django.db import connection, transaction

from openline.core import db
from openline.inbox.models import ChannelAccount, Conversation, Message, MessageKind

SQLITE = "sqlite" in settings.DATABASES["default"]["ENGINE"]


@pytest.fixture
def account(db):
    return ChannelAccount.objects.create(kind="webhook", name="Shop")


def test_an_inserted_row_reads_back_through_the_orm_with_every_value(account):
    conversation = db.insert(Conversation(account=account, external_id="c1", subject="E14"))
    at = datetime(2026, 11, 1, 9, 30, 15, 123456, tzinfo=UTC)
    message = db.insert(
        Message(
            conversation=conversation,
            kind=MessageKind.INBOUND,
            account=account,
            external_id="m1",
            body="Still E14 — ünïcode",
            raw={"nested": {"list": [1, 2]}, "text": "ø"},
            created_at=at,
        )
    )
    stored = Message.objects.get(pk=message.pk)
    assert stored.conversation_id == conversation.pk
    assert stored.raw == {"nested": {"list": [1, 2]}, "text": "ø"}
    assert stored.created_at == at
    assert stored.body == "Still E14 — ünïcode"
    assert Conversation.objects.get(pk=conversation.pk).status == "open"  # the field default


def test_fetched_instances_equal_what_the_orm_loads(account):
    conversation = Conversation.objects.create(account=account, external_id="c1", subject="x")
    Message.objects.create(
        conversation=conversation,
        kind=MessageKind.INBOUND,
        account=account,
        external_id="m1",
        body="hi",
        raw={"a": 1},
    )
    (fetched,) = db.fetch(Message, "account_id = %s AND external_id = %s", [account.pk, "m1"])
    loaded = Message.objects.get(external_id="m1")
    for field in Message._meta.concrete_fields:
        assert getattr(fetched, field.attname) == getattr(loaded, field.attname), field.name
    assert not fetched._state.adding


def test_an_in_list_is_split_into_chunks():
    assert [list(part) for part in db.chunks(list(range(5)), size=2)] == [[0, 1], [2, 3], [4]]
    assert db.placeholders([1, 2, 3]) == "%s, %s, %s"


@pytest.mark.skipif(not SQLITE, reason="the gate is for SQLite files")
@pytest.mark.django_db(transaction=True)
def test_sqlite_writers_queue_on_a_file_lock_beside_the_database(tmp_path, monkeypatch):
    monkeypatch.setattr(connection, "is_in_memory_db", lambda: False)
    monkeypatch.setitem(connection.settings_dict, "NAME", str(tmp_path / "openline.sqlite3"))
    inside, order = threading.Event(), []

    def second_writer() -> None:
        inside.wait()
        with db.sqlite_write_gate():
            order.append("second")

    other = threading.Thread(target=second_writer)
    other.start()
    with db.sqlite_write_gate():
        inside.set()
        other.join(timeout=0.2)  # it waits on the gate meanwhile
        order.append("first")
    other.join()
    assert order == ["first", "second"]
    assert (tmp_path / "openline.sqlite3.write-gate").exists()


@pytest.mark.skipif(not SQLITE, reason="the gate is for SQLite files")
@pytest.mark.django_db(transaction=True)
def test_the_gate_stands_aside_inside_a_transaction(tmp_path, monkeypatch):
    monkeypatch.setattr(connection, "is_in_memory_db", lambda: False)
    monkeypatch.setitem(connection.settings_dict, "NAME", str(tmp_path / "openline.sqlite3"))
    with transaction.atomic(), db.sqlite_write_gate():
        pass
    assert not (tmp_path / "openline.sqlite3.write-gate").exists()


def test_nul_characters_are_taken_out_of_strings_anywhere_in_a_value():
    from dataclasses import dataclass

    from openline.core.db import without_nul

    @dataclass(frozen=True)
    class Item:
        text: str
        raw: dict
        parts: tuple
        content: bytes

    item = Item("a\x00b", {"k\x00": ["x\x00", 1]}, ("\x00",), b"\x00keep")
    assert without_nul(item) == Item("ab", {"k": ["x", 1]}, ("",), b"\x00keep")


# --- statements built once (db.reused) ----------------------------------------------------------

SAMPLE = datetime(1901, 1, 2, 3, 4, 5, 678901, tzinfo=UTC)


def _since(at):
    rows = Conversation.objects.filter(last_message_at__gte=at["when"]).order_by("pk")
    return rows.values_list("subject", flat=True).query.sql_with_params()


def _run(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]


def test_a_reused_statement_runs_with_each_calls_own_values(account):
    for day, subject in ((1, "early"), (20, "late")):
        Conversation.objects.create(
            account=account,
            external_id=subject,
            subject=subject,
            last_message_at=datetime(2026, 11, day, tzinfo=UTC),
        )
    built = []

    def build(at):
        built.append(at["when"])
        return _since(at)

    found = {}
    for day in (1, 10, 25):
        when = {"when": datetime(2026, 11, day, tzinfo=UTC)}
        found[day] = _run(*db.reused(("test-since", 1), build, {"when": SAMPLE}, when))
    assert found == {1: ["early", "late"], 10: ["late"], 25: []}
    assert built == [SAMPLE]  # built once, with the sample


def test_a_sample_written_into_the_sql_makes_every_call_build_its_own(account):
    for subject in ("first", "second"):
        Conversation.objects.create(account=account, external_id=subject, subject=subject)
    built = []

    def build(at):
        built.append(at["limit"])
        rows = Conversation.objects.order_by("pk").values_list("subject", flat=True)
        return rows[: at["limit"]].query.sql_with_params()  # LIMIT is written into the SQL

    for limit in (1, 2):
        sql, params = db.reused(("test-limit",), build, {"limit": 987654}, {"limit": limit})
        assert _run(sql, params) == ["first", "second"][:limit]
    assert built == [987654, 1, 2]


def test_a_datetime_column_reads_as_the_orm_reads_it(account):
    at = datetime(2026, 11, 1, 9, 30, 15, 123456, tzinfo=UTC)
    Conversation.objects.create(account=account, external_id="a", last_message_at=at)
    with connection.cursor() as cursor:
        cursor.execute("SELECT last_message_at FROM inbox_conversation")
        (value,) = cursor.fetchone()
    assert db.column_converter(Conversation, "last_message_at")(value) == at
