import json
import socket
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, HTTPServer
from io import StringIO

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.utils import timezone
from django_tasks_db.models import DBTaskResult, get_date_max

from openline.core import heartbeat


class Answer200(BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


@pytest.fixture
def web():
    """Something listening where `openline status` looks for the web server."""
    server = HTTPServer(("127.0.0.1", 0), Answer200)
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    yield server.server_address[1]
    server.shutdown()
    server.server_close()


@pytest.fixture
def closed_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture
def live_worker(db):
    heartbeat.beat("host-1-abc")


def status(port, *flags):
    out = StringIO()
    try:
        call_command("status", "--port", str(port), *flags, stdout=out)
    except CommandError as error:
        return error.returncode, out.getvalue()
    return 0, out.getvalue()


def lines(output):
    return {line.split()[1]: line.split()[0] for line in output.splitlines() if line[:1] != " "}


def test_all_healthy_exits_0_and_prints_one_line_per_part(web, live_worker):
    code, output = status(web)
    assert code == 0
    assert lines(output) == {
        "database": "ok",
        "web": "ok",
        "worker": "ok",
        "tasks": "ok",
        "channels": "ok",
    }
    assert "1 alive, last heartbeat" in output
    assert "migrations applied" in output


def test_no_worker_seen_for_a_minute_is_unhealthy(web, db):
    heartbeat.beat("host-1-abc", now=timezone.now() - timedelta(minutes=2))
    code, output = status(web)
    assert code == 1
    assert lines(output)["worker"] == "FAIL"
    assert "none alive" in output and "lost" in output


def test_nothing_listening_on_the_port_is_unhealthy(closed_port, live_worker):
    code, output = status(closed_port)
    assert code == 1
    assert lines(output)["web"] == "FAIL"
    assert f"nothing answers on 127.0.0.1:{closed_port}" in output


def test_a_task_waiting_over_five_minutes_is_unhealthy_and_counted(web, live_worker):
    DBTaskResult.objects.create(
        task_path="openline.inbox.tasks.deliver",
        args_kwargs={"args": [1], "kwargs": {}},
        backend_name="default",
        run_after=get_date_max(),
    )
    DBTaskResult.objects.update(enqueued_at=timezone.now() - timedelta(minutes=6))
    code, output = status(web)
    assert code == 1
    assert lines(output)["tasks"] == "FAIL"
    assert "1 ready, 0 running" in output and "oldest waiting since 6 min ago" in output


def test_json_output_has_every_check_with_its_details(web, live_worker):
    code, output = status(web, "--json")
    report = json.loads(output)
    assert (code, report["healthy"]) == (0, True)
    assert set(report["checks"]) == {"database", "web", "worker", "tasks", "channels"}
    assert report["checks"]["database"]["unapplied_migrations"] == []
    assert report["checks"]["tasks"]["ready"] == 0
    assert report["checks"]["worker"]["workers"][0]["state"] == "running"
