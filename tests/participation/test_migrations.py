"""The snapshot model moved from insights to participation: an existing database keeps its
rows through the upgrade."""

from datetime import date

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from openline.participation.models import ParticipationSnapshot


def migrate_to_latest() -> None:
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())


@pytest.fixture
def snapshot_in_insights(transactional_db):
    """The database as it was before the move, with the model of that time."""
    MigrationExecutor(connection).migrate([("insights", "0001_initial"), ("participation", None)])
    state = MigrationExecutor(connection).loader.project_state([("insights", "0001_initial")])
    yield state.apps.get_model("insights", "ParticipationSnapshot")
    migrate_to_latest()  # whatever the test did, the next test finds the current schema


def test_snapshots_stored_by_insights_are_kept_by_participation(snapshot_in_insights):
    snapshot_in_insights.objects.create(
        day=date(2026, 11, 30), days=90, computed_at=timezone.now(), counts={"members": 7}
    )
    migrate_to_latest()
    kept = ParticipationSnapshot.objects.values_list("day", "counts")
    assert list(kept) == [(date(2026, 11, 30), {"members": 7})]
