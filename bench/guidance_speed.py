"""Latency of check_text on a 2 KB reply draft: p50, p95 and p99 over many runs, including the
one query that checks whether the register, contacts or policy changed.

    .venv/bin/python bench/guidance_speed.py [--runs 1000]

Target: p95 ≤ 20 ms. Uses the register of guidance_eval.py on a throwaway in-memory database.
"""

import argparse
import statistics
import sys
import time

from guidance_eval import setup_database

PARAGRAPHS = [
    "Hi Chris, thanks for the detailed write-up and the photos, they really help. I've looked "
    "at order HH-2025-104233 and your T2 is on firmware 4.12.1, which has a known Wi-Fi bug: "
    "the thermostat drops off the network around 2am when the router renews its lease.",
    "The fix is in 4.12.2, which is rolling out now. You can check your version in Settings > "
    "About. If you'd like it sooner, open the app, tap the thermostat, then Firmware, then "
    "Check for updates; it takes about five minutes and the heating keeps running meanwhile.",
    "While you wait, setting a fixed IP address for the thermostat on your router stops the "
    "drop-outs for most people. Your router's manual will call it a DHCP reservation. The "
    "Halden Plus energy report for March also showed the boiler short-cycling between 05:00 "
    "and 06:30, which is worth a look: a flow temperature of 55°C is on the high side.",
    "If anything is unclear, call us on +44 161 496 0000 or email support@haldenhome.com and "
    "mention this thread. Your payment reference 1234 5678 1234 5678 is only needed if you "
    "call Billing about the £3.99 Halden Plus fee. Our engineer can also ring you on "
    "07911 123456 if you prefer. Please don't share your password with anyone.",
    "One more thing: the V1 valves in the bedrooms were calibrated on 14/03/2025, so they "
    "should be quiet at night now; if the clicking comes back, tell us which room. Thanks "
    "again for your patience, and sorry for the cold mornings. Best wishes, Sam (Customer "
    "Care, Manchester)",
]


def draft(size: int = 2048) -> str:
    text = "\n\n".join(PARAGRAPHS)
    while len(text) < size:
        text += "\n\n" + "\n\n".join(PARAGRAPHS)
    return text[:size]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--runs", type=int, default=1000)
    parser.add_argument("--size", type=int, default=2048)
    options = parser.parse_args()
    setup_database()
    from openline.guidance.checks import check_text

    text = draft(options.size)
    result = check_text(text)
    for _ in range(50):  # warm the caches and the regular-expression engine
        check_text(text)
    timings = []
    for _ in range(options.runs):
        start = time.perf_counter()
        check_text(text)
        timings.append((time.perf_counter() - start) * 1000)
    timings.sort()
    p95 = timings[int(0.95 * len(timings)) - 1]
    p99 = timings[int(0.99 * len(timings)) - 1]
    print(
        f"check_text on a {len(text)}-character draft ({len(result.findings)} findings, "
        f"action {result.action}), {options.runs} runs:"
    )
    print(
        f"p50 {statistics.median(timings):.2f} ms   p95 {p95:.2f} ms   p99 {p99:.2f} ms   "
        f"max {timings[-1]:.2f} ms   (target p95 ≤ 20 ms: {'ok' if p95 <= 20 else 'MISSED'})"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
