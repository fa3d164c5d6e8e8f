"""What one statement and one transaction cost on SQLite here: the figures behind the plain-SQL
hot path (core.db) and the webhook queue.

    .venv/bin/python bench/sql_costs.py [--runs 2000]

On a throwaway SQLite file with the production settings, prints per call: a conversation
looked up through the ORM and through `core.db.fetch`; an INSERT of a conversation inside an
open transaction (the statement alone) and as a transaction of its own (with its commit); a
counter bump as a transaction of its own (a one-page commit); a message INSERT through
`Model.save()` and through `core.db.insert`.
"""

import argparse
import os
import shutil
import tempfile
import time


def per_call(runs: int, step) -> float:
    started = time.perf_counter()
    for i in range(runs):
        step(i)
    return (time.perf_counter() - started) / runs * 1e6


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=2000)
    args = parser.parse_args()
    data = tempfile.mkdtemp(prefix="openline-bench-sql-")
    os.environ.update(
        OPENLINE_DATA_DIR=data,
        SECRET_KEY="bench-only-not-secret",  # noqa: S106 - a throwaway database
        DJANGO_SETTINGS_MODULE="config.settings.base",
        OPENLINE_LOG_LEVEL="WARNING",
    )
    import django

    django.setup()
    from django.core.management import call_command
    from django.db import transaction

    from openline.core import counters, db
    from openline.inbox.models import ChannelAccount, Conversation, Message, MessageKind

    call_command("migrate", verbosity=0)
    account = ChannelAccount.objects.create(kind="webhook", name="bench")
    runs = args.runs
    for i in range(runs):
        db.insert(Conversation(account=account, external_id=f"seed-{i}"))
    first = Conversation.objects.first()

    def own_transaction(step):
        def run(i):
            with transaction.atomic():
                step(i)

        return run

    figures = {
        "lookup, ORM (.filter().first())": per_call(
            runs,
            lambda i: Conversation.objects.filter(account=account, external_id=f"seed-{i}").first(),
        ),
        "lookup, core.db.fetch": per_call(
            runs,
            lambda i: db.fetch(
                Conversation, "account_id = %s AND external_id = %s", [account.pk, f"seed-{i}"]
            ),
        ),
        "conversation INSERT, own transaction (with commit)": per_call(
            runs,
            own_transaction(
                lambda i: db.insert(Conversation(account=account, external_id=f"own-{i}"))
            ),
        ),
        "counter bump, own transaction (with commit)": per_call(
            runs, own_transaction(lambda i: counters.bump("bench"))
        ),
    }
    with transaction.atomic():
        figures["conversation INSERT inside one transaction"] = per_call(
            runs, lambda i: db.insert(Conversation(account=account, external_id=f"in-{i}"))
        )
        figures["message INSERT, Model.save()"] = per_call(
            runs,
            lambda i: Message.objects.create(
                conversation=first, kind=MessageKind.INBOUND, account=account,
                external_id=f"orm-{i}", body="hello",
            ),
        )  # fmt: skip
        figures["message INSERT, core.db.insert"] = per_call(
            runs,
            lambda i: db.insert(
                Message(conversation=first, kind=MessageKind.INBOUND, account=account,
                        external_id=f"sql-{i}", body="hello")
            ),
        )  # fmt: skip
    shutil.rmtree(data, ignore_errors=True)
    for name, micros in figures.items():
        print(f"{micros:8.0f} µs  {name}")


if __name__ == "__main__":
    main()
