"""How long matching a post against the watched words takes, and compiling the list.

    PYTHONPATH=src .venv/bin/python bench/watched_words_speed.py [--rules 500] [--runs 200]

No database: the rules are made up (words and two-word phrases, some with a trailing *) and
indexed by community.watched.Matcher, as each process does once per list version. The post
is a 2,000-character reply with l33t, accents and stretched letters in it."""

import argparse
import os
import random
import statistics
import string
import time

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.test")

import django

django.setup()

from openline.community.watched import Matcher, Rule  # noqa: E402
from openline.language.folding import folded  # noqa: E402

POST = (
    "Hello, my T2 thermostat drops off the Wi-Fi every night since firmware 4.12. I tried "
    "the reset, the app, and a new router. Café owners nearby say the same; fr33 advice "
    "welcome. Sooooo annoying!! "
) * 10


def rules(count: int) -> list[tuple[Rule, str]]:
    rng = random.Random(7)
    made = []
    for pk in range(1, count + 1):
        words = ["".join(rng.choices(string.ascii_lowercase, k=rng.randint(4, 9)))
                 for _ in range(rng.choice([1, 1, 2]))]  # fmt: skip
        phrase = " ".join(words) + ("*" if pk % 10 == 0 else "")
        made.append((Rule(pk, phrase, "block", ""), folded(phrase)))
    return made


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rules", type=int, default=500)
    parser.add_argument("--runs", type=int, default=200)
    args = parser.parse_args()
    listed = rules(args.rules)
    started = time.perf_counter()
    matcher = Matcher(listed)
    matcher.find("warm up")
    compile_ms = (time.perf_counter() - started) * 1000
    times = []
    for _ in range(args.runs):
        started = time.perf_counter()
        matcher.find(POST[:2000])
        times.append((time.perf_counter() - started) * 1000)
    times.sort()
    p50, p95 = statistics.median(times), times[int(len(times) * 0.95)]
    print(f"{args.rules} rules: compile {compile_ms:.1f} ms; match a 2,000-character post: "
          f"p50 {p50:.2f} ms, p95 {p95:.2f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
