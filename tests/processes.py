"""Real `openline` processes for the slow tests: the command, an environment on a SQLite file
of its own, and reads of that file. The test database lives in the pytest process and cannot
be shared, so these tests run on a data dir copied from one migrated once per session (the
`migrated_data_dir` fixture in tests/conftest.py)."""

import fcntl
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import openline

OPENLINE = str(Path(sys.executable).with_name("openline"))
SRC = str(Path(openline.__file__).resolve().parents[1])

# Settings of the suite's own run that a process on its own SQLite file must not inherit
# (CI's PostgreSQL pass sets the first two).
NOT_INHERITED = ("DATABASE_URL", "REDIS_URL", "OPENLINE_SITE_URL", "OPENLINE_SERVE_WORKER")


def environment(data_dir: Path, **settings: str) -> dict[str, str]:
    env = {
        **os.environ,
        "OPENLINE_DATA_DIR": str(data_dir),
        "SECRET_KEY": "test-only-not-secret",
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "PYTHONPATH": SRC,
        # The networks these processes talk to in tests are local servers on 127.0.0.1.
        "OPENLINE_OUTBOUND_ALLOWED_HOSTS": "127.0.0.1",
    }
    for name in NOT_INHERITED:
        env.pop(name, None)
    env.update(settings)
    return env


def openline_command(
    data_dir: Path, *args: str, timeout: float = 120, **settings: str
) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own command
        [OPENLINE, *args],
        env=environment(data_dir, **settings),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def migrate(data_dir: Path) -> None:
    done = openline_command(data_dir, "migrate", "-v0", timeout=300)
    assert done.returncode == 0, done.stderr


def migrated_once(root: Path) -> Path:
    """The data dir `root`/not/there/yet, migrated by the first pytest process that asks and
    read by every other (CI's passes and chunks share one, OPENLINE_TEST_MIGRATED_TEMPLATE):
    the others wait for it under a lock instead of migrating again."""
    root.mkdir(parents=True, exist_ok=True)
    path = root / "not" / "there" / "yet"
    with (root / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (root / "migrated").exists():
            migrate(path)
            (root / "migrated").touch()
    return path


def copy_data_dir(template: Path, target: Path) -> Path:
    shutil.copytree(template, target, dirs_exist_ok=True)
    return target


def query(data_dir: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(data_dir / "openline.sqlite3", timeout=20) as db:
        return db.execute(sql, params).fetchall()


def inbound_ids(data_dir: Path, account: int) -> list[str]:
    """External ids of the inbound messages stored for a channel account, oldest first."""
    rows = query(
        data_dir,
        "SELECT external_id FROM inbox_message WHERE account_id = ? AND kind = 'inbound'"
        " ORDER BY id",
        account,
    )
    return [row[0] for row in rows]
