"""Backups: the database, the SQLite files beside it, uploaded media and the secret key in one
archive (`openline backup`), and back (`openline restore`); the worker takes them on a schedule.

An archive is a gzipped tar holding:
    database.sqlite3 | database.pgdump   the main database, consistent while the server runs
                                         (SQLite's online backup API; `pg_dump` in one snapshot)
    <name>.sqlite3                       files registered by higher layers (the webhook queue)
    media/…                              uploaded avatars and attachments
    secret_key                           only when Openline keeps it in the data dir (no
                                         SECRET_KEY in the environment): it decrypts channel
                                         secrets, so the archive must be kept like the key
    manifest.json                        format, Openline version, database vendor, applied
                                         migrations, row counts and the SHA-256 of every file

Restore reads and checks the whole archive before it touches anything: a damaged, foreign or
newer archive, or one whose encryption key is not the one that would be in effect, is refused
with the reason; a database that already holds tables, or media, is only replaced with
`force`. After restoring it compares every table's row count with the manifest and applies the
migrations the archive predates.

Layering: the webhook queue belongs to channels, so channels registers its file here with
`register_sqlite_file` (this module never imports it)."""

import contextlib
import hashlib
import importlib.metadata
import io
import json
import logging
import os
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
import threading
import time
import zlib
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

from django.conf import settings
from django.core.management import call_command
from django.db import connection, connections, transaction
from django.db.migrations.loader import MigrationLoader

from . import crypto, db

log = logging.getLogger(__name__)

FORMAT = 1
PREFIX = "openline-backup-"
SUFFIX = ".tar.gz"
MANIFEST = "manifest.json"
SQLITE_MEMBER = "database.sqlite3"
PGDUMP_MEMBER = "database.pgdump"
SECRET_MEMBER = "secret_key"  # noqa: S105 - a file name
MEDIA_DIR = "media"
CHUNK = 1 << 20


class BackupError(Exception):
    """Said to the operator as it is: what is wrong and what to do."""


_sqlite_files: dict[str, Callable[[], str | None]] = {}


def register_sqlite_file(name: str, path: Callable[[], str | None]) -> None:
    """A SQLite file of a higher layer to back up as `<name>.sqlite3`; `path()` gives its
    location now, or None when it has none (another database)."""
    _sqlite_files[name] = path


# --- taking a backup ------------------------------------------------------------------------


def default_directory() -> Path:
    return Path(settings.OPENLINE["BACKUP_DIR"])


def new_archive_path(directory: Path | None = None) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%S%fZ")
    return (directory or default_directory()) / f"{PREFIX}{stamp}{SUFFIX}"


def create_backup(output: Path | None = None) -> tuple[Path, dict[str, Any]]:
    """Writes an archive to `output` (a new name in the backup directory by default) and
    returns its path and manifest. The file appears complete or not at all."""
    output = (output or new_archive_path()).resolve()
    output.parent.mkdir(parents=True, exist_ok=True)
    if db.is_in_memory_sqlite():
        raise BackupError("The database is in memory: there is nothing on disk to back up.")
    with tempfile.TemporaryDirectory(dir=output.parent, prefix=".openline-backup-") as temp:
        work = Path(temp)
        files: dict[str, Path] = {}
        # The files beside the database first: a webhook queued before this copy is either
        # still in it or already in the database copied next (storing it twice changes
        # nothing), so none is lost between the two copies.
        for name, where in sorted(_sqlite_files.items()):
            side = where()
            if side and Path(side).exists():
                files[f"{name}.sqlite3"] = _copy_sqlite(Path(side), work / f"{name}.sqlite3")
        if db.is_sqlite():
            files[SQLITE_MEMBER] = _copy_sqlite(Path(connection.settings_dict["NAME"]), work)
            migrations, counts = _describe_sqlite(files[SQLITE_MEMBER])
        elif db.is_postgres():
            files[PGDUMP_MEMBER] = work / PGDUMP_MEMBER
            migrations, counts = _dump_postgres(files[PGDUMP_MEMBER])
        else:
            raise BackupError(f"Backups cover SQLite and PostgreSQL, not {connection.vendor}.")
        secret = _secret_key_file()
        if secret is not None:
            files[SECRET_MEMBER] = secret
        media_root = Path(settings.MEDIA_ROOT)
        if media_root.is_dir():
            for upload in sorted(media_root.rglob("*")):
                if upload.is_file() and not upload.is_symlink():
                    files[f"{MEDIA_DIR}/{upload.relative_to(media_root).as_posix()}"] = upload
        manifest: dict[str, Any] = {
            "format": FORMAT,
            "openline_version": _version(),
            "created_at": datetime.now(UTC).isoformat(),
            "database": {"vendor": connection.vendor, "tables": counts},
            "migrations": migrations,
            "encryption_key_sha256": crypto.key_fingerprint(),
            "files": {},
        }
        partial = work / "archive.partial"
        with tarfile.open(partial, "w:gz") as tar:
            for name, source in files.items():
                manifest["files"][name] = _add_file(tar, name, source)
            body = json.dumps(manifest, indent=2, sort_keys=True).encode()
            info = tarfile.TarInfo(MANIFEST)
            info.size, info.mtime, info.mode = len(body), int(time.time()), 0o600
            tar.addfile(info, io.BytesIO(body))
        partial.chmod(0o600)  # it holds every secret of the site
        os.replace(partial, output)
    return output, manifest


def _copy_sqlite(source: Path, target: Path) -> Path:
    """A consistent copy of a live SQLite file through its online backup API (readers and
    writers carry on meanwhile)."""
    if target.is_dir():
        target = target / SQLITE_MEMBER
    with (
        contextlib.closing(sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=30)) as src,
        contextlib.closing(sqlite3.connect(target)) as dst,
    ):
        src.backup(dst)
        dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file in the archive
    return target


def _describe_sqlite(path: Path) -> tuple[list[list[str]], dict[str, int]]:
    with contextlib.closing(sqlite3.connect(path)) as copy:
        tables = [
            row[0]
            for row in copy.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " ORDER BY name"
            )
        ]
        counts = {t: copy.execute(f'SELECT COUNT(*) FROM "{t}"').fetchone()[0] for t in tables}  # noqa: S608 - names from the catalogue
        migrations = [
            [app, name]
            for app, name in copy.execute("SELECT app, name FROM django_migrations ORDER BY id")
        ]
    return migrations, counts


def _pg_command(program: str) -> tuple[list[str], dict[str, str]]:
    binary = shutil.which(program)
    if binary is None:
        raise BackupError(
            f"`{program}` is not on PATH: install the PostgreSQL client tools (the same major "
            "version as the server or newer) to back up or restore a PostgreSQL database."
        )
    params = connection.settings_dict
    args = [binary, "--no-owner", "--no-privileges"]
    for flag, key in (("--host", "HOST"), ("--port", "PORT"), ("--username", "USER")):
        if params.get(key):
            args += [flag, str(params[key])]
    env = {**os.environ}
    if params.get("PASSWORD"):
        env["PGPASSWORD"] = str(params["PASSWORD"])
    return args, env


def _dump_postgres(target: Path) -> tuple[list[list[str]], dict[str, int]]:
    """pg_dump of the snapshot this transaction sees, so the counts and migrations recorded
    are exactly what the dump holds."""
    args, env = _pg_command("pg_dump")
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        counts = _pg_counts(cursor)
        cursor.execute("SELECT app, name FROM django_migrations ORDER BY id")
        migrations = [[app, name] for app, name in cursor.fetchall()]
        args += ["--format=custom", f"--snapshot={snapshot}", f"--file={target}"]
        args.append(str(connection.settings_dict["NAME"]))
        result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603 - our own arguments
    if result.returncode:
        raise BackupError(f"pg_dump failed: {result.stderr.strip()}")
    return migrations, counts


def _pg_counts(cursor: Any) -> dict[str, int]:
    counts = {}
    for table in sorted(connection.introspection.table_names(cursor)):
        cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608 - names from the catalogue
        counts[table] = cursor.fetchone()[0]
    return counts


def _secret_key_file() -> Path | None:
    """The key file, when the key in use is the one Openline keeps in the data dir."""
    path = Path(settings.DATA_DIR) / "secret_key"
    if os.environ.get("SECRET_KEY") or not path.exists():
        return None
    return path


class _Hashing:
    def __init__(self, file: IO[bytes]) -> None:
        self.file, self.sha256 = file, hashlib.sha256()

    def read(self, size: int = -1) -> bytes:
        data = self.file.read(size)
        self.sha256.update(data)
        return data


def _add_file(tar: tarfile.TarFile, name: str, path: Path) -> dict[str, Any]:
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = path.stat().st_size, int(path.stat().st_mtime), 0o600
    with path.open("rb") as file:
        hashing = _Hashing(file)
        tar.addfile(info, hashing)
    return {"sha256": hashing.sha256.hexdigest(), "size": info.size}


def _version() -> str:
    try:
        return importlib.metadata.version("openline")
    except importlib.metadata.PackageNotFoundError:
        return "unknown"


# --- reading an archive -------------------------------------------------------------------


def _allowed(name: str) -> bool:
    return name in {MANIFEST, SQLITE_MEMBER, PGDUMP_MEMBER, SECRET_MEMBER} or (
        (name.endswith(".sqlite3") and "/" not in name) or name.startswith(f"{MEDIA_DIR}/")
    )


def extract(archive: Path, into: Path) -> dict[str, Any]:
    """Unpacks `archive` into `into` and returns its manifest, once every file is there with
    its checksum. Raises BackupError saying what is wrong."""
    if not archive.is_file():
        raise BackupError(f"{archive}: no such file.")
    damaged = f"{archive} is damaged or not an Openline backup"
    try:
        with tarfile.open(archive, "r:gz") as tar:
            for member in tar:
                if not member.isfile() or not _allowed(member.name):
                    raise BackupError(f"{damaged}: unexpected entry {member.name!r}.")
                tar.extract(member, into, filter="data")
    except (tarfile.TarError, EOFError, OSError, zlib.error) as error:
        raise BackupError(f"{damaged} ({error}).") from None
    try:
        manifest = json.loads((into / MANIFEST).read_text())
    except (OSError, ValueError):
        raise BackupError(f"{damaged}: it has no readable manifest.json.") from None
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(
            f"{archive} is in backup format {manifest.get('format')!r}; this Openline reads "
            f"format {FORMAT}."
        )
    listed: dict[str, Any] = manifest.get("files") or {}
    present = {p.relative_to(into).as_posix() for p in into.rglob("*") if p.is_file()} - {MANIFEST}
    if missing := sorted(set(listed) - present):
        raise BackupError(f"{damaged}: {len(missing)} file(s) missing, e.g. {missing[0]}.")
    if extra := sorted(present - set(listed)):
        raise BackupError(f"{damaged}: {extra[0]} is not in its manifest.")
    for name, expected in listed.items():
        if _sha256(into / name) != expected.get("sha256"):
            raise BackupError(f"{damaged}: {name} does not match its checksum.")
    return manifest


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


# --- restoring ------------------------------------------------------------------------------


def check_compatible(manifest: dict[str, Any], extracted: Path) -> list[str]:
    """Refuses what this installation cannot take; returns the migrations to apply after."""
    vendor = manifest["database"]["vendor"]
    if vendor != connection.vendor:
        raise BackupError(
            f"The archive holds a {vendor} database and this Openline is configured for "
            f"{connection.vendor} (DATABASE_URL): restore it into a {vendor} setup, then move "
            "the data with `openline dumpdata` / `loaddata`."
        )
    known = set(MigrationLoader(None, ignore_no_migrations=True).disk_migrations)
    applied = {(app, name) for app, name in manifest["migrations"]}
    if unknown := sorted(applied - known):
        app, name = unknown[0]
        raise BackupError(
            f"The archive was made by a newer Openline ({manifest.get('openline_version')}): "
            f"its database has migrations this one does not know ({app}.{name} and "
            f"{len(unknown) - 1} more). Upgrade Openline, then restore."
        )
    key = _key_after_restore(extracted)
    if manifest.get("encryption_key_sha256") not in (None, key):
        raise BackupError(
            "The encryption key in effect differs from the one the archive's channel secrets "
            "were encrypted with: they would be unreadable. Set SECRET_KEY (or "
            "OPENLINE_ENCRYPTION_KEY) to the value used when the backup was taken, or unset it "
            "to use the key kept in the archive."
        )
    return sorted(f"{app}.{name}" for app, name in known - applied)


def _key_after_restore(extracted: Path) -> str:
    if os.environ.get("OPENLINE_ENCRYPTION_KEY") or os.environ.get("SECRET_KEY"):
        return crypto.key_fingerprint()
    kept = extracted / SECRET_MEMBER
    if kept.exists():
        return crypto.key_fingerprint(kept.read_text().strip())
    return crypto.key_fingerprint()


def live_data() -> list[str]:
    """What a restore would overwrite: tables in the database, files in media."""
    found = []
    with connection.cursor() as cursor:
        tables = connection.introspection.table_names(cursor)
    if tables:
        found.append(f"the database ({connection.settings_dict['NAME']}) has {len(tables)} tables")
    media_root = Path(settings.MEDIA_ROOT)
    if media_root.is_dir() and any(p.is_file() for p in media_root.rglob("*")):
        found.append(f"{media_root} holds files")
    return found


def check_archive(archive: Path) -> dict[str, Any]:
    """Reads and checks `archive` as a restore would, changing nothing."""
    with tempfile.TemporaryDirectory(prefix=".openline-check-") as temp:
        manifest = extract(archive.resolve(), Path(temp))
        check_compatible(manifest, Path(temp))
    return manifest


def restore_backup(archive: Path, *, force: bool = False) -> dict[str, Any]:
    """Replaces the database, the files beside it and media with the archive's; returns the
    manifest. Checks everything first, and refuses to overwrite data unless `force`."""
    data_dir = Path(settings.DATA_DIR)
    data_dir.mkdir(parents=True, exist_ok=True)
    if db.is_in_memory_sqlite():
        raise BackupError("The database is in memory: configure a file or PostgreSQL first.")
    with tempfile.TemporaryDirectory(dir=data_dir, prefix=".openline-restore-") as temp:
        work = Path(temp)
        manifest = extract(archive.resolve(), work)
        pending = check_compatible(manifest, work)
        if (found := live_data()) and not force:
            raise BackupError(
                f"Refusing to overwrite live data: {'; '.join(found)}. Stop `openline serve` "
                "and the worker, then run the restore again with --force to replace it."
            )
        connections.close_all()
        if db.is_sqlite():
            _restore_sqlite(work / SQLITE_MEMBER, Path(connection.settings_dict["NAME"]))
        else:
            _restore_postgres(work / PGDUMP_MEMBER)
        for name, where in _sqlite_files.items():
            path = where()
            if path:
                _restore_side_file(work / f"{name}.sqlite3", Path(path))
        _restore_media(work / MEDIA_DIR, Path(settings.MEDIA_ROOT))
        _restore_secret_key(work / SECRET_MEMBER, data_dir / "secret_key")
        _check_counts(manifest["database"]["tables"])
    if pending:
        call_command("migrate", interactive=False, verbosity=0)
    return manifest


def _restore_sqlite(source: Path, target: Path) -> None:
    """Through the backup API into the live file, so SQLite's locks and WAL stay right."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with (
        contextlib.closing(sqlite3.connect(source)) as src,
        contextlib.closing(sqlite3.connect(target, timeout=30)) as dst,
    ):
        src.backup(dst)


def _restore_side_file(source: Path, target: Path) -> None:
    if source.exists():
        _restore_sqlite(source, target)
        return
    for suffix in ("", "-wal", "-shm"):  # the archive had none: an empty one is made on use
        with contextlib.suppress(FileNotFoundError):
            Path(f"{target}{suffix}").unlink()


def _restore_postgres(dump: Path) -> None:
    args, env = _pg_command("pg_restore")
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names(cursor):
            cursor.execute(f"DROP TABLE IF EXISTS {connection.ops.quote_name(table)} CASCADE")
        # Functions the migrations made (search counts' triggers), not an extension's: the
        # archive makes them again.
        cursor.execute(
            "SELECT p.oid::regprocedure::text FROM pg_proc p"
            " JOIN pg_namespace n ON n.oid = p.pronamespace"
            " WHERE n.nspname = current_schema() AND NOT EXISTS ("
            "  SELECT FROM pg_depend d WHERE d.objid = p.oid AND d.deptype = 'e')"
        )
        for (function,) in cursor.fetchall():
            cursor.execute(f"DROP FUNCTION IF EXISTS {function} CASCADE")
    connections.close_all()
    args += [
        "--exit-on-error",
        "--single-transaction",
        "--dbname",
        connection.settings_dict["NAME"],
    ]
    args.append(str(dump))
    result = subprocess.run(args, env=env, capture_output=True, text=True, check=False)  # noqa: S603 - our own arguments
    if result.returncode:
        raise BackupError(f"pg_restore failed: {result.stderr.strip()}")


def _restore_media(source: Path, target: Path) -> None:
    previous = target.with_name(f".{target.name}.before-restore")
    shutil.rmtree(previous, ignore_errors=True)
    if target.exists():
        target.rename(previous)
    if source.exists():
        shutil.move(source, target)
    else:
        target.mkdir(parents=True)
    shutil.rmtree(previous, ignore_errors=True)


def _restore_secret_key(source: Path, target: Path) -> None:
    if not source.exists():
        return
    shutil.copyfile(source, target)
    target.chmod(0o600)
    if (key := os.environ.get("SECRET_KEY")) and key != source.read_text().strip():
        log.warning(
            "SECRET_KEY in the environment overrides the restored %s: sessions and signed "
            "links made before the backup no longer hold.",
            target,
        )


def _check_counts(expected: dict[str, int]) -> None:
    got = {}
    with connection.cursor() as cursor:
        for table in expected:
            cursor.execute(f"SELECT COUNT(*) FROM {connection.ops.quote_name(table)}")  # noqa: S608 - names from the manifest, quoted
            got[table] = cursor.fetchone()[0]
    wrong = [t for t, n in expected.items() if got.get(t) != n]
    if wrong:
        table = wrong[0]
        raise BackupError(
            f"The restored database differs from the archive: {table} has {got.get(table)} "
            f"rows, the archive {expected[table]}."
        )


# --- on a schedule ------------------------------------------------------------------------


def archives(directory: Path | None = None) -> list[Path]:
    """The backup directory's archives, newest first."""
    directory = directory or default_directory()
    if not directory.is_dir():
        return []
    return sorted(directory.glob(f"{PREFIX}*{SUFFIX}"), reverse=True)


def prune(keep: int, directory: Path | None = None) -> list[Path]:
    """Deletes all but the `keep` newest archives; returns the deleted."""
    old = archives(directory)[max(keep, 1) :]
    for path in old:
        path.unlink(missing_ok=True)
    return old


_running = threading.Lock()


def scheduled_backup(now: float | None = None) -> Path | None:
    """The worker's periodic job: a backup when the newest is older than BACKUP_EVERY_HOURS
    (0: never), then only the BACKUP_KEEP newest are kept. It runs in the periodic thread,
    holding up the outbox sweep and feed polls meanwhile (seconds on SQLite); tasks (e-mails,
    deliveries) carry on in the worker's other thread."""
    every = float(settings.OPENLINE["BACKUP_EVERY_HOURS"]) * 3600
    if every <= 0 or db.is_in_memory_sqlite():
        return None
    now = time.time() if now is None else now
    newest = archives()
    if newest and now - newest[0].stat().st_mtime < every:
        return None
    if not _running.acquire(blocking=False):
        return None
    try:
        path, _ = create_backup()
        removed = prune(int(settings.OPENLINE["BACKUP_KEEP"]))
        log.info("Backup written to %s (%d older removed)", path, len(removed))
        return path
    finally:
        _running.release()
