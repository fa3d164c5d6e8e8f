"""Companion processes of `openline serve`: long-running helpers that apps register when they
are ready (e.g. the channels app's webhook drainer on SQLite). `openline serve` starts each as
`openline <command> --parent <pid>` beside the web server's processes; a companion exits when
that parent is gone. A lower layer cannot start a higher layer's work otherwise."""

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
