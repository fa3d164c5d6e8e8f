"""`openline serve` and its worker as real processes, on a migrated SQLite file of their own
(the test database lives in this process and cannot be shared). Slow: real processes."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from tests import processes
from tests.processes import OPENLINE, query

pytestmark = pytest.mark.slow


# An agent's answer to an e-mail, queued for delivery like a reply sent from the inbox.
QUEUE_A_REPLY = """
from openline.accounts.models import Role, User
from openline.channels.email.inbound import parse_email
from openline.inbox import actions, ingestion
from openline.inbox.models import ChannelAccount
account = ChannelAccount.objects.create(
    kind="email", name="Support", config={"address": "support@halden.test"}
)
raw = (
    b"From: Pat Doe <pat@example.com>\\r\\nTo: support@halden.test\\r\\n"
    b"Subject: E14 again\\r\\nMessage-ID: <m1@example.com>\\r\\n\\r\\nMy T2 shows E14 again.\\r\\n"
)
conversation = ingestion.ingest(account, parse_email(account, raw))[0].conversation
agent = User.objects.create_user(username="agent", email="agent@halden.test", role=Role.AGENT)
actions.reply(agent, conversation, body="Please re-seat the OpenTherm wires.")
"""


def environment(data_dir: Path) -> dict[str, str]:
    # Port 2525 may be taken on a shared machine.
    return processes.environment(data_dir, OPENLINE_SERVE_SMTPD="off")


@pytest.fixture(scope="module")
def data_dir(migrated_template, tmp_path_factory):
    return processes.copy_data_dir(migrated_template, tmp_path_factory.mktemp("live"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for(condition, timeout=60.0):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if result := condition():
            return result
        time.sleep(0.25)
    raise AssertionError(f"still not true after {timeout} s")


def exited(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except FileNotFoundError:
        return True
    return state in {"Z", "X"}


def children(pid: int) -> list[str]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
            if int(fields[1]) == pid:
                found.append((stat.parent / "cmdline").read_bytes().replace(b"\0", b" ").decode())
        except (FileNotFoundError, ProcessLookupError, IndexError):
            continue
    return found


@pytest.fixture
def server(data_dir):
    """`openline serve` in a process group of its own, stopped (the whole group) at the end."""
    started = []

    def start(*args):
        port = free_port()
        process = subprocess.Popen(  # noqa: S603 - our own command
            [OPENLINE, "serve", "--port", str(port), "--workers", "1", *args],
            env=environment(data_dir),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        started.append(process)
        return process, port

    yield start
    for process in started:
        if process.poll() is None:
            os.killpg(process.pid, signal.SIGTERM)
            try:
                process.wait(20)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(5)
        process.stdout.close()


def test_an_agents_reply_queued_for_delivery_is_delivered_by_the_worker_serve_starts(
    data_dir, server
):
    subprocess.run(  # noqa: S603 - our own command
        [OPENLINE, "shell", "-c", QUEUE_A_REPLY], env=environment(data_dir), check=True, timeout=120
    )
    assert query(data_dir, "SELECT state FROM inbox_delivery") == [("queued",)]
    process, port = server()
    # The worker starts with serve and first works through the ingestion's own tasks; on a CI
    # machine busy with the other pass that took over a minute once (session 25).
    assert wait_for(
        lambda: query(data_dir, "SELECT state FROM inbox_delivery") == [("sent",)], timeout=180.0
    )
    assert any(" worker --parent " in command for command in children(process.pid))
    assert query(data_dir, "SELECT COUNT(*) FROM core_workerheartbeat WHERE stopped_at IS NULL")
    body = wait_for(lambda: _get(f"http://127.0.0.1:{port}/robots.txt"))
    assert f"Sitemap: http://127.0.0.1:{port}/sitemap.xml" in body


def _get(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - our own server
            return response.read().decode()
    except OSError:
        return None


def test_a_second_serve_on_the_same_port_refuses_to_start(data_dir, server):
    first, port = server("--no-worker")
    wait_for(lambda: _get(f"http://127.0.0.1:{port}/robots.txt"))
    second = subprocess.run(  # noqa: S603 - our own command
        [OPENLINE, "serve", "--port", str(port)],
        env=environment(data_dir),
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert second.returncode != 0
    assert f"Port {port} on 127.0.0.1 is already in use" in second.stderr
    assert not any(" worker --parent " in command for command in children(first.pid))


def test_the_worker_exits_when_its_parent_dies(data_dir):
    parent = subprocess.Popen(  # noqa: S603 - our own command
        [
            sys.executable,
            "-c",
            "import os, subprocess, sys, time\n"
            f"child = subprocess.Popen([{OPENLINE!r}, 'worker', '--parent', str(os.getpid())])\n"
            "print(child.pid, flush=True)\n"
            "time.sleep(300)\n",
        ],
        env=environment(data_dir),
        stdout=subprocess.PIPE,
        text=True,
    )
    worker = int(parent.stdout.readline())
    try:
        wait_for(
            lambda: query(data_dir, "SELECT 1 FROM core_workerheartbeat WHERE pid = ?", worker)
        )
        parent.kill()
        parent.wait(5)
        wait_for(lambda: exited(worker), timeout=20)
        stopped = query(
            data_dir, "SELECT stopped_at FROM core_workerheartbeat WHERE pid = ?", worker
        )
        assert stopped[0][0] is not None  # it said goodbye: not taken for a killed worker
    finally:
        if not exited(worker):
            os.kill(worker, signal.SIGKILL)
        parent.stdout.close()
