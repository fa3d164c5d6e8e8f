"""Speed of the text-understanding layer: embedding throughput, index build, memory, and
similar-questions latency at 100,000 threads.

    OPENLINE_DATA_DIR=/tmp/ol-similar SECRET_KEY=x PYTHONPATH=src \
        python bench/similar_speed.py [--threads 100000] [--queries 200]
    (PostgreSQL: add DATABASE_URL=postgres://postgres@127.0.0.1:5432/openline_similar_bench)

Adds (once) generated threads with generated unit vectors (10 % in a private space) — the
speed of exact search does not depend on what the vectors mean — then measures:

1. embedding throughput of the real model (texts/s, batches of 32, mixed lengths);
2. index build: loading every stored vector into a fresh process-local matrix (time, bytes);
3. index search alone (p50/p95 over random query vectors);
4. `similar_threads` end to end (embed the query text, search, one privacy-filtered query),
   anonymous and signed in, p50/p95;
5. GET /api/v1/threads/similar through Django's test client (middleware, auth, JSON), p95;
6. a vector written after the index is loaded: the next search's extra cost.
"""

import argparse
import os
import random
import statistics
import sys
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

WORDS = [
    "thermostat",
    "app",
    "login",
    "password",
    "invoice",
    "refund",
    "delivery",
    "parcel",
    "battery",
    "charger",
    "screen",
    "update",
    "firmware",
    "wifi",
    "bluetooth",
    "account",
    "card",
    "payment",
    "subscription",
    "order",
    "return",
    "warranty",
    "schedule",
    "heating",
    "boiler",
    "sensor",
    "error",
    "code",
    "offline",
    "slow",
    "crash",
    "notification",
    "email",
    "phone",
    "address",
    "cancel",
    "upgrade",
    "plan",
    "price",
    "discount",
    "broken",
    "missing",
    "late",
    "wrong",
    "charged",
    "twice",
]


def setup() -> None:
    os.environ.setdefault("SECRET_KEY", "bench-only")
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.base")
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def sentence(rng: random.Random, lo: int, hi: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(lo, hi))).capitalize()


def seed(threads: int, rng: random.Random) -> None:
    from django.db import transaction

    from openline.accounts.models import User
    from openline.community.models import Space, Thread
    from openline.core import counters
    from openline.language.actions import sequence_counter
    from openline.language.embedders import DIMS, get_embedder
    from openline.language.models import Embedding, encode

    have = Thread.objects.count()
    if have >= threads:
        return
    author, _ = User.objects.get_or_create(username="bench_author")
    public, _ = Space.objects.get_or_create(slug="bench-public", defaults={"name": "Public"})
    private, _ = Space.objects.get_or_create(
        slug="bench-private", defaults={"name": "Private", "is_private": True}
    )
    model_id = get_embedder().model_id
    np_rng = np.random.default_rng(7)
    started = time.perf_counter()
    while have < threads:
        size = min(5000, threads - have)
        with transaction.atomic():
            made = Thread.objects.bulk_create(
                Thread(
                    space=private if rng.random() < 0.1 else public,
                    author=author,
                    title=sentence(rng, 4, 10),
                    slug="bench",
                    body="Generated.",
                    body_html="<p>Generated.</p>",
                    status="solved" if rng.random() < 0.3 else "open",
                )
                for _ in range(size)
            )
            vectors = np_rng.standard_normal((size, DIMS)).astype(np.float32)
            vectors /= np.linalg.norm(vectors, axis=1, keepdims=True)
            counters.bump(sequence_counter("thread"))
            Embedding.objects.bulk_create(
                Embedding(
                    kind="thread",
                    object_id=t.pk,
                    model_id=model_id,
                    text_hash="bench",
                    vector=blob,
                )
                for t, blob in zip(made, encode(vectors), strict=True)
            )
        have += size
        print(f"\rseeded {have}/{threads}", end="", file=sys.stderr)
    print(
        f"\rseeded {threads} threads and vectors in {time.perf_counter() - started:.0f} s",
        file=sys.stderr,
    )


def percentiles(samples: list[float]) -> str:
    ms = sorted(s * 1000 for s in samples)
    p95 = ms[min(len(ms) - 1, round(0.95 * (len(ms) - 1)))]
    return f"p50 {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, max {ms[-1]:.1f} ms"


def rss_mb() -> float:
    with open("/proc/self/statm") as handle:
        return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--threads", type=int, default=100_000)
    parser.add_argument("--queries", type=int, default=200)
    parser.add_argument("--embed-texts", type=int, default=256)
    args = parser.parse_args()
    setup()
    from django.conf import settings
    from django.db import connection
    from django.test import Client

    from openline.accounts.models import User
    from openline.core import counters
    from openline.knowledge.similar import similar_threads
    from openline.language import embed, index
    from openline.language.actions import sequence_counter
    from openline.language.embedders import DIMS, get_embedder
    from openline.language.models import Embedding

    rng = random.Random(7)
    seed(args.threads, rng)
    print(
        f"database: {connection.vendor}, threads: {args.threads:,}, "
        f"cores: {os.cpu_count()}, load average: {os.getloadavg()[0]:.1f}"
    )

    # 1. embedding throughput
    texts = [sentence(rng, 5, 12) + ". " + sentence(rng, 10, 60) for _ in range(args.embed_texts)]
    embedder = get_embedder()
    embedder.embed(["warm up"])
    started = time.perf_counter()
    embedder.embed(texts)
    rate = len(texts) / (time.perf_counter() - started)
    print(
        f"1. embedding: {rate:.0f} texts/s ({len(texts)} texts of 15-72 words, batches of 32, "
        f"{settings.OPENLINE['EMBEDDER_THREADS']} thread)"
    )
    short = [sentence(rng, 4, 10) for _ in range(args.queries)]
    single = []
    for text in short:
        t0 = time.perf_counter()
        embed([text])
        single.append(time.perf_counter() - t0)
    print(f"   one short query text: {percentiles(single)}")

    # 2. index build
    index.forget_all()
    before = rss_mb()
    t0 = time.perf_counter()
    idx = index.index_for("thread")
    idx.refresh()
    build = time.perf_counter() - t0
    matrix = idx._matrix
    print(
        f"2. index build: {len(idx):,} vectors loaded in {build:.2f} s; matrix "
        f"{matrix.vectors.nbytes / 2**20:.0f} MB (capacity {len(matrix.vectors):,}), "
        f"process RSS +{rss_mb() - before:.0f} MB"
    )

    # 3. search alone
    np_rng = np.random.default_rng(1)
    queries = np_rng.standard_normal((args.queries, DIMS)).astype(np.float32)
    queries /= np.linalg.norm(queries, axis=1, keepdims=True)
    samples = []
    for q in queries:
        t0 = time.perf_counter()
        index.nearest("thread", q, 50)
        samples.append(time.perf_counter() - t0)
    print(
        f"3. index search (top 50 of {len(idx):,}, incl. the counter query): {percentiles(samples)}"
    )

    # 4. similar_threads end to end. Generated vectors are random, so lower the floor for
    # the filter query to see real candidates (what the page pays when it finds some).
    settings.OPENLINE = {**settings.OPENLINE, "SIMILAR_MIN_SCORE": -1.0,
                         "RATE_SIMILAR": (10**9, 60)}  # fmt: skip
    member, _ = User.objects.get_or_create(username="bench_reader")
    for who, user in [("anonymous", None), ("signed in", member)]:
        samples = []
        for text in short:
            t0 = time.perf_counter()
            found = similar_threads(user, text)
            samples.append(time.perf_counter() - t0)
        assert len(found) == 5
        print(f"4. similar_threads, {who}: {percentiles(samples)}")

    # 5. the API
    client = Client(SERVER_NAME="127.0.0.1")
    samples = []
    for text in short:
        t0 = time.perf_counter()
        response = client.get("/api/v1/threads/similar", {"text": text})
        samples.append(time.perf_counter() - t0)
        assert response.status_code == 200, response.content
    print(f"5. GET /api/v1/threads/similar, anonymous: {percentiles(samples)}")

    # 6. a new vector after the index is loaded
    last = Embedding.objects.filter(kind="thread").order_by("-id").first()
    assert last is not None
    Embedding.objects.filter(pk=last.pk).delete()
    counters.bump(sequence_counter("thread"))
    Embedding.objects.create(
        kind="thread",
        object_id=last.object_id,
        model_id=last.model_id,
        text_hash="bench2",
        vector=bytes(last.vector),
    )
    t0 = time.perf_counter()
    index.nearest("thread", queries[0], 50)
    print(f"6. first search after one new vector: {(time.perf_counter() - t0) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
