"""What a cold guidance check embeds (issue 13, session 18 cold-cost): every draft of a file
checked with no sentence score or vector cached, counting, per draft, the texts given to the
embedding model, their word pieces (padding included and not), the model's runs, the texts read
with quick vectors (session 22, cold-v17: wording.narrowed) and the CPU
time of the check (time.process_time: the model's threads included). The counts do not depend
on the machine's load; the CPU time does a little. Then the 2 KB draft of
guidance_eval_companies.py (the file's first company), cold, `--runs` times.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_cold_cost.py \
        bench/eval/guidance/drafts_holdout10.jsonl [--runs 100] [--draft-only]

Each company is configured as guidance_eval_companies.py does, wording both (the wording head
on). Drafts the engine reads as German are counted apart: the German reader embeds nothing.
"""

import argparse
import contextlib
import json
import os
import statistics
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_eval_companies as bench  # sets up the path and settings


class Counting:
    """Wraps the configured MiniLM embedder and counts what it is asked to do."""

    def __init__(self, embedder) -> None:
        self.embedder = embedder
        self.counts: Counter = Counter()
        embed, run, quick = embedder.embed, embedder._embed_batch, embedder.embed_quick

        def counted_embed(texts: list[str]):
            self.counts["calls"] += 1
            self.counts["texts"] += len(texts)
            return embed(texts)

        def counted_run(pieces):  # each text's word pieces (before session 26: Encodings)
            lengths = [len(getattr(text, "ids", text)) for text in pieces]
            self.counts["runs"] += 1
            self.counts["pieces"] += sum(lengths)
            self.counts["padded"] += len(lengths) * max(lengths)
            return run(pieces)

        def counted_quick(texts: list[str]):
            self.counts["quick"] += len(texts)
            return quick(texts)

        embedder.embed, embedder._embed_batch = counted_embed, counted_run
        embedder.embed_quick = counted_quick

    def take(self) -> Counter:
        counts, self.counts = self.counts, Counter()
        return counts


def clear_caches() -> None:
    from openline.language import sense, wording

    wording.clear_cache()
    sense.clear_cache()
    clear = getattr(sense, "clear_vectors", None)  # a shared vector cache, where there is one
    if clear:
        clear()


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[max(0, int(q * len(values)) - 1)]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", help="a drafts_*.jsonl file")
    parser.add_argument("--runs", type=int, default=100, help="cold checks of the 2 KB draft")
    parser.add_argument("--draft-only", action="store_true", help="only the 2 KB draft")
    parser.add_argument("--warm", action="store_true", help="the 2 KB draft with scores cached")
    options = parser.parse_args()
    bench.setup_database()
    bench.wording_mode("both")
    from openline.guidance.checks import check_text
    from openline.guidance.detectors import german
    from openline.language.embedders import get_embedder

    companies = json.loads(Path(bench.COMPANIES).read_text())
    drafts = [json.loads(line) for line in Path(options.data).read_text().splitlines() if line]
    by_company: dict[str, list[dict]] = defaultdict(list)
    for draft in drafts:
        by_company[draft["company"]].append(draft)
    counting = Counting(get_embedder())
    per_draft: list[Counter] = []
    cpu: list[float] = []
    german_drafts = 0
    for name, company_drafts in {} if options.draft_only else by_company.items():
        bench.configure(companies[name])
        check_text(company_drafts[0]["text"])  # the model and the configuration loaded
        for draft in company_drafts:
            if german.looks_german(draft["text"]):
                german_drafts += 1
                continue
            clear_caches()
            counting.take()
            started = time.process_time()
            check_text(draft["text"], channel=draft["channel"])
            cpu.append((time.process_time() - started) * 1000)
            per_draft.append(counting.take())
    if per_draft:
        total = sum(per_draft, Counter())
        n = len(per_draft)
        print(f"{n} English drafts checked cold ({german_drafts} German drafts left out)")
        print(
            f"per draft: {total['texts'] / n:.2f} texts embedded, {total['pieces'] / n:.1f} word "
            f"pieces ({total['padded'] / n:.1f} with padding), {total['runs'] / n:.2f} model runs, "
            f"{total['calls'] / n:.2f} embedding calls, {total['quick'] / n:.2f} texts read "
            f"quickly; drafts embedding nothing: "
            f"{sum(1 for c in per_draft if not c['texts'])}"
        )
        print(
            f"CPU time per cold check: mean {statistics.mean(cpu):.1f} ms   p50 "
            f"{statistics.median(cpu):.1f} ms   p95 {percentile(cpu, 0.95):.1f} ms"
        )

    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    for _ in range(5):
        check_text(text)
    # A server's steady state: the prefilter's database (session 32) is built in the background
    # after the first checks; wait for it so that no run shares the CPU with its compile.
    with contextlib.suppress(ImportError):
        from openline.guidance.detectors import prefilter

        prefilter.wait()
    walls, cpus, counts = [], [], []
    for _ in range(options.runs):
        if not options.warm:
            clear_caches()
        counting.take()
        started, started_cpu = time.perf_counter(), time.process_time()
        check_text(text)
        walls.append((time.perf_counter() - started) * 1000)
        cpus.append((time.process_time() - started_cpu) * 1000)
        counts.append(counting.take())
    if options.runs:
        c = counts[0]
        print(
            f"\nthe {len(text)}-character draft, {'warm' if options.warm else 'cold'}, "
            f"{options.runs} runs: {c['texts']} texts "
            f"embedded, {c['pieces']} word pieces ({c['padded']} with padding), {c['runs']} "
            f"model runs, {c['calls']} embedding calls; {c['quick']} texts read quickly"
        )
        print(
            f"  wall p50 {statistics.median(walls):.1f} ms  p95 {percentile(walls, 0.95):.1f} ms"
            f"   CPU p50 {statistics.median(cpus):.1f} ms  p95 {percentile(cpus, 0.95):.1f} ms"
            f"   (load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
