"""The X channel as an operator runs it: `openline channel add x` and `openline channel poll` as
real processes on a SQLite file of their own, one of them killed with SIGKILL while X is in the
middle of answering the second page of a run. Nothing is lost and nothing is stored twice. Slow:
real processes."""

import json
import signal
import subprocess
import threading

import pytest

from tests.processes import OPENLINE, environment, inbound_ids, openline_command

from .x_server import ACCOUNT_ID, KEYS, XApi, tweet

pytestmark = pytest.mark.slow


@pytest.fixture
def api():
    server = XApi()
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


def test_a_poll_killed_mid_run_loses_and_repeats_nothing(migrated_data_dir, api):
    data = migrated_data_dir
    added = openline_command(
        data, "channel", "add", "x", "--name", "Halden on X", "--api-key", KEYS["api_key"],
        "--api-secret", KEYS["api_secret"], "--access-token", KEYS["access_token"],
        "--access-token-secret", KEYS["access_token_secret"], "--user-id", ACCOUNT_ID,
        "--api-url", api.url, "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert KEYS["access_token_secret"] not in added.stdout
    account = json.loads(added.stdout)["id"]
    api.mentions = [tweet(100, "@haldensupport first")]
    first = openline_command(data, "channel", "poll", str(account))
    assert first.returncode == 0, first.stderr

    api.mentions += [tweet(200 + n, f"@haldensupport question {n}") for n in range(250)]
    # X lists the newest 100 (449..350) first; the page after 350 is answered only once the
    # poll is dead.
    api.hold_token = "7140dibdnow9c350"
    poll = subprocess.Popen(  # noqa: S603 - our own command
        [OPENLINE, "channel", "poll", str(account)],
        env=environment(data),
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
    assert sorted(int(i) for i in inbound_ids(data, account)) == [100, *range(350, 450)]

    again = openline_command(data, "channel", "poll", str(account))
    assert again.returncode == 0, again.stderr
    assert "2 page(s), 150 item(s), 150 new" in again.stdout
    ids = inbound_ids(data, account)
    assert sorted(int(i) for i in ids) == [100, *range(200, 450)]
    assert len(ids) == len(set(ids))
    listing = openline_command(data, "channel", "list")
    assert "251 items today" in listing.stdout
