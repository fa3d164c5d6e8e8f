"""Instructions per signed-in page, counted by callgrind (issue 19): a figure the other processes
on a shared machine do not move, for before/after comparisons where CPU time is too noisy.

    export OPENLINE_DATA_DIR=<a data dir seeded with `openline seed --threads 2000`> SECRET_KEY=x
    PYTHONPATH=src .venv/bin/python bench/signed_in_instructions.py / /s/ideas/ /t/<id>/<slug>/

Each page runs in its own process under `valgrind --tool=callgrind --instr-atstart=no`: Django
starts and the page is asked 20 times uninstrumented (imports, per-process tables, the shared
page rendered), then instrumentation is switched on (`callgrind_control -i on`) and `--runs`
requests through Django's test client, signed in as `--user`, are counted. Prints millions of
instructions per request. About 40 s per page. `OPENLINE_SRC` points at another checkout.
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def child(path: str, runs: int, user: str, ready: Path, go: Path) -> None:
    sys.path.insert(0, os.environ.get("OPENLINE_SRC", str(ROOT / "src")))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    import django

    django.setup()
    from django.contrib.auth import get_user_model
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    if user:
        client.force_login(get_user_model().objects.get(username=user))
    for _ in range(20):
        assert client.get(path).status_code == 200, path
    ready.touch()
    while not go.exists():
        time.sleep(0.05)
    for _ in range(runs):
        client.get(path)


def count(path: str, runs: int, user: str) -> float:
    return counted(__file__, [path, "--user", user], runs)


def counted(script: str, arguments: list[str], runs: int) -> float:
    """Instructions per run of `script --child ARGUMENTS --runs N --ready R --go G` under
    callgrind: the child warms up, touches R, waits for G and runs N times, counted."""
    with tempfile.TemporaryDirectory() as scratch:
        ready, go = Path(scratch, "ready"), Path(scratch, "go")
        command = [
            "valgrind", "--tool=callgrind", "--instr-atstart=no", "--cache-sim=no",
            f"--callgrind-out-file={scratch}/callgrind.out",
            sys.executable, script, "--child", *arguments, "--runs", str(runs),
            "--ready", str(ready), "--go", str(go),
        ]  # fmt: skip
        process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
        while not ready.exists():
            if process.poll() is not None:
                raise SystemExit(process.stderr.read() if process.stderr else "failed")
            time.sleep(0.2)
        subprocess.run(
            ["callgrind_control", "-i", "on", str(process.pid)],
            check=True,
            capture_output=True,
        )
        go.touch()
        _, errors = process.communicate()
    collected = re.search(r"Collected : (\d+)", errors)
    if collected is None:
        raise SystemExit(errors)
    return int(collected.group(1)) / runs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+")
    parser.add_argument("--runs", type=int, default=100)
    parser.add_argument("--user", default="customer", help="empty: an anonymous reader")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--ready", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--go", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.paths[0], args.runs, args.user, args.ready, args.go)
        return
    for path in args.paths:
        per_request = count(path, args.runs, args.user)
        print(f"{path:60} {per_request / 1e6:6.2f} M instructions per request", flush=True)


if __name__ == "__main__":
    main()
