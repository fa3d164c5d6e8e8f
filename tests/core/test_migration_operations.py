"""AlterFieldLabels: the same state as one AlterField per field, and no schema change skipped."""

import pytest
from django.db import connection, models
from django.db.migrations.operations import AlterField
from django.db.migrations.state import ModelState, ProjectState

from openline.core.migration_operations import AlterFieldLabels


def shelf() -> ProjectState:
    """Two models of an app of their own, one pointing at the other, rendered (as a migration
    finds the state)."""
    state = ProjectState()
    state.add_model(
        ModelState(
            "lab",
            "Shelf",
            [
                ("id", models.BigAutoField(primary_key=True)),
                ("name", models.CharField(max_length=20)),
            ],
        )
    )
    state.add_model(
        ModelState(
            "lab",
            "Jar",
            [
                ("id", models.BigAutoField(primary_key=True)),
                ("shelf", models.ForeignKey("lab.Shelf", models.CASCADE)),
                ("label", models.CharField(max_length=20)),
            ],
        )
    )
    state.apps  # noqa: B018 - rendered, as in a migration
    return state


CHANGES = [
    ("jar", "shelf", models.ForeignKey("lab.Shelf", models.CASCADE, verbose_name="shelf")),
    ("jar", "label", models.CharField(max_length=20, verbose_name="label", help_text="On the lid")),
    ("shelf", "name", models.CharField(max_length=20, verbose_name="name")),
]


FIELDS = [("jar", "id"), ("jar", "shelf"), ("jar", "label"), ("shelf", "id"), ("shelf", "name")]


def fields_of(state: ProjectState) -> dict:
    get = state.apps.get_model
    return {(m, n): get("lab", m)._meta.get_field(n).deconstruct()[1:] for m, n in FIELDS}


def test_the_labels_change_the_state_as_one_alterfield_per_field_would():
    one_by_one, at_once = shelf(), shelf()
    for model, name, field in CHANGES:
        AlterField(model, name, field.clone()).state_forwards("lab", one_by_one)
    AlterFieldLabels([(m, n, f.clone()) for m, n, f in CHANGES]).state_forwards("lab", at_once)

    assert fields_of(at_once) == fields_of(one_by_one)
    jar = at_once.apps.get_model("lab", "Jar")
    assert jar._meta.get_field("label").help_text == "On the lid"
    # the re-rendered models point at each other, not at the classes rendered before
    assert jar._meta.get_field("shelf").related_model is at_once.apps.get_model("lab", "Shelf")


def test_a_change_the_database_sees_is_refused():
    before = shelf()
    longer = AlterFieldLabels([("shelf", "name", models.CharField(max_length=80))])
    after = before.clone()
    longer.state_forwards("lab", after)

    editor = connection.schema_editor(collect_sql=True)  # what it would run, nothing run

    with pytest.raises(ValueError, match=r"shelf\.name: the database sees this change"):
        longer.database_forwards("lab", editor, before, after)


def test_labels_alone_touch_nothing_in_the_database():
    before = shelf()
    labels = AlterFieldLabels([(m, n, f.clone()) for m, n, f in CHANGES])
    after = before.clone()
    labels.state_forwards("lab", after)

    editor = connection.schema_editor(collect_sql=True)  # what it would run, nothing run
    labels.database_forwards("lab", editor, before, after)
    labels.database_backwards("lab", editor, after, before)

    assert editor.collected_sql == []
