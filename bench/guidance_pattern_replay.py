"""One detector pattern's cost in a warm check, before and after a rewrite, and whether the two
forms find the same (issue 13, session 35 speed-warm-v30b).

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_pattern_replay.py BEFORE \
        internal.DISCLOSURE_WORD secrets.LOCK_CODE_DE [--same]

BEFORE is the root of a source tree (`git archive <commit> src | tar -x -C DIR`); the patterns
named (`<module of openline.guidance.detectors>.<NAME>`) are read there, in a process of its own,
and here (this tree, the "after"). The warm check of holdout10's 2 KB draft (as
guidance_paired.py builds it) is run once with each named pattern wrapped, so the calls it makes
to them (method, arguments) are recorded; the calls are then replayed 100 times on each form,
in turn, eleven rounds, the lowest round of each (process CPU): printed as ms a check. `--same`:
every read draft (drafts_*.jsonl but holdout29 / holdout30 / de29 / de30) and each of its
`internal.SENTENCE` pieces, as written and lowered, searched with both forms: search spans and
finditer (span, named groups) compared.
"""

import argparse
import importlib
import json
import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
UNREAD = re.compile(r"drafts_(?:holdout|de)(?:29|30)\.jsonl")
DUMP = (
    "import importlib, json, sys\n"
    "import django\n"
    "django.setup()\n"
    "found = {}\n"
    "for name in sys.argv[1:]:\n"
    "    module, attr = name.rsplit('.', 1)\n"
    "    p = getattr(importlib.import_module('openline.guidance.detectors.' + module), attr)\n"
    "    found[name] = [p.pattern, p.flags]\n"
    "print(json.dumps(found))\n"
)


def before_patterns(root: Path, names: list[str]) -> dict[str, re.Pattern[str]]:
    env = {**os.environ, "PYTHONPATH": str(root / "src")}
    env.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")
    out = subprocess.run(
        [sys.executable, "-c", DUMP, *names], env=env, cwd=root, capture_output=True, text=True
    )
    found = json.loads(out.stdout.strip().splitlines()[-1])
    return {name: re.compile(source, flags) for name, (source, flags) in found.items()}


class Recorder:
    """Stands for a pattern; notes each call."""

    def __init__(self, pattern: re.Pattern[str], calls: list) -> None:
        self._pattern, self._calls = pattern, calls

    def __getattr__(self, attr: str) -> Any:
        value = getattr(self._pattern, attr)
        if not callable(value):
            return value

        def call(*args: Any, **kwargs: Any) -> Any:
            self._calls.append((attr, args, kwargs))
            return value(*args, **kwargs)

        return call


def replay(pattern: re.Pattern[str], calls: list, times: int = 100) -> float:
    """The recorded calls made `times` times on `pattern`: ms a check (process CPU)."""
    started = time.process_time()
    for _ in range(times):
        for attr, args, kwargs in calls:
            result = getattr(pattern, attr)(*args, **kwargs)
            if attr == "finditer":
                list(result)
    return (time.process_time() - started) / times * 1000


def paired(before: re.Pattern[str], after: re.Pattern[str], calls: list) -> tuple[float, float]:
    """Eleven rounds, the two forms in turn: the lowest of each (the least disturbed)."""
    rounds = [(replay(before, calls), replay(after, calls)) for _ in range(11)]
    return min(old for old, _ in rounds), min(new for _, new in rounds)


def read_texts() -> list[str]:
    from openline.guidance.detectors.internal import SENTENCE

    texts = []
    for path in sorted((HERE / "eval/guidance").glob("drafts_*.jsonl")):
        if UNREAD.fullmatch(path.name):
            continue
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    pieces = set(texts)
    for text in texts:
        pieces.update(m.group() for m in SENTENCE.finditer(text))
    return sorted(pieces)


def seen(pattern: re.Pattern[str], text: str) -> tuple:
    found = pattern.search(text)
    return found and found.span(), [(m.span(), m.groupdict()) for m in pattern.finditer(text)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("names", nargs="+")
    parser.add_argument("--same", action="store_true")
    options = parser.parse_args()
    before = before_patterns(options.before.resolve(), options.names)

    sys.path.insert(0, str(HERE))
    import guidance_eval_companies as bench

    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text
    from openline.guidance.detectors import prefilter

    companies = json.loads(Path(bench.COMPANIES).read_text())
    data = HERE / "eval/guidance/drafts_holdout10.jsonl"
    drafts = [json.loads(line) for line in data.read_text().splitlines() if line]
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    for _ in range(30):
        check_text(text)
    prefilter.wait()
    after: dict[str, re.Pattern[str]] = {}
    calls: dict[str, list] = {}
    for name in options.names:
        module_name, attr = name.rsplit(".", 1)
        module = importlib.import_module(f"openline.guidance.detectors.{module_name}")
        after[name], calls[name] = getattr(module, attr), []
        setattr(module, attr, Recorder(after[name], calls[name]))
    check_text(text)
    for name in options.names:
        module_name, attr = name.rsplit(".", 1)
        setattr(
            importlib.import_module(f"openline.guidance.detectors.{module_name}"), attr, after[name]
        )
    for name in options.names:
        old, new = paired(before[name], after[name], calls[name])
        print(f"{name}: {len(calls[name])} calls a check, {old:.3f} -> {new:.3f} ms a check")
    if options.same:
        texts = read_texts()
        for name in options.names:
            differ = matched = 0
            for piece in texts:
                for form in (piece, piece.lower()):
                    expected = seen(before[name], form)
                    differ += expected != seen(after[name], form)
                    matched += expected[0] is not None
            print(f"{name}: {2 * len(texts)} texts, {matched} with a match, {differ} differ")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
