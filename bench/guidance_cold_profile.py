"""Where a cold 2 KB guidance check's time goes (issue 13, session 36 speed-cold-v31): the draft
bench/guidance_eval_companies.py times (the file's first company, wording both), checked with
the sentence scores, quick reads, vectors and word pieces cleared before each check
(guidance_cold_cost.clear_caches), as a pasted draft is.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_cold_profile.py \
        [--data bench/eval/guidance/drafts_holdout10.jsonl] [--rounds 40] [--profile 40]

Prints, in order:
1. each sentence the wording head reads: its word pieces, what reachable() leaves open at the
   head's thresholds before any pattern's finding (the plan the model runs ahead by) and in the
   check, what the quick stage leaves, and so which reach the float model and why;
2. per stage, thread CPU (time.thread_time) p50 / p95 over `--rounds` cold checks with the model
   ahead OFF (so that every stage runs in the check's own thread and is counted): the precise
   detectors by family, the first stage (`wording._reach`, per sentence, with its tokenising),
   the quick stage, the float model and their ONNX runs, the register meaning scorer, the German
   reader (on an English draft: the `looks_german` test only), Django's configuration read;
3. the whole check, ahead off and on, wall and process CPU (the model's thread included);
4. cProfile (`time.process_time` clock) of `--profile` cold checks with the model ahead off, by
   own time and by cumulative time.
"""

import argparse
import cProfile
import json
import os
import pstats
import statistics
import sys
import time
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_cold_cost as cold
import guidance_eval_companies as bench

spent: Counter = Counter()
calls: Counter = Counter()


def timed(owner: Any, name: str, stage: str) -> None:
    real: Callable[..., Any] = getattr(owner, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.thread_time()
        try:
            return real(*args, **kwargs)
        finally:
            spent[stage] += (time.thread_time() - start) * 1000
            calls[stage] += 1

    setattr(owner, name, wrapper)


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, int(q * len(ordered)) - 1)]


def sentences_table(text: str) -> None:
    import math

    from openline.guidance.detectors import wording as detector
    from openline.language import embedders, wording

    cold.clear_caches()
    read = [detector.scored_text(text[s:e]) for s, e in detector.sentences(text)]
    plan = [detector.reachable_kinds(s, dict(detector.THRESHOLDS)) for s in read]
    narrowed = wording.narrowed(read, plan)
    logit = {k: math.log(t / (1 - t)) for k, t in detector.THRESHOLDS.items()}
    print(f"{len(read)} sentences read by the head; log-odds {logit}")
    for sentence, asked, left in zip(read, plan, narrowed, strict=True):
        reach = wording._reach(sentence)
        quick = wording._quick.get(sentence)
        where = "float" if left else ("quick" if asked else "first")
        print(
            f"  {len(embedders.word_pieces(sentence)):3d} pieces  settled by {where:5s}  "
            f"first {', '.join(f'{k[:5]} {v:+.2f}' for k, v in reach.items())}"
            + (
                f"  quick {', '.join(f'{k[:5]} {v:+.2f}' for k, v in quick.items())}"
                if quick
                else ""
            )
            + f"  open {sorted(left) or '-'}  {sentence[:60]!r}"
        )
    cold.clear_caches()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", default=str(bench.HERE / "eval/guidance/drafts_holdout10.jsonl"))
    parser.add_argument("--rounds", type=int, default=40)
    parser.add_argument("--profile", type=int, default=40)
    parser.add_argument("--top", type=int, default=30)
    args = parser.parse_args()
    bench.setup_database()
    bench.wording_mode("both")
    from django.conf import settings

    from openline.guidance import checks, detectors
    from openline.guidance.checks import check_text
    from openline.guidance.detectors import german, prefilter, register_meaning
    from openline.guidance.detectors import wording as detector
    from openline.language import embedders, wording

    companies = json.loads(Path(bench.COMPANIES).read_text())
    drafts = [json.loads(line) for line in Path(args.data).read_text().splitlines() if line]
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    for _ in range(5):
        check_text(text)
    prefilter.wait()
    sentences_table(text)

    # 3. The whole check, ahead off and on, alternated.
    whole: dict[bool, list[tuple[float, float, float]]] = {True: [], False: []}
    for round_ in range(args.rounds):
        for on in (True, False) if round_ % 2 else (False, True):
            settings.OPENLINE["GUIDANCE_MODEL_AHEAD"] = on
            cold.clear_caches()
            w, c, t = time.perf_counter(), time.process_time(), time.thread_time()
            check_text(text)
            whole[on].append(
                (
                    (time.perf_counter() - w) * 1000,
                    (time.process_time() - c) * 1000,
                    (time.thread_time() - t) * 1000,
                )
            )

    # 2. Stages, ahead off.
    settings.OPENLINE["GUIDANCE_MODEL_AHEAD"] = False
    for name, stage in [
        ("detect_money", "money"), ("detect_secrets", "secrets"),
        ("detect_personal", "personal"), ("detect_internal", "register (learned.detect)"),
        ("second_opinion", "register second opinion"),
        ("detect_language", "phrases and families"), ("detect_told", "register meaning"),
        ("model_hits", "wording head (all stages)"),
    ]:  # fmt: skip
        timed(detectors, name, stage)
    timed(german, "looks_german", "german.looks_german (all callers)")
    timed(checks, "detect_all", "detect_all")
    timed(checks, "guidance_config", "guidance_config (configuration read)")
    timed(wording, "_reach", "first stage _reach")
    timed(embedders, "word_pieces", "word_pieces (tokenising)")
    timed(wording, "narrowed", "narrowed (quick stage)")
    timed(wording, "score", "score (float stage)")
    timed(register_meaning, "detect", "register_meaning.detect (inner)")
    embedder = type(embedders.get_embedder())
    timed(embedder, "embed_quick", "embed_quick")
    timed(embedder, "embed", "embed (float)")
    run = embedder._pooled

    def counted(session: Any, texts: list[Any]) -> Any:
        lengths = [len(t) for t in texts]
        calls["word pieces"] += sum(lengths)
        calls["word pieces, padded"] += len(lengths) * max(lengths)
        start = time.thread_time()
        try:
            return run(session, texts)
        finally:
            spent["ONNX runs (_pooled)"] += (time.thread_time() - start) * 1000
            calls["ONNX runs (_pooled)"] += 1

    embedder._pooled = staticmethod(counted)  # type: ignore[method-assign]
    rows: dict[str, list[float]] = defaultdict(list)
    counts: Counter = Counter()
    for _ in range(args.rounds):
        cold.clear_caches()
        spent.clear()
        calls.clear()
        start = time.thread_time()
        check_text(text)
        rows["whole check (thread CPU)"].append((time.thread_time() - start) * 1000)
        for stage, ms in spent.items():
            rows[stage].append(ms)
        counts = Counter(calls)
    print(f"\nstages, thread CPU ms, {args.rounds} cold checks, model ahead off:")
    for stage, values in rows.items():
        print(
            f"  {stage:34s} p50 {statistics.median(values):7.2f}  p95 {pct(values, 0.95):7.2f}"
            f"  calls {counts.get(stage, 1)}"
        )
    print(f"  word pieces {counts['word pieces']}, padded {counts['word pieces, padded']}")
    embedder._pooled = staticmethod(run)  # type: ignore[method-assign]

    print(f"\nwhole check, {args.rounds} alternated rounds, ms:")
    for on in (False, True):
        got = whole[on]
        for i, what in enumerate(("wall", "process CPU", "thread CPU")):
            values = [g[i] for g in got]
            print(
                f"  ahead {'on ' if on else 'off'} {what:12s} p50 {statistics.median(values):6.2f}"
                f"  p95 {pct(values, 0.95):6.2f}"
            )

    # 4. cProfile, ahead off.
    profile = cProfile.Profile(time.process_time)
    for _ in range(args.profile):
        cold.clear_caches()
        profile.enable()
        check_text(text)
        profile.disable()
    out = Path(os.environ.get("PROFILE_OUT", "guidance_cold.prof"))
    profile.dump_stats(out)
    stats = pstats.Stats(profile)
    stats.strip_dirs()
    print(f"\ncProfile of {args.profile} cold checks (ms are totals over them), by own time:")
    stats.sort_stats("tottime").print_stats(args.top)
    print("by cumulative time:")
    stats.sort_stats("cumulative").print_stats(args.top)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
    del detector


if __name__ == "__main__":
    main()
