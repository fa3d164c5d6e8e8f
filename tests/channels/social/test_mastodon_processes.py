"""The Mastodon channel as an operator runs it: `openline channel add mastodon` and
`openline channel poll` as real processes on a SQLite file of their own, one of them killed
with SIGKILL while the instance is in the middle of answering a page. Nothing is lost and
nothing is stored twice. Slow: most of it is `openline migrate`."""

import json
import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import openline

from .mastodon_server import TOKEN, MastodonServer

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


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory):
    path = tmp_path_factory.mktemp("mastodon")
    migrate = [OPENLINE, "migrate", "-v0"]
    subprocess.run(migrate, env=environment(path), check=True, timeout=300)  # noqa: S603
    return path


def openline_command(data_dir: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run(  # noqa: S603 - our own command
        [OPENLINE, *args], env=environment(data_dir), capture_output=True, text=True, timeout=120
    )


def query(data_dir: Path, sql: str, *params) -> list[tuple]:
    with sqlite3.connect(data_dir / "openline.sqlite3", timeout=20) as db:
        return db.execute(sql, params).fetchall()


def test_a_poll_killed_mid_page_loses_and_repeats_nothing(data_dir):
    with MastodonServer() as mastodon:
        state = mastodon.state
        added = openline_command(
            data_dir, "channel", "add", "mastodon", "--name", "Halden",
            "--instance", mastodon.url, "--token", TOKEN, "--json",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        assert TOKEN not in added.stdout
        account = json.loads(added.stdout)["id"]
        first = openline_command(data_dir, "channel", "poll", str(account))
        assert first.returncode == 0, first.stderr
        people = [state.customer(f"user{n}", f"User {n}") for n in range(7)]
        posts = [state.post(people[n % 7], f"Question {n}") for n in range(100)]
        # The second page (after the 40th mention) is answered only once the poll is dead.
        state.hold_min_id = state.notifications[39]["id"]
        poll = subprocess.Popen(  # noqa: S603 - our own command
            [OPENLINE, "channel", "poll", str(account)],
            env=environment(data_dir),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            assert state.holding.wait(60), "the poll never asked for the second page"
            poll.send_signal(signal.SIGKILL)
            assert poll.wait(20) == -signal.SIGKILL
        finally:
            if poll.poll() is None:
                poll.kill()
        state.hold_min_id = None
        state.release.set()
        stored = query(
            data_dir,
            "SELECT external_id FROM inbox_message WHERE account_id = ? AND kind = 'inbound' "
            "ORDER BY id",
            account,
        )
        assert [row[0] for row in stored] == [p["id"] for p in posts[:40]]
        [(config,)] = query(
            data_dir, "SELECT config FROM inbox_channelaccount WHERE id = ?", account
        )
        assert json.loads(config)["state"]["cursor"] == {"min_id": state.notifications[39]["id"]}
        # Polling again resumes from the stored page: every mention once, in order.
        again = openline_command(data_dir, "channel", "poll", str(account))
        assert again.returncode == 0, again.stderr
        assert "3 page(s), 60 item(s), 60 new" in again.stdout
        stored = query(
            data_dir,
            "SELECT external_id FROM inbox_message WHERE account_id = ? AND kind = 'inbound' "
            "ORDER BY id",
            account,
        )
        assert [row[0] for row in stored] == [p["id"] for p in posts]
        listing = openline_command(data_dir, "channel", "list")
        assert "last success" in listing.stdout
        assert "100 items today" in listing.stdout
