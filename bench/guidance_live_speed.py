"""Cost of the live guidance check on a 2 KB draft with the wording head on, in three cases, as
CPU time of the process (the embedder's threads included) and wall time, p50 and p95:

- typing: one sentence differs from the last check (every other sentence's score is cached);
- pasted: nothing is cached, the first answer of the live check (`live=True`: at most a few new
  sentences are embedded, the rest reported pending) — the whole draft when the tree has no
  live check;
- complete: nothing is cached, every sentence embedded (what publishing runs).

    PYTHONPATH=src .venv/bin/python bench/guidance_live_speed.py [--runs 200] [--cold-runs 20]

The draft is the first 2 KB of bench/eval/guidance/drafts_dev.jsonl, with the engine configured
for its company as guidance_eval_companies.py does. The machine is shared: the load average is
printed with each line, and CPU time is what the check costs.
"""

import argparse
import inspect
import json
import os
import statistics
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "src"))
sys.path.insert(0, str(HERE))
os.environ["DJANGO_SETTINGS_MODULE"] = "config.settings.test"

from guidance_eval_companies import configure, setup_database  # noqa: E402

DRAFTS = HERE / "eval" / "guidance" / "drafts_dev.jsonl"
WORDS = ["today", "again", "now", "please", "too", "here", "still", "also", "soon", "first"]


def draft(size: int) -> tuple[str, str]:
    text, company = "", ""
    with DRAFTS.open(encoding="utf-8") as lines:
        for line in lines:
            entry = json.loads(line)
            company = company or entry["company"]
            if entry["company"] == company:
                text += entry["text"] + "\n\n"
            if len(text) >= size:
                break
    return text[:size], company


def typed(text: str, spans: list[tuple[int, int]], run: int) -> str:
    """The draft with one sentence changed: a word and a number put before its last word."""
    start, end = spans[run % len(spans)]
    cut = text.rfind(" ", start, end)
    cut = cut if cut > start else end
    return f"{text[:cut]} {WORDS[run % len(WORDS)]} {run}{text[cut:]}"


def report(label: str, cpu: list[float], wall: list[float], extra: str = "") -> None:
    def p95(values: list[float]) -> float:
        ordered = sorted(values)
        return ordered[max(0, int(0.95 * len(ordered)) - 1)]

    print(
        f"{label:9s} CPU p50 {statistics.median(cpu):7.1f} p95 {p95(cpu):7.1f} ms | wall p50 "
        f"{statistics.median(wall):7.1f} p95 {p95(wall):7.1f} ms | n {len(cpu)}{extra} "
        f"| load {os.getloadavg()[0]:.1f}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=200, help="typing runs")
    parser.add_argument("--cold-runs", type=int, default=20, help="pasted and complete runs")
    parser.add_argument("--size", type=int, default=2048)
    parser.add_argument("--live-sentences", type=int, help="instead of LIVE_SENTENCES")
    parser.add_argument("--live-characters", type=int, help="instead of LIVE_CHARACTERS")
    options = parser.parse_args()
    setup_database()
    from django.conf import settings

    from openline.guidance.checks import check_text
    from openline.guidance.detectors import wording as detector
    from openline.guidance.detectors.wording import sentences
    from openline.language import wording

    settings.OPENLINE = {**settings.OPENLINE, "GUIDANCE_WORDING_MODEL": True}
    if options.live_sentences is not None:
        detector.LIVE_SENTENCES = options.live_sentences
    if options.live_characters is not None:
        detector.LIVE_CHARACTERS = options.live_characters
    text, company = draft(options.size)
    with open(HERE / "eval" / "guidance" / "companies.json", encoding="utf-8") as handle:
        configure(json.load(handle)[company])
    has_live = "live" in inspect.signature(check_text).parameters
    spans = sentences(text)
    print(
        f"{len(text)} characters, {len(spans)} sentences; live check: {has_live}"
        + (
            f" ({detector.LIVE_SENTENCES} new, {detector.LIVE_CHARACTERS} characters)"
            if has_live
            else ""
        )
    )
    for _ in range(20):  # the model, the configuration cache, the regular expressions
        check_text(text)

    def timed(candidate: str, **kwargs: object) -> tuple[float, float, object]:
        start, start_cpu = time.perf_counter(), time.process_time()
        result = check_text(candidate, **kwargs)  # type: ignore[arg-type]
        cpu = (time.process_time() - start_cpu) * 1000
        return cpu, (time.perf_counter() - start) * 1000, result

    cpu, wall = [], []
    for run in range(options.runs):
        c, w, _ = timed(typed(text, spans, run), **({"live": True} if has_live else {}))
        cpu.append(c)
        wall.append(w)
    report("typing", cpu, wall)

    cpu, wall, pending, rounds = [], [], [], []
    follow_cpu, follow_wall, total = [], [], []
    for run in range(options.cold_runs if has_live else 0):
        wording.clear_cache()
        pasted = f"{text[:-12]} {run}"  # a text no live check has seen
        c, w, result = timed(pasted, live=True)
        cpu.append(c)
        wall.append(w)
        pending.append(len(result.pending))  # type: ignore[attr-defined]
        spent = [c]
        while result.pending:  # type: ignore[attr-defined]
            c, w, result = timed(pasted, live=True)
            follow_cpu.append(c)
            follow_wall.append(w)
            spent.append(c)
        rounds.append(len(spent))
        total.append(sum(spent))
    if cpu:
        report("pasted", cpu, wall, f" | pending after it {max(pending)}, answers {max(rounds)}")
        report("follow-up", follow_cpu, follow_wall)
        print(
            f"{'':9s} CPU of all answers to complete a paste: p50 {statistics.median(total):.0f} ms"
        )

    cpu, wall = [], []
    for _ in range(options.cold_runs):
        wording.clear_cache()
        c, w, _ = timed(text)
        cpu.append(c)
        wall.append(w)
    report("complete", cpu, wall)
    return 0


if __name__ == "__main__":
    sys.exit(main())
