"""Is the publishing check warm in practice? (issue 13, session 19 cold-v14.) holdout10's 2 KB
draft typed: a live check every `--step` characters (as the editor's debounce sends them), then
the follow-ups the page sends until nothing is pending; then the publishing check (not live),
three ways: in the same process as the live checks, in another process (this process's caches
cleared) without the shared cache, and in another process with it.

    PYTHONPATH=src SECRET_KEY=x .venv/bin/python bench/guidance_publish_after_typing.py \
        [--step 40] [--rounds 2]

Prints the live checks' thread CPU (p50, p95) and what the publishing check embedded and cost.
The draft's company is configured as guidance_eval_companies.py does, wording both. The test
settings leave the shared cache off (WORDING_SHARED_SECONDS 0); this script turns it on for the
third way only.
"""

import argparse
import json
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
import guidance_eval_companies as bench  # sets up the path and settings


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--step", type=int, default=40, help="characters between live checks")
    parser.add_argument("--rounds", type=int, default=2)
    options = parser.parse_args()
    bench.setup_database()
    bench.wording_mode("both")
    from django.conf import settings
    from django.core.cache import caches

    from openline.guidance.checks import check_text
    from openline.language import sense, wording
    from openline.language.embedders import get_embedder

    data = bench.HERE / "eval" / "guidance"
    drafts = [json.loads(line) for line in (data / "drafts_holdout10.jsonl").open() if line]
    companies = json.loads(Path(bench.COMPANIES).read_text())
    bench.configure(companies[drafts[0]["company"]])
    text = bench.sample_draft(drafts)
    embedder = get_embedder()
    embed, embedded = embedder.embed, [0]

    def counted(texts: list[str]):
        embedded[0] += len(texts)
        return embed(texts)

    embedder.embed = counted  # type: ignore[method-assign]
    for _ in range(3):
        check_text(text)

    def typed_then_published(label: str, *, shared: bool, elsewhere: bool) -> None:
        seconds = 3600 if shared else 0
        settings.OPENLINE = {**settings.OPENLINE, "WORDING_SHARED_SECONDS": seconds}
        wording.clear_cache()
        sense.clear_cache()
        caches["shared"].clear()
        live = []
        for end in [*range(options.step, len(text), options.step), len(text)]:
            started = time.thread_time()
            result = check_text(text[:end], live=True)
            live.append(time.thread_time() - started)
        while not result.complete:
            started = time.thread_time()
            result = check_text(text, live=True)
            live.append(time.thread_time() - started)
        if elsewhere:
            wording.clear_cache()
            sense.clear_cache()
        embedded[0] = 0
        started = time.thread_time()
        check_text(text)
        cost = (time.thread_time() - started) * 1000
        print(
            f"{label:34} {len(live)} live checks: CPU p50 {1000 * np.median(live):.1f} p95 "
            f"{1000 * np.percentile(live, 95):.1f} ms; publishing embeds {embedded[0]:2} texts, "
            f"{cost:.1f} ms CPU"
        )

    for _ in range(options.rounds):
        typed_then_published("same process", shared=False, elsewhere=False)
        typed_then_published("another process, no shared cache", shared=False, elsewhere=True)
        typed_then_published("another process, shared cache", shared=True, elsewhere=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
