"""The X channel as an operator runs it: `openline channel add x` and `openline channel poll` as
real processes on a SQLite file of their own, one of them killed with SIGKILL while X is in the
middle of answering the second page of a run. Nothing is lost and nothing is stored twice.
Slow: most of it is `openline migrate`."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import openline

from .x_server import ACCOUNT_ID, KEYS, XApi, tweet

pytestmark = pytest.mark.slow

OPENLINE = str(Path(sys.executable).with_name("openline"))
SRC = str(Path(openline.__file__).resolve().parents[1])


def environment(data_dir: Path) -> dict[str, str]:
    env = {
        **os.environ,
        "OPENLINE_DATA_DIR": str(data_dir),
        "SECRET_KEY": "test-only-not-secret",
        "DJANGO_SETTINGS_MODULE": "config.settings.base",
        "PYTHONPATH": SRC,
        "OPENLINE_OUTBOUND_ALLOWED_HOSTS": "127.0.0.1",
    }
    for name in ("DATABASE_URL", "REDIS_URL"):
        env.pop(name, None)  # a SQLite file of its own, even in the PostgreSQL run of CI
    return env


def openline_command(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own command
        [OPENLINE, *args], env=environment(data_dir), capture_output=True, text=True, timeout=120
    )


def stored(data_dir: Path, account: int) -> list[str]:
    with sqlite3.connect(data_dir / "openline.sqlite3", timeout=20) as db:
        rows = db.execute(
            "SELECT external_id FROM inbox_message WHERE account_id = ? AND kind = 'inbound'",
            (account,),
        ).fetchall()
    return [row[0] for row in rows]


@pytest.fixture
def api():
    server = XApi()
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


def test_a_poll_killed_mid_run_loses_and_repeats_nothing(tmp_path, api):
    migrate = openline_command(tmp_path, "migrate", "-v0")
    assert migrate.returncode == 0, migrate.stderr
    added = openline_command(
        tmp_path, "channel", "add", "x", "--name", "Halden on X", "--api-key", KEYS["api_key"],
        "--api-secret", KEYS["api_secret"], "--access-token", KEYS["access_token"],
        "--access-token-secret", KEYS["access_token_secret"], "--user-id", ACCOUNT_ID,
        "--api-url", api.url, "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert KEYS["access_token_secret"] not in added.stdout
    account = json.loads(added.stdout)["id"]
    api.mentions = [tweet(100, "@haldensupport first")]
    first = openline_command(tmp_path, "channel", "poll", str(account))
    assert first.returncode == 0, first.stderr

    api.mentions += [tweet(200 + n, f"@haldensupport question {n}") for n in range(250)]
    # X lists the newest 100 (449..350) first; the page after 350 is answered only once the
    # poll is dead.
    api.hold_token = "7140dibdnow9c350"
    poll = subprocess.Popen(  # noqa: S603 - our own command
        [OPENLINE, "channel", "poll", str(account)],
        env=environment(tmp_path),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        assert api.holding.wait(60), "the poll never asked for the second page"
        poll.send_signal(signal.SIGKILL)
        assert poll.wait(20) == -signal.SIGKILL
    finally:
        if poll.poll() is None:
            poll.kill()
    api.hold_token = None
    api.release.set()
    assert sorted(int(i) for i in stored(tmp_path, account)) == [100, *range(350, 450)]

    again = openline_command(tmp_path, "channel", "poll", str(account))
    assert again.returncode == 0, again.stderr
    assert "2 page(s), 150 item(s), 150 new" in again.stdout
    ids = stored(tmp_path, account)
    assert sorted(int(i) for i in ids) == [100, *range(200, 450)]
    assert len(ids) == len(set(ids))
    listing = openline_command(tmp_path, "channel", "list")
    assert "251 items today" in listing.stdout
