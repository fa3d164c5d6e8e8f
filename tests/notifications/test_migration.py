"""The move to one home keeps every notification: community and inbox rows are copied, marked
as already e-mailed, and thread authors and repliers follow their threads."""

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations import RunPython
from django.db.migrations.recorder import MigrationRecorder
from django.utils import timezone

BEFORE = [
    ("community", "0006_search_variants_words"),
    ("inbox", "0005_social_network_kinds"),
    ("notifications", None),
]
AFTER = [
    ("community", "0010_notifications_moved"),
    ("inbox", "0007_notifications_moved"),
    ("notifications", "0002_copy_from_community_and_inbox"),
]


def history_executor() -> MigrationExecutor:
    """An executor on the migrations as they were written, without the squashed ones (what an
    install part-way through a squashed range runs)."""
    executor = MigrationExecutor(connection)
    executor.loader = MigrationLoader(connection, replace_migrations=False)
    for key, migration in executor.loader.replacements.items():
        executor.loader.graph.remove_replacement_node(key, migration.replaces)
    return executor


def unmigrate(labels: set[str]) -> None:
    """The apps `labels` and those whose migrations depend on theirs, as if never migrated:
    each applied migration's reverse data steps (the search index's own objects), the tables of
    their models, their rows in django_migrations. What `migrate <app> zero` leaves, without
    its cost (it copies the whole project state once per operation it reverses)."""
    executor = MigrationExecutor(connection)
    graph = executor.loader.graph
    doomed = {key for label in labels for root in graph.root_nodes(label)
              for key in graph.backwards_plan(root)}  # fmt: skip
    everything = executor.migration_plan(graph.leaf_nodes(), clean_start=True)
    state = executor.loader.project_state()
    gone = {app for app, _ in doomed}
    with connection.schema_editor() as editor:
        for migration, _ in reversed(everything):  # children before their parents
            if (migration.app_label, migration.name) not in doomed:
                continue
            for operation in reversed(migration.operations):
                if isinstance(operation, RunPython) and operation.reverse_code:
                    operation.reverse_code(state.apps, editor)
        for model in state.apps.get_models():
            if model._meta.app_label in gone:
                editor.delete_model(model)
    recorded = MigrationRecorder(connection).migration_qs.filter(app__in=gone)
    recorded.delete()


def migrate_to_before_the_move() -> None:
    """The database of an install from before the move. The test database was made by the
    squashed migrations, which do not stop at BEFORE: community (which passed BEFORE's point in
    its first squashed migration), inbox, notifications and the apps that depend on them are
    unmigrated, then migrated to BEFORE as the migrations were written. The other apps stay at
    their end."""
    unmigrate({app for app, _ in BEFORE})
    history_executor().migrate(BEFORE)


@pytest.mark.django_db(transaction=True)
def test_old_notifications_are_copied_and_shown_from_the_new_home():
    migrate_to_before_the_move()
    executor = history_executor()
    old = executor.loader.project_state(BEFORE[:2]).apps
    user = old.get_model("accounts", "User")
    asker = user.objects.create(username="casey", display_name="Casey Customer")
    agent = user.objects.create(username="alex", display_name="Alex Agent", role="agent")
    space = old.get_model("community", "Space").objects.create(name="T", slug="t")
    thread = old.get_model("community", "Thread").objects.create(
        space=space, author=asker, kind="question", title="Hub drops off", slug="hub-drops-off",
        body="x", body_html="x",
    )  # fmt: skip
    reply = old.get_model("community", "Reply").objects.create(
        thread=thread, author=agent, body="y", body_html="y"
    )
    seen = timezone.now()
    old.get_model("community", "Notification").objects.create(
        recipient=asker, kind="reply", actor=agent, thread=thread, reply=reply, read_at=seen
    )
    account = old.get_model("inbox", "ChannelAccount").objects.create(kind="email", name="Mail")
    conversation = old.get_model("inbox", "Conversation").objects.create(
        account=account, subject="E14 again", external_id="c1"
    )
    old.get_model("inbox", "InboxNotification").objects.create(
        recipient=agent, kind="assigned", conversation=conversation, actor=asker
    )

    executor = history_executor()
    executor.migrate(AFTER)
    new = executor.loader.project_state(AFTER).apps
    rows = new.get_model("notifications", "Notification").objects.order_by("kind")
    got = [(n.recipient_id, n.kind, n.text, n.url, n.read_at is not None) for n in rows]
    assert got == [
        (
            asker.pk, "community.reply", "Alex Agent replied to “Hub drops off”",
            f"/t/{thread.pk}/hub-drops-off/#reply-{reply.pk}", True,
        ),
        (
            agent.pk, "inbox.assigned", "Casey Customer assigned “E14 again” to you",
            f"/inbox/{conversation.pk}/", False,
        ),
    ]  # fmt: skip
    assert all(n.emailed_at is not None for n in rows)  # nothing old is mailed again
    follows = new.get_model("notifications", "Follow").objects.values_list("user_id", "about_id")
    assert sorted(follows) == sorted([(asker.pk, thread.pk), (agent.pk, thread.pk)])
    executor = MigrationExecutor(connection)  # the rest of the upgrade, as `migrate` runs it
    executor.migrate(executor.loader.graph.leaf_nodes())
