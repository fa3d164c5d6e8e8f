"""Companion processes of `openline serve`: long-running helpers that apps register when they
are ready: core's worker, and the channels app's `smtpd` (when e-mail channels exist) and
webhook drainer (on SQLite). `openline serve` starts each as `openline <command> --parent
<pid>` beside the web server's processes; a companion exits when that parent is gone. A lower
layer cannot start a higher layer's work otherwise."""

import os
import signal
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Companion:
    command: str  # an `openline` management command that accepts --parent
    env_flag: str  # set to "1" in the web server's environment while the companion runs
    wanted: Callable[[], bool]


_companions: dict[str, Companion] = {}


def register(command: str, env_flag: str, wanted: Callable[[], bool]) -> None:
    _companions[command] = Companion(command, env_flag, wanted)


def wanted() -> list[Companion]:
    return [c for c in _companions.values() if c.wanted()]


def parent_is_gone(parent: int | None) -> bool:
    """A companion's parent is gone when the process was handed to another parent (init or a
    subreaper) — the pid itself may have been reused meanwhile."""
    return parent is not None and os.getppid() != parent


def exit_with_parent(parent: int | None, *, every: float = 1.0) -> threading.Thread | None:
    """Sends this process SIGTERM once `parent` is gone, so the companion stops the way it
    would on Ctrl-C or `kill` (a worker finishes its current task first)."""
    if parent is None:
        return None

    def watch() -> None:
        while not parent_is_gone(parent):
            time.sleep(every)
        os.kill(os.getpid(), signal.SIGTERM)

    thread = threading.Thread(target=watch, name="openline-parent-watch", daemon=True)
    thread.start()
    return thread
