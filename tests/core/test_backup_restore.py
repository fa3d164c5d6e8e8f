"""`openline backup` and `openline restore` as an operator runs them, on a data dir of their own:
data created → backup → wipe → restore → the same data seen through the app (pages, search,
the attachment's bytes, a channel secret decrypted). On SQLite always; on PostgreSQL too when
the suite runs there (DATABASE_URL), each side in a database of its own. Slow: real processes."""

import io
import json
import os
import sqlite3
import subprocess
import sys
import tarfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import pytest

import openline

from ..processes import copy_data_dir

# Only the PostgreSQL cases are marked `postgres`: on SQLite every process runs on a data dir of
# its own without DATABASE_URL, so CI's PostgreSQL pass would repeat the SQLite pass exactly.
pytestmark = pytest.mark.slow

OPENLINE = str(Path(sys.executable).with_name("openline"))
SRC = str(Path(openline.__file__).resolve().parents[1])
PG_URL = os.environ.get("DATABASE_URL", "")

CREATE = """
import json
from openline.accounts.models import Role, User
from openline.channels import accounts
from openline.community import actions
from openline.community.models import Space
from openline.inbox.adapters import InboundAttachment, InboundItem
from openline.inbox.ingestion import ingest
from openline.people.actions import Sender
member = User.objects.create_user(
    username="pat", email="pat@example.com", password="pw", email_verified=True
)
User.objects.create_user(username="agent", password="pw", role=Role.AGENT)
space = Space.objects.create(name="Thermostats", slug="thermostats")
thread = actions.create_thread(
    member, space, kind="question", title="Zephyrine valve squeaks at night",
    body="The zephyrine valve squeaks after 22:00.", tags=[],
)
account, secret = accounts.add_channel_account(
    "webhook", name="Shop", config={"reply_url": "https://shop.example/r"}
)
message, _ = ingest(account, InboundItem(
    external_id="m1", conversation_key="c1", text="Photo of the wiring attached",
    sender=Sender(channel_kind="webhook", external_id="u1", name="Pat Doe"),
    attachments=(InboundAttachment("wiring.jpg", "image/jpeg", bytes(range(256)) * 40),),
))
print(json.dumps({"thread": thread.pk, "slug": thread.slug, "secret": secret,
                  "attachment": message.attachments.get().pk, "account": account.pk}))
"""

SEE = """
import json
from django.test import Client
from openline.core import crypto
from openline.inbox.models import Attachment, ChannelAccount
ids = json.loads(%r)
web = Client(SERVER_NAME="127.0.0.1")
thread = web.get(f"/t/{ids['thread']}/{ids['slug']}/", follow=True)
found = web.get("/search/", {"q": "zephyrine"})
agent = Client(SERVER_NAME="127.0.0.1")
agent.login(username="agent", password="pw")
download = agent.get(f"/inbox/attachments/{ids['attachment']}/")
print(json.dumps({
    "thread": thread.status_code, "thread_has_title": b"Zephyrine valve squeaks" in thread.content,
    "search_finds_it": b"Zephyrine valve squeaks" in found.content,
    "attachment": download.status_code,
    "attachment_bytes": b"".join(download.streaming_content) == bytes(range(256)) * 40,
    "secret": crypto.decrypt(ChannelAccount.objects.get(pk=ids["account"]).secret_encrypted),
}))
"""


def environment(data_dir: Path, database_url: str = "") -> dict[str, str]:
    env = {
        **os.environ,
        "OPENLINE_DATA_DIR": str(data_dir),
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "PYTHONPATH": SRC,
        "OPENLINE_SITE_URL": "http://127.0.0.1:8000",
    }
    for name in ("DATABASE_URL", "REDIS_URL", "SECRET_KEY", "OPENLINE_ENCRYPTION_KEY"):
        env.pop(name, None)
    if database_url:
        env["DATABASE_URL"] = database_url
    return env


def run(env: dict[str, str], *args: str, check: bool = True) -> subprocess.CompletedProcess:
    result = subprocess.run(  # noqa: S603 - our own command
        [OPENLINE, *args], env=env, capture_output=True, text=True, timeout=300, check=False
    )
    assert not check or result.returncode == 0, result.stderr
    return result


def shell(env: dict[str, str], code: str) -> dict:
    # DEBUG: pages name static files without the manifest `collectstatic` would write.
    result = run({**env, "OPENLINE_DEBUG": "1"}, "shell", "-c", code)
    return json.loads(result.stdout.strip().splitlines()[-1])


def postgres_url(name: str) -> str:
    """A database of its own on the suite's server, created empty."""
    parts = urlsplit(PG_URL)
    admin = parts.path.lstrip("/")
    for sql in (f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)', f'CREATE DATABASE "{name}"'):
        subprocess.run(  # noqa: S603
            ["psql", "-q", urlunsplit(parts._replace(path=f"/{admin}")), "-c", sql],  # noqa: S607
            check=True,
            capture_output=True,
        )
    return urlunsplit(parts._replace(path=f"/{name}"))


def migrated(env: dict[str, str], template: Path) -> None:
    """A migrated database for `env`: on SQLite a copy of the session's migrated data dir
    (`openline migrate` is most of these tests' time), on PostgreSQL `openline migrate` itself."""
    if env.get("DATABASE_URL"):
        run(env, "migrate", "-v0")
    else:
        copy_data_dir(template, Path(env["OPENLINE_DATA_DIR"]))


DATABASES: list[object] = ["sqlite"]
if PG_URL.startswith("postgres"):
    DATABASES.append(pytest.param("postgresql", marks=pytest.mark.postgres))


@pytest.fixture(scope="module", params=DATABASES)
def site(request, tmp_path_factory, migrated_template):
    """A migrated site with a member's thread, a webhook channel and an attachment, and an
    archive of it: (environment, ids, archive)."""
    database = "" if request.param == "sqlite" else postgres_url("openline_backup_source")
    env = environment(tmp_path_factory.mktemp("source"), database)
    migrated(env, migrated_template)
    ids = shell(env, CREATE)
    archive = tmp_path_factory.mktemp("archives") / "site.tar.gz"
    out = run(env, "backup", "--output", str(archive)).stdout
    assert "Backup written to" in out
    return env, ids, archive, request.param


@pytest.fixture
def fresh(site, tmp_path):
    """An empty data dir (and database) to restore into, with the source's secret key gone."""
    _, _, _, vendor = site
    database = "" if vendor == "sqlite" else postgres_url("openline_backup_target")
    return environment(tmp_path / "restored", database)


def test_a_restored_site_shows_the_same_thread_search_attachment_and_secret(site, fresh):
    env, ids, archive, _ = site
    before = shell(env, SEE % json.dumps(ids))

    out = run(fresh, "restore", str(archive)).stdout

    assert "restored" in out
    after = shell(fresh, SEE % json.dumps(ids))
    assert after == before
    assert after == {
        "thread": 200,
        "thread_has_title": True,
        "search_finds_it": True,
        "attachment": 200,
        "attachment_bytes": True,
        "secret": ids["secret"],
    }


def test_the_archive_has_a_manifest_with_migrations_counts_and_checksums(site):
    _, _, archive, vendor = site
    with tarfile.open(archive) as tar:
        manifest = json.load(tar.extractfile("manifest.json"))
        names = set(tar.getnames())
    assert manifest["format"] == 1
    assert manifest["database"]["vendor"] == vendor
    assert ["community", "0001_initial"] in manifest["migrations"]
    assert manifest["database"]["tables"]["community_thread"] == 1
    assert manifest["database"]["tables"]["inbox_attachment"] == 1
    assert any(name.startswith("media/attachments/") for name in names)
    assert "secret_key" in names
    assert names == {*manifest["files"], "manifest.json"}
    assert all(len(entry["sha256"]) == 64 for entry in manifest["files"].values())


def test_restore_refuses_to_overwrite_a_live_database_without_force(site):
    env, ids, archive, _ = site

    refused = run(env, "restore", str(archive), check=False)

    assert refused.returncode == 1
    assert "Refusing to overwrite live data" in refused.stderr
    assert "--force" in refused.stderr
    forced = run(env, "restore", "--force", str(archive))
    assert "restored" in forced.stdout
    assert shell(env, SEE % json.dumps(ids))["search_finds_it"] is True


def test_a_corrupted_archive_is_refused_and_nothing_is_touched(site, fresh, tmp_path):
    _, _, archive, _ = site
    damaged = tmp_path / "damaged.tar.gz"
    data = bytearray(archive.read_bytes())
    data[len(data) // 2] ^= 0xFF
    damaged.write_bytes(bytes(data))

    refused = run(fresh, "restore", str(damaged), check=False)

    assert refused.returncode == 1
    assert "is damaged or not an Openline backup" in refused.stderr
    assert not (Path(fresh["OPENLINE_DATA_DIR"]) / "media").exists()


def test_an_archive_whose_file_does_not_match_its_checksum_is_refused(site, fresh, tmp_path):
    _, _, archive, _ = site
    tampered = tmp_path / "tampered.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(tampered, "w:gz") as target:
        for member in source:
            body = source.extractfile(member).read()
            if member.name.startswith("media/"):
                body = b"not the customer's photo" + body[24:]
            member.size = len(body)
            target.addfile(member, io.BytesIO(body))

    refused = run(fresh, "restore", str(tampered), check=False)

    assert refused.returncode == 1
    assert "does not match its checksum" in refused.stderr


def test_an_archive_from_a_newer_openline_is_refused_with_the_reason(site, fresh, tmp_path):
    _, _, archive, _ = site
    newer = tmp_path / "newer.tar.gz"
    with tarfile.open(archive) as source, tarfile.open(newer, "w:gz") as target:
        for member in source:
            body = source.extractfile(member).read()
            if member.name == "manifest.json":
                manifest = json.loads(body)
                manifest["migrations"].append(["community", "9999_from_the_future"])
                manifest["openline_version"] = "9.0.0"
                body = json.dumps(manifest).encode()
            member.size = len(body)
            target.addfile(member, io.BytesIO(body))

    refused = run(fresh, "restore", str(newer), check=False)

    assert refused.returncode == 1
    assert "made by a newer Openline (9.0.0)" in refused.stderr
    assert "community.9999_from_the_future" in refused.stderr


def test_a_different_secret_key_in_the_environment_is_refused(site, fresh):
    _, _, archive, _ = site

    refused = run({**fresh, "SECRET_KEY": "another-key"}, "restore", str(archive), check=False)

    assert refused.returncode == 1
    assert "channel secrets were encrypted with" in refused.stderr


def test_a_backup_taken_while_webhooks_are_queued_keeps_them(tmp_path, migrated_template):
    """The webhook queue's own SQLite file beside the database is in the archive."""
    env = environment(tmp_path / "queued")
    migrated(env, migrated_template)
    queue = Path(env["OPENLINE_DATA_DIR"]) / "openline.sqlite3.webhook-queue"
    with sqlite3.connect(queue) as db:
        db.execute(
            "CREATE TABLE queued (id INTEGER PRIMARY KEY, account_id INTEGER NOT NULL, body TEXT"
            " NOT NULL, received_at REAL NOT NULL, attempts INTEGER NOT NULL DEFAULT 0,"
            " next_attempt_at REAL, last_error TEXT NOT NULL DEFAULT '')"
        )
        db.execute("INSERT INTO queued (account_id, body, received_at) VALUES (1, '{}', 0)")
    archive = tmp_path / "queued.tar.gz"
    run(env, "backup", "-o", str(archive))
    target = environment(tmp_path / "target")

    run(target, "restore", str(archive))

    restored = Path(target["OPENLINE_DATA_DIR"]) / "openline.sqlite3.webhook-queue"
    with sqlite3.connect(restored) as db:
        assert db.execute("SELECT account_id, body FROM queued").fetchall() == [(1, "{}")]


def test_the_worker_takes_a_backup_when_due_and_keeps_only_the_newest(tmp_path, migrated_template):
    env = {
        **environment(tmp_path / "scheduled"),
        "OPENLINE_BACKUP_EVERY_HOURS": "24",
        "OPENLINE_BACKUP_KEEP": "2",
    }
    migrated(env, migrated_template)
    backups = Path(env["OPENLINE_DATA_DIR"]) / "backups"
    backups.mkdir()
    for day in ("20260101", "20260102", "20260103"):
        old = backups / f"openline-backup-{day}T000000000000Z.tar.gz"
        old.write_bytes(b"an older archive")
        os.utime(old, (1_767_225_600, 1_767_225_600))  # 2026-01-01: long overdue

    run(env, "worker", "--batch")

    kept = sorted(p.name for p in backups.iterdir())
    assert len(kept) == 2
    assert kept[0] == "openline-backup-20260103T000000000000Z.tar.gz"
    assert run(env, "restore", "--check", str(backups / kept[1])).returncode == 0
    run(env, "worker", "--batch")  # the newest is fresh: nothing is due
    assert sorted(p.name for p in backups.iterdir()) == kept
