"""Ingestion alone, in one process: `inbox.ingestion.ingest_many` on parsed webhook bodies.

    .venv/bin/python bench/ingest_inprocess.py [--messages 5000] [--batch 1]

Migrates a throwaway SQLite file (the production settings), creates a webhook channel, parses
the benchmark's webhook bodies (bench/ingest_webhooks.py `payload`) and stores them `--batch`
per call, each call its own transaction. Prints messages/s and ms per message: the cost of
storing, without HTTP, signature checks or the queue.
"""

import argparse
import json
import os
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from ingest_webhooks import payload  # the same messages as the HTTP benchmark


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--messages", type=int, default=5000)
    parser.add_argument("--batch", type=int, default=1)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="openline-bench-inprocess-")
    os.environ.update(
        OPENLINE_DATA_DIR=data,
        SECRET_KEY="bench-only-not-secret",  # noqa: S106 - a throwaway database
        DJANGO_SETTINGS_MODULE="config.settings.base",
        OPENLINE_LOG_LEVEL="WARNING",
    )
    import django

    django.setup()
    from django.core.management import call_command

    from openline.channels.webhook.payload import parse_messages
    from openline.inbox.ingestion import ingest_many
    from openline.inbox.models import ChannelAccount, Message

    call_command("migrate", verbosity=0)
    account = ChannelAccount.objects.create(kind="webhook", name="bench")
    bodies = [
        json.dumps([payload(n, "bench") for n in range(i, i + args.batch)]).encode()
        for i in range(0, args.messages, args.batch)
    ]
    batches = [parse_messages(account, body) for body in bodies]
    started = time.perf_counter()
    for items in batches:
        ingest_many(account, items)
    elapsed = time.perf_counter() - started
    stored = Message.objects.count()
    shutil.rmtree(data, ignore_errors=True)
    print(
        f"{stored:,} messages in batches of {args.batch}: {stored / elapsed:,.0f} messages/s, "
        f"{elapsed / stored * 1000:.2f} ms per message"
    )


if __name__ == "__main__":
    main()
