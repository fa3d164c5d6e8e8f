"""The Reddit channel as an operator runs it: `openline channel add reddit` and `openline channel
poll` as real processes on a SQLite file of their own, one of them killed with SIGKILL while
Reddit is in the middle of answering the second page of a round. Nothing is lost and nothing is
stored twice. Slow: real processes."""

import json
import signal
import subprocess
import threading

import pytest

from tests.processes import OPENLINE, environment, inbound_ids, openline_command

from .reddit_server import CLIENT_ID, CLIENT_SECRET, PASSWORD, USERNAME, RedditApi, mention

pytestmark = pytest.mark.slow


@pytest.fixture
def api():
    server = RedditApi()
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


def test_a_poll_killed_mid_round_loses_and_repeats_nothing(migrated_data_dir, api):
    data = migrated_data_dir
    added = openline_command(
        data, "channel", "add", "reddit", "--name", "Halden on Reddit",
        "--client-id", CLIENT_ID, "--client-secret", CLIENT_SECRET, "--username", USERNAME,
        "--password", PASSWORD, "--api-url", api.url, "--json",
    )  # fmt: skip
    assert added.returncode == 0, added.stderr
    assert PASSWORD not in added.stdout
    account = json.loads(added.stdout)["id"]
    api.inbox = [mention(1, "u/HaldenSupport first")]
    first = openline_command(data, "channel", "poll", str(account))
    assert first.returncode == 0, first.stderr

    api.inbox += [mention(1000 + n, f"u/HaldenSupport question {n}") for n in range(250)]
    # The newest 100 (1249..1150) come first; the page after 1150 is answered only once the
    # poll is dead.
    api.hold_after = "t1_k01150"
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
    api.hold_after = None
    api.release.set()
    expected = ["t1_k00001", *(f"t1_k{n:05d}" for n in range(1150, 1250))]
    assert sorted(inbound_ids(data, account)) == expected
    # Marked read: what was stored, by the fetch after the one that stored it.
    assert sorted(api.read) == expected

    again = openline_command(data, "channel", "poll", str(account))
    assert again.returncode == 0, again.stderr
    assert "150 new" in again.stdout
    ids = inbound_ids(data, account)
    assert sorted(ids) == ["t1_k00001", *(f"t1_k{n:05d}" for n in range(1000, 1250))]
    assert len(ids) == len(set(ids))
    third = openline_command(data, "channel", "poll", str(account))
    assert third.returncode == 0, third.stderr
    # Every stored item marked read (the killed poll's first page twice: harmless).
    assert set(api.read) == set(ids)
