"""Paired before/after speed of the guidance check of a 2 KB draft (issue 13): two source trees,
each in its own worker process, check the same draft in alternation, so a change in the
machine's load lands on both alike.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_paired.py BEFORE AFTER \
        [--data bench/eval/guidance/drafts_holdout10.jsonl] [--rounds 100] [--cold]

BEFORE and AFTER are roots of source trees (each with `src/` and `bench/`; an old commit as
`git archive <commit> src bench | tar -x -C DIR`). Each worker imports its own tree's
bench/guidance_eval_companies.py (which puts that tree's `src` first on the path), configures
the file's first company as that script does (wording both), builds its 2 KB draft with
`sample_draft` and checks it 30 times to warm up; the two drafts must be the same (their hashes
are compared). Then, each round, both workers check the draft once, in a random order. Warm by
default (the sentence scores cached, as the lead's `guidance_cold_cost.py --warm` measures);
`--cold` clears the scores and vectors before each check. `--fresh N` checks N different
2 KB drafts in turn instead of one (the file's drafts joined in order and cut into 2 KB pieces,
every one checked under the first company's configuration, and in the warm-up): a round's
draft was last checked N rounds before, so what the check keeps per text (gates' `Draft`, the
sentences split once) is not reused, while the sentence scores are (warm). Printed: p50 / p95
of wall time and CPU time (`time.process_time`, the model's threads included) per tree, the
paired difference's p50 (AFTER - BEFORE, per round) and the load average before and after.
"""

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import time
from pathlib import Path

WARM_UPS = 30


def percentile(values: list[float], q: float) -> float:
    """The same nearest-rank percentile as guidance_cold_cost.py."""
    ordered = sorted(values)
    return ordered[max(0, int(q * len(ordered)) - 1)]


def pieces(drafts: list[dict], count: int, size: int = 2048) -> list[str]:
    """The file's drafts joined in order ("\n\n" between them), cut into `count` pieces of
    `size` characters."""
    joined = "".join(draft["text"] + "\n\n" for draft in drafts)
    found = [joined[at : at + size] for at in range(0, len(joined) - size + 1, size)]
    if len(found) < count:
        raise SystemExit(f"the file holds {len(found)} pieces of {size} characters, not {count}")
    return found[:count]


def worker(root: Path, data: str, cold: bool, fresh: int) -> None:
    """Reads one line per check from stdin, answers "wall cpu" in ms on stdout."""
    # The answers get stdout to themselves: what the setup prints goes to stderr.
    answers = os.fdopen(os.dup(1), "w", buffering=1)
    os.dup2(2, 1)
    sys.path.insert(0, str(root / "bench"))
    import guidance_eval_companies as bench

    bench.setup_database()
    bench.wording_mode("both")
    from guidance_cold_cost import clear_caches

    from openline.guidance.checks import check_text

    companies = json.loads(Path(bench.COMPANIES).read_text())
    drafts = [json.loads(line) for line in Path(data).read_text().splitlines() if line]
    bench.configure(companies[drafts[0]["company"]])
    texts = pieces(drafts, fresh) if fresh else [bench.sample_draft(drafts)]
    for _ in range(WARM_UPS // len(texts) + 1):  # every draft's sentences scored, at least once
        for text in texts:
            check_text(text)
    settle = _settler()
    if settle is not None:  # a tree whose prefilter builds its database in the background
        settle()
        for text in texts:
            check_text(text)
        settle()
    print(hashlib.sha256("".join(texts).encode()).hexdigest(), file=answers)
    for line in sys.stdin:
        text = texts[int(line) % len(texts)]
        if cold:
            clear_caches()
        started, started_cpu = time.perf_counter(), time.process_time()
        check_text(text)
        wall = (time.perf_counter() - started) * 1000
        cpu = (time.process_time() - started_cpu) * 1000
        print(f"{wall:.4f} {cpu:.4f}", file=answers)


def _settler():
    """The tree's `prefilter.wait` (session 32, speed-scan-v27), or None for an older tree."""
    try:
        from openline.guidance.detectors import prefilter
    except ImportError:
        return None
    return prefilter.wait


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument(
        "--data",
        default=str(Path(__file__).resolve().parent / "eval/guidance/drafts_holdout10.jsonl"),
    )
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--cold", action="store_true", help="no sentence score cached")
    parser.add_argument("--fresh", type=int, default=0, help="N different drafts in turn")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--worker", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    data = str(Path(options.data).resolve())
    if options.worker:
        worker(options.worker, data, options.cold, options.fresh)
        return 0

    trees = {"before": options.before.resolve(), "after": options.after.resolve()}
    workers = {}
    for name, root in trees.items():
        command = [
            sys.executable, str(Path(__file__).resolve()), str(root), str(root), "--data", data,
            "--worker", str(root), "--fresh", str(options.fresh),
        ] + (["--cold"] if options.cold else [])  # fmt: skip
        # The tree's src first; then what this process was given (an optional package's folder).
        path = os.pathsep.join(filter(None, [str(root / "src"), os.environ.get("PYTHONPATH")]))
        env = {**os.environ, "PYTHONPATH": path}
        workers[name] = subprocess.Popen(
            command, cwd=root, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
    pipes = {name: (process.stdin, process.stdout) for name, process in workers.items()}
    hashes = {name: out.readline().strip() for name, (_, out) in pipes.items() if out}
    if len(set(hashes.values())) != 1:
        print(f"the trees built different drafts: {hashes}", file=sys.stderr)
        return 1
    load_before = os.getloadavg()[0]
    walls: dict[str, list[float]] = {name: [] for name in workers}
    cpus: dict[str, list[float]] = {name: [] for name in workers}
    order = list(workers)
    rng = random.Random(options.seed)
    for round_ in range(options.rounds):
        rng.shuffle(order)
        for name in order:
            ask, answer = pipes[name]
            assert ask is not None and answer is not None  # both are pipes
            ask.write(f"{round_}\n")
            ask.flush()
            wall, cpu = (float(v) for v in answer.readline().split())
            walls[name].append(wall)
            cpus[name].append(cpu)
    for name, process in workers.items():
        ask, _ = pipes[name]
        if ask is not None:
            ask.close()
        process.wait()
    print(
        f"{f'{options.fresh} 2 KB drafts' if options.fresh else 'the 2 KB draft'} of "
        f"{Path(data).name}, {'cold' if options.cold else 'warm'}, "
        f"{options.rounds} paired rounds (load average {load_before:.2f} → "
        f"{os.getloadavg()[0]:.2f} on {os.cpu_count()} cores)"
    )
    print("| tree | wall p50 | wall p95 | CPU p50 | CPU p95 |\n|---|---|---|---|---|")
    for name, root in trees.items():
        print(
            f"| {name} ({root}) | {statistics.median(walls[name]):.2f} | "
            f"{percentile(walls[name], 0.95):.2f} | {statistics.median(cpus[name]):.2f} | "
            f"{percentile(cpus[name], 0.95):.2f} |"
        )
    differences = [a - b for a, b in zip(cpus["after"], cpus["before"], strict=True)]
    print(f"paired CPU difference (after - before) p50 {statistics.median(differences):+.2f} ms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
