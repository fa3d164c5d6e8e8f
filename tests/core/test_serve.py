"""What `openline serve` starts, checked without exec'ing Granian (the slow end-to-end test
in test_companion_processes.py starts it for real)."""

import os
import socket

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from openline.core import lanes
from openline.core.management.commands import serve
from openline.inbox.models import ChannelAccount


class Exec(Exception):
    """Stands in for os.execv, which would replace the test process."""


@pytest.fixture
def started(monkeypatch, db):
    """The companions' and the server's command lines, and the environment they get."""
    monkeypatch.setattr(os, "environ", dict(os.environ))
    os.environ.pop("OPENLINE_SITE_URL", None)
    for name in (serve.WORKER_ENV, serve.SMTPD_ENV, lanes.LANE_ENV, serve.HOLDS_ENV):
        os.environ.pop(name, None)
    calls = {"companions": [], "server": None}

    def popen(argv, **kwargs):
        calls["companions"].append(argv[1:])

    def execv(path, argv):
        calls["server"] = argv
        raise Exec

    monkeypatch.setattr(serve.subprocess, "Popen", popen)
    monkeypatch.setattr(serve.os, "execv", execv)
    monkeypatch.setattr(serve, "call_command", lambda *args, **kwargs: None)  # collectstatic
    return calls


def run_serve(*args):
    with pytest.raises(Exec):
        call_command("serve", "--port", str(free_port()), "--workers", "1", *args)


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def commands(started):
    return [argv[0] for argv in started["companions"]]


def test_serve_starts_a_worker_that_exits_with_the_server(started):
    run_serve()
    assert ["worker", "--parent", str(os.getpid())] in started["companions"]
    assert started["server"][1:4] == ["--interface", "wsgi", "config.wsgi:application"]
    assert os.environ["OPENLINE_WORKER_COMPANION"] == "1"


def option(argv, name):
    return int(argv[argv.index(name) + 1]) if name in argv else None


def test_pages_get_their_threads_and_the_lane_more_beside_them(started):
    run_serve("--threads", "2")
    assert option(started["server"], "--blocking-threads") == 2 + lanes.LANE_THREADS
    assert option(started["server"], "--workers-kill-timeout") is None
    assert os.environ[lanes.THREADS_ENV] == "2"
    assert os.environ[lanes.LANE_ENV] == str(lanes.LANE_THREADS)
    assert os.environ[serve.HOLDS_ENV] == "0"  # held waits are opt-in


def test_held_waits_get_threads_of_their_own_beside_the_pages_and_the_lane(started):
    os.environ[serve.HOLDS_ENV] = str(serve.HOLDS_MEASURED)
    run_serve("--threads", "2")
    threads = option(started["server"], "--blocking-threads")
    assert threads == 2 + lanes.LANE_THREADS + serve.HOLDS_MEASURED
    assert option(started["server"], "--backpressure") > threads  # a page is always read
    assert option(started["server"], "--workers-kill-timeout") == 5
    assert os.environ[lanes.THREADS_ENV] == "2"
    assert os.environ[lanes.LANE_ENV] == str(lanes.LANE_THREADS)
    assert os.environ[serve.HOLDS_ENV] == str(serve.HOLDS_MEASURED)


def test_the_environment_can_turn_the_lane_and_the_held_waits_off(started):
    os.environ[lanes.LANE_ENV] = "0"
    os.environ[serve.HOLDS_ENV] = "0"
    run_serve()
    assert option(started["server"], "--blocking-threads") == 1
    assert option(started["server"], "--workers-kill-timeout") is None
    assert os.environ[serve.HOLDS_ENV] == "0"


def test_held_waits_serve_over_asgi_with_the_pages_on_their_threads(started):
    os.environ[serve.HOLDS_ENV] = str(serve.HOLDS_MEASURED)
    run_serve("--held-waits", "--threads", "2")
    assert started["server"][1:4] == ["--interface", "asgi", "config.asgi:application"]
    assert os.environ["OPENLINE_SERVE_THREADS"] == "2"
    assert os.environ[serve.HOLDS_ENV] == "0"  # the event loop holds them, not the threads


def test_the_environment_can_turn_held_waits_on(started):
    os.environ[serve.HELD_WAITS_ENV] = "on"
    run_serve()
    assert started["server"][1:4] == ["--interface", "asgi", "config.asgi:application"]


def test_no_worker_starts_none(started):
    run_serve("--no-worker")
    assert "worker" not in commands(started)
    assert started["server"] is not None


def test_the_environment_can_turn_the_worker_off(started):
    os.environ[serve.WORKER_ENV] = "off"
    run_serve()
    assert "worker" not in commands(started)


def test_smtpd_starts_only_when_an_email_channel_exists(started):
    run_serve()
    assert "smtpd" not in commands(started)
    ChannelAccount.objects.create(kind="email", name="Support", config={"address": "s@x.test"})
    run_serve()
    assert "smtpd" in commands(started)


def test_no_smtpd_starts_none_even_with_an_email_channel(started):
    ChannelAccount.objects.create(kind="email", name="Support", config={"address": "s@x.test"})
    run_serve("--no-smtpd")
    assert "smtpd" not in commands(started)


def test_links_point_at_the_port_served_when_no_site_url_is_set(started):
    with pytest.raises(Exec):
        call_command("serve", "--port", "8102", "--workers", "1")
    assert os.environ["OPENLINE_SITE_URL"] == "http://127.0.0.1:8102"


def test_an_explicit_site_url_is_kept(started):
    os.environ["OPENLINE_SITE_URL"] = "https://community.example.com"
    run_serve()
    assert os.environ["OPENLINE_SITE_URL"] == "https://community.example.com"


@pytest.mark.parametrize(
    ("host", "url"),
    [("0.0.0.0", "http://127.0.0.1:8102"), ("::1", "http://[::1]:8102")],  # noqa: S104
)
def test_the_site_url_of_a_wildcard_or_ipv6_host(host, url):
    assert serve.site_url_for(host, 8102) == url


def test_a_port_in_use_is_refused_before_anything_starts(started):
    with socket.socket() as other:
        # Granian's way: with SO_REUSEPORT a second Granian would bind beside it.
        other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        other.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEPORT, 1)
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        with pytest.raises(CommandError, match=f"Port {port} on 127.0.0.1 is already in use"):
            call_command("serve", "--port", str(port))
    assert started == {"companions": [], "server": None}


def test_a_port_that_was_just_freed_is_served(started):
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
    with pytest.raises(Exec):
        call_command("serve", "--port", str(port), "--workers", "1")
