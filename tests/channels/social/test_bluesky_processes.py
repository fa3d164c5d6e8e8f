"""The Bluesky channel as an operator runs it: `openline channel add bluesky` and `openline channel
poll` as real processes on a SQLite file of their own, one of them killed with SIGKILL while the
PDS is in the middle of answering its second page of notifications. Nothing is lost and nothing
is stored twice. Slow: real processes."""

import json
import signal
import subprocess
from datetime import timedelta

import pytest

from tests.processes import (
    OPENLINE,
    copy_data_dir,
    environment,
    inbound_ids,
    openline_command,
    query,
)

from .bluesky_server import APP_PASSWORD, COMPANY_HANDLE, PAT, ROBIN, T0, serve

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def data_dir(migrated_template, tmp_path_factory):
    return copy_data_dir(migrated_template, tmp_path_factory.mktemp("bluesky"))


def inbound(data_dir, account: int) -> list[str]:
    return sorted(inbound_ids(data_dir, account))


def test_a_poll_killed_mid_sweep_loses_and_repeats_nothing(data_dir):
    pds = serve()
    state = pds.state
    try:
        added = openline_command(
            data_dir, "channel", "add", "bluesky", "--name", "Halden", "--service", pds.url,
            "--handle", COMPANY_HANDLE, "--app-password", APP_PASSWORD, "--json",
        )  # fmt: skip
        assert added.returncode == 0, added.stderr
        assert APP_PASSWORD not in added.stdout
        account = json.loads(added.stdout)["id"]
        posts = [
            pds.post(PAT if n % 2 else ROBIN, f"@{COMPANY_HANDLE} question {n}",
                     at=T0 + timedelta(seconds=n))
            for n in range(120)
        ]  # fmt: skip
        state.hold_pages = True  # the second page comes only once the poll is dead
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
        state.hold_pages = False
        state.release.set()
        newest_first = [p.uri for p in reversed(posts)]
        assert inbound(data_dir, account) == sorted(newest_first[:50])  # the first page, stored
        [(config,)] = query(
            data_dir, "SELECT config FROM inbox_channelaccount WHERE id = ?", account
        )
        assert json.loads(config)["state"]["cursor"]["sweep"]["cursor"]
        # a mention arriving meanwhile is read by the next sweep
        late = pds.post(ROBIN, f"@{COMPANY_HANDLE} still there?", at=T0 + timedelta(hours=1))
        again = openline_command(data_dir, "channel", "poll", str(account))
        assert again.returncode == 0, again.stderr
        assert inbound(data_dir, account) == sorted(p.uri for p in posts)
        again = openline_command(data_dir, "channel", "poll", str(account))
        assert again.returncode == 0, again.stderr
        assert inbound(data_dir, account) == sorted([late.uri] + [p.uri for p in posts])
        listing = openline_command(data_dir, "channel", "list")
        assert "121 items today" in listing.stdout
    finally:
        pds.shutdown()
        pds.server_close()
