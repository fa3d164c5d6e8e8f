"""The Mastodon channel as an operator runs it: `openline channel add mastodon` and `openline
channel poll` as real processes on a SQLite file of their own, one of them killed with SIGKILL
while the instance is in the middle of answering a page. Nothing is lost and nothing is stored
twice. Slow: real processes."""

import json
import signal
import subprocess

import pytest

from tests.processes import (
    OPENLINE,
    copy_data_dir,
    environment,
    inbound_ids,
    openline_command,
    query,
)

from .mastodon_server import TOKEN, MastodonServer

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def data_dir(migrated_template, tmp_path_factory):
    return copy_data_dir(migrated_template, tmp_path_factory.mktemp("mastodon"))


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
        assert inbound_ids(data_dir, account) == [p["id"] for p in posts[:40]]
        [(config,)] = query(
            data_dir, "SELECT config FROM inbox_channelaccount WHERE id = ?", account
        )
        assert json.loads(config)["state"]["cursor"] == {"min_id": state.notifications[39]["id"]}
        # Polling again resumes from the stored page: every mention once, in order.
        again = openline_command(data_dir, "channel", "poll", str(account))
        assert again.returncode == 0, again.stderr
        assert "3 page(s), 60 item(s), 60 new" in again.stdout
        assert inbound_ids(data_dir, account) == [p["id"] for p in posts]
        listing = openline_command(data_dir, "channel", "list")
        assert "last success" in listing.stdout
        assert "100 items today" in listing.stdout
